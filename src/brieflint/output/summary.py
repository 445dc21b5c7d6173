"""The counts a report ends with: errors, warnings and info, files with findings, fixable findings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from brieflint.model import Finding

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.engine import RunResult


def counts(findings: list[Finding]) -> dict[str, int]:
    out = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        out[str(f.severity)] += 1
    return out


def summary(result: RunResult) -> dict[str, Any]:
    findings = result.findings
    c = counts(findings)
    out: dict[str, Any] = {
        "files": len(result.files),
        "files_with_findings": sum(1 for r in result.files if r.findings),
        "skipped": result.skipped,
        "errors": c["error"],
        "warnings": c["warning"],
        "info": c["info"],
        "fixable": sum(1 for f in findings if f.fix is not None),
    }
    notes = getattr(result, "notes", None)
    if notes:  # rules skipped for a brief's language (issue 22); absent when there is nothing to say
        out["notes"] = list(notes)
    return out


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def summary_line(result: RunResult) -> str:
    s = summary(result)
    parts = []
    if s["errors"]:
        parts.append(plural(s["errors"], "error"))
    if s["warnings"]:
        parts.append(plural(s["warnings"], "warning"))
    if s["info"]:
        parts.append(f"{s['info']:,} info")
    checked = plural(s["files"], "file")
    skipped = f" ({plural(s['skipped'], 'file')} without front matter skipped)" if s["skipped"] else ""
    if not s["files"]:
        return f"No brief checked{skipped}."
    if not parts:
        return f"No problems in {checked}{skipped}."
    listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"{listed} in {s['files_with_findings']:,} of {checked}{skipped}."
