"""Reporters: a table from format name to a function that writes a run's findings.

Each reporter is ``report(result, rules, out, options) -> None``; the table
names them as ``module:function`` so a format's code (and its imports) load
only when that format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from brieflint.model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult


class ReportOptions(NamedTuple):
    quiet: bool = False
    color: bool = False
    root: str = "."  # paths in SARIF are relative to it
    source_lines: bool = False  # show the offending line with a caret under the column


Reporter = Callable[["RunResult", "RuleSet", TextIO, ReportOptions], None]

REPORTERS: dict[str, str] = {
    "text": "brieflint.output.reporters:text",
    "json": "brieflint.output.reporters:json_report",
    "sarif": "brieflint.output.ci:sarif",
    "github": "brieflint.output.ci:github",
    "junit": "brieflint.output.ci:junit",
}


def get(name: str) -> Reporter:
    module, _, func = REPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def counts(findings: list[Finding]) -> dict[str, int]:
    out = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        out[str(f.severity)] += 1
    return out


def summary(result: RunResult) -> dict[str, Any]:
    findings = result.findings
    c = counts(findings)
    return {
        "files": len(result.files),
        "files_with_findings": sum(1 for r in result.files if r.findings),
        "skipped": result.skipped,
        "errors": c["error"],
        "warnings": c["warning"],
        "info": c["info"],
        "fixable": sum(1 for f in findings if f.fix is not None),
    }


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def summary_line(result: RunResult) -> str:
    s = summary(result)
    parts = []
    if s["errors"]:
        parts.append(_plural(s["errors"], "error"))
    if s["warnings"]:
        parts.append(_plural(s["warnings"], "warning"))
    if s["info"]:
        parts.append(f"{s['info']:,} info")
    checked = _plural(s["files"], "file")
    skipped = f" ({_plural(s['skipped'], 'file')} without front matter skipped)" if s["skipped"] else ""
    if not parts:
        return f"No problems in {checked}{skipped}."
    listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"{listed} in {s['files_with_findings']:,} of {checked}{skipped}."


_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET, _GREEN = "\x1b[1m", "\x1b[2m", "\x1b[0m", "\x1b[32m"
SOURCE_WIDTH = 100  # display cells of source shown under a finding; longer lines are cut around the column


def format_finding(f: Finding, color: bool = False) -> str:
    """``path:line:col: CODE severity: message`` (the form editors and CI logs link)."""
    if not color:
        return f"{f.path}:{f.line}:{f.column}: {f.code} {f.severity}: {f.message}"
    sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}"
    return f"{_BOLD}{f.path}{_RESET}:{f.line}:{f.column}: {_BOLD}{f.code}{_RESET} {sev}: {f.message}"


def text(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """``path:line:col: CODE severity: message`` (with the source line and a caret when asked), then a summary."""
    lines_cache: dict[str, list[str]] = {}
    for f in result.findings:
        out.write(format_finding(f, options.color) + "\n")
        if options.source_lines:
            src = _source_line(f, lines_cache)
            if src is not None:
                out.write(source_excerpt(f, src, options.color))
    if not options.quiet:
        line = summary_line(result)
        if options.color:
            s = summary(result)
            tone = _COLORS[Severity.ERROR] if s["errors"] else _COLORS[Severity.WARNING] if s["warnings"] else _GREEN
            if not s["errors"] and not s["warnings"] and s["info"]:
                tone = _COLORS[Severity.INFO]
            line = f"{_BOLD}{tone}{line}{_RESET}"
        out.write(line + "\n")
        fixable = sum(1 for f in result.findings if f.fix is not None)
        if fixable:
            it = "it" if fixable == 1 else "them"
            hint = f"can be fixed with `brieflint check --fix` (`--diff` shows {it} first)"
            out.write(f"{_plural(fixable, 'finding')} {hint}.\n")


def _cell_width(ch: str) -> int:
    """Terminal cells a character takes: 0 for combining marks, 2 for wide East Asian forms."""
    import unicodedata

    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def source_excerpt(f: Finding, line: str, color: bool = False) -> str:
    """The offending line (indented, cut to :data:`SOURCE_WIDTH` cells around the finding) and a caret line.

    The carets run from the column to the end column (to the end of the line
    for a finding that goes on to later lines); their offset counts display
    cells, so wide characters and combining marks do not shift them. Columns
    are code points, as in the findings.
    """
    line = line.replace("\t", " ").rstrip("\r\n")
    start = max(0, f.column - 1)
    if f.end_line == f.line and f.end_column is not None and f.end_column > f.column:
        stop = f.end_column - 1
    elif f.end_line is not None and f.end_line > f.line:
        stop = max(start + 1, len(line))
    else:
        stop = start + 1
    start = min(start, len(line))
    stop = max(start + 1, min(stop, len(line) + 1))
    # cut the line to a window of SOURCE_WIDTH cells that shows the start of the span
    widths = [_cell_width(ch) for ch in line]
    lo, hi = 0, len(line)
    if sum(widths) > SOURCE_WIDTH:
        before = 0  # up to a third of the window before the column
        lo = start
        while lo > 0 and before + widths[lo - 1] <= SOURCE_WIDTH // 3:
            lo -= 1
            before += widths[lo]
        used, hi = before, start
        while hi < len(line) and used + widths[hi] <= SOURCE_WIDTH:
            used += widths[hi]
            hi += 1
    head = "\u2026" if lo > 0 else ""
    tail = "\u2026" if hi < len(line) else ""
    shown = line[lo:hi]
    pad = len(head) + sum(widths[lo:start])
    caret = max(1, sum(widths[start : min(stop, hi)]))
    marks = "^" * caret
    if color:
        marks = f"{_COLORS[f.severity]}{marks}{_RESET}"
        shown = f"{_DIM}{head}{_RESET}{shown}{_DIM}{tail}{_RESET}" if head or tail else shown
    else:
        shown = f"{head}{shown}{tail}"
    return f"    {shown}\n    {' ' * pad}{marks}\n"


def _source_line(f: Finding, cache: dict[str, list[str]]) -> str | None:
    if f.path not in cache:
        try:
            with open(f.path, encoding="utf-8-sig", errors="replace", newline="") as fh:
                import re

                cache[f.path] = re.split(r"\r\n|\r|\n", fh.read())
        except OSError:
            cache[f.path] = []
    lines = cache[f.path]
    if 1 <= f.line <= len(lines):
        return lines[f.line - 1]
    return None


class Progress:
    """A progress line on a terminal for runs that take a while (stderr, cleared when done).

    Nothing is drawn for the first ``delay`` seconds, so short runs (and every
    run not on a terminal) print nothing extra. ``advance(n)`` after each file
    or batch, or pass the object itself as a ``progress(done, total)``
    callback; use it as a context manager so the line is cleared at the end.
    """

    def __init__(self, total: int, stream: TextIO | None = None, *, delay: float = 2.0, enabled: bool | None = None):
        import sys
        import time

        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = tty if enabled is None else enabled
        self._clock = time.monotonic
        self._start = self._clock()
        self._drawn = False
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled or self.total <= 0:
            return
        now = self._clock()
        if now - self._start < self.delay or (self._drawn and now - self._last < 0.1 and self.done < self.total):
            return
        self._last = now
        self._draw(now - self._start)

    def __call__(self, done: int, total: int) -> None:
        """The engine's callback form: ``progress(files done, files in the run)``."""
        self.total = total
        self.advance(done - self.done)

    def _draw(self, elapsed: float) -> None:
        width = 30
        frac = min(1.0, self.done / self.total)
        filled = int(frac * width)
        bar = "#" * filled + "-" * (width - filled)
        rate = self.done / elapsed if elapsed > 0 else 0.0
        self.stream.write(f"\r\x1b[K[{bar}] {self.done:,}/{self.total:,} files  {rate:,.0f}/s")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def json_report(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """One JSON object: ``{"findings": [...], "summary": {...}}``."""
    payload = {
        "findings": [f.to_json() for f in result.findings],
        "summary": summary(result),
    }
    import json

    json.dump(payload, out, indent=2, ensure_ascii=False)
    out.write("\n")
