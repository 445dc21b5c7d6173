"""Reporters: a table from format name to a function that writes a run's findings.

Each reporter is ``report(result, rules, out, options) -> None`` in a module of
its own (``text``, ``json_report``, ``sarif``, ``github``, ``junit``); the table
names them as ``module:function`` so a format's code (and its imports) load
only when that format is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult


class ReportOptions(NamedTuple):
    quiet: bool = False
    color: bool = False
    root: str = "."  # paths in SARIF are relative to it
    source_lines: bool = False  # show the offending line with a caret under the column
    max_file_size: int = 1024 * 1024  # the most of a file a reporter reads again (for source lines)


Reporter = Callable[["RunResult", "RuleSet", TextIO, ReportOptions], None]

REPORTERS: dict[str, str] = {
    "text": "brieflint.output.text:text",
    "json": "brieflint.output.json_report:json_report",
    "sarif": "brieflint.output.sarif:sarif",
    "github": "brieflint.output.github:github",
    "junit": "brieflint.output.junit:junit",
    "gitlab": "brieflint.output.gitlab:gitlab",
}


def get(name: str) -> Reporter:
    """The reporter of a format, its module imported now."""
    module, _, func = REPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), func)
