"""Issue 21, item 4: the work on a brief grows linearly with its size.

Each pathological shape is checked at two sizes in one run (load and every
default rule); eight times the input may cost at most about eight times the
work (16 x allows for noise on a busy machine; a quadratic stage gives up to 64 x).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from bounded import GOOD

from brieflint.config.settings import Overrides
from brieflint.document.brief import parse
from brieflint.run.engine import Plan, Planner, check_document, prepare


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    config = tmp_path_factory.mktemp("linear") / ".brieflint.yaml"
    config.write_text("rule-timeout: 120\n", encoding="utf-8")
    p = Planner(Overrides(), str(config)).for_file(str(Path(config).parent / "a.md"))
    prepare(p)
    return p


def _body(shape: str, n: int) -> str:
    if shape == "headings":
        return "## H\n" * n
    if shape == "brackets":
        return "[" * n + "\n"
    if shape == "open-links":
        return "[a](" * n + "\n"
    if shape == "bracket-run":
        return "[" * n + "]\n"
    if shape == "quoted-citations":
        return (
            " ".join(f'The minister said this was true [@irf-2019]. "Quote {i} here," he added.' for i in range(n))
            + "\n"
        )
    if shape == "debate":  # one sentence naming both camps of a debate again and again (a Q102 for each)
        return "Supporters say it works, " + ", ".join("critics say it fails" for _ in range(n)) + ".\n"
    if (
        shape == "surnames"
    ):  # a surname opening sentence after sentence, and a plural never written in lower case (Q102)
        return (
            "AG Todd Rokita spoke. "
            + " ".join("Rokita and officials agreed. Farmers said so." for _ in range(n))
            + "\n"
        )
    if shape == "arabic-described":  # one Arabic sentence describing again and again, a cue in each (Q102)
        return " ".join("قصف وُصف بأنه الأعنف" for _ in range(n)) + ".\n"
    if shape == "arabic-governed":  # one Arabic sentence of nouns spelled like verbs of saying, then a quote (Q101)
        return " ".join("لم يكن لدى الطالبة كتب عدا كتبها" for _ in range(n)) + " “هذه كلمات مقتبسة من أحد”.\n"
    if shape == "arabic-believed":  # one Arabic sentence of impersonal beliefs, no cue in it (Q102's agentless reading)
        return " ".join("يعتقد أن الأسعار سترتفع بعد التأكيد أن الطريق آمن" for _ in range(n)) + ".\n"
    if shape == "backticks":
        return "`a " * n + "\n"
    if shape == "link-definitions":
        return "".join(f"[r{i}]: https://example.org/{i}\n" for i in range(n))
    if shape == "wide-table":
        row = "|" + "|".join("c" for _ in range(n)) + "|\n"
        return row + "|" + "|".join("-" for _ in range(n)) + "|\n" + row
    assert shape == "citations"
    return " ".join(f"Claim {i} is backed [@s{i % 5}]." for i in range(n)) + "\n"


def _seconds(plan: Plan, shape: str, n: int) -> float:
    """CPU seconds (not wall-clock: the machine may be shared), the best of three, with the
    collector off (a full collection of the whole test session's objects is not the brief's work)."""
    front = GOOD.replace("---\n", "---\nlanguage: ar\n", 1) if shape.startswith("arabic") else GOOD
    text = front + "\n" + _body(shape, n)
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            check_document(parse("a.md", text, form="markdown"), plan)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


QUADRATIC_ELSEWHERE = {
    # found by these tests, in code outside the core engineer's area; reported on issue 21
}


@pytest.mark.parametrize(
    "shape,small",
    [
        ("headings", 1000),
        ("brackets", 250),
        ("open-links", 250),
        ("bracket-run", 500),
        ("backticks", 1000),
        ("link-definitions", 500),
        ("wide-table", 250),
        ("citations", 500),
        ("quoted-citations", 250),
        ("debate", 500),
        ("surnames", 300),
        ("arabic-described", 100),
        ("arabic-governed", 100),
        ("arabic-believed", 100),
    ],
)
def test_work_grows_linearly(plan: Plan, shape: str, small: int, request: pytest.FixtureRequest) -> None:
    if shape in QUADRATIC_ELSEWHERE:
        request.applymarker(pytest.mark.xfail(reason=QUADRATIC_ELSEWHERE[shape], strict=True))
    a = _seconds(plan, shape, small)
    b = _seconds(plan, shape, 8 * small)
    assert b < 16 * a + 0.1, f"{shape}: {small} -> {a:.3f} s, {8 * small} -> {b:.3f} s"
