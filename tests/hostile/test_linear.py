"""Issue 21, item 4: the loader's work grows linearly with the brief (two sizes compared in one run)."""

from __future__ import annotations

import time

from brieflint.document.brief import parse

HEAD = "---\ntitle: x\n---\n"


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        parse("x.md", text, form="markdown")
        best = min(best, time.perf_counter() - started)
    return best


def test_many_headings_split_in_linear_time() -> None:
    """4,000 then 16,000 '## H' lines: four times the input may cost at most about four times the work.

    (Splitting the body gave each section a pass over every block: 10,000 headings took 6 s.)
    """
    small = _seconds(HEAD + "## H\n" * 4000)
    large = _seconds(HEAD + "## H\n" * 16000)
    assert large < 8 * small + 0.05, (small, large)
