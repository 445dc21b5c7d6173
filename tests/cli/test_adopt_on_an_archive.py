"""Issue 20, bullet 9: ``--baseline FILE`` and ``--changed-since REF`` (through the real command line)."""

from __future__ import annotations

import json

from support import BAD, BROKEN, GOOD, bad, brieflint, check_json, git, git_repo


def test_baseline_records_today_and_reports_only_new_findings(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    code, report = check_json("a.md", "--baseline", "baseline.json", cwd=tmp_path)
    assert code == 0 and report["findings"] == []
    recorded = json.loads((tmp_path / "baseline.json").read_text())
    assert "S103" in {e["code"] for e in recorded["findings"]}
    # lines added above: the old finding moves, and stays known (matched by text, not line number)
    moved = BAD.replace("---\n\n", "---\n\nA new first paragraph.\n\nAnd another.\n\n", 1)
    (tmp_path / "a.md").write_text(bad("title:", "subtitle: x\ntitle:", moved))
    code, report = check_json("a.md", "--baseline", "baseline.json", cwd=tmp_path)
    assert "S103" not in {f["code"] for f in report["findings"]}
    # a new mistake is reported
    (tmp_path / "a.md").write_text(bad("regions: [Morocco]", "region: [Morocco]", BAD))
    code, report = check_json("a.md", "--baseline", "baseline.json", cwd=tmp_path)
    assert code == 1 and "S106" in {f["code"] for f in report["findings"]}
    assert "S103" not in {f["code"] for f in report["findings"]}


def test_the_first_baseline_run_says_what_it_recorded(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    first = brieflint("check", "a.md", "--baseline", "baseline.json", cwd=tmp_path)
    count = len(json.loads((tmp_path / "baseline.json").read_text())["findings"])
    assert first.returncode == 0 and count > 0
    assert f"recorded {count:,} finding(s) in the baseline baseline.json" in first.stderr.decode()
    again = brieflint("check", "a.md", "--baseline", "baseline.json", cwd=tmp_path)
    assert "recorded" not in again.stderr.decode()


def test_a_broken_baseline_is_a_usage_error(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / "baseline.json").write_text("[1, 2]")
    proc = brieflint("check", "a.md", "--baseline", "baseline.json", cwd=tmp_path)
    assert proc.returncode == 2 and "not a brieflint baseline" in proc.stderr.decode()


def test_changed_since_reports_only_findings_on_changed_lines(tmp_path):
    two = bad("type:", "subtitel: Tariffs\ntype:", GOOD)  # S106 at line 3
    repo = git_repo(tmp_path / "repo", {"a.md": two, "b.md": two})
    base = git(repo, "rev-parse", "HEAD").strip()
    (repo / "a.md").write_text(bad("date: 2026-03-12", "date: 2024-13-45", two))  # S103 on a changed line
    (repo / "new.md").write_text(two)  # untracked: every line is new
    (repo / "broken.md").write_text(BROKEN)
    code, report = check_json(".", "--changed-since", base, cwd=repo)
    found = {(f["path"], f["code"]) for f in report["findings"] if f["code"][0] in "ES"}
    assert found == {("a.md", "S103"), ("new.md", "S106"), ("broken.md", "E003")}
    assert code == 1


def test_changed_since_a_revision_that_does_not_exist_is_a_usage_error(tmp_path):
    repo = git_repo(tmp_path / "repo", {"a.md": GOOD})
    proc = brieflint("check", ".", "--changed-since", "no-such-ref", cwd=repo)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.startswith("brieflint: error: --changed-since") and "unrecognized" not in err
