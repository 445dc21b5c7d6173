"""Arabic Q101 and Q102 after the first run of rounds 139 and on (Arabic Wikipedia's AA/ and AE/ files): two learned
classes joined by a conjunction and their consensus, one rumour that spread (Q102); a broadcaster's network before its
name in marks, a ruler's name with his regnal number (Q101).
Read as constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 44"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "اعتبر الخبراء والمحللون ان حرب تموز هي حرب بالوكالة.",  # experts and analysts considered that (round 140)
        "يرى المحللون والخبراء أن الاتفاق لن يصمد.",  # analysts and experts see that
        "يجمع الخبراء ان الحرب تحولت الى حرب بالوكالة.",  # experts agree that
        "أجمع المحللون على أن الحرب تحولت.",  # the analysts agreed that
        "فسرت شائعة في البلاد التركية بأن مذبحة عظيمة أصابت السنة.",  # a rumour spread in the Turkish lands (round 139)
        "كان هناك حديث حول علاقة النسب بين العائلتين.",  # there was talk about the kinship (round 141)
        "وأقر القانون على الرغم من الشكوك حول دستوريته.",  # despite doubts about its constitutionality
        "انتقد مجموعة من المنتقدين التصميم الجديد.",  # a group of critics criticised (round 145)
        "ووجهت الكثير من الانتقادات للتصميم.",  # much criticism was directed at the design
    ],
)
def test_round_139_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "قال الوزير والمحللون إن الحرب انتهت.",  # a named minister first: named
        "يجمع الخبراء التبرعات للمتضررين.",  # experts collect donations: no claim
        "أجمع الوزراء على الاتفاق.",  # the ministers agreed on the deal: an act, no clause
        "وهي عادة شائعة في البلاد التركية.",  # a custom common in the Turkish lands: the adjective
        "وأقر القانون رغم الشكوك التي أثارها الوزير حول دستوريته.",  # the doubts the minister raised: named
        "انتقد مجموعة من القرارات الحكومية.",  # (he) criticised a set of decisions: no crowd
        "وجهت الكثير من الأسئلة للوزير.",  # many questions were put to the minister: no blame
    ],
)
def test_round_139_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        'وأوضحت شبكة "اي بي سي نيوز" أن مكتب التحقيقات الفدرالي أجرى 338 تحقيقا.',  # the network "ABC News" (round 140)
        "وبثت شبكة «الجزيرة» تقريرا عن الحرب.",  # the network «Al Jazeera» broadcast a report
    ],
)
def test_round_139_names_in_marks_are_no_unattributed_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_139_near_miss_stays_unattributed() -> None:
    # a network named three words before the marks: the words in marks are no name of it
    body = 'وفي شبكة الطرق بالمدينة الجديدة "الحكومة لن تتراجع عن قرارها مهما كانت الضغوط والتهديدات".'
    assert _codes(body, "Q101") == ["Q101"]
    # an ordinal in words quoted as a sentence: what someone said, no ruler's name
    body = 'ثم جاء الرد "الخيار الأول هو الحرب".'
    assert _codes(body, "Q101") == ["Q101"]
