"""The editor set-ups: the VS Code extension's manifest, the Zed extension, the documented snippets."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint.server import app

ROOT = Path(__file__).resolve().parents[2]
VSCODE = ROOT / "editors" / "vscode"
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


def test_the_vscode_manifest_is_valid():
    manifest = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))
    # what `vsce package` requires of a manifest
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", manifest["name"])
    assert SEMVER.match(manifest["version"])
    assert manifest["publisher"] and manifest["engines"]["vscode"].startswith("^1.")
    assert (VSCODE / manifest["main"]).is_file()
    assert manifest["activationEvents"] and all(isinstance(e, str) for e in manifest["activationEvents"])
    assert "vscode-languageclient" in manifest["dependencies"]
    contributes = manifest["contributes"]
    for name, prop in contributes["configuration"]["properties"].items():
        assert name.startswith("brieflint.") and "type" in prop and "default" in prop
    assert contributes["configuration"]["properties"]["brieflint.debounce"]["default"] == app.DEBOUNCE * 1000
    source = (VSCODE / manifest["main"]).read_text(encoding="utf-8")
    for command in contributes["commands"]:
        assert command["title"]
        # each command is the server's (the language client registers those) or the extension's own
        assert command["command"] in (app.CHECK_WORKSPACE, app.RELOAD) or f'"{command["command"]}"' in source
    assert '{ command: "brieflint", args: ["server"] }' in source
    for validation in contributes["yamlValidation"]:
        assert validation["url"] == "./schemas/brief.schema.json"  # copied there by vscode:prepublish
    assert manifest["scripts"]["vscode:prepublish"] == "node scripts/copy-schema.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_vscode_extension_is_valid_javascript_and_bundles_the_schema(tmp_path: Path):
    for script in ("extension.js", "scripts/copy-schema.js"):
        proc = subprocess.run(["node", "--check", str(VSCODE / script)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
    # the prepublish step, in a copy of the repository's layout
    shutil.copytree(VSCODE, tmp_path / "editors" / "vscode", ignore=shutil.ignore_patterns("node_modules", "schemas"))
    (tmp_path / "schemas").mkdir()
    shutil.copy(ROOT / "schemas" / "brief.schema.json", tmp_path / "schemas")
    proc = subprocess.run(
        ["node", "scripts/copy-schema.js"],
        cwd=tmp_path / "editors" / "vscode",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    bundled = tmp_path / "editors" / "vscode" / "schemas" / "brief.schema.json"
    assert bundled.read_bytes() == (ROOT / "schemas" / "brief.schema.json").read_bytes()


def test_the_documented_command_starts_the_server():
    docs = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    for editor in ("VS Code", "Neovim", "Emacs", "Helix", "Zed"):
        assert f"## {editor}" in docs
    assert docs.count('"brieflint", "server"') >= 2 and 'args = ["server"]' in docs
    assert 'args: vec!["server".to_string()]' in (ROOT / "editors" / "zed" / "src" / "lib.rs").read_text()
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "server", "--help"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "--stdio" in proc.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## In the editor" in readme and "docs/editors.md" in readme
