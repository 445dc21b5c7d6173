"""Loading briefs: both forms, sections, and every load problem (E) at its exact place."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from support import ONE_TOPIC, front

from brieflint.document.brief import load
from brieflint.run.files import discover
from brieflint.testing import lint, problems_at

GOOD_FM = front(ONE_TOPIC)


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_bytes(content.encode("utf-8"))
    return str(p)


def test_markdown_sections_split_at_headings(tmp_path):
    body = "\nLead paragraph.\n\n## First\n\nText one.\n\n### Sub\n\nText two.\n\n#### Not a section\n\nMore.\n"
    doc = load(write(tmp_path, "b.md", GOOD_FM + body))
    assert doc.ok
    assert [(s.heading, s.level) for s in doc.sections] == [(None, None), ("First", 2), ("Sub", 3)]
    assert doc.sections[1].heading_text.locate(0) == (17, 4)
    lead = doc.sections[0].body
    assert lead.locate(lead.value.index("Lead")) == (15, 1)
    last = doc.sections[2].body
    assert "#### Not a section" in last.value
    assert doc.data["sections"][2]["body"] == last.value


def test_setext_heading_and_no_lead(tmp_path):
    body = "Title here\n==========\n\nText.\n"
    doc = load(write(tmp_path, "b.md", GOOD_FM + body))
    assert [(s.heading, s.level) for s in doc.sections] == [("Title here", 1)]
    assert "=====" not in doc.sections[0].body.value


def test_yaml_form_sections_map_to_file(tmp_path):
    text = (
        "title: A title long enough\ntype: brief-analysis\nsections:\n"
        "  - heading: null\n    body: |\n      First line.\n      Second *line*.\n"
        '  - heading: Next\n    level: 2\n    body: "Quoted body"\n'
    )
    doc = load(write(tmp_path, "b.brief.yaml", text))
    assert doc.form == "yaml" and doc.ok
    first, second = doc.sections
    assert first.body.locate(first.body.value.index("Second")) == (7, 7)
    assert second.body.locate(0) == (10, 12)
    assert second.heading_text.locate(0) == (8, 14)


def test_crlf_and_bom_give_the_same_positions(tmp_path):
    text = GOOD_FM.replace('title: "Pricing', 'title: "Pricing', 1) + "\nBody text.\n"
    bad = text.replace("date: 2026-03-12", "date: 2026-13-45")
    lf = lint(bad)
    crlf = lint(b"\xef\xbb\xbf" + bad.replace("\n", "\r\n").encode())
    assert [(f.code, f.line, f.column) for f in lf] == [(f.code, f.line, f.column) for f in crlf]
    assert problems_at(lf, "S103") == [(4, 7)]


@pytest.mark.parametrize(
    ("content", "code", "where", "words"),
    [
        (b"", "E007", (1, 1), "empty"),
        (b"   \n\n", "E007", (1, 1), "empty"),
        (b"# Title\n\nText.\n", "E005", (1, 1), "front matter"),
        (b"---\ntitle: x\n\nno closing line\n", "E006", (1, 1), "not closed"),
        (b"---\n- a\n- b\n---\nBody\n", "E008", (2, 1), "not a mapping"),
        (b"---\njust a string\n---\nBody\n", "E008", (2, 1), "not a mapping"),
        (b"---\ntitle: [unclosed\ntype: x\n---\nBody\n", "E003", (3, 5), "YAML syntax error"),
        (b"---\ntitle: ok\ntitle: again\n---\nBody\n", "E004", (3, 1), "duplicate key 'title'"),
        (b"---\nauthors:\n  - name: A\n    name: B\n---\nBody\n", "E004", (4, 5), "duplicate key 'name'"),
        (b"---\ntitle: caf\xe9\n---\n", "E002", (2, 11), "byte offset 14"),
        (b"\xff\xfe-\x00-\x00", "E002", (1, 1), "UTF-16"),
        (b"---\ntitle: a\x00b\n---\n", "E002", (2, 9), "NUL"),
        (
            b"---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody\n",
            "E009",
            (2, 8),
            "python/object/apply",
        ),
        (b"---\ntitle: !!binary aGVsbG8=\n---\nBody\n", "E009", (2, 8), "!!binary"),
        (b"---\ntype: !custom x\n---\nBody\n", "E009", (2, 7), "!custom"),
        (b"---\n? [a, b]\n: c\n---\nBody\n", "E013", (2, 3), "plain value"),
    ],
)
def test_load_problems_are_located(tmp_path, content, code, where, words):
    findings = lint(content)
    hits = [f for f in findings if f.code == code]
    assert hits, [(f.code, f.message) for f in findings]
    assert (hits[0].line, hits[0].column) == where
    assert words in hits[0].message


def test_yaml_tag_is_never_constructed(tmp_path):
    marker = tmp_path / "pwned"
    content = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody\n"
    findings = lint(content)
    assert "E009" in [f.code for f in findings]
    assert not marker.exists()


def test_second_document_in_yaml_brief(tmp_path):
    findings = lint("title: one brief here\n---\ntitle: another\n", form="yaml")
    assert problems_at(findings, "E012") == [(2, 1)]


def test_alias_bomb_finishes_fast_with_a_finding():
    lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
        prev = name
    lines += ["---", "Body"]
    start = time.perf_counter()
    findings = lint("\n".join(lines) + "\n")
    assert time.perf_counter() - start < 2.0
    hits = [f for f in findings if f.code == "E010"]
    assert hits and hits[0].line in range(3, 12)
    assert "alias" in hits[0].message


def test_deep_nesting_is_refused():
    findings = lint("---\nk: " + "[" * 5000 + "]" * 5000 + "\n---\nBody\n")
    assert "E010" in [f.code for f in findings]


def test_file_over_the_size_limit(tmp_path):
    findings = lint(GOOD_FM + "\n" + ("word " * 250_000) + "\n")
    assert problems_at(findings, "E011") == [(1, 1)]


def test_size_limit_is_configurable():
    findings = lint(GOOD_FM + "\nBody text here.\n", config={"max-file-size": 100})
    assert "E011" in [f.code for f in findings]


def test_unreadable_and_missing_files(tmp_path):
    gone = load(str(tmp_path / "gone.md"))
    assert gone.problems[0].code == "E001" and "not found" in gone.problems[0].message
    d = tmp_path / "dir.md"
    d.mkdir()
    assert load(str(d)).problems[0].code == "E001"
    if os.geteuid() != 0:
        p = Path(write(tmp_path, "locked.md", GOOD_FM))
        p.chmod(0)
        assert load(str(p)).problems[0].code == "E001"


def test_fifo_does_not_block(tmp_path):
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    start = time.perf_counter()
    doc = load(str(fifo))
    assert time.perf_counter() - start < 1
    assert doc.problems[0].code == "E001"


def test_directory_walk_skips_non_briefs_and_hidden(tmp_path):
    write(tmp_path, "a.md", GOOD_FM)
    write(tmp_path, "README.md", "# Readme\n")
    write(tmp_path, "c.brief.yaml", "title: x\n")
    write(tmp_path, "notes.yaml", "x: 1\n")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "b.md", GOOD_FM)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "d.markdown", GOOD_FM)
    found, skipped = discover([str(tmp_path)])
    names = sorted(Path(p).name for p, _ in found)
    assert names == ["a.md", "c.brief.yaml", "d.markdown"]
    assert skipped == 1


def test_symlink_loop_does_not_trap_the_walk(tmp_path):
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    write(tmp_path, "a.md", GOOD_FM)
    found, _ = discover([str(tmp_path)])
    assert [Path(p).name for p, _ in found] == ["a.md"]


def test_same_file_named_twice_is_checked_once(tmp_path):
    p = write(tmp_path, "a.md", GOOD_FM)
    found, _ = discover([p, p])
    assert len(found) == 1
