"""Hostile input: every case gives a located finding (or a clear error), in bounded time, never a traceback."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brieflint.checks.registry import RuleSet
from brieflint.cli.main import main
from brieflint.config.read import RawConfig
from brieflint.config.resolve import resolve
from brieflint.config.settings import Overrides
from brieflint.document.brief import load
from brieflint.model import Problem, rule
from brieflint.run.engine import Plan, check_document

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "hostile"))
import make_hostile  # noqa: E402

CORPUS_CASES: list[make_hostile.Case] = []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    CORPUS_CASES[:] = make_hostile.build(out)
    return out


def _check(path: Path) -> tuple[int, list[dict], str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    code = main(["check", "--format", "json", "--no-cache", "--jobs", "1", str(path)], out, err)
    elapsed = time.perf_counter() - start
    findings = json.loads(out.getvalue())["findings"] if out.getvalue() else []
    return code, findings, err.getvalue(), elapsed


CASE_NAMES = [c.name for c in make_hostile.build(Path(os.environ.get("TMPDIR", "/tmp")) / "brieflint-hostile-names")]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_hostile_case(corpus, name):
    case = next(c for c in CORPUS_CASES if c.name == name)
    code, findings, err, elapsed = _check(corpus / case.name.rstrip("/"))
    assert "Traceback" not in err and "internal error" not in err, err
    assert code in (0, 1), (code, err)
    assert elapsed < case.seconds, f"{case.name} took {elapsed:.2f} s (bound {case.seconds} s)"
    for f in findings:
        assert f["line"] >= 1 and f["column"] >= 1
        assert f["code"] != "E100", f  # no rule crashed
    if case.code:
        hits = [f for f in findings if f["code"] == case.code]
        assert hits, f"{case.name}: expected {case.code}, got {[f['code'] for f in findings]}"
        if case.line is not None:
            assert hits[0]["line"] == case.line, hits[0]


@pytest.mark.parametrize("name", ["alias-bomb.md", "deep-nesting.md", "long-list.md", "quotes-100k.md", "huge-line.md"])
def test_hostile_case_memory_bound(corpus, name):
    """The heaviest cases allocate at most 200 MB at peak (Python allocations, traced)."""
    import tracemalloc

    tracemalloc.start()
    try:
        _check(corpus / name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024, f"{name}: peak {peak / 1e6:.0f} MB"


def test_emoji_columns_are_code_points(corpus):
    _, findings, _, _ = _check(corpus / "emoji.md")
    hit = next(f for f in findings if f["code"] == "S103")
    line = (corpus / "emoji.md").read_text(encoding="utf-8").split("\n")[hit["line"] - 1]
    assert line[hit["column"] - 1 :].startswith("2026-03-1😀")


def test_yaml_tag_never_runs(corpus, tmp_path):
    marker = tmp_path / "pwned"
    brief = tmp_path / "x.md"
    brief.write_text(
        make_hostile.GOOD_FM.replace(
            "type: brief-analysis", f"type: !!python/object/apply:os.system ['touch {marker}']"
        )
    )
    _check(brief)
    assert not marker.exists()


def test_whole_corpus_in_one_run_in_a_subprocess(corpus):
    """As a user would: the whole corpus plus the examples, every finding there, no traceback."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--format", "json", "--no-cache", str(corpus), str(examples)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert time.perf_counter() - start < 90
    assert proc.returncode == 1, proc.stderr
    import resource

    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    assert peak_mb < 400, f"a brieflint process peaked at {peak_mb:.0f} MB"
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    paths = {Path(f["path"]).name for f in data["findings"]}
    assert "broken-brief.md" in paths  # the examples' findings are not hidden by the hostile files
    assert {"alias-bomb.md", "latin1.md", "fifo.md", "nul.md"} <= paths  # empty.md has no front matter: skipped


def test_file_deleted_between_listing_and_reading(tmp_path):
    from brieflint.run.engine import Planner, check_path

    brief = tmp_path / "gone.md"
    brief.write_text(make_hostile.GOOD_FM)
    brief.unlink()
    result = check_path(str(brief), Planner(Overrides(), str(_empty(tmp_path))))
    assert [(f.code, f.line) for f in result.findings] == [("E001", 1)]


def test_unreadable_file_is_a_finding(tmp_path, monkeypatch):
    brief = tmp_path / "locked.md"
    brief.write_text(make_hostile.GOOD_FM)
    real_open = os.open

    def deny(path, *a, **kw):
        if str(path) == str(brief):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr(os, "open", deny)
    doc = load(str(brief))
    assert doc.problems[0].code == "E001" and "Permission denied" in doc.problems[0].message


def _empty(tmp_path: Path) -> Path:
    p = tmp_path / "empty-config.yaml"
    p.write_text("{}\n")
    return p


# ----- broken plugins --------------------------------------------------------

GOOD_BRIEF = make_hostile.GOOD_FM + make_hostile.BODY


@rule("XB001", "raises", "error", good=GOOD_BRIEF)
def raises(doc, ctx):
    """A rule that raises.

    What it does
    Raises.

    Why is this bad?
    It is broken.

    Example
    Any brief.
    """
    raise KeyError("sources")
    yield  # pragma: no cover


@rule("XB002", "no-location", "warning", good=GOOD_BRIEF)
def no_location(doc, ctx):
    """A rule that returns a problem with no location.

    What it does
    Returns a problem without line or column.

    Why is this bad?
    It is broken.

    Example
    Any brief.
    """
    yield Problem(None, None, "somewhere")  # type: ignore[arg-type]


