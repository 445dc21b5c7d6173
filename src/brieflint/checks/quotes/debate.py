"""The two camps of a debate named side by side in one sentence ("Supporters call the reform overdue;
opponents call it privatization"): not a vague attribution (see :func:`without_debate`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from brieflint.lazyre import lazy

# the two camps of a debate: a group named by its stand on the thing the sentence is about
_FOR = frozenset("supporters proponents advocates backers defenders".split())
_AGAINST = frozenset("opponents critics detractors skeptics sceptics".split())


def _camp(s: str, span: tuple[int, int]) -> int:
    """+1 for a group for the thing, -1 for one against it, 0 for any other subject."""
    word = s[span[0] : span[1]].split(None, 1)[0].lower()
    return 1 if word in _FOR else -1 if word in _AGAINST else 0


_STOP = lazy(r"[.!?\x00]")  # what ends a sentence here (NUL: between paragraphs)


def without_debate(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leave out the groups of a sentence that sets the two camps of a debate side by side
    ("Supporters call the reform overdue; opponents call it privatization"): it reports that the
    debate exists, and each camp is named by its stand, not offered as an authority. One camp
    alone ("critics argue") is still vague.

    Two spans are in one sentence when no stop lies between them; the spans after a span that are
    form a run, and so do those before it (found by bisection), and counts of each camp before every
    span say whether a run holds the other camp: linear, however many groups a sentence names.
    """
    camps = [_camp(s, sp) for sp in spans]
    if 1 not in camps or -1 not in camps:
        return spans
    starts = [a for a, _ in spans]
    # the first stop after each span (or the end): the spans starting before it share its sentence
    stops = [m.start() for m in _STOP.finditer(s)] + [len(s)]
    limits = [stops[bisect_left(stops, b)] for _, b in spans]
    before = {1: [0], -1: [0]}  # before[c][i]: spans of camp c among spans[:i]
    for c in camps:
        for side, counts in before.items():
            counts.append(counts[-1] + (c == side))
    out = []
    for i, span in enumerate(spans):
        if camps[i]:
            other = before[-camps[i]]
            last = bisect_right(starts, limits[i])  # spans[i + 1 : last] follow it in its sentence
            first = bisect_left(limits, span[0])  # spans[first:i] precede it in its sentence
            if other[last] - other[i + 1] or other[i] - other[first]:
                continue
        out.append(span)
    return out
