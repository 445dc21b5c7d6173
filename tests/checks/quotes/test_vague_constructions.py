"""Q102 reads vague attribution as constructions, not phrases (issue 19, held-out set 3), and Q101
leaves to Q102 or to the editor what it cannot be certain of. Sentences written for these tests
(names invented): each construction with other words than the evaluation sets use, and the near
misses that must stay silent."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.checks.quotes.lexicon import inflect
from brieflint.testing import lint


def flagged(body: str, code: str = "Q102") -> list[str]:
    """The text each ``code`` finding covers (its message quotes the phrase)."""
    out = []
    for f in lint(FRONT + "\n" + body.strip() + "\n", select=[code]):
        out.append(f.message.split('"')[1] if code == "Q102" else f.message)
    return out


VAGUE = [
    # a plural subject with a verb of naming or judging, with auxiliaries or a progressive between
    ("Opponents have branded the levy a tax on the poor.", "Opponents have branded"),
    ("Online commentators are accusing the regulator of favouring the incumbents.", "commentators are accusing"),
    ("Many economists (re)considered the forecast after the devaluation.", "Many economists (re)considered"),
    ("Some farmers refer to the new canal as a gift to the landowners.", "Some farmers refer to"),
    ("Local activists reported that the wells had been poisoned.", "activists reported that"),
    # the speaker after the verb, closing the clause
    ("The dam will flood four villages, warn environmental campaigners.", "warn environmental campaigners"),
    ('"The budget is a fiction," said senior diplomats in Amman.', "said senior diplomats"),
    # a passive whose agent is an anonymous group, however modified
    ("The verdict was denounced by international press freedom groups.", "by international press freedom groups"),
    ("The plan was slammed by opposition lawmakers as a giveaway.", "by opposition lawmakers"),
    # an agentless passive of blame or praise, after an auxiliary or opening its clause
    ("The contractor has been blamed for the collapse of the bridge.", "blamed for"),
    ("Long praised for its schools, the province now struggles to pay its teachers.", "praised for"),
    ("The court was accused of bias in the land cases.", "accused of"),
    # an opinion and the anonymous people it comes from
    ("The reform drew criticism from many teachers.", "criticism from many teachers"),
    ("There is doubt in certain quarters about the census figures.", "certain quarters"),
    ("The decision met with outrage among rights advocates.", "outrage among rights advocates"),
    # opinions that arise by themselves, rumours that open their sentence, reports from nobody
    ("Doubts have surfaced about the tender.", "Doubts have surfaced"),
    ("A persistent rumour is that the governor will resign.", "rumour is that"),
    ("The suspicion that the votes were bought has never gone away.", "suspicion that"),
    ("Voting was extended amid reports of ballot stuffing in the north.", "reports of"),
    # the impersonal forms with a contraction
    ("It’s often said that the reform came too late.", "It’s often said"),
    ("It's been suggested that the audit was rigged.", "It's been suggested"),
    # "according to" a kind of source, not a named one
    ("According to local media accounts, the road was closed for a week.", "According to local media accounts"),
]


@pytest.mark.parametrize(("body", "phrase"), VAGUE)
def test_a_vague_construction_is_flagged(body: str, phrase: str) -> None:
    found = flagged(body)
    assert any(phrase in f or f in phrase for f in found), (found, phrase)


NOT_VAGUE = [
    # "regarding" is a preposition, "seeing" an experience
    "Officials regarding the tender as closed left the room.",
    "Most households are seeing higher bills this winter.",
    # a named, counted or definite agent; the agent of another verb further on
    "The verdict was denounced by the two main press freedom groups.",
    "The plan was denounced by Amnesty International as arbitrary.",
    "The ministry has been cited to justify the use of force by local police in the south.",
    # an act, not an opinion, by an anonymous group
    "The bill was passed by lawmakers after a long night.",
    # the one who accuses is the subject of the sentence before
    "The Teachers' Union campaigns against the new curriculum. The minister was accused of ignoring the schools.",
    # whose rumour, whose reports, whose claim
    "Nasr's claim that the votes were bought was never tested.",
    "The committee dismissed the rumour that the governor would resign.",
    "The reports of the audit office were never published.",
    "Rachel Odhiambo, stationed in Kisumu, reports that the roads are open.",
    # legend and tradition are no source to name; a relative clause after an authority's act
    "According to local legend, the spring never runs dry.",
    "Regulators ordered the banks to freeze accounts that allegedly belong to the militia.",
    # a named group, the verb after a comma that starts no clause of speech
    "Critics such as Omar Saleh, the former minister, argue that the plan is unaffordable.",
    "The scheme, say the Finance Ministry's economists, is unaffordable.",
    # a named body's people after the quote they speak
    '"We will not pay for a war we did not start," Kremlin aides said on Monday.',
    # an agentless passive introducing a quote is Q101's (passive only), not a second finding
    'The accord was hailed as "a new chapter for the whole region and its people."',
]


@pytest.mark.parametrize("body", NOT_VAGUE)
def test_a_near_miss_is_not_flagged(body: str) -> None:
    assert flagged(body) == []


def test_the_passive_that_introduces_a_quote_stays_q101s_error() -> None:
    body = 'The accord was hailed as "a new chapter for the whole region and its people."'
    assert len(flagged(body, "Q101")) == 1


Q101_SILENT = [
    # a vague group names the quoted words: vague, so Q102's call, never a certain Q101 error
    'Some nurses refer to the night shift as "the hours that nobody else wants to work."',
    # a surveyed group with a cue: the poll is the source
    "A survey by the Lakeside Institute found broad support, with about half agreeing that it was "
    '"time to end the old system".',
    # a quote that a noun names as what it is: the question of a panel, the theme of a forum
    'The theme of this year\'s forum is, "Who pays for the transition to clean power?"',
    # a paragraph that ends naming a document; the next one quotes from it
    "The ministry issued a directive on Monday.\n\n"
    'The providers it names must block sites "carrying unlicensed betting, lotteries or games of chance."',
]


@pytest.mark.parametrize("body", Q101_SILENT)
def test_q101_stays_silent_where_it_cannot_be_certain(body: str) -> None:
    assert flagged(body, "Q101") == []


def test_q101_still_reports_a_quote_after_a_paragraph_that_names_no_document() -> None:
    body = 'The committee met on Monday.\n\nThe providers must block sites "carrying unlicensed betting or lotteries."'
    assert len(flagged(body, "Q101")) == 1


def test_inflections_of_verbs_ending_in_ee_and_doubling_r() -> None:
    assert inflect("agree") == {"agree", "agrees", "agreed", "agreeing"}
    assert inflect("refer") == {"refer", "refers", "referred", "referring"}


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        (
            "Proponents call the tariff long overdue; detractors call it a subsidy for the ports.",
            ["Proponents call", "detractors call"],
        ),
        (
            "Proponents argue that the canal will pay for itself, while sceptics warn of silt.",
            ["Proponents argue", "sceptics warn"],
        ),
    ],
)
def test_the_two_camps_of_a_debate_side_by_side_are_each_vague(body: str, phrases: list[str]) -> None:
    # neither camp is named: set side by side they report that a debate exists, not who holds either side
    # (every labeller of sets 8, 17, 18 and 28 labelled both; the rule left them out until stop 34)
    assert flagged(body) == phrases


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        # one camp alone, or the two camps in separate sentences: each is still an anonymous group
        ("Detractors call it a subsidy for the ports.", ["Detractors call"]),
        ("Proponents call it overdue. Detractors call it a subsidy.", ["Proponents call", "Detractors call"]),
        # two groups on the same side are not a debate
        ("Proponents call it overdue; supporters call it fair.", ["Proponents call", "supporters call"]),
    ],
)
def test_one_camp_alone_is_still_vague(body: str, phrases: list[str]) -> None:
    assert flagged(body) == phrases
