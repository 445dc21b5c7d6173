"""Vague attributions ("observers say", "it is said", "there are suggestions that"): where they are.

The built-in patterns are routed by their first word: the trigger words are found
first (one pass), and only the patterns that start with a word found are tried there.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from brieflint import lazyre
from brieflint.checks.quotes import crowd_structure as cs
from brieflint.checks.quotes.bare_subject import crowd_span
from brieflint.checks.quotes.censure import censure_start
from brieflint.checks.quotes.cues import lower_same_length
from brieflint.checks.quotes.families import CATENATIVE_WORDS, GROUP_FUNCTION_WORDS, NEGATED_WORDS, PLAIN_QUANTS
from brieflint.checks.quotes.group_ends import VIEW_NOUNS, apposition_end, name_between, no_group_end
from brieflint.checks.quotes.held_views import held_by_crowd
from brieflint.checks.quotes.named_bodies import body_professionals, undot_initials
from brieflint.checks.quotes.reported_findings import finding_named, found_before
from brieflint.checks.quotes.subjects import surname
from brieflint.checks.quotes.triggers import trigger_positions
from brieflint.checks.quotes.vague_context import accept, evidence_start, hypothetical_result
from brieflint.checks.quotes.vague_holders import names_a_thing
from brieflint.checks.quotes.vague_patterns import (
    ADJUNCT_ADJECTIVES,
    ADJUNCT_EVIDENCE,
    ADJUNCT_OPINION,
    ADJUNCT_PREPOSITIONS,
    BARE_SUBJECT,
    EVIDENCE_PREDICATE,
    GROUP_ALT,
    HELD_VIEWS,
    LISTED_HEADS,
    NOUNS_LONGEST_FIRST,
    OBJECT_WORDS,
    OPEN_WORDS,
    POSSESSED_VIEW,
    RECEIVED_CENSURE,
    SCOPE_WORDS,
    STAGES,
    SUBJECT_VERB,
    THINK_FORMS,
    VAGUE_PATTERNS,
    VERB_FORMS,
)
from brieflint.checks.quotes.verb_classes import FRAMED_BYTES, FRAMED_WORDS, framed_in, framed_verb_end
from brieflint.checks.quotes.verb_phrases import FRAMED_ONLY_BYTES, PHRASE_FIRST_WORDS, PHRASE_STARTS
from brieflint.checks.quotes.verb_senses import other_sense
from brieflint.lazyre import lazy


def _by_trigger() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, (words, _) in enumerate(VAGUE_PATTERNS):
        for w in words.split():
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


_VAGUE_BY_TRIGGER = _by_trigger()  # trigger word -> the patterns that start with it, in order
# every built-in pattern starts with one of these words: find them first (str.find beats an expression), then match
VAGUE_TRIGGERS = sorted(_VAGUE_BY_TRIGGER)
# a trigger only before certain words: "a" (a third of a brief's trigger words) in "a number of", "a handful of" …
_QUALIFIERS = (("a", ("number", "handful", "growing", "few")),)
QUALIFIED_TRIGGERS = {w: rf"(?=\s+(?:{'|'.join(after)})\s)" for w, after in _QUALIFIERS}
# hearsay adverbs: a source in the clause (a link or citation anywhere in it) answers them
HEARSAY = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
_APOSTROPHES = ("'", "’")

__all__ = ["HEARSAY", "QUALIFIED_TRIGGERS", "VAGUE_TRIGGERS", "accept", "vague_spans"]


@cache
def _vague_pattern(i: int) -> re.Pattern[str]:
    return lazyre.compile(VAGUE_PATTERNS[i][1], re.I)


def _vague_at(s: str, start: int, word: str) -> tuple[int, int] | None:
    """The span of the first built-in vague pattern that matches ``s`` at ``start``, where ``word`` starts."""
    for i in _VAGUE_BY_TRIGGER[word]:
        if i == SUBJECT_VERB:
            got = _subject_verb(s, start, word)
            # after a preposition, the group is its object ("the attitude adopted by some bloggers may be …")
            if (
                got is not None
                and not (_after_word(s, start, _OBJECT_OF) and not _absolute(s, start, got[1]))
                and not found_before(s, got[0].start())  # "A survey found that most Americans believe"
                and not body_professionals(s, start, word)  # "IMF experts warn", as "Treasury officials"
                and accept(s, got[0])
                and not finding_named(s, got[1])
                and not cs.group_not_credited(s, start, got[1], word)
                and not names_a_thing(s, got[1])  # "many people are calling the area Martyr Square"
            ):
                return got[0].start(), got[1]
            continue
        if i == BARE_SUBJECT:  # read back from the verb to a subject no group lists (bare_subject.py)
            after = s[start + len(word) : start + len(word) + 1]
            if after.isalnum() or after == "_":
                continue  # "said_": no whole word, as the pattern's closing \b reads it
            if (crowd := bare_crowd(s, start, word)) is not None:
                return crowd
            continue
        if i == POSSESSED_VIEW and s[start + len(word) : start + len(word) + 1] not in _APOSTROPHES:
            continue  # "Analysts' view": a possessor's mark right after the word, or no such reading
        hit = _vague_pattern(i).match(s, start)
        if hit is None:
            continue
        if i in (ADJUNCT_OPINION, ADJUNCT_EVIDENCE):  # "despite concerns that": only after the preposition, from it
            if (at := _adjunct_start(s, start)) is not None:
                return at, hit.end()
            continue
        if i in HELD_VIEWS:  # "the consensus among economists is that": held by a crowd no determiner marks
            if held_by_crowd(s, hit) and not finding_named(s, hit.end()):
                return hit.start(), hit.end()
            continue
        if i == RECEIVED_CENSURE:  # "has come under fire": only after a verb of receiving it, from that verb
            if (at := censure_start(s, start)) is not None:
                return at, hit.end()
            continue
        if i == EVIDENCE_PREDICATE:  # "are well documented": only after a copula and an adverb of degree, from it
            if (at := evidence_start(s, start)) is not None:
                return at, hit.end()
            continue
        if not accept(s, hit):
            continue
        # a parenthesis inside the match is an aside with readings of its own ("a notion (despite evidence to the
        # contrary) that"): the finding stops before it, and the scan goes on inside it
        paren = s.find("(", hit.start(), hit.end())
        # the finding ends on its last word (a pattern may read the space after it: "reports of ")
        return hit.start(), len(s[: paren if paren != -1 else hit.end()].rstrip())
    return None


def bare_crowd(s: str, start: int, word: str) -> tuple[int, int] | None:
    """The bare plural subject read back from the verb ``word`` at ``start`` (bare_subject.py), when it
    credits a claim to a crowd: no named finding after it, no hypothetical result, no rule applied, no
    scope naming a body ("Companies at the Port of Houston say": its people, as quantified)."""
    if s[start].isupper() and name_between(s, start, start + len(word)):
        return None  # "followers of Muslim theologian Said Nursi": a name, not the verb
    crowd = crowd_span(s, start, word, LISTED_HEADS)
    if (
        crowd is None
        or found_before(s, crowd[0])
        or surname(s, s[crowd[0] : crowd[1]].split(None, 1)[0], crowd[0])  # "Walters said": Ryan Walters
        or finding_named(s, crowd[1])
        or hypothetical_result(s, *crowd)
        or cs.applies_rule(s, *crowd)
        or cs.named_scope(s, *crowd)
        or cs.not_a_source(s, *crowd)  # "Readers will notice"; "requiring that reusers acknowledge"
    ):
        return None
    return crowd


def _after_word(s: str, at: int, words: frozenset[str]) -> bool:
    """One blank before ``at``, and before it a whole word of ``words``: the lookbehinds ``(?<!\\bof\\s)`` …
    of ``OBJECT_BEFORE`` and ``OPEN_END``, read without an expression (a group after a preposition is its
    object; a scope ending on a preposition or a conjunction takes no verb)."""
    if at < 2 or not s[at - 1].isspace():
        return False
    end = i = at - 1
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_"):
        i -= 1
    return s[i:end].lower() in words


def _absolute(s: str, at: int, end: int) -> bool:
    """The group at ``at`` is the subject of an absolute clause whose verb ends at ``end``, not the object of "with"
    ("with critics charging that it was exploited"; not "with critics of the plan")."""
    return s.endswith("ing", 0, end) and _after_word(s, at, _WITH)


def _adjunct_start(s: str, at: int) -> int | None:
    """The start of "despite", "amid" or "amidst" before the opinion noun at ``at``, with at most two of
    the adjectives of growth and number between ("amid growing fears"), or None ("the mayor's fears")."""
    head = s[max(0, at - 40) : at]
    words = head[max(head.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :].split()[-3:]  # in its clause
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in ADJUNCT_PREPOSITIONS:
            if all(w.lower() in ADJUNCT_ADJECTIVES for w in words[k + 1 :]):
                return s.rfind(words[k], 0, at)
            return None
    return None


# ----- the subject and its verb, read in two stages ----------------------------------------------
# VAGUE_PATTERNS[SUBJECT_VERB] is one expression (the definition, which the tests compare with), but its verbs are
# most of its size: it took 5 ms to compile. It is read in two stages instead: small expressions for the subject, the
# scope and the auxiliaries, then the verb looked up in a set, trying the alternatives in the order the expression
# would (so that the first match is its). The stages' expressions are in vague_patterns.STAGES.


_NOUN_WORDS = frozenset(w.split("\\")[0] for w in NOUNS_LONGEST_FIRST.split("|"))
_QUANT_WORDS = frozenset(f"some many most numerous various certain a {PLAIN_QUANTS}".split())
_GROUP_WORDS = frozenset(GROUP_ALT.split("|"))
# the words an auxiliary or a verb can start with: an auxiliary, a progressive "are", a verb, the
# first word of a verb of more words; and a predicate with a scope: its preposition
_VERB_FIRST_WORDS = frozenset(
    {
        *VERB_FORMS,
        *"have has had will would may might could do did does continue tend also often widely generally".split(),
        *"increasingly privately openly long now still already rightly wrongly publicly repeatedly".split(),
        *"quietly reportedly are were is was been call called calling refer referred referring".split(),
        *"previously formerly initially originally recently earlier subsequently separately later".split(),
        *"report reported reporting point pointed express expressd expressed voice voiced voiceed".split(),
        *"raise raised raiseed sound sounded soundd told tell tells never".split(),
        *(w[:-2] for w in NEGATED_WORDS),  # "don't": its first word is "don"
        *CATENATIVE_WORDS,
        "be",
        *THINK_FORMS,
        *PHRASE_FIRST_WORDS,
    }
)
_CONJUNCT = lazy(  # (stop 42) and a list in commas before it ("Several supporters, journalists, and political figures")
    r"(?:,\s+(?:[a-z][\w'’\-]*\s+)?[a-z][\w'’\-]*s){0,3},?"
    r"\s+and\s+(?:[a-z][\w'’\-]*\s+)?(?:[A-Za-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*s(?=\s)"
)
_WH = frozenset("how what why whether which when where".split())
_PREPOSITIONS = frozenset("of in at from within on across inside outside close familiar around for here there".split())
# the words of vague_patterns.OBJECT_BEFORE and OPEN_END, read here as those lookbehinds read them
_OBJECT_OF = frozenset(OBJECT_WORDS.split())
_WITH = frozenset({"with"})
_OPEN_ENDS = frozenset(OPEN_WORDS.split())
# what a subject's verb can be: a verb form, or the first word of a verb phrase (ASCII, lower-cased)
_VERB_WORDS = frozenset(w.encode() for w in VERB_FORMS | PHRASE_STARTS) - FRAMED_ONLY_BYTES
# a framed verb (verb_classes: "state" only before a clause) counts only with its construction, looked for where a
# clause has one of its words ("state" is mostly a noun: most such clauses end the reading there)
_FRAMED_WORDS = FRAMED_BYTES
# an ASCII clause read as its words: a clause mark (none of which the reading crosses before the verb) as
# NUL, the other characters that are no word character (\w) as blanks
_CLAUSE_ENDS = b".;:!?\x00"
_NOT_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or c == ord("_")) and c not in _CLAUSE_ENDS)
_CLAUSE_WORDS = bytes.maketrans(_CLAUSE_ENDS + _NOT_WORD, b"\x00" * len(_CLAUSE_ENDS) + b" " * len(_NOT_WORD))
# characters looked at for the end of the clause, first the few most clauses end within (a subject's
# clause in the benchmark corpus: 111 characters at the 99th percentile), then more (farther: the reading)
_CLAUSE_REACHES = (128, 400)
_FIRST = lazy(r"\s*,?\s*(\(|\w+)")
_WORD_AT = lazy(r"\s*(\(|\w+)")
_DASHES = ("—", "–")
_NO_LETTERS = frozenset({"run", "word", "paren", "verb", "clause"})  # case-blind already: compiled without re.I


@cache
def _stage(name: str) -> re.Pattern[str]:
    return lazyre.compile(STAGES[name], 0 if name in _NO_LETTERS else re.I)


def _subject_verb(s: str, start: int, word: str) -> tuple[re.Match[str], int] | None:
    """The subject (a match with the pattern's groups) and the end of its verb, or None. Only the
    kinds of subject that can start with ``word`` are tried ("a" starts no vague noun)."""
    m = _stage("nouns").match(s, start) if word in _NOUN_WORDS else None
    if m is not None and (end := _predicate(s, m.end())) is not None:
        return m, end
    # a vague noun conjoined with another group before their verb ("Analysts and opposition parties say")
    if m is not None and (c := _CONJUNCT.match(s, m.end())) is not None and (end := _aux_verb(s, c.end())) is not None:
        return m, end
    quant = word in _QUANT_WORDS and (word != "a" or s[start + 1 : start + 40].lstrip()[:1] in "nNhHgG")
    q = _stage("quant").match(s, start) if quant else None  # "a" opens a group only as "a number of" …
    if q is not None:
        # a group of one to four whole words, the fewest first; four only of content words ("Some small-scale black
        # tobacco farmers", not "Some of the new rules", "various strands of research to")
        at = q.end()
        for k in range(4):
            last = _stage("run").match(s, at)
            if last is None or (
                k == 3 and not GROUP_FUNCTION_WORDS.isdisjoint(s[q.end() : last.end()].lower().split())
            ):
                break  # no word of the group ("run": an auxiliary ends it, "Some are going home … anticipating")
            if (end := _predicate(s, last.end())) is not None and not (k and no_group_end(s, last.end(), end)):
                g = _stage("group").match(s, start, last.end())
                if g is not None and g.end() == last.end():
                    return g, end
            # one group word conjoined with another group before their verb ("A number of analysts and political
            # activists have voiced"), as after a vague noun
            if k == 0 and (c := _CONJUNCT.match(s, last.end())) is not None and (end := _aux_verb(s, c.end())):
                g = _stage("group").match(s, start, last.end())
                if g is not None and g.end() == last.end():
                    return g, end
            nxt = _stage("word").match(s, at)
            if nxt is None:
                break
            at = nxt.end()
    b = _stage("bare").match(s, start) if word in _GROUP_WORDS else None
    if b is not None and (end := _predicate(s, b.end())) is not None:
        return b, end
    t = _stage("those").match(s, start) if word == "those" else None  # "Those who oppose the plan argue"
    if t is not None and (end := _predicate(s, t.end())) is not None:
        return t, end
    return None


def _predicate(s: str, at: int) -> int | None:
    """The end of the verb after a subject ending at ``at``: a scope, a relative clause or none first, then
    an aside between commas ("Critics, however, argue")."""
    if _no_verb_ahead(s, at):
        return None  # most subjects: no word before the clause's end can be their verb
    first = _FIRST.match(s, at)
    if first is None:
        # an aside between dashes ("Critics — and some scientists — warn"): read as one between commas
        if s[at : at + 3].lstrip()[:1] in _DASHES and (aside := _stage("dash_aside").match(s, at)) is not None:
            return _aux_verb(s, aside.end())
        return None
    end = _plain_predicate(s, at, first)
    # an aside opens with a comma and a word, which the look at the first word has read already
    if end is None and "," in first.group(0) and (aside := _stage("aside").match(s, at)) is not None:
        return _aux_verb(s, aside.end())
    return end


def _no_verb_ahead(s: str, at: int) -> bool:
    """No word between ``at`` and the end of the clause can be the verb ``_aux_verb`` reads: a cheap test
    before the reading. Every place that reading tries a verb at is ``at`` or follows a blank, a comma, a
    dash or a parenthesis, so its verb is one of the clause's words from ``at`` (``\\w+`` runs); it reads
    no clause mark of ``_CLAUSE_ENDS`` before it. In ASCII text only (re.I reads "ı" as "i" in a phrase),
    and only where the clause ends within reach (400 characters); otherwise False, and the reading decides."""
    for reach in _CLAUSE_REACHES:
        window = s[at : at + reach]
        if not window.isascii():
            return False
        clause, end, _ = window.encode().translate(_CLAUSE_WORDS).partition(b"\x00")
        if end and window[len(clause) : len(clause) + 1] == "." and window[len(clause) - 1 : len(clause)].isupper():
            window = undot_initials(window)  # a point after a capital may be an initial's ("the U.S. central bank")
            clause, end, _ = window.encode().translate(_CLAUSE_WORDS).partition(b"\x00")
        if end or at + reach >= len(s):
            words = clause.lower().split()
            if not _VERB_WORDS.isdisjoint(words):
                return False
            return _FRAMED_WORDS.isdisjoint(words) or not framed_in(s, at, window[: len(clause)].lower(), words)
    return False  # the clause goes on beyond reach


def _relative_at(s: str, at: int, word: str) -> bool:
    """A relative clause opens at ``at``, whose first word (case-folded) is ``word``: "who"."""
    return (word == "who" or word.endswith("ing")) and _stage("relative").match(s, at) is not None


def _plain_predicate(s: str, at: int, first: re.Match[str]) -> int | None:
    """The end of the verb after a subject ending at ``at`` (``first``: its first word): a scope of one to
    five words first ("in the region", "on both sides of the aisle", and a comma after it), then none."""
    word = first.group(1).casefold()
    if word in _PREPOSITIONS and (word != "for" or cs.after_side_taker(s, at)):
        scope = _stage("scope").match(s, at)  # the preposition and up to five words, each one an end
        if scope is not None:
            for k in range(1, SCOPE_WORDS + 1):
                pos = scope.end(k)
                if pos == -1 or scope.group(k).rstrip().casefold() in _WH:
                    break  # "thoughts on how fear is abused": a question opens, no scope goes on
                if k < SCOPE_WORDS and (nxt := scope.group(k + 1)) is not None:
                    # _may_start_verb and _relative_at, read here (most words of a scope are neither)
                    low = nxt.rstrip().casefold()
                    if (
                        low not in _VERB_FIRST_WORDS
                        and not (("'" in low or "’" in low or "-" in low) and _may_start_verb(low))
                        and not ((low == "who" or low.endswith("ing")) and _stage("relative").match(s, pos))
                    ):
                        continue  # the next word of the scope can be neither an auxiliary, a verb nor a relative
                if (app := apposition_end(s, pos)) is not None and (end := _relative_verb(s, app)) is not None:
                    return end  # "Residents in the capital, Abidjan, say" (group_ends.py)
                if _after_word(s, pos, _OPEN_ENDS):
                    continue  # "people of Ukraine and of holding …": a gerund after a preposition is its object
                if s.startswith(",", pos) and (end := _relative_verb(s, pos + 1)) is not None:
                    return end
                if (end := _relative_verb(s, pos)) is not None:
                    return end
    if word == "who" and "," in first.group(0) and (rel := _stage("relative").match(s, s.index(",", at) + 1)):
        if (end := _aux_verb(s, rel.end())) is not None:  # "international organizations, who argued that"
            return end
    if "," in first.group(0) or (word != "(" and word not in _VERB_FIRST_WORDS and not _relative_at(s, at, word)):
        return None  # no auxiliary, verb or relative clause comes next: most subjects end here
    return _relative_verb(s, at, first)  # with no comma, its word is the one _WORD_AT would read


def _relative_verb(s: str, at: int, first: re.Match[str] | None = None) -> int | None:
    """The end of the verb after a relative clause that restricts the group ("who spoke on condition of
    anonymity"), one to six words, the fewest first; or, with none, right after ``at``. ``first``: the
    first word's match at ``at`` (``_WORD_AT``), when the caller has it."""
    if first is None:
        first = _WORD_AT.match(s, at)
    if first is None:
        return None  # no word and no parenthesis: neither a relative clause nor a verb
    word = first.group(1)
    low = word.lower()
    # the clause opens with "who" or a word in -ing (the word the expression's [a-z] run ends on, before a
    # blank): in ASCII that word is read without the expression; other text (re.I's "ı", "ſ") is matched
    if low.endswith("ing") or low == "who" or not word.isascii():
        rel = _stage("relative").match(s, at)
        words = _stage("clause").match(s, rel.end()) if rel is not None else None
        if words is not None:
            for k in range(1, 7):
                pos = words.end(k)
                # after the clause a finite verb, not another -ing form ("People bearing red badges saying Press")
                if pos != -1 and (end := _aux_verb(s, pos)) is not None and not s[pos:end].split()[0].endswith("ing"):
                    return end
    return _aux_verb(s, at, first)


def _may_start_verb(word: str) -> bool:
    """``word`` (a word of the scope and its spaces) starts with an auxiliary or a verb, as
    ``_aux_verb`` would read it: its letters up to an apostrophe or a hyphen."""
    lead = word.rstrip()
    if "'" in lead or "’" in lead or "-" in lead:  # most words have none: no split
        for mark in "'’-":
            lead = lead.split(mark, 1)[0]
    return lead.casefold() in _VERB_FIRST_WORDS


def _aux_verb(s: str, at: int, first: re.Match[str] | None = None) -> int | None:
    """The end of a verb after up to three auxiliaries (none of them a verb: as many as there are),
    a progressive "are" and a parenthesised prefix, each tried with and then without. ``first``: the
    first word's match at ``at`` (``_WORD_AT``), when the caller has it."""
    if first is None:
        first = _WORD_AT.match(s, at)
    if first is None or (first.group(1) != "(" and first.group(1).casefold() not in _VERB_FIRST_WORDS):
        return None  # neither an auxiliary nor a verb comes next
    # the auxiliaries, a progressive after them and a parenthesis after that, in one match (each part
    # optional; a parenthesis cannot stand where a progressive, a word, starts)
    m = _auxiliaries().match(s, at)
    pos = m.end("aux")  # type: ignore[union-attr]  # it matches the empty string
    prog = m.end("prog")  # type: ignore[union-attr]
    paren = m.end("paren")  # type: ignore[union-attr]
    if prog == -1:
        tries: tuple[int, ...] = (paren, pos) if paren != -1 else (pos,)
    else:
        tries = (paren, prog, pos) if paren != -1 else (prog, pos)
    for c in tries:
        w = _stage("verb").match(s, c)
        if w is None:
            continue  # no word: no verb and no phrase (each starts with a letter)
        v = w.group()
        # an -ing form right after the subject and before "of" is a noun ("some understanding of"), as is a noun of
        # view before it ("those who choose fear of their party"; "warn of", "complain of" are verbs)
        if v.casefold() in VERB_FORMS and not (
            s.startswith(" of ", w.end()) and (v.casefold() in VIEW_NOUNS or (v[-3:] == "ing" and not s[at:c].strip()))
        ):
            if v.casefold() == "praise" and s.startswith((" from ", " for "), w.end()):
                return None  # "faced questions and some praise from senators": the noun, what they received
            if other_sense(s, w.end(), v):
                return None  # "maintained a low commercial relationship with": to keep, not to assert
            return w.end()
        if (not v.isascii() or v.lower() in FRAMED_WORDS) and (end := framed_verb_end(s, c, v)) is not None:
            return end  # "state" before a clause (verb_classes.py)
        # a phrase starts with a word of _VERB_FIRST_WORDS (in ASCII, read without the expression)
        if not v.isascii() or v.lower() in _VERB_FIRST_WORDS:
            phrase = _stage("phrase").match(s, c)
            if phrase is not None:
                return phrase.end()
    return None


@cache
def _auxiliaries() -> re.Pattern[str]:
    return lazyre.compile(
        f"(?P<aux>{STAGES['aux']})(?P<prog>{STAGES['progressive']})?(?P<paren>{STAGES['paren']})?", re.I
    )


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[re.Pattern[str], frozenset[str]]]]:
    """The trigger words; they and the words that qualify a qualified one; and for a qualified one an
    expression that finds it, with its spaces around, where the words after it qualify it (one scan:
    "a" is the commonest word of a brief), with those words (none of them in a brief: no scan)."""
    qualified = {
        w: (lazyre.compile(f" {re.escape(w)}(?= ){QUALIFIED_TRIGGERS[w]}"), frozenset(after))
        for w, after in _QUALIFIERS
    }
    words = frozenset(VAGUE_TRIGGERS)
    return words, words.union(*(after for _, after in _QUALIFIERS)), qualified


def _trigger_positions(low: str) -> list[tuple[int, str]]:
    """Offsets and words of the trigger words in ``low`` (lower-cased), whole words only (triggers.py)."""
    return trigger_positions(low, *_triggers())


def vague_spans(s: str, extra: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of vague attributions in ``s`` (built-in patterns, then the configured ones)."""
    out: list[tuple[int, int]] = []
    last = -1
    # offsets into ``s``: a capital whose lower case is longer ("İşletmeleri") must not shift the words after it
    for start, word in _trigger_positions(lower_same_length(s)):
        if start < last:
            continue
        found = _vague_at(s, start, word)
        if found:
            out.append(found)
            last = found[1]
    if extra is not None:
        for hit in extra.finditer(s):
            if not any(a < hit.end() and hit.start() < b for a, b in out):
                out.append((hit.start(), hit.end()))
        out.sort()
    return out
