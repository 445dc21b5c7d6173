"""What every subcommand shares: the usage error, the help formatter, comma-separated codes, the planner."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

TYPE_CHECKING = False  # typing is not imported on the way to `brieflint --version` (see brieflint/__init__.py)
if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.engine import Planner


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


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


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, measuring the terminal without importing ``shutil``.

    argparse makes a formatter for every argument it adds, and its own imports
    ``shutil`` (with ``bz2`` and ``lzma``) to ask the width: 7 M instructions,
    about 1 % of a one-brief run.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class Parser(argparse.ArgumentParser):
    """A subcommand's parser, with the help formatter of the whole command line."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(**kwargs)  # type: ignore[arg-type]


def codes(value: str) -> tuple[str, ...]:
    """``--select Q101,R`` → ``("Q101", "R")``."""
    return tuple(v.strip() for v in value.split(",") if v.strip())


def planner(args: argparse.Namespace, **overrides: object) -> Planner:
    """The planner for a subcommand: ``--config`` (checked to exist) and the command-line overrides."""
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


def stdout_to_devnull() -> None:
    """After a failed write, standard output goes to /dev/null, so that the exit does not fail again on flush."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
