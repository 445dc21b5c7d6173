"""Spans of a sentence read around an agentless construction (issue 22): whether a cue lies inside a vague or an
agentless match (a verb of saying whose subject is unnamed names no speaker: ``الأمر الذي يدعو البعض للاعتقاد``), and
the words either side of a blanked construction."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brieflint.document.language.grammar import Match

# words either side of a blanked construction read again for a cue its blank makes: more than any cue pattern spans
AROUND = 24


class Cover:
    """Spans (possibly overlapping) read once for containment: whether one of them covers a range, by a binary search
    over their starts and the running maximum of their ends (no scan of every span per question)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Sequence[Match]) -> None:
        ordered = sorted(spans, key=lambda o: o.start)
        self._starts = [o.start for o in ordered]
        self._ends: list[int] = []
        reach = -1
        for o in ordered:
            reach = max(reach, o.end)
            self._ends.append(reach)

    def covers(self, start: int, end: int) -> bool:
        """Whether one of the spans holds ``start``–``end``: among those starting at or before ``start``, the one
        reaching farthest reaches ``end``."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end


def words_before(text: str, floor: int, at: int) -> int:
    """Where the ``AROUND`` words before ``at`` begin (not before ``floor``)."""
    for _ in range(AROUND):
        at = text.rfind(" ", floor, max(floor, at - 1))
        if at < floor:
            return floor
    return at


def words_after(text: str, at: int, ceiling: int) -> int:
    """Where the ``AROUND`` words after ``at`` end (not after ``ceiling``)."""
    for _ in range(AROUND):
        at = text.find(" ", min(at + 1, ceiling), ceiling)
        if at < 0:
            return ceiling
    return at
