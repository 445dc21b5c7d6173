"""Running a check: the files, the engine, then what is reported of its findings.

Two steps, so that the command line can fix files in between:
:func:`collect` finds the files and runs the rules (a :class:`RunResult` and
its planner); :func:`finish` keeps what is reported (``min-severity``, a
baseline, ``changed-since``) and makes the :class:`Report`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from brieflint.api.files import find_files
from brieflint.api.records import CheckError, CheckOptions, Report
from brieflint.config.settings import ConfigError, Overrides
from brieflint.model import Finding, Severity
from brieflint.run.engine import FileResult, Planner, RunResult, run

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.cache import Cache

STDIN = "-"


def make_planner(options: CheckOptions) -> Planner:
    """The planner for a run: the configuration (none with ``isolated``) and the command line's overrides."""
    overrides = Overrides(
        select=options.select,
        ignore=tuple(options.ignore) + tuple(options.extend_ignore),
        fail_on=options.fail_on,
        report_unused_suppressions=options.report_unused_suppressions,
        extend_select=tuple(options.extend_select),
        per_file_ignores=tuple(options.per_file_ignores),
        min_severity=options.min_severity,
    )
    if options.isolated:
        return Planner(overrides, "")  # "" reads as no file: the defaults
    if options.config is not None and not os.path.isfile(options.config):
        what = "not a regular file" if os.path.exists(options.config) else "no such file"
        raise CheckError(f"--config {options.config}: {what}")
    return Planner(overrides, options.config)


def only_codes(options: CheckOptions) -> tuple[str, ...] | None:
    return ("E", "S") if options.schema_only else None


def collect(
    paths: Sequence[str],
    options: CheckOptions,
    *,
    planner: Planner | None = None,
    stdin: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[RunResult, Planner]:
    """Find the briefs under ``paths`` (or check ``stdin`` under ``options.stdin_filename``) and run the rules."""
    planner = planner or make_planner(options)
    if stdin is not None:
        from brieflint.api.stdin import check_bytes

        return check_bytes(stdin, options, planner), planner

    def excluded(path: str) -> bool:
        return planner.for_file(path).settings.is_excluded(Path(path))

    found = find_files(
        list(paths), excluded, respect_gitignore=options.respect_gitignore, force_exclude=options.force_exclude
    )
    cache: Cache | None = None
    if options.cache and not os.environ.get("BRIEFLINT_NO_CACHE"):
        from brieflint.run.cache import Cache

        cache = Cache(root=options.cache_dir)
    result = run(
        list(found.files), planner, jobs=options.jobs, only=only_codes(options), cache=cache, progress=progress
    )
    check_cli_selectors(planner, options)
    missing = tuple(FileResult(p, (_missing(p),)) for p in found.missing)
    files = tuple(sorted(result.files + missing, key=lambda r: r.path))
    return result._replace(files=files, skipped=found.skipped, excluded=len(found.excluded)), planner


def _missing(path: str) -> Finding:
    return Finding(path, 1, 1, "E001", Severity.ERROR, "no such file or directory", rule="unreadable-file")


def check_cli_selectors(planner: Planner, options: CheckOptions) -> None:
    """``--extend-select`` and ``--per-file-ignores`` codes that no configuration of the run knows are errors."""
    plans = list(planner._plans.values()) or [planner.default()]
    named = [("--extend-select", sel) for sel in options.extend_select]
    named += [("--per-file-ignores", sel) for _, codes in options.per_file_ignores for sel in codes]
    for flag, sel in named:
        if not any(p.rules.matches(sel) for p in plans):
            raise ConfigError(f"{flag}: unknown rule code, prefix or name '{sel}'{plans[0].rules.suggest(sel)}")


def finish(result: RunResult, planner: Planner, options: CheckOptions) -> Report:
    """What is reported of a run: findings at or above each file's ``min-severity``, new to the baseline, on
    lines changed since ``changed_since``; the run's result re-made of them for the reporters."""
    keep: Callable[[Finding], bool] | None = None
    if options.changed_since:
        from brieflint.api.changed import changed_lines, on_changed_line

        changed = changed_lines(options.changed_since, [r.path for r in result.files])

        def keep(f: Finding) -> bool:
            return on_changed_line(f, changed)

    files: list[FileResult] = []
    for r in result.files:
        threshold = _threshold(planner, r.path, options)
        kept = tuple(f for f in r.findings if f.severity >= threshold and (keep is None or keep(f)))
        files.append(r._replace(findings=kept))
    shown = result._replace(files=tuple(files))
    if options.baseline:
        from brieflint.api.baseline import apply_baseline

        shown = apply_baseline(shown, options.baseline)
    fail_on = Severity.parse(options.fail_on) if options.fail_on else planner.default().settings.fail_on
    return Report(
        findings=tuple(shown.findings),
        files=tuple(r.path for r in result.files),
        skipped=result.skipped,
        excluded=result.excluded,
        messages=tuple(result.load_errors),
        fail_on=fail_on,
        result=shown,
        planner=planner,
    )


def _threshold(planner: Planner, path: str, options: CheckOptions) -> Severity:
    if options.min_severity:
        return Severity.parse(options.min_severity)
    try:
        return planner.for_file(path).settings.min_severity
    except ConfigError:  # a missing path's configuration is the run's
        return planner.default().settings.min_severity


def check_paths(paths: Sequence[str], options: CheckOptions) -> Report:
    result, planner = collect(paths, options)
    return finish(result, planner, options)


def check_text(text: str | bytes, options: CheckOptions) -> Report:
    data = text.encode("utf-8") if isinstance(text, str) else text
    result, planner = collect([STDIN], options, stdin=data)
    return finish(result, planner, options)


__all__ = ["CheckError", "check_paths", "check_text", "collect", "finish", "make_planner"]
