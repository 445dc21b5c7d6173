"""Q102's general constructions of stop 35, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a crowd that judges wrongly holds a view": [
        (
            "It has come to my attention that some people misunderstand what the statement means.",
            ["some people misunderstand"],
        ),
        ("Many people underestimate the cost of the program.", ["Many people underestimate"]),
        ("Most analysts misjudged the election.", ["Most analysts misjudged"]),
        # a model, a survey or a statistic errs: no crowd holds a view
        ("Official statistics underestimate the true number of cases.", []),
        ("The model underestimates the cost.", []),
    ],
    "a crowd raises questions and objections": [
        ("Critics have raised questions about the cost of the program.", ["Critics have raised questions"]),
        ("Some lawmakers voiced objections to the plan.", ["Some lawmakers voiced objections"]),
        # a document raises questions: no crowd
        ("The report raises questions about the cost of the program.", []),
        ("Senator Jane Smith raised objections to the plan.", []),
    ],
    "what has been said at large": [
        (
            "Over the last 20 years much has been said about the way the guidelines changed the role of judges.",
            ["much has been said about"],
        ),
        ("Much has been made of the decline in turnout.", ["Much has been made of"]),
        ("A great deal has been written on the subject.", ["deal has been written on"]),
        # a question of degree, a scarcity, an act done, or the writers named
        ("How much has been said about it remains unclear.", []),
        ("Not much has been written about the program.", []),
        ("Much has been done about the problem.", []),
        ("Much has been written about it by Smith and Jones.", []),
    ],
    "a claim made by a crowd": [
        (
            "The second was the estimate made by some peak oil specialists that production could peak before 2015.",
            ["by some"],
        ),
        ("The arguments put forward by many economists are weak.", ["by many"]),
        # a decision made by some is an act, not a claim
        ("The decision made by some members was final.", []),
        ("The estimate made by the agency's economists was revised.", []),
    ],
}


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        pytest.param(body, phrases, id=f"{name.replace(' ', '-')}-{i}")
        for name, cases in CONSTRUCTIONS.items()
        for i, (body, phrases) in enumerate(cases)
    ],
)
def test_stop35_constructions(body: str, phrases: list[str]) -> None:
    assert reported(FRONT + "\n" + body + "\n", "Q102") == phrases
