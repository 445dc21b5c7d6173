"""An editor's buffer, checked exactly as ``brieflint check`` checks the file with that text.

The text an editor sends is encoded back to UTF-8 and decoded as the loader
decodes a file (a byte-order mark, CRLF and lone-CR line breaks); text the
loader would refuse (a NUL character, a lone surrogate, a file over the size
limit) goes through the loader itself, from a private temporary file, so the
``E`` finding is the command line's. The nearest configuration of the
buffer's path applies (the :class:`~brieflint.run.engine.Planner` finds it as
for the command line), with its per-file ignores, excludes and suppressions.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from brieflint.checks.registry import RuleSet
from brieflint.document.brief import Document, form_of, load, parse
from brieflint.fix.apply import fix_bytes
from brieflint.fix.text import FixError, decode
from brieflint.model import Finding
from brieflint.records import NamedTuple
from brieflint.run.engine import check_document, in_order
from brieflint.run.planner import Plan, Planner, prepare


class Checked(NamedTuple):
    """One buffer's findings, and what the editor features need beside them."""

    path: str
    text: str
    findings: tuple[Finding, ...]
    document: Document | None
    rules: RuleSet | None
    plan: Plan | None
    skipped: str | None = None  # why the buffer is not a brief to check (no findings then)


def load_text(path: str, text: str, max_bytes: int, form: str | None = None) -> Document:
    """The :class:`Document` the loader makes of a file at ``path`` holding ``text``."""
    form = form or form_of(path) or "markdown"
    raw = text.encode("utf-8", "surrogatepass")
    source = decode(raw) if len(raw) <= max_bytes else None
    if source is not None:
        newline = "\r\n" if "\r\n" in source.text else "\n"
        return parse(path, source.normalized, form=form, bom=source.bom, newline=newline)
    # what only the loader says exactly: E002 (not UTF-8, NUL) and E011 (too large)
    with tempfile.TemporaryDirectory(prefix="brieflint-server-") as tmp:
        scratch = os.path.join(tmp, os.path.basename(path) or "buffer")
        with open(scratch, "wb") as fh:
            fh.write(raw)
        doc = load(scratch, max_bytes=max_bytes, form=form)
    return doc.with_path(path)


def check_text(path: str, text: str, planner: Planner, *, form: str | None = None, explicit: bool = False) -> Checked:
    """The findings of ``text`` as the file ``path``; raises ``ConfigError`` for a broken configuration.

    A Markdown buffer that does not start with a ``---`` line is not a brief (a
    README), and a file the configuration excludes is not checked, as in a
    directory walk, unless ``explicit``.
    """
    plan = planner.for_file(path)
    if not explicit:
        if (form or form_of(path)) == "markdown" and not text.lstrip("\ufeff").startswith("---"):
            return Checked(path, text, (), None, plan.rules, plan, "not a brief: no front matter")
        if plan.settings.is_excluded(Path(path)):
            return Checked(path, text, (), None, plan.rules, plan, "excluded by the configuration")
    prepare(plan)
    doc = load_text(path, text, plan.settings.max_file_size, form)
    return Checked(path, text, in_order(check_document(doc, plan)), doc, plan.rules, plan)


def fix_text(path: str, text: str, planner: Planner) -> str | None:
    """``text`` with every safe fix applied (as ``brieflint check --fix`` would); None when nothing changes."""
    plan = planner.for_file(path)
    prepare(plan)
    raw = text.encode("utf-8", "surrogatepass")
    try:
        fixed = fix_bytes(path, raw, plan)
    except FixError:
        return None
    if fixed.after is None:
        return None
    source = decode(fixed.after)
    return None if source is None else ("\ufeff" if source.bom else "") + source.text
