"""Arabic Q102 after round 21's first run (GOV.UK's Arabic statements, Arabic Wikipedia): its false alarms read as
constructions, on written sentences. Each near miss must stay silent, and its twin with the source left out must stay
vague. See docs/accuracy.md, "Stop 32"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _vague(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "تعتبر إسبانيا دولة ديمقراطية ذات نظام ملكي.",  # a country's name ending in ا is the subject
        "وسندعو إلى التحقيق بما يعتبر انتهاكا لقرارات المجلس.",  # بما يعتبر "in what amounts to"
        "نادرا ما يذهب الذين يعتبرون أنفسهم متدينين إلى الكنيسة.",  # how people identify themselves
        "وهو نظام تصنفه تقارير منظمة التعاون والتنمية بين الأضعف.",  # reports a body owns
        "جددنا، نحن وشركاؤنا الأوربيون والدوليون، دعمنا للاتفاق، وأكدنا هذا الدعم.",  # "we and our partners"
    ],
)
def test_round_21_near_misses_stay_silent(body: str) -> None:
    assert _vague(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "وهو نظام تصنفه تقارير بين الأضعف في المنطقة.",  # reports no one owns
        "ويعتبر ضروريا تغيير القوانين قبل الانتخابات.",  # the agentless يعتبر before its predicate
        "وأكد مراقبون دوليون أن الاتفاق انتهى.",  # a crowd, not "we"
    ],
)
def test_round_21_twins_stay_vague(body: str) -> None:
    assert _vague(body) == ["Q102"]


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        # round 21's recall constructions, each with a near miss
        ("وهناك مخاوف صدرت عن العديد من المعلقين الاقتصاديين بشأن الديون.", ["Q102"]),
        ("وقد ظهرت أدلة تشير إلى أن الشركة خالفت القانون.", ["Q102"]),
        ("وقدمت الشرطة أدلة تشير إلى أن الشركة خالفت القانون.", []),  # evidence the police presented
        ("والقراءة بالنسبة للبعض ترف لا يقدرون عليه.", ["Q102"]),
        ("بالنسبة للوزارة فإن الخطة ناجحة.", []),  # for a body named
        ("ففي احصائية وُجد أن القراء قلة.", ["Q102"]),  # found, in the passive its vowels show
        ("ووجد الباحث أن القراء قلة.", []),  # the researcher found
    ],
)
def test_round_21_constructions(body: str, codes: list[str]) -> None:
    assert _vague(body) == codes
