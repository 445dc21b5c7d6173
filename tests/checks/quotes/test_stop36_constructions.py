"""Q102's general constructions of stop 36, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 36"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a quantifier's noun after 'a' is no singular head": [
        ("A lot of people say the rules are unfair.", ["lot of people say"]),
        ("A majority of economists believe the deficit will grow.", ["majority of economists believe"]),
        # a plural that modifies a singular head after "a" is still no subject
        ("They held a media call on Monday and an activists meeting on Tuesday.", []),
        ("It was a lot of work, as the minister said.", []),
    ],
    "those for a cause, and those who work for a body": [
        (
            "Proponents for the Keystone XL pipeline argue that it would create jobs.",
            ["Proponents for the Keystone XL pipeline argue"],
        ),
        ("Advocates for Medicare expansion argue it would save money.", ["Advocates for Medicare expansion argue"]),
        # researchers of a named university are its own; a demand for experts says nothing
        ("Researchers for Harvard University said the rally would fade.", []),
        ("The demand for experts says much about the market.", []),
    ],
    "the plural of an initialism is a kind of person": [
        ("Some DAs say prosecutors should keep a list of officers who lie.", ["Some DAs say"]),
        ("Many MPs believe the bill will fail.", ["Many MPs believe"]),
        # a named body's members stay named
        ("Some Members of Congress say the bill will fail.", []),
    ],
    "an adverb of time between the auxiliary and the verb": [
        (
            "A number of historians have since argued that the phrase is a myth.",
            ["A number of historians have since argued"],
        ),
        ("Critics have always said the plan would fail.", ["Critics have always said"]),
        # a date opens the clause; the crowd does something
        ("Since 2010 many people have moved to the city.", []),
    ],
    "a charge the writer calls false": [
        ("Between 2005 and 2019, parents were wrongly accused of making fraudulent claims.", []),
        ("Between 2005 and 2019, authorities wrongly accused 26,000 parents of fraud.", []),
        ("It concerns false allegations of fraud made by the tax office.", []),
        # a charge the writer does not judge stays with the crowd
        ("Critics accused the minister of lying.", ["Critics accused"]),
        ("Critics wrongly believe that the tax hurts the poor.", ["Critics wrongly believe"]),
    ],
    "claiming money or a right is a request": [
        ("It began with single people who were not claiming for the cost of their housing.", []),
        ("Militants claimed responsibility for the attack.", []),
        ("Many refugees claim asylum in Germany.", []),
        ("Some claim the benefits are too low.", ["Some claim"]),
        ("Critics claim credit is too tight.", ["Critics claim"]),
    ],
    "a quantifier after 'there is' determines a noun": [
        ("Fruit juices are usually excluded, though there is some debate on including them.", []),
        ("Some debate the merits of the tax.", ["Some debate"]),
        ("There are some who say the tax works.", ["There are some who"]),
    ],
    "a quantified noun after 'through' or 'during' is an object": [
        ("The Union has navigated through some transformative years characterised by crises.", []),
        ("During some meetings officials said the plan would fail.", ["officials said"]),
    ],
    "another name for a thing": [
        (
            "It was amended by the 2005 Act, sometimes referred to as the Workplace Relations Amendment Act 2005, "
            "that came into effect in 2006.",
            [],
        ),
        # a judgement in the name, or a namer in the crowd, stays reported
        ("The plan, often referred to as a tax grab, passed.", ["often referred to as"]),
        ("The plan, often referred to as Obamacare by critics, passed.", ["often referred to as"]),
    ],
    "a crowd's view inside what a named person says": [
        ("She also argued that Mexican officials see critical journalism as an affront.", []),
        ("Alejandra Ibarra said that many officials see critical journalism as an affront.", []),
        # a crowd that says it, or a crowd inside its words, stays vague
        ("Critics said that the law is unfair.", ["Critics said"]),
    ],
    "a named source in the clause": [
        (
            "The director is being accused of harassing five women, according to an investigation by journalist "
            "Catalina Ruiz-Navarro.",
            [],
        ),
        ("Organizations and academics denounced the threats last week, reported Spanish newspaper El País.", []),
        ("According to the World Bank, many economists believe the plan will fail.", []),
        # no one named, a place, or a source for another clause
        ("Critics say the plan will fail, according to reports.", ["Critics say", "according to reports"]),
        ("According to sources in Baghdad, the cabinet list is complete.", ["According to sources"]),
        (
            "Many economists believe the plan will fail, but according to the World Bank it will work.",
            ["Many economists believe"],
        ),
    ],
    "weighing a question is deliberation": [
        ("Research will inform policy as decisionmakers consider how to address these challenges.", []),
        ("Many consider the plan a failure.", ["Many consider"]),
    ],
    "a numbered note call in the clause cites it": [
        ("There is ample evidence showing that sweetened drinks are associated with disease [1-6].", []),
        ("Critics say the plan will fail [12].", []),
        ("Critics say the plan will fail.", ["Critics say"]),
    ],
    "a subject pronoun opens a clause of its own": [
        ("I knew there were so many things that I could say about the benefits of having a blog.", []),
        ("Some people say the plan will fail.", ["Some people say"]),
        ("Many of them say the plan will fail.", ["Many of them say"]),
    ],
    "a crowd asked about in a question": [
        ("Pathways to impact: what do Australian primary healthcare researchers believe works best?", []),
        ("Do economists believe the plan will work?", []),
        ("Critics do not believe the plan will work.", ["Critics do not believe"]),
    ],
    "the participle next to 'by' is an act's": [
        ("We work with communities who have historically seen their knowledge exploited by others.", []),
        ("The plan was perceived by many as a failure.", ["by many"]),
        ("The idea was rejected by some as unworkable.", ["by some"]),
    ],
    "a crowd's own clause after a comma and 'who'": [
        (
            "The reform faced opposition from parties, judicial workers and international organizations, who argued "
            "that it threatened judicial independence.",
            ["organizations, who argued"],
        ),
        ("Critics, who argued that it was unfair, protested.", ["Critics, who argued"]),
        # the clause says where they live: the verb after it is the crowd's
        ("Residents, who live near the plant, say the air is dirty.", ["Residents, who live near the plant, say"]),
    ],
    "censure received, with more of its adjectives": [
        ("Universal Credit has faced continuing criticism.", ["faced continuing criticism"]),
        ("The act attracted global criticism.", ["attracted global criticism"]),
        # its critics given
        ("The act attracted global criticism from rights groups.", ["criticism from rights groups"]),
    ],
    "a crowd's hope of what will be": [
        ("The reform was not as effective as observers had hoped.", ["observers had hoped"]),
        ("Officials hope that the talks will succeed.", ["Officials hope"]),
        # a wish to act, and hope the noun after a verb of the view
        ("Many residents hope to return home.", []),
        ("As more lawmakers become aware of it, some see some hope that the law will go.", ["some see"]),
    ],
    "allegations an inquiry or a hearing takes up": [
        ("The Court ordered a joint investigation team to inquire into allegations of money laundering.", []),
        ("A subcommittee hearing to discuss allegations of viewpoint discrimination at the broadcaster.", []),
        ("Originally a money laundering investigation, it expanded to cover allegations of corruption.", []),
        ("Amid allegations of fraud, the minister resigned.", ["allegations of"]),
    ],
    "another name, from a figure on": [
        (
            "The 1Malaysia Development Berhad scandal, often referred to as the 1MDB scandal or just 1MDB, is a "
            "conspiracy in which the fund was embezzled, with assets diverted by the perpetrators.",
            [],
        ),
    ],
    "several studies, no one's": [
        ("Several studies suggested that the change increases energy use.", ["studies suggested"]),
        ("Several studies by the Bank suggested that the change increases energy use.", []),
    ],
    "a view expressed with its clause": [
        (
            "Recently, many organisations and entities have expressed that changes are needed.",
            ["many organisations and entities have expressed"],
        ),
        ("Many organisations have expressed that changes are needed.", ["Many organisations have expressed"]),
        # a feeling or an act expressed; the concern phrase stays
        ("Many residents expressed their condolences to the families.", []),
        ("Officials expressed concern that changes are needed.", ["Officials expressed concern"]),
    ],
    "no talk is none held": [
        ("I realised that there is no talk of an inequality emergency, either globally or close to home.", []),
        ("There is little doubt that the plan failed.", []),
        ("There is talk of a snap election.", ["There is talk"]),
    ],
    "'For many,' as 'To many readers,'": [
        ("For many, the Indo-Pacific revolution is about cultivating India as a counterweight.", ["many,"]),
        # with a noun it says whom something befalls; time is no perspective
        ("For many people, that's already begun.", []),
        ("For many years, the plan failed.", []),
    ],
    "witnesses and citizens are people": [
        ("According to witnesses, police fired into the crowd.", ["According to witnesses"]),
        ("According to eyewitnesses, police fired into the crowd.", ["According to eyewitnesses"]),
        ("The witnesses said police fired into the crowd.", []),
    ],
    "hearsay in what a named speaker says": [
        (
            "Election monitors from the Organization for Security and Co-Operation in Europe (OSCE) said the vote "
            "was tainted by credible accusations of vote-buying.",
            [],
        ),
        ("Critics said the vote was tainted by accusations of vote-buying.", ["Critics said"]),
        ("The vote was tainted by accusations of vote-buying.", ["accusations of"]),
    ],
    "by some estimates": [
        ("By some estimates, the cost of the phase-out is high.", ["By some estimates"]),
        ("By the ministry's estimates, the cost of the phase-out is high.", []),
    ],
    "disagreeing about something is a dispute": [
        ("Labor rights groups and business groups disagree about that issue.", []),
        ("Many economists disagree that the plan will work.", ["Many economists disagree"]),
    ],
    "estimates that nobody made": [
        ("Estimates suggest 8000 migrants may be currently at sea in the region.", ["Estimates suggest"]),
        ("The ministry's estimates suggest that 8000 migrants are at sea.", []),
    ],
    "a charge levelled 'with' by the verb's subject": [
        ("Pro-government media continue to target Moscow with accusations of conspiracies against Turkey.", []),
        ("The talks ended with accusations of bad faith.", ["accusations of"]),
    ],
    "a titled speaker's words": [
        ("Dr. Okwo-Bele says that includes making sure people understand that many stories are not true.", []),
    ],
}


@pytest.mark.parametrize(("body", "phrases"), params(CONSTRUCTIONS))
def test_stop36_constructions(body: str, phrases: list[str]) -> None:
    assert q102(body) == phrases


def test_marks_mispaired_across_a_parenthesis_are_no_certain_quote() -> None:
    """A straight mark opened inside a parenthesis pairs with the next mark, sentences on: the "quote" closes a
    parenthesis it did not open, so which words are quoted is unknown, and Q101 (an error) stays silent (the
    stop's start reported the two sentences as an unattributed quote; Arabic round 31)."""
    body = (
        'The oil sold at "the benchmark plus 25 cents a barrel). Most trades in the oil market are done without any '
        'reference to the benchmark at all. The agency uses the average as "the world oil price."'
    )
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []
    # a parenthesis closed before the quote opens leaves the quote whole: credited to no one, it stays an error
    whole = (
        'The price was high (about 80 dollars a barrel). "Most trades in the oil market are done without any '
        'reference to the benchmark at all."'
    )
    assert reported(FRONT + "\n" + whole + "\n", "Q101") == [
        '"Most trades in the oil market are done without any reference to the benchmark at all."'
    ]


def test_an_excerpt_after_an_ellipsis_runs_on_from_the_one_before() -> None:
    """A paragraph that opens with "[...]" before its quote runs on from the excerpt before it, which a heading
    ending in a colon introduces (set 61's "KEY LETTER EXCERPTS:"); the same quote after a paragraph of the
    author's own stays an error."""
    excerpts = (
        "The chairs wrote to the Secretary on Monday.\n\nKEY LETTER EXCERPTS:\n\n"
        "“Despite the department's prior findings in favor of exports, it announced that it would expand its review "
        "as part of a transition away from fossil fuels.”\n\n"
        "[...] “The results of the 2024 presidential election are clear, and the department's leadership will soon "
        "change.”"
    )
    assert reported(FRONT + "\n" + excerpts + "\n", "Q101") == []
    alone = (
        "The price rose again.\n\n[...] “The results of the 2024 presidential election are clear, and the "
        "department's leadership will soon change.”"
    )
    assert reported(FRONT + "\n" + alone + "\n", "Q101") == [
        "“The results of the 2024 presidential election are clear, and the department's leadership will soon change.”"
    ]


def test_informing_the_press_attributes_a_quote() -> None:
    """A verb of informing or assuring after the quote is a cue ('"…," the party informed the press', set 59)."""
    body = '"The party complies with the royal command in every respect," the party informed the press.'
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []
    assert reported(FRONT + "\n" + '"The party complies with the royal command in every respect."' + "\n", "Q101") == [
        '"The party complies with the royal command in every respect."'
    ]


def test_reasoning_attributes_a_quote() -> None:
    """'The city reasoned, "…"' names who speaks (set 64); "For these reasons," names no one."""
    said = 'The city reasoned, "because the users of the schools pay a fee, this kind of activity is a commercial one".'
    assert reported(FRONT + "\n" + said + "\n", "Q101") == []
    noun = 'The price rose. For these reasons, "the users of the schools pay a fee, and this is a commercial activity".'
    assert reported(FRONT + "\n" + noun + "\n", "Q101") == [
        '"the users of the schools pay a fee, and this is a commercial activity"'
    ]
