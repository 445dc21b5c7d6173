"""Arabic Q101 and Q102 after round 28's first run (Arabic Wikipedia on disputes, Meta-Wiki): a text pointed to by a
demonstrative with its title in apposition, the quantifiers before من as written, the media putting the blame, and
reports with no one's, read as constructions on written sentences, each with near misses. See docs/accuracy.md,
"Stop 35"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


def test_a_texts_title_in_apposition_is_no_quote() -> None:
    # Katherine Maher sent this message, "…", on 29 June: the message's title, round 28's false error
    body = 'أرسلت كاثرين ماهر هذه الرسالة، "29 يونيو: تحديث عن استراتيجية حركة ويكيميديا (رقم 20)"، في 29 يونيو 2017.'
    assert _codes(body, "Q101") == []


def test_words_in_marks_after_a_text_with_no_apposition_still_quote() -> None:
    body = 'ونشرت الرسالة "لن نصمت بعد اليوم على هذا الفساد المستشري في كل مكان".'
    assert _codes(body, "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "وقتل 52 متظاهرا وفق التقارير الرسمية.",  # according to the official reports
        "وقتل 52 متظاهرا وفقا للتقارير.",  # according to the reports
        "وعلى الرغم أن وسائل الإعلام ألقت باللوم على الجماعة بشأن الهجوم.",  # the media put the blame
        "وألقت وسائل الإعلام باللوم على الجماعة.",
        "وقال كثير من المحللين إن الخطة فشلت.",  # many of the analysts said: still vague
    ],
)
def test_round_28_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وقتل 52 متظاهرا بحسب التقارير الصادرة عن وزارة الصحة.",  # the reports the ministry issued: named
        "وقتل 52 متظاهرا حسب الأنباء التي نشرتها الوزارة.",  # the news the ministry published
        "وألقى الوزير باللوم على الجماعة.",  # the minister put the blame: named
    ],
)
def test_round_28_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []
