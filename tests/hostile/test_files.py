"""Issue 21, item 1: every file brieflint reads goes through one safe reader.

FIFOs, devices, symlink loops and undecodable bytes, named as a brief or by the
configuration (schema, ``$ref`` target, taxonomy, rule pack), give a located
finding or a one-line error in bounded time and memory; never a hang, never
an internal error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from bounded import GOOD, brieflint

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")


def _clean(proc) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "brief.md").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo")
    os.symlink("loop-b", tmp_path / "loop-a")
    os.symlink("loop-a", tmp_path / "loop-b")
    return tmp_path


@pytest.mark.parametrize("cache", ["--no-cache", "--quiet"])  # with the cache on, its key digests those files
@pytest.mark.parametrize("key", ["schema", "taxonomy", "rule-packs"])
@pytest.mark.parametrize("target", ["fifo", "loop-a", "/dev/zero"])
def test_configured_file_that_is_not_a_file(repo: Path, key: str, target: str, cache: str) -> None:
    value = f"[{target}]" if key == "rule-packs" else target
    (repo / ".brieflint.yaml").write_text(f"{key}: {value}\n", encoding="utf-8")
    proc = brieflint("check", cache, "brief.md", cwd=repo)
    _clean(proc)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") <= 2, proc.stderr  # one line (and perhaps a hint)


@pytest.mark.parametrize("key", ["schema", "taxonomy", "rule-packs"])
def test_configured_file_that_is_not_utf8_is_located(repo: Path, key: str) -> None:
    name = {"schema": "s.json", "taxonomy": "t.yaml", "rule-packs": "p.yaml"}[key]
    (repo / name).write_bytes(b'{"a":\n "caf\xe9"}\n' if key == "schema" else b"topics:\n  - Caf\xe9\n")
    value = f"[{name}]" if key == "rule-packs" else name
    (repo / ".brieflint.yaml").write_text(f"{key}: {value}\n", encoding="utf-8")
    proc = brieflint("check", "--no-cache", "brief.md", cwd=repo)
    _clean(proc)
    assert proc.returncode == 2
    assert "UTF-8" in proc.stderr and "line 2" in proc.stderr, proc.stderr


def test_schema_ref_to_a_fifo(repo: Path) -> None:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "fifo"}
    (repo / "s.json").write_text(json.dumps(schema), encoding="utf-8")
    (repo / ".brieflint.yaml").write_text("schema: s.json\n", encoding="utf-8")
    proc = brieflint("check", "--no-cache", "brief.md", cwd=repo)
    _clean(proc)
    assert proc.returncode == 2 and "fifo" in proc.stderr, proc.stderr


@pytest.mark.parametrize("target", ["/dev/zero", "fifo", "loop-a"])
def test_brief_that_is_not_a_file(repo: Path, target: str) -> None:
    os.symlink(target, repo / "x.md")
    proc = brieflint("check", "--no-cache", "--format", "json", "x.md", cwd=repo)
    _clean(proc)
    findings = json.loads(proc.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("E001", 1)]


def test_symlink_loop_in_a_walked_folder(repo: Path) -> None:
    os.symlink("y.md", repo / "y.md")
    proc = brieflint("check", "--no-cache", "--format", "json", ".", cwd=repo)
    _clean(proc)
    assert proc.returncode in (0, 1)


def test_cr_only_file_with_a_bad_byte_is_located_on_its_line(tmp_path: Path) -> None:
    text = GOOD.replace("\n", "\r").encode("utf-8") + b"A caf\xe9 line.\r"
    (tmp_path / "cr.md").write_bytes(text)
    proc = brieflint("check", "--no-cache", "--format", "json", "cr.md", cwd=tmp_path)
    _clean(proc)
    e002 = [f for f in json.loads(proc.stdout)["findings"] if f["code"] == "E002"]
    assert [(f["line"], f["column"]) for f in e002] == [(GOOD.count("\n") + 1, 6)]


def test_a_5000_digit_number_is_a_located_finding(tmp_path: Path) -> None:
    (tmp_path / "n.md").write_text(GOOD.replace("date: 2026-03-12", "date: " + "9" * 5000), encoding="utf-8")
    proc = brieflint("check", "--no-cache", "--format", "json", "n.md", cwd=tmp_path)
    _clean(proc)
    found = json.loads(proc.stdout)["findings"]
    hit = [f for f in found if f["line"] == 4]
    assert hit and hit[0]["code"] == "E010", found
    assert "set_int_max_str_digits" not in proc.stdout


@pytest.mark.parametrize("value", [".nan", ".inf", "1e19", "-1"])
def test_pack_timeout_out_of_range_is_a_located_configuration_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "brief.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        f"pack: p\nprefix: XP\ntimeout: {value}\nrules:\n"
        "  - {code: XP001, name: no-very, kind: existence, tokens: [very]}\n",
        encoding="utf-8",
    )
    (tmp_path / ".brieflint.yaml").write_text("rule-packs: [p.yaml]\n", encoding="utf-8")
    proc = brieflint("check", "--no-cache", "brief.md", cwd=tmp_path)
    _clean(proc)
    assert proc.returncode == 2 and "p.yaml:3:" in proc.stderr, proc.stderr
