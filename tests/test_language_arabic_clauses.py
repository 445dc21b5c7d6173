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
