"""The JSON format: one object, ``{"findings": [...], "summary": {...}}``."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from brieflint.output.locations import finding_json
from brieflint.output.reporters import ReportOptions
from brieflint.output.summary import summary

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult


def json_report(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """One JSON object: ``{"findings": [...], "summary": {...}}``, valid UTF-8 and strict JSON whatever the input."""
    payload = {
        "findings": [finding_json(f) for f in result.findings],
        "summary": summary(result),
    }
    import json

    json.dump(payload, out, indent=2, ensure_ascii=False, allow_nan=False)
    out.write("\n")
