"""Issue 19, held-out set 15 (Floodlight, SIGAR, the U.S. Helsinki Commission): the commonest general cause behind
its first-run false alarms, read as a construction after the first run (its first-sight figures stay recorded in
docs/accuracy.md), on prose written for these tests (none of it a labelled set's sentences). The reading is the
precision sweep's (vague_context.py, a crowd after "by" credits a view only after a verb or noun of opinion), which
landed while this set was being read; these tests hold it on the set's construction.

Not vague: "by" and a crowd after a noun that names who gave or made something ("readings by critics", "a petition by
some member associations"): no claim is credited to them. Still vague: the agent of a passive of opinion, with or
without an adverb ("praised loudly by many", "regarded as a failure by many"); a crowd after a noun of claim or
judgement ("criticism by some that …", "acclaim by some reviewers").
"""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def found(body: str) -> list[str]:
    """The phrases Q102 reports in ``body``."""
    problems = lint(f"{FRONT}\n{body.strip()}\n", select=["Q102"])
    return [p.message.split('"')[1] for p in problems]


@pytest.mark.parametrize(
    "body",
    [
        "The festival programme included readings by critics, novelists and two translators.",
        "The morning sessions offered workshops by experts on irrigation and soil.",
        "The council received a petition by some member associations of the Federation of Dairy Farmers.",
        "Last week's open day featured tours by analysts and engineers from the plant.",
    ],
)
def test_by_after_a_noun_names_a_maker(body: str) -> None:
    assert found(body) == []


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The reform, praised loudly by many, was repealed within a year.", "by many"),
        ("The ceasefire was widely regarded as a failure by many in the capital.", "widely regarded"),
        ("There was criticism by some that the levy would fall on the poorest.", "criticism by some that"),
        ("The film received acclaim by some reviewers as the year's boldest.", "by some"),
    ],
)
def test_agent_of_a_passive_or_a_claim_stays_vague(body: str, phrase: str) -> None:
    assert phrase in found(body)
