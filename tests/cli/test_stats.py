"""`brieflint stats`: the table, the JSON shape, targets from the configuration, and bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from brieflint.checks.readability import analysis as r
from brieflint.cli.main import main
from brieflint.document.brief import load

ROOT = Path(__file__).resolve().parents[2]
IRAQ = ROOT / "examples" / "iraq-electricity-imports.md"
GULF = ROOT / "examples" / "gulf-desalination.brief.yaml"

ROW_KEYS = {
    "words",
    "sentences",
    "syllables",
    "mean_sentence_words",
    "reading_ease",
    "grade",
    "fog",
    "smog",
    "dale_chall",
    "longest_sentence",
}


def run(*argv: str, cwd: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if cwd is not None:
        import os

        old = os.getcwd()
        os.chdir(cwd)
        try:
            rc = main(list(argv), out=out, err=err)
        finally:
            os.chdir(old)
    else:
        rc = main(list(argv), out=out, err=err)
    return rc, out.getvalue(), err.getvalue()


def _copy(tmp_path: Path, src: Path) -> Path:
    target = tmp_path / src.name
    target.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    return target


def test_json_shape_and_figures(tmp_path: Path):
    path = _copy(tmp_path, IRAQ)
    rc, out, err = run("stats", "--format", "json", str(path))
    assert rc == 0, err
    data = json.loads(out)
    assert data["version"] == 1 and data["errors"] == []
    assert "CMU" in data["syllable_source"]
    [brief] = data["briefs"]
    assert set(brief) == {"path", "title", "targets", "summary", "sections", "body"}
    assert brief["path"] == str(path)
    assert brief["title"].startswith("Iraq's Summer of Shortages")
    assert brief["targets"]["max_grade"] == 18 and brief["targets"]["summary_max_words"] == 80
    assert set(brief["summary"]) == ROW_KEYS and set(brief["body"]) == ROW_KEYS
    assert [s["heading"] for s in brief["sections"]] == [None, "Why the imports fail", "What would end the shortages"]
    for s in brief["sections"]:
        assert ROW_KEYS | {"index", "heading", "line", "column"} == set(s)
    # the same figures the rules use
    a = r.analyse(load(str(path)))
    assert brief["body"]["words"] == a.body.words == sum(s["words"] for s in brief["sections"])
    assert brief["body"]["sentences"] == a.body.sentences
    assert brief["body"]["grade"] == round(a.body.grade, 2)
    assert brief["summary"]["reading_ease"] == round(a.summary.counts.reading_ease, 2)
    assert brief["sections"][1]["dale_chall"] == round(a.sections[1].counts.dale_chall, 2)


def test_longest_sentence_and_headings_are_located(tmp_path: Path):
    path = _copy(tmp_path, IRAQ)
    lines = path.read_text(encoding="utf-8").split("\n")
    rc, out, _ = run("stats", "--format", "json", str(path))
    brief = json.loads(out)["briefs"][0]
    section = brief["sections"][1]
    assert lines[section["line"] - 1] == "## Why the imports fail" and section["column"] == 4
    for row in [brief["summary"], brief["body"], *brief["sections"]]:
        longest = row["longest_sentence"]
        start = lines[longest["line"] - 1][longest["column"] - 1 :]
        end_line = lines[longest["end_line"] - 1]
        assert start[:1].isupper() or start[:1] == '"'
        assert end_line[longest["end_column"] - 2] in '.?!"'
    # the whole brief's longest sentence is the longest of the sections'
    assert brief["body"]["longest_sentence"]["words"] == max(s["longest_sentence"]["words"] for s in brief["sections"])
    # the lead's longest: "Iraq imports Iranian gas …" on the second line of the body
    lead = brief["sections"][0]["longest_sentence"]
    assert lines[lead["line"] - 1][lead["column"] - 1 :].startswith("Iraq imports Iranian gas")


def test_text_table(tmp_path: Path):
    path = _copy(tmp_path, IRAQ)
    rc, out, err = run("stats", str(path))
    assert rc == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"{path} — Iraq's Summer of Shortages: Why Electricity Imports from Iran Keep Failing"
    header = lines[1].split()
    assert header[:8] == ["words", "sent.", "w/sent", "ease", "grade", "fog", "smog", "d-c"]
    labels = [line[2:32].strip() for line in lines[2:] if not line.strip().startswith("-")]
    assert labels == [
        "summary",
        "(lead, before any heading)",
        "Why the imports fail",
        "What would end the shortages",
        "whole brief",
    ]
    a = r.analyse(load(str(path)))
    whole = next(line for line in lines if line.strip().startswith("whole brief"))
    cells = whole[32:].split()
    assert cells[0] == str(a.body.words) and cells[1] == str(a.body.sentences)
    assert cells[4] == f"{a.body.grade:.1f}"
    assert whole.endswith(f"{a.longest().counts.words} words, line {a.longest().span()[0]}")
    assert "*" not in out  # nothing beyond a target in this example


def test_targets_come_from_the_configuration(tmp_path: Path):
    path = _copy(tmp_path, IRAQ)
    (tmp_path / ".brieflint.yaml").write_text(
        "readability:\n  summary-max-grade: 10\n  max-section-words: 40\n", encoding="utf-8"
    )
    rc, out, _ = run("stats", "--format", "json", str(path))
    targets = json.loads(out)["briefs"][0]["targets"]
    assert targets["summary_max_grade"] == 10 and targets["max_section_words"] == 40
    rc, out, _ = run("stats", str(path))
    summary = next(line for line in out.splitlines() if line.strip().startswith("summary"))
    assert "12.7*" in summary  # grade above the configured 10
    lead = next(line for line in out.splitlines() if "(lead" in line)
    assert "47*" in lead  # 47 words, over the configured 40
    assert "* beyond a target" in out


def test_both_forms_and_directories(tmp_path: Path):
    _copy(tmp_path, IRAQ)
    _copy(tmp_path, GULF)
    (tmp_path / "README.md").write_text("# not a brief\n", encoding="utf-8")
    rc, out, err = run("stats", "--format", "json", str(tmp_path))
    assert rc == 0, err
    paths = [Path(b["path"]).name for b in json.loads(out)["briefs"]]
    assert paths == ["gulf-desalination.brief.yaml", "iraq-electricity-imports.md"]


def test_missing_path(tmp_path: Path):
    rc, out, err = run("stats", str(tmp_path / "nope.md"))
    assert rc == 2 and out == ""
    assert err == f"brieflint: error: no such file or directory: {tmp_path / 'nope.md'}\n"


def test_no_briefs_found(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    rc, out, err = run("stats", str(tmp_path))
    assert rc == 2 and "no briefs found" in err and "Traceback" not in err


def test_unparsable_brief_is_reported_and_others_still_measured(tmp_path: Path):
    good = _copy(tmp_path, IRAQ)
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n\nBody.\n", encoding="utf-8")
    rc, out, err = run("stats", "--format", "json", str(good), str(bad))
    assert rc == 2
    data = json.loads(out)
    assert [Path(b["path"]).name for b in data["briefs"]] == ["iraq-electricity-imports.md"]
    [error] = data["errors"]
    assert error["path"] == str(bad) and error["code"].startswith("E") and error["line"] >= 2
    assert err.startswith(f"brieflint: error: {bad}:{error['line']}:{error['column']}: cannot measure: ")
    assert "Traceback" not in err
    # binary and empty files too
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "nul.md").write_bytes(b"---\x00\n")
    rc, out, err = run("stats", str(tmp_path / "empty.md"), str(tmp_path / "nul.md"))
    assert rc == 2 and out == ""
    assert err.count("cannot measure") == 2 and "Traceback" not in err


def test_brief_without_summary_or_body(tmp_path: Path):
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    path = tmp_path / "thin.md"
    path.write_text("---\ntitle: A title long enough\n---\n", encoding="utf-8")
    rc, out, err = run("stats", "--format", "json", str(path))
    assert rc == 0, err
    brief = json.loads(out)["briefs"][0]
    assert brief["summary"] is None and brief["sections"] == []
    assert brief["body"]["words"] == 0 and brief["body"]["grade"] is None and brief["body"]["longest_sentence"] is None
    rc, out, _ = run("stats", str(path))
    assert rc == 0 and "whole brief" in out and "—" in out


def test_bad_configuration_is_a_clean_error(tmp_path: Path):
    path = _copy(tmp_path, IRAQ)
    (tmp_path / ".brieflint.yaml").write_text("readability:\n  max-grade: high\n", encoding="utf-8")
    rc, out, err = run("stats", str(path))
    assert rc == 2 and "configuration error" in err and "max-grade" in err


def test_command_line_entry_point(tmp_path: Path):
    path = _copy(tmp_path, GULF)
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "stats", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    brief = json.loads(proc.stdout)["briefs"][0]
    assert brief["title"] == "Desalination and the Gulf's Water Security"
    assert brief["summary"]["sentences"] == 2
