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


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        # an interface element named by its label (set 46's false error)
        (
            'Channels can now check the box "Display the Creative Commons license (CC BY-SA) at the bottom of the '
            'article" when they create a news item.',
            [],
        ),
        ('Users click the button "I agree to all of the terms of the service as written" to go on.', []),
        # words in marks after a verb of putting them down still quote someone
        ('The form now says "I agree to all of the terms of the service as written" at the bottom.', []),
        (
            'Then came the line "we will never raise the water tariffs again, whatever happens".',
            ['"we will never raise the water tariffs again, whatever happens"'],
        ),
    ],
)
def test_q101_names_in_marks(body: str, phrases: list[str]) -> None:
    assert reported(FRONT + "\n" + body + "\n", "Q101") == phrases
