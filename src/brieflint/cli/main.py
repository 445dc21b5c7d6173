"""The command line: ``main(argv=None) -> int`` with one top-level error handler.

Exit status: 0 no finding at or above ``--fail-on``; 1 such findings;
2 usage, configuration or internal error. A traceback is never what a user
sees (set ``BRIEFLINT_DEBUG=1`` to get one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from brieflint import __version__

FORMATS = ("text", "json", "sarif", "github", "junit")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """A subcommand's parser, with the help formatter of the whole command line."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**kwargs)  # type: ignore[arg-type]


def _codes(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it: ``COLUMNS``, the terminal, or 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, measuring the terminal without importing ``shutil``.

    argparse makes a formatter for every argument it adds, and its own imports
    ``shutil`` (with ``bz2`` and ``lzma``) to ask the width: 7 M instructions,
    about 1 % of a one-brief run.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brieflint",
        description="Lint policy briefs: schema, quotes and sources, readability, taxonomy, links.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"brieflint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="check briefs (files or directories; default: the current directory)")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--config", metavar="FILE", help="use this configuration for every file")
    check.add_argument("--select", type=_codes, metavar="CODES", help="comma-separated codes, prefixes or names to run")
    check.add_argument(
        "--ignore", type=_codes, default=(), metavar="CODES", help="comma-separated codes, prefixes or names to skip"
    )
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--diff", action="store_true", help="show the safe fixes as a diff; write nothing")
    check.add_argument(
        "--jobs", "-j", type=int, default=None, metavar="N", help="parallel processes (default: CPUs, for enough files)"
    )
    check.add_argument("--no-cache", action="store_true", help="do not read or write .brieflint_cache/")
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only, no summary")
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

    rules = sub.add_parser("rules", help="list every rule: code, name, severity, summary")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--config", metavar="FILE")

    explain = sub.add_parser("explain", help="what a rule checks, why, an example, how to fix")
    explain.add_argument("code", metavar="CODE|NAME")
    explain.add_argument("--config", metavar="FILE")

    schema = sub.add_parser("schema", help="print the JSON Schema in use")
    schema.add_argument("--config", metavar="FILE")

    stats = sub.add_parser("stats", help="readability figures per section")
    stats.add_argument("paths", nargs="+", metavar="PATH")
    stats.add_argument("--format", choices=("text", "json"), default="text")
    stats.add_argument("--config", metavar="FILE")

    new = sub.add_parser("new", help="write a new brief from the template")
    new.add_argument("path", nargs="?", metavar="PATH")
    new.add_argument("--yaml", action="store_true", help="write the YAML form (*.brief.yaml)")
    new.add_argument("--title", default=None)
    new.add_argument("--author", default=None)
    return parser


def _planner(args: argparse.Namespace, **overrides: object):  # type: ignore[no-untyped-def]
    from brieflint.config.settings import Overrides
    from brieflint.run.engine import Planner

    config = getattr(args, "config", None)
    if config is not None and not os.path.isfile(config):
        raise UsageError(f"--config {config}: no such file")
    return Planner(Overrides(**overrides), config)  # type: ignore[arg-type]


def use_color(tty: bool, env: Mapping[str, str]) -> bool:
    """Colour on a terminal unless ``NO_COLOR`` or ``TERM=dumb``; ``FORCE_COLOR`` (not ``0``) forces it."""
    force = env.get("FORCE_COLOR")
    if force is not None and force != "":
        return force != "0"
    return tty and not env.get("NO_COLOR") and env.get("TERM") != "dumb"


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.model import Severity
    from brieflint.output.reporters import Progress, ReportOptions, get
    from brieflint.run.engine import run

    paths = args.paths or ["."]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    planner = _planner(
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

        cache = Cache()
    # --jobs left out: as many workers as CPUs, only when there are enough files to pay for them
    with Progress(0, err) as progress:  # drawn only on a terminal, for runs that take a while
        result = run(paths, planner, jobs=args.jobs, only=only, cache=cache, progress=progress)
    if args.diff:  # show what --fix would do; write nothing, report nothing else (as ruff does)
        from brieflint.fix.apply import show_diff

        for message in result.load_errors:
            err.write(f"brieflint: warning: {message}\n")
        return 1 if show_diff(result, planner, out=out, err=err, only=only) else 0
    if args.fix:
        from brieflint.fix.apply import apply_fixes

        result = apply_fixes(result, planner, write=True, out=out, err=err, only=only)
    for message in result.load_errors:
        err.write(f"brieflint: warning: {message}\n")
    plan = planner.default()
    tty = hasattr(out, "isatty") and out.isatty()
    color = use_color(tty, os.environ)
    show_source = args.show_source if args.show_source is not None else tty
    options = ReportOptions(quiet=args.quiet, color=color, root=os.getcwd(), source_lines=show_source)
    get(args.format)(result, plan.rules, out, options)
    fail_on = Severity.parse(args.fail_on) if args.fail_on else plan.settings.fail_on
    failing = [f for f in result.findings if f.severity >= fail_on]
    return 1 if failing else 0


def cmd_rules(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.output import ruledocs as docs

    rules = _planner(args).default().rules
    out.write(docs.render_rules(rules, args.format))
    return 0


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.output import ruledocs as docs

    rules = _planner(args).default().rules
    rule = rules.get(args.code)
    if rule is None:
        raise UsageError(f"no rule with code or name '{args.code}'{rules.suggest(args.code)}")
    out.write(docs.explain(rule))
    return 0


def cmd_schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.checks.schemastore import shipped_text

    settings = _planner(args).default().settings
    if settings.schema:
        with open(settings.schema, encoding="utf-8") as fh:
            out.write(fh.read())
    else:
        out.write(shipped_text("brief.schema.json"))
    return 0


def cmd_stats(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.cli import stats

    return stats.main(args, _planner(args), out, err)


def cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.cli import scaffold

    return scaffold.main(args, out, err)


COMMANDS = {
    "check": cmd_check,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "schema": cmd_schema,
    "stats": cmd_stats,
    "new": cmd_new,
}


def entry() -> int:
    """The ``brieflint`` command (and ``python -m brieflint``): :func:`main` in a process of its own.

    A run allocates many small objects and keeps each brief's only while it
    is checked; at Python's default thresholds (700, 10, 10) the collector
    keeps traversing those live briefs. With a larger first threshold and
    rare older collections, the time spent collecting on the 2,000 briefs of
    ``benchmarks/`` with ``--jobs 1`` fell from 1.97 s to 0.77 s (timed with
    ``gc.callbacks``), peak memory 58 MB. Since a checked brief holds no
    reference cycle (tests/test_performance.py), it is freed by reference
    counting and collections are rare: 0.006 s over 600 briefs. The first
    threshold went from 5,000 to 50,000 when a one-brief run was found to
    spend 14 M of its 656 M instructions collecting while it imported (none of
    it garbage); on the 2,000 briefs, 2 collections (0.039 s) instead of 28
    (0.037 s), peak memory 62 MB either way. Set here, not in :func:`main`, so
    programs that import brieflint keep their own settings.
    """
    import gc

    gc.set_threshold(50_000, 50, 1_000)
    code = main()
    _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """End the process here, without tearing the interpreter down (as mypy does).

    Freeing every module and object at exit cost a one-brief run 38 M
    instructions of 690 M (cachegrind), more than all its rules. The standard
    streams are flushed and the ``atexit`` handlers run first, so nothing
    written or registered is lost. Returns (and lets Python exit as usual)
    when a stream cannot be flushed, a thread is still running, or worker
    processes were started, whose clean-up is the ``multiprocessing`` module's.
    """
    import atexit
    import threading

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or "multiprocessing" in sys.modules or threading.active_count() > 1:
        return
    if not _flushed():
        return
    run_handlers()
    if _flushed():  # what the handlers wrote
        os._exit(code)


def _flushed() -> bool:
    """Flush the standard streams; False when one is closed, broken or missing (Python's own exit then handles it)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        return False
    return True


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # a stream the process was started without (``>&-``) is None: write nothing there, keep the exit status
    out = out or sys.stdout or open(os.devnull, "w", encoding="utf-8")
    err = err or sys.stderr or open(os.devnull, "w", encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_help(out)
        return 2
    try:
        return COMMANDS[args.command](args, out, err)
    except KeyboardInterrupt:
        err.write("brieflint: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except UsageError as exc:
        err.write(f"brieflint: error: {exc}\n")
        return 2
    except Exception as exc:
        from brieflint.config.settings import ConfigError

        if isinstance(exc, ConfigError):
            err.write(f"brieflint: configuration error: {exc}\n")
            return 2
        from brieflint.checks.schemastore import SchemaError

        if isinstance(exc, SchemaError):
            err.write(f"brieflint: schema error: {exc}\n")
            return 2
        if os.environ.get("BRIEFLINT_DEBUG"):
            raise
        err.write(
            f"brieflint: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in brieflint; run again with BRIEFLINT_DEBUG=1 for a traceback and report it.\n"
        )
        return 2
