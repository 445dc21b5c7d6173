"""Issue 20, bullet 1: the gate never passes silently (through the real command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import BAD, BROKEN, EXAMPLES, GOOD, brieflint, check_json


@pytest.mark.parametrize("flags", [["--select", "Q"], ["--ignore", "E"], ["--ignore", "E003"], ["--select", "S106"]])
def test_a_file_that_does_not_parse_reports_its_e_finding_whatever_the_selection(tmp_path, flags):
    code, report = check_json(str(EXAMPLES / "broken-syntax.md"), *flags, cwd=tmp_path)
    assert code == 1
    assert [f["code"] for f in report["findings"]] == ["E003"]


def test_per_file_ignores_cannot_hide_a_parse_error(tmp_path):
    (tmp_path / ".brieflint.yaml").write_text('per-file-ignores:\n  "*.md": [E, S]\n')
    (tmp_path / "a.md").write_text(BROKEN)
    (tmp_path / "b.md").write_text(BAD)
    code, report = check_json(".", cwd=tmp_path)
    assert code == 1
    assert {(f["path"], f["code"]) for f in report["findings"] if f["code"][0] in "ES"} == {("a.md", "E003")}


def test_a_named_file_is_checked_once_whatever_the_walk_saw(tmp_path):
    (tmp_path / "notes.md").write_text("# not a brief\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / "a.md").write_text(BAD)
    code, report = check_json(".", "notes.md", "binary.md", "a.md", "./a.md", cwd=tmp_path)
    assert code == 1
    paths = sorted(f["path"] for f in report["findings"] if f["code"][0] in "ES")
    # each named file once: notes.md (no front matter), binary.md (not UTF-8), a.md (its bad date)
    assert paths == ["a.md", "binary.md", "notes.md"]
    assert report["summary"]["files"] == 3 and report["summary"]["skipped"] == 0


def test_a_missing_path_is_an_error_finding_and_the_rest_is_checked(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    code, report = check_json("gone.md", "a.md", cwd=tmp_path)
    assert code == 1
    assert [(f["path"], f["code"], f["line"]) for f in report["findings"] if f["severity"] == "error"] == [
        ("gone.md", "E001", 1)
    ]
    assert report["summary"]["files"] == 2


@pytest.mark.parametrize(
    "args,why",
    [
        (["--schema-only", "--select", "Q"], "--schema-only"),
        (["--fix", "--diff"], "--fix and --diff"),
        (["--quiet", "--verbose"], "--quiet and --verbose"),
        (["--exit-zero", "--fail-on", "warning"], "--exit-zero"),
        (["--fail-on", "info", "--min-severity", "warning"], "hidden finding"),
        (["-", "a.md"], "standard input"),
        (["--stdin-filename", "x.md", "a.md"], "--stdin-filename"),
        (["--statistics", "--format", "sarif"], "--statistics"),
    ],
)
def test_contradictory_options_are_a_usage_error(tmp_path, args, why):
    (tmp_path / "a.md").write_text(GOOD)
    proc = brieflint("check", *args, cwd=tmp_path)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert why in err and "Traceback" not in err
    assert "unrecognized arguments" not in err and "invalid choice" not in err  # every option exists


def test_a_run_that_checked_no_brief_says_so(tmp_path):
    (tmp_path / "README.md").write_text("# readme\n")
    proc = brieflint("check", ".", cwd=tmp_path)
    assert proc.returncode == 0
    assert "No brief checked (1 file without front matter skipped)." in proc.stdout.decode()
    assert "no brief was checked" in proc.stderr.decode()


def test_schema_only_still_checks_files(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    code, report = check_json("--schema-only", "a.md", cwd=Path(tmp_path))
    assert code == 1 and {f["code"] for f in report["findings"]} == {"S103"}
