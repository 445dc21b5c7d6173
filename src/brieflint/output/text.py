"""The text format, for people: ``path:line:col: CODE severity: message``, the source line, a summary."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from brieflint.lazyre import lazy
from brieflint.model import Finding, Severity
from brieflint.output.locations import SourceLines, clean
from brieflint.output.reporters import ReportOptions
from brieflint.output.summary import plural, summary, summary_line

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET, _GREEN = "\x1b[1m", "\x1b[2m", "\x1b[0m", "\x1b[32m"
SOURCE_WIDTH = 100  # display cells of source shown under a finding; longer lines are cut around the column


# what a terminal or a CI log would act on: C0 and C1 controls (newline, CR, ESC, ...), DEL,
# and the bidirectional controls that reorder what is shown (Trojan Source)
_UNSAFE = lazy("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(m: re.Match[str]) -> str:
    ch = m.group()
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def escape(text: str) -> str:
    """``text`` safe to print on a terminal or in a CI log: controls written as escapes (``\\n``, ``\\x1b``,
    ``\\u202e``), lone surrogates (undecodable file names) as U+FFFD, so no value can forge a line or a colour."""
    if text.isprintable():  # the usual case, at C speed: no control, no bidi control, no surrogate
        return text
    text = clean(text)
    return _UNSAFE.sub(_escaped, text) if _UNSAFE.search(text) else text


def format_finding(f: Finding, color: bool = False) -> str:
    """``path:line:col: CODE severity: message`` (the form editors and CI logs link), every value escaped."""
    path, code, message = escape(f.path), escape(f.code), escape(f.message)
    if not color:
        return f"{path}:{f.line}:{f.column}: {code} {f.severity}: {message}"
    sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}"
    return f"{_BOLD}{path}{_RESET}:{f.line}:{f.column}: {_BOLD}{code}{_RESET} {sev}: {message}"


def text(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """``path:line:col: CODE severity: message`` (with the source line and a caret when asked), then a summary."""
    lines = SourceLines(result.findings, options.max_file_size)
    for f in result.findings:
        out.write(format_finding(f, options.color) + "\n")
        if options.source_lines:
            src = lines.line(f.path, f.line)
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
            out.write(f"{plural(fixable, 'finding')} {hint}.\n")


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
    if not line.isprintable() and _UNSAFE.search(line):  # one visible stand-in per control: the columns line up
        line = _UNSAFE.sub(_picture, line)
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
