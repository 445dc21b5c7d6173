"""Arabic Q101 after round 20's first run (AFTE, the UNESCO Courier, Arabic Wikipedia), on written sentences.

Round 20's two false errors were a dynasty's name in marks (سلاطين "آل عمران بن الفضل") and a quote standing as the
article's opening, whose speaker the next sentence names by pointing back to it (تلك هي العبارات التي صرّحت بها …).
Each reading has a twin that must stay an error. See docs/accuracy.md, "Arabic round 20".
"""

from __future__ import annotations

import pytest
from support import quote_codes

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
