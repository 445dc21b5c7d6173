"""The Arabic grammar's clause boundaries, on written sentences (not the labelled passages).

A subject is in its verb's sentence: no pattern matches across a sentence end (a full stop, with or without
a footnote mark after it). And a verb's subject stands before its complement clause, never after أنّ/إنّ:
the crowd after the complementiser is what the speaker claims, not who claims it.
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon


def _texts(matches):
    return [m.text for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        # the crowd ends one sentence, a named speaker's verb starts the next
        "أصيب في الحادث عشرة أشخاص.[2] وأفاد المتحدث باسم الشرطة أن التحقيق بدأ.",
        "وصل إلى المدينة مئات الأشخاص. وأكد المحافظ أن الوضع هادئ.",
        "نزح آلاف السكان من المنطقة!\nوقال وزير الداخلية إن الحكومة تتابع الوضع.",
        # the crowd after the complementiser is the content of a named speaker's claim
        "ورأى أن مواطنين غاضبين هم الذين أحرقوا المبنى.",
        "وأكد أن مراقبين دوليين كانوا حاضرين في القاعة.",
    ],
)
def test_arabic_crowds_beyond_the_clause_are_not_vague(text):
    assert lexicon("ar").vague(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the same crowd with its verb in its own sentence
        ("أصيب في الحادث عشرة أشخاص. وأفاد شهود أن التحقيق بدأ.", "وأفاد شهود"),
        # a verb of saying in the crowd's own clause still makes it a source
        ("وقال الوزير إن مراقبين يرون أن الاتفاق هش.", "مراقبين يرون"),
        ("وذكرت الصحيفة أن مصادر مطلعة أكدت الخبر.", "مصادر مطلعة"),
    ],
)
def test_arabic_crowds_in_their_own_clause_stay_vague(text, span):
    assert any(span in t for t in _texts(lexicon("ar").vague(text))), _texts(lexicon("ar").vague(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the sides of an event with the article, as the protesters are (nominative after the verb; the
        # accusative after أنّ)
        ("وقال المؤيدون إن الرئيس باق في منصبه.", "وقال المؤيدون"),
        ("ويقول المعتصمون إن الشرطة أطلقت النار.", "ويقول المعتصمون"),
        ("وذكرت الإذاعة أن المعارضين يرون أن الحوار انتهى.", "المعارضين يرون"),
        # an observation by unnamed witnesses
        ("ولاحظ شهود أن الحواجز أزيلت ليلا.", "ولاحظ شهود"),
        ("شهود عيان يلاحظون أن الأسعار ارتفعت.", "شهود عيان يلاحظون"),
        # unnamed sources with a verb of speech that is not one of claiming
        ("ودعت مصادر في النقابة إلى إضراب عام.", "ودعت مصادر"),
        ("طالب مصدر في الحزب بإقالة الوزير.", "طالب مصدر"),
        # people named by no one named
        ("هاجم من يسمون المخربين المحال التجارية.", "من يسمون"),
        ("اعتقلت الشرطة من يطلق عليهم قادة الشغب.", "من يطلق عليهم"),
    ],
)
def test_arabic_sides_witnesses_sources_and_namings_are_vague(text, span):
    assert any(span in t for t in _texts(lexicon("ar").vague(text))), _texts(lexicon("ar").vague(text))


@pytest.mark.parametrize(
    "text",
    [
        # a named speaker notices, a named body demands, the sources are spoken to
        "ولاحظ الوزير أن الأسعار ارتفعت.",
        "طالبت النقابة بإقالة الوزير.",
        "وأعلن الوزير مصادر التمويل الجديدة للمشروع.",
        "وقال الوزير لمصادر في الحزب إن القرار نهائي.",
        # the namers are named, or name themselves
        "وهاجم من سماهم الوزير المخربين المحال التجارية.",
        "اعتقلت الشرطة من يسمون أنفسهم قادة الحراك.",
        # the sides as objects: the minister told the supporters
        "أخبر الوزير المؤيدين أن الاجتماع تأجل.",
        # the people whom others describe are not the describers
        "طردتهم من الساحة مجموعات من أشخاص يصفونهم بالبلطجية.",
        "تعرض المحتجون لاعتداء من شبان يعتبرونهم من أنصار الحزب.",
    ],
)
def test_arabic_named_namers_and_objects_are_not_vague(text):
    assert lexicon("ar").vague(text) == []


def test_arabic_verbs_with_a_weak_last_letter():
    from brieflint.document.language.grammar import arabic_verb

    # دعا "called", روى "narrated": the weak letter drops before ت, وا and ون
    assert {"دعت", "دعوا", "يدعون", "تدعو"} <= arabic_verb("دعا", "يدعو")
    assert {"روت", "رووا", "يروون", "تروي"} <= arabic_verb("روى", "يروي")
    # a sound verb keeps its letters
    assert {"قالت", "قالوا", "يقولون"} <= arabic_verb("قال", "يقول")
    assert "قات" not in arabic_verb("قال", "يقول")
