"""Q101's and Q102's general constructions of stop 41, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 41"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a quantified group word conjoined with another group before their verb": [
        (
            "A number of analysts and political activists said the vote was rigged.",
            ["A number of analysts and political activists said"],
        ),
        ("A number of analysts and activists said the vote was rigged.", ["A number of analysts and activists said"]),
        ("A number of protesters and police officers were injured.", []),
    ],
    "an opinion voiced, with its determiner": [
        ("Some analysts have voiced the same opinion.", ["Some analysts have voiced the same opinion"]),
        ("Some politicians raised questions over the plan.", ["Some politicians raised questions"]),
        ("Tourists have expressed views of the sea.", []),
    ],
    "a crowd's account of what it saw, with 'describe' and a question's word or a verb of perceiving": [
        ("Witnesses described how soldiers fired on the crowd.", ["Witnesses described"]),
        ("Witnesses described seeing soldiers fire on the crowd.", ["Witnesses described"]),
        ("Residents describe the smell as unbearable.", ["Residents describe"]),
        ("Port agents described the fees at length.", []),
        ("Documents described how the money was moved.", []),
    ],
    "a place's noun and its name in a group's scope": [
        (
            "Residents of the capital Bangui say armed men are holding up taxi drivers.",
            ["Residents of the capital Bangui say"],
        ),
        ("Critics of the plan Smith unveiled say it will fail.", []),
    ],
    "blame laid at a door": [
        ("Some historians place the blame on the king's advisers.", ["Some historians place the blame on"]),
        ("Critics laid the blame at the door of the ministry.", ["Critics laid the blame at"]),
        ("Some workers placed the boxes on the shelf.", []),
        ("Some officials put the plan on hold.", []),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_41_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


# (the second reading of batch 1) each sentence as a table: sentences, and the phrases Q102 reports in them
MORE: dict[str, list[tuple[str, list[str]]]] = {
    "a capital whose lower case is longer shifts no offset": [
        (
            "The mine, operated by Soma Kömür İşletmeleri A.Ş., suffered an explosion. Some politicians claimed "
            "that the number of dead is higher.",
            ["Some politicians claimed"],
        ),
        ("İmamoğlu is widely regarded as the strongest candidate.", ["widely regarded"]),
    ],
    "charges the camps of a contest level at each other": [
        ("Campaigning focused on rival accusations of misconduct during the election.", []),
        ("The talks collapsed amid mutual accusations of bad faith.", []),
        ("The campaign was marred by accusations of fraud.", ["accusations of"]),
    ],
    "a doubt or a charge raised by an unnamed crowd": [
        ("Concerns were raised by rights organisations.", ["by rights organisations"]),
        ("Safety concerns were first raised by trade unions in 2010.", ["by trade unions"]),
        ("Funds were raised by activists.", []),
    ],
    "a dispute over what is the case is no deliberation": [
        ("Scholars debate whether the famine was deliberate.", ["Scholars debate"]),
        ("Scholars disagree over whether the famine was deliberate.", ["Scholars disagree"]),
        ("Analysts have debated how to respond.", []),
        ("Council members debated whether the school should close.", []),
        ("Labor rights groups and business groups disagree about that issue.", []),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(MORE))
def test_stop_41_second_reading(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


# (the reading of batch 2) each sentence as a table: sentences, and the phrases Q102 reports in them
BATCH_2: dict[str, list[tuple[str, list[str]]]] = {
    "a region's adjective or the verb's hearer after a group's scope is no new subject": [
        (
            "Residents in central Somalia say armed militants have arrived at their village.",
            ["Residents in central Somalia say"],
        ),
        (
            "Residents in El Wak told VOA's Somali service that fighters attacked the town.",
            ["Residents in El Wak told VOA's Somali service that"],
        ),
        ("Officials in northern Nigeria say the attack killed 20.", ["Officials in northern Nigeria say"]),
    ],
    "an account of people doing something, after 'describe'": [
        ("Witnesses also described protesters throwing stones at police.", ["Witnesses also described"]),
        ("Witnesses described the building.", []),
    ],
    "a crowd's report of a count": [
        (
            "Human rights groups report more than 450 people have been killed since last year.",
            ["groups report"],
        ),
        ("Analysts report to the board every month.", []),
    ],
    "according to all the sources": [
        ("According to all sources, many of the prisoners died from suffocation.", ["According to all"]),
        ("According to all the evidence, the prisoners died.", []),
    ],
    "'maintain' keeps a relationship, asserts a clause": [
        ("The people residing in the village maintained a low commercial relationship with guerrillas.", []),
        ("Critics maintain close ties with the opposition.", []),
        ("Critics maintain that the plan will fail.", ["Critics maintain"]),
        ("Supporters maintained their innocence.", ["Supporters maintained"]),
    ],
    "'confess to' a crime admits guilt, 'see' a rise witnesses it": [
        ("In the show trials, opposition leaders have confessed to crimes against the state.", []),
        ("Some officials confessed that the plan had failed.", ["Some officials confessed"]),
        ("Netizens saw a flood of digital photos coming from inside Ethiopia.", []),
        ("Many see a link between the two attacks.", ["Many see"]),
    ],
    "a point made by no one, a court's issues, a thing weighed": [
        ("However, it has been pointed out that the toll was higher.", ["it has been pointed out"]),
        ("Two legal questions arose from the death.", []),
        ("Questions arose about the minister's role.", ["Questions arose"]),
        ("The report lists various legislative proposals considered in the 114th Congress.", []),
        ("Many analysts considered it a failure.", ["Many analysts considered"]),
    ],
    "a source opening a coordinated clause covers it only; a passive after a hearsay adverb speaks for no one": [
        (
            "Iran reportedly provides material support to Hamas, and according to U.S. officials may be complicit.",
            ["reportedly"],
        ),
        (
            "Khan reportedly started attacking people there, and one of them died inside, according to The Times.",
            [],
        ),
        ("The minister reportedly resigned, according to Reuters.", []),
        ("Later that day, some lawmakers were reportedly denied access.", ["reportedly"]),
        ("He reportedly told them that the plan had failed.", ["reportedly"]),  # (stop 43) no answer: docs, "Stop 43"
    ],
    "fears 'over' which something is done; charges one is sensitive to, which may come": [
        ("The project was halted over fears that Russia would use it as a weapon.", ["over fears that"]),
        ("The debate over the bill lasted hours.", []),
        ("Sensitive to any renewed accusations of excess in 1876, Temple insisted on laissez faire.", []),
        ("The campaign was marred by accusations of fraud.", ["accusations of"]),
    ],
    "a vague noun conjoined with a capitalised group; a view 'indicated'; a report of what someone wants": [
        ("Analysts and some Western diplomats say China commits abuses.", ["Analysts and some Western diplomats say"]),
        ("Analysts and Western officials were fined.", []),
        ("Some sources indicate that the minister resigned.", ["Some sources indicate"]),
        ("The data indicate that prices rose.", []),
        ("Williams was reported to want to delay the formal split until May.", ["reported to want"]),
        ("The theft was reported to police on Monday.", []),
    ],
    "a deliberative office debating a question deliberates, whatever its form": [
        ("Lawmakers are debating whether the levy is lawful.", []),
        ("Scholars debate whether the famine was deliberate.", ["Scholars debate"]),
    ],
    "agreeing to act across an aside, or on doing something; critics 'of' a thing named before": [
        (
            "In 1977, Commonwealth prime ministers agreed, as part of their support for the campaign, to discourage "
            "contact.",
            [],
        ),
        ("In 13 other cases, adoptive and biological families agreed on jointly raising the children.", []),
        ("Many analysts agreed that the vote was rigged.", ["Many analysts agreed"]),
        (
            "The monuments were built in the era of segregation. Critics of the monuments point out that they were "
            "not memorials.",
            ["Critics of the monuments point out"],
        ),
    ],
    "a crowd's report of events it witnessed": [
        ("Residents reported heavy gunfire in the capital.", ["Residents reported"]),
        ("Officials report 36 deaths.", ["Officials report"]),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(BATCH_2))
def test_stop_41_batch_2(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_sets_224_to_260_after_their_constructions() -> None:
    """Sets 224-260 (Voice of America on Southeast Asia, East Africa, South Asia, China and the wars in Syria, Iraq,
    Yemen and Libya; the Congressional Research Service on foreign affairs; the House of Commons Library on foreign
    affairs and defence; Global Voices of 2011-2022; Wikinews of 2007-2012; and Wikipedia on whistleblowers,
    industrial disasters, hostage crises, lobbying scandals, coups, massacres, electoral crises, pharmaceutical
    controversies, deaths in custody, famines, energy policy, prison riots, censorship, military scandals, government
    collapses, disputed bombings, trade wars, education controversies, public inquiries, language disputes, water
    disputes, corporate scandals, sports boycotts, surveillance, enforced disappearances, contested monuments and
    evictions), labelled blind in seven batches: no false Q101 error when each passage is read after the one before it
    from its page; Q102 finds 235 of 511 with 24 false alarms, each passage read alone (first sight, at the stop's
    start: 221, with 32; sets 252-255, the sixth batch, are scored as first seen, with no reading). Since stop 42's
    readings, 239 with 24 (test_stop42_constructions.py); since stop 43's, 242 with 24."""
    tp, fp = q102_sums_read_in_page(224, 260)
    assert tp >= 254 and fp <= 26, (tp, fp)
