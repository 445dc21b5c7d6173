"""GitLab Code Quality: a JSON array GitLab shows in the merge request (``artifacts:reports:codequality``).

Each finding is ``{description, check_name, fingerprint, severity, location:
{path, lines: {begin, end}}}``; the fingerprint is SARIF's (the rule, the file
and the flagged text, not the line), so a finding keeps its identity when
lines move.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from brieflint.model import Severity
from brieflint.output.locations import SourceLines, clean, relative_path
from brieflint.output.reporters import ReportOptions
from brieflint.output.sarif import fingerprint

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def gitlab_issues(result: RunResult, options: ReportOptions) -> list[dict[str, Any]]:
    lines = SourceLines(result.findings, options.max_file_size)
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for f in result.findings:
        path = clean(relative_path(f.path, options.root))
        base = fingerprint(f, path, lines, 0)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        issues.append(
            {
                "description": f"{f.code} {clean(f.message)}",
                "check_name": f.code,
                "fingerprint": fingerprint(f, path, lines, occurrence).split(":")[0],
                "severity": _SEVERITY[f.severity],
                "location": {"path": path, "lines": {"begin": f.line, "end": max(f.line, f.end_line or f.line)}},
            }
        )
    return issues


def gitlab(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """The Code Quality report: ``brieflint check --format gitlab > gl-code-quality-report.json``."""
    json.dump(gitlab_issues(result, options), out, indent=2, ensure_ascii=False)
    out.write("\n")
