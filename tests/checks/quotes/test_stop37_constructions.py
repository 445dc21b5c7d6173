"""Q101's and Q102's general constructions of stop 37, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 37"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "'several' people who hold no office are a crowd; office holders are counted": [
        ("Several residents said the water smelled of diesel.", ["Several residents said"]),
        ("The vote was rigged, several Armenian journalists said.", ["several Armenian journalists said"]),
        ("Several local farmers say the rains failed.", ["Several local farmers say"]),
        ("Several governors said they would not comply.", []),
        ("Several officials said the deal is dead.", []),
        ("He has several times said the deal is dead.", []),
        ("Several of them said the deal is dead.", []),
    ],
    "a crowd's foes are people": [
        (
            "Advocates say it helps families, foes maintain that it will hurt schools.",
            ["Advocates say", "foes maintain"],
        ),
        ("His foes said he lied.", []),
    ],
    "an adverb of earlier time between the crowd and its verb": [
        ("Critics previously said the plan would fail.", ["Critics previously said"]),
        ("Analysts initially believed the deal was dead.", ["Analysts initially believed"]),
        ("Some experts earlier warned of a crash.", ["Some experts earlier warned"]),
    ],
    "a field's noun opening the sentence is no body's name": [
        ("Business leaders warned that the plan is unfair.", ["leaders warned"]),
        ("Union leaders claim that teachers are tired.", ["leaders claim"]),
        ("Intelligence officials said the plot was foiled.", ["officials said"]),
        ("Treasury officials said the plan would fail.", []),
        ("Kremlin officials said the plan would fail.", []),
    ],
    "'with' a crowd and a participle is an absolute clause": [
        ("The notion proved contentious, with critics charging that governments exploited it.", ["critics charging"]),
        ("He met with critics speaking at the event.", []),
        ("The plan passed with critics of the bill absent.", []),
    ],
    "a body's initials in parentheses stand after its name": [
        ("Cases passed one million, Johns Hopkins University (JHU) data indicated.", []),
        ("Recent data indicated a rise in cases.", ["data indicated"]),
    ],
    "a crowd or a hearsay passive inside what a named speaker reports with 'that'": [
        (
            "Dan Cook, the senior market analyst at IG Markets, said that the Dow's descent is worrisome since, "
            "without that level of support, investors may worry that the markets can fall further.",
            [],
        ),
        (
            "The Center for Global Development wrote that excess deaths in India are believed to number 4 million.",
            [],
        ),
        # the writer's own clause after the report, and a sentence after its quoted report, stay the writer's
        ("The minister said that the plan works, but critics argue it fails.", ["critics argue"]),
        (
            'Leila Khalil wrote that "security and prosperity are two sides of one coin." Observers say the '
            "government has little room.",
            ["Observers say"],
        ),
    ],
    "evidence a named finder found is the finder's": [
        ("As police found a body Wikinews found evidence suggesting the media had been caught out.", []),
        ("In March the GAO found evidence suggesting fraud.", []),
        ("Researchers found evidence suggesting the media had been caught out.", ["evidence suggesting"]),
    ],
    "'not widely' denies common knowledge; 'widely' judges": [
        ("The purpose of the fund is not widely understood.", []),
        ("The plan is widely seen as a failure.", ["widely seen"]),
        ("However, the effects of the fund have been widely debated.", ["widely debated"]),
        ("The law has been widely disputed.", ["widely disputed"]),
        # before its noun a judgement describes it (stop 35)
        ("Protests led to widely condemned arrests.", []),
        ("It is widely accepted that the economy is weak.", ["It is widely accepted"]),
        # acceptance as a description, and a judgement a named body made
        ("It employs a well-tested, widely accepted theory of warfare.", []),
        ("The plan was widely accepted by the Board.", []),
    ],
    "an ongoing opinion in an adjunct": [
        (
            "Despite ongoing speculation that more funds could be used, no takeover occurred.",
            ["Despite ongoing speculation that"],
        ),
        ("Despite ongoing talks, no deal was reached.", []),
    ],
    "a stance taken in words, after 'been' or 'remain'": [
        (
            "Some environmental economists have been critical of the protocol.",
            ["Some environmental economists have been critical"],
        ),
        (
            "Opponents of the Act have been quite vocal in asserting that it was rushed.",
            ["Opponents of the Act have been quite vocal"],
        ),
        ("Many remain unconvinced that the plan works.", ["Many remain unconvinced"]),
        ("Many critics remain in prison.", []),
        ("Some have been critical to the effort.", []),
    ],
    "'there are' people 'who' hold a view": [
        (
            "There are also economists who believe that a different approach is needed.",
            ["There are also economists who"],
        ),
        ("There are workers who died in the fire.", []),
        ("There are politicians who have lied.", []),
    ],
    "arguments and assertions made by nobody": [
        ("Arguments are also made that the war is unwinnable.", ["Arguments are also made"]),
        ("Arguments were made by the defence that the law is void.", []),
    ],
    "a people's name is a crowd": [
        ("South Africans say they are excited about the coalition.", ["South Africans say"]),
        ('"It works," Councilmember Rob Dorans said.', []),
        ("Republicans say the bill is bad.", []),
    ],
    "the perspective of a debate's camp": [
        ("For supporters, the election was about saving programs.", ["supporters,"]),
        ("To critics, the election was a sham.", ["critics,"]),
        ("For investors, the risk is high.", []),
    ],
    "everyone's consensus, claimed or denied": [
        ("But not everyone thinks the program will work.", ["everyone thinks"]),
        ("Everyone agrees that the program will work.", ["Everyone agrees"]),
        # a dissenter named in the next sentence is the source the reader needs
        (
            "However, not everyone agrees with the decision. Videoblogger Daniel Fraga argues in a video that it is "
            "unfair.",
            [],
        ),
        (
            "But not everyone is convinced. According to Jean Christophe Schwaab, a member of parliament, it will "
            "fail.",
            [],
        ),
    ],
    "the accounts of unnamed witnesses and the news": [
        (
            "On Sunday, according to witness accounts and authorities, a man entered a store.",
            ["according to witness accounts"],
        ),
        ("According to news reports, the talks failed.", ["According to news reports"]),
        ("According to witness testimony at the trial, he fled.", []),
    ],
    "an adverb of time inside a passive of blame": [
        ("Qawi was later accused of inciting the murder, which he denied.", ["accused of"]),
        ("Qawi later accused the cleric of inciting the murder.", []),
    ],
    "'hold' is a view only with what is held true": [
        ("Egyptian officials are holding separate talks with both delegations.", []),
        ("Critics hold that the plan fails.", ["Critics hold"]),
        ("Some held the minister responsible for the crash.", ["Some held"]),
    ],
    "'call' with a proper name names or summons": [
        ("They include the Affordable Care Act, which many call Obamacare.", []),
        ("Lawmakers called Zuckerberg to testify after he admitted mistakes.", []),
        ("Critics called the plan a sham.", ["Critics called"]),
        ("Many call Putin a dictator.", ["Many call"]),
    ],
    "a participle of naming and a proper name": [
        ("In 1987, 13 farmers were killed. Dubbed as the ‘Mendiola Massacre’, it became a symbol.", []),
        ("The plan was dubbed a failure.", ["dubbed"]),
    ],
    "criticisms and feelings voiced by nobody named": [
        ("On the left, there were criticisms that the stimulus was watered down.", ["there were criticisms"]),
        ("Many observers expressed hope that the deal would hold.", ["Many observers expressed hope"]),
        ("There were criticisms from the IMF that the stimulus was small.", []),
    ],
    "research whose survey the next sentence names": [
        (
            "Surveys of economists show agreement that the stimulus reduced unemployment. In a 2014 IGM Forum "
            "survey, only one economist disagreed.",
            [],
        ),
        (
            "Surveys of economists show agreement that the stimulus reduced unemployment. In a survey, only one "
            "economist disagreed.",
            ["Surveys of economists show"],
        ),
    ],
    "reports with their verb, and 'By reports' as 'reportedly'": [
        ("Reports alleged fireworks were used.", ["Reports alleged"]),
        ("Reports claimed fireworks were used.", ["Reports claimed"]),
        ("By reports he secured five of the six delegates.", ["By reports"]),
        ("He was hit by reports of fraud.", []),
    ],
    "agreeing to act is a decision, not a view": [
        ("Ministers from OPEC's member states agreed to produce a limit of 28.8 million barrels.", []),
        ("Many residents hope to return home.", []),
        ("Many economists agreed that the plan fails.", ["Many economists agreed"]),
        ("Critics agreed to the terms of the plan.", ["Critics agreed"]),
    ],
    "a project's backers, and red flags raised": [
        ("The project's backers say it will usher in development.", ["backers say"]),
        ("Civil society organizations have raised red flags again.", ["organizations have raised red flags"]),
    ],
    "the words a colon gives after a named speaker": [
        (
            "Marcos Miony wanted to know about the scandal:\n\nWhen can clarity be expected, as it is suspected that "
            "the delay comes from him?",
            [],
        ),
        ("Here are the key points:\n\nCritics say the plan fails.", ["Critics say"]),
        ("These are the numbers for the workers in the region:\n\nCritics say the plan fails.", ["Critics say"]),
    ],
    "criticism faced, many times over": [
        ("The Fed has faced various criticisms since its creation.", ["faced various criticisms"]),
        ("Reports quoted officials as saying that 12 soldiers died.", ["Reports quoted"]),
    ],
    "a named person's critics, and what a named speaker said without 'that'": [
        ("According to Johnson's critics, the move is a coup.", ["According to Johnson's critics"]),
        (
            "Kerry said the two nations, the biggest polluters, long have been regarded as the leaders of the camps.",
            [],
        ),
        # "states" is a noun as often as a verb: only with "that" does it report
        (
            "The relationship the neighbor states can build is thought to be of concern to many Canadians.",
            ["thought to be"],
        ),
    ],
    "saying no to something, and concerns that have also been raised": [
        ("Nigerian women say no to violence.", []),
        ("Critics say no one reads the report.", ["Critics say"]),
        ("There have also been concerns that the plan fails.", ["There have also been concerns that"]),
    ],
    "batch 5: a dispute in the passive, a people's media, and what sanctions are concerned with": [
        ("The effects of the sanctions on the civilian population have been disputed.", ["disputed"]),
        ("The results were disputed by the opposition.", []),
        ("According to Ukrainian media, the convoy was heading towards Izvaryne.", ["According to Ukrainian media"]),
        ("Currently, many sanctions are concerned with the nuclear programme.", []),
        ("Many residents are concerned that the plan fails.", ["Many residents are concerned"]),
    ],
    "batch 6: people accused of crimes, a class the law names": [
        ("The law would have let the government extradite people accused of crimes from Hong Kong.", []),
        ("The law would let it remove people who had been accused of crimes from Hong Kong.", []),
        ("The minister was accused of crimes against the state.", ["accused of"]),
        # a singular verb before "to" has one subject, no crowd
        ("From what little is known, Iran wants to agree on the target of the talks.", []),
    ],
    "a crowd's reaction as the object of a verb of feeling": [
        ("The e-democracy experiment disappointed many, however.", ["disappointed many"]),
        ("Even the play's title offends some.", ["offends some"]),
        ("The state boosted teacher pay and upset a lot of teachers", ["upset a lot of teachers"]),
        ("The issue concerns many people.", []),
        ("The ruling angered some residents of Elm Street.", []),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_37_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_a_quote_alone_after_a_paragraph_that_reports_a_speaker_is_no_certain_error() -> None:
    """A quote alone in its paragraph after a paragraph whose first sentence reports a named speaker ("Ms. Gulliver
    explains that …", set 72) may be hers: doubtful, so not an error; after a paragraph of the writer's own it is."""
    reported_before = (
        "Ms. Gulliver explains that chemicals can form dangerous mixtures. Even simple minerals can become dangerous "
        'when mixed.\n\n"We are talking about everything from basic minerals like copper to the pesticides used in '
        'cosmetics and food wrappers."'
    )
    assert reported(FRONT + "\n" + reported_before + "\n", "Q101") == []
    writer = (
        "Chemicals can form dangerous mixtures. Even simple minerals can become dangerous when mixed.\n\n"
        '"We are talking about everything from basic minerals like copper to the pesticides used in cosmetics and '
        'food wrappers."'
    )
    assert len(reported(FRONT + "\n" + writer + "\n", "Q101")) == 1


def test_a_pronoun_reporting_speaker_before_a_quote_alone_is_found_back_in_its_paragraph() -> None:
    """'He says …' two sentences after the speaker's name, then a quote alone in its paragraph (set 93): the pronoun's
    speaker is read in the paragraph, so the quote may be his and is no certain error."""
    body = (
        "Punsri Abeywickrema is the founder of Cloud of Goods. He is from Sri Lanka. He says he has based his business "
        "on goods we do not use all the time. When they are not used, they can be rented.\n\n"
        "“The idea was, you know, there's a lot of resources that we all accumulated in our homes that are sitting "
        "idle, and how can we use this to make it better for everyone?”"
    )
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []


def test_sets_71_to_95_after_their_constructions() -> None:
    """Sets 71-95 (Wikinews, Voice of America, Global Voices, Wikipedia's criticism and reaction sections, six federal
    agencies), labelled blind in six batches: no false Q101 error when each passage is read after the one before it
    from its page (first sight: set 72's quote alone after a paragraph that reports its speaker; set 93's split from
    the paragraph whose "He says" introduces it is one only when the passage is read alone, as the scorer's others);
    Q102 finds 226 of 374 with 27 false alarms (first sight: 196, with 52)."""
    tp, fp = q102_sums_read_in_page(71, 95)
    assert tp >= 238 and fp <= 27, (tp, fp)
