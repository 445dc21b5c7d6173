"""Arabic Q101 and Q102 after round 25's first run (Kohl, Arabic Wikipedia): a work's name in marks after the noun
of the work, an opinion that "there is" holding a view, and the existential من with a verb of interpreting, read as
constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 34"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _codes(body: str, code: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=[code])]


@pytest.mark.parametrize(
    "body",
    [
        'صدر عدد خاص لمجلة "كحل: مجلة أبحاث الجسد والجندر" في بيروت هذا الشهر.',  # a special issue of the journal "…"
        "نشرت صحيفة «الأيام: صوت الجنوب الحر» تحقيقا عن المياه في المدينة.",  # the newspaper "…" published
    ],
)
def test_a_works_name_in_marks_after_its_noun_is_a_title(body: str) -> None:
    assert _codes(body, "Q101") == []


def test_words_in_marks_elsewhere_are_still_a_quote() -> None:
    said = "قالت الصحيفة في افتتاحيتها: «لن نصمت بعد اليوم على هذا الفساد المستشري في كل مكان»."
    assert _codes(said, "Q101") == []  # attributed: the newspaper and a cue
    # the definite newspaper before quoted words is where they appeared, not a title: unattributed
    assert _codes("وفي الصحيفة «لن نصمت بعد اليوم على هذا الفساد المستشري في كل مكان».", "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "وثمة رأي ثالث مغاير تماما يذهب إلى أن الاسم الأصلي للمدينة هو المخيرف.",  # a third view holds that
        "لكن هناك من يفسر اسم المدينة بأنه تصغير للخريف.",  # there are those who interpret
        "ويفسر البعض ذلك بقلة الأمطار في المنطقة.",  # some interpret it by
    ],
)
def test_round_25_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وهذا يفسر ارتفاع الأسعار في الصيف.",  # this explains the rise: a thing, not a crowd
        "وثمة رأي قانوني صادر عن المحكمة يذهب إلى أن العقد باطل.",  # a view issued by the court: named
    ],
)
def test_round_25_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []
