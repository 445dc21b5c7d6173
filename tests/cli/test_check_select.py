"""Issue 20, bullet 2: select and ignore like ruff (through the real command line)."""

from __future__ import annotations

from support import BAD, GOOD, bad, check_json

# S103 (bad date) and S106 (unknown key) in one brief
TWO = bad("type:", "subtitel: Tariffs\ntype:", BAD)


def codes(report: dict) -> list[str]:
    return sorted({f["code"] for f in report["findings"] if f["code"][0] in "ES"})


def test_repeated_select_accumulates(tmp_path):
    (tmp_path / "a.md").write_text(TWO)
    assert codes(check_json("a.md", "--select", "S106", "--select", "S103", cwd=tmp_path)[1]) == ["S103", "S106"]
    assert codes(check_json("a.md", "--select", "S106,S103", cwd=tmp_path)[1]) == ["S103", "S106"]


def test_repeated_ignore_accumulates(tmp_path):
    (tmp_path / "a.md").write_text(TWO)
    code, report = check_json("a.md", "--ignore", "S103", "--ignore", "S106", cwd=tmp_path)
    assert codes(report) == [] and code == 0


def test_extend_select_on_the_command_line_and_in_configuration(tmp_path):
    (tmp_path / "a.md").write_text(TWO)
    assert codes(check_json("a.md", "--select", "S103", "--extend-select", "S106", cwd=tmp_path)[1]) == [
        "S103",
        "S106",
    ]
    (tmp_path / ".brieflint.yaml").write_text("ignore: [S]\nextend-select: [S106]\n")
    assert codes(check_json("a.md", cwd=tmp_path)[1]) == ["S106"]


def test_extend_ignore_in_configuration_and_on_the_command_line(tmp_path):
    (tmp_path / "a.md").write_text(TWO)
    (tmp_path / ".brieflint.yaml").write_text("extend-ignore: [S103]\n")
    assert codes(check_json("a.md", cwd=tmp_path)[1]) == ["S106"]
    assert codes(check_json("a.md", "--extend-ignore", "S106", cwd=tmp_path)[1]) == []


def test_per_file_ignores_on_the_command_line(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(TWO)
    (tmp_path / "b.md").write_text(TWO)
    _, report = check_json(".", "--per-file-ignores", "drafts/*.md:S103,S106", cwd=tmp_path)
    assert {f["path"] for f in report["findings"] if f["code"] in ("S103", "S106")} == {"b.md"}


def test_unknown_codes_in_the_new_flags_are_usage_errors(tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    from support import brieflint

    for flag in ("--extend-select", "--extend-ignore"):
        proc = brieflint("check", "a.md", flag, "S9999", cwd=tmp_path)
        assert proc.returncode == 2 and "unknown rule code" in proc.stderr.decode()
