"""Arabic Q101 and Q102 after round 23's first run (the Media Ownership Monitor's Arabic pages, Arabic Wikipedia): a
body's name in marks with its abbreviation after it, censure with the article and from no one, blame laid with no
subject, and a view described by what it says, read as constructions on written sentences, each with near misses
that must stay silent. See docs/accuracy.md, "Stop 33"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _codes(body: str, code: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=[code])]


def test_a_name_in_marks_with_its_abbreviation_after_it() -> None:
    named = 'تحلّ في الصدارة "المؤسسة اللبنانية للإرسال إنترناسيونال" (LBCI) التي تملكها عائلتان.'
    assert _codes(named, "Q101") == []
    # the same words as a sentence said by nobody, with no abbreviation after them
    assert _codes('وظهر على الجدار "المؤسسة اللبنانية للإرسال لن تسكت أبدا عن الظلم".', "Q101") == ["Q101"]


@pytest.mark.parametrize(
    "body",
    [
        "غالباً ما يتعرّض المجلس الوطني للإعلام للانتقاد لتوجّهه المحافظ.",  # censure with the article
        "وعلى الرغم من الانتقادات، مضت الحكومة في الخطة.",  # a concessive's censure from no one
        "وأنحي باللائمة عليه في إعدام اثنين من الجنود.",  # blame laid with no subject
        "وبجانب الرأي القائل بأن النيران قتلت الصبي، ظهرت قصتان بديلتان.",  # a view by what it says
    ],
)
def test_round_23_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وعلى الرغم من الانتقادات التي وجهها الوزير، مضت الحكومة في الخطة.",  # the critic named
        "يتعرض المجلس للانتقاد من الحكومة.",  # من names who
        "وأنحى الوزير باللائمة على المعارضة.",  # a named subject lays the blame
    ],
)
def test_round_23_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        "وعرضت اللقطة مشهد احتماء الأب وابنه ببعضهما البعض، ونحيب الصبي، وإشارة الأب بالتوقف.",  # "each other"
        "ويتهم بعضهم البعض بالفساد.",  # they accuse each other
        "ووفقًا لستيفان جوفا من وكالة أنباء إسرائيلية، ذكر الطبيب أنه تم استلام محمد.",  # one news agency
        "بناءً عليه، يُفترض بالهيئة المذكورة إصدار التراخيص.",  # an obligation
    ],
)
def test_round_23_false_alarms_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []


@pytest.mark.parametrize(
    "body",
    [
        "ويتهم بعضهم الحكومة بالفساد.",  # some of them accuse the government
        "وذكرت أنباء أن الوزير استقال.",  # news from no one
        "يُفترض أن الوزير استقال.",  # a supposition credited to no one
    ],
)
def test_round_23_twins_stay_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]
