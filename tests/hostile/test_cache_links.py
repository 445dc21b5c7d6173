"""Issue 21, item 2: the cache never follows a link, and a bad entry is a miss.

A repository can commit anything under ``.brieflint_cache/``; one ``brieflint
check .`` must never delete or write outside it, and never fail or hang on
what it finds there.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from bounded import GOOD, brieflint

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    (repo / "brief.md").write_text(GOOD, encoding="utf-8")
    return repo


def _old_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "precious.txt").write_text("keep me", encoding="utf-8")
    month_ago = time.time() - 60 * 86400
    os.utime(path, (month_ago, month_ago))
    return path


@pytest.mark.parametrize("level", ["top", "format", "group"])
def test_a_committed_link_in_the_cache_is_never_followed(tmp_path: Path, level: str) -> None:
    repo = _repo(tmp_path)
    outside = tmp_path / "outside"
    victim = _old_folder(outside / "old-project")
    cache = repo / ".brieflint_cache"
    if level == "top":
        os.symlink(outside, cache)
    elif level == "format":
        cache.mkdir()
        (cache / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
        os.symlink(outside, cache / "1")
    else:
        (cache / "1").mkdir(parents=True)
        (cache / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n", encoding="utf-8")
        os.symlink(outside, cache / "1" / "0123456789abcdef01234567")
    before = sorted(str(p.relative_to(outside)) for p in outside.rglob("*"))
    proc = brieflint("check", ".", cwd=repo)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert victim.is_dir() and (victim / "precious.txt").read_text() == "keep me"
    assert sorted(str(p.relative_to(outside)) for p in outside.rglob("*")) == before  # nothing written there


def _entries(repo: Path) -> list[Path]:
    return sorted(p for p in (repo / ".brieflint_cache").rglob("*.json"))


@pytest.mark.parametrize(
    "content",
    [
        "fifo",
        "link",
        b"[]",
        b'{"key": 1, "findings": []}',
        b"KEY-findings-not-a-list",
        b"KEY-line-text",
        b"KEY-fix-wrong",
        b"\xff\xfe not json",
    ],
)
def test_a_bad_cache_entry_is_a_miss(tmp_path: Path, content: object) -> None:
    repo = _repo(tmp_path)
    first = brieflint("check", "--format", "json", ".", cwd=repo)
    (entry,) = _entries(repo)
    key = json.loads(entry.read_text(encoding="utf-8"))["key"]
    entry.unlink()
    if content == "fifo":
        os.mkfifo(entry)
    elif content == "link":
        (tmp_path / "elsewhere.json").write_text(json.dumps({"key": key, "findings": []}), encoding="utf-8")
        os.symlink(tmp_path / "elsewhere.json", entry)
    else:
        assert isinstance(content, bytes)
        shapes = {
            b"KEY-findings-not-a-list": {"key": key, "findings": {"a": 1}},
            b"KEY-line-text": {"key": key, "findings": [{"line": "x", "column": 1, "code": "E", "severity": "error"}]},
            b"KEY-fix-wrong": {
                "key": key,
                "findings": [{"line": 1, "column": 1, "code": "X", "severity": "error", "message": "m", "fix": [1]}],
            },
        }
        entry.write_bytes(json.dumps(shapes[content]).encode() if content in shapes else content)
    again = brieflint("check", "--format", "json", ".", cwd=repo)
    assert "Traceback" not in again.stderr and "internal error" not in again.stderr, again.stderr
    assert again.returncode == first.returncode
    assert json.loads(again.stdout)["findings"] == json.loads(first.stdout)["findings"]
