"""Q101 and Q102 on prose written for these tests: attribution that reads sentences, the severity
policy (Q101 is an error only when nothing near the quote can be its source), vague attribution in
its forms, and quotations that name things rather than report speech."""

from __future__ import annotations

import time

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def codes(body: str, select: str = "Q101,Q102") -> list[str]:
    return [f.code for f in lint(FRONT + "\n" + body.strip() + "\n", select=select.split(","))]


# ----- attributed: no finding -------------------------------------------------------------------

ATTRIBUTED = [
    # speaker and cue, either order, and "according to"
    'Rania Saleh said that "the new tariff schedule will hit the poorest districts first."',
    '"The new tariff schedule will hit the poorest districts first," said the deputy minister.',
    'According to the water authority, "the new tariff schedule will hit the poorest districts first."',
    # a colon after the speaker's clause
    'The envoy put it bluntly: "Nobody in this room believes the ceasefire will hold past spring."',
    'Nadia Karam chairs the budget committee. Her answer was short: "We will not pass a budget we have not read."',
    'Committee member Samir Aoun: "We asked for a hearing and were given a press release."',
    # the speaker named in the sentence before, or a pronoun whose antecedent is a person
    'The finance minister spoke after the vote. "This law ends forty years of improvisation in the power sector."',
    'Nadia Karam chairs the budget committee. She told reporters that "the deficit figures were revised twice."',
    # a document as the subject that acts: its words
    'The directive defines autonomous systems as "weapons that select and engage targets without further human input."',
    'The strategy paper sets out its aim plainly. It calls for "a grid that no single supplier can switch off."',
    # a source the paragraph keeps pointing back to
    "The regulation requires operators to keep records. Such records must be kept for five years. "
    'This obligation extends to contractors, who must retain "every invoice, permit and inspection report issued '
    'under the program."',
    # a long sentence that enumerates quotes after one cue
    "The ministry's guidance lists the cases in which a permit may be withdrawn: (1) "
    + '"a failure to report water use for two consecutive quarters," '
    + "(2) repeated breaches of the discharge limits set out in the annex and confirmed by two separate inspections "
    + "carried out by the regional office without prior notice to the operator or its contractors, "
    + "(3) the transfer of the permit to a third party without the approval of the authority that issued it, "
    + 'and (4) "a refusal to admit inspectors to the site at any reasonable hour of the working day."',
]


@pytest.mark.parametrize("body", ATTRIBUTED)
def test_attributed_quotes_are_not_reported(body: str) -> None:
    assert "Q101" not in codes(body)


def test_a_quote_running_over_paragraphs_keeps_the_attribution_of_its_first_paragraph() -> None:
    body = (
        'The governor told the council: "Our reservoirs are at a third of capacity, and the rains are late.\n\n'
        '"We will ration water in the northern districts from June, and we will not apologise for it."'
    )
    assert codes(body) == []


def test_a_term_quoted_again_is_not_a_new_quote() -> None:
    body = (
        'The plan promises "human judgment over the use of force in every engagement," the minister said.\n\n'
        'Critics of the plan note that "human judgment over the use of force" is left undefined [@minister-speech].'
    )
    assert "Q101" not in codes(body)


# ----- certainly unattributed: Q101, an error -------------------------------------------------------

UNATTRIBUTED = [
    # nobody at all
    'The reservoir levels fell again in May. "Nobody can plan a harvest when the canals run dry every summer."',
    # an agentless passive
    'The reform was described as "a gift to the private operators who wrote most of it."',
    # an impersonal form names nobody either: Q101 and Q102 both
    'It is widely believed that "the reform will fail within a year because nobody has funded it."',
    # a place or a date in the sentence before is no speaker
    'Fighting resumed in Aleppo. "Nobody believes the truce will last beyond the end of the month."',
    'The talks resumed on Monday, March 3. "Nobody expects a breakthrough before the holidays begin."',
    'In Basra the mood was grim. "The lights go out every afternoon and nobody tells us why."',
    # a quote alone in its paragraph, after a paragraph that names no speaker
    'The parliament debated the bill for three days.\n\n"This bill will bankrupt the pension fund within a decade."',
]


@pytest.mark.parametrize("body", UNATTRIBUTED)
def test_unattributed_quotes_are_errors(body: str) -> None:
    found = lint(FRONT + "\n" + body.strip() + "\n", select=["Q101"])
    assert [f.code for f in found] == ["Q101"]
    assert all(str(f.severity) == "error" for f in found)


def test_impersonal_form_gets_both_findings() -> None:
    assert sorted(codes(UNATTRIBUTED[2])) == ["Q101", "Q102"]


# ----- doubtful: not an error -----------------------------------------------------------------------


