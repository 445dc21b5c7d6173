"""Arabic Q102 after rounds 99 and 100's first run (Arabic Wikipedia's AB/ folder): criticism directed at a thing with
no one directing it, opinions with no holder that say something, and a learned class with an adjective of who it is
agreeing. Read as constructions on written sentences, each with near misses. See docs/accuracy.md, "Stop 41"."""

from __future__ import annotations

import pytest
from test_language_arabic_round25 import _codes


@pytest.mark.parametrize(
    "body",
    [
        "وجهت للرواية الكثير من الانتقادات بسبب الحديث عن الجنس.",  # many criticisms were directed at the novel
        "ووجهت أيضا انتقادات بسبب هجومه على الحجاب.",  # criticisms were also directed (at his attack on the hijab)
        "وجهت للحكومة انتقادات بسبب الحرب.",  # criticisms were directed at the government
        "وآراء تقول أن هذا كان بتحريض من الخارج.",  # and opinions say that this was incited from abroad
        "في المقابل يجمع المحللون الفرنسيون على أن الخطأ كان فادحا.",  # French analysts agree that
    ],
)
def test_round_99_constructions_are_vague(body: str) -> None:
    assert _codes(body, "Q102") == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "وجهت الحكومة انتقادات للمعارضة.",  # the government directed criticisms at the opposition: named
        "وجهت لها الوزيرة انتقادات حادة.",  # the minister directed sharp criticisms at her: named
        "اتفق المحللون الفرنسيون على الخطة.",  # the French analysts agreed on the plan: a decision, no clause
    ],
)
def test_round_99_near_misses_are_not_vague(body: str) -> None:
    assert _codes(body, "Q102") == []
