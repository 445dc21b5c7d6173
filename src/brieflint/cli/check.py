"""``brieflint check [PATH ...]``: lint briefs and report the findings in one of the formats.

Built on the Python API (:mod:`brieflint.api.run`): collect (files, rules),
fix or diff when asked, finish (what is reported), then a reporter writes the
report to standard output or ``--output-file``. The exit status is decided by
the findings before anything is written, so a reader that closes the pipe
early (``| head``) does not change it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from brieflint.cli.check_options import add_arguments, contradictions
from brieflint.cli.common import UsageError, stdout_to_devnull, use_color

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.api.records import CheckOptions, Report

__all__ = ["add_arguments", "run"]


def options_from(args: argparse.Namespace, paths: list[str]) -> CheckOptions:
    from brieflint.api.records import CheckOptions

    return CheckOptions(
        config=args.config,
        isolated=args.isolated,
        select=args.select,
        extend_select=args.extend_select or (),
        ignore=args.ignore or (),
        extend_ignore=args.extend_ignore or (),
        per_file_ignores=args.per_file_ignores,
        fail_on=args.fail_on,
        min_severity=args.min_severity,
        schema_only=args.schema_only,
        report_unused_suppressions=args.report_unused_suppressions,
        jobs=1 if args.verbose else args.jobs,
        cache=not args.no_cache and not args.verbose,
        cache_dir=args.cache_dir,
        respect_gitignore=args.respect_gitignore,
        force_exclude=args.force_exclude,
        stdin_filename=args.stdin_filename,
        baseline=args.baseline,
        changed_since=args.changed_since,
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.api.records import CheckError

    paths = list(args.paths) or (["-"] if args.stdin_filename else ["."])
    why = contradictions(args, paths)
    if why:
        raise UsageError(why)
    try:
        return _run(args, paths, out, err)
    except CheckError as exc:
        raise UsageError(str(exc)) from None
    finally:
        import gc

        gc.unfreeze()


def _run(args: argparse.Namespace, paths: list[str], out: TextIO, err: TextIO) -> int:
    import gc

    from brieflint.api import run as api
    from brieflint.output.progress import Progress

    gc.freeze()  # start-up's objects live until exit: the collector's full passes need not walk them
    options = options_from(args, paths)
    planner = api.make_planner(options)
    timings = None
    if args.verbose:
        from brieflint.cli.verbose import Timings, verbose_planner

        timings = Timings()
        planner = verbose_planner(planner, timings)
    if args.schema_only:
        _check_schema_only(planner, options)
    stdin = _read_stdin() if paths == ["-"] else None
    if stdin is not None and args.fix:
        return _fix_stdin(stdin, options, planner, out, err)
    with Progress(0, err) as progress:  # drawn only on a terminal, for runs that take a while
        result, planner = api.collect(paths, options, planner=planner, stdin=stdin, progress=progress)
    only = api.only_codes(options)
    for message in result.load_errors:
        err.write(f"brieflint: warning: {_one_line(message)}\n")
    if args.verbose:  # what the run skipped (rules without support for a brief's language), once
        for note in result.notes:
            err.write(f"brieflint: info: {_one_line(note)}\n")
    if args.diff:  # show what --fix would do; write nothing, report nothing else (as ruff does)
        from brieflint.fix.apply import show_diff

        return 1 if show_diff(result, planner, out=out, err=err, only=only) else 0
    if args.fix:
        from brieflint.fix.apply import apply_fixes

        result = apply_fixes(result, planner, write=True, out=out, err=err, only=only)
    recording = bool(args.baseline) and not os.path.exists(args.baseline)
    report = api.finish(result, planner, options)
    if recording and os.path.exists(args.baseline):
        err.write(f"brieflint: info: {_recorded(args.baseline)}\n")
    if timings is not None:
        timings.write(report, planner, err)
    if not report.files:
        err.write("brieflint: warning: no brief was checked" + _why_none(report, paths) + "\n")
    status = 0 if args.exit_zero else report.exit_status
    return _write_report(args, report, status, out, err)


def _check_schema_only(planner: object, options: CheckOptions) -> None:
    """``--schema-only`` with a selection of other rules would check nothing: a usage error."""
    rules = planner.default().rules  # type: ignore[attr-defined]
    for sel in (options.select or ()) + tuple(options.extend_select):
        codes = rules.codes_for(sel)
        if codes and not any(c.startswith(("E", "S")) for c in codes):
            raise UsageError(f"--schema-only runs E and S checks only, so --select {sel} would check nothing")


def _recorded(baseline: str) -> str:
    """What the first ``--baseline`` run did: it wrote today's findings, and reports none of them."""
    import json

    try:
        with open(baseline, encoding="utf-8") as fh:
            count = len(json.load(fh).get("findings", ()))
    except (OSError, ValueError, AttributeError):
        return f"wrote the baseline {baseline}"
    return (
        f"recorded {count:,} finding(s) in the baseline {baseline}; "
        "this run and later ones report only findings that are not in it"
    )


