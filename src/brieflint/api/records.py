"""The API's records: what a check can be told (:class:`CheckOptions`) and what it returns (:class:`Report`).

Named tuples (frozen), in one module: a dataclass, or one more module to
import, costs every start of brieflint a few million instructions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from brieflint.model import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.engine import Planner, RunResult


class CheckOptions(NamedTuple):
    """The options of :func:`brieflint.check` (and of ``brieflint check``).

    Selectors are rule codes (``Q101``), prefixes (``Q``) or names
    (``unattributed-quote``). ``select`` replaces the configuration's
    selection; ``extend_select``, ``ignore`` and ``extend_ignore`` add to it.
    """

    config: str | None = None  # a configuration file for every file (None: the nearest one above each file)
    isolated: bool = False  # no configuration file at all
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (glob, selectors), added to the configuration's
    fail_on: str | None = None  # error, warning or info (None: the configuration's, or error)
    min_severity: str | None = None  # findings below it are not reported (None: the configuration's, or info)
    schema_only: bool = False  # only the load (E) and schema (S) checks
    report_unused_suppressions: bool | None = None
    jobs: int | None = 1  # worker processes (None: as many as pay off)
    cache: bool = False  # read and write .brieflint_cache/
    cache_dir: str | None = None  # keep the cache in cache_dir/.brieflint_cache/ (None: beside the configuration)
    respect_gitignore: bool = True
    force_exclude: bool = False  # apply exclude: (and .gitignore) to files named explicitly too
    stdin_filename: str | None = None  # the name a text is checked under (decides its form and configuration)
    baseline: str | None = None  # a baseline file: report only findings not in it
    changed_since: str | None = None  # a git revision: report only findings on lines changed since it


class CheckError(Exception):
    """A check that cannot be run as asked (a bad revision, a broken baseline, contradictory options)."""


class Report(NamedTuple):
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
    excluded: int = 0  # files named on the command line that --force-exclude left out
    messages: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    result: RunResult | None = None  # what the reporters take
    planner: Planner | None = None

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
