"""CI formats: SARIF 2.1.0 (validated against the official schema), GitHub workflow commands, JUnit XML."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support import WATER

from brieflint.checks.registry import RuleSet
from brieflint.cli.main import main
from brieflint.model import Finding, Severity
from brieflint.output.github import escape_property, github, github_command
from brieflint.output.junit import junit_xml
from brieflint.output.locations import SourceLines
from brieflint.output.reporters import ReportOptions
from brieflint.output.sarif import FINGERPRINT_KEY, fingerprint, sarif_log
from brieflint.run.engine import FileResult, Planner, RunResult, run

ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"  # shipped, so the test never skips

# a brief with schema errors at known places (line and column checked against this text)
BAD = WATER.replace("regions: [Morocco]\n", "regions: [Morocco]\nregion: [Morocco]\n")


def _run(
    tmp_path: Path, files: dict[str, str], fmt: str, *extra: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str]:
    for name, text in files.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8", newline="")
    (tmp_path / ".brieflint.yaml").write_text("select: [E, S]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", fmt, *extra, *files], out=out, err=err)
    assert err.getvalue() == "", err.getvalue()
    return code, out.getvalue()


def _at(text: str, line: int, column: int, length: int) -> str:
    return text.split("\n")[line - 1][column - 1 : column - 1 + length]


# ---------------------------------------------------------------- SARIF


def test_sarif_validates_against_the_official_schema(tmp_path, monkeypatch):
    from jsonschema import Draft4Validator

    code, out = _run(
        tmp_path,
        {
            "briefs/bad.md": BAD,
            "briefs/good.md": BAD.replace("region: [Morocco]\n", "")
            .replace("2024-13-45", "2024-12-15")
            .replace("Water\n", "Water tariffs in Morocco\n", 1),
        },
        "sarif",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run_["columnKind"] == "unicodeCodePoints"
    assert len(run_["results"]) == 3  # title too short, bad date, unknown key; good.md has none


def test_sarif_rules_and_results_carry_what_code_scanning_needs(tmp_path, monkeypatch):
    code, out = _run(tmp_path, {"briefs/bad.md": BAD}, "sarif", monkeypatch=monkeypatch)
    run_ = json.loads(out)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert run_["tool"]["driver"]["name"] == "brieflint"
    for r in rules:
        assert {"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= set(r)
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    by_code = {r["ruleId"]: r for r in run_["results"]}
    assert set(by_code) == {"S103", "S105", "S106"}
    for code_, res in by_code.items():
        assert rules[res["ruleIndex"]]["id"] == code_
        assert res["level"] == "error"
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "briefs/bad.md", "uriBaseId": "%SRCROOT%"}
        assert set(loc["region"]) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert res["partialFingerprints"][FINGERPRINT_KEY]
    region = by_code["S103"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (4, 7, 4, 17)
    assert _at(BAD, 4, 7, 10) == "2024-13-45"
    region = by_code["S106"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (13, 1, 7)
    assert by_code["S106"]["message"]["text"] == "unknown key 'region'; did you mean 'regions'?"
    root_uri = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root_uri.startswith("file://") and root_uri.endswith("/")


def test_sarif_fingerprints_survive_lines_added_above_and_tell_twins_apart(tmp_path, monkeypatch):
    def prints(text: str) -> dict[str, str]:
        _, out = _run(tmp_path, {"b.md": text}, "sarif", monkeypatch=monkeypatch)
        results = json.loads(out)["runs"][0]["results"]
        return {r["ruleId"]: r["partialFingerprints"][FINGERPRINT_KEY] for r in results}

    before = prints(BAD)
    moved = prints(
        BAD.replace("type: brief-analysis\n", "type: brief-analysis\nlanguage: en\nsubtitle: Something new\n")
    )
    assert before == moved  # every finding moved down two lines; the alerts keep their identity
    changed = prints(BAD.replace("2024-13-45", "2024-14-45"))
    assert changed["S103"] != before["S103"] and changed["S106"] == before["S106"]

    lines = SourceLines()
    twin = tmp_path / "twin.md"
    twin.write_text("x: 'a'\nx: 'a'\n", encoding="utf-8")
    f1 = Finding(str(twin), 1, 4, "Q101", Severity.ERROR, "m", 1, 7)
    f2 = Finding(str(twin), 2, 4, "Q101", Severity.ERROR, "m", 2, 7)
    assert fingerprint(f1, "twin.md", lines, 0) != fingerprint(f2, "twin.md", lines, 1)


def test_sarif_file_outside_the_root_gets_an_absolute_file_uri(tmp_path):
    outside = tmp_path / "elsewhere" / "a b.md"
    outside.parent.mkdir()
    outside.write_text(BAD, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    result = run([str(outside)], Planner(), jobs=1, only=("S",))
    log = sarif_log(result, RuleSet.of([]), ReportOptions(root=str(root)))
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"] == outside.as_uri() and "uriBaseId" not in loc and "%20" in loc["uri"]
    # a code the rule set does not know still gets a rule entry (never dropped)
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert sorted(set(rule_ids)) == sorted(rule_ids) and "S106" in rule_ids


def test_sarif_of_a_clean_run_is_a_valid_empty_log(tmp_path):
    from jsonschema import Draft4Validator

    log = sarif_log(RunResult((), 0), RuleSet.of([]), ReportOptions(root=str(tmp_path)))
    assert log["runs"][0]["results"] == []
    assert list(Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).iter_errors(log)) == []


# ---------------------------------------------------------------- GitHub


def test_github_commands_locate_each_finding(tmp_path, monkeypatch):
    code, out = _run(tmp_path, {"briefs/bad.md": BAD}, "github", monkeypatch=monkeypatch)
    assert code == 1
    lines = out.splitlines()
    assert lines[:3] == [
        "::error file=briefs/bad.md,line=2,col=8,endLine=2,endColumn=13,title=S105::"
        "title is 5 characters long; it must be at least 10",
        "::error file=briefs/bad.md,line=4,col=7,endLine=4,endColumn=17,title=S103::"
        "date '2024-13-45' is not a valid date (YYYY-MM-DD)",
        "::error file=briefs/bad.md,line=13,col=1,endLine=13,endColumn=7,title=S106::"
        "unknown key 'region'; did you mean 'regions'?",
    ]
    assert _at(BAD, 2, 8, 5) == "Water"
    assert lines[3] == "3 errors in 1 of 1 file."
    assert len(lines) == 4
    _, quiet = _run(tmp_path, {"briefs/bad.md": BAD}, "github", "--quiet", monkeypatch=monkeypatch)
    assert quiet.splitlines() == lines[:3]


def test_github_escaping_and_one_line_rule():
    f = Finding("dir,x/a:b.md", 3, 5, "Q101", Severity.WARNING, '100% sure:\r\nsaid, "x"', 3, 9)
    assert github_command(f) == (
        '::warning file=dir%2Cx/a%3Ab.md,line=3,col=5,endLine=3,endColumn=9,title=Q101::100%25 sure:%0D%0Asaid, "x"'
    )
    multi = Finding("a.md", 3, 5, "R101", Severity.INFO, "long", 6, 2)
    assert github_command(multi) == "::notice file=a.md,line=3,endLine=6,title=R101::long"
    point = Finding("a.md", 7, 1, "S101", Severity.ERROR, "missing")
    assert github_command(point) == "::error file=a.md,line=7,col=1,title=S101::missing"
    assert escape_property("T%,:\n") == "T%25%2C%3A%0A"


def test_github_summary_says_when_annotations_are_cut_off():
    findings = tuple(Finding("a.md", i, 1, "S101", Severity.ERROR, f"m{i}") for i in range(1, 13)) + tuple(
        Finding("a.md", 20 + i, 1, "HS001", Severity.WARNING, "w") for i in range(3)
    )
    out = io.StringIO()
    github(RunResult((FileResult("a.md", findings),), 0), RuleSet.of([]), out, ReportOptions())
    lines = out.getvalue().splitlines()
    assert len(lines) == 16
    assert lines[-1] == (
        "12 errors and 3 warnings in 1 of 1 file. GitHub annotates the first 10 of each kind; "
        "2 more errors are listed in this log only."
    )


# ---------------------------------------------------------------- JUnit


def test_junit_one_case_per_file_a_failure_per_finding(tmp_path, monkeypatch):
    good = (
        BAD.replace("region: [Morocco]\n", "")
        .replace("2024-13-45", "2024-12-15")
        .replace("Water\n", "Water tariffs in Morocco\n", 1)
    )
    code, out = _run(
        tmp_path,
        {"briefs/bad.md": BAD, "briefs/good.md": good, "briefs/c&d <e>.md": BAD},
        "junit",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(out.encode("utf-8"))  # valid XML, read back
    assert root.tag == "testsuites" and root.get("tests") == "3" and root.get("failures") == "2"
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {"briefs/bad.md", "briefs/good.md", "briefs/c&d <e>.md"}
    assert cases["briefs/good.md"].findall("failure") == []
    failures = cases["briefs/bad.md"].findall("failure")
    assert [f.get("type") for f in failures] == ["S105", "S103", "S106"]
    assert (
        failures[1].text
        == "briefs/bad.md:4:7: S103 error (bad-format): date '2024-13-45' is not a valid date (YYYY-MM-DD)"
    )
    assert failures[1].get("message") == "S103 date '2024-13-45' is not a valid date (YYYY-MM-DD)"
    assert len(cases["briefs/c&d <e>.md"].findall("failure")) == 3


def test_junit_survives_control_characters_and_undecodable_names():
    bad_name = b"caf\xe9.md".decode("utf-8", "surrogateescape")
    f = Finding(bad_name, 1, 1, "E002", Severity.ERROR, "byte \x01 then \x1b[31m & <tag>")
    xml = junit_xml(RunResult((FileResult(bad_name, (f,)),), 0), ReportOptions())
    xml.encode("utf-8")  # writable
    case = ET.fromstring(xml.encode("utf-8")).find(".//testcase")
    assert case is not None and case.get("name") == "caf\ufffd.md"
    assert case[0].get("message") == "E002 byte \ufffd then \ufffd[31m & <tag>"
