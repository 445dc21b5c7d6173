"""Q102's general constructions of stop 42, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 42"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "censure of a target, when an adjective makes the critics a crowd": [
        (
            "The breach prompted widespread criticism of Yahoo for its delayed response.",
            ["prompted widespread criticism"],
        ),
        ("The move drew international condemnation of the junta.", ["drew international condemnation"]),
        ("The report drew sharp criticism of officials.", []),  # the report's own criticism, perhaps
        ("It drew widespread criticism from the mayor.", []),
    ],
    "censure fallen under, and a passive of blame after it with no accuser before": [
        ("The government's response fell under heavy criticism.", ["fell under heavy criticism"]),
        (
            "The response fell under heavy criticism. Local officials were accused of failing to prepare.",
            ["fell under heavy criticism", "accused of"],
        ),
        ("The plan falls under the ministry's remit.", []),
        ("FPI often campaigns against concerts. Lady Gaga was accused of blasphemy.", []),
    ],
    "judging where the judges were and nothing of who": [
        ("It used the national textbook series, which has been criticized elsewhere in China.", ["criticized"]),
        ("The drug war has been criticized locally and internationally for the deaths.", ["criticized"]),
        ("The government was criticized on social media for the delay.", ["criticized"]),
        ("The series has been criticized in China.", []),
        ("He was criticized online by his rivals.", []),
    ],
    "sources or officials by their kind or side after 'according to'": [
        ("According to independent sources, India held its own.", ["According to independent sources"]),
        ("According to security officials, he fled.", ["According to security officials"]),
        ("According to government estimates, 187 people were killed.", []),
        ("According to police reports, 3,900 deaths were legal operations.", []),
        ("According to officials at the Ministry of Health, 12 died.", []),
    ],
    "uncited evidence that exists, with what it shows": [
        (
            "There is much scientific evidence to indicate that the hoard was acquired in the 1970s.",
            ["There is much scientific evidence to indicate"],
        ),
        ("There is evidence that the threat was increasing.", ["There is evidence that"]),
        ("There is no evidence that homeopathy works.", []),
        ("There was little evidence to suggest a plot.", []),
    ],
    "reports with a participle saying what they say": [
        (
            "He died in November 2009, with reports indicating he was beaten by guards.",
            ["reports indicating"],
        ),
        ("He died, with the coroner's reports indicating he was beaten.", []),
        ("The agency published reports indicating that growth slowed.", []),
    ],
    "an agentless blame laid on someone": [
        ("The burning of forests is blamed on the plantations.", ["blamed on"]),
        ("This death can be blamed on social media.", []),  # the author's own modal judgement
        ("The attacks have been blamed on the Russian government, according to Reuters.", []),
    ],
    "a raising participle after its noun": [
        ("They found a man said to be the leader.", ["said to be"]),
        ("He blamed a curse believed to afflict those who handle it.", ["believed to afflict"]),
        ("The minister said to expect delays.", []),  # telling a hearer what to do
        ("The spokesman said to reporters that it failed.", []),
        ("Authorities limited those the government believed to be engaged in politics.", []),  # its subject is named
        ("The office released a list of films the office believed to violate the Act.", []),
    ],
    "a verb of judging with no object before its predicate is the judged noun's participle": [
        ("It imposes sanctions on Russian officials deemed responsible for the death.", []),
        ("Critics deemed it a failure.", ["Critics deemed"]),
        ("Many deemed the plan unworkable.", ["Many deemed"]),
        ("Elections that observers considered free and fair were held.", ["observers considered"]),
    ],
    "a verb of judging after an auxiliary keeps its passive reading": [
        (
            "Suspects such as Khrushchev and several others who were deemed responsible were never tried.",
            ["others who were deemed"],
        ),
    ],
    "a list of groups in commas before their verb": [
        (
            "Several supporters, journalists, and political figures disputed the story of fan disorder.",
            ["supporters, journalists, and political figures disputed"],
        ),
        ("Analysts, diplomats and activists say the vote was rigged.", ["Analysts, diplomats and activists say"]),
        ("Some residents, shops, and offices were damaged.", []),
        ("Many students, teachers and parents marched.", []),
    ],
    "sharing a clause": [
        ("Others also shared that this year's strain is deadlier.", ["Others also shared"]),
        ("Many shared the concern.", []),
        ("Residents shared photos of the flood.", []),
    ],
    "a name in commas after a scope's place noun or a person's title": [
        (
            "Residents in Ivory Coast's commercial capital, Abidjan, say fighting has left four dead.",
            ["Residents in Ivory Coast's commercial capital, Abidjan, say"],
        ),
        (
            "Supporters of incumbent Ivorian president, Laurent Gbagbo, say they are ready to fight.",
            ["Supporters of incumbent Ivorian president, Laurent Gbagbo, say"],
        ),
        ("Officials of the ruling party, ZANU-PF, say the vote was fair.", []),  # the body's people
        ("Critics of the plan, Smith and Jones, say it fails.", []),
        ("to tribal leaders across the nation Smith noted the cost.", []),  # a name that is the verb's subject
    ],
    "the agent of another participle after a participle of opinion": [
        (
            "Five students who are believed to be detained by Iranian authorities remain missing.",
            ["believed to be"],
        ),
        ("The plan was criticized by Western governments.", ["by Western governments"]),
    ],
    "learned or campaigning people as the agent of a passive of judging, unless one is named right after": [
        ("The 1977 amnesty has been criticized by scholars for its reach.", ["by scholars"]),
        ("The witnesses were questioned by lawyers.", []),
        ("The book was written by historians.", []),
        ("Funds were raised by activists.", []),  # campaigners act: not listed
        (
            "It recalled the ambivalence expressed by critics – Dédé Oetomo, a founder, said there was none.",
            [],
        ),
        ("It recalled the ambivalence expressed by critics.", ["by critics"]),
    ],
    "concern as a mass noun growing, a two-word country before officials, a fact 'well known'": [
        ("Concern is growing that the violence will spread.", ["Concern is growing that"]),
        ("The main concern is growing debt.", []),
        ("United States officials say the violence shows progress.", ["officials say"]),
        ("United Nations officials say the violence shows progress.", []),  # a body's people
        ("It was well known that he feared agents.", ["It was well known"]),
        ("It was already clear that the plan failed.", []),
        ("The plasma trade was seen by locals as a way out of poverty.", ["by locals"]),
        ("The road was built by locals.", []),
    ],
    "censure garnered, and one press report after 'according to'": [
        ("The protests garnered international condemnation.", ["garnered international condemnation"]),
        ("The film garnered praise.", []),
        ("According to a media report, the government had declined a request.", ["According to a media report"]),
        ("According to a local source, the government had declined.", []),  # one source: a person
    ],
    "an impersonal passive inside a document a relative names": [
        ("Documentation was provided in which it was stated that it had been found in Lebanon.", []),
        ("It was stated that it had been found in Lebanon.", ["It was stated"]),
        ("The plan, which it was claimed would save money, failed.", ["it was claimed"]),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_42_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def q101(body: str) -> list[str]:
    """The text of each Q101 finding's span, as the file is written."""
    return reported(FRONT + "\n" + body + "\n", "Q101")


