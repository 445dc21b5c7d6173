"""A wheel and an sdist carry the schemas and the shipped rules."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_and_sdist_carry_schemas_and_rules(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("brieflint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in ("brief", "config"):
        assert f"brieflint/schemas/{schema}.schema.json" in names
    shipped_rules = {n for n in names if n.startswith("brieflint/rules/") and n.endswith((".yaml", ".json", ".txt"))}
    data_files = [
        *(ROOT / "rules").glob("*.yaml"),
        *(ROOT / "rules").glob("*.json"),
        *(ROOT / "rules").glob("*.txt"),
        *(ROOT / "rules").glob("lang/*.yaml"),
    ]
    names_of = {p.relative_to(ROOT / "rules").as_posix() for p in data_files}
    assert shipped_rules == {f"brieflint/rules/{n}" for n in names_of}
    sdist = next(tmp_path.glob("brieflint-*.tar.gz"))
    members = {m.split("/", 1)[1] for m in tarfile.open(sdist).getnames() if "/" in m}
    assert "schemas/brief.schema.json" in members
    assert {f"rules/{n}" for n in names_of} <= members
