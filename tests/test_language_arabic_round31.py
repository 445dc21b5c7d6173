"""Arabic Q101 and Q102 after rounds 31 and 32's first run (Arabic Wikipedia: petroleum, a novelist, Northern
Ireland, Uruguay; Joan of Arc, the Treaty of Sèvres): "argue", a ruling out by some experts, parties and a camp with a
member named, a singular relative's own belief, works that deal with a topic, and quotation marks mispaired across a
parenthesis, read as constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 36"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "بعض النقابيين يجادلون بأن الاتفاق فشل.",  # some unionists argue that
        "وقد يجادل البعض بأن الاتفاق فشل.",  # some may argue that
        "يرى بعض الكاثوليك أن الاتفاق فشل.",  # some Catholics see that
        "استبعد بعض الخبراء هذه النظرية.",  # some experts ruled out this theory
        "يقول المؤرخون إنها كانت مجرد حاملة للواء الجيش.",  # historians say, none named
        "يعتقد أنه مصنوع من زجاج.",  # it is believed that (agentless)
    ],
)
def test_round_31_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "يعتبر الجمهوريون قوات الدولة مقاتلين في النزاع.",  # the republicans: a party's members
        "شدد الليبراليون على أصولها المتواضعة.",  # the liberals: a political current
        "يقول المؤرخون التقليديون -أمثال إدوار بيروي- أنها كانت مجرد حاملة للواء الجيش.",  # a member named
        "كان الملك الذي كان يعتقد أنه مصنوع من زجاج مريضا.",  # the king's own belief
        "ألفت العديد من الأعمال الفنية التي تتحدث عن جان دارك منذ وفاتها.",  # works that deal with her
        "استبعد الوزير هذه النظرية.",  # the minister: named
    ],
)
def test_round_31_near_misses_stay_silent(body: str) -> None:
    assert _codes(body, "Q102") == []


def test_marks_mispaired_across_a_parenthesis_are_no_certain_quote() -> None:
    """A straight mark opened inside a parenthesis ('بسعر "برنت + 0.25 دولار للبرميل).') pairs with the next one, far
    on: the "quote" closes a parenthesis it did not open, so which words are quoted is unknown (round 31)."""
    body = (
        'يمكن أن تباع بسعر "برنت + 0.25 دولار للبرميل). وتزعم البورصة أن معظم التعاملات في سوق النفط تتم بدون '
        'الرجوع لتقييمها لخام البرنت. وتستخدم الإدارة السعر المتوسط "كسعر النفط العالمي".'
    )
    assert _codes(body, "Q101") == []
    # a parenthesis closed before the quote opens leaves the quote whole: credited to no one, it stays an error
    quoted = (
        'يمكن أن تباع بسعر (برنت + 0.25 دولار للبرميل). "إن معظم التعاملات في سوق النفط تتم بدون الرجوع لتقييمها '
        'لخام البرنت".'
    )
    assert _codes(quoted, "Q101") == ["Q101"]
