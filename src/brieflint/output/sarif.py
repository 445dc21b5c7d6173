"""SARIF 2.1.0 for GitHub code scanning (``github/codeql-action/upload-sarif``).

Paths are written relative to ``options.root`` (the repository root, in CI
the working directory) with ``/`` separators, as code scanning expects; a
file outside the root keeps its absolute path.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from brieflint import __version__
from brieflint.model import Finding, Rule, Severity
from brieflint.output.locations import SourceLines, as_bytes, clean, end_of, json_safe, relative_path
from brieflint.output.reporters import ReportOptions

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "brieflintFindingHash/v1"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    from brieflint.output.ruledocs import explain, help_uri

    parts = rule.doc_parts()
    full = " ".join((parts.get("What it does") or rule.summary).split())
    help_text = explain(rule)
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": full or rule.summary or rule.name},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {
            "tags": [t for t in ("brieflint", rule.family, rule.origin if rule.origin != "brieflint" else "") if t],
            "precision": "high",
        },
    }
    uri = help_uri(rule)
    if uri is not None:
        descriptor["helpUri"] = uri
    return descriptor


def _unknown_descriptor(code: str, rule_name: str) -> dict[str, Any]:
    """A finding whose code the rule set does not know (should not happen; never drop it)."""
    return {
        "id": code,
        "name": rule_name or code,
        "shortDescription": {"text": f"{code} ({rule_name or 'unknown rule'})"},
        "fullDescription": {"text": f"Findings reported under the code {code}."},
        "help": {"text": f"Run `brieflint explain {code}` for details."},
        "defaultConfiguration": {"level": "error"},
    }


def fingerprint(f: Finding, uri: str, lines: SourceLines, occurrence: int) -> str:
    """A hash of what a finding is about, not where: code, file, the flagged text and its occurrence.

    Line numbers are left out so that an alert keeps its identity when text is
    added above it; ``occurrence`` tells apart identical findings in one file.
    """
    end_line, end_col = end_of(f, lines)
    if end_line == f.line:
        text = lines.line(f.path, f.line) or ""
        flagged = text[f.column - 1 : end_col - 1] if end_col > f.column else ""
        context = " ".join(text.split())
    else:
        block = [lines.line(f.path, n) or "" for n in range(f.line, end_line + 1)]
        flagged = context = " ".join(" ".join(block).split())
    h = hashlib.sha256()
    for part in (f.code, uri, " ".join(flagged.split()), context, str(occurrence)):
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\0")
    return h.hexdigest()[:32] + f":{occurrence}"


def sarif_log(result: RunResult, rules: RuleSet, options: ReportOptions) -> dict[str, Any]:
    """The SARIF 2.1.0 log of a run, as a JSON-ready dict."""
    lines = SourceLines(result.findings, options.max_file_size)
    descriptors: list[dict[str, Any]] = [_rule_descriptor(r) for r in rules.rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for f in result.findings:
        if f.code not in index:
            index[f.code] = len(descriptors)
            descriptors.append(_unknown_descriptor(f.code, f.rule))
        rel = relative_path(f.path, options.root)
        absolute = Path(rel).is_absolute()
        uri = Path(rel).as_uri() if absolute else quote(as_bytes(rel), safe="/")
        end_line, end_col = end_of(f, lines)
        base = fingerprint(f, uri, lines, 0).split(":")[0]
        occurrence = seen.get((f.code, uri, base), 0)
        seen[(f.code, uri, base)] = occurrence + 1
        location: dict[str, Any] = {"uri": uri}
        if not absolute:
            location["uriBaseId"] = "%SRCROOT%"
        entry: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": clean(f.message)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": end_line,
                            "endColumn": end_col,
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f, uri, lines, occurrence)},
        }
        if f.data:
            entry["properties"] = {"data": json_safe(dict(f.data))}
        results.append(entry)
    root_uri = Path(os.path.abspath(options.root)).as_uri().rstrip("/") + "/"
    notifications = [{"level": "warning", "message": {"text": clean(m)}} for m in getattr(result, "load_errors", ())]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "brieflint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
        ],
    }


def sarif(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """A SARIF 2.1.0 log for GitHub code scanning (``github/codeql-action/upload-sarif``)."""
    json.dump(sarif_log(result, rules, options), out, indent=2, ensure_ascii=False, allow_nan=False)
    out.write("\n")
