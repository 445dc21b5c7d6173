"""Q102's general constructions of stop 35, on sentences written for these tests, each with near misses that must
stay silent or stay reported. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "a crowd that judges wrongly holds a view": [
        (
            "It has come to my attention that some people misunderstand what the statement means.",
            ["some people misunderstand"],
        ),
        ("Many people underestimate the cost of the program.", ["Many people underestimate"]),
        ("Most analysts misjudged the election.", ["Most analysts misjudged"]),
        # a model, a survey or a statistic errs: no crowd holds a view
        ("Official statistics underestimate the true number of cases.", []),
        ("The model underestimates the cost.", []),
    ],
    "a crowd raises questions and objections": [
        ("Critics have raised questions about the cost of the program.", ["Critics have raised questions"]),
        ("Some lawmakers voiced objections to the plan.", ["Some lawmakers voiced objections"]),
        # a document raises questions: no crowd
        ("The report raises questions about the cost of the program.", []),
        ("Senator Jane Smith raised objections to the plan.", []),
    ],
    "what has been said at large": [
        (
            "Over the last 20 years much has been said about the way the guidelines changed the role of judges.",
            ["much has been said about"],
        ),
        ("Much has been made of the decline in turnout.", ["Much has been made of"]),
        ("A great deal has been written on the subject.", ["deal has been written on"]),
        # a question of degree, a scarcity, an act done, or the writers named
        ("How much has been said about it remains unclear.", []),
        ("Not much has been written about the program.", []),
        ("Much has been done about the problem.", []),
        ("Much has been written about it by Smith and Jones.", []),
    ],
    "a claim made by a crowd": [
        (
            "The second was the estimate made by some peak oil specialists that production could peak before 2015.",
            ["by some"],
        ),
        ("The arguments put forward by many economists are weak.", ["by many"]),
        # a decision made by some is an act, not a claim
        ("The decision made by some members was final.", []),
        ("The estimate made by the agency's economists was revised.", []),
    ],
    "an author-date citation sources its clause": [
        (
            "High-quality information bases are seen as underpinning evidence-based policy (Head, 2009).",
            [],
        ),
        ("The policy is seen as a failure (Smith et al., 2019).", []),
        ("Critics argue the policy failed (Smith and Jones 2019; OECD, 2020, p. 4).", []),
        ("Critics argue the policy failed (see World Bank 2020).", []),
        # a date, a law's name with its year, or a citation in another clause sources nothing here
        ("Critics argue the policy failed (June 2000).", ["Critics argue"]),
        ("Critics argue the policy failed (Climate Change Act 2008).", ["Critics argue"]),
        ("Critics argue the policy failed; it grew (Smith 2019).", ["Critics argue"]),
    ],
    "the audience the writers and a surveys respondents are no crowd": [
        ("Some of you may have noticed that the charts have changed.", []),
        ("I know many of you understand the risk.", []),
        ("How many of us think about people over age 65?", []),
        ("Most respondents believed the disease could be prevented.", []),
        ("Survey respondents said the program helped.", []),
        # a part of "them", the experts, or residents stay vague
        ("Some of the experts argue the plan will fail.", ["Some of the experts argue"]),
        ("Many residents believed the disease could be prevented.", ["Many residents believed"]),
    ],
    "an auxiliary ends a quantified group": [
        # "are" is no noun of the group: the crowd is going home, not anticipating a claim
        ("Some are going home eagerly anticipating the warmth of people who love them.", []),
        ("Some are anticipating a rise in rates.", ["Some are anticipating"]),
        ("Some economists have argued that it fails.", ["Some economists have argued"]),
        ("A number of officials have said it fails.", ["A number of officials have said"]),
    ],
    "groups named by their cause or kind": [
        # a capitalised first word before "groups" names their cause, not a body that employs them
        ("Rights groups say the plan fails.", ["groups say"]),
        ("Advocacy groups have argued that the plan fails.", ["groups have argued"]),
        ("Business organizations warn that the rule will raise costs.", ["organizations warn"]),
        # a body's officials stay identified
        ("Treasury officials say the plan fails.", []),
    ],
    "a crowd opening a long sentences second clause": [
        (
            "The government has introduced policies to help address these barriers but disability charities have "
            "argued these have not been sufficient.",
            ["disability charities have argued"],
        ),
        # a relative "that" opens no clause of the crowd's: "claim" is the exemption's object here
        (
            "There is not detailed guidance for states regarding how to interpret the Family First exemption that "
            "allows states to claim Title IV-E funding beyond 14 days.",
            [],
        ),
    ],
    "hearsay nouns after this are no ones": [
        ("This follows allegations that abuse had not been properly investigated.", ["allegations that"]),
        # a determiner of a plural, or a possessor, says whose
        ("These allegations that abuse had not been investigated are false.", []),
        ("Reuters' reports that the deal collapsed were confirmed.", []),
    ],
    "a scope holds no auxiliary": [
        # "in Kabul are using journalism to" is no scope: the crowd's verb is "are using", an act
        ("A group of young people in Kabul are using journalism to hold officials accountable.", []),
        ("Officials in the region are believed to favor the plan.", ["Officials in the region are believed"]),
        ("People on both sides of the aisle argue that it fails.", ["People on both sides of the aisle argue"]),
    ],
    "praise or blame at large after its noun": [
        (
            "They trace how remote methods, solutions often touted in the pandemic age, produce unreliable work.",
            ["often touted"],
        ),
        ("It is a policy widely criticized for its cost.", ["criticized for"]),
        # before its noun, or an act at large, is no claim credited
        ("The widely praised reform failed.", []),
        ("The plan is often used in schools.", []),
    ],
    "one finding for one source": [
        # the allegations are the critics' own, reported once, at the critics
        (
            "The scheme was criticised by media, academics and politicians due to allegations of false notices.",
            ["by media"],
        ),
        # hearsay in another sentence, or before the crowd, is reported on its own
        ("Critics say the plan failed. There are allegations of fraud.", ["Critics say", "There are allegations"]),
    ],
    "classification under a rule": [
        ("Lack of specificity makes it ineligible to be considered a subsidy under U.S. law.", []),
        ("It is considered one of the finest buildings in the city.", ["considered"]),
    ],
    "a debate over a question is deliberation": [
        ("Within states, people argue about how much to regulate interactions online.", []),
        ("Researchers in conflict areas have debated how to best manage the risks.", []),
        ("Experts debate whether the plan works.", []),
        # a dispute over an object, or an argument with its claim, stays vague
        ("Analysts have debated the credibility of the threats.", ["Analysts have debated"]),
        ("Critics argue that the plan fails.", ["Critics argue"]),
    ],
    "a surname capitalised inside a sentence": [
        (
            "Rogers argued that the filibuster protects the minority. To Rogers, unlimited debate was the only check.",
            [],
        ),
        ("Farmers say the drought is worse. Officials met the farmers.", ["Farmers say"]),
    ],
    "a determined group and a named body taken up": [
        # a determiner before a listed noun makes the group definite (set 45)
        ("It took land from black people, land the black people called home.", []),
        ("The critics say the plan fails.", []),
        # not a quantifier after a noun ("the issue some see"), nor a group a relative clause restricts
        (
            "As more MPs become aware of the issue some see hope that the law will be discarded.",
            ["some see"],
        ),
        ("The people who work there say the plan fails.", ["people who work there say"]),
        # a body's name inside a sentence, taken up again (set 46; not a title-cased headline)
        (
            "Community Services Ministers (CSM) met on Friday. Ministers acknowledged the impact of the pandemic.",
            [],
        ),
    ],
    "an ing form before of is a noun": [
        ("You may seek to come to some understanding of the issues being confronted.", []),
        ("Critics have been warning of a collapse.", ["Critics have been warning"]),
    ],
    "talk with no content and a mandate": [
        # talk or speculation about a topic, or in a relative clause, credits no claim (sets 46 and 47)
        ("While there has been much talk and speculation about microplastics, more knowledge is required.", []),
        ("There's plenty of speculation that goes out there, all sorts of stories.", []),
        # with what is said, it stays vague
        ("There is speculation that the minister will resign.", ["There is speculation"]),
        ("There has been talk of a snap election.", ["There has been talk"]),
        # a crowd does what a rule requires of it; with a view of its own it stays vague
        ("These rules normally only require that reusers acknowledge the original source.", []),
        ("Reusers acknowledge that the rules are clear.", ["Reusers acknowledge"]),
    ],
}


@pytest.mark.parametrize(("body", "phrases"), params(CONSTRUCTIONS))
def test_stop35_constructions(body: str, phrases: list[str]) -> None:
    assert q102(body) == phrases
