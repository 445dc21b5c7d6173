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


@pytest.mark.parametrize(
    "body",
    [
        "Criticism of the war has grown.",
        "In the last week, criticism of the U.S. role in Yemen has grown.",
        "Complaints about the service persist.",
        "Warnings about the debt have intensified.",
    ],
)
def test_opinions_that_grow_or_spread_voiced_by_nobody(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        # demands state no claim, and numbers of filings are counts
        "Calls for reform have grown louder.",
        "Claims of fraud rose sharply after the change in policy.",
        "Charges for water have grown.",
        # the critics named
        "Criticism of the war by two senators has grown.",
    ],
)
def test_near_misses_of_opinions_that_grow(body: str) -> None:
    assert q102(body) == []


def test_a_heading_whose_section_opens_with_its_source() -> None:
    cited = "## Rumors spread\n\nSpeculation about his whereabouts [spread on micro-blogs](https://example.org/a).\n"
    uncited = "## Rumors spread\n\nSpeculation about his whereabouts went on for weeks.\n"
    assert q102(cited) == []
    assert q102(uncited) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "Villagers in the Afghan province of Paktia say a NATO airstrike has killed seven civilians.",
        "Aid agencies in eastern Chad are warning of deteriorating conditions in the camps.",
        "Protest organizers estimated that one million people marched.",
    ],
)
def test_a_bare_crowd_with_a_long_scope_an_agency_or_an_estimate(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "Budget estimates suggest a deficit of $5 billion.",
        "The agencies said the camps were full.",
        "Analysts at the World Bank in Washington estimated that growth would slow.",
    ],
)
def test_near_misses_of_the_bare_crowd(body: str) -> None:
    assert q102(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a reporting tag closing the sentence before: the hedge is on the named report
        "The military found the shipment near the border, EFE reported. The shipment, reportedly belonging to the"
        " guerrillas, was headed north.",
        # reports a named body issued, in the paragraph before
        "Reports from the National Civil Police obtained by the newsroom reveal that the gangs remain a threat.\n\n"
        "Some are classed as collaborators, people who allegedly work for the gangs.",
    ],
)
def test_a_hearsay_hedge_on_a_named_report_before_it(body: str) -> None:
    assert q102(body) == []


def test_a_hearsay_hedge_with_no_named_report_stays_vague() -> None:
    # the minister's report is of something else, and no tag names who reports the shipment
    assert q102("The minister reported record growth. The shipment, reportedly belonging to the guerrillas, left.") == [
        "Q102"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The column discusses the contention that open borders would double the world's income.",
        "Warnings that chatbots produce biased voting advice are fueling pressure for controls.",
        "The reports appear to confirm previous warnings that the peace process could spread the conflict.",
        "Rumors that the minister had fled spread quickly.",
    ],
)
def test_a_claim_with_its_clause_and_no_owner(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "The ministry rejected government claims that the dam was safe.",  # a body's claims
        "The senator's claims that the election was stolen were false.",  # a possessor's
        "These claims that the dam was safe were false.",  # claims named before
        "Claims that were filed in May were paid.",  # a relative clause
        "The warnings that the agency issued were ignored.",  # an object relative
        "There were unsupported claims that the vote was rigged.",  # the writer's rebuttal
    ],
)
def test_near_misses_of_the_unowned_claim(body: str) -> None:
    assert q102(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Given the dire display of their opponents, some have asked the legitimate question: why did they lose?",
        "Many asked whether the plan would work.",
        "To many readers, the ban seemed arbitrary.",
        "To some, the reform is a betrayal.",
        "A consensus quickly formed that the filter was harmful.",
    ],
)
def test_questions_perspectives_and_a_consensus_credited_to_nobody(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "Some asked for more money.",  # a request
        "To some extent, the reform worked.",  # a degree
        "To some of its critics, the reform is a betrayal.",  # a part named after "of"
        "He went to some lengths, and it worked.",  # "to" inside the sentence
        "The board reached a consensus that the plan should proceed.",  # a named body's consensus
    ],
)
def test_near_misses_of_questions_perspectives_and_consensus(body: str) -> None:
    assert q102(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Critics have concerns about the plan.",
        "Legislators have reservations as to who would have access to the data.",
        "Many have doubts about the plan.",
        "Everything from cuts to new bonds has been broached.",
        "Held up as one of many bills designed to protect elections, the ban passed.",
    ],
)
def test_doubts_held_ideas_floated_and_praise_from_nobody(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "Legislators urge a new approach after the budget fight.",  # a demand, no claim
        "The letters to congressional leaders urging a vote were sent.",
        "And, as leaders of both chambers are quick to point out, not all bills are the same.",  # counted bodies
        "The residents have concerns about the plan.",  # a definite group
        "The company was floated on the stock exchange.",  # a listing
        "The bill was held up in committee.",  # a delay
    ],
)
def test_near_misses_of_demands_counted_bodies_and_held_up(body: str) -> None:
    assert q102(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "But research shows it is better to cut down on alcohol.",  # a conjunction, not a body's name
        "• But research shows it is better to cut down on alcohol.",  # after a bullet typed as a character
        "Some small-scale black tobacco farmers in the province feel that the industry used them.",
        "There are fears for the safety of the two men.",
        "Such claims were typically dismissed by representatives of rights holders as fear-mongering.",
    ],
)
def test_research_long_crowds_fears_for_and_representatives(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "But World Bank research shows it works.",  # a body's research
        "Various strands of research to argue for the reform were cited in the report [@cbo].",
        "There are concerns by the union about the plan.",  # an owner
        "The bill was opposed by representatives of the Chamber of Commerce.",  # a named body's
    ],
)
def test_near_misses_of_research_crowds_and_representatives(body: str) -> None:
    assert q102(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # an example of the events before the passive names no member of any crowd
        "Protests were held, such as the April 30, 2020, demonstration that has been called a “dress rehearsal”.",
        "The Supreme Court, which is considered to have the most right-wing tilt in decades, agreed to hear it.",
    ],
)
def test_set_27s_general_forms(body: str) -> None:
    assert q102(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "Many people across the country are considering what their future options may be.",  # deliberation
        "Applicants are considered to have applied when the form is received.",  # a definition's condition
        "Critics, including Senator Maria Lopez, say the plan fails.",  # members named after the group
    ],
)
def test_set_27s_near_misses(body: str) -> None:
    assert q102(body) == []


def test_a_modal_before_the_passive_of_opinion_is_the_authors_hedge() -> None:
    # the third sweep: "might be considered a missed opportunity" is the author's own judgement, hedged
    assert q102("In this regard, the judgment might be considered a missed opportunity on the part of the court.") == []
    assert q102("The reform could be seen as a betrayal.") == []
    # without the modal, or with an adverb of generality, nobody's view stays vague
    assert q102("The reform has been seen as a betrayal.") == ["Q102"]
    assert q102("The judgment is widely considered a missed opportunity.") == ["Q102"]
