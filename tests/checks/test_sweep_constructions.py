"""The constructions behind the precision sweep's false errors (issue 19, docs/accuracy.md
'Precision sweep'), on sentences written for these tests: each error that published text made
false is no longer reported, and the certain case of the same rule still is."""

from __future__ import annotations

from support import front

from brieflint.testing import lint


def brief(body: str) -> str:
    return front() + "\n" + body


def codes(body: str, select: str) -> list[tuple[str, int]]:
    # U102 is off by default: a prefix does not switch it on, so the U rules are named
    selected = ["U101", "U102"] if select == "U" else [select]
    return [(f.code, f.line) for f in lint(brief(body), select=selected)]


# ------------------------------------------------------------------ L104: mailto: in the text


def test_mailto_link_in_the_text_is_a_working_link():
    body = "For questions, write to the desk at [desk-press@example.gov](mailto:desk-press@example.gov).\n"
    assert [c for c in codes(body, "L") if c[0] == "L104"] == []


def test_mailto_with_a_subject_is_a_working_link():
    body = "Send nominations to [the awards team](mailto:awards@example.gov?subject=Nomination).\n"
    assert [c for c in codes(body, "L") if c[0] == "L104"] == []


def test_malformed_mailto_and_scheme_less_links_are_still_errors():
    body = "Write to [the desk](mailto:desk-press) or see [the site](www.example.gov/awards).\n"
    assert [c[0] for c in codes(body, "L") if c[0] == "L104"] == ["L104", "L104"]


# ------------------------------------------------------------------ Q107: marks that are not the author's


def test_timestamp_seconds_signs_are_not_quotation_marks():
    body = (
        "The film's chapters, as the director listed them:\n\n"
        "- 2'05\": the harbour at dawn, before the first boats came in.\n\n"
        "At 3'40\" the fishermen's council meets in the square.\n"
    )
    assert [c for c in codes(body, "Q") if c[0] == "Q107"] == []


def test_marks_inside_a_block_quote_belong_to_the_quoted_text():
    body = (
        "One user posted this on the forum:\n\n"
        '> The council promised "a new road by spring. Nobody has seen a single truck since :))"\n'
    )
    assert [c for c in codes(body, "Q") if c[0] == "Q107"] == []


def test_a_quotation_running_on_into_a_block_quote():
    body = (
        'The mayor wrote that "for the first time in a decade, the district will hear its residents:\n\n'
        "> every Tuesday, in the old library, with no appointment needed.\n"
    )
    assert [c for c in codes(body, "Q") if c[0] == "Q107"] == []


def test_an_open_quote_in_the_authors_own_paragraph_is_still_an_error():
    body = 'The mayor wrote that "the district will hear its residents every Tuesday.\n'
    assert [c[0] for c in codes(body, "Q") if c[0] == "Q107"] == ["Q107"]


# ------------------------------------------------------------------ U101: controls that reorder nothing


def test_a_closer_with_nothing_to_close_is_no_error():
    body = "A pasted hashtag #harbour\u202c\u200f and the rest of the sentence.\n"
    found = codes(body, "U")
    assert ("U101", 6) not in found
    assert [c[0] for c in found] == ["U102"]


def test_an_embedding_opened_at_the_end_of_its_line_is_no_error():
    body = "The last words of a pasted post \u200e\u202b\n"
    assert [c[0] for c in codes(body, "U")] == ["U102"]


def test_an_embedding_left_open_before_text_is_still_an_error():
    body = "The council \u202bwill vote on the budget tonight.\n"
    assert [c[0] for c in codes(body, "U")] == ["U101"]


# ------------------------------------------------------------------ HS005: spell-outs of news prose


def hs005(body: str) -> list[str]:
    return [f.message.split("'")[1] for f in lint(brief(body), select=["HS005"])]


def test_name_or_acronym_is_a_spelling_out():
    body = "The ruling Farmers Alliance Party or FAP lost two seats. The FAP will now seek partners.\n"
    assert hs005(body) == []


def test_acronym_in_another_language_is_a_spelling_out():
    body = "Riot police (MAT in Greek) cleared the square. MAT units stayed until dawn.\n"
    assert hs005(body) == []


def test_acronym_then_the_full_name_with_an_article():
    body = "Reports by FTMG (the Free Tunisia Monitoring Group) are cited. FTMG has six members.\n"
    assert hs005(body) == []


def test_an_acronym_inside_an_email_address_is_no_use():
    body = "For questions, write to PRB-Press@example.gov before Friday.\n"
    assert hs005(body) == []


def test_an_acronym_never_spelled_out_is_still_reported():
    body = "The FAP lost two seats, and the new council meets on Monday.\n"
    assert hs005(body) == ["FAP"]


# ------------------------------------------------------------------ Q102: the roundup that quotes its group


def q102(body: str) -> list[str]:
    return [f.message.split('"')[1] for f in lint(brief(body), select=["Q102"])]


def test_a_group_whose_members_are_quoted_after_its_colon():
    body = "Not everyone agreed, and there are also those who defend the new fares:\n\n> The buses run on time now.\n"
    assert q102(body) == []


def test_a_group_followed_by_an_example_of_its_members():
    body = (
        "Some local fishermen disagreed with the ministry's figures. For example, the skipper Ana Ruiz "
        "counted twice as many boats in the bay.\n"
    )
    assert q102(body) == []


def test_a_group_followed_by_a_named_member_introducing_a_block_quote():
    body = (
        "Many commuters have wondered whether the line will ever reopen.\n\n"
        "On her blog, Mara Lind writes:\n\n> Three years of promises and still no trains.\n"
    )
    assert q102(body) == []


def test_a_group_answered_by_an_official_is_still_vague():
    body = (
        "Many commuters believe the line will never reopen. The transport minister said on Monday that "
        "work would resume in May.\n"
    )
    assert q102(body) == ["Many commuters believe"]


def test_an_agentless_passive_before_a_quoted_member_is_still_vague():
    body = (
        "The new cabinet is seen as too cautious by many.\n\nThe blogger Sami Haddad writes:\n\n"
        "> Nothing has changed in the ministries.\n"
    )
    assert q102(body) != []


def test_an_accusation_hedged_after_a_named_source_is_sourced():
    body = (
        "According to the Regional Gazette, two guards are accused of beating a prisoner.\n\n"
        "The prisoner was allegedly left without care for a day.\n"
    )
    assert q102(body) == []


def test_an_accusation_with_no_source_in_view_is_still_vague():
    body = "Two guards are accused of beating a prisoner, who was allegedly left without care.\n"
    assert q102(body) == ["accused of", "allegedly"]


def test_according_to_an_unnamed_source_names_no_one():
    body = "According to local reports, two guards are accused of beating a prisoner.\n"
    assert "accused of" in q102(body)


# ------------------------------------------------------------------ HS006: "really" meaning "in fact"


def hs006(body: str) -> list[str]:
    return [f.message.split("'")[1] for f in lint(brief(body), select=["HS006"])]


def test_really_after_an_auxiliary_means_in_fact():
    assert hs006("Nobody can say whether the reform has really helped the farmers.\n") == []


def test_really_in_a_question_means_in_fact():
    assert hs006("Did the new council really challenge the governor on the budget?\n") == []


def test_really_as_an_intensifier_is_still_cut():
    assert hs006("The turnout was really low, and the count was really slow this year.\n") == ["really", "really"]


def test_a_left_to_right_embedding_in_a_left_to_right_line_is_no_error():
    body = "The council met on Monday, as the mayor posted \u202a#HarbourVote\n"
    assert [c[0] for c in codes(body, "U")] == ["U102"]


def test_a_left_to_right_embedding_before_right_to_left_text_is_still_an_error():
    body = "The council met on Monday \u202a\u0627\u0644\u0645\u062c\u0644\u0633 posted\n"
    assert [c[0] for c in codes(body, "U")] == ["U101"]
