"""Arabic Q102 after round 29's first run (Arabic Wikipedia on disputed lives and works): a class before a comma and
a singular قال/يقول, whose own subject follows it, and one of the narrations as a source, read as constructions on
written sentences, each with near misses. See docs/accuracy.md, "Stop 35"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        # the early critics pointed this out, Ibn Sallam says: "…" (round 29's unlabelled finding)
        'وقد أشار إلى ذلك النقاد الأولون، يقول ابن سلام الجمحي: "وقد حمل عليه ما لم يحمل على أحد."',
        # one of the seven jurists, al-Zuhri said of him (round 26's)
        "وكان مفتي المدينة في زمانه، وأحد الفقهاء السبعة، قال عنه الزهري إنه بحر من بحور العلم.",
    ],
)
def test_a_singular_verb_after_a_comma_has_its_own_subject(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        "وقال الفقهاء إنه عالم.",  # the jurists said: the class as subject, still vague
        "المؤرخون يقولون إنه ولد عام 61.",  # the plural verb after its subject
        "فإحدى الروايات تذكر أنه قتل في الشارع.",  # one of the narrations mentions
        "وتذكر إحدى الروايات أنه قتل في الشارع.",
    ],
)
def test_round_29_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


def test_one_of_the_newspapers_is_no_narration() -> None:
    assert _codes("وذكرت إحدى الصحف أنه قتل.", "Q102") == []
