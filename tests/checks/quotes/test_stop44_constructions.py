"""Q102's general constructions of stop 44, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 44"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a passive of blame names its judge in the sentence before only if that sentence judges someone else": [
        # other acts, or the one blamed as the subject before: nobody who blames is named
        ("Under General Sani Abacha, violence continued. Abacha was accused of abuses.", ["accused of"]),
        (
            "The Communist Party has led the country since 2001. The president has been criticized for it.",
            ["criticized for"],
        ),
        ("Leopold was widely condemned. Later he was praised for staying.", ["condemned", "praised for"]),
        ("Leopold was widely condemned. The king was praised for staying.", ["condemned", "praised for"]),
        ("A report by the UNODC praised Sweden. The UNODC report has been criticized as biased.", ["criticized"]),
        # an active verb of judging or opposing, by a name or a role, of someone else: the judge
        ("FPI often campaigns against concerts. Lady Gaga was accused of blasphemy.", []),
        ("The union condemned the deal. The minister was accused of lying.", []),
        ("The ombudsman criticised the ministry. Its director was blamed for the delays.", []),
    ],
    "reports that a record holds as its own content": [
        ("The logs contain numerous reports of previously unknown events.", []),
        ("The file contains reports that the prisoners were beaten.", []),
        ("The logs led to news reports of previously unknown events.", ["reports of"]),
        ("There were reports of previously unknown events.", ["There were reports"]),
    ],
    "a quantified crowd named by a nationality or region, not a named body's members": [
        (
            "Some Israeli and Palestinian thinkers have argued that a bi-national state is best.",
            ["Some Israeli and Palestinian thinkers have argued"],
        ),
        ("Most Western countries expressed concern.", ["Most Western countries expressed concern"]),
        ("Some NUM members considered it unconstitutional.", []),
        ("Some Members of Congress have asserted that the plan fails.", []),
        ("Some Labour MPs said the plan was wrong.", []),
    ],
    "a place's name before a reduced relative passive is no judge": [
        ("He was held at a centre in Ahvaz believed to be under the control of the IRGC.", ["believed to be"]),
        ("The bill Smith derided as a tax grab passed.", []),
        ("The bill that Smith derided as a tax grab passed.", []),
    ],
    "any adverb in -ly after a crowd's auxiliary": [
        (
            "Critics have alternately described it as an example of communist chic.",
            ["Critics have alternately described"],
        ),
        ("Many family members say it is fine.", ["Many family members say"]),
        ("Critics have alternately visited the site.", []),
    ],
    "a claim disputed by nobody in the impersonal passive, an aside before its clause": [
        ("It has been disputed, however, that the voyage actually took place.", ["It has been disputed"]),
        ("It was said, however, that he left.", ["It was said"]),
        ("It was contested by the mayor that he left.", []),
    ],
    "polling as research that nobody did": [
        ("As of February 2025, polling shows the majority of Americans oppose renaming.", ["polling shows"]),
        ("Gallup polling shows the majority oppose it.", []),
        ("Polling by Gallup shows the majority oppose it.", []),
    ],
    "a year before a relative clause's crowd counts nobody": [
        (
            "Elections were held in December 2016 that observers generally considered to be free.",
            ["observers generally considered"],
        ),
        ("Two observers said it was free.", []),
        ("Two senior observers said it was free.", []),
    ],
    "reports of a role that is what they are about, not who made them": [
        ("Reports of officials complicit in human trafficking continued.", ["Reports of"]),
        ("In response to allegations of government interference in religion, officials met.", ["allegations of"]),
        ("Reports of investigators that the camp was closed were denied.", []),
    ],
    "hearsay set against a crowd's view is another source's": [
        ("The elections were seen as generally free and fair, despite reports of violence.", ["seen as", "reports of"]),
        (
            "The agency was criticised by academics and politicians due to allegations of false figures.",
            ["by academics"],
        ),
        ("The vote met most commitments, although observers noted allegations of vote buying.", ["observers noted"]),
    ],
    "'including' before a verb's words names no member": [
        (
            "ACM was criticised over various practices, including failing to staff the Centre adequately.",
            ["criticised"],
        ),
        ("Critics, including former Senator Jane Smith, say the plan fails.", []),
        ("Critics, including the Senate's leader, say the plan fails.", []),
    ],
    "a subject's own raising verb after 'and' and an adverb is no passive": [
        ("Einhorn took part in 1970, and later claimed to have been instrumental.", []),
        ("The event was a success, and is widely claimed to have changed the city.", ["claimed to have"]),
    ],
    "a crowd at a body named with its capitalised article": [
        ("Writers at The Guardian suggested that he targeted Cox.", []),
        ("Writers in Britain suggested that he targeted Cox.", ["Writers in Britain suggested"]),
    ],
    "a finding set against a crowd's view answers nothing": [
        (
            "Some observers claimed the crowd chanted slogans, although a later analysis by police found otherwise.",
            ["Some observers claimed"],
        ),
        ("Many Americans say the economy is weak, a new survey shows.", []),
        ("Many Americans say the economy is weak. The study found that most blame inflation.", []),
    ],
    "an idea floated by a crowd": [
        ("Sindhudesh is a concept floated by some Sindhi nationalists in Pakistan.", ["by some"]),
        ("The idea was floated by the minister.", []),
    ],
    "a camp a possessive pronoun names, none of its members": [
        ("His supporters claimed that the large following was a mandate.", ["supporters claimed"]),
        ("Her critics have accused her of censorship.", ["critics have accused"]),
        ("Zelaya and his supporters claim that he was modernising.", []),
        ("The critics say the plan fails.", []),
    ],
    "mockery closing its clause, and credit from a crowd": [
        ("The film was widely ridiculed.", ["ridiculed"]),
        ("The film was ridiculed by the minister.", []),
        ("Children mocked him in the street.", []),
        ("The campaign is credited by some as pressuring the government.", ["by some"]),
        ("The campaign is credited by the minister as pressuring the government.", []),
    ],
    "a work's reviews from a crowd": [
        ("The film received mixed reviews from critics.", ["reviews from critics"]),
        ("The film received reviews from the New York Times.", []),
        ("The agency conducted reviews from 2010 to 2015.", []),
    ],
    "hearsay after a passive with no holders, and in an absolute clause": [
        (
            "The coup is often cited as an example, with Obote reportedly favoring those from his group.",
            ["often cited as", "reportedly"],
        ),
        ("The minister showed photos of the troops reportedly crossing the border.", []),
        ("The agency was criticised by academics due to allegations of false figures.", ["by academics"]),
    ],
    "a place's name with its own particle is still the scope's": [
        ("NGOs in Rio de Janeiro questioned whether the victims lived there.", ["NGOs in Rio de Janeiro questioned"]),
        ("In a letter to tribal leaders across the nation Smith noted that he received letters.", []),
    ],
    "a raising passive of speculation or suspicion before another verb": [
        ("Corporate surveillance has been speculated to occur.", ["speculated to occur"]),
        ("The virus is suspected to have spread from bats.", ["suspected to have"]),
        ("He speculated to reporters about the vote.", []),
    ],
    "considered with a participle that judges": [
        ("Such weapons are considered destabilizing.", ["considered"]),
        ("The ad was considered misleading.", ["considered"]),
        ("He considered running for office.", []),
    ],
    "a name cited as one is its use, not a view": [
        ("Hence, it is often cited as the De-MIRV-ing Agreement.", []),
        ("It is often cited as an example of failure.", ["often cited as"]),
    ],
    "the agent of another participle on the way is not the passive's": [
        ("It was considered one of the most controversial laws passed by the National Diet.", ["considered"]),
        ("The plan was condemned by the UN.", []),
        ("The plan was seen as a failure by the Treasury.", []),
    ],
}


def test_a_label_renamed_is_no_quote_to_attribute() -> None:
    """Set 354: a form's label changed to a new one, in marks."""
    body = 'The occupation of priest was changed to "servitor of a cult" in the census forms.'
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []
    body = 'The party was renamed "Forward Together" in 2019.'
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []
    body = 'The results came in at midnight, and "we have lost the vote tonight and we know it" was all that mattered.'
    assert len(reported(FRONT + "\n" + body + "\n", "Q101")) == 1


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_44_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_sets_336_to_358_after_their_constructions() -> None:
    """Sets 336-358 (English Wikipedia on whistleblowers, extraditions, assassinations, separatism, monuments, hunger
    strikes, sanctions, election interference, vaccination, border walls, surveillance, tobacco and gambling, arms
    control, national symbols, antitrust, pardons, censuses, expropriations, defections, restitution claims and
    public-sector strikes; Voice of America on Central America and the Caribbean; the Congressional Research Service
    on trade and the economy), labelled blind in five batches; Q102 finds 96 of the 195 labelled with 8 false alarms
    (first sight, at the stop's start: 86, with 12; see docs/accuracy.md, "Stop 44")."""
    tp, fp = q102_sums_read_in_page(336, 358)
    assert tp >= 96 and fp <= 8, (tp, fp)
