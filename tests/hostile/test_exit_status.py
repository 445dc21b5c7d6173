"""Issue 21 #7: honest exit status (a closed stdout, a full disk, configuration values out of range)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bounded import run, started
from support import BAD, brieflint


def _closed_reader(args: list[str], cwd) -> int:
    """Run brieflint with a reader that reads one line and closes the pipe (``| head -1`` under pipefail)."""
    env = {**os.environ, "BRIEFLINT_NO_CACHE": "1"}
    cmd = [sys.executable, "-m", "brieflint", *args]
    with started(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()
        proc.wait(timeout=25)
        return proc.returncode


def test_a_closed_stdout_keeps_the_status_the_findings_decide(tmp_path):
    for i in range(40):
        (tmp_path / f"a{i}.md").write_text(BAD)
    assert _closed_reader(["check", "."], tmp_path) == 1
    assert _closed_reader(["check", ".", "--format", "sarif"], tmp_path) == 1


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["check", "a.md"], ["check", "a.md", "--format", "json"], ["rules"]])
def test_a_full_disk_is_a_one_line_error_with_status_2(tmp_path, args):
    (tmp_path / "a.md").write_text(BAD)
    with open("/dev/full", "w") as full:
        proc = run([sys.executable, "-m", "brieflint", *args], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "No space left on device" in err
    assert "internal error" not in err
    proc = brieflint("check", "a.md", "--output-file", "/dev/full", cwd=tmp_path)
    assert proc.returncode == 2 and "No space left on device" in proc.stderr.decode()


@pytest.mark.parametrize(
    "config,where,what",
    [
        ("ignore: [R]\nrule-timeout: .inf\n", ":2:15:", "rule-timeout"),
        ("rule-timeout: .nan\n", ":1:15:", "rule-timeout"),
        ("rule-timeout: 86401\n", ":1:15:", "rule-timeout"),
        ("max-file-size: 1e19\n", ":1:16:", "max-file-size"),
        ("max-file-size: 1099511627777\n", ":1:16:", "max-file-size"),
    ],
)
def test_configuration_values_out_of_range_are_located_errors(tmp_path, config, where, what):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / ".brieflint.yaml").write_text(config)
    proc = brieflint("check", "a.md", cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and f".brieflint.yaml{where} {what}" in err and "internal error" not in err


@pytest.mark.parametrize("name", ["pyproject.toml", ".brieflint.yaml"])
def test_a_configuration_that_is_not_utf8_is_a_located_error(tmp_path, name):
    (tmp_path / "a.md").write_text(BAD)
    head = b"[tool.brieflint]\n" if name == "pyproject.toml" else b""
    (tmp_path / name).write_bytes(head + b"# caf\xe9\n")
    proc = brieflint("check", "a.md", cwd=tmp_path)
    err = proc.stderr.decode()
    line = 2 if head else 1
    assert proc.returncode == 2 and f"{name}:{line}:6: cannot read configuration: it is not UTF-8 text" in err, err
