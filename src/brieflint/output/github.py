"""GitHub Actions workflow commands: ``::error file=…,line=…::message`` annotations on the pull request."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from brieflint.model import Finding, Severity
from brieflint.output.locations import clean, relative_path
from brieflint.output.reporters import ReportOptions
from brieflint.output.summary import counts, summary_line

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult

_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped."""
    return clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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
