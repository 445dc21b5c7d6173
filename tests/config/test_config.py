"""Configuration: nearest file wins, CLI over file over defaults, errors located, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import GOOD as EXAMPLE
from support import bad

from brieflint.cli.main import main

GOOD = bad("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]", EXAMPLE)
# two schema problems: S106 (unknown key) and S103 (bad date)
BAD = GOOD.replace("type:", "subtitel: Tariffs and reform\ntype:").replace("date: 2026-03-12", "date: 2026-13-45")


def run_json(args: list[str], capsys) -> tuple[int, list[tuple[str, str, str]]]:
    code = main(["check", "--format", "json", *args])
    out = capsys.readouterr().out
    data = json.loads(out)
    return code, [(Path(f["path"]).name, f["code"], f["severity"]) for f in data["findings"]]


def codes_of(findings) -> list[str]:
    return sorted({c for _, c, _ in findings if c.startswith(("S", "E"))})


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_report_everything(tree, capsys):
    (tree / "a.md").write_text(BAD)
    code, found = run_json(["a.md"], capsys)
    assert code == 1 and codes_of(found) == ["S103", "S106"]


def test_file_config_ignore_and_cli_select_win(tree, capsys):
    (tree / "a.md").write_text(BAD)
    (tree / ".brieflint.yaml").write_text("ignore: [S103]\n")
    assert codes_of(run_json(["a.md"], capsys)[1]) == ["S106"]
    # CLI --select replaces the file's selection; the file's ignore still applies
    assert codes_of(run_json(["a.md", "--select", "S103,S106"], capsys)[1]) == ["S106"]
    # CLI --ignore adds to it
    code, found = run_json(["a.md", "--ignore", "unknown-key"], capsys)
    assert codes_of(found) == [] and code == 0


def test_select_by_prefix_and_name(tree, capsys):
    (tree / "a.md").write_text(BAD)
    assert codes_of(run_json(["a.md", "--select", "S10"], capsys)[1]) == ["S103", "S106"]
    assert codes_of(run_json(["a.md", "--select", "unknown-key"], capsys)[1]) == ["S106"]
    # a more specific select beats a broader ignore
    (tree / ".brieflint.yaml").write_text("select: [S106]\nignore: [S]\n")
    assert codes_of(run_json(["a.md"], capsys)[1]) == ["S106"]


def test_severity_override_and_fail_on(tree, capsys):
    (tree / "a.md").write_text(BAD)
    (tree / ".brieflint.yaml").write_text("severity:\n  S1: warning\n")
    code, found = run_json(["a.md"], capsys)
    assert code == 0 and {s for _, c, s in found if c.startswith("S")} == {"warning"}
    code, _ = run_json(["a.md", "--fail-on", "warning"], capsys)
    assert code == 1


def test_nearest_config_applies_to_its_own_files(tree, capsys):
    for sub, conf in (("one", "ignore: [S103]\n"), ("two", "ignore: [S106]\n")):
        (tree / sub).mkdir()
        (tree / sub / ".brieflint.yaml").write_text(conf)
        (tree / sub / "a.md").write_text(BAD)
    _, found = run_json(["."], capsys)
    found = [f for f in found if f[1].startswith("S")]
    by_dir = {(p, c) for p, c, _ in found}
    assert len(found) == 2
    assert ("a.md", "S106") in by_dir and ("a.md", "S103") in by_dir
    assert main(["check", "--format", "json", "one"]) == 1
    one = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"] if f["code"].startswith("S")]
    assert one == ["S106"]


def test_config_override_flag(tree, capsys):
    (tree / "a.md").write_text(BAD)
    (tree / ".brieflint.yaml").write_text("ignore: [S103]\n")
    (tree / "other.yaml").write_text("ignore: [S106]\n")
    assert codes_of(run_json(["a.md", "--config", "other.yaml"], capsys)[1]) == ["S103"]


def test_pyproject_tool_section(tree, capsys):
    (tree / "a.md").write_text(BAD)
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.brieflint]\nignore = ["S106"]\n')
    assert codes_of(run_json(["a.md"], capsys)[1]) == ["S103"]


def test_per_file_ignores(tree, capsys):
    (tree / "drafts").mkdir()
    (tree / "drafts" / "a.md").write_text(BAD)
    (tree / "b.md").write_text(BAD)
    (tree / ".brieflint.yaml").write_text("per-file-ignores:\n  'drafts/*.md': [S1]\n")
    _, found = run_json(["."], capsys)
    assert {p for p, c, _ in found if c.startswith("S")} == {"b.md"}


def test_exclude(tree, capsys):
    (tree / "archive").mkdir()
    (tree / "archive" / "old.md").write_text(BAD)
    (tree / "a.md").write_text(GOOD)
    (tree / ".brieflint.yaml").write_text("exclude: [archive]\n")
    code, found = run_json(["."], capsys)
    assert code == 0 and not [c for _, c, _ in found if c.startswith("S")]


@pytest.mark.parametrize(
    ("config", "where", "words"),
    [
        ("selct: [S]\n", ":1:1:", "unknown configuration key 'selct'; did you mean 'select'?"),
        ("ignore: [S103]\nselect: [S999]\n", ":2:10:", "unknown rule code, prefix or name 'S999'"),
        ("severity:\n  S103: fatal\n", ":2:9:", "severity.S103"),
        ("quotes:\n  min-words: three\n", ":2:", "must be int"),
        ("rules:\n  S101:\n    colour: red\n", ":3:5:", "unknown option 'colour'"),
        ("ignore: [S103\n", ":2:1:", "YAML syntax error"),
        ("- a\n- b\n", ":1:1:", "mapping"),
    ],
)
def test_configuration_errors_are_located(tree, capsys, config, where, words):
    (tree / "a.md").write_text(GOOD)
    (tree / ".brieflint.yaml").write_text(config)
    code = main(["check", "a.md"])
    err = capsys.readouterr().err
    assert code == 2, err
    if config.startswith("quotes") and "take no options" in err:
        pytest.skip("no quote rule declares min-words yet")
    assert ".brieflint.yaml" + where in err, err
    assert words in err
    assert "Traceback" not in err


def test_toml_syntax_error_is_located(tree, capsys):
    (tree / "a.md").write_text(GOOD)
    (tree / "pyproject.toml").write_text("[tool.brieflint]\nignore = [S103\n")
    assert main(["check", "a.md"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml:2:" in err and "TOML syntax error" in err


def test_toml_unknown_key_is_located(tree, capsys):
    (tree / "a.md").write_text(GOOD)
    (tree / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.brieflint]\nselect = ["S"]\nignroe = ["S1"]\n')
    assert main(["check", "a.md"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml:6:1:" in err and "did you mean 'ignore'" in err


def test_unknown_cli_code_is_a_usage_error(tree, capsys):
    (tree / "a.md").write_text(GOOD)
    assert main(["check", "a.md", "--select", "Z123"]) == 2
    assert "unknown rule code" in capsys.readouterr().err


def test_cache_key_follows_local_schema_refs(tmp_path):
    from brieflint.config.settings import _schema_digest

    (tmp_path / "house.json").write_text('{"allOf": [{"$ref": "parts/common.json#/$defs/x"}]}')
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "common.json").write_text('{"$defs": {"x": {"type": "object"}}}')
    before = _schema_digest(str(tmp_path / "house.json"))
    (tmp_path / "parts" / "common.json").write_text('{"$defs": {"x": {"type": "array"}}}')
    assert _schema_digest(str(tmp_path / "house.json")) != before
