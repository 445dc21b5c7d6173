"""Arabic Q102 by construction families (stop 31), on written sentences (not the labelled passages).

Each reading is a verb class with the shape of its subject or of what follows it, written so that a new
publisher's wording of the same construction is read on first sight. Every vague sentence has a twin
that must stay unreported: a named speaker, a named estimator or ranker, or the same words in another
role. See docs/accuracy.md, "Arabic Q102 families, stop 31".
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


VAGUE = [
    # more indefinite plurals of people (the intensive فعّالون, traders, families) with a verb of saying or believing
    "ويقول صيادون إن المياه ملوثة.",
    "وتقول عائلات إن المياه ملوثة.",
    "ويقول تجار إن الأسعار ارتفعت.",
    "ويخشى فلاحون أن تجف الآبار.",
    # criticising, denouncing, complaining and accusing with unnamed people as the subject
    "وانتقد ناشطون الاتفاق.",
    "ويشكو تجار من أن الأسعار ارتفعت.",
    "واتهم سياسيون الحكومة بتزوير الانتخابات.",
    "وندد الفلسطينيون بالقرار.",
    # quantifiers in construct with a definite plural of people
    "ويرى معظم المؤرخين أن المدينة أقدم.",
    "وأغلب الباحثين يعتقدون أن المدينة أقدم.",
    "ويرى بعض الباحثين أن المدينة أقدم.",
    # holding the view that, and a consensus, with unnamed holders
    "ويذهب بعض المؤرخين إلى أن المدينة أقدم.",
    "ويذهب المؤرخون إلى أن المدينة أقدم.",
    "ويذهب البعض إلى أن المدينة أقدم.",
    "ويجمع المؤرخون على أن المدينة أقدم.",
    # من + a participle of knowing, believing, estimating or noting + أن
    "ومن الملاحظ أن المدينة تغيرت.",
    "ومن الشائع أن المدينة أقدم.",
    "ومن المتعارف عليه أن المدينة أقدم.",
    # estimates after a prepositional cue with no estimator
    "وبحسب التقديرات يبلغ عدد السكان مليونا.",
    "وحسب تقديرات غير رسمية يبلغ عدد السكان مليونا.",
    # the agentless يُعتبر with an evaluation: an elative of quality, a word of rank, a noun of praise or blame
    "وتعتبر المدينة من أجمل المدن العربية.",
    "ويعتبر الميناء أبسط أشكال الموانئ في المنطقة.",
    "ويعتبر الإعلام في مصاف الدول الحرة.",
    "وتعتبر مشكلة البطالة مصدر قلق للحكومة.",
    "ويعتبر الاتفاق نجاحا كبيرا.",
    # the passive of ranking right before its subject and a rank
    "وصنفت الكويت ثانيا في مؤشر الشفافية.",
    "وتصنف المدينة ضمن أجمل المدن.",
    "وصنفت المدينة في المرتبة الأولى.",
    # the impersonal estimate, with its clause or with the sum right after what is estimated
    "ويقدر أن عدد السفن بلغ مائة.",
    "وتقدر الخسائر بمليار دولار.",
    "ويقدر عدد القتلى بالمئات.",
    "وقدر عدد المتظاهرين بعشرات الآلاف.",
    # passives marked by their vowels
    "ويُتهم الحزب بتزوير الانتخابات.",
    "وصُنفت المدينة من أجمل المدن.",
]

TWINS = [
    # named speakers, estimators and rankers
    "ويقول الصياد سالم إن المياه ملوثة.",
    "وانتقد الوزير الاتفاق.",
    "واتهم الوزير سياسيين بتزوير الانتخابات.",
    "وقال المؤرخ أحمد سالم إن المدينة أقدم.",
    "ويذهب الكاتب إلى أن المدينة أقدم.",
    "ويرى الكاتب أن المدينة أقدم.",
    "وبحسب تقديرات الأمم المتحدة يبلغ عدد السكان مليونا.",
    "واعتبر الوزير الاتفاق أفضل الحلول.",
    "واعتبر رئيس المجلس الوطني بأن الأمن الأولوية الأكبر.",
    "ويعتبر الوزير أن الاتفاق أفضل الحلول.",
    "وصنفت منظمة الشفافية الكويت ثانيا.",
    "ويقدر الوزير أن عدد السفن بلغ مائة.",
    "وتقدر الحكومة الخسائر بمليار دولار.",
    # the same words in another role: doing, not saying; going somewhere; collecting; the writer's likelihood
    "ويعمل صيادون في البحر منذ الفجر.",
    "ويذهب التجار إلى السوق كل صباح.",
    "ويجمع الصيادون الشباك في المساء.",
    "ومن المرجح أن يرتفع عدد السكان.",
    "ويُرجح أن تكون السفينة قد غرقت.",
    # a classification, not an evaluation (rule 6): a size or a figure, a part, an official status
    "وتعتبر الكويت من أكبر منتجي النفط.",
    "ويعتبر الميناء جزءا من المدينة.",
    "وتعتبر العربية اللغة الرسمية للبلاد.",
    "ويعتبر الوطني الحزب الأكبر في البرلمان.",
    # an elative-shaped name
    "وتعتبر الرسالة من أحمد إلى أخيه.",
    # أسر "capture" is no crowd; the broken plurals of things are spelled as the intensive's genitive (القوانين)
    "وأكد الجيش أسر الجنديين.",
    "وتشير بعض القوانين إلى أن الصيد ممنوع.",
    # a forecast's hedge; the noun صنف "variety"; a classification with no evaluation (rule 6)
    "ومن المتوقع أن تبدأ المحادثات غدا.",
    "وهو صنف من أجود أنواع التمر.",
    "ويصنف ضمن الأنواع المهددة بالانقراض.",
    # a relative clause after an indefinite people is another noun's; an adjective after traders describes them
    "وتعيش عائلات عربية في الحي.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_family_reading_is_vague(text: str) -> None:
    assert _vague(text), text


@pytest.mark.parametrize("text", TWINS)
def test_family_twin_is_not_vague(text: str) -> None:
    assert _vague(text) == [], text
