"""The command line: ``main(argv=None) -> int`` with one top-level error handler.

Each subcommand is a module of its own (:mod:`~brieflint.cli.check`,
:mod:`~brieflint.cli.rules`, …) with ``add_arguments(parser)`` and
``run(args, out, err) -> int``. Only the module of the subcommand asked for
is imported, and only its options are added to the parser, so that
``brieflint --version`` imports nothing but this module.

Exit status: 0 no finding at or above ``--fail-on``; 1 such findings;
2 usage, configuration or internal error. A traceback is never what a user
sees (set ``BRIEFLINT_DEBUG=1`` to get one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import namedtuple
from collections.abc import Sequence

from brieflint import __version__
from brieflint.cli.common import Formatter, Parser, UsageError, stdout_to_devnull, use_color

__all__ = ["COMMANDS", "build_parser", "entry", "main", "use_color"]


TYPE_CHECKING = False  # typing is not imported on the way to `brieflint --version` (see brieflint/__init__.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import NamedTuple, TextIO

    class Command(NamedTuple):
        """A subcommand: the module that holds it, its two functions there, a line of help."""

        module: str
        add_arguments: str
        run: str
        help: str

else:  # the same record, made without typing
    Command = namedtuple("Command", "module add_arguments run help")


COMMANDS: dict[str, Command] = {
    "check": Command(
        "brieflint.cli.check",
        "add_arguments",
        "run",
        "check briefs (files or directories; default: the current directory)",
    ),
    "rules": Command(
        "brieflint.cli.rules", "add_rules_arguments", "run_rules", "list every rule: code, name, severity, summary"
    ),
    "explain": Command(
        "brieflint.cli.rules", "add_explain_arguments", "run_explain", "what a rule checks, why, an example, how to fix"
    ),
    "schema": Command("brieflint.cli.schema", "add_arguments", "run", "print the JSON Schema in use"),
    "stats": Command("brieflint.cli.stats", "add_arguments", "run", "readability figures per section"),
    "new": Command("brieflint.cli.scaffold", "add_arguments", "run", "write a new brief from the template"),
    "report": Command(
        "brieflint.cli.report", "add_arguments", "run", "an editor's report: one self-contained HTML page"
    ),
    "server": Command("brieflint.cli.server", "add_arguments", "run", "a language server for editors (LSP over stdio)"),
    "completion": Command(
        "brieflint.cli.completion", "add_arguments", "run", "print a shell completion script (bash, zsh or fish)"
    ),
}


def _command_named(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names: its first word that is not an option."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with the options of ``command`` (every command's when None)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="brieflint",
        description="Lint policy briefs: schema, quotes and sources, readability, taxonomy, links.",
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"brieflint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, spec in COMMANDS.items():
        sub_parser = sub.add_parser(name, help=spec.help)
        if command is None or command == name:
            getattr(importlib.import_module(spec.module), spec.add_arguments)(sub_parser)
    return parser


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


GC_THRESHOLD = 50_000  # allocations between collections of the youngest generation (Python's default: 700)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # a stream the process was started without (``>&-``) is None: write nothing there, keep the exit status
    out = out or sys.stdout or open(os.devnull, "w", encoding="utf-8")
    err = err or sys.stderr or open(os.devnull, "w", encoding="utf-8")
    words = list(sys.argv[1:] if argv is None else argv)
    command = _command_named(words)
    parser = build_parser(command) if command is not None else _parser_without_options()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_help(out)
        return 2
    import gc

    # A run makes tens of thousands of tuples and almost no reference cycles (reference counting
    # frees its objects), yet every 700 allocations started a collection: 2 % of a check's work.
    threshold = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        import importlib

        spec = COMMANDS[args.command]
        run = getattr(importlib.import_module(spec.module), spec.run)
        status = int(run(args, out, err))
        out.flush()
        return status
    except KeyboardInterrupt:
        err.write("brieflint: interrupted\n")
        return 130
    except BrokenPipeError:  # the reader left (``| head``): nothing more to say, and nothing to fail on
        stdout_to_devnull()
        return 0
    except UsageError as exc:
        err.write(f"brieflint: error: {exc}\n")
        return 2
    except Exception as exc:
        return _report_error(exc, err)
    finally:
        gc.set_threshold(*threshold)  # a caller in the same process gets the collector as it was


def _parser_without_options() -> argparse.ArgumentParser:
    """``brieflint``, ``brieflint --version``, ``brieflint --help``: the commands listed, none of their options."""
    return build_parser("")


# the errors of a write to a full or failing disk: one line and status 2, not an "internal error"
_WRITE_ERRORS = frozenset({"ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS"})


def _report_error(exc: Exception, err: TextIO) -> int:
    """A configuration, schema or internal error as one message (a traceback only with ``BRIEFLINT_DEBUG``)."""
    import errno

    from brieflint.errors import ConfigError, SchemaError

    if isinstance(exc, OSError) and errno.errorcode.get(exc.errno or 0) in _WRITE_ERRORS:
        stdout_to_devnull()
        err.write(f"brieflint: error: cannot write the output: {exc.strerror or exc}\n")
        return 2

    if isinstance(exc, ConfigError):  # one line per mistake (all of them, in the order of the file)
        for line in str(exc).splitlines() or [""]:
            err.write(f"brieflint: configuration error: {line}\n")
        return 2
    if isinstance(exc, SchemaError):
        err.write(f"brieflint: schema error: {exc}\n")
        return 2
    if os.environ.get("BRIEFLINT_DEBUG"):
        raise exc
    err.write(
        f"brieflint: internal error: {type(exc).__name__}: {exc}\n"
        "This is a bug in brieflint; run again with BRIEFLINT_DEBUG=1 for a traceback and report it.\n"
    )
    return 2
