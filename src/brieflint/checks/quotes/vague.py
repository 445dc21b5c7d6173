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
from brieflint.checks.quotes.families import GROUP_FUNCTION_WORDS, PLAIN_QUANTS
from brieflint.checks.quotes.group_ends import name_between, no_group_end
from brieflint.checks.quotes.held_views import held_by_crowd
from brieflint.checks.quotes.named_bodies import body_professionals
from brieflint.checks.quotes.predicates import after_word, aux_verb, predicate, stage
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
    POSSESSED_VIEW,
    RECEIVED_CENSURE,
    SUBJECT_VERB,
    VAGUE_PATTERNS,
)
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
                and not (after_word(s, start, _OBJECT_OF) and not _absolute(s, start, got[1]))
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


def _absolute(s: str, at: int, end: int) -> bool:
    """The group at ``at`` is the subject of an absolute clause whose verb ends at ``end``, not the object of "with"
    ("with critics charging that it was exploited"; not "with critics of the plan")."""
    return s.endswith("ing", 0, end) and after_word(s, at, _WITH)


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
# would (so that the first match is its). The stages' expressions are in vague_patterns.STAGES; the predicate's
# reading, from the subject's end to its verb's, is in predicates.py.


_NOUN_WORDS = frozenset(w.split("\\")[0] for w in NOUNS_LONGEST_FIRST.split("|"))
_QUANT_WORDS = frozenset(f"some many most numerous various certain a {PLAIN_QUANTS}".split())
_GROUP_WORDS = frozenset(GROUP_ALT.split("|"))
_CONJUNCT = lazy(  # (stop 42) and a list in commas before it ("Several supporters, journalists, and political figures")
    r"(?:,\s+(?:[a-z][\w'’\-]*\s+)?[a-z][\w'’\-]*s){0,3},?"
    r"\s+and\s+(?:[a-z][\w'’\-]*\s+)?(?:[A-Za-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*s(?=\s)"
)
# the words of vague_patterns.OBJECT_BEFORE, read here as its lookbehind reads them
_OBJECT_OF = frozenset(OBJECT_WORDS.split())
_WITH = frozenset({"with"})


def _subject_verb(s: str, start: int, word: str) -> tuple[re.Match[str], int] | None:
    """The subject (a match with the pattern's groups) and the end of its verb, or None. Only the
    kinds of subject that can start with ``word`` are tried ("a" starts no vague noun)."""
    m = stage("nouns").match(s, start) if word in _NOUN_WORDS else None
    if m is not None and (end := predicate(s, m.end())) is not None:
        return m, end
    # a vague noun conjoined with another group before their verb ("Analysts and opposition parties say")
    if m is not None and (c := _CONJUNCT.match(s, m.end())) is not None and (end := aux_verb(s, c.end())) is not None:
        return m, end
    quant = word in _QUANT_WORDS and (word != "a" or s[start + 1 : start + 40].lstrip()[:1] in "nNhHgG")
    q = stage("quant").match(s, start) if quant else None  # "a" opens a group only as "a number of" …
    if q is not None:
        # a group of one to four whole words, the fewest first; four only of content words ("Some small-scale black
        # tobacco farmers", not "Some of the new rules", "various strands of research to")
        at = q.end()
        for k in range(4):
            last = stage("run").match(s, at)
            if last is None or (
                k == 3 and not GROUP_FUNCTION_WORDS.isdisjoint(s[q.end() : last.end()].lower().split())
            ):
                break  # no word of the group ("run": an auxiliary ends it, "Some are going home … anticipating")
            if (end := predicate(s, last.end())) is not None and not (k and no_group_end(s, last.end(), end)):
                g = stage("group").match(s, start, last.end())
                if g is not None and g.end() == last.end():
                    return g, end
            # one group word conjoined with another group before their verb ("A number of analysts and political
            # activists have voiced"), as after a vague noun
            if k == 0 and (c := _CONJUNCT.match(s, last.end())) is not None and (end := aux_verb(s, c.end())):
                g = stage("group").match(s, start, last.end())
                if g is not None and g.end() == last.end():
                    return g, end
            nxt = stage("word").match(s, at)
            if nxt is None:
                break
            at = nxt.end()
    b = stage("bare").match(s, start) if word in _GROUP_WORDS else None
    if b is not None and (end := predicate(s, b.end())) is not None:
        return b, end
    t = stage("those").match(s, start) if word == "those" else None  # "Those who oppose the plan argue"
    if t is not None and (end := predicate(s, t.end())) is not None:
        return t, end
    return None


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
