"""The Arabic grammar's morphology and agentless constructions, on written sentences (not the labelled passages).

Participles in either gender and number, a present tense shared by two verbs (أبلغ "informed" and بلغ
"reached"), a noun that is an event rather than a speech act (مؤتمر), crowds after a preposition, the subject
in the accusative after إنّ/أنّ, and agentless passives and verbal nouns of describing, considering and
asserting, which are vague only where their sentence names no speaker.
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon
from brieflint.document.language.grammar import arabic_participle, expand


def _texts(matches):
    return [m.text for m in matches]


def test_participle_forms():
    assert arabic_participle("قائل") == {"قائلا", "قائله", "قائلين", "قائلات", "قائلون"}
    assert expand("مضيف+") == arabic_participle("مضيف")
    assert expand("+") == {"+"}  # a lone mark is a word, not an empty stem


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("تظاهرت النساء قائلات إن الأسعار مرتفعة.", "قائلات"),
        ("وقف الطلاب أمام الجامعة معلنين أن الإضراب مستمر.", "معلنين"),
        ("خرج العمال إلى الشارع مرددين شعارات ضد الإدارة.", "مرددين"),
    ],
)
def test_participles_of_saying_in_the_plural_share_the_subject(sentence, span):
    assert span in _texts(lexicon("ar").dependent_cues(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # بلغ "reached": an age, a number
        "تبلغ الطالبة من العمر 19 عاما.",
        "يبلغ عدد سكان المدينة مليون نسمة.",
        # a conference as an event, not a press conference
        "شارك الوفد في مؤتمر المناخ في باريس.",
    ],
)
def test_arabic_words_that_are_not_cues(sentence):
    assert not lexicon("ar").cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "تبلغ الوزارة المواطنين بأن المعبر مغلق.",
        "أبلغت الشرطة الصحفيين أن التحقيق مستمر.",
        "في مؤتمر صحافي عقد أمس بالقاهرة أعلن الاتفاق.",
        "وردد الطلاب هتافات ضد الحكومة.",
    ],
)
def test_arabic_cues_by_context(sentence):
    assert lexicon("ar").cues(sentence)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # agentless passives of describing and considering: no object pronoun, the predicate right after
        ("تعرضت القرية لهجوم وُصف بأنه الأسوأ منذ سنوات.", "وُصف بأنه"),
        ("المشروع يوصف بأنه الأكبر في المنطقة.", "يوصف بأنه"),
        ("وتعتبر من أقدم المدن في العالم.", "وتعتبر من"),
        ("والقرار اعتُبر ضروريًا لحماية المدنيين.", "اعتُبر ضروريًا"),
        ("كانوا يخشون أن يعتبروا متطرفين.", "يعتبروا متطرفين"),
        # agentless verbal nouns of asserting, after a preposition of time or concession or تمّ
        ("عاد النازحون بعد الإعلان أن القتال انتهى.", "بعد الإعلان أن"),
        ("رغم الادعاء بأن الانتخابات نزيهة، قاطعها الناخبون.", "رغم الادعاء بأن"),
        ("وتم التأكيد على أن المعبر سيفتح غدا.", "وتم التأكيد على أن"),
        # a crowd named with the article, in the accusative after أنّ (the subject of its clause)
        ("وذكر التقرير أن المحتجين يقولون إن الشرطة أطلقت النار.", "أن المحتجين يقولون"),
        # the present of أبلغ with what it reports
        ("يبلغ سكان عن انقطاع الكهرباء منذ أيام.", "يبلغ سكان عن"),
        ("وفقًا لمصادر مطلعة، تأجل الاجتماع.", "وفقًا لمصادر مطلعة"),
    ],
)
def test_arabic_agentless_and_accusative_subjects_are_vague(sentence, span):
    assert span in _texts(lexicon("ar").vague(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # active: an object pronoun or a named subject between the verb and its predicate
        "وصفه الوزير بأنه الأسوأ منذ سنوات.",
        "ويعتبر الوزير أن القرار ضروري.",
        "يعتبر هذا القرار خطأ.",
        # يعد "prepares"
        "تعد الوزارة خطة جديدة للنقل.",
        # يُعدّ من "is counted among": the writer's own copula (the labelling since round 16; docs/accuracy.md)
        "يُعد من أبرز الكتاب في جيله.",
        # a speaker named in the sentence holds the description
        "وقال المتحدث إن القرية تعرضت لهجوم وُصف بأنه الأسوأ.",
        # the subject's own assertion: renewed, or made while acting
        "جدد الوزير التأكيد على أن الاتفاق قائم.",
        "وقعت الحكومة الاتفاق مع التأكيد على أن التنفيذ سيبدأ فورا.",
        # crowds after a preposition are spoken to or about
        "قال الوزير لمراقبين أجانب إن الانتخابات نزيهة.",
        "أدى نشر الصحفيين لتقارير تكشف الفساد إلى اعتقالهم.",
        # a crowd as the object, no إنّ before it
        "التقى الوزير المحتجين وقال لهم إن مطالبهم مشروعة.",
        # بلغ "reached"
        "يبلغ عدد سكان المدينة مليون نسمة.",
    ],
)
def test_arabic_named_or_active_is_not_vague(sentence):
    assert not lexicon("ar").vague(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "is_cue"),
    [
        # threatening and pledging report words only with what they announce
        ("وهدد الوزير بأن الحكومة ستستقيل.", True),
        ("هددت الفيضانات القرى المجاورة.", False),
        ("وتعهد الرئيس بأن الانتخابات ستجرى في موعدها.", True),
        # أورد "cited" (the past; the present يورّد is also "supplies")
        ("وأوردت الصحيفة أن الاجتماع تأجل.", True),
        ("تورد الشركة المعدات إلى المستشفيات.", False),
        # the verbal noun after ب: the subject's words; without it, the writer's
        ("وختم كلمته بالقول إن الأزمة ستنتهي.", True),
        ("يمكن القول إن الأزمة انتهت.", False),
    ],
)
def test_arabic_cues_of_threatening_citing_and_concluding(sentence, is_cue):
    assert bool(lexicon("ar").cues(sentence)) is is_cue, sentence


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("نقلت الوكالة عن مصادر مطلعة أن الاجتماع تأجل.", "نقلت الوكالة عن مصادر مطلعة"),
        ("ونقل التلفزيون عن مصدر أمني قوله إن الهجوم فشل.", "ونقل التلفزيون عن مصدر"),
    ],
)
def test_arabic_relayed_from_an_unnamed_source_is_vague(sentence, span):
    assert span in _texts(lexicon("ar").vague(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "نقلت الوزارة الجرحى عن طريق البحر.",
        "كشف الوزير عن مصادر تمويل جديدة.",
        "نقلت الوكالة عن الوزير قوله إن الهجوم فشل.",
    ],
)
def test_arabic_relayed_from_a_named_source_or_moved_is_not_vague(sentence):
    assert not lexicon("ar").vague(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "is_cue"),
    [
        ("وجاء في التقرير أن الفقر ارتفع.", True),
        ("وورد في البيان أن المعبر سيفتح.", True),
        ("جاء الوزير في موعده.", False),
        ("جاءت في المرتبة الأولى.", False),
    ],
)
def test_arabic_stated_in_a_document(sentence, is_cue):
    assert bool(lexicon("ar").cues(sentence)) is is_cue, sentence


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("يتردد أن الوزير سيستقيل.", "يتردد أن"),
        ("قال مسؤول رفض الكشف عن اسمه إن الهجوم فشل.", "مسؤول رفض الكشف"),
        ("وقال دبلوماسي غربي طلب عدم ذكر اسمه إن المفاوضات متعثرة.", "دبلوماسي غربي طلب عدم"),
    ],
)
def test_arabic_withheld_names_and_rumours_are_vague(sentence, span):
    assert span in _texts(lexicon("ar").vague(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a role alone is anonymous but specific (the guide's "a Senate aide")
        "وقال مسؤول أوروبي إن المفاوضات متعثرة.",
        "تردد الوزير في التوقيع.",
        "رفض المسؤول الكشف عن تفاصيل الخطة.",
    ],
)
def test_arabic_roles_and_hesitation_are_not_vague(sentence):
    assert not lexicon("ar").vague(sentence), sentence
