"""Issue 19, held-out set 5: the constructions its first run showed, on prose written for these tests
(none of it the set's own sentences). One anonymous but specific person speaks ("said a source close to
the talks", "this member objected:"); a saying named as the content of a noun of sayings is not someone's
words; a main clause before the first comma is not an opening adverbial. Vague: research that nobody
did ("Recent studies show"), a belief credited to people at large by how common it is ("the widely
held view that"), allegations after a conjunction whose other conjunct has the determiner, a bare
group of residents, a group restricted by a relative clause ("Officials who spoke on condition of
anonymity said"). Not vague: "think of" / "think about" without "as" (to consider)."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def found(body: str) -> list[tuple[str, str]]:
    out = []
    for f in lint(FRONT + "\n" + body.strip() + "\n", select=["Q101", "Q102"]):
        phrase = f.message.split('"')[1] if f.code == "Q102" else ""
        out.append((f.code, phrase))
    return out


ATTRIBUTED = [
    # one anonymous but specific person
    '"We will not sign anything before the elections," said a source close to the negotiating team.',
    'According to this insider, "the fund has been empty since the spring and everyone knows it."',
    'The committee voted in March. One member objected bitterly: "This budget cannot pass in its present form."',
    '"Nobody reads the reports we send to the cabinet," an aide admitted.',
    # a saying named as the content of a noun of sayings
    'A core tenet of the movement is that "every citizen owns the river and its water."',
    'The old maxim of the trade was "buy the rumour and sell the news, never the other way."',
]


@pytest.mark.parametrize("body", ATTRIBUTED)
def test_specific_speakers_and_named_sayings_need_no_other_attribution(body: str) -> None:
    assert found(body) == []


def test_a_main_clause_before_the_first_comma_is_no_opening_adverbial() -> None:
    # the quote alone in its paragraph after a paragraph whose last sentence opens with a person:
    # doubtful, left to the editor (it was reported when "Haddad has …," was skipped as an adverbial)
    named = 'Haddad has long criticised the plan, most recently in May.\n\n"The plan moves the shortage to the farms."'
    assert found(named) == []
    # a common noun as the subject stays no speaker
    thing = 'Inflation has risen, most recently in May.\n\n"The plan moves the shortage to the farms."'
    assert found(thing) == [("Q101", "")]


def test_plural_sources_and_an_unspecific_subject_are_unchanged() -> None:
    assert found('"The talks have failed and will not resume," sources said.') == [("Q102", "sources said")]
    assert found('The sources of the river are "a string of springs high in the mountains."') == [("Q101", "")]


VAGUE = [
    ("Recent studies show that tariffs protect few jobs.", "studies show"),
    ("Research suggests that the subsidy mostly reaches the rich.", "Research suggests"),
    ("Polls have found that voters blame the central bank.", "Polls have found"),
    ("The report challenges the widely held view that tariffs protect jobs.", "widely held view that"),
    ("It rests on the popular belief that the river never floods in summer.", "popular belief that"),
    (
        "The strike followed the deaths of two men and allegations of torture in custody.",
        "allegations of",
    ),
    ("Residents say the water has been off for a week.", "Residents say"),
    ("Many think of the deal as a betrayal of the farmers.", "Many think"),
    # a group restricted by a relative clause that names nobody
    (
        "Officials who spoke on condition of anonymity said the talks had failed.",
        "Officials who spoke on condition of anonymity said",
    ),
    ("Critics of the plan who live abroad argue that it will fail.", "Critics of the plan who live abroad argue"),
]


@pytest.mark.parametrize(("body", "phrase"), VAGUE)
def test_claims_credited_to_nobody_in_particular_are_vague(body: str, phrase: str) -> None:
    assert found(body) == [("Q102", phrase)]


NOT_VAGUE = [
    "Two studies show that tariffs protect few jobs.",
    "World Bank research shows that the subsidy mostly reaches the rich.",
    "The research suggests that the subsidy mostly reaches the rich.",
    "New research from the central bank shows that voters blame it.",
    "When people think of the delta, they picture rice fields and boats.",
    "Some farmers thought about the offer for weeks before they sold.",
    "The residents of the block said the water was off for a week.",
    "Three residents said the water was off for a week.",
    "The officials who spoke to reporters said the talks had failed.",
    "Two diplomats who attended the meeting said the talks had failed.",
    "Officials who refused to comment left the building.",
]


@pytest.mark.parametrize("body", NOT_VAGUE)
def test_owned_research_counted_people_and_thinking_of_something_are_not_vague(body: str) -> None:
    assert found(body) == []


def test_a_summary_quoting_words_nested_in_single_marks_in_the_body() -> None:
    # the body shows the words inside single quotation marks within a quote: Q108 must see them
    front = FRONT.replace(
        "but only if tariffs protect poor households.",
        'but its "water is a right, not a product" slogan has won few farmers over.',
    )
    body = (
        "\"We marched under the banner 'water is a right, not a product' for a year,\" said Amal Nasser, "
        "who leads the farmers' union."
    )
    assert [f.code for f in lint(front + "\n" + body + "\n", select=["Q108"])] == []
    unseen = body.replace("a right, not a product", "a common good")
    assert [f.code for f in lint(front + "\n" + unseen + "\n", select=["Q108"])] == ["Q108"]


# ----- held-out set 7 (CalMatters): its first run's constructions, on other prose ---------------------


def test_a_quote_ending_its_paragraph_is_attributed_by_the_next_paragraph() -> None:
    body = (
        '"Water is a right, and we will not let the companies price it out of reach."\n\n'
        "That was the mayor's answer to the utility's plan on Monday, hours before the council vote."
    )
    assert found(body) == []
    unnamed = body.replace("That was the mayor's answer to the utility's plan", "The utility filed its plan")
    assert found(unnamed) == [("Q101", "")]


OPINIONS_ARISING = [
    ("Speculation builds that the governor will not run again.", "Speculation builds"),
    ("Doubts are growing about the pipeline's cost.", "Doubts are growing"),
    ("Rumours swirl around the palace after the reshuffle.", "Rumours swirl"),
]


@pytest.mark.parametrize(("body", "phrase"), OPINIONS_ARISING)
def test_opinions_that_arise_by_themselves_in_any_tense(body: str, phrase: str) -> None:
    assert found(body) == [("Q102", phrase)]


SOURCED_BY_A_NAMED_SPEAKER = [
    # a group coordinated with a person named in full, or an office with its article
    "Senator Maria Lopez and farm groups pointed out that the tariff hurts growers.",
    "The minister and rights groups say the new law is too vague.",
    # a hearsay adverb in a reduced relative clause whose sentence has a speaker
    "The auditor showed photographs of contractors allegedly billing for empty classrooms.",
]


@pytest.mark.parametrize("body", SOURCED_BY_A_NAMED_SPEAKER)
def test_a_named_speaker_in_the_sentence_sources_the_group_or_the_hearsay(body: str) -> None:
    assert found(body) == []


def test_the_named_speaker_must_really_share_the_subject() -> None:
    assert found("Residents of Gaza and aid groups say the crossings are closed.") == [
        ("Q102", "Residents of Gaza and aid groups say")
    ]
    assert found("Officials are allegedly taking bribes at the border.") == [("Q102", "allegedly")]
