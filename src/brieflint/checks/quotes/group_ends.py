"""Q102: where a subject's words end, read before its verb (vague.py).

A quantified group of more words ends in a plural, an infinitive's "to" or coordinated verbs, not in an adverb in
"-ly" or a noun of view that is its verb's object ("some politicians use | fear"); a capitalised word between a word
in lower case and a capitalised one is part of a name, not the verb ("theologian Said Nursi").
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.families import GROUP_FUNCTION_WORDS
from brieflint.lazyre import lazy

_PLURAL_HEAD = lazy(
    r"(?:s|s['’]|people|men|women|children|police|media|clergy|staff|public|youth|folk|elderly|faithful)\s*$", re.I
)
VIEW_NOUNS = frozenset(
    "fear fears claim claims view views doubt doubts hope hopes worry worries concern concerns".split()
)
# the nouns in "-ly" that can end a group of people ("most of the royal family"); any other word in "-ly" is an adverb
# of the verb after it ("most interest after one bitterly | disputed"), no head of a group
_LY_NOUNS = frozenset("family families assembly ally rally monopoly supply anomaly".split())


def no_group_end(s: str, at: int, end: int) -> bool:
    """A group of more words ending at ``at`` ends in no plural, before its verb ending at ``end``: a noun of view
    after it is its object ("some politicians use | fear"), and a preposition ends no group ("some related to |
    alleged", "certain exemptions from | labeling"; an infinitive's "to" does: "plenty of evidence to suggest")."""
    if _PLURAL_HEAD.search(s, max(0, at - 40), at):
        return False
    verb = s[at:end].strip().lower()
    words = s[max(0, at - 200) : at].split()  # the last two words (a bounded window: no pass over the text)
    if not words:
        return False
    last = words[-1].lower()
    if last in ("or", "and") and len(words) > 1 and words[-2].lower().endswith("ed"):
        return False  # coordinated verbs: "A number of comments requested or recommended that"
    if last in GROUP_FUNCTION_WORDS:
        return not (last == "to" and not verb.endswith(("ed", "ing")))
    if last.endswith("ly") and len(last) > 4 and last not in _LY_NOUNS:
        return True  # "attracted most interest during 2008 after one bitterly disputed election": an adverb
    return verb in VIEW_NOUNS


def name_between(s: str, start: int, end: int) -> bool:
    """The capitalised word at ``start``–``end`` stands between a word in lower case and a capitalised one: part of a
    name ("theologian Said Nursi"), not a verb; a headline in title case ("Experts Say Plan Fails") is no such place."""
    before = s[max(0, start - 80) : start].split()[-1:]  # the word before, read in a bounded window
    return bool(before) and before[0][:1].islower() and s[end : end + 2][-1:].isupper()


# (stop 42) a name between commas after a scope's place noun or a person's title: an apposition, and the verb follows
# it ("Residents in Ivory Coast's commercial capital, Abidjan, say", "Supporters of incumbent Ivorian president, Laurent
# Gbagbo, say"); after a body's noun the name is the body's ("Officials of the ruling party, ZANU-PF, say": named)
_APPOSED_TO = frozenset(
    "capital city town village province region district county island port president leader governor king minister "
    "premier general commander mayor".split()
)
_APPOSITION = lazy(r"([a-z]+)\s*,\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*,")
# the same as one expression, for the pattern that reads a subject and its verb whole (vague_patterns._SCOPE)
APPOSITION = (
    rf"(?-i:{'|'.join(sorted(_APPOSED_TO))})\s*,\s+(?-i:[A-Z])[\w'’.\-]*(?:\s+(?-i:[A-Z])[\w'’.\-]*){{0,3}}\s*,"
)


def apposition_end(s: str, at: int) -> int | None:
    """The end of a name in commas after the place's noun or the title that ends a scope at ``at``, or None."""
    m = _APPOSITION.match(s, at)
    return m.end() if m is not None and m.group(1) in _APPOSED_TO else None
