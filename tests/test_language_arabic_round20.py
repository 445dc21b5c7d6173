"""Arabic Q101 after round 20's first run (AFTE, the UNESCO Courier, Arabic Wikipedia), on written sentences.

Round 20's two false errors were a dynasty's name in marks (سلاطين "آل عمران بن الفضل") and a quote standing as the
article's opening, whose speaker the next sentence names by pointing back to it (تلك هي العبارات التي صرّحت بها …).
Each reading has a twin that must stay an error. See docs/accuracy.md, "Arabic round 20".
"""

from __future__ import annotations

import pytest
from support import quote_codes
from test_language_arabic_round17 import FRONT


def _codes(body: str) -> list[str]:
    return quote_codes(FRONT + body + "\n")


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        # a name by its lineage (بن written without its alif only between two names), or a family's name: a name
        ('ويعد سلاطين "آل عمران بن الفضل" أشهر من حكم المدينة في ذلك القرن.', []),
        ("وقد حكم المدينة «سالم بن عبد الله الخطيب» عشرين سنة قبل أن يموت.", []),
        ("وتنتمي الأسرة إلى «بنو هاشم الصيادين» منذ زمن بعيد.", []),
        # twin: ابن with its alif inside quoted words is a word of the sentence, not a lineage
        ("وعلى جدار البيت «أنا ابن هذه الأرض ولن أغادرها أبدا»، وتحتها رسم لشجرة.", ["Q101"]),
    ],
)
def test_a_name_by_lineage_or_family_in_marks_is_a_name(body: str, codes: list[str]) -> None:
    assert _codes(body) == codes


QUOTE = "«في عنوان هذه النشرة ما يكفي لتعريف منظمتنا كلها، منذ العدد الأول الذي صدر قبل سبعين سنة»."


@pytest.mark.parametrize(
    ("after", "codes"),
    [
        # the next sentence points back to the quote and names who said it, in the paragraph or the next one
        (" تلك هي العبارات التي صرّحت بها سلمى النجار، مديرة المعهد، في افتتاح المؤتمر.", []),
        ("\n\nتلك هي الكلمات التي قالها الوزير سالم الخطيب في افتتاح المؤتمر.", []),
        # twins: pointing back without a speaker, or a speaker without pointing back, names no one as its speaker
        (" تلك هي المشكلة التي تواجه المعهد منذ سنوات.", ["Q101"]),
        ("\n\nوفي المؤتمر قالت الصحفية سلمى النجار إن المعهد سيغلق.", ["Q101"]),
    ],
)
def test_a_speaker_named_by_the_sentence_that_points_back_to_the_quote(after: str, codes: list[str]) -> None:
    assert _codes(QUOTE + after) == codes


def _vague(body: str) -> list[str]:
    from brieflint.testing import lint

    return [f.code for f in lint(FRONT + body + "\n", select=["Q102"])]


# round 20's Q102 constructions (read after its first run), each with a near miss that must stay silent
@pytest.mark.parametrize(
    "body",
    [
        "وكان الحاكم من أهل الجبل على القول الراجح.",  # the preponderant view
        "بينت الدراسات أن الملوحة ترتفع في الخليج.",  # research shown with بيّن
        "ويرى منتقدو خطة الوزارة أنها ستضر بالصيادين.",  # people named by their stand, in construct
        "جاء في بعض الروايات أن السفينة غرقت قرب الجزيرة.",  # hearsay that "came" in narrations
        "وقد جاء أنه باع المرفأ لتاجر من البصرة.",  # "it came that", nothing between
        "وكان عمره عشرين سنة وفي رواية أخرى ثلاثين سنة.",  # another narration
        "سمعنا أنه ترك الصيد بعد الحرب.",  # first-person hearsay
        "ولم يبق في الحكم طويلا لما أخذ عليه من تسرع.",  # a reproach credited to no one
        "وتقدر حاليا قيمتها بنحو مليون دولار.",  # an estimate with an adverb of time
    ],
)
def test_round_20_constructions_are_vague(body: str) -> None:
    assert _vague(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "بين الدراسات والتقارير فرق كبير.",  # بين "between"
        "ودعا أنصاره إلى التظاهر أمام الميناء.",  # his supporters, the object
        "وقال الوزير سالم الخطيب إن السفينة غرقت، وجاء في التقرير أن الطاقم نجا.",  # a report named
        "جاء الوزير إلى الميناء صباحا.",  # came, the motion
        "الشرط الوحيد هو ذكر اسم مصدر المحتوى.",  # mentioning a name
        "سمعنا صوت الموج طوال الليل.",  # heard a sound, not hearsay
        "وتقدر الحكومة حاليا قيمتها بنحو مليون دولار.",  # the estimator named
    ],
)
def test_round_20_near_misses_stay_silent(body: str) -> None:
    assert _vague(body) == []
