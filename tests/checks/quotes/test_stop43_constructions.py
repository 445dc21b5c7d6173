"""Q102's general constructions of stop 43, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 43"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "'by' before a time names no agent of a passive": [
        (
            "Excluding Welsh was viewed as an ineffective way, and by the end of the century schools changed.",
            ["viewed as"],
        ),
        ("The token was seen as a teaching aid by 1900.", ["seen as"]),
        ("The reform was seen as a failure by then.", ["seen as"]),
        ("The token was seen as a teaching aid by the inspectors.", []),
        ("The reform was seen as a failure by March 2004.", ["seen as"]),
        ("The plan was seen as a failure by the Treasury.", []),
    ],
    "a crowd seen doing something is a sighting, not a view": [
        ("Many people were seen fleeing for safety.", []),
        ("Many people were seen as traitors.", ["Many people were seen"]),
        ("Voters in the province saw a major rally at the party's headquarters.", []),
        ("Many voters saw the vote as a referendum on the president.", ["Many voters saw"]),
    ],
    "what a crowd told someone, with a pronoun subject and no 'that'": [
        ("Workers told VOA Monday they were happy with the decision.", ["Workers told"]),
        ("Many workers told reporters it was unsafe.", ["Many workers told reporters"]),
        ("Employees told the guards everything.", []),
        ("Workers told the manager to leave.", []),
        ("The minister told reporters they were happy.", []),
        ("At our first stop, teachers told me they would have liked to meet him.", []),  # the writer's own sources
    ],
    "'here' or 'there' after a crowd, the place the report is from": [
        ("Soldiers here say they were protecting their land from a mob.", ["Soldiers here say"]),
        ("Residents here say the water is unsafe.", ["Residents here say"]),
        ("Many people there believe the vote was rigged.", ["Many people there believe"]),
        ("Energy analysts here in Houston say prices will rise.", ["analysts here in Houston say"]),
        ("The people here say nothing.", []),
        ("Go there, say the guides.", []),
    ],
    "a hearsay adverb before a verb of saying, or in a relative clause after an act that takes no claim": [
        ("King Juan Carlos reportedly declared that it would never happen again.", ["reportedly"]),
        ("Amedeo approached Vittorio who reportedly punched him twice in the face.", ["reportedly"]),
        ("Regulators ordered ISPs to block sites that allegedly contain child pornography.", []),
        ("Police arrested four men who allegedly targeted shops.", []),
        ("The president approved a new media law that purportedly upholds freedom of expression.", []),
        ("They were sixty volumes of journals purportedly written by Adolf Hitler.", []),
        ("The letter was purportedly written by a senior official.", ["purportedly"]),
        ("The king reportedly declared it, according to Reuters.", []),
    ],
    "those whose work is to report, and where they are": [
        ("Witnesses in the area reported heavy gunfire.", ["Witnesses in the area reported"]),
        ("Journalists in Kabul reported a chilling effect.", ["Journalists in Kabul reported"]),
        ("Journalists in the report on the war were named.", []),
        ("Witnesses in the area reported to the police.", []),
    ],
    "a judging passive coordinated with another, 'both' before them": [
        ("Churchill was both widely condemned and widely defended.", ["condemned"]),
        ("The plan was both praised and criticized.", ["praised"]),
        ("He was praised and promoted.", []),
        ("The plan was criticized and abandoned in May.", []),
    ],
    "the passive of considering with an adjective of judgement": [
        ("Initially, prison riots were considered irrational actions.", ["considered"]),
        ("The game was considered controversial for women.", ["considered"]),
        ("It was considered economically unviable.", ["considered"]),
        ("The payment is considered income.", []),
        ("Nine children were considered racially suitable for Germanisation.", []),  # a rule's classification
        ("He is considered resident for tax purposes.", []),
        ("The issue is considered central to progress.", []),
        ("Cows are considered sacred by Hindus.", []),
    ],
    "censure something followed, from nobody": [
        ("After much criticism, Prime Minister Gillani formed a commission.", ["After much criticism"]),
        ("Following widespread condemnation, the law was repealed.", ["Following widespread condemnation"]),
        ("After criticism from the mayor, the law was repealed.", []),
        ("After the criticism, he stayed.", []),
        ("Despite some criticism, the plan went ahead.", []),
        ("After the fire, the town was rebuilt.", []),
        ("The spill came in for some criticism.", ["came in for some criticism"]),
        (
            "The coup met with bipartisan domestic and international condemnation.",
            ["met with bipartisan domestic and international condemnation"],
        ),
        ("He came in for the meeting.", []),
    ],
    "doubt cast by a crowd; a crowd others expect something of": [
        ("Analysts have cast doubt on the claims.", ["Analysts have cast doubt on"]),
        ("Some critics cast serious doubts over the plan.", ["Some critics cast serious doubts over"]),
        ("Officials cast their votes.", []),
        ("Officials in China are expected to wait and watch.", []),
        ("Analysts expected a rise.", ["Analysts expected"]),
    ],
    "an impersonal passive with an adverb of time": [
        ("It was originally suspected that the virus came from abroad.", ["It was originally suspected"]),
        ("It was originally determined that the virus came from abroad.", []),  # a finding
    ],
    "praise or blame from some, with where they are": [
        ("The move was welcomed by some in the region.", ["by some in the region"]),
        ("The move was criticized by some in Congress.", []),
        ("The move was criticized by some of them.", []),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_43_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_a_title_in_another_language_is_no_quote_to_attribute() -> None:
    """Set 321: a radio show's Spanish name in marks, its articles and particles in lower case, as English titles'."""
    body = 'The show has aired for 14 years. "Las Voces del Secuestro," or "Voices of Kidnapping," airs weekly.'
    assert reported(FRONT + "\n" + body + "\n", "Q101") == []
    # words in lower case that no title has stay a quote
    body = 'The show has been on the air for 14 years. "Las voces que no callan nunca," airs weekly on the radio.'
    assert len(reported(FRONT + "\n" + body + "\n", "Q101")) == 1


def test_sets_296_to_335_after_their_constructions() -> None:
    """Sets 296-335 (Voice of America on Southeast Asia, East Africa, North Africa, the South Caucasus and Ukraine,
    the Andes, Korea, Japan and Taiwan, and the Sahel; the Congressional Research Service on foreign affairs, defence,
    health and education; the House of Commons Library on foreign affairs; Global Voices of 2010-2011 and 2020-2022;
    Wikinews of 2005 and 2018; Wikipedia on doping scandals, dam disputes, accounting scandals, language policy,
    prison riots, royal successions, COVID-19 protests, trade wars, press freedom, land rights, nuclear power,
    espionage, academic freedom, contested elections, public inquiries, asylum detention, obscenity cases, austerity
    protests, state hacking, wildlife culls, extractive disputes, coups, judicial independence, food controversies,
    sports mega-events, party bans and accident investigations), labelled blind in eight batches: no false Q101 error,
    each passage read alone or after the one before it from its page (first sight: one, set 321's Spanish title of a
    radio show); Q102 finds 232 of 440 with 37 false alarms, each passage read alone (first sight, at the stop's
    start: 215, with 40; set 311's four possible wire copies left out before any run)."""
    tp, fp = q102_sums_read_in_page(296, 335)
    assert tp >= 241 and fp <= 38, (tp, fp)
