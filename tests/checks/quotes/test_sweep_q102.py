"""Issue 19, the precision sweep's remaining false Q102 findings, read again as general constructions
(docs/accuracy.md, "Q102 on the sweep, read again"), on sentences written for these tests (none of
them the sweep's): who speaks, whether a claim is credited at all, whether the group is specific.
Each case that is not vague has a twin that still is: no reading may lose a true finding.
"""

from __future__ import annotations

import pytest

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint


def found(body: str) -> list[str]:
    """The phrases Q102 reports in ``body``."""
    problems = lint(f"{FRONT}\n{body.strip()}\n", select=["Q102"])
    return [p.message.split('"')[1] for p in problems]


@pytest.mark.parametrize(
    "body",
    [
        # a crowd after "by" that is the agent of an act, not the holder of a view
        "The harvest is carried out by many families in the valley.",
        "The cautious stance adopted by some ministers worries the party.",
        # ... and a crowd after a preposition is its object, not the subject of the verb after it
        "How the tone adopted by some editors may be considered disloyal is the question.",
        # "called to" an action: summoned, not naming anything
        "Activists from across the region were called to gather in the capital.",
        # "there are those who" do something: who acts, not what anyone claims
        "As long as there are those who would abuse prisoners, the office will keep its inspectors.",
        # a number counts a pair of nouns
        "Delegates of 40 states and 30 engineers and experts from around the world agreed the plan was sound.",
        # a gerund after a preposition is no verb of the group
        "The ministers stressed support for the government and people of Chad and of holding the junta to account.",
        # a member named after "including", however described
        "The view is shared by many, including veteran organiser and poet Ana Lopes, who wrote that it had begun.",
        # hearsay that credits documents, with the document linked in its clause
        "According to reports in the last year, dozens of clinics have [shut their doors](https://example.org/a).",
        # who speaks: a named speaker reports the crowd or the reports ("tweeted that", "concern regarding")
        "The Danish Refugee Council tweeted that many were also questioning why the match went on.",
        "The minister expressed her concern about recent reports of a rigged vote in the north.",
        # a roundup whose members' words follow as a list of quotations
        'Here is what some reviewers have said about the film:\n\n* "A slow, beautiful failure." ([The Reel](https://example.org/r))',
        # legal caution after the legal action is named: the hedge's source is the action
        (
            "The ministry offers a reward for information leading to the arrest of Tomas Vell, a former port "
            "official. Vell is believed to have moved stolen fuel through the harbour for a decade."
        ),
        (
            "A court upheld the indictment of the former governor on six counts of fraud.\n\n"
            "The contracts were signed in 2009.\n\n"
            "The payments were allegedly made through a shell company in Cyprus."
        ),
        # a quantified group of places undergoes events; it holds no view
        "While some areas saw quiet vigils, others had clashes with the police.",
    ],
)
def test_not_vague(body: str) -> None:
    assert found(body) == []


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The reform was described by many farmers as a giveaway.", "by many"),
        ("The view is shared by many.", "by many"),
        ("The film was praised by some as brave.", "by some"),
        ("Some bloggers are considered traitors.", "Some bloggers are considered"),
        ("Activists called the plan a sham.", "Activists called"),
        ("There are those who argue the tax is too low.", "There are those who"),
        ("There are some who would call it a bailout.", "There are some who"),
        (
            "Engineers and experts from around the world agreed the plan was sound.",
            "experts from around the world agreed",
        ),
        ("People in the region of Kivu say the road is closed.", "People in the region of Kivu say"),
        # the number counts the schools, not the proponents
        (
            "The course is taught in 40 schools and proponents of the course insisted it works.",
            "proponents of the course insisted",
        ),
        ("According to reports, dozens of clinics have shut their doors.", "According to reports"),
        # no speaker named before the crowd, or a passive whose agent is the crowd
        (
            "The minister said the plan was sound, but many were also questioning why it went on.",
            "many were also questioning",
        ),
        ("The death of the poet is described by many readers as a loss.", "by many"),
        # a list that does not quote anyone
        (
            "Here is what some reviewers have said about the film:\n\n* It is slow.\n* It is long.",
            "some reviewers have said",
        ),
        # no legal action named: the hedge credits unnamed people; hearsay is no caution
        (
            "The former port official moved fuel for a decade. Vell is believed to have hidden the profits abroad.",
            "believed to have",
        ),
        ("The payments were allegedly made through a shell company in Cyprus.", "allegedly"),
        (
            "A court upheld the indictment of the former governor.\n\n"
            "The payments were reportedly made through a shell company in Cyprus.",
            "reportedly",
        ),
        ("Some residents saw the vigils as a provocation.", "Some residents saw"),
        ("Some countries argue that the treaty is void.", "Some countries argue"),
        # a stance taken by a crowd after "by": judging and rejecting are opinions, not acts
        ("The tariff was dismissed by critics as a tax on farmers.", "by critics"),
        ("The warden was singled out by critics for the escapes.", "by critics"),
        ("The estimate has been challenged by some economists.", "by some"),
    ],
)
def test_still_vague(body: str, phrase: str) -> None:
    assert found(body) == [phrase]
