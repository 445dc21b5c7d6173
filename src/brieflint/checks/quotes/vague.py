"""Vague attributions ("observers say", "it is said", "there are suggestions that"): where they are.

The built-in patterns are routed by their first word: the trigger words are found
first (one pass), and only the patterns that start with a word found are tried there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from brieflint.checks.quotes.lexicon import ROLES, trie_regex
from brieflint.lazyre import lazy

_NOUNS = (
    r"observers|critics|analysts|experts|commentators|pundits|skeptics|sceptics|insiders|watchers|"
    r"detractors|opponents|supporters|proponents|scholars|researchers|sources|many|some|others|"
    r"many\s+people|some\s+people|most\s+people|people"
)
_VERBS = (
    r"say|said|says|speculate|speculated|speculates|argue|argued|argues|believe|believed|believes|view|"
    r"viewed|views|think|thought|thinks|suggest|suggested|suggests|claim|claimed|claims|contend|"
    r"contended|contends|agree|agreed|agrees|fear|feared|fears|worry|worried|worries|predict|predicted|"
    r"predicts|maintain|maintained|maintains|point\s+out|pointed\s+out|points\s+out|insist|insisted|"
    r"insists|feel|felt|feels|caution|cautioned|cautions|charge|charged|charges|allege|alleged|"
    r"alleges|assert|asserted|asserts|see|saw|sees|consider|considered|considers|wonder|wondered|"
    r"wonders|doubt|doubted|doubts|hold|held|holds|expect|expected|expects|note|noted|notes|warn|"
    r"warned|warns|estimate|estimated|estimates|question|questioned|questions|describe|described|"
    r"describes|have\s+long\s+(?:said|argued|believed|claimed|warned)"
)
_AUX = (
    r"(?:(?:have|has|had|will|would|may|might|could|do|did|does|continue\s+to|tend\s+to|also|often|"
    r"widely|generally|increasingly|privately|openly|long|now|still|already|rightly|wrongly)\s+){0,3}"
)
_SCOPE = (
    r"(?:\s*,?\s+(?:of|in|at|from|within|on|across|inside|outside|close\s+to|familiar\s+with|around)\s+"
    r"(?:[\w'’\-]+\s+){1,4}?,?)?"
)
# The built-in vague attributions, tried in this order, each with the words it can start with.
# A pattern is compiled the first time a brief has one of its words (all of them at once took
# 19 ms to compile). ``(?P<who>…)`` is a word that must not be a role ("some ministers said").
VAGUE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
        "opponents supporters proponents scholars researchers sources many some others most people",
        rf"\b(?:{_NOUNS}){_SCOPE}\s*{_AUX}(?:{_VERBS})\b",
    ),
    (
        "some many most several a",
        r"\b(?:some|many|most|several|a\s+few)\s+(?P<who>[\w'’\-]+)\s+"
        r"(?:say|said|believe|believed|argue|argued|think|fear|feared|worry|speculate|claim|view|suggest)\b",
    ),
    (
        "it this",
        r"\b(?:it|this)\s+(?:is|was|has\s+been|had\s+been|is\s+being|could\s+be|can\s+be|might\s+be|may\s+be|would\s+be)\s+"
        r"(?:widely\s+|often\s+|generally\s+|commonly\s+|sometimes\s+|frequently\s+|increasingly\s+|now\s+)?"
        r"(?:said|believed|thought|argued|claimed|suggested|rumou?red|alleged|speculated|whispered|"
        r"(?:reported|expected|understood|known|feared|assumed|accepted|acknowledged|held|felt)(?=\s+that))\b(?!\s+by\b)",
    ),
    (
        "there",
        r"\bthere\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?"
        r"(?:suggestions|claims|reports|rumou?rs|allegations|speculation|whispers|talk|those\s+who|many\s+who|some\s+who|indications)\b",
    ),
    (
        "according",
        r"\baccording\s+to\s+(?:some|many|several|various|unnamed|anonymous|local|media|press|unconfirmed|unverified|"
        r"observers|critics|analysts|experts|sources|reports|insiders|commentators|people\s+familiar|those\s+familiar)\b",
    ),
    (
        "some many others several",
        r"\b(?:some|many|others|several)\s+(?:have|had)\s+(?:\w+\s+)?(?:argued|said|suggested|claimed|speculated|noted|warned|contended)\b",
    ),
    (
        "widely",
        r"\bwidely\s+(?:seen|regarded|viewed|considered|believed|thought|perceived|understood|expected|described)\b",
    ),
    (
        "people those sources officials",
        r"\b(?:people|those|sources|officials)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\b",
    ),
    (
        "conventional received prevailing common",
        r"\b(?:conventional|received|prevailing|common)\s+wisdom\s+(?:holds|has\s+it|says|is)\b",
    ),
    ("rumor rumour word legend", r"\b(?:rumou?r|word|legend)\s+has\s+it\b"),
    ("it", r"\bit\s+(?:has\s+been|is)\s+(?:suggested|argued|claimed|said|noted|speculated)\s+that\b"),
)


def _by_trigger() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, (words, _) in enumerate(VAGUE_PATTERNS):
        for w in words.split():
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


_VAGUE_BY_TRIGGER = _by_trigger()  # trigger word -> the patterns that start with it, in order
# every built-in vague pattern starts with one of these words: find them first (str.find is
# much faster than a regular expression tried at every position), then match there
VAGUE_TRIGGERS = sorted(_VAGUE_BY_TRIGGER)
_ALPHA_ROLES = frozenset(r for r in ROLES if r.isalpha())
_WORD_HEAD = lazy(r"[^'’\-]*")  # a role followed by an apostrophe or a hyphen is still that role


@cache
def _vague_pattern(i: int) -> re.Pattern[str]:
    return re.compile(VAGUE_PATTERNS[i][1], re.I)


def _vague_at(s: str, start: int, word: str) -> re.Match[str] | None:
    """The first built-in vague pattern that matches ``s`` at ``start``, where ``word`` starts."""
    for i in _VAGUE_BY_TRIGGER[word]:
        hit = _vague_pattern(i).match(s, start)
        if hit is None:
            continue
        who = hit.groupdict().get("who")
        if who is not None and _WORD_HEAD.match(who).group().lower() in _ALPHA_ROLES:  # type: ignore[union-attr]
            continue
        return hit
    return None


# read as spaces around words (one by one with str.replace: str.translate takes 0.8 ms on a brief
# with one curly quote, as it looks every character up in a dict outside ASCII; this, 0.06 ms)
_TO_SPACE = tuple("\x00\n\t\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»—–…")


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    """A space followed by a trigger word and a space (the word matched ahead, so neighbours overlap)."""
    return re.compile(" (?=(" + trie_regex(VAGUE_TRIGGERS) + ") )")


def _trigger_positions(low: str) -> list[tuple[int, str]]:
    """Offsets and words of the trigger words in ``low`` (lower-cased), whole words only.

    A word is a run between spaces once punctuation is read as a space. One
    regular-expression pass that stops only at spaces (45 ``str.find`` scans of
    the whole brief took 0.50 ms a brief, this 0.14 ms).
    """
    for mark in _TO_SPACE:
        if mark in low:
            low = low.replace(mark, " ")
    padded = " " + low + " "
    # the match is the space before the word: its offset in padded is the word's in ``low``
    return [(m.start(), m.group(1)) for m in _trigger_regex().finditer(padded)]


def extra_regex(extra: Sequence[str]) -> re.Pattern[str] | None:
    pats = []
    for e in extra:
        e = e.strip()
        if not e:
            continue
        try:
            re.compile(e)
            pats.append(rf"\b(?:{e})\b")
        except re.error:
            pats.append(rf"\b{re.escape(e)}\b")
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def vague_spans(s: str, extra: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of vague attributions in ``s`` (built-in patterns, then the configured ones)."""
    out: list[tuple[int, int]] = []
    last = -1
    for start, word in _trigger_positions(s.lower()):
        if start < last:
            continue
        hit = _vague_at(s, start, word)
        if hit:
            out.append((hit.start(), hit.end()))
            last = hit.end()
    if extra is not None:
        for hit in extra.finditer(s):
            if not any(a < hit.end() and hit.start() < b for a, b in out):
                out.append((hit.start(), hit.end()))
        out.sort()
    return out
