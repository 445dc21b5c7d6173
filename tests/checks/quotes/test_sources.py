"""Q104's advice, followed as written, leaves no Q103 or Q104 (issue 20)."""

from __future__ import annotations

import re

from brieflint.checks.quotes.common import FRONT
from brieflint.checks.quotes.sources import citable_key
from brieflint.testing import lint

BODY = "\nThe law reorganised water distribution in 2021.\n"


def _with_source(sid: str, body: str) -> str:
    head = FRONT.replace("  - id: minister-speech\n", f"  - id: minister-speech\n  - id: {sid}\n    title: Law 83-21\n")
    return head + body + "\nGrowth slowed [@minister-speech].\n"


def test_q104_advises_a_citable_key_and_following_it_clears_q103_and_q104() -> None:
    findings = lint(_with_source('"law 83-21"', BODY), select=["Q"])
    advice = [f.message for f in findings if f.code == "Q104"]
    assert len(advice) == 1 and "[@law-83-21]" in advice[0] and "rename it 'law-83-21'" in advice[0]
    key = re.search(r"\[@([^\]]+)\]", advice[0]).group(1)  # type: ignore[union-attr]
    followed = lint(_with_source(key, BODY.replace("2021.", f"2021 [@{key}].")), select=["Q"])
    assert [f.code for f in followed if f.code in ("Q103", "Q104")] == []


def test_a_citable_id_is_advised_as_it_stands() -> None:
    findings = lint(_with_source("law-83-21", BODY), select=["Q104"])
    assert [f.message.split(":")[1].strip().startswith("cite it with [@law-83-21]") for f in findings] == [True]


def test_citable_key() -> None:
    assert citable_key("law-83-21") == "law-83-21"
    assert citable_key("law 83-21") == "law-83-21"
    assert citable_key("Report (2020), p. 4") == "Report-2020-p-4"
    assert citable_key("un.2021:report") == "un.2021:report"
    assert citable_key("???") == "source"
