"""Arabic Q101 and Q102 after rounds 48 and 49's first run (Arabic Wikipedia's AC/ and AF/ folders): a programme's
goals and a gloss that translates a title, before words in marks; speculation as a subject after أن; historical
sources as a source; read as constructions on written sentences, each with near misses. See docs/accuracy.md,
"Stop 38"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        # but speculation points to South Yemen's involvement
        "اغتيل الرئيس بحقيبة مفخخة إلا أن تكهنات تشير بضلوع اليمن الجنوبي في الحادث.",
        "قتل الرئيس لكن تقارير تشير إلى ضلوع جهات خارجية.",  # but reports point to
        "حسب المصادر التاريخية فإن القرية تأسست قبل خمسة قرون.",  # according to historical sources
    ],
)
def test_round_48_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وقال الوزير إن تقارير الأمم المتحدة تشير إلى تحسن.",  # the UN's reports: named
        "حسب تقرير وزارة الصحة فإن القرية تأسست قبل خمسة قرون.",  # according to the health ministry's report
    ],
)
def test_round_48_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        # the revolution's second goal was "…": the programme's words
        'كان الهدف الثاني من أهداف الثورة السبتمبرية "بناء جيش وطني قوي لحماية البلاد وحراسة الثورة ومكاسبها" من '
        "أهم أهداف الثورة.",
        # a documentary (in Norwegian: …) meaning ("Freedom, equality and the Muslim Brotherhood")
        'أنتج فيلما وثائقيا (بالنرويجية: Frihet, likhet og Det muslimske brorskap) بمعنى ("الحرية، المساواة، والإخوان '
        'المسلمين") عام 2010.',
    ],
)
def test_round_48_goals_and_glosses_are_no_quotes_to_attribute(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_48_words_in_marks_with_no_goal_before_them_stay_reported() -> None:
    """The same words in marks after a clause that names no goal, no gloss and no speaker: still unattributed."""
    body = 'كان الوضع صعبا "بناء جيش وطني قوي لحماية البلاد وحراسة الثورة ومكاسبها وإنجازاتها كلها" من أهم ما جرى.'
    assert _codes(body, "Q101") == ["Q101"]
