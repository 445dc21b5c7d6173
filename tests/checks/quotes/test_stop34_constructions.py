"""Q102's general constructions of stop 34, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 34"."""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import reported


def q102(body: str) -> list[str]:
    """The text of each Q102 finding's span, as the file is written."""
    return reported(FRONT + "\n" + body + "\n", "Q102")


# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a finding about a crowd and a crowds ignorance credit no claim": [
        # a crowd's view in the complement of a finding's verb is what the finder found; its source is the finder
        ("A 2023 Gallup survey found that most Americans believe the economy is getting worse.", []),
        ("The survey shows most parents worry about the hours their children spend online.", []),
        ("The study found that residents fear the plant more than the highway.", []),
        ("The census bureau's survey found that a majority of older renters expect rents to rise.", []),
        # a negated verb of knowing: the crowd's ignorance, and the author's own claim (the verb presupposes it)
        ("Most do not understand that this reduction is temporary.", []),
        ("Many voters don't know that the tax rose in 2019.", []),
        ("Most people do not fully understand how the earnings test works.", []),
    ],
    "the finder a crowd outside the finding and held views stay vague": [
        # the finder is itself anonymous: reported once, as the finder, not again as the crowd in its finding
        ("Studies show that most people believe the economy is getting worse.", ["Studies show"]),
        ("Research suggests that many voters fear inflation more than unemployment.", ["Research suggests"]),
        # a crowd in another clause than the finding's complement stays vague
        ("The audit found that the program failed, and critics say it wasted money.", ["critics say"]),
        # a belief held in common that a finding supports is still credited to people at large
        (
            "Researchers found evidence supporting the commonly held belief that diet matters.",
            ["commonly held belief that"],
        ),
        # a negated verb of belief or stance is a view the crowd holds; knowing without a negation invokes the crowd
        ("Many do not believe the official figures.", ["Many do not believe"]),
        ("Many understand how broken the process has become.", ["Many understand"]),
    ],
    "an existential view with its modifiers and holders named next": [
        # an existential view held by nobody, whatever adverbs and adjectives stand before its noun
        ("There are obviously concerns about the debt.", ["There are obviously concerns about"]),
        ("There are serious concerns about the debt.", ["There are serious concerns about"]),
        ("There have long been concerns about the debt.", ["There have long been concerns about"]),
        # a determiner that says whose, or a count of the author's own, holds it: not vague
        ("There are two concerns about the plan: its cost and its timing.", []),
        ("There were their concerns about the plan, and ours.", []),
        # the next sentence names the holders: their judgement, not a crowd's
        (
            "There was already broad recognition across the spectrum that the law could be improved. That was the "
            "judgement of its authors, former Senator Chris Dodd and former Congressman Barney Frank.",
            [],
        ),
        (
            "There is broad recognition that the law could be improved. The law was passed in 2010.",
            ["There is broad recognition that"],
        ),
    ],
    "an attitude passive with no agent": [
        # a passive of regarding with an attitude and no agent: an attitude held by nobody named
        ("Business and civil society are viewed mistrustfully as well.", ["viewed mistrustfully"]),
        ("The plan is viewed with suspicion in the capital.", ["viewed with suspicion"]),
        ("The agency is regarded with deep distrust in the region.", ["regarded with deep distrust"]),
        # looking, not an attitude; and an attitude whose holders are named
        ("The page is viewed regularly by its editors.", []),
        ("He was seen briefly in Paris.", []),
        ("The plan is viewed with suspicion by the finance ministry.", []),
    ],
    "a raising passive of saying with any verb": [
        # a raising passive of saying or believing with any verb after it, not only "be" and "have"
        ("The deal is said to include a ceasefire.", ["said to include"]),
        ("The militia is believed to control the border.", ["believed to control"]),
        ("The class of submarine is thought to suffer numerous defects.", ["thought to suffer"]),
        # "to" before a noun phrase is a preposition; a modal of ability is the author's judgement
        ("The letter was said to the press.", []),
        ("The plan can be said to work.", []),
        ("He was thought to the last a loyal man.", []),
    ],
    "a surname given before is a person": [
        # a surname the text gave with a given name is a person, not a plural of people
        ("State Superintendent Ryan Walters will resign.\n\nWalters said he will lead a new group.", []),
        ("AG Todd Rokita was disciplined.\n\nRokita and disciplinary officials agreed he meant it.", []),
        # a plural of people the text also writes in lower case stays a crowd; so does one after a sentence's end
        ("Farmers said the rain came late. The farmers of the valley agree.", ["Farmers said"]),
        (
            "The march was on Sunday. Protest organizers estimated a million people came.",
            ["Protest organizers estimated"],
        ),
        # a headline's capitals give no given name ("… Among Coastal Farmers …" is no person called Farmers)
        (
            "Levee Plan Raises Fears Among Coastal Farmers in Northern Districts\n\nFarmers fear that the levee will "
            "not hold.",
            ["Farmers fear"],
        ),
        # a plural of people the lexicon knows is no surname, whatever capitalises it before ("Senior Officials")
        ("The panel included Senior Officials from Rabat. Officials and critics said it fails.", ["critics said"]),
        # "and" with a crowd but no named person before it
        (
            "Officials were disciplined.\n\nProsecutors and disciplinary officials agreed he meant it.",
            ["officials agreed"],
        ),
    ],
    "a longer scope and a named person beside the group": [
        # a scope of five words between the group and its verb
        (
            "Opponents on both sides of the aisle said the rule was unenforceable.",
            ["Opponents on both sides of the aisle said"],
        ),
        # a person named in full sharing the verb is its source, whatever the group beside them
        ("Stephen W. Pacala and others in the United States and Netherlands argue that scientists are cautious.", []),
        ("Senator Maria Lopez and critics said the plan fails.", []),
        ("Residents and critics said the plan fails.", ["critics said"]),
    ],
    "what the author received": [
        # what the author received or heard is the author's own record, as its interviewees' answers are
        (
            "We held a roundtable and have received numerous comments since then from market participants asking us "
            "to consider a global approach.",
            [],
        ),
        ("We have heard concerns from many residents about the plan.", []),
        # first-person hearsay, and what someone else received, stay vague
        ("We have heard that some analysts believe the plan fails.", ["We have heard that", "some analysts believe"]),
        ("The agency held hearings and has received criticism from residents.", ["criticism from residents"]),
    ],
    "the texts readers addressed": [
        # the text's own readers with a modal: the author addresses its audience
        ("Regular readers of this journal will note our new appearance.", []),
        ("Readers will notice that the format has changed.", []),
        # readers credited with a view, and other crowds with a modal, stay vague
        ("Many readers believe the journal is biased.", ["Many readers believe"]),
        ("Critics will say the plan is unfair.", ["Critics will say"]),
    ],
    "a named bodys professionals": [
        # a profession a named body employs is identified, as "Treasury officials" are: an acronym, or a name of two
        # capitalised words
        ("IMF experts warn of a slowdown.", []),
        ("ILRI and UN experts say the markets should stay open.", []),
        ("World Bank analysts say the markets should stay open.", []),
        # one capitalised word opening the sentence is as often a field; a country or a nationality names nobody
        ("Security experts warn of attacks on the grid.", ["experts warn"]),
        ("US experts say the markets should stay open.", ["experts say"]),
        ("Russian experts say the markets should stay open.", ["experts say"]),
        # camps named by their stand are not a body's people
        ("Trump supporters say the election was stolen.", ["supporters say"]),
    ],
}


def q102_sums_read_in_page(first: int, last: int) -> tuple[int, int]:
    """Q102's found and false alarms over held-out sets ``first`` to ``last``, each passage read alone (the scorer's
    figures), after asserting that no set has a false Q101 error when each passage is read after the one before it
    from its page (``--in-page``: a quote its labeller split from the paragraph that introduces it is the scorer's)."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "tests" / "quotes_eval"))
    try:
        import evaluate
    finally:
        sys.path.pop(0)
    tp = fp = 0
    for n in range(first, last + 1):
        passages = evaluate.load_passages(root / "tests" / "quotes_eval" / f"heldout{n}.yaml")
        in_page = evaluate.evaluate(passages, in_page=True)
        assert in_page["Q101"].fp == 0, (n, in_page["Q101"].errors)
        scores = evaluate.evaluate(passages)
        tp, fp = tp + scores["Q102"].tp, fp + scores["Q102"].fp
    return tp, fp


def params(constructions: dict[str, list[tuple[str, list[str]]]]) -> list[object]:
    """A table of constructions as test cases, each id naming its construction (stop 35's table uses it too)."""
    return [
        pytest.param(body, phrases, id=f"{name.replace(' ', '-')}-{i}")
        for name, cases in constructions.items()
        for i, (body, phrases) in enumerate(cases)
    ]


@pytest.mark.parametrize(("body", "phrases"), params(CONSTRUCTIONS))
def test_stop34_constructions(body: str, phrases: list[str]) -> None:
    assert q102(body) == phrases
