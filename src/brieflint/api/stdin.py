"""A brief given as text (``brieflint check -``): checked, or fixed, under the name ``--stdin-filename`` gives it.

The name decides the form (``*.brief.yaml`` or Markdown), the configuration
(the nearest one above it) and the path in findings; the file need not exist.
The text is loaded by the same loader as a file (it is written to a private
temporary folder for that), so every finding is the one the file would get.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from brieflint.api.records import CheckOptions
from brieflint.document.brief import form_of, load
from brieflint.run.engine import FileResult, Planner, RunResult, check_document, plugin_failures, prepare


class NamedPlanner(Planner):
    """A planner that finds the configuration of a stand-in file at the place of the name it stands for."""

    def __init__(self, base: Planner, aliases: dict[str, str]) -> None:
        super().__init__(base.overrides, base.config_file, plugins=base.plugins)
        self.aliases = aliases

    def config_path(self, path: str) -> str | None:
        return super().config_path(self.aliases.get(path, path))


def shown_name(options: CheckOptions) -> str:
    return options.stdin_filename or "-"


def _suffix(name: str) -> str:
    return ".brief.yaml" if form_of(name) == "yaml" else ".md"


def check_bytes(data: bytes, options: CheckOptions, planner: Planner) -> RunResult:
    """The findings of one brief given as bytes, as if it were the file ``--stdin-filename`` names."""
    name = shown_name(options)
    plan = planner.for_file(name)
    planner.check_cli()
    if options.force_exclude and options.stdin_filename and plan.settings.is_excluded(Path(name)):
        return RunResult((), 0, plan.rules.load_errors)
    only = ("E", "S") if options.schema_only else None
    prepare(plan)
    with tempfile.TemporaryDirectory(prefix="brieflint-stdin-") as folder:
        path = os.path.join(folder, "stdin" + _suffix(name))
        with open(path, "wb") as fh:
            fh.write(data)
        doc = load(path, max_bytes=plan.settings.max_file_size, form=form_of(name) or "markdown")
    findings = check_document(doc.with_path(name), plan, only=only)
    files = plugin_failures([FileResult(name, tuple(findings))], planner)
    return RunResult(tuple(files), 0, plan.rules.load_errors)


def fix_bytes(data: bytes, options: CheckOptions, planner: Planner) -> tuple[bytes, RunResult, list[str]]:
    """The fixed text of a brief given as bytes (unchanged when nothing could be fixed), what remains, and notes."""
    from brieflint.fix.apply import FixError, fix_file

    name = shown_name(options)
    with tempfile.TemporaryDirectory(prefix="brieflint-stdin-") as folder:
        path = os.path.join(folder, "stdin" + _suffix(name))
        with open(path, "wb") as fh:
            fh.write(data)
        named = NamedPlanner(planner, {path: os.path.abspath(name)})
        try:
            fixed = fix_file(path, named, only=("E", "S") if options.schema_only else None)
        except FixError as exc:
            return data, check_bytes(data, options, planner), [f"{name}: not fixed: {exc}"]
    remaining = tuple(f._replace(path=name) for f in fixed.remaining)
    notes = [f"{name}: {note}" for note in fixed.notes]
    result = RunResult((FileResult(name, remaining),), 0, ())
    return (fixed.after if fixed.after is not None else data), result, notes
