"""The verb after a vague subject: where a group's predicate ends ("Critics in the region, however, argue").

The subject is read in vague.py; this module reads on from its end: a scope ("in the region"), a
restricting relative clause ("who spoke on condition of anonymity"), an aside between commas or dashes,
up to three auxiliaries, then a verb looked up in a set, trying the alternatives in the order
``vague_patterns.VAGUE_PATTERNS[SUBJECT_VERB]`` would (its first match is this reading's). The
stages' expressions are in ``vague_patterns.STAGES``.
"""

from __future__ import annotations

import re
from functools import cache

from brieflint import lazyre
from brieflint.checks.quotes.families import CATENATIVE_WORDS, HERE_WORDS, NEGATED_WORDS
from brieflint.checks.quotes.group_ends import VIEW_NOUNS, apposition_end
from brieflint.checks.quotes.named_bodies import undot_initials
from brieflint.checks.quotes.scopes import after_side_taker
from brieflint.checks.quotes.vague_patterns import OPEN_WORDS, SCOPE_WORDS, STAGES, THINK_FORMS, VERB_FORMS
from brieflint.checks.quotes.verb_classes import FRAMED_BYTES, FRAMED_WORDS, framed_in, framed_verb_end
from brieflint.checks.quotes.verb_phrases import FRAMED_ONLY_BYTES, PHRASE_FIRST_WORDS, PHRASE_STARTS
from brieflint.checks.quotes.verb_senses import other_sense
from brieflint.lazyre import lazy

__all__ = ["after_word", "aux_verb", "predicate", "stage"]

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
_WH = frozenset("how what why whether which when where".split())
_PREPOSITIONS = frozenset("of in at from within on across inside outside close familiar around for here there".split())
# the words of vague_patterns.OPEN_END, read here as its lookbehind reads them
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
def stage(name: str) -> re.Pattern[str]:
    return lazyre.compile(STAGES[name], 0 if name in _NO_LETTERS else re.I)


def after_word(s: str, at: int, words: frozenset[str]) -> bool:
    """One blank before ``at``, and before it a whole word of ``words``: the lookbehinds ``(?<!\\bof\\s)`` …
    of ``OBJECT_BEFORE`` and ``OPEN_END``, read without an expression (a group after a preposition is its
    object; a scope ending on a preposition or a conjunction takes no verb)."""
    if at < 2 or not s[at - 1].isspace():
        return False
    end = i = at - 1
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_"):
        i -= 1
    return s[i:end].lower() in words


def predicate(s: str, at: int) -> int | None:
    """The end of the verb after a subject ending at ``at``: a scope, a relative clause or none first, then
    an aside between commas ("Critics, however, argue")."""
    if _no_verb_ahead(s, at):
        return None  # most subjects: no word before the clause's end can be their verb
    first = _FIRST.match(s, at)
    if first is None:
        # an aside between dashes ("Critics — and some scientists — warn"): read as one between commas
        if s[at : at + 3].lstrip()[:1] in _DASHES and (aside := stage("dash_aside").match(s, at)) is not None:
            return aux_verb(s, aside.end())
        return None
    end = _plain_predicate(s, at, first)
    # an aside opens with a comma and a word, which the look at the first word has read already
    if end is None and "," in first.group(0) and (aside := stage("aside").match(s, at)) is not None:
        return aux_verb(s, aside.end())
    return end


def _no_verb_ahead(s: str, at: int) -> bool:
    """No word between ``at`` and the end of the clause can be the verb ``aux_verb`` reads: a cheap test
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
    return (word == "who" or word.endswith("ing")) and stage("relative").match(s, at) is not None


def _plain_predicate(s: str, at: int, first: re.Match[str]) -> int | None:
    """The end of the verb after a subject ending at ``at`` (``first``: its first word): a scope of one to
    five words first ("in the region", "on both sides of the aisle", and a comma after it), then none."""
    word = first.group(1).casefold()
    if word in _PREPOSITIONS and (word != "for" or after_side_taker(s, at)):
        scope = stage("scope").match(s, at)  # the preposition and up to five words, each one an end
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
                        and not ((low == "who" or low.endswith("ing")) and stage("relative").match(s, pos))
                    ):
                        continue  # the next word of the scope can be neither an auxiliary, a verb nor a relative
                if (app := apposition_end(s, pos)) is not None and (end := _relative_verb(s, app)) is not None:
                    return end  # "Residents in the capital, Abidjan, say" (group_ends.py)
                if after_word(s, pos, _OPEN_ENDS):
                    continue  # "people of Ukraine and of holding …": a gerund after a preposition is its object
                if s.startswith(",", pos) and (end := _relative_verb(s, pos + 1)) is not None:
                    return end
                if (end := _relative_verb(s, pos)) is not None:
                    return end
    if word in HERE_WORDS and "," not in first.group(0) and (here := stage("here").match(s, at)) is not None:
        if (end := _relative_verb(s, here.end())) is not None:
            return end  # (stop 43) "Soldiers here say": the place the report is from, as a scope (vague_patterns)
    if word == "who" and "," in first.group(0) and (rel := stage("relative").match(s, s.index(",", at) + 1)):
        if (end := aux_verb(s, rel.end())) is not None:  # "international organizations, who argued that"
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
        rel = stage("relative").match(s, at)
        words = stage("clause").match(s, rel.end()) if rel is not None else None
        if words is not None:
            for k in range(1, 7):
                pos = words.end(k)
                # after the clause a finite verb, not another -ing form ("People bearing red badges saying Press")
                if pos != -1 and (end := aux_verb(s, pos)) is not None and not s[pos:end].split()[0].endswith("ing"):
                    return end
    return aux_verb(s, at, first)


def _may_start_verb(word: str) -> bool:
    """``word`` (a word of the scope and its spaces) starts with an auxiliary or a verb, as
    ``aux_verb`` would read it: its letters up to an apostrophe or a hyphen."""
    lead = word.rstrip()
    if "'" in lead or "’" in lead or "-" in lead:  # most words have none: no split
        for mark in "'’-":
            lead = lead.split(mark, 1)[0]
    return lead.casefold() in _VERB_FIRST_WORDS


def aux_verb(s: str, at: int, first: re.Match[str] | None = None) -> int | None:
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
        w = stage("verb").match(s, c)
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
            phrase = stage("phrase").match(s, c)
            if phrase is not None:
                return phrase.end()
    return None


@cache
def _auxiliaries() -> re.Pattern[str]:
    return lazyre.compile(
        f"(?P<aux>{STAGES['aux']})(?P<prog>{STAGES['progressive']})?(?P<paren>{STAGES['paren']})?", re.I
    )
