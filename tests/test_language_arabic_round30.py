"""Arabic Q102 after round 30's first run (Arabic Wikipedia on scholarly and parliamentary disputes): a belief that
prevailed, with its article, and an attribution made often by no one, read as constructions on written sentences,
each with near misses. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "ساد الاعتقاد بأن السفينة لا تغرق.",  # the belief prevailed that
        "وساد الاعتقاد أن السفينة لا تغرق.",
        "وغالبًا ما يعزى ظهور الثورة إلى تغيرات اقتصادية.",  # is often attributed to
    ],
)
def test_round_30_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وساد الهدوء في المدينة.",  # calm prevailed: no belief
        "ويعزو الوزير ظهور الثورة إلى تغيرات اقتصادية.",  # the minister attributes: named
    ],
)
def test_round_30_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []
