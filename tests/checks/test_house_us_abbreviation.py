"""HS001 on real constructions: "US" as a modifier is reported, "US" as a noun before a particle or a preposition is
not (sweep E's judge: "get the US out of the practice" is a noun, whose fix is not "U.S."). See docs/accuracy.md,
"Stop 35"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        ("Washington tightened US sanctions on the grid last year.", ["US"]),
        ("The US-led coalition struck again.", ["US"]),
        ("The administration wanted to get the US out of the practice of nation-building.", []),
        ("Officials moved the US into a new role after the war.", []),
        ("Allies expect the US over the next decade to carry the burden.", []),
    ],
)
def test_us_as_a_modifier_only(body: str, phrases: list[str]) -> None:
    assert reported(FRONT + "\n" + body + "\n", "HS001") == phrases
