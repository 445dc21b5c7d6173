"""What a check returns: the findings, the files checked, and whether the gate fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from brieflint.model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.engine import Planner, RunResult


class CheckError(Exception):
    """A check that cannot be run as asked (a bad revision, a broken baseline, contradictory options)."""


@dataclass(frozen=True)
class Report:
    """The result of :func:`brieflint.check`.

    ``findings`` are the ones reported (after ``min_severity``, a baseline and
    ``changed_since``), sorted by path, line and column; ``files`` the briefs
    checked; ``skipped`` the Markdown files a directory walk found without
    front matter; ``messages`` warnings about the run itself (a rule pack
    that could not be loaded, for instance).
    """

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    skipped: int = 0
    messages: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    result: RunResult | None = field(default=None, repr=False, compare=False)  # what the reporters take
    planner: Planner | None = field(default=None, repr=False, compare=False)

    @property
    def failed(self) -> bool:
        """Whether a finding is at or above ``fail_on`` (the command line then exits with status 1)."""
        return any(f.severity >= self.fail_on for f in self.findings)

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> dict[str, Any]:
        """The counts of ``--format json``'s ``summary``."""
        by = {s: sum(1 for f in self.findings if f.severity == s) for s in Severity}
        return {
            "files": len(self.files),
            "files_with_findings": len({f.path for f in self.findings}),
            "skipped": self.skipped,
            "errors": by[Severity.ERROR],
            "warnings": by[Severity.WARNING],
            "info": by[Severity.INFO],
            "fixable": sum(1 for f in self.findings if f.fix is not None),
        }
