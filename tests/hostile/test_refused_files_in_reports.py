"""Issue 21: the reporters never read again a file the checker refused.

SARIF, GitLab and ``--show-source`` show source lines; they read them through
:mod:`brieflint.safeio`, at most the configured ``max-file-size``, and not at all
for a file the checker refused (``E001``, ``E011``): ``/dev/zero`` named as a
brief costs nothing, in bounded memory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from bounded import GOOD, brieflint

FORMATS = [("--format", "sarif"), ("--format", "gitlab"), ("--show-source",), ("--format", "text", "--show-source")]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("args", FORMATS)
def test_dev_zero_as_a_brief_is_not_read_by_the_reporter(tmp_path: Path, args: tuple[str, ...]) -> None:
    os.symlink("/dev/zero", tmp_path / "zero.md")
    proc = brieflint("check", "--no-cache", *args, "zero.md", cwd=tmp_path, memory=768 * 1024 * 1024)
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert "E001" in proc.stdout


def test_a_refused_file_has_no_source_line(tmp_path: Path) -> None:
    (tmp_path / ".brieflint.yaml").write_text("max-file-size: 2000\n", encoding="utf-8")
    (tmp_path / "big.md").write_text(GOOD + "SECRET-LINE\n" * 400, encoding="utf-8")
    proc = brieflint("check", "--no-cache", "--show-source", "big.md", cwd=tmp_path)
    assert "E011" in proc.stdout, proc.stdout + proc.stderr
    assert "---" not in proc.stdout, proc.stdout  # the first line of the refused file is not shown
    sarif = brieflint("check", "--no-cache", "--format", "sarif", "big.md", cwd=tmp_path)
    (result,) = json.loads(sarif.stdout)["runs"][0]["results"]
    assert "snippet" not in json.dumps(result), result


def test_source_lines_still_shown_for_a_checked_file(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(GOOD.replace("title:", "titl:"), encoding="utf-8")
    proc = brieflint("check", "--no-cache", "--show-source", "b.md", cwd=tmp_path)
    assert "titl:" in proc.stdout, proc.stdout + proc.stderr
