"""Text output for people: colour (NO_COLOR / FORCE_COLOR), the source line with carets, the summary, progress."""

from __future__ import annotations

import io
import re

import pytest
from support import WATER

from brieflint.checks.registry import RuleSet
from brieflint.cli.main import main
from brieflint.model import Finding, Fix, Severity
from brieflint.output.progress import Progress
from brieflint.output.reporters import ReportOptions
from brieflint.output.text import source_excerpt, text
from brieflint.run.engine import FileResult, RunResult

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

BAD = WATER


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def brief(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / ".brieflint.yaml").write_text("select: [E, S]\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.md").write_text(
        BAD.replace("Water\n", "Water tariffs in Morocco\n", 1).replace("13-45", "12-15"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(out: io.StringIO, *args: str) -> str:
    err = io.StringIO()
    main(["check", "bad.md", "good.md", *args], out=out, err=err)
    assert err.getvalue() == ""
    return out.getvalue()


def test_plain_output_when_not_a_terminal(brief):
    out = _check(io.StringIO())
    assert not ANSI.search(out)
    assert out.splitlines() == [
        "bad.md:2:8: S105 error: title is 5 characters long; it must be at least 10",
        "bad.md:4:7: S103 error: date '2024-13-45' is not a valid date (YYYY-MM-DD)",
        "2 errors in 1 of 2 files.",
    ]


def test_terminal_gets_colour_and_the_source_line_with_carets(brief):
    out = _check(Terminal())
    assert ANSI.search(out)
    plain = ANSI.sub("", out).splitlines()
    assert plain == [
        "bad.md:2:8: S105 error: title is 5 characters long; it must be at least 10",
        "    title: Water",
        "           ^^^^^",
        "bad.md:4:7: S103 error: date '2024-13-45' is not a valid date (YYYY-MM-DD)",
        "    date: 2024-13-45",
        "          ^^^^^^^^^^",
        "2 errors in 1 of 2 files.",
    ]
    # the carets sit under the flagged text of the file as written
    assert BAD.split("\n")[3][6:16] == "2024-13-45"
    assert "\x1b[31merror\x1b[0m" in out  # severity in red


def test_no_color_and_force_color(brief, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = _check(Terminal())
    assert not ANSI.search(out) and "           ^^^^^" in out  # still the source, without colour
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = _check(io.StringIO())
    assert ANSI.search(out) and "^" not in out  # colour in a CI log, no source unless asked
    out = _check(io.StringIO(), "--show-source")
    assert "^^^^^" in ANSI.sub("", out)


def test_carets_count_display_cells_and_long_lines_are_cut(tmp_path):
    f = Finding("a.md", 1, 4, "Q101", Severity.WARNING, "m", 1, 7)
    assert source_excerpt(f, '目標\t"quoted"') == '    目標 "quoted"\n         ^^^\n'
    # a combining mark takes no cell
    f = Finding("a.md", 1, 4, "Q101", Severity.WARNING, "m", 1, 5)
    assert source_excerpt(f, "e\u0301 xy") == "    e\u0301 xy\n      ^\n"
    # a span that goes on to later lines: carets to the end of this line
    f = Finding("a.md", 2, 3, "R101", Severity.INFO, "m", 4, 1)
    assert source_excerpt(f, "a long sentence") == "    a long sentence\n      ^^^^^^^^^^^^^\n"
    # a point past the end of the line (a key missing at the end): one caret after it
    f = Finding("a.md", 1, 6, "S101", Severity.ERROR, "m")
    assert source_excerpt(f, "name:") == "    name:\n         ^\n"
    # a 400-character paragraph line is cut around the column, with ellipses
    line = "word " * 60 + "TARGET" + " tail" * 20
    col = line.index("TARGET") + 1
    f = Finding("a.md", 1, col, "HS001", Severity.WARNING, "m", 1, col + 6)
    shown, carets = source_excerpt(f, line).split("\n")[:2]
    assert shown.startswith("    \u2026") and shown.endswith("\u2026") and len(shown) <= 4 + 102
    assert shown[carets.index("^") : carets.index("^") + 6] == "TARGET"
    assert carets.strip() == "^^^^^^"


def test_summary_and_fixable_hint():
    fix = Fix(3, 1, 3, 5, "Iraq", "Iraq")
    findings = (
        Finding("a.md", 3, 1, "T102", Severity.WARNING, "alias", fix=fix),
        Finding("a.md", 4, 1, "S101", Severity.ERROR, "missing"),
        Finding("a.md", 5, 1, "R101", Severity.INFO, "hard"),
    )
    result = RunResult((FileResult("a.md", findings), FileResult("b.md", ())), 1)
    out = io.StringIO()
    text(result, RuleSet.of([]), out, ReportOptions())
    assert out.getvalue().splitlines()[-2:] == [
        "1 error, 1 warning and 1 info in 1 of 2 files (1 file without front matter skipped).",
        "1 finding can be fixed with `brieflint check --fix` (`--diff` shows it first).",
    ]
    quiet = io.StringIO()
    text(result, RuleSet.of([]), quiet, ReportOptions(quiet=True))
    assert len(quiet.getvalue().splitlines()) == 3


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_appears_only_on_a_terminal_after_the_delay():
    term = Terminal()
    clock = Clock()
    with Progress(10, term, delay=2.0) as p:
        p._clock = clock
        p._start = clock.now
        p.advance(3)
        assert term.getvalue() == ""  # a quick run shows nothing
        clock.now += 2.5
        p.advance(2)
        assert "[###############---------------] 5/10 files" in term.getvalue()
    assert term.getvalue().endswith("\r\x1b[K")  # cleared, so findings print on a clean line

    # as the engine's callback: (files done, files in the run)
    term = Terminal()
    with Progress(0, term, delay=0.0) as p:
        p(40, 400)
        p(400, 400)
        assert "400/400 files" in term.getvalue()

    log = io.StringIO()
    with Progress(10, log, delay=0.0) as p:
        p.advance(10)
    assert log.getvalue() == ""  # never in a log or a pipe
