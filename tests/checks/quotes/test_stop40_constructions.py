"""Q101's and Q102's general constructions of stop 40, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 40"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "an adverb in -ly ends no group, and 'during' opens no participle clause": [
        ("They attracted most attention during 2008 after one bitterly disputed election.", []),
        ("The blogs attracted most interest after one bitterly disputed presidential election.", []),
        (
            "Scientists using a computer model found that the heat was worse.",
            ["Scientists using a computer model found that"],
        ),
        ("Many young people openly say the tax is unfair.", ["Many young people openly say"]),
    ],
    "a negated modal before the passive is the author's judgement": [
        ("The court found the e-mail a complaint, which can't be considered as an act of defamation.", []),
        ("The e-mail cannot be considered an act of defamation.", []),
        ("The plan is widely considered a failure.", ["widely considered"]),
    ],
    "a crowd that events made feel something is the author's fact": [
        ("The protests reached a point that made political leaders fear civil war or revolution.", []),
        ("The shelling made many fear a new war.", []),
        ("The report made clear that many fear a new war.", ["many fear"]),
        ("The second was the estimate made by some specialists that oil could peak before 2015.", ["by some"]),
        ("The ruling made proclamations which analysts say could have far-reaching implications.", ["analysts say"]),
    ],
    "a crowd's verb of naming with a name after its object": [
        ("Now, many people are calling the area Martyr Square in memory of the men who died.", []),
        ("Many people are calling the plan a disaster.", ["Many people are calling"]),
        ("Unnamed industry experts called this dubious to Népszava.", ["experts called"]),
        ("The election was originally dubbed the envy of Africa.", ["dubbed"]),
    ],
    "people who hold a view, with a place between them and 'who'": [
        (
            "There were people both in and outside Moldova who felt that media coverage was inadequate.",
            ["There were people both in and outside Moldova who"],
        ),
        ("There are those in the party who argue that the vote was rigged.", ["There are those in the party who"]),
        ("There were people in the building who died.", []),
    ],
    "'suspected of' after its auxiliary, as 'accused of', with its legal caution": [
        ("North Korea, which has not ratified the Convention, is suspected of holding a stockpile.", ["suspected of"]),
        ("Several people have been suspected of being spies.", ["suspected of"]),
        ("The man, who is suspected of killing three people, was arrested on Monday.", []),
        ("The man is suspected of theft and was charged on Monday.", []),
        ("Police arrested a man suspected of killing three people.", []),
    ],
    "unnamed outlets quoting sources they do not name": [
        (
            "But Afghan media quoted unnamed sources as saying the attack left 15 dead.",
            ["media quoted unnamed sources"],
        ),
        ("Reuters, citing anonymous sources, reported that exports had been disrupted.", []),
        ("The newspaper quoted the minister as saying the attack left 15 dead.", []),
    ],
    "suspicion of an illness is no accusation": [
        ("A second man, who was suspected of dying from the virus, was Japanese.", []),
        ("The minister was suspected of taking bribes.", ["suspected of"]),
    ],
    "'reject' before a claim's noun is a verdict": [
        ("Historians reject the myth.", ["Historians reject"]),
        ("Many economists reject these claims.", ["Many economists reject"]),
        ("Voters rejected the measure.", []),
        ("Critics rejected the bill.", []),
    ],
    "a body a country has one of, named by its function in lower case": [
        ("Election commission officials on Tuesday said the party was leading.", []),
        ("Interior ministry officials said the protesters were armed.", []),
        ("Regional officials said the protesters were armed.", ["officials said"]),
    ],
    "claims whose maker the sentence names later, and the allegations a charge brought makes": [
        (
            "Series of allegations were made on the licences, including allegations from the Central Bureau of "
            "Investigation.",
            [],
        ),
        ("Allegations were made against the minister by the opposition.", ["Allegations were made"]),
        ("New charges brought in August 2015 against certain defendants also include allegations of steering.", []),
        ("Amid allegations of fraud, the vote was annulled.", ["allegations of"]),
    ],
    "a research noun's determiner across modifiers, and an inquiry into allegations": [
        ("Both the Russian and Polish official investigations found no technical faults.", []),
        ("Recent investigations found no technical faults.", ["investigations found"]),
        (
            "Bans were a priority for many districts this year amid mounting research finding that screens harm.",
            ["research finding"],
        ),
        ("The board refused to certify the results, pending a criminal investigation into allegations of fraud.", []),
    ],
    "legal caution after the hedge reads what the accused underwent, not what they did": [
        ("The man is suspected of theft and was charged on Monday.", []),
        ("The army was accused of targeting civilians through mass arrests.", ["accused of"]),
    ],
    "reports that emerge with what they say, and research that has proven": [
        ("Reports emerged of questionable labour practices at the factories.", ["Reports emerged of"]),
        ("In 2010, reports appeared that the bank had lent money to its shareholders.", ["reports appeared that"]),
        ("The reports emerged that the bank had lent money.", []),
        ("Reports emerged on Tuesday.", []),
        ("Studies have proven that harm reduction saves lives.", ["Studies have proven"]),
    ],
    "reports an outlet named after them carries, played down or handled": [
        ("According to reports on CNN and Time Magazine in 1999, the operation used Sarin gas.", []),
        ("According to reports in the local press, the operation used Sarin gas.", ["According to reports"]),
        ("According to officials on Saturday, the virus had killed two visitors.", ["According to officials"]),
        ("According to sources in Baghdad, the cabinet list is complete.", ["According to sources"]),
        ("To maintain morale, censors minimized early reports of illness and mortality in Germany.", []),
        ("Reports of abuse were not addressed and an early investigation was ignored.", []),
        ("Reports of abuse were widespread in the region.", ["Reports of"]),
    ],
    "an inquiry before the hedge, and a raising verb coordinated with its subject's": [
        ("The Inquiry recorded its revulsion at the abuse allegedly perpetrated on children by priests.", []),
        ("The abuse was allegedly perpetrated on children by priests.", ["allegedly"]),
        ("She wrote of the needle marks, and claimed to have witnessed episodes of injection.", []),
        ("The drug is said to have side effects.", ["said to have"]),
    ],
    "a passive in a sentence that 'according to' a name credits as a whole": [
        ("According to Reuters, the minister has been accused of corruption.", []),
        (
            "According to local reports, the minister has been accused of corruption.",
            ["According to local reports", "accused of"],
        ),
        ("The minister has been accused of corruption, according to Reuters.", []),
        ("The minister has been accused of corruption, and according to Reuters he resigned.", ["accused of"]),
        (
            'According to officials, the Soviet Union "may have hidden it for decades." In addition, the Soviets '
            "were believed to have developed the plague.",
            ["According to officials", "believed to have"],
        ),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_40_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_sets_191_to_223_after_their_constructions() -> None:
    """Sets 191-223 (the House of Commons Library, the Congressional Research Service, the Department of Justice,
    Voice of America on the Arab uprisings, Africa, Russia and Ukraine, Latin America and Afghanistan, Global Voices
    of 2009, Wikinews of 2019, and Wikipedia on strikes, disinformation, espionage, corruption, sports, science,
    history, politicians, riots, disasters, finance, elections, policy debates, journalism, immigration, religion,
    trials, pandemics, cyberattacks, assassinations, weapons programmes and land-rights protests), labelled blind in
    seven batches: no false Q101 error when each passage is read after the one before it from its page; Q102 finds
    258 of 492 with 49 false alarms (first sight, each passage read alone: 250, with 64; sets 220-223, the seventh
    batch, are scored as first seen, with no reading of theirs). Since stop 42, 266 with 49; since stop 43, 267."""
    tp, fp = q102_sums_read_in_page(191, 223)
    assert tp >= 283 and fp <= 49, (tp, fp)
