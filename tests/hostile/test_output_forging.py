"""Issue 21 #5: output nobody can forge (the text format escapes controls; JSON and SARIF are valid UTF-8 and
strict JSON whatever the file names and plugin data)."""

from __future__ import annotations

import json
import os

import pytest
from support import BAD, GOOD, bad, brieflint


def test_text_output_escapes_controls_in_every_value(tmp_path):
    forged = bad(
        "topics: [Energy & Economics, Water & Environment]", 'topics: ["X\\n::error file=x.md::forged\\e[31m"]', GOOD
    )
    forged = bad("regions: [Morocco]", 'regions: ["Mor\\u202eocco\\r\\x85"]', forged)
    (tmp_path / "a.md").write_text(forged)
    proc = brieflint("check", "a.md", "--no-show-source", cwd=tmp_path)
    out = proc.stdout.decode()
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out and "\x85" not in out
    assert not any(line.startswith("::") for line in out.splitlines())  # no forged GitHub annotation
    assert "\\n::error file=x.md::forged\\x1b[31m" in out and "\\u202e" in out


def test_source_lines_shown_under_findings_cannot_forge_either(tmp_path):
    (tmp_path / "a.md").write_text(bad("date: 2026-03-12", "date: 2024-13-45 # \x1b]8;;x\x07", GOOD))
    out = brieflint("check", "a.md", "--show-source", cwd=tmp_path).stdout.decode()
    assert "\x1b" not in out and "\x07" not in out
    assert "date: 2024-13-45 # \u241b]8;;x\u2407" in out  # one visible stand-in per control: the caret still lines up


@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS file systems refuse names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "gitlab"])
def test_a_file_name_that_is_not_utf8_keeps_the_output_valid_utf8(tmp_path, fmt):
    name = b"caf\xe9.md"
    with open(os.path.join(os.fsencode(tmp_path), name), "w", encoding="utf-8") as fh:
        fh.write(BAD)
    proc = brieflint("check", ".", "--format", fmt, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    text = proc.stdout.decode("utf-8")  # strict: raises if the output is not UTF-8
    if fmt == "json":
        finding = json.loads(text)["findings"][0]
        assert finding["path"] == "caf\ufffd.md" and finding["path_bytes"] == "caf%E9.md"
    if fmt == "sarif":
        location = json.loads(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "caf%E9.md"  # the raw bytes, percent-encoded


def test_plugin_data_with_nan_and_sets_is_normalised():
    from brieflint.model import Finding, Severity
    from brieflint.output.locations import finding_json

    f = Finding(
        "a.md",
        1,
        1,
        "XP001",
        Severity.WARNING,
        "odd",
        data={"nan": float("nan"), "inf": float("inf"), "set": {"b", "a"}, 3: (1, 2)},
    )
    out = finding_json(f)
    assert out["data"] == {"nan": None, "inf": None, "set": ["a", "b"], "3": [1, 2]}
    json.dumps(out, allow_nan=False)  # strict JSON
