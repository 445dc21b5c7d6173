"""The R rules' example briefs (``bad`` and ``good`` for ``brieflint explain`` and the rule tests)."""

from __future__ import annotations

from brieflint.checks.examples import GOOD

# the shared example's front matter, with the deck to be filled in and only the topic the prose is about
_SHARED_FRONT = GOOD[: GOOD.index("\n---\n") + 5]
FRONT = (
    _SHARED_FRONT[: _SHARED_FRONT.index("summary: >-\n")]
    + "summary: >-\n  {summary}\ntopics: [Water & Environment]\nregions: [Morocco]\n---\n"
)

SUMMARY = (
    "Rabat wants regional companies to run water and power. The plan could pay for new pipes, "
    "but only if tariffs protect poor homes."
)

PLAIN = (
    "Morocco's parliament passed a law to move water and power to regional companies. "
    "The state will own most of each company. Towns will lose their old utility boards. "
    "The reform starts next year in four regions.\n\n"
    "## What it means for tariffs\n\n"
    "Prices will rise for the largest users first. Poor homes keep a social tariff for the first "
    "block of water. The new regulator will publish its rules before the first bills arrive. "
    "Small towns fear they will pay more than cities.\n"
)


def brief(body: str, summary: str = SUMMARY) -> str:
    return FRONT.format(summary=summary) + "\n" + body


GOOD = brief(PLAIN)

# a section of over 100 words written in long, heavily subordinated sentences
DENSE = (
    "## Institutional arrangements\n\n"
    "The reorganization of municipal distribution responsibilities into regional multiservice "
    "companies, which the legislation envisages as majority state-owned entities operating under "
    "delegated management contracts, presupposes administrative capabilities, regulatory "
    "independence and financial transparency that the existing institutional architecture has "
    "historically demonstrated only intermittently. "
    "Consequently, the effectiveness of the tariff regulator, whose statutory independence remains "
    "ambiguously defined relative to the interior ministry's supervisory prerogatives, will "
    "determine whether the anticipated efficiency improvements materialize or whether operational "
    "deficiencies simply migrate from municipalities to regional administrations. "
    "Additionally, international development institutions conditioning concessional financing on "
    "cost-recovery benchmarks could precipitate politically consequential tariff adjustments before "
    "compensatory social protection mechanisms become operational.\n"
)

# a section of over 100 words in short sentences of long words (low reading ease, moderate grade)
JARGON = (
    "## Institutional arrangements\n\n"
    "Regional operators administer distribution infrastructure. Municipal authorities relinquish "
    "operational responsibilities. Independent regulatory institutions determine tariff "
    "methodologies. Ministerial supervisory prerogatives remain ambiguously delineated. "
    "International development institutions prioritize cost-recovery considerations. "
    "Concessional financing necessitates comprehensive administrative reorganization. "
    "Vulnerable communities anticipate considerable affordability difficulties. "
    "Compensatory redistributive mechanisms remain underdeveloped. "
    "Parliamentary oversight capabilities appear insufficiently consolidated. "
    "Environmental sustainability considerations necessitate infrastructure rehabilitation. "
    "Hydrological variability intensifies operational uncertainties. "
    "Consequently, regulatory independence constitutes a fundamental precondition. "
    "Administrative decentralization necessitates institutional capability development. "
    "Operational efficiency improvements presuppose organizational transformation. "
    "Municipal authorities relinquish operational responsibilities. "
    "Independent regulatory institutions determine tariff methodologies. "
    "Ministerial authorities anticipate considerable institutional difficulties. "
    "Regional distribution administrators anticipate considerable institutional difficulties.\n"
)

HARD_SENTENCE = (
    "The regional companies will take over distribution from the municipal boards, which have "
    "accumulated substantial unpaid obligations to the national electricity utility, according to "
    "the interior ministry.\n"
)

VERY_HARD_SENTENCE = (
    "The reorganization of municipal distribution into regional multiservice companies presupposes "
    "administrative capabilities, regulatory independence and financial transparency that the "
    "existing institutional architecture has historically demonstrated only intermittently.\n"
)

LONG_PARAGRAPH = " ".join(["Prices will rise for the largest users first, and poor homes keep a social tariff."] * 15)

LONG_SECTION = "## The reform in detail\n\n" + "\n\n".join(
    ["The state will own most of each company. Towns will lose their old boards. " * 6] * 10
)
