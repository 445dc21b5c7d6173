"""Issue 21, item 3: ``--fix`` without a window, and never through a link out of the tree.

A writer that changes the brief between brieflint's last look and the atomic
swap, or just after it, keeps its change: the fix is abandoned with a message.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from bounded import GOOD

from brieflint.cli.main import main
from brieflint.fix import write

BRIEF = GOOD.replace("passed a law", "passed a law despite US sanctions")
APPENDED = "\nA paragraph an editor appended meanwhile.\n"


def _fix(folder: Path, name: str = "brief.md") -> str:
    out, err = io.StringIO(), io.StringIO()
    main(["check", "--no-cache", "--select", "HS001", "--fix", name], out, err)
    return err.getvalue()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "brief.md").write_text(BRIEF, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_fix_applies_when_nobody_writes(folder: Path) -> None:
    _fix(folder)
    assert "U.S. sanctions" in (folder / "brief.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not write._renameat2(), reason="needs renameat2 (Linux)")
@pytest.mark.parametrize("when", ["before the swap", "after the swap"])
def test_a_concurrent_append_is_kept(folder: Path, monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    real = write._exchange
    calls: list[str] = []

    def racing(a: str, b: str) -> bool:
        calls.append(a)
        if len(calls) == 1 and when == "before the swap":
            with open(b, "a", encoding="utf-8") as fh:  # the target, after brieflint's last look
                fh.write(APPENDED)
        done = real(a, b)
        if len(calls) == 1 and when == "after the swap":
            with open(a, "a", encoding="utf-8") as fh:  # the old file, still open in an editor
                fh.write(APPENDED)
        return done

    monkeypatch.setattr(write, "_exchange", racing)
    err = _fix(folder)
    assert (folder / "brief.md").read_text(encoding="utf-8") == BRIEF + APPENDED
    assert "changed on disk while brieflint was fixing it" in err
    assert sorted(p.name for p in folder.iterdir()) == [".brieflint.yaml", "brief.md"]


def test_a_link_out_of_the_tree_is_not_written_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "theirs.md").write_text(BRIEF, encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    os.symlink(outside / "theirs.md", repo / "brief.md")
    monkeypatch.chdir(repo)
    err = _fix(repo)
    assert (outside / "theirs.md").read_text(encoding="utf-8") == BRIEF
    assert "outside the current directory" in err
