"""The author's own interviewees: a group the author spoke to is not an anonymous crowd (issue 19).

Reports written from interviews say so: "State officials told us that …", "the stakeholders we spoke
with", "We interviewed officials from five agencies". The people are the author's sources, chosen and
described by the author (an audit's methodology lists them), as "The officials we interviewed said …" is
already read as definite. What the text says of the author's interviews is read once per document:
the plural nouns of people the author is the listener of ("told us"), the interviewer of ("we spoke
with", "we interviewed …"). A vague phrase headed by one of them ("Several stakeholders said",
"Officials told us that", "According to several museum stakeholders") is that group, taken up.

A crowd the author did not speak to stays vague, whatever else the document does: "Critics say" in a
report whose officials "told us" is not read as the officials.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.anaphora import head_noun
from brieflint.checks.quotes.cues import lower_same_length
from brieflint.lazyre import lazy

# the author is the listener or the interviewer, read where "told" or "we" stands (found with str.find: a
# document-wide expression costs a step at every character): "<people> (also) told us", "<people> (whom) we spoke
# with", whose people are the subject of the clause before; "we interviewed <people>", whose people are its object
_TOLD_US = lazy(r"told\s+us\b")
_WE_MET = lazy(r"we\s+(?:also\s+)?(?:spoke|talked|met|interviewed|surveyed|contacted|consulted|visited)\b")
_WE_INTERVIEWED = lazy(
    r"we\s+(?:also\s+)?(?:interviewed|surveyed|contacted|consulted|visited|(?:spoke|talked)\s+(?:with|to)|"
    r"met\s+with)\s+((?:[\w'’\-]+,?\s+){0,6}[\w'’\-]+)"
)
_QUANTIFIED_END = lazy(r"\b(?:some|many|most|several|few|a\s+few|a\s+number\s+of)$", re.I)
_CLAUSE_END = lazy(r"[.;:!?,—()\x00\n]")
_CLAUSE_MARKS = ".;:!?,—(\x00\n"
SUBJECT_REACH = 100  # characters before "told us" or "we" where its subject may stand
_AFTER_QUANTIFIER = 60  # characters after a quantifier where its head noun may stand ("several museum stakeholders")


def _person(text: str) -> str | None:
    """The first plural noun of people in ``text`` (a singular one made plural: "One stakeholder we spoke to")."""
    head = head_noun(text)
    if head is not None:
        return head.lower()
    for word in text.split():
        if not word.lower().endswith("s") and (head := head_noun(word + "s")) is not None:
            return head.lower()
    return None


def _whole_words(low: str, word: str) -> list[int]:
    """The offsets in ``low`` where ``word`` and a space stand as a word of their own."""
    key = word + " "
    out = []
    i = low.find(key)
    while i != -1:
        if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
            out.append(i)
        i = low.find(key, i + 1)
    return out


def _subject_before(s: str, at: int) -> str | None:
    """The plural noun of people in the clause that ends at ``at`` (its subject)."""
    before = s[max(0, at - SUBJECT_REACH) : at]
    return _person(before[max(before.rfind(c) for c in _CLAUSE_MARKS) + 1 :])


def interviewed_heads(s: str) -> frozenset[str]:
    """The plural nouns of people the author of ``s`` (paragraphs joined by NUL) says it interviewed."""
    low = lower_same_length(s)  # offsets into ``s``
    heads: set[str] = set()
    for at in _whole_words(low, "told"):
        if _TOLD_US.match(low, at) and (head := _subject_before(s, at)) is not None:
            heads.add(head)
    for at in _whole_words(low, "we"):
        if _WE_MET.match(low, at) and (head := _subject_before(s, at)) is not None:
            heads.add(head)
        if (m := _WE_INTERVIEWED.match(low, at)) is not None and (head := _person(m.group(1))) is not None:
            heads.add(head)
    return frozenset(heads)


def interviewee(s: str, start: int, end: int, heads: frozenset[str]) -> bool:
    """The vague phrase at ``start:end`` of ``s`` is headed by a group the author interviewed (``heads``):
    its own plural noun of people, or, after a quantifier that ends it ("According to several"), the
    noun after it in its clause."""
    if not heads:
        return False
    phrase = s[start:end]
    head = _person(phrase)
    if head is None and _QUANTIFIED_END.search(phrase.rstrip()):
        stop = _CLAUSE_END.search(s, end, end + _AFTER_QUANTIFIER)
        head = _person(s[end : stop.start() if stop else min(len(s), end + _AFTER_QUANTIFIER)])
    return head is not None and head in heads
