"""Issue 20, bullet 6: every configuration mistake at once, sorted by line, with a did-you-mean at any depth;
``extend: other.yaml``."""

from __future__ import annotations

from support import BAD, brieflint, check_json

MISTAKES = """\
selct: [S]
ignore: [S103]
severity:
  S103: warn
readability:
  max-grde: 3
rules:
  Q101: {min-word: 4}
fail-on: eror
"""


def test_every_mistake_is_reported_at_once_in_the_order_of_the_file(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / ".brieflint.yaml").write_text(MISTAKES)
    proc = brieflint("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.decode().splitlines()
    assert all(line.startswith("brieflint: configuration error: ") for line in lines)
    where = [line.split(".brieflint.yaml:")[1].split(": ", 1) for line in lines]
    assert [w[0] for w in where] == ["1:1", "4:9", "6:3", "8:10", "9:10"]
    messages = [w[1] for w in where]
    assert "did you mean 'select'?" in messages[0]
    assert "'warn' is not allowed; did you mean 'warning'?" in messages[1]
    assert "unknown option 'max-grde' for R; did you mean 'max-grade'?" in messages[2]
    assert "unknown option 'min-word' for Q101; did you mean 'min-words'?" in messages[3]
    assert "did you mean 'error'?" in messages[4]


def test_unknown_keys_nested_anywhere_get_a_did_you_mean(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / ".brieflint.yaml").write_text("per-file-ignores:\n  '*.md': [S13]\nquotes:\n  vauge: [x]\n")
    err = brieflint("check", "a.md", cwd=tmp_path).stderr.decode()
    assert ":2:12: per-file-ignores: unknown rule code, prefix or name 'S13'" in err
    assert ":4:3: unknown option 'vauge' for Q; did you mean 'vague'?" in err


def test_extend_shares_a_house_configuration(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "base.yaml").write_text("ignore: [S103]\nschema: house.schema.json\n")
    (tmp_path / "house" / "house.schema.json").write_text('{"$ref": "https://brieflint.dev/schemas/brief.schema.json"}')
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / ".brieflint.yaml").write_text("extend: house/base.yaml\n")
    code, report = check_json("a.md", cwd=tmp_path)
    assert "S103" not in {f["code"] for f in report["findings"]}
    # this file wins over the one it extends, key by key
    (tmp_path / ".brieflint.yaml").write_text("extend: house/base.yaml\nignore: [R]\n")
    codes = {f["code"] for f in check_json("a.md", cwd=tmp_path)[1]["findings"]}
    assert "S103" in codes and not any(c.startswith("R") for c in codes)


def test_mistakes_in_an_extended_file_are_located_there(tmp_path):
    (tmp_path / "base.yaml").write_text("ignore: [S103]\nquotes: {min-wrds: 3}\n")
    (tmp_path / ".brieflint.yaml").write_text("extend: base.yaml\nselct: [S]\n")
    (tmp_path / "a.md").write_text(BAD)
    err = brieflint("check", "a.md", cwd=tmp_path).stderr.decode()
    assert "base.yaml:2:10: unknown option 'min-wrds' for Q; did you mean 'min-words'?" in err
    assert ".brieflint.yaml:2:1: unknown configuration key 'selct'" in err


def test_an_extend_loop_or_a_missing_file_is_a_located_error(tmp_path):
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / "b.yaml").write_text("extend: .brieflint.yaml\n")
    (tmp_path / ".brieflint.yaml").write_text("extend: b.yaml\n")
    proc = brieflint("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and "a loop" in proc.stderr.decode()
    (tmp_path / ".brieflint.yaml").write_text("ignore: [R]\nextend: nowhere.yaml\n")
    proc = brieflint("check", "a.md", cwd=tmp_path)
    assert proc.returncode == 2 and ".brieflint.yaml:2:9: extend: no such file 'nowhere.yaml'" in proc.stderr.decode()
