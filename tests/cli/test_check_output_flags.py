"""Issue 20, bullet 5: output flags (through the real command line)."""

from __future__ import annotations

import json

from support import BAD, GOOD, bad, brieflint, check_json

FIXABLE = bad("regions: [Morocco]", "regions: [Morocco, USA]", BAD)  # S103 (error) and T104 (warning, fixable)


def test_output_file_takes_the_report(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    proc = brieflint("check", "a.md", "--format", "json", "--output-file", "report.json", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == b""
    report = json.loads((tmp_path / "report.json").read_text())
    assert "S103" in {f["code"] for f in report["findings"]}


def test_exit_zero(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    proc = brieflint("check", "a.md", "--exit-zero", cwd=tmp_path)
    assert proc.returncode == 0 and b"S103" in proc.stdout


def test_statistics_counts_by_code_with_fixable(tmp_path):
    (tmp_path / "a.md").write_text(FIXABLE)
    (tmp_path / "b.md").write_text(FIXABLE)
    proc = brieflint("check", ".", "--statistics", cwd=tmp_path)
    lines = proc.stdout.decode().splitlines()
    assert proc.returncode == 1
    assert "2  S103    bad-format" in lines and "2  T104    alias-term  [2 fixable]" in lines
    proc = brieflint("check", ".", "--statistics", "--format", "json", cwd=tmp_path)
    rows = {r["code"]: r for r in json.loads(proc.stdout)}
    assert rows["T104"] == {"code": "T104", "name": "alias-term", "count": 2, "fixable": 2}


def test_min_severity_hides_findings_below_it_on_the_command_line_and_in_configuration(tmp_path):
    (tmp_path / "a.md").write_text(FIXABLE)
    _, everything = check_json("a.md", cwd=tmp_path)
    assert {"error", "warning"} <= {f["severity"] for f in everything["findings"]}
    _, errors = check_json("a.md", "--min-severity", "error", cwd=tmp_path)
    assert {f["severity"] for f in errors["findings"]} == {"error"}
    (tmp_path / ".brieflint.yaml").write_text("min-severity: error\n")
    _, errors = check_json("a.md", cwd=tmp_path)
    assert {f["severity"] for f in errors["findings"]} == {"error"}
    # a warning hidden by the configuration's threshold is not reported, so it cannot fail the run
    assert check_json("a.md", "--fail-on", "warning", "--ignore", "S103", cwd=tmp_path)[0] == 0
    # both on the command line, that is a contradiction
    assert check_json("a.md", "--min-severity", "error", "--fail-on", "warning", cwd=tmp_path)[0] == 2


def test_no_config_and_isolated_ignore_every_configuration_file(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / ".brieflint.yaml").write_text("ignore: [S103]\n")
    assert "S103" not in {f["code"] for f in check_json("a.md", cwd=tmp_path)[1]["findings"]}
    for flag in ("--no-config", "--isolated"):
        assert "S103" in {f["code"] for f in check_json("a.md", flag, cwd=tmp_path)[1]["findings"]}
    (tmp_path / ".brieflint.yaml").write_text("selct: [S]\n")  # a broken configuration is not even read
    assert check_json("a.md", "--isolated", cwd=tmp_path)[0] == 1


def test_verbose_says_which_configuration_applied_and_times_rules(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / ".brieflint.yaml").write_text("ignore: [R]\n")
    (tmp_path / "one" / "a.md").write_text(GOOD)
    (tmp_path / "b.md").write_text(GOOD)
    err = brieflint("check", ".", "--verbose", cwd=tmp_path).stderr.decode()
    assert f"configuration {tmp_path / 'one' / '.brieflint.yaml'}: 1 file(s)\n  one/a.md" in err
    assert "configuration (defaults: no configuration file): 1 file(s)\n  b.md" in err
    assert "rules took" in err and "S101" in err


def test_gitlab_code_quality(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    proc = brieflint("check", "a.md", "--format", "gitlab", cwd=tmp_path)
    issues = json.loads(proc.stdout)
    s103 = next(i for i in issues if i["check_name"] == "S103")
    assert s103["location"] == {"path": "a.md", "lines": {"begin": 4, "end": 4}}
    assert s103["severity"] == "major" and len(s103["fingerprint"]) == 32
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_sarif_rules_have_help_uri_to_their_section_of_the_rule_docs(tmp_path):
    from support import ROOT

    (tmp_path / "a.md").write_text(BAD)
    log = json.loads(brieflint("check", "a.md", "--format", "sarif", cwd=tmp_path).stdout)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["S103"]["helpUri"].endswith("docs/rules.md#s103-bad-format")
    headings = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "## S103 `bad-format`" in headings
