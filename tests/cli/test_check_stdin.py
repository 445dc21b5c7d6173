"""Issue 20, bullet 4: standard input (``check -`` with ``--stdin-filename``; ``--fix`` prints the fixed brief)."""

from __future__ import annotations

import json

from support import BAD, GOOD, bad, brieflint


def test_stdin_is_checked_under_the_name_given(tmp_path):
    proc = brieflint(
        "check", "-", "--stdin-filename", "briefs/draft.md", "--format", "json", cwd=tmp_path, input=BAD.encode()
    )
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    assert ("briefs/draft.md", 4, 7, "S103") in {(f["path"], f["line"], f["column"], f["code"]) for f in findings}


def test_the_name_decides_the_form_and_the_configuration(tmp_path):
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / ".brieflint.yaml").write_text("ignore: [S103]\n")
    proc = brieflint("check", "-", "--stdin-filename", "briefs/draft.md", "-q", cwd=tmp_path, input=BAD.encode())
    assert "S103" not in proc.stdout.decode()
    # a YAML brief given under a *.brief.yaml name is read as YAML (as Markdown it would lack front matter: E005)
    yaml_text = GOOD.split("---\n")[1] + "sections:\n  - heading: null\n    body: Text.\n"
    proc = brieflint("check", "-", "--stdin-filename", "x.brief.yaml", "-q", cwd=tmp_path, input=yaml_text.encode())
    assert proc.stdout.decode().startswith("x.brief.yaml:") and " E0" not in proc.stdout.decode()


def test_stdin_without_a_name_is_shown_as_dash(tmp_path):
    proc = brieflint("check", "-", "-q", cwd=tmp_path, input=BAD.encode())
    assert proc.stdout.decode().startswith("-:4:7: S103 error:")


def test_fix_with_stdin_writes_the_fixed_brief_to_stdout(tmp_path):
    alias = bad("regions: [Morocco]", "regions: [Morocco, USA]  # a comment --fix keeps", GOOD)
    proc = brieflint("check", "-", "--fix", "--stdin-filename", "a.md", cwd=tmp_path, input=alias.encode())
    fixed = proc.stdout.decode()
    assert fixed == alias.replace("[Morocco, USA]", "[Morocco, United States]")
    assert not list(tmp_path.iterdir())  # nothing written beside it
