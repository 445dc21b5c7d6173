"""Reporters for CI systems: SARIF 2.1.0 (code scanning), GitHub Actions commands, JUnit XML.

Each has the signature of :func:`brieflint.output.reporters.text`:
``report(result, rules, out, options) -> None``. Paths are written relative to
``options.root`` (the repository root, in CI the working directory) with ``/``
separators, as code scanning and annotations expect; a file outside the root
keeps its absolute path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from brieflint import __version__
from brieflint.model import Finding, Rule, Severity
from brieflint.output.reporters import ReportOptions, counts, summary_line

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "brieflintFindingHash/v1"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


# ---------------------------------------------------------------- shared helpers


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/`` separators; absolute when it lies outside ``root``."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return Path(absolute).as_posix()
    return Path(rel).as_posix()


def _clean(text: str) -> str:
    """Text safe to write anywhere: lone surrogates (undecodable file names) become U+FFFD."""
    if not _has_surrogate(text):
        return text
    try:  # a file name decoded with surrogateescape: back to its bytes, then to text
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


class _Lines:
    """The lines of the files findings point into, read once each (for fingerprints and regions)."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}

    def get(self, path: str) -> list[str]:
        if path not in self._files:
            try:
                with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
                    text = fh.read()
            except OSError:
                text = ""
            self._files[path] = re.split(r"\r\n|\r|\n", text) if text else []
        return self._files[path]

    def line(self, path: str, number: int) -> str | None:
        lines = self.get(path)
        return lines[number - 1] if 1 <= number <= len(lines) else None


def _end(f: Finding, lines: _Lines) -> tuple[int, int]:
    """An explicit end for every finding (SARIF and annotations want one).

    A finding without an end covers the rest of its line (or one character when
    the line cannot be read); an end line without an end column covers that
    line's first character.
    """
    if f.end_line is not None and f.end_column is not None:
        if f.end_line > f.line or f.end_column >= f.column:
            return f.end_line, max(1, f.end_column)
    if f.end_line is not None and f.end_line > f.line:
        return f.end_line, 1
    text = lines.line(f.path, f.line)
    if text is not None and len(text) + 1 > f.column:
        return f.line, len(text) + 1
    return f.line, f.column + 1


# ---------------------------------------------------------------- SARIF


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    from brieflint.output.ruledocs import explain

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


def fingerprint(f: Finding, uri: str, lines: _Lines, occurrence: int) -> str:
    """A hash of what a finding is about, not where: code, file, the flagged text and its occurrence.

    Line numbers are left out so that an alert keeps its identity when text is
    added above it; ``occurrence`` tells apart identical findings in one file.
    """
    end_line, end_col = _end(f, lines)
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
    lines = _Lines()
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
        uri = Path(rel).as_uri() if absolute else quote(_clean(rel), safe="/")
        end_line, end_col = _end(f, lines)
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
            "message": {"text": _clean(f.message)},
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
            entry["properties"] = {"data": json.loads(json.dumps(dict(f.data), default=str))}
        results.append(entry)
    root_uri = Path(os.path.abspath(options.root)).as_uri().rstrip("/") + "/"
    notifications = [{"level": "warning", "message": {"text": _clean(m)}} for m in getattr(result, "load_errors", ())]
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
    json.dump(sarif_log(result, rules, options), out, indent=2, ensure_ascii=False)
    out.write("\n")


# ---------------------------------------------------------------- GitHub Actions


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped."""
    return _clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: as a message, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(f: Finding, root: str = ".") -> str:
    """``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message``.

    ``col`` and ``endColumn`` are given only for a finding on one line (GitHub
    ignores or misplaces them otherwise).
    """
    props = [("file", relative_path(f.path, root)), ("line", str(f.line))]
    one_line = f.end_line is None or f.end_line == f.line
    if one_line:
        props.append(("col", str(f.column)))
        if f.end_line is not None and f.end_column is not None and f.end_column > f.column:
            props += [("endLine", str(f.line)), ("endColumn", str(f.end_column))]
    else:
        props.append(("endLine", str(f.end_line)))
    props.append(("title", f.code))
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{_GITHUB_COMMAND[f.severity]} {head}::{escape_data(f.message)}"


def github(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """GitHub Actions workflow commands (annotations on the pull request), then a plain summary.

    GitHub shows at most 10 errors and 10 warnings (and 10 notices) of a step as
    annotations; the summary says so when there are more, since the full list
    is still in the step's log.
    """
    findings = result.findings
    for f in findings:
        out.write(github_command(f, options.root) + "\n")
    if options.quiet:
        return
    line = summary_line(result)
    c = counts(findings)
    hidden = {k: n - 10 for k, n in (("error", c["error"]), ("warning", c["warning"]), ("notice", c["info"])) if n > 10}
    if hidden:
        more = ", ".join(f"{n:,} more {k}{'' if n == 1 else 's'}" for k, n in hidden.items())
        line += f" GitHub annotates the first 10 of each kind; {more} are listed in this log only."
    out.write(line + "\n")


# ---------------------------------------------------------------- JUnit XML

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", _clean(text))


def junit_xml(result: RunResult, options: ReportOptions) -> str:
    """One ``<testcase>`` per checked file; a ``<failure>`` per finding (type = code)."""
    import xml.etree.ElementTree as ET

    files = list(result.files)
    failing = sum(1 for r in files if r.findings)
    total_findings = sum(len(r.findings) for r in files)
    suites = ET.Element(
        "testsuites",
        name="brieflint",
        tests=str(len(files)),
        failures=str(failing),
        errors="0",
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="brieflint",
        tests=str(len(files)),
        failures=str(failing),
        errors="0",
        skipped="0",
    )
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="brieflint.version", value=__version__)
    ET.SubElement(props, "property", name="findings", value=str(total_findings))
    for r in files:
        rel = _xml_text(relative_path(r.path, options.root))
        case = ET.SubElement(suite, "testcase", name=rel, classname="brieflint", file=rel)
        for f in r.findings:
            where = f"{rel}:{f.line}:{f.column}"
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml_text(f"{f.code} {f.message}"),
                type=f.code,
            )
            failure.text = _xml_text(f"{where}: {f.code} {f.severity} ({f.rule or f.code}): {f.message}")
    ET.indent(suites, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def junit(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions) -> None:
    """JUnit XML for CI test reports (GitLab ``artifacts:reports:junit``, Jenkins, Azure)."""
    out.write(junit_xml(result, options))
