"""The constructions behind the GAO precision sweep's false findings (issue 19, docs/accuracy.md
'Precision sweep, second sample: GAO reports'), on sentences written for these tests: each reading
that analytic prose made false is no longer reported, and the vague case of the same rule still is."""

from __future__ import annotations

from support import front

from brieflint.testing import lint


def brief(body: str) -> str:
    return front() + "\n" + body


def q102(body: str) -> list[int]:
    return [f.line for f in lint(brief(body), select=["Q"]) if f.code == "Q102"]


# ------------------------------------------------------------------ Q102: a group taken up again


def test_bare_officials_after_a_named_bodys_officials_are_the_same_people():
    body = (
        "Treasury officials told us that the new fund would open in May. "
        "Officials also said that the first grants would go to rural counties.\n"
    )
    assert q102(body) == []


def test_a_group_named_in_the_paragraph_before_is_taken_up_again():
    body = (
        "Officials from two ministries described the delays to us in detail.\n\n"
        "Officials told us that the backlog would grow until the new system opens.\n"
    )
    assert q102(body) == []


def test_some_of_a_group_just_named_is_that_group():
    body = (
        "Port agents in Mombasa described the new fees at length. "
        "Some of them said that the fees would drive trade to Dar es Salaam. "
        "Some port agents said that the fees were overdue.\n"
    )
    assert q102(body) == []


def test_a_bare_group_with_no_antecedent_is_still_vague():
    body = "Officials said that the first grants would go to rural counties. Some said the fees were overdue.\n"
    assert len(q102(body)) == 2


def test_a_group_taken_up_from_a_vague_one_is_still_vague():
    body = "Some officials said that the fund would open in May. Officials also said that it would be small.\n"
    assert len(q102(body)) == 2


# ------------------------------------------------------------------ Q102: a counted scope, the author's interviewees


def test_officials_in_a_counted_number_of_places():
    body = (
        "Officials in two provinces said that the roads were impassable. "
        "Officials in another district said they had no fuel for the graders.\n"
    )
    assert q102(body) == []


def test_some_of_the_authors_own_interviewees():
    body = "According to some of the engineers we spoke to, the bridge needs new bearings.\n"
    assert q102(body) == []


def test_a_scope_without_a_count_is_still_vague():
    body = (
        "Officials in the region say the roads are impassable. "
        "According to some engineers, the bridge needs new bearings.\n"
    )
    assert len(q102(body)) == 2


# ------------------------------------------------------------------ Q102: a named body after a conjunction


def test_a_named_bodys_officials_after_but():
    body = "Most of the projects were late, but FAA officials expect that many will be finished next year.\n"
    assert q102(body) == []


def test_an_anonymous_mention_before_is_no_antecedent():
    body = "Officials arrived in the town on Monday. Officials said that the road would stay closed.\n"
    assert len(q102(body)) == 1


def test_a_crowd_of_a_place_or_a_headline_is_no_antecedent():
    body = (
        "Harbourside residents gathered at the jetty this morning. "
        "Residents have been complaining about the ferry for months.\n\n"
        "Storm Raises Fears Among Coastal Farmers in Northern Districts\n\n"
        "Farmers and fishers fear that the levee will not hold.\n"
    )
    assert len(q102(body)) == 2
