"""A small helper for testing rules (ours and plugins'): lint a brief given as text.

    from brieflint.testing import lint, problems_at

    findings = lint(BRIEF, config={"quotes": {"min-words": 5}}, select=["Q"])
    assert problems_at(findings, "Q101") == [(12, 30)]

The brief is really written to a temporary folder (with a ``.brieflint.yaml``
when ``config`` is given) and checked by the same engine as the command line.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from brieflint.config.settings import Overrides
from brieflint.model import Finding
from brieflint.run.engine import Planner, run


def form_of_example(source: str) -> str:
    return "yaml" if source.startswith("# form: yaml") else "markdown"


def lint(
    source: str | bytes,
    *,
    config: Mapping[str, Any] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    form: str | None = None,
    name: str | None = None,
    files: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Findings for one brief. ``files`` adds more files to the folder (a pack, a taxonomy)."""
    if form is None:
        form = form_of_example(source) if isinstance(source, str) else "markdown"
    filename = name or ("brief.brief.yaml" if form == "yaml" else "brief.md")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, content in (files or {}).items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        config_file = None
        if config is not None:
            config_file = root / ".brieflint.yaml"
            config_file.write_text(json.dumps(dict(config)), encoding="utf-8")
        path = root / filename
        if isinstance(source, bytes):
            path.write_bytes(source)
        else:
            path.write_bytes(source.encode("utf-8"))
        planner = Planner(
            Overrides(select=tuple(select) if select is not None else None, ignore=tuple(ignore)),
            str(config_file) if config_file else str(_empty_config(root)),
        )
        result = run([str(path)], planner, jobs=1)
        return [_relative(f, root) for f in result.findings]


def reported(source: str, code: str) -> list[str]:
    """The text each finding of ``code`` points at in ``source``, as the file is written (a finding on one line)."""
    lines = source.splitlines()
    return [
        lines[f.line - 1][f.column - 1 : None if f.end_column is None else f.end_column - 1]
        for f in lint(source, select=[code])
    ]


def _empty_config(root: Path) -> Path:
    """An empty configuration, so no .brieflint.yaml above the temp folder leaks in."""
    p = root / ".brieflint-empty.yaml"
    p.write_text("{}\n", encoding="utf-8")
    return p


def _relative(f: Finding, root: Path) -> Finding:
    try:
        return f._replace(path=Path(f.path).relative_to(root).as_posix())
    except ValueError:
        return f


def problems_at(findings: Iterable[Finding], code: str) -> list[tuple[int, int]]:
    """``[(line, column), …]`` of the findings with ``code``."""
    return [(f.line, f.column) for f in findings if f.code == code]


def codes(findings: Iterable[Finding]) -> list[str]:
    return [f.code for f in findings]
