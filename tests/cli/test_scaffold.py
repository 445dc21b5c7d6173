"""`brieflint new`: the template, both forms, never overwriting, and what a new brief lints with."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from brieflint.checks.schemastore import shipped
from brieflint.cli import scaffold
from brieflint.cli.main import main
from brieflint.run.engine import Planner, run

REQUIRED = [k for k in shipped("brief.schema.json")["required"]]


def _new(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["new", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")  # no configuration above leaks in
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(path: Path) -> list:
    return run([str(path)], Planner(), jobs=1).findings


def _empty_value_lines(text: str) -> set[int]:
    """Lines of the template that leave a value for the author: `key:` or `key: []` before the comment."""
    out = set()
    for i, line in enumerate(text.split("\n"), 1):
        if re.match(r"^\s*(- )?[a-z]+:\s*(\[\]\s*)?(#.*)?$", line) and not line.lstrip().startswith("#"):
            out.add(i)
    return out


@pytest.mark.parametrize("form", ["markdown", "yaml"])
def test_new_brief_lints_with_only_what_to_fill_in(here, form):
    args = ["--yaml"] if form == "yaml" else []
    code, out, err = _new(*args)
    assert code == 0, err
    path = here / ("new-brief.brief.yaml" if form == "yaml" else "new-brief.md")
    assert f"Wrote {path.name}" in out
    text = path.read_text(encoding="utf-8")
    findings = _lint(path)  # every rule, the real engine
    assert findings, "a blank brief must say what to fill in"
    lines = text.split("\n")
    todo = _empty_value_lines(text)
    # the body to write: after the closing '---' (Markdown), the `sections:` entry (YAML)
    body_from = (
        len(lines) - 1 if form == "markdown" else next(i for i, t in enumerate(lines, 1) if t.startswith("sections:"))
    )
    for f in findings:
        assert not f.code.startswith("E"), f  # it parses
        assert f.line <= len(text.splitlines()), f"{f} points past the last line of the file"
        assert f.line in todo or f.line >= body_from, (f, lines[f.line - 1] if f.line <= len(lines) else "")
    where = {lines[f.line - 1].split(":")[0].strip(" -") for f in findings if f.line <= len(lines) and f.line in todo}
    assert {"title", "name", "bio", "summary", "topics", "regions"} <= where
    if form == "markdown":
        assert any("body is empty" in f.message for f in findings)
    else:
        assert any(f.line in todo and lines[f.line - 1].strip().startswith("body:") for f in findings)


@pytest.mark.parametrize("form", ["markdown", "yaml"])
def test_template_has_every_required_key_with_a_comment(here, form):
    path = here / ("b.brief.yaml" if form == "yaml" else "b.md")
    assert _new(str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    keys = {m.group(1): m.group(0) for m in re.finditer(r"^([a-z]+):.*$", text, re.M)}
    expected = [k for k in REQUIRED if not (k == "sections" and form == "markdown")]
    for key in expected:
        assert key in keys, key
        assert "#" in keys[key], f"{key} has no comment: {keys[key]!r}"
    if form == "yaml":
        first = text.split("\n")[0]
        assert first == "# yaml-language-server: $schema=https://brieflint.dev/schemas/brief.schema.json"
        assert first.split("=", 1)[1] == shipped("brief.schema.json")["$id"]
    else:
        assert text.startswith("---\n") and text.endswith("---\n\n")  # then the empty line the body goes on


def test_title_and_author_fill_their_keys_and_name_the_file(here):
    title = "Pricing Scarcity: Morocco's Water #1"
    code, out, _ = _new("--title", title, "--author", "Leïla Benkirane")
    assert code == 0
    path = here / "pricing-scarcity-moroccos-water-1.md"
    assert path.exists(), out
    from brieflint.document.brief import load

    doc = load(str(path))
    assert doc.ok and doc.data["title"] == title and doc.data["authors"][0]["name"] == "Leïla Benkirane"
    assert doc.data["date"] == __import__("datetime").date.today().isoformat()
    findings = _lint(path)
    assert not any(f.line == 3 for f in findings)  # the title line is done


def test_an_existing_file_is_never_overwritten(here):
    target = here / "brief.md"
    target.write_text("mine\n", encoding="utf-8")
    code, out, err = _new(str(target))
    assert code == 2 and out == ""
    assert "already exists" in err and "never overwrites" in err
    assert target.read_text(encoding="utf-8") == "mine\n"
    # the default name too
    assert _new()[0] == 0
    before = (here / "new-brief.md").read_bytes()
    assert _new()[0] == 2
    assert (here / "new-brief.md").read_bytes() == before
    # a dangling symlink is an existing name as well
    (here / "link.md").symlink_to(here / "nowhere.md")
    assert _new("link.md")[0] == 2 and not (here / "nowhere.md").exists()


def test_names_that_brieflint_would_not_find_are_refused(here):
    for name, flag in (("notes.txt", []), ("b.yaml", []), ("b.md", ["--yaml"])):
        code, _, err = _new(name, *flag)
        assert code == 2, name
        assert "brieflint: error:" in err
        assert not (here / name).exists()


def test_directory_target_and_yaml_by_suffix(here):
    (here / "briefs").mkdir()
    assert _new("briefs", "--yaml", "--title", "Gulf Desalination")[0] == 0
    assert (here / "briefs" / "gulf-desalination.brief.yaml").is_file()
    assert _new("deep/new/x.brief.yml")[0] == 0
    assert (here / "deep/new/x.brief.yml").read_text(encoding="utf-8").startswith("# yaml-language-server:")


def test_schema_line_points_at_a_configured_house_schema(here):
    (here / "schemas").mkdir()
    house = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [{"$ref": "https://brieflint.dev/schemas/brief.schema.json"}],
    }
    (here / "schemas" / "house.schema.json").write_text(json.dumps(house), encoding="utf-8")
    (here / ".brieflint.yaml").write_text("schema: schemas/house.schema.json\n", encoding="utf-8")
    (here / "briefs").mkdir()
    assert _new("briefs/a.brief.yaml")[0] == 0
    first = (here / "briefs" / "a.brief.yaml").read_text(encoding="utf-8").split("\n")[0]
    assert first == "# yaml-language-server: $schema=../schemas/house.schema.json"


@pytest.mark.parametrize(
    "value", ["Plain Title Here", "Colon: here", "yes", "2024 budget", "#hash", "quote \"x\" 'y'", "عنوان عربي طويل"]
)
def test_yaml_string_reads_back_as_the_same_string(value):
    from ruamel.yaml import YAML

    assert YAML(typ="safe").load(f"k: {scaffold.yaml_string(value)}\n")["k"] == value
