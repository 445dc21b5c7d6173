"""Q108 on the sweeps' three wrong findings: a quote that names a thing where it stands (a slogan or a question set as
a whole heading, a conference's name in apposition) is no quote the body must show; a quote of someone's words in the
summary still is. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

_DECK = "but only if tariffs protect poor households."
_BODY = "\nThe minister said tariffs will rise [@minister-speech].\n"


@pytest.mark.parametrize(
    ("source", "phrases"),
    [
        # someone's words in the deck that the body never shows
        (
            FRONT.replace(_DECK, 'but "the poor will pay the bill for decades," critics warn.') + _BODY,
            ['"the poor will pay the bill for decades,"'],
        ),
        # a conference's name in apposition (sweep D)
        (
            FRONT.replace(_DECK, "and the Commission held a conference 'Where to from here? Improving Productivity'.")
            + _BODY,
            [],
        ),
        # a slogan or a question set as a whole heading (the news sweep)
        (FRONT + "\n## “And what would you do with a basic income?”\n" + _BODY, []),
        (FRONT + '\n## "Demonstrate for the right to demonstrate"\n' + _BODY, []),
        # a heading that quotes words inside a sentence of its own still quotes them
        (FRONT + '\n## Critics say "the poor will pay the bill"\n' + _BODY, ['"the poor will pay the bill"']),
    ],
)
def test_q108_quotes_and_names(source: str, phrases: list[str]) -> None:
    assert reported(source, "Q108") == phrases
