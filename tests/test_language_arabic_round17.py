"""The Arabic grammar after round 17's first run, on written sentences (not the labelled passages).

Round 17 (Arabic Wikipedia) names people in marks (وهو «…» المعروف باسم «…»): a short quote that is the
predicate of a pronoun opening its clause, or that stands after or before a phrase of naming, is a name,
not words to attribute. Each reading has a twin that must not change: a pronoun of separation after a
subject, and quoted words too long or too punctuated to be a name, are still judged as quotes. See
docs/accuracy.md, "After round 17".
"""

from __future__ import annotations

import pytest
from support import quote_codes

from brieflint.document.language import lexicon

FRONT = """---
title: الموانئ والصيد في مدن الخليج
type: brief-analysis
date: 2026-01-01
language: ar
authors:
  - name: سلمى النجار
    bio: سلمى النجار باحثة في المعهد تدرس الموانئ والصيد والتجارة البحرية في مدن الخليج منذ عشر سنوات.
summary: تغيرت الموانئ في مدن الخليج، وهذا الموجز يعرض أسباب ذلك التغير ونتائجه على الصيادين والتجار.
topics: [Energy]
regions: [Kuwait]
---

"""


def _vague(text: str) -> list[str]:
    return [m.text for m in lexicon("ar").vague(text)]


def _codes(body: str) -> list[str]:
    return quote_codes(FRONT + body + "\n")


# each sentence has a vague attribution (يعتقد أن), so a quote read as quoted words would be Q101's error
@pytest.mark.parametrize(
    ("body", "codes"),
    [
        # the predicate of a pronoun with its conjunction opening its clause: a name
        ("ويعتقد أن القارب صنعه نجار من الحي، وهو «سالم عبد الله الخطيب» الذي مات قبل سنوات.", ["Q102"]),
        ("ويعتقد أن السفينة بيعت لشركة صغيرة، وهي «شركة النورس للنقل البحري» في البصرة.", ["Q102"]),
        # twin: a pronoun of separation after its subject introduces what is said
        ("ويعتقد أن هدف التجار هو «إبعاد السفن الكبيرة عن الخور»، ولم يتحقق ذلك.", ["Q101", "Q102"]),
        # twin: after the pronoun, words too long for a name, or with a sentence's punctuation, are a quote
        (
            "ويعتقد أن للمرفأ هدفا واحدا، وهو «أن يعود الصيادون إلى البحر قبل الشتاء وأن تفتح الأسواق كلها».",
            ["Q101", "Q102"],
        ),
        ("ويعتقد أن للمرفأ هدفا واحدا، وهو «أن يعود الصيادون، وأن تفتح الأسواق»، ولم يتحقق.", ["Q101", "Q102"]),
        # a phrase of naming after the closing mark, or before the opening one
        ("ويعتقد أن القارب صنعه «سالم عبد الله الخطيب» المعروف باسم النجار في الحي.", ["Q102"]),
        ("ويعتقد أن القارب صنعه «سالم عبد الله الخطيب» الملقب بالنجار في الحي.", ["Q102"]),
        ("ويعتقد أن القارب صنعه المدعو «سالم عبد الله الخطيب» في الحي.", ["Q102"]),
        ("ويعتقد أن القارب صنعه النجار الملقب بـ«أبو علي البحري» في الحي.", ["Q102"]),
        # twin: words after a phrase of naming that run past a name's length are quoted words
        (
            "ويعتقد أن الرجل الملقب بـ«من يبني القوارب للناس كلهم في الحي القديم قرب الخور» غادر.",
            ["Q101", "Q102"],
        ),
    ],
)
def test_names_in_marks(body: str, codes: list[str]) -> None:
    assert _codes(body) == codes


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the existential with the relative من: "there are those who say, see, trace back"
        ("ويختلف المؤرخون في أصل الاسم، فهناك من يقول إنه فارسي.", "فهناك من يقول"),
        ("وثمة من يرى أن الميناء أقدم من المدينة.", "وثمة من يرى"),
        ("وهنالك من يرجع بناء السور إلى القرن الثامن عشر.", "وهنالك من يرجع"),
        # بعض as a pronoun with a verb of attributing, with an object
        ("فيما يعزوها البعض إلى تغير التيارات البحرية.", "يعزوها البعض"),
        ("ويرجع البعض قلة الصيد إلى التلوث.", "ويرجع البعض قلة"),
        # a class with the article with a verb of classing, and the learned classes with their clause right after
        ("ويصنف الجغرافيون الخور كخليج صغير.", "ويصنف الجغرافيون"),
        ("وقد قال الخبراء بأن الميناء لن يعمل قبل سنتين.", "قال الخبراء بأن"),
        ("والمحللون يرون أن الأسعار سترتفع.", "والمحللون يرون أن"),
        # the passive of estimating right before what is estimated, with a figure, or before ب and the sum
        ("والتي يقدر عدد سفنها 40 سفينة.", "يقدر عدد سفنها 40"),
        ("وتقدر خسائر الصيادين بـ3 ملايين دينار.", "وتقدر خسائر الصيادين بـ3"),
        ("وهم الذين يقدرون بنحو ألف صياد.", "يقدرون بنحو"),
        ("تم تقدير عدد القوارب بـ500 قارب.", "تم تقدير عدد"),
        ("وتضع التقديرات حصة الصيد عند الربع.", "وتضع التقديرات"),
        # the passive of noticing
        ("ويلاحظ أن القوارب الحديثة أقل عددا.", "ويلاحظ أن"),
    ],
)
def test_vague_after_round17(text: str, span: str) -> None:
    assert _vague(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # twins: the existential with a verb of doing, not of saying
        "وهناك من يعمل في الميناء منذ الصباح.",
        # رجع "returns" with البعض and no object
        "ويرجع البعض إلى بيوتهم مساء.",
        # a named classifier: the word between verb and class is the subject
        "ويصنف الوزير الجغرافيين بين الخبراء.",
        # experts with a report of theirs, or as the object
        "وقال الخبراء الدوليون في تقريرهم إن الميناء آمن.",
        "والتقى الوزير الخبراء أمس.",
        # the estimator named between the verb and what it estimates; the writer's hedge on a figure
        "وتقدر الحكومة عدد السفن بـ40 سفينة.",
        "ويمثل الصيد ما يقدر بحوالي 5% من الوظائف.",
        # the writer's copula يعد, however evaluative
        "ويعد من أشهر موانئ الخليج.",
        "وتعد من أقدم المدن على الساحل.",
        # people speaking a language
        "وهي لهجة يتحدث بها سكان الساحل.",
        "ويتحدث سكان الجزيرة باللهجة نفسها.",
        # the active of noticing, with its subject
        "ويلاحظ الوزير أن الماء أدفأ.",
    ],
)
def test_not_vague_after_round17(text: str) -> None:
    assert _vague(text) == []
