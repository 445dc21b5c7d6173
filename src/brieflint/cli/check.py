"""``brieflint check [PATH ...]``: lint briefs and report the findings in one of the formats."""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from brieflint.cli.common import UsageError, codes, planner, use_color

FORMATS = ("text", "json", "sarif", "github", "junit")


def add_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--config", metavar="FILE", help="use this configuration for every file")
    check.add_argument("--select", type=codes, metavar="CODES", help="comma-separated codes, prefixes or names to run")
    check.add_argument(
        "--ignore", type=codes, default=(), metavar="CODES", help="comma-separated codes, prefixes or names to skip"
    )
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--diff", action="store_true", help="show the safe fixes as a diff; write nothing")
    check.add_argument(
        "--jobs", "-j", type=int, default=None, metavar="N", help="parallel processes (default: CPUs, for enough files)"
    )
    check.add_argument("--no-cache", action="store_true", help="do not read or write .brieflint_cache/")
    check.add_argument(
        "--cache-dir", metavar="DIR", help="keep the cache in DIR/.brieflint_cache/ (default: beside the configuration)"
    )
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only, no summary")
    check.add_argument(
        "--verbose", "-v", action="store_true", help="also say what the run skipped (rules without language support)"
    )
    check.add_argument("--schema-only", action="store_true", help="only load (E) and schema (S) checks")
    check.add_argument(
        "--report-unused-suppressions",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="report suppression comments that matched nothing (E101; default on)",
    )
    check.add_argument(
        "--show-source",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show the offending line under each finding (default: on a terminal)",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.model import Severity
    from brieflint.output.progress import Progress
    from brieflint.output.reporters import ReportOptions, get
    from brieflint.run.engine import run

    paths = args.paths or ["."]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    the_planner = planner(
        args,
        select=args.select,
        ignore=args.ignore,
        fail_on=args.fail_on,
        report_unused_suppressions=args.report_unused_suppressions,
    )
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    only = ("E", "S") if args.schema_only else None
    cache = None
    if not args.no_cache and not os.environ.get("BRIEFLINT_NO_CACHE"):
        from brieflint.run.cache import Cache

        cache = Cache(root=args.cache_dir)
    # --jobs left out: as many workers as CPUs, only when there are enough files to pay for them
    with Progress(0, err) as progress:  # drawn only on a terminal, for runs that take a while
        result = run(paths, the_planner, jobs=args.jobs, only=only, cache=cache, progress=progress)
    if args.diff:  # show what --fix would do; write nothing, report nothing else (as ruff does)
        from brieflint.fix.apply import show_diff

        for message in result.load_errors:
            err.write(f"brieflint: warning: {message}\n")
        return 1 if show_diff(result, the_planner, out=out, err=err, only=only) else 0
    if args.fix:
        from brieflint.fix.apply import apply_fixes

        result = apply_fixes(result, the_planner, write=True, out=out, err=err, only=only)
    for message in result.load_errors:
        err.write(f"brieflint: warning: {message}\n")
    if args.verbose and not args.quiet:
        for note in result.notes:
            err.write(f"brieflint: info: {note}\n")
    plan = the_planner.default()
    tty = hasattr(out, "isatty") and out.isatty()
    color = use_color(tty, os.environ)
    show_source = args.show_source if args.show_source is not None else tty
    options = ReportOptions(quiet=args.quiet, color=color, root=os.getcwd(), source_lines=show_source)
    get(args.format)(result, plan.rules, out, options)
    fail_on = Severity.parse(args.fail_on) if args.fail_on else plan.settings.fail_on
    failing = [f for f in result.findings if f.severity >= fail_on]
    return 1 if failing else 0