def test_a_quote_alone_after_a_paragraph_that_names_a_speaker_is_doubtful_not_an_error() -> None:
    body = 'The minister told parliament the budget was final.\n\n"There will be no new taxes this year or next."'
    assert codes(body) == []


def test_a_vaguely_attributed_quote_is_a_warning_on_its_attribution_not_an_error() -> None:
    found = lint(
        FRONT + '\nCritics argue that "the new law hands the security services sweeping powers."\n',
        select=["Q101", "Q102"],
    )
    assert [(f.code, str(f.severity)) for f in found] == [("Q102", "warning")]


def test_a_possible_person_opening_the_sentence_before_makes_a_lone_quote_doubtful() -> None:
    assert codes('Haddad met reporters on Monday. "Nobody trusts the government to keep the lights on."') == []


# the safety net: whatever near the quote could be its speaker makes the case doubtful (issue 19)
DOUBTFUL = [
    # a cue and a possible speaker in another clause of the quote's sentence: likely about something
    # else, but a reader cannot rule out that the governors said it
    '"It punishes the provinces that kept their books in order," and several governors have said they will not comply.',
    # a speaker named by a description the readings do not know, after the quote
    '"Why is this program advertised at all?" asked the 58-year-old, who lives outside Mosul.',
    # two quotes joined before one cue
    '"It is outrageous that families lose their homes" and that "lenders profit from every eviction," Haddad said.',
    # a quoted question that the next sentence names as a survey's
    '"Do you decide alone how to spend what you earn?" That question opens the Labour Survey of 2021.',
    # a colon introduces the quote
    'The ministry building has become a symbol: "a place where good laws go to die in committee."',
    # a capitalised word that is no place or date in the sentence before
    'The talks ended at the Sheraton. "Nobody left the room with anything they came for."',
    # a quote ending its paragraph, and a person in the next paragraph's first sentence
    '"Nobody can plan a harvest when the canals run dry every summer."\n\n'
    "That was the complaint Nadia Farouk took to the minister.",
]


@pytest.mark.parametrize("body", DOUBTFUL)
def test_anything_near_the_quote_that_could_speak_makes_it_doubtful(body: str) -> None:
    assert "Q101" not in codes(body)


@pytest.mark.parametrize(
    "body",
    [
        # nothing near could speak: a place governed by "in", a place coordinated with a known one, a month
        'Prices rose in Mosul in March. "Nobody can plan a household budget when bread doubles in a year."',
        'Ties between Baghdad and Erbil were described as "the worst they have been since the referendum."',
        # "they" with no person before it is no speaker
        'The sanctions were meant to be "targeted, temporary and reversible for every sector," but they remain.',
    ],
)
def test_nothing_near_that_could_speak_stays_an_error(body: str) -> None:
    assert codes(body) == ["Q101"]


# ----- vague attribution ---------------------------------------------------------------------------

VAGUE = [
    ("Some officials say the plan cannot be financed.", "Some officials say"),
    ("Output fell at several plants—and some officials say that is the problem.", "some officials say"),
    ("A number of officials believe the tender was rigged.", "A number of officials believe"),
    ("People familiar with the talks expect a deal by June.", "People familiar with"),
    ("Regional officials warn that the aid will not last the winter.", "officials warn"),
    ("Many Iraqis blame the ministry for the outages.", "Many Iraqis blame"),
    ("Observers suspect the figures were revised before the vote.", "Observers suspect"),
    ("There is a widespread sense that the election was decided in advance.", "There is a widespread sense that"),
    ("There are indications that the ceasefire is fraying.", "There are indications"),
    ("It is widely believed that the governor will resign.", "It is widely believed"),
    ("It has been reported that the contract was cancelled.", "It has been reported"),
    ("The reform has long been seen as a test of the coalition.", "seen as"),
    ("Accusations are now being made against the port authority.", "Accusations are now being made"),
    ("The result was claimed by officials as a victory for the reformers.", "by officials"),
    ("The vote was criticized by Western governments as neither free nor fair.", "by Western governments"),
    ("Online speculation points to a dispute over the contract.", "speculation points to"),
]


@pytest.mark.parametrize(("body", "phrase"), VAGUE)
def test_vague_attributions_in_their_forms(body: str, phrase: str) -> None:
    found = lint(FRONT + "\n" + body + "\n", select=["Q102"])
    assert len(found) == 1, found
    assert phrase.lower() in found[0].message.lower()


NOT_VAGUE = [
    "The officials said the plan cannot be financed.",  # definite: those named before
    "Two diplomats said the talks would resume.",  # counted
    "Treasury officials said the auction would continue.",  # a named body's people
    "Some Members of Congress have debated the issue at length.",  # a named body's members
    "Critics, including Senator Dana Ruiz, argue the plan is unaffordable.",  # named
    "Analysts at the central bank expect inflation to ease [@survey-2025].",  # cited in its clause
    "Many disputes between the provinces remain unresolved.",  # "disputes" is a noun here
    "It appears that the reform has stalled.",  # the author's own hedge
    "The concert was opposed by conservative politicians.",  # an act, not a claim
    "> Some western media even criticize the channel for its coverage.",  # a block quote: another's words
]


@pytest.mark.parametrize("body", NOT_VAGUE)
def test_near_misses_are_not_vague(body: str) -> None:
    front = FRONT.replace(
        "    title: Address to the House of Representatives on water security\n",
        "    title: Address to the House of Representatives on water security\n"
        "  - id: survey-2025\n    title: Household survey\n",
    )
    assert lint(front + "\n" + body + "\n", select=["Q102"]) == []


def test_a_citation_covers_only_its_own_clause() -> None:
    cited = "Analysts expect inflation to ease [@minister-speech], but the ministry disputes this."
    uncited = "The ministry expects inflation to ease [@minister-speech], but analysts say it will rise."
    assert codes(cited, "Q102") == []
    assert codes(uncited, "Q102") == ["Q102"]


# ----- not quotes to attribute ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'The bill, titled "Water Security for the Northern Provinces," passed in May.',
        'The so-called "one window for every permit" reform has been slow to start.',
        'The ministry now speaks of "strategic" reserves.',
    ],
)
def test_titles_terms_and_scare_quotes_are_not_quotes(body: str) -> None:
    assert codes(body) == []


# ----- Q107 and Q108 on real shapes ------------------------------------------------------------------


def test_a_quotation_of_a_list_is_balanced() -> None:
    body = (
        "The agency's notice set out three rules:\n\n"
        '- "Projects that have started construction will be completed.\n'
        "- Projects that have not started will end.\n"
        '- Phased projects will be reviewed one by one."\n'
    )
    assert lint(FRONT + "\n" + body, select=["Q107"]) == []
    unclosed = body.replace('one by one."', "one by one.")
    assert [f.code for f in lint(FRONT + "\n" + unclosed, select=["Q107"])] == ["Q107"]


def test_a_title_in_the_summary_need_not_be_quoted_in_the_body() -> None:
    brief = FRONT.replace(
        "but only if tariffs protect poor households.", "but only if the 'Water For Every Home' plan is funded."
    )
    assert lint(brief + "\nThe plan is new.\n", select=["Q108"]) == []


# ----- speed: linear in citations and quotes ----------------------------------------------------------


def test_a_paragraph_with_many_citations_and_quotes_stays_linear() -> None:
    def run(n: int) -> float:
        sentence = 'Output rose [@minister-speech] and the minister said "prices will fall again next year." '
        body = "\n" + sentence * n + "\n"
        t0 = time.process_time()
        lint(FRONT + body, select=["Q101", "Q102"])
        return time.process_time() - t0

    run(50)  # compile the expressions first: the first run of a process pays for them
    small, big = min(run(200) for _ in range(3)), min(run(1600) for _ in range(3))  # the least disturbed of three
    assert big < 8 * small * 2.5, (small, big)  # 8 times the text: far less than 64 times the time


def test_a_block_quote_introduced_by_a_question_ending_in_a_colon_is_attributed() -> None:
    body = (
        "How did Amina Wanjiru become [a farmer who blogs?](https://example.org/about):\n\n"
        "> I started the blog to tell someone about my harvests, my losses and my mistakes, "
        "and to ask other farmers what they would have done.\n"
    )
    assert codes(body) == []


def test_a_statement_announced_then_quoted_over_several_paragraphs_is_attributed() -> None:
    # a press release: "X issued the following statement", then paragraphs each wholly in their own marks
    body = (
        "The committee's chair, Dana Whitfield, issued the following statement on the report. It was "
        "published on Monday.\n\n"
        "\"The response sets the record straight. Every figure in the ministry's report was checked and three "
        'of them were wrong."\n\n'
        '"Not only does the report promise growth it cannot show, it ignores the cost of the drought and the '
        'debt the provinces carry."\n\n'
        '"Hearings on each of these points will be held before the budget is voted in the spring."'
    )
    assert codes(body) == []
    # twin: after a paragraph that announces nobody's words, the quoted paragraphs that follow the first
    # (doubtful by the safety net) borrow nothing and stay errors
    unsourced = body.replace(
        "The committee's chair, Dana Whitfield, issued the following statement on the report. It was "
        "published on Monday.",
        "Heavy rain fell across the northern provinces on Monday.",
    )
    assert codes(unsourced) == ["Q101", "Q101"]
