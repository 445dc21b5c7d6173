"""Fixtures for the language server's tests: a workspace folder, a brief, a running server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lsp_client import Client

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

# a brief with a fixable alias (T104), an unknown topic (T102), a tagged region never named
# (T109), a region named but not tagged (T108), a vague attribution (Q102) and an unattributed quote (Q101)
BRIEF = (
    (EXAMPLES / "iraq-electricity-imports.md")
    .read_text(encoding="utf-8")
    .replace("type: brief-analysis", "type: Brief Analysis")
    .replace("  - Iran\n", "  - Iran\n  - Tunisia\n")
    .replace("  - Energy\n", "  - Enrgy\n")
    + "\nAlgeria tried the same reform in 2015. Algerian officials later reversed it, and\n"
    "the tariffs set in Algiers were frozen. Observers say the plan was rushed. It was later described as\n"
    '"a reform that was never going to work in practice."\n'
)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")  # nothing above the folder leaks in
    return folder


@pytest.fixture
def server(workspace: Path) -> Iterator[Client]:
    client = Client(workspace)
    try:
        client.initialize(workspace, {"debounce": 20})
        yield client
    finally:
        client.close()


def cli_findings(path: Path, cwd: Path) -> list[dict[str, Any]]:
    """``brieflint check --format json`` on one file, in a subprocess, as a user runs it."""
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", str(path), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]  # type: ignore[no-any-return]


def utf16(line_text: str, column: int) -> int:
    """The UTF-16 offset of a 1-based code-point column (computed independently of the server)."""
    return len(line_text[: column - 1].encode("utf-16-le")) // 2
