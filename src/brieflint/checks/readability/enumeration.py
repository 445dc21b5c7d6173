"""A sentence that sets out numbered items inline is read as a list (issue 19, the GAO sweep).

Analytic prose states its objectives, recommendations and findings in one sentence with numbered
items: "This report examines (1) the condition of …; (2) the cost of …; and (3) the steps …". The
numbers do what a list's bullets do: the reader holds the lead-in and one item at a time, not the
whole sentence. So such a sentence is as long, for a reader, as its lead-in and its longest item.
The items must be numbered from the start, in order (``(1) (2)``, ``(a) (b)``, ``(i) (ii)``): a lone
``(1)`` or a citation such as ``(2021)`` is no list. Two or three items only: a reader holds three
inline; four or more, an editor sets out as a list (the corpus's five quoted scenarios of Russia's
nuclear doctrine in one sentence of 71 words were judged so), and they stay very hard.
"""

from __future__ import annotations

from brieflint.checks.readability.counts import count
from brieflint.lazyre import lazy

_MARKER = lazy(r"(?<![\w)])\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s")
MAX_ITEMS = 3  # more, and the list belongs on its own lines
_SERIES = (
    tuple(str(n) for n in range(1, 13)),
    tuple("abcdefgh"),
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"),
)


def read_as_list(text: str) -> int | None:
    """The words of the lead-in and the longest item of a sentence whose two or three items are
    numbered inline in order from the first; None when the sentence has no such items."""
    marks = list(_MARKER.finditer(text))
    if not 2 <= len(marks) <= MAX_ITEMS:
        return None
    labels = [m.group(1) for m in marks]
    if not any(labels == list(series[: len(labels)]) for series in _SERIES):
        return None  # not (1) (2) (3) …, (a) (b) …, (i) (ii) … in order from the first
    lead = count(text[: marks[0].start()]).words
    ends = [m.start() for m in marks[1:]] + [len(text)]
    longest = max(count(text[m.end() : end]).words for m, end in zip(marks, ends, strict=True))
    return lead + longest
