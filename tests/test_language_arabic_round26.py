"""Arabic Q102 after round 26's first run (WHO EMRO, EMHJ, Arabic Wikipedia): a study's respondents are its sample,
a verb of considering with its object pronoun before an unnamed many, and a saying in construct with most of a class,
read as constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _codes(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "ولذلك عدّه كثير من العلماء خامس الخلفاء الراشدين.",  # many scholars counted him
        "اعتبره كثير من المحللين خطأ استراتيجيا.",  # many analysts considered it
        "والراجح أنه ولد عام 61هـ، وهو قول أكثر المؤرخين.",  # the saying of most historians
        "وهو رأي معظم الفقهاء في المسألة.",  # the view of most jurists
        "رأى معظم المحللين أن المرض يمكن اتقاؤه.",  # most analysts held: a crowd, still vague
    ],
)
def test_round_26_constructions_are_vague(body: str) -> None:
    assert _codes(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "رأى معظم المستجيبين أن المرض يمكن اتقاؤه باستخدام الناموسيات.",  # most respondents: the study's sample
        "وقال معظم المشاركين في الدراسة إن الرعاية مقبولة.",  # most participants in the study
        "يعتبره الوزير خطأ استراتيجيا.",  # the minister considers it: named
        "قول أكثر الدول غير صحيح.",  # the saying of most states: no class of people
    ],
)
def test_round_26_near_misses_stay_silent(body: str) -> None:
    assert _codes(body) == []
