"""Work the worker does for requests other than a buffer's check: completion data, the workspace.

Each function runs on the worker (it reads the planner) and returns values
the message loop may read without a lock.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from brieflint.api.files import briefs_under
from brieflint.model import Context
from brieflint.records import NamedTuple
from brieflint.run.engine import check_path
from brieflint.run.planner import Planner, prepare
from brieflint.server.buffers import Checked


class Meta(NamedTuple):
    """What completion offers for one folder: the schema in force and the taxonomy's terms by kind."""

    schema: Mapping[str, Any]
    terms: Mapping[str, Mapping[str, Any]]


def read_meta(path: str, planner: Planner) -> Meta:
    plan = planner.for_file(path)
    settings = plan.settings
    if settings.schema:
        with open(settings.schema, encoding="utf-8") as fh:
            schema = json.load(fh)
    else:
        from brieflint.checks.schemastore import shipped

        schema = shipped("brief.schema.json")
    from brieflint.checks.taxonomy.model import for_context

    taxonomy = for_context(Context(MappingProxyType({}), settings, plan.shared))
    return Meta(schema, taxonomy.terms)


def workspace_files(roots: Sequence[str], planner: Planner) -> list[str]:
    """The briefs a ``brieflint check`` of the workspace folders would check (``.gitignore`` respected)."""
    return briefs_under(roots, planner)[0]


def check_file(path: str, owner: Any) -> Checked:
    """One file on disk, checked as ``brieflint check`` does, with its text (to place the findings).

    ``owner.planner`` is read when the job runs (after a configuration reload, the new planner).
    """
    planner: Planner = owner.planner
    plan = planner.for_file(path)
    prepare(plan)
    result = check_path(path, planner)
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            text = fh.read()
    except OSError:
        text = ""
    return Checked(path, text, result.findings, None, plan.rules, plan)


WARM_UP = """---
title: A short brief to warm the server up
type: brief-analysis
date: 2026-01-01
authors:
  - name: A. Writer
    bio: A. Writer is a fellow who studies energy policy and writes briefs.
summary: A brief that exists only so that the first real one is checked at once, with every rule loaded.
topics: [Energy]
regions: [Iraq]
---

The ministry said on Monday that "supply will improve by the summer" [@x].
"""


def warm_up(root: str, planner: Planner) -> None:
    """Load the configuration, the rules and the parsers before the first brief arrives."""
    import os

    from brieflint.server.buffers import check_text

    check_text(os.path.join(root, "warm-up.md"), WARM_UP, planner)
