"""Reporters: a table from format name to a function that writes a run's findings.

Each reporter is ``report(result, rules, out, options) -> None``; the table
names them as ``module:function`` so a format's code (and its imports) load
only when that format is asked for.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from brieflint.model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.engine import RunResult
    from brieflint.registry import RuleSet


@dataclass(frozen=True)
class ReportOptions:
    quiet: bool = False
    color: bool = False
    root: str = "."  # paths in SARIF are relative to it
    source_lines: bool = False  # show the offending line with a caret under the column


Reporter = Callable[["RunResult", "RuleSet", TextIO, ReportOptions], None]

REPORTERS: dict[str, str] = {
    "text": "brieflint.reporters:text",
    "json": "brieflint.reporters:json_report",
    "sarif": "brieflint.report_ci:sarif",
    "github": "brieflint.report_ci:github",
    "junit": "brieflint.report_ci:junit",
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


def format_finding(f: Finding, color: bool = False) -> str:
    sev = str(f.severity)
    if color:
        sev = f"{_COLORS[f.severity]}{sev}\x1b[0m"
        code = f"\x1b[1m{f.code}\x1b[0m"
    else:
        code = f.code
    return f"{f.path}:{f.line}:{f.column}: {code} {sev}: {f.message}"


def text(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """``path:line:col: CODE severity: message``, then a summary line."""
    lines_cache: dict[str, list[str]] = {}
    for f in result.findings:
        out.write(format_finding(f, options.color) + "\n")
        if options.source_lines:
            src = _source_line(f, lines_cache)
            if src is not None:
                caret_len = (f.end_column - f.column) if f.end_line == f.line and f.end_column else 1
                out.write(f"    {src}\n    {' ' * (f.column - 1)}{'^' * max(1, caret_len)}\n")
    if not options.quiet:
        out.write(summary_line(result) + "\n")


def _source_line(f: Finding, cache: dict[str, list[str]]) -> str | None:
    if f.path not in cache:
        try:
            with open(f.path, encoding="utf-8-sig") as fh:
                cache[f.path] = fh.read().replace("\r\n", "\n").split("\n")
        except (OSError, UnicodeDecodeError):
            cache[f.path] = []
    lines = cache[f.path]
    if 1 <= f.line <= len(lines):
        return lines[f.line - 1].replace("\t", " ")
    return None


def json_report(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """One JSON object: ``{"findings": [...], "summary": {...}}``."""
    payload = {
        "findings": [f.to_json() for f in result.findings],
        "summary": summary(result),
    }
    json.dump(payload, out, indent=2, ensure_ascii=False)
    out.write("\n")
