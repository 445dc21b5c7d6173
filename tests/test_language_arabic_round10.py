"""The Arabic grammar after round 10's first run, on written sentences (not the labelled passages).

Hearsay in construct with a definite noun is definite (the UN's reports, the reports of practices) and is not
an unnamed source; a definite noun of time after it is an adverb, and the reports stay unnamed. Reports or
information described as reliable are the material of a described work when a verb of resting on, relying on
or using governs them, and a source of a claim when a verb of saying follows them. Figures are where a claim
comes from with a verb of showing or proving, unless the sentence names who published them.
"""

from __future__ import annotations

import pytest

from brieflint.document.language import lexicon
from brieflint.document.language.grammar import compile_pattern


def _texts(text):
    return [m.text for m in lexicon("ar").vague(text)]


@pytest.mark.parametrize(
    "text",
    [
        # hearsay in construct with a definite noun: whose reports, or reports of what
        "وتشير تقارير الأمم المتحدة إلى أن الوضع الإنساني تدهور.",
        "ويصف تقارير الممارسات في السنة الماضية بالتفصيل.",
        "وتقول أنباء الوكالة الرسمية إن الرئيس سافر.",
        # reliable reports and information as the material of a described work
        "ويقدم الكتاب أرقاما تستند إلى تقارير موثوقة عن السوق.",
        "واعتمد الباحثون على معلومات موثوقة من سجلات المحاكم.",
        "أعدت اللجنة دراستها باستخدام معلومات موثوقة من الوزارات.",
        # figures whose publisher is named
        "وأظهرت أرقام البنك المركزي أن التضخم تراجع.",
        "وأظهرت الأرقام التي نشرتها الوزارة أن البطالة انخفضت.",
        "وتشير تقديرات الأمم المتحدة إلى أن عدد اللاجئين بلغ مليونا.",
        # figures or a verb of showing in another role
        "وأظهر الوزير الأرقام أمام البرلمان.",
        "الفرق بين الأرقام كبير هذا العام.",
        "أثبت الباحث أن الفرضية خاطئة.",
    ],
)
def test_arabic_named_or_material_reports_are_not_vague(text):
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a definite noun of time after the reports is an adverb: the reports are unnamed
        ("وذكرت تقارير اليوم أن الوزير استقال.", "وذكرت تقارير"),
        ("وأفادت أنباء الأسبوع الماضي بأن الوزير استقال.", "وأفادت أنباء"),
        # indefinite reports, reliable or not, with a verb of saying
        ("وتشير تقارير إلى أن الوزير استقال.", "وتشير تقارير"),
        ("وقالت تقارير موثوقة إن الوزير استقال.", "تقارير موثوقة"),
        ("تعتمد الحكومة على تقارير موثوقة تفيد بأن المخزون كاف.", "تقارير موثوقة تفيد"),
        # the adverbial verbal noun is a prepositional cue, not a described work's material
        ("استنادا إلى تقارير موثوقة، قتل عشرون شخصا.", "استنادا إلى تقارير موثوقة"),
        # figures as the source of a claim, with a verb of showing or proving
        ("حقيقة أثبتتها الأرقام: الصادرات تضاعفت.", "أثبتتها الأرقام"),
        ("وأظهرت الأرقام أن البطالة ارتفعت.", "وأظهرت الأرقام"),
        ("تظهر الإحصاءات أن عدد السياح تضاعف.", "تظهر الإحصاءات"),
    ],
)
def test_arabic_unnamed_reports_and_figures_stay_vague(text, span):
    assert any(span in t for t in _texts(text)), _texts(text)


def test_negated_pattern_element_needs_the_prefix_and_refuses_the_class():
    classes = {"time": frozenset({"يوم"}), "news": frozenset({"تقارير"})}
    pattern = compile_pattern("@news ال- !@time", classes)
    negated = pattern.elements[-1]
    assert negated.negated and negated.kind == "class"
    with pytest.raises(ValueError):
        compile_pattern("!@unknown", classes)
