"""Arabic Q102 after round 24's first run (openDemocracy's Arabic pages, Arabic Wikipedia): the learned classes and
people at large after بعض, and criticism received, read as constructions on written sentences, each with near misses
that must stay silent. See docs/accuracy.md, "Stop 33"."""

from __future__ import annotations

import pytest
from test_language_arabic_round20 import FRONT

from brieflint.testing import lint


def _vague(body: str) -> list[str]:
    return [f.code for f in lint(FRONT + body + "\n", select=["Q102"])]


@pytest.mark.parametrize(
    "body",
    [
        "ويدعي بعض الفلاسفة أن العلم لا يقدم الحقيقة.",  # some philosophers claim
        "ويرى بعض الناس أن العلم لا يقدم الحقيقة.",  # some people see
        "واستقبل القسم الانتقادات العلمية بسبب منهجه.",  # criticism received from no one
    ],
)
def test_round_24_constructions_are_vague(body: str) -> None:
    assert _vague(body) == ["Q102"]


@pytest.mark.parametrize(
    "body",
    [
        "واستقبل الوزير الوفد في مكتبه.",  # receiving a delegation
        "واستقبل القسم الانتقادات من الجامعة.",  # the critic named after من
    ],
)
def test_round_24_near_misses_stay_silent(body: str) -> None:
    assert _vague(body) == []
