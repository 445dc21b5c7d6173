"""Q102 after the first runs of held-out sets 20 and 21 and of the Wikipedia editors' tags (stop 32), on sentences
written for these tests: the passive of considering with a judgement's complement and no agent, the impersonal
estimate, and hearsay in a raising passive of speculating. Each has near misses that must stay silent. See
docs/accuracy.md, "Stop 32"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def q102(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + "\n" + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "It is considered one of the finest buildings in the city.",
        "The treaty is generally considered a turning point for the region.",
        "The policy is often considered to be confusing to farmers.",
        "For decades, the alliance has been considered the dominant force in the region.",
        "The port, which opened in 1965, is now considered the most important in the country.",
        "It is estimated that the basin holds a quarter of the world's reserves.",
        "Their deaths are speculated to have been caused by torture.",
    ],
)
def test_judgements_and_estimates_credited_to_nobody(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        # considering as examining or deciding on
        "The proposal will be considered next week.",
        "The case is being considered in court.",
        "Applications may be considered to ensure that every district is served.",
        "The options were considered and rejected.",
        # a definition's condition, and a classification by law
        "An application is considered complete when all documents are received.",
        "The shared information is still considered taxpayer information and must be protected.",
        # the active, and a restrictive clause that sorts things by the view
        "He said that he, Arafat, considered President Lula a great leader.",
        "Discourse analysis examines the issues that are considered to be problems.",
        # the judge or the estimator named
        "The risk is considered the highest of the three by the agency's auditors.",
        "It is estimated by the central bank that prices will rise.",
    ],
)
def test_near_misses_stay_silent(body: str) -> None:
    assert q102(body) == []


def test_concerns_raised_by_nobody_and_by_someone_named() -> None:
    # set 22's existential form: concerns or questions "raised" with no one who raised them
    assert q102("There have been special concerns raised about the program.") == ["Q102"]
    assert q102("There were questions raised by the auditors about the program.") == []


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        # describing and naming in any passive, not only the perfect ("has been described as")
        ("The reform was described as a failure.", ["Q102"]),
        ("The reforms are characterized as failures.", ["Q102"]),
        ("The reform was branded a failure.", ["Q102"]),
        ("The minister is reputed to be honest.", ["Q102"]),
        ("The reform is widely acknowledged to be a failure.", ["Q102"]),
        # near misses: the method described by the author, the describer named, a name given
        ("The method is described as follows.", []),
        ("The reform was described as a failure by the minister.", []),
        ("The ship was labelled Ocean Star in 1990.", []),
    ],
)
def test_describing_and_naming_in_any_passive(body: str, codes: list[str]) -> None:
    assert q102(body) == codes