def _why_none(report: Report, paths: list[str]) -> str:
    if report.excluded:
        return f" ({report.excluded:,} named file(s) left out by the configuration's exclude: (--force-exclude))"
    if report.skipped:
        return f" ({report.skipped:,} Markdown file(s) without front matter skipped under {', '.join(paths)})"
    return f" (no *.md, *.markdown, *.brief.yaml or *.brief.yml file under {', '.join(paths)})"


def _one_line(text: str) -> str:
    from brieflint.output.text import escape

    return escape(text)


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    return buffer.read() if buffer is not None else stream.read().encode("utf-8", "surrogateescape")


def _fix_stdin(data: bytes, options: CheckOptions, planner: object, out: TextIO, err: TextIO) -> int:
    """``check - --fix``: the fixed brief on standard output, what remains on standard error."""
    from brieflint.api import run as api
    from brieflint.api.stdin import fix_bytes
    from brieflint.output.reporters import ReportOptions, get

    fixed, result, notes = fix_bytes(data, options, planner)  # type: ignore[arg-type]
    for note in notes:
        err.write(_one_line(note) + "\n")
    report = api.finish(result, planner, options)  # type: ignore[arg-type]
    get("text")(report.result, planner.default().rules, err, ReportOptions(quiet=True))  # type: ignore[arg-type, attr-defined]
    buffer = getattr(out, "buffer", None)
    out.flush()
    if buffer is not None:
        buffer.write(fixed)
        buffer.flush()
    else:
        out.write(fixed.decode("utf-8", "surrogateescape"))
    return report.exit_status


def _write_report(args: argparse.Namespace, report: Report, status: int, out: TextIO, err: TextIO) -> int:
    """Write the report; a closed pipe keeps ``status``, a write error (a full disk) is one line and status 2."""
    from brieflint.output.reporters import ReportOptions, get

    assert report.result is not None and report.planner is not None
    target: TextIO = out
    if args.output_file:
        try:
            target = open(args.output_file, "w", encoding="utf-8", errors="replace", newline="")
        except OSError as exc:
            raise UsageError(f"--output-file {args.output_file}: {exc.strerror or exc}") from None
    tty = target is out and hasattr(out, "isatty") and out.isatty()
    show_source = args.show_source if args.show_source is not None else tty
    options = ReportOptions(
        quiet=args.quiet,
        color=use_color(tty, os.environ),
        root=os.getcwd(),
        source_lines=show_source,
        max_file_size=report.planner.default().settings.max_file_size,
    )
    rules = report.planner.default().rules
    try:
        try:
            if args.statistics:
                from brieflint.output.statistics import statistics

                statistics(report.result, rules, target, options, fmt=args.format)
            else:
                get(args.format)(report.result, rules, target, options)
            target.flush()
        finally:
            if target is not out:
                target.close()
    except BrokenPipeError:
        stdout_to_devnull()
        return status
    except OSError as exc:
        stdout_to_devnull()
        err.write(f"brieflint: error: cannot write the report: {exc.strerror or exc}\n")
        return 2
    return status