@rule("XB003", "hangs", "error", good=GOOD_BRIEF)
def hangs(doc, ctx):
    """A rule that never returns.

    What it does
    Loops forever.

    Why is this bad?
    It is broken.

    Example
    Any brief.
    """
    while True:
        time.sleep(0.01)
    yield  # pragma: no cover


@rule("XB004", "works", "warning", good=GOOD_BRIEF)
def works(doc, ctx):
    """A rule that works.

    What it does
    Reports the title.

    Why is this bad?
    It is a test.

    Example
    Any brief.
    """
    yield Problem(2, 8, "title seen")


def test_broken_rules_are_reported_by_name_and_the_others_still_run(tmp_path):
    rules = RuleSet.of([raises, no_location, hangs, works])
    settings = resolve(RawConfig({"rule-timeout": 0.5}, None, str(tmp_path)), rules)
    brief = tmp_path / "a.md"
    brief.write_text(GOOD_BRIEF)
    start = time.perf_counter()
    findings = check_document(load(str(brief)), Plan(rules, settings))
    assert time.perf_counter() - start < 3
    by_code = {(f.code, f.line, f.column): f.message for f in findings}
    crashed = [f.message for f in findings if f.code == "E100"]
    assert any("XB001 (raises" in m and "KeyError" in m for m in crashed)
    assert any("XB003 (hangs" in m and "longer than 0.5 s" in m for m in crashed)
    assert ("XB002", 1, 1) in by_code  # no location: placed at the top of the file
    assert ("XB004", 2, 8) in by_code  # the working rule still reported


def _slow(code: str, seconds: float):
    @rule(code, f"slow-{code.lower()}", "warning", good=GOOD_BRIEF)
    def slow(doc, ctx):
        """A slow rule.

        What it does
        Sleeps, then reports.

        Why is this bad?
        It is slow.

        Example
        Any brief.
        """
        time.sleep(seconds)
        yield Problem(1, 1, "done")

    return slow


def test_each_rule_gets_its_own_time_bound_not_a_share_of_one(tmp_path):
    # three rules of 0.4 s under a 1 s bound: 1.2 s in all, yet none is stopped
    rules = RuleSet.of([_slow("XS001", 0.4), _slow("XS002", 0.4), _slow("XS003", 0.4)])
    settings = resolve(RawConfig({"rule-timeout": 1.0}, None, str(tmp_path)), rules)
    brief = tmp_path / "a.md"
    brief.write_text(GOOD_BRIEF)
    findings = check_document(load(str(brief)), Plan(rules, settings))
    assert [f.code for f in findings] == ["XS001", "XS002", "XS003"]


def test_a_bound_that_expires_between_rules_stops_nothing(tmp_path):
    # the first rule ends just inside its bound; the alarm may then fire between rules
    rules = RuleSet.of([_slow("XS001", 0.28), _slow("XS002", 0.0), works])
    settings = resolve(RawConfig({"rule-timeout": 0.3}, None, str(tmp_path)), rules)
    brief = tmp_path / "a.md"
    brief.write_text(GOOD_BRIEF)
    for _ in range(3):
        findings = check_document(load(str(brief)), Plan(rules, settings))
        assert "E100" not in [f.code for f in findings]
    time.sleep(0.4)  # an alarm left behind would surface here, outside any rule


def test_no_network_for_the_whole_pipeline(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    examples = Path(__file__).resolve().parents[1] / "examples"
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "json", "--no-cache", "--jobs", "1", str(examples)], out, err)
    assert code == 1 and "network" not in err.getvalue()
    assert json.loads(out.getvalue())["findings"]


# ----- configuration, taxonomies and packs ----------------------------------


def test_taxonomy_with_a_cycle_is_a_located_configuration_error(tmp_path, capsys):
    (tmp_path / ".brieflint.yaml").write_text("taxonomy: tax.yaml\n")
    (tmp_path / "tax.yaml").write_text("topics:\n  - name: A\n    children: [B]\n  - name: B\n    children: [A]\n")
    (tmp_path / "a.md").write_text(GOOD_BRIEF)
    assert main(["check", "--no-cache", str(tmp_path / "a.md")]) == 2
    err = capsys.readouterr().err
    assert "tax.yaml:5:" in err and "cycle" in err and "Traceback" not in err


def test_catastrophic_pattern_in_a_pack_is_bounded_and_named(tmp_path):
    (tmp_path / ".brieflint.yaml").write_text("rule-packs: [evil.yaml]\n")
    (tmp_path / "evil.yaml").write_text(
        "pack: evil\nprefix: XV\nrules:\n"
        "  - code: XV001\n    name: catastrophic\n    kind: existence\n    summary: A pattern that backtracks.\n"
        "    patterns: ['(a|a)+$']\n"
    )
    (tmp_path / "a.md").write_text(GOOD_BRIEF + "\n" + "a" * 40 + "!\n")
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    code = main(["check", "--format", "json", "--no-cache", str(tmp_path / "a.md")], out, err)
    assert time.perf_counter() - start < 10, "the pattern was not bounded"
    assert code in (0, 1), err.getvalue()
    findings = json.loads(out.getvalue())["findings"]
    named = [f for f in findings if "XV001" in f["message"] or f["code"] == "XV001"]
    assert named, findings
