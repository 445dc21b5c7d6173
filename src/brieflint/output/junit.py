"""JUnit XML for CI test reports (GitLab ``artifacts:reports:junit``, Jenkins, Azure)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from brieflint import __version__
from brieflint.output.locations import clean, relative_path
from brieflint.output.reporters import ReportOptions

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", clean(text))


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
