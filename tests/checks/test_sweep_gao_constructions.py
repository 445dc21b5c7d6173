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


# ------------------------------------------------------------------ R107: a list set inline


def r107(body: str) -> list[int]:
    return [f.line for f in lint(brief(body), select=["R"]) if f.code == "R107"]


def test_numbered_items_inline_are_read_as_a_list():
    body = (
        "This review examines (1) how the three port authorities set their fees for bulk and container "
        "cargo; (2) the extent to which shippers and freight agents were consulted before the fees rose; "
        "and (3) what the ministry has done to monitor the effects of the new fees on regional trade.\n"
    )
    assert r107(body) == []


def test_lettered_items_inline_are_read_as_a_list():
    body = (
        "The board asked the agency to (a) publish every contract it signs with a private operator of the "
        "network, (b) report each quarter on the leaks it has found and repaired across the districts, and "
        "(c) explain any tariff increase to the regional councils before it takes effect.\n"
    )
    assert r107(body) == []


def test_a_long_item_or_numbers_out_of_order_are_still_very_hard():
    long_item = (
        "The review found (1) that the authorities set their fees without consulting the shippers, the "
        "freight agents or the regional chambers of commerce that had asked to be heard before any change "
        "to the schedule of charges for bulk cargo in any of the three ports on the northern coast and (2) that no one "
        "monitors them.\n"
    )
    citation = (
        "The ministry's figures (2021) and the port's own accounts (2023) show that fees for bulk cargo rose "
        "faster than those for containers in every one of the three ports, while the volume of bulk cargo "
        "handled fell in two of them and stayed flat in the third over the same years, as the regional statistics "
        "office reports.\n"
    )
    assert len(r107(long_item)) == 1
    assert len(r107(citation)) == 1


def test_four_or_more_items_belong_on_their_own_lines():
    body = (
        "The plan funds (1) new pumps for the northern districts, (2) meters in every household of the "
        "capital, (3) a training school for the utility's engineers and (4) repairs to the old reservoirs "
        "that supply the coastal towns and the farms around them in the long dry season.\n"
    )
    assert len(r107(body)) == 1


# ------------------------------------------------------------------ Q102: the author's conjecture


def test_what_a_group_may_do_to_a_thing_is_the_authors_conjecture():
    body = (
        "Without clearer guidance, districts may continue to interpret the rule differently. "
        "Small farms could interpret the form's questions by reporting their gross sales instead. "
        "Some farmers may fear a larger cost: the loss of their contracts.\n"
    )
    assert q102(body) == []


def test_a_claim_put_in_a_crowds_mouth_with_a_modal_is_still_vague():
    body = (
        "Some might say the plan is doomed. Critics could argue that the fund is too small. "
        "Many would interpret the delay as a sign of weakness.\n"
    )
    assert len(q102(body)) == 3


# ------------------------------------------------------------------ HS005: a law's short name spelled out


def hs005(body: str) -> list[str]:
    return [f.message.split("'")[1] for f in lint(brief(body), select=["HS", "HS005"]) if f.code == "HS005"]


def test_a_short_name_with_its_head_word_year_or_tag_is_a_spelling_out():
    body = (
        "In 2009, the assembly passed the Coastal Fisheries Recovery Act of 2009 (CFRA Act). "
        "This law set quotas. The CFRA Act also named wardens. The Water Security Act for Fiscal Year "
        "2022 (2022 WSA) added reporting duties, and the 2022 WSA funds the Flood-19 Household Relief "
        "(Flood-19 HHR) program. The program closed in 2024, and Flood-19 HHR files were archived.\n"
    )
    assert hs005(body) == []


def test_an_acronym_with_a_title_after_it_is_no_spelling_out():
    body = "The Harbour Authority Chair (HBA Chair) spoke first. The board then voted, and the HBA agreed.\n"
    assert hs005(body) == ["HBA"]
