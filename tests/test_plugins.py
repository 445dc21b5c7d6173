"""Third-party rules register through the `brieflint.rules` entry point, as the built-ins do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from support import edited

HERE = Path(__file__).parent

BRIEF = edited(
    ('Tariffs"', 'Tariffs."'),
    ("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]"),
    ("passed a law to move water distribution to regional companies.", "passed a law."),
)


def test_builtin_families_are_entry_points():
    names = {ep.name for ep in entry_points(group="brieflint.rules")}
    assert {"load", "schema", "quotes", "readability", "taxonomy", "links"} <= names


@pytest.mark.slow
def test_installed_plugin_rule_reports(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(HERE / "plugin_pkg"),
        ],
        check=True,
        capture_output=True,
    )
    brief = tmp_path / "brief.md"
    brief.write_text(BRIEF)
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--format", "json", str(brief)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr  # a warning does not fail the run
    found = [(f["code"], f["line"], f["column"], f["rule"]) for f in json.loads(proc.stdout)["findings"]]
    assert ("XT001", 2, 50, "title-full-stop") in found
    rules = subprocess.run(
        [sys.executable, "-m", "brieflint", "rules", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    listed = {r["code"]: r for r in json.loads(rules.stdout)["rules"]}
    assert listed["XT001"]["origin"] == "example"
    # without the plugin on the path, the rule is not there
    plain = subprocess.run(
        [sys.executable, "-m", "brieflint", "rules", "--format", "json"], capture_output=True, text=True, cwd=tmp_path
    )
    assert "XT001" not in plain.stdout
    # brieflint's own scan of the metadata directories finds what importlib.metadata finds
    code = (
        "import json\n"
        "from importlib.metadata import entry_points\n"
        "from brieflint.checks.registry import _scan\n"
        "out = {}\n"
        "for g in ('brieflint.rules', 'console_scripts', 'pytest11'):\n"
        "    out[g] = [sorted((e.name, e.value) for e in _scan(g)),"
        " sorted((e.name, e.value) for e in entry_points(group=g))]\n"
        "print(json.dumps(out))\n"
    )
    scanned = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=True
    )
    for group, (ours, theirs) in json.loads(scanned.stdout).items():
        assert ours == theirs, group
    assert ["example", "brieflint_example_plugin:RULES"] in json.loads(scanned.stdout)["brieflint.rules"][0]
