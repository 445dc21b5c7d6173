"""Issue 19, held-out set 8: the vague constructions its first run missed or misread, on prose written
for these tests (none of it the set's own sentences). Vague: a bare group whose capitalised modifier
names a cause or a leaning, not a body ("Climate activists warn", "Progressive legislators argued"); a
person's unnamed followers ("the senator's allies have suggested"); a group that told someone that
("sources told reporters that"); people left wondering; a feeling held by anonymous people, singular or
plural ("unease among some at the ministry", "anger among those who lost their savings"), and an opinion
whose holder is a quantifier after "of" ("the expectations of many that"); an opinion that dogs or
haunts by itself ("questions about the deal have dogged the minister"); a quantifier over coordinated
groups ("many farmers, traders and engineers would agree"). Not vague: a counted group
familiar with the matter ("two officials familiar with the talks"), a named body's people ("NATO allies
agreed"), a group told to do something ("officials told residents to leave"), a grievance directed at
people after "of" ("criticism of officials")."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def vague(body: str) -> list[str]:
    found = lint(FRONT + "\n" + body.strip() + "\n", select=["Q102"])
    return [f.message.split('"')[1] for f in found]


VAGUE = [
    # a bare group whose capitalised opener names a cause or a political leaning, not a body
    ("Climate activists warn that the new terminal will lock in coal for decades.", "activists warn"),
    ("Progressive legislators have repeatedly argued that the tax favours landlords.", "legislators have"),
    # a person's followers are unnamed, whoever leads them
    ("The governor's allies in the farm lobby have suggested the subsidy is too small.", "allies"),
    # telling someone that
    ("Sources told reporters that the ministry had already signed the contract.", "Sources told"),
    ("Insiders have told The Courier that the board will not survive the year.", "Insiders have told"),
    # left wondering
    ("After the vote, residents were left wondering why the clinic had closed.", "residents were left"),
    # a feeling held by anonymous people
    ("The delay has caused unease among some at the ministry.", "unease among some"),
    ("The decision fuelled anger among those who lost their savings in the crash.", "anger among those who"),
    ("Despite the hopes of many that the ceasefire would hold, fighting resumed within a week.", "hopes of many"),
    # a quantifier covers every group it is coordinated with (held-out set 7's open gap)
    ("Many farmers, traders and water engineers would largely agree that the canal is too small.", "Many farmers"),
    ("Some economists, bankers, and union leaders have warned that the peg cannot hold.", "Some economists"),
    # an opinion that pursues its object by itself
    ("Questions about the tender have dogged the transport minister since March.", "Questions about the tender"),
    ("Doubts over the audit continue to haunt the central bank.", "Doubts over the audit"),
]


@pytest.mark.parametrize(("body", "phrase"), VAGUE)
def test_vague_constructions_of_held_out_set_8(body: str, phrase: str) -> None:
    got = vague(body)
    assert got, body
    assert any(phrase.lower() in g.lower() or g.lower() in phrase.lower() for g in got), (body, got)


NOT_VAGUE = [
    # counted, named or definite
    "Two officials familiar with the talks said the draft was ready.",
    "Three people familiar with the plan described it to the newspaper.",
    "NATO allies agreed in July to raise their spending targets.",
    "The minister's aides have suggested a later date.",
    # an instruction, not a report of what someone says
    "Officials told residents to leave before the river crested.",
    # "of" with a grievance directed at people, not held by them
    "The report drew criticism of officials who approved the permits.",
    # coordinated things, not people, and no verb of opinion
    "Many roads, bridges and schools were rebuilt after the flood.",
    # a question that is only asked, or a named holder of the feeling
    "Questions about the tender were answered in the annex.",
    "The decision fuelled anger among the union's members, its president said [@union-2025].",
]


@pytest.mark.parametrize("body", NOT_VAGUE)
def test_counted_named_or_instructed_groups_are_not_vague(body: str) -> None:
    assert vague(body) == [], body
