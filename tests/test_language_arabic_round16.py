"""The Arabic grammar after round 16's first run, on written sentences (not the labelled passages).

Round 16 (Arabic Wikipedia) credits views to peoples and classes with the article (يعتقد العرب، يرى
المؤرخون), to بعض with a definite plural (بعض الجهات), to a share of a people (نسبة كبيرة من), to a
verbal noun's unnamed agent (بإعلان منظمات أن), to accusations levelled by unnamed people (من قبل
نشطاء), and to impersonal estimates, observation and knowledge (من المقدر أن، يُقدَّر … بحوالي، لوحظ،
يُعرف عن), and evaluates with the agentless يُعتبر (a superlative or a word of rank for its predicate).
Each reading has a twin that must not fire: the same words in another role. For Q101, the passive of
considering with its subject (ويعتبر هدف الجمعية هو «…») is not a speaker's verb with a dropped
pronoun. See docs/accuracy.md, "Arabic round 16".
"""

from __future__ import annotations

import pytest
from support import quote_codes

from brieflint.document.language import lexicon

FRONT = """---
title: الهجرة والعمل في مدن الساحل
type: brief-analysis
date: 2026-01-01
language: ar
authors:
  - name: ليلى حداد
    bio: ليلى حداد باحثة في المعهد تدرس الهجرة وأسواق العمل في مدن الساحل ومدن الداخل منذ عشر سنوات.
summary: تغيرت أسواق العمل في مدن الساحل، وهذا الموجز يعرض أسباب ذلك التغير ونتائجه على الأسر والمدن.
topics: [Energy]
regions: [Iraq]
---

"""


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


def _codes(body: str) -> list[str]:
    return quote_codes(FRONT + body + "\n")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # peoples and classes with the article, either order
        ("ويرى الأكراد أن الحكم الذاتي حق لهم.", "ويرى الأكراد"),
        ("ويقول الاقتصاديون إن الأجور لن ترتفع.", "ويقول الاقتصاديون"),
        ("والمؤرخون يعتقدون أن المدينة أقدم من ذلك.", "والمؤرخون يعتقدون"),
        ("ويشكك الباحثون في دقة هذه الأرقام.", "ويشكك الباحثون"),
        ("ويستند المعترضون على القانون إلى نص الدستور.", "ويستند المعترضون"),
        # بعض with a definite plural, and the verbs of labelling
        ("وترى بعض الأوساط أن الاتفاق هش.", "بعض الأوساط"),
        ("ويعتقد بعض المحللين أن الأسعار ستنخفض.", "بعض المحللين"),
        ("وقد صنفت بعض الجهات الحركة على أنها متطرفة.", "بعض الجهات"),
        ("وهي الأزمة كما سمتها بعض الأوساط الإعلامية.", "بعض الأوساط"),
        # a share of a people
        ("ويرى جزء من السكان ذلك، وتعتقد نسبة كبيرة من العمال أن الأجر زهيد.", "نسبة كبيرة من"),
        ("وغالبية من المهاجرين الجدد يقولون إن السكن غال.", "وغالبية من"),
        # a verbal noun of declaring with unnamed agents, and accusations levelled by unnamed people
        ("وتأثرت سمعة الشركة بتأكيد مصادر نقابية أن الرواتب تأخرت.", "بتأكيد مصادر نقابية أن"),
        ("ووُجهت اتهامات للمحافظ من قبل ناشطين محليين.", "اتهامات للمحافظ من قبل ناشطين"),
        # impersonal estimates, observation and knowledge
        ("ومن المقدر أن يصل عدد العمال إلى مليون.", "من المقدر أن"),
        ("ويقدر حجم التحويلات السنوية بنحو ملياري دولار.", "ويقدر حجم التحويلات السنوية بنحو"),
        ("ولوحظ تراجع الإقبال على المدارس الفنية.", "ولوحظ"),
        ("وعُرف عن الحاكم السابق ميله إلى التقشف.", "وعُرف عن الحاكم"),
        # the agentless evaluative يُعتبر: a superlative or a word of rank for its predicate
        ("وتعتبر هذه الموجة الأعنف منذ عقد.", "وتعتبر هذه الموجة الأعنف"),
        ("ويعتبر الميناء من أهم موانئ المنطقة.", "ويعتبر الميناء من أهم"),
    ],
)
def test_arabic_round16_constructions_are_vague(text, span):
    found = _vague(text)
    assert any(span in t or t in span for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a people as the object of a named speaker, or after a preposition
        "وأبلغ الوزير الأكراد أن الحكم الذاتي مؤجل.",
        "وقال الوزير للاقتصاديين إن الأجور سترتفع.",
        # the participants of an event point back to it; a thing, not people (التلفزيون، المضمون)
        "وقال المشاركون في المسيرة إنهم سيعودون غدا.",
        "ويقول التلفزيون الرسمي إن الطريق مفتوح.",
        "ويؤكد المضمون أن القانون سار.",
        # بعض with a definite noun that is not people
        "وذكر بعض الأمثلة على ذلك في تقريره.",
        "وصنف الوزير الطلبات على أنها عاجلة.",
        # a share of what is not people, without من; part of a plan
        "وارتفعت نسبة البطالة، وقال الوزير إن الوضع سيتحسن.",
        # a declaration by a named body
        "بعد إعلان الوزارة أن الطريق مفتوح.",
        # accusations before (من قبل with no crowd after it)
        "ورفض الوزير اتهامات وجهت إليه من قبل.",
        # the estimate of a named estimator; an estimate without a sum
        "وتقدر الحكومة عدد اللاجئين بنحو مليون.",
        "ويقدر الوزير جهود العمال.",
        # knowing about oneself; a named speaker's evaluation
        "وعرف عن نفسه بأنه مهندس.",
        "واعتبر الوزير أن الاتفاق أفضل من سابقه.",
        # a classification by a figure or an order (rule 6)
        "ويعتبر الميناء أكبر موانئ المنطقة.",
        # an indefinite noun takes no الذين: the relative clause is another noun's
        "بين الحكومة والمعارضة (مسيحيون ومسلمون) الذين يرون في الاتفاق فرصة.",
    ],
)
def test_arabic_round16_other_roles_are_not_vague(text):
    assert _vague(text) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the passive of considering with its subject and a pronoun of separation: no speaker
        ('وتأسست الجمعية في العاصمة. ويعتبر هدف الجمعية الأساس هو "تعليم الكبار القراءة والكتابة في القرى".', True),
        # a quote right after it is its subject, a name in marks: no speaker for the next quote
        (
            'كما اعتبرت "جمعية المعلمين" مسؤولة عن البرامج. ويعتبر هدفها الأول هو "تعليم الكبار القراءة في القرى".',
            True,
        ),
        # the active with its named subject, the quote after it (what is considered)
        ('وافتتح الوزير المدرسة. واعتبر وزير التعليم خلال الحفل "أن التعليم هو الطريق الوحيد للنهوض بالقرى".', False),
        # with أن, a speaker's verb
        ('واعتبر الوزير أن هدف الجمعية هو "تعليم الكبار القراءة والكتابة في القرى".', False),
    ],
)
def test_arabic_the_passive_of_considering_is_not_a_speaker(body, flagged):
    assert ("Q101" in _codes(body)) is flagged


def test_the_rules_report_the_new_readings_in_a_brief():
    body = "ويرى الأكراد أن الحكم الذاتي حق لهم. وقال الوزير للاقتصاديين إن الأجور سترتفع. ولوحظ تراجع الإقبال."
    codes = _codes(body)
    assert codes.count("Q102") == 2 and "Q101" not in codes, codes