def test_a_list_after_a_named_speakers_colon_is_that_speakers_words() -> None:
    """Set 287: "the Japanese government acknowledged that:", then its findings item by item, each in its marks."""
    lead = "In the Kono Statement, the Japanese government acknowledged that:\n\n"
    items = (
        '- "The military was, directly or indirectly, involved in the management of the stations."\n'
        '- "In many cases they were recruited against their own will, through coaxing, coercion, etc."\n'
        '- "They lived in misery at comfort stations under a coercive atmosphere."'
    )
    assert q101(lead + items) == []
    # no speaker before the colon: the items are no one's
    assert len(q101("The findings were these:\n\n" + items)) == 3


def test_sets_261_to_295_after_their_constructions() -> None:
    """Sets 261-295 (Voice of America on West Africa, Central Asia and the Americas; the Congressional Research Service
    on economic, trade, budget, agriculture and energy policy; the GAO's report highlights; the House of Commons
    Library on home affairs, justice, health, housing and education; Global Voices of 2010-2019; Wikinews of 2006-2015;
    Wikipedia on drug wars, maritime and border incidents, constitutional crises, cultural property, sanctions,
    migrant-worker abuses, disaster responses, arms deals, food safety, nationalisations, student protests, police and
    intelligence scandals, pollution disputes, pardons and truth commissions, broadcasting controversies, local
    electoral fraud, megaprojects, hospital scandals, transnational repression, offshore leaks, memory laws,
    defections, price protests, crowd disasters, technology regulation, blasphemy cases and colonial reparations),
    labelled blind in seven batches: no false Q101 error, each passage read alone or after the one before it from its
    page (first sight: four, set 287's list of a statement's findings); Q102 finds 226 of 383 with 32 false alarms,
    each passage read alone (first sight, at the stop's start: 202, with 34). Since stop 43's readings, 227 with 32
    (test_stop43_constructions.py)."""
    tp, fp = q102_sums_read_in_page(261, 295)
    assert tp >= 228 and fp <= 32, (tp, fp)
