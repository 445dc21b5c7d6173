"""Arabic Q101 and Q102 after rounds 99 to 110's first run (Arabic Wikipedia's AB/, AG/, AD/, AH/, AA/ and AF/ files
no round had used): criticism directed or met with no one named, opinions and hints and reports that say something,
a learned class agreeing, many of a class counting it so, unidentified people giving statements; titles after a fatwa
or a book and a view or a finding in marks after a verb of regarding or finding (Q101). Read as constructions on
written sentences, each with near misses. See docs/accuracy.md, "Stop 41"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "وجهت للرواية الكثير من الانتقادات بسبب الحديث عن الجنس.",  # many criticisms were directed at the novel
        "ووجهت أيضا انتقادات بسبب هجومه على الحجاب.",  # criticisms were also directed (at his attack on the hijab)
        "وجهت للحكومة انتقادات بسبب الحرب.",  # criticisms were directed at the government
        "وآراء تقول أن هذا كان بتحريض من الخارج.",  # and opinions say that this was incited from abroad
        "في المقابل يجمع المحللون الفرنسيون على أن الخطأ كان فادحا.",  # French analysts agree that
        # round 102: many of a class count it so, and rumours that exist with what they say
        "يعد كثير من النقاد ان الحركة تحولت عن أهدافها.",  # many critics hold that the movement turned from its aims
        "قلصت حظوظه مع وجود إشاعات تشير إلى تدخلات خارجية.",  # with rumours pointing to foreign interventions
        # round 104: unidentified diplomats giving statements
        "دبلوماسيون بريطانيون غير معرفين أدلوا بتصريحات مشابهة.",  # unidentified British diplomats made statements
        # rounds 105 to 108: criticism met, hints, reports showing, fame, public opinion, hearsay's own verb
        "وقد لاقى انتقادات واسعة.",  # it met with wide criticism
        "هناك تلميحات بأن الحكومة متورطة.",  # there are hints that the government is involved
        "وقد أظهرت تقارير أن الشرطة تعذب المعتقلين.",  # reports have shown that the police torture detainees
        "واشتهر عنه أنه كان يحب المال.",  # it was well known of him that he loved money
        "والرأي العام يقول إن القاضي كان فاسدا.",  # public opinion says that the judge was corrupt
        "المعلومات التي تسربت تشير إلى أن الانفجار كان مدبرا.",  # the information that leaked points to
        # rounds 109 and 110: "it is known that" with no من, and some of a class counting them so
        "وقد سقطت المدينة. ومعروف أن الجزائر ساهمت في ذلك.",  # and it is known that Algeria contributed
        "فعدّهم بعض المؤرخين من أعظم ملوك الأندلس.",  # some historians counted them among the greatest kings
    ],
)
def test_round_99_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وجهت الحكومة انتقادات للمعارضة.",  # the government directed criticisms at the opposition: named
        "وجهت لها الوزيرة انتقادات حادة.",  # the minister directed sharp criticisms at her: named
        "اتفق المحللون الفرنسيون على الخطة.",  # the French analysts agreed on the plan: a decision, no clause
        "يعد كثير من المصانع من أهم مصادر التلوث.",  # many factories are among the main sources: no clause
        "مع وجود تقارير المنظمة عن الانتهاكات.",  # with the organisation's reports on the violations: named
        "أدلى الوزير بتصريحات مشابهة.",  # the minister made similar statements: named
        # round 103: a reciprocal, and the contrary of what is said
        "الكافرين الذين يدعون بعضهم بعضا للسخرية.",  # who call one another to mockery
        "حيث يقوم الشخص بإلقاء الكلام بعكس ما يقال.",  # saying the contrary of what is said (irony's definition)
        "وقد لاقى القرار ترحيبا واسعا.",  # the decision met with a wide welcome: no criticism
        "أظهرت تقارير المنظمة أن الشرطة تعذب المعتقلين.",  # the organisation's reports showed: named
        "اشتهر الرجل بكرمه.",  # the man was famous for his generosity: no clause
        "وهذا غير معروف أن كان صحيحا.",  # this is not known, whether it was true: unknown, no claim
    ],
)
def test_round_99_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        'نشر كتاب "محنة الأقصى في ذكرى الإسراء والمعراج" عام 2002.',  # he published a book "…": its title
        'المنشورة ضمن كتاب "محنة الأقصى في ذكرى الإسراء والمعراج" جوابا عن سؤال.',  # printed in a book "…"
        'وفتواه بـ"تحريم أخذ التعويض عن أرض فلسطين" المنشورة في كتاب.',  # his fatwa "…": its title
    ],
)
def test_round_102_titles_are_no_quotes(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_round_105_a_finding_in_marks_after_found_is_attributed() -> None:
    # the British government found "that the revolution had not fully settled"
    body = 'وجدت الحكومة البريطانية "أن الثورة لم تستقر تماما" . وطلبت من حاكم عدن أن يرفض.'
    assert _codes(body, "Q101") == []


def test_round_104_a_view_in_marks_after_regarding_is_attributed() -> None:
    # Saudi Arabia and parties linked to it regard the Houthis as "an arm of Iran or the Persians"
    body = 'السعودية وأطراف مرتبطة بها في اليمن، ينظرون للحوثيين بأنهم "ذراع لإيران أو الفرس"، وأنهم شيعة.'
    assert _codes(body, "Q101") == []
