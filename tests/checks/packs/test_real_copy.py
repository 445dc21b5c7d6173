"""House style on real copy (issue 19, item 7): HS005 acronyms (what is a use, what spells one out), HS006 fillers."""

from __future__ import annotations

import pytest
from support import co_author, edited, front, summary

from brieflint.testing import lint

SHORT = "Rabat's plan to hand water distribution to regional companies could fund investment."


def _brief(body: str, author_extra: str = "") -> str:
    return front(edited(co_author(author_extra), summary(SHORT))) + f"\n{body}\n"


def _keys(body: str, author_extra: str = "") -> list[str]:
    return [f.data["key"] for f in lint(_brief(body, author_extra), select=["HS005"])]


def test_an_undefined_acronym_is_reported() -> None:
    assert _keys("The PMF now controls several border crossings.") == ["PMF"]


@pytest.mark.parametrize(
    "body",
    [
        "The People's Republic of China (PRC or China) set targets. The PRC met them.",
        "The National Laboratory of the Rockies [NLR] ran tests. The NLR published them.",
        "The Department of Health and Human Services' (HHS's) order stood. HHS then acted.",
        "The FPI or the Islamic Defenders Front protested. The FPI marched.",
        "IBGE data (Brazilian Institute of Geography and Statistics) show it. IBGE counts again.",
        "Each ISP (internet service provider) blocked it. The ISP said so.",
        'The senator asked for "reforms to the Renewable Fuel Standard (RFS)." The RFS stayed.',
    ],
)
def test_spelled_out_forms_of_real_copy(body: str) -> None:
    assert _keys(body) == []


def test_a_parenthesis_that_explains_a_figure_is_no_spelling_out() -> None:
    body = "PMF (in nominal terms, about 20,000 fighters) grew. The PMF holds crossings."
    assert _keys(body) == ["PMF"]


@pytest.mark.parametrize(
    "body",
    [
        "Readers know NATO, the ISP and the VPN they use.",  # acronyms readers know
        "The company RAW FARM, LLC recalled its cheese.",  # a name in capitals
        "MOSCOW (Wikinews) — The court ruled on Tuesday.",  # a dateline
        "Senator Jane Doe (R-AZ) objected.",  # a party-state tag
        "Banks called G-SIBs hold more capital.",  # the second part of a hyphenated tag
        "Vice President JD Vance spoke.",  # initials before a name
        "Russia left the 2010 New START Treaty.",  # capitals inside a name
    ],
)
def test_what_is_not_an_acronym_use(body: str) -> None:
    assert _keys(body) == []


def test_the_publishers_own_initials_need_no_spelling_out() -> None:
    body = "As a separate CRS report explains, the rate changed."
    assert _keys(body) == ["CRS"]
    assert _keys(body, "    affiliation: Congressional Research Service\n") == []
    bio = "    bio: The U.S. Government Accountability Office (GAO) is the audit agency of the U.S. Congress.\n"
    source = _brief("What GAO found: the costs rose.").replace(
        "    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.\n", bio
    )
    assert [f for f in lint(source, select=["HS005"])] == []


def test_really_meaning_in_fact_is_no_filler() -> None:
    def found(body: str) -> list[str]:
        return [f.code for f in lint(_brief(body), select=["HS006"])]

    assert found("The results were really good.") == ["HS006"]
    assert found("Nobody asks who really is black or white. What the ministry really wants is time.") == []
