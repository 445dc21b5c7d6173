"""Arabic Q101 and Q102 after round 27's first run (FAO, Arabic Wikipedia): words in marks after a document's verb of
examining are its subject or subtitle, and assessments, projections and evidence speak as estimates do, read as
constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        # this year's report examines ways of "…": the report's subtitle, round 27's false error
        'ويبحث تقرير هذا العام في سبل "زيادة قدرة النظم الزراعية والغذائية على الصمود أمام الصدمات وحالات الإجهاد".',
        'تتناول الدراسة "أثر التغير المناخي على الزراعة في المناطق الجافة وشبه الجافة".',  # the study treats "…"
    ],
)
def test_words_in_marks_a_document_examines_are_its_subject(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_a_person_examining_words_in_marks_still_quotes() -> None:
    body = 'ويبحث الوزير في سبل "زيادة قدرة النظم الزراعية والغذائية على الصمود أمام الصدمات".'
    assert _codes(body, "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "وتشير التقييمات والتوقعات والسيناريوهات الأخيرة إلى تسارع وتيرة استنزاف الموارد.",  # assessments indicate
        "وتشير التوقعات إلى ارتفاع الأسعار في العام المقبل.",  # projections indicate
        "وتدل الأدلة على حدوث تباطؤ في الإنتاجية الزراعية.",  # the evidence indicates
        "وتدل الدراسات على أن الفقر ارتفع في الريف.",  # studies indicate that
        "بقي 160 خطابا فقط (حسب التقدير) من أصل 3000.",  # according to the estimate
    ],
)
def test_round_27_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وأكد الوزير التوقعات الجديدة للنمو.",  # the minister confirmed the projections: his
        "وقدم الوزير الأدلة على حدوث تباطؤ.",  # the minister presented the evidence
        "وحسب تقدير الوزارة ارتفعت الأسعار.",  # according to the ministry's estimate: named
        "ويدل ذلك على حدوث تباطؤ.",  # that indicates: the writer's inference
    ],
)
def test_round_27_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []
