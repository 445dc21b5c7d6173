"""U101/U102: bidirectional control characters that can hide text in review."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from brieflint.checks.bidi import controls
from brieflint.checks.examples import GOOD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text, no controls", []),
        ("a \u202eevil\u202c b", [(2, 8, "\u202e", "override")]),
        ("a \u202eevil b", [(2, 3, "\u202e", "override")]),
        ("a \u2066x\u2069 b", [(2, 5, "\u2066", "paired")]),
        ("a \u202bx\u202c b", [(2, 5, "\u202b", "paired")]),
        ("a \u2067x b", [(2, 3, "\u2067", "unpaired")]),
        ("a x\u2069 b", [(3, 4, "\u2069", "stray")]),  # closes nothing, reorders nothing (U102)
        ("a \u2067x\nb\u2069", [(2, 3, "\u2067", "unpaired"), (6, 7, "\u2069", "stray")]),  # pairs end at a line
        ("a x\u202b\u200f \nb", [(3, 4, "\u202b", "stray")]),  # nothing after it on its line (U102)
        ("\u2066a \u202bb\u2069", [(0, 6, "\u2066", "paired"), (3, 4, "\u202b", "unpaired")]),  # PDI closes inside
        ("Arabic needs none: \u200fمرحبا\u200e and \u061c", []),  # implicit marks hide nothing
    ],
)
def test_controls(text, expected):
    assert [tuple(c) for c in controls(text)] == expected


def _check(tmp_path, text, *args):
    (tmp_path / "b.md").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.md", "--format", "json", "--no-cache", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    return out.returncode, json.loads(out.stdout)["findings"]


def test_an_override_in_the_body_is_an_error_at_its_place(tmp_path):
    text = GOOD.replace("passed a law", "passed a law (\u202eno tax\u202c)")
    code, findings = _check(tmp_path, text, "--select", "U")
    assert code == 1
    (f,) = findings
    line = text[: text.index("\u202e")].count("\n") + 1
    column = text.index("\u202e") - text.rindex("\n", 0, text.index("\u202e"))
    assert (f["code"], f["severity"], f["line"], f["column"]) == ("U101", "error", line, column)
    assert f["end_column"] == column + len("\u202eno tax\u202c")
    assert "RIGHT-TO-LEFT OVERRIDE (U+202E)" in f["message"]


def test_a_paired_isolate_is_a_warning_when_selected_and_runs_in_every_language(tmp_path):
    text = GOOD.replace("date: 2026-03-12", "date: 2026-03-12\nlanguage: ar").replace(
        "Morocco's parliament", "\u2067Morocco's\u2069 parliament"
    )
    code, findings = _check(tmp_path, text, "--extend-select", "U102")
    assert code == 0
    assert [(f["code"], f["severity"]) for f in findings if f["code"].startswith("U")] == [("U102", "warning")]


def test_a_paired_isolate_is_off_by_default_and_a_control_in_a_tag_is_still_shown(tmp_path):
    # U102 is off by default (docs/accuracy.md, "Precision sweep": 0 of 25 useful on published posts)
    text = GOOD.replace("Morocco's parliament", "\u2067Morocco's\u2069 parliament")
    code, findings = _check(tmp_path, text)
    assert [f["code"] for f in findings if f["code"].startswith("U")] == []
    # a control inside a tag: the taxonomy rule names the value with its invisible characters written out
    tagged = GOOD.replace("regions: [Morocco]", "regions: [\u2066Morocco\u2069]")
    assert tagged != GOOD
    code, findings = _check(tmp_path, tagged)
    messages = [f["message"] for f in findings if f["code"] == "T103"]
    assert messages and "\u2066Morocco\u2069" in messages[0] and "did you mean 'Morocco'" in messages[0]
    shown = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.md", "--no-cache"], cwd=tmp_path, capture_output=True, text=True
    ).stdout
    assert "unknown region '\\u2066Morocco\\u2069'" in shown  # written out in the text output


def test_the_rules_run_on_a_file_that_does_not_parse(tmp_path):
    code, findings = _check(tmp_path, "---\ntitle: [unclosed\n---\nx \u202e y\n")
    assert {"U101"} <= {f["code"] for f in findings}
