"""Q102's general constructions of stop 33, on sentences written for these tests, each with near misses that must
stay silent. See docs/accuracy.md, "Stop 33"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def q102(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + "\n" + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "The decline has often been attributed to poor management.",
        "Such diets are often associated with longer lives.",
        "The term is generally defined as a loss of trust in institutions.",
        "The central bank is widely expected to cut rates in March.",
        "The style is commonly contrasted with the baroque.",
        "The model is frequently compared to a thermostat.",
        "The failure has long been blamed on the regulator.",
        "The reform is widely credited with ending the crisis.",
    ],
)
def test_a_passive_after_an_adverb_of_generality_credits_people_at_large(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        # no adverb of generality: the author's own link, schedule or forecast
        "The road is linked to the port by ferries.",
        "The plant is expected to open in May.",
        # naming, and a report's form: a term's usage, not a view
        "The city is commonly known as the Big Apple.",
        "The region is often referred to as the Rust Belt.",
        "Results are usually reported as a share of GDP.",
        # no passive: a comparison of frequency, an adverb after "as"
        "It is more often associated with fraud than with error.",
        # the agent named, and a time, not a crowd
        "The collapse was widely attributed to the war by historians such as Eric Hobsbawm.",
        "Parties in the region have traditionally been associated with personalities rather than policy.",
    ],
)
def test_near_misses_of_the_generic_passive_stay_silent(body: str) -> None:
    assert q102(body) == []
