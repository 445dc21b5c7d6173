"""The options of ``brieflint check``, each with its help (the names follow ruff's where ruff has one)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")
SEVERITIES = ("error", "warning", "info")


class _Codes(argparse.Action):
    """``--select A,B --select C`` → ``("A", "B", "C")``: repeated and comma-separated values accumulate."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any, option: str | None = None) -> None:
        before = getattr(namespace, self.dest, None) or ()
        setattr(namespace, self.dest, tuple(before) + tuple(v.strip() for v in str(values).split(",") if v.strip()))


class _PerFileIgnore(argparse.Action):
    """``--per-file-ignores 'drafts/*.md:R,Q102'`` (repeatable)."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any, option: str | None = None) -> None:
        pattern, sep, codes = str(values).rpartition(":")
        if not sep or not pattern or not codes.strip():
            parser.error(f"{option}: expected GLOB:CODES (for instance 'drafts/*.md:R,Q102'), got '{values}'")
        before = getattr(namespace, self.dest, None) or ()
        entry = (pattern, tuple(c.strip() for c in codes.split(",") if c.strip()))
        setattr(namespace, self.dest, (*before, entry))


def _switch(group: Any, flag: str, default: bool | None, text: str) -> None:
    """``--flag`` / ``--no-flag``."""
    group.add_argument(flag, action=argparse.BooleanOptionalAction, default=default, help=text)


def add_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files and directories to check (default: the current directory); - reads one brief from standard input",
    )
    group = check.add_argument_group("rule selection")
    for flag, text in (
        ("--select", "run only these (replaces the configuration's select)"),
        ("--extend-select", "run these as well"),
        ("--ignore", "do not run these (added to the configuration's ignore)"),
        ("--extend-ignore", "do not run these either (the same as --ignore)"),
    ):
        group.add_argument(
            flag, action=_Codes, default=None, metavar="CODES", help=f"{text}: codes, prefixes or names; repeatable"
        )
    group.add_argument(
        "--per-file-ignores",
        action=_PerFileIgnore,
        default=(),
        metavar="GLOB:CODES",
        help="ignore CODES in files matching GLOB (relative to the configuration's folder); repeatable",
    )
    group.add_argument("--schema-only", action="store_true", help="only the load (E) and schema (S) checks")
    config = check.add_argument_group("configuration")
    config.add_argument("--config", metavar="FILE", help="use this configuration for every file")
    config.add_argument(
        "--no-config",
        "--isolated",
        dest="isolated",
        action="store_true",
        help="ignore every configuration file (the defaults and the command line only)",
    )
    files = check.add_argument_group("files")
    files.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply exclude: (and .gitignore) to files named on the command line too (pre-commit names files)",
    )
    _switch(files, "--respect-gitignore", True, "skip what .gitignore files ignore in directory walks (default on)")
    files.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="with -: the name the brief on standard input is checked under (its form, configuration and path)",
    )
    files.add_argument(
        "--baseline", metavar="FILE", help="report only findings not recorded in FILE (written if missing)"
    )
    files.add_argument("--changed-since", metavar="REF", help="report only findings on lines changed since git REF")
    _output_arguments(check)
    _run_arguments(check)


def _output_arguments(check: argparse.ArgumentParser) -> None:
    out = check.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    out.add_argument("--output-file", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    out.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default=None,
        help="lowest severity that makes the exit status 1 (default: the configuration's fail-on, or error)",
    )
    out.add_argument("--exit-zero", action="store_true", help="exit with status 0 even when findings fail the run")
    out.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        default=None,
        help="do not report findings below this severity (default: the configuration's min-severity, or info)",
    )
    out.add_argument(
        "--statistics", action="store_true", help="print the number of findings per code (and fixable) instead"
    )
    out.add_argument("--quiet", "-q", action="store_true", help="print findings only, no summary")
    out.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="say on standard error which configuration applied to which file, and the time each rule took",
    )
    _switch(out, "--show-source", None, "show the offending line under each finding (default: on a terminal)")
    _switch(
        out, "--report-unused-suppressions", None, "report suppression comments that matched nothing (E101; default on)"
    )


def _run_arguments(check: argparse.ArgumentParser) -> None:
    run = check.add_argument_group("fixing and running")
    run.add_argument("--fix", action="store_true", help="apply safe fixes in place (with -: print the fixed brief)")
    run.add_argument("--diff", action="store_true", help="show the safe fixes as a diff; write nothing")
    run.add_argument(
        "--jobs", "-j", type=int, default=None, metavar="N", help="parallel processes (default: CPUs, for enough files)"
    )
    run.add_argument("--no-cache", action="store_true", help="do not read or write .brieflint_cache/")
    run.add_argument(
        "--cache-dir", metavar="DIR", help="keep the cache in DIR/.brieflint_cache/ (default: beside the configuration)"
    )


def contradictions(args: argparse.Namespace, paths: Sequence[str]) -> str | None:
    """Why these options cannot be run together (None when they can)."""
    pairs = (
        (args.fix and args.diff, "--fix and --diff: choose one (--diff shows what --fix would write)"),
        (args.quiet and args.verbose, "--quiet and --verbose: choose one"),
        (args.exit_zero and args.fail_on, "--exit-zero and --fail-on: --exit-zero never fails the run"),
        ("-" in paths and len(paths) > 1, "- (standard input) cannot be combined with other paths"),
        (args.stdin_filename and any(p != "-" for p in paths), "--stdin-filename goes with - (standard input) only"),
        (args.statistics and args.format not in ("text", "json"), "--statistics prints text or json only"),
        (args.statistics and args.diff, "--statistics and --diff: choose one"),
        ("-" in paths and args.diff, "--diff works on files; with -, --fix prints the fixed brief"),
        (args.jobs is not None and args.jobs < 1, "--jobs must be at least 1"),
    )
    for bad, why in pairs:
        if bad:
            return why
    if args.fail_on and args.min_severity and SEVERITIES.index(args.fail_on) > SEVERITIES.index(args.min_severity):
        return f"--fail-on {args.fail_on} with --min-severity {args.min_severity}: a hidden finding would fail the run"
    return None
