"""The command line as a user meets it: exit codes, output shapes, lazy imports, docs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint.cli.main import GC_THRESHOLD, main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def test_version_imports_nothing_heavy():
    code = (
        "import atexit, sys, runpy\n"
        "def report():\n"  # the command ends the process itself; its atexit handlers still run
        "    heavy = [m for m in ('jsonschema', 'markdown_it', 'ruamel', 'textstat', 'referencing', 'rich', 'typing')\n"
        "             if m in sys.modules]\n"
        "    print('HEAVY', heavy)\n"
        "atexit.register(report)\n"
        "sys.argv = ['brieflint', '--version']\n"
        "runpy.run_module('brieflint', run_name='__main__')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "brieflint 0.1.0" in proc.stdout
    assert "HEAVY []" in proc.stdout, proc.stdout


def test_checking_one_brief_with_the_cache_imports_no_tempfile_or_shutil(tmp_path):
    """A pre-commit run checks one brief: the modules it never needs stay unloaded (≈ 19 M instructions)."""
    brief = tmp_path / "brief.md"
    brief.write_bytes((EXAMPLES / "iraq-electricity-imports.md").read_bytes())
    code = (
        "import sys\n"
        "from brieflint.cli.main import main\n"
        "rc = main(['check', 'brief.md'])\n"
        "print('LOADED', [m for m in ('tempfile', 'shutil', 'random') if m in sys.modules], rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert "LOADED [] 0" in proc.stdout, proc.stdout + proc.stderr
    entries = [p for p in (tmp_path / ".brieflint_cache").rglob("*.json")]
    assert len(entries) == 1 and json.loads(entries[0].read_text())  # the result was stored, whole
    assert not [p for p in (tmp_path / ".brieflint_cache").rglob(".tmp-*")]


def test_help_is_as_wide_as_columns_says(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "50")
    assert main(["check", "--help"]) == 0
    narrow = capsys.readouterr().out
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["check", "--help"]) == 0
    wide = capsys.readouterr().out
    assert len(narrow.splitlines()) > len(wide.splitlines())
    assert max(map(len, wide.splitlines())) > 100  # the usage line, unwrapped


def test_python_m_brieflint_checks_examples():
    proc = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--format", "json", str(EXAMPLES)], capture_output=True, text=True
    )
    data = json.loads(proc.stdout)
    assert proc.returncode == 1  # the broken example has errors
    assert set(data["summary"]) >= {"files", "errors", "warnings", "info"}
    broken = {f["code"] for f in data["findings"] if f["path"].endswith("broken-brief.md")}
    assert {"S101", "S103", "S105", "S106", "S107", "S104", "E004"} <= broken
    others = [f for f in data["findings"] if "broken-" not in f["path"] and f["severity"] == "error"]
    assert others == []
    for f in data["findings"]:
        assert {"path", "line", "column", "code", "severity", "message", "end_line", "end_column"} <= set(f)


@pytest.mark.parametrize(
    "args,code",
    [
        (["check", "--no-cache", str(EXAMPLES / "broken-brief.md")], 1),
        (["check", "--no-cache", str(EXAMPLES / "iraq-electricity-imports.md")], 0),
        (["check", "--no-cache", "--select", "NOPE", str(EXAMPLES)], 2),
        (["rules", "--format", "json"], 0),
    ],
)
def test_the_command_ends_with_all_its_output_its_exit_status_and_the_atexit_handlers(capsys, args, code):
    """``entry`` ends the process without tearing the interpreter down (os._exit): nothing may be lost by it."""
    assert main(args) == code
    expected = capsys.readouterr()
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('handler ran\\n'))\n"
        "sys.argv = ['brieflint', *sys.argv[1:]]\n"
        "from brieflint.cli.main import entry\n"
        "sys.exit(entry())\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True)
    assert proc.returncode == code
    assert proc.stdout == expected.out and len(proc.stdout + expected.err) > 20
    assert proc.stderr == expected.err + "handler ran\n"


def test_a_closed_standard_output_keeps_the_exit_status():
    brief = str(EXAMPLES / "broken-brief.md")
    for stream in ("1", "2"):
        proc = subprocess.run(
            f'"{sys.executable}" -m brieflint check --no-cache "{brief}" {stream}>&-',
            shell=True,
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 1, proc.stdout + proc.stderr  # the findings still fail the check
        assert "internal error" not in proc.stdout + proc.stderr


def test_the_command_exits_as_usual_while_a_thread_runs():
    script = (
        "import sys, threading\n"
        "stop = threading.Event()\n"
        "t = threading.Thread(target=lambda: (stop.wait(5), print('thread ended')))\n"
        "t.start()\n"
        "sys.argv = ['brieflint', 'rules']\n"
        "from brieflint.cli.main import entry\n"
        "code = entry()\n"
        "stop.set()\n"
        "sys.exit(code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.endswith("thread ended\n"), proc.stdout[-200:] + proc.stderr


def test_text_format_and_exit_codes(tmp_path, capsys):
    assert main(["check", str(EXAMPLES / "gulf-desalination.brief.yaml"), "--select", "E,S"]) == 0
    assert "No problems in 1 file." in capsys.readouterr().out
    assert main(["check", str(EXAMPLES / "broken-brief.md"), "--select", "S103"]) == 1
    out = capsys.readouterr().out
    assert "broken-brief.md:4:7: S103 error: date '2024-13-45' is not a valid date (YYYY-MM-DD)" in out
    assert main(["check", str(EXAMPLES / "broken-brief.md"), "--select", "S103", "--quiet"]) == 1
    assert "error in" not in capsys.readouterr().out


def test_missing_path_is_an_error_finding_and_the_rest_is_checked(capsys):
    good = str(EXAMPLES / "iraq-electricity-imports.md")
    assert main(["check", "--no-cache", "no/such/file.md", good]) == 1
    out = capsys.readouterr().out
    assert "no/such/file.md:1:1: E001 error: no such file or directory" in out
    assert "1 error in 1 of 2 files." in out


def test_bad_option_is_a_usage_error(capsys):
    assert main(["check", "--format", "xml"]) == 2


def test_one_bad_file_does_not_hide_the_others(tmp_path, capsys):
    (tmp_path / "a.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    (tmp_path / "b.md").write_text((EXAMPLES / "broken-brief.md").read_text())
    assert main(["check", "--format", "json", str(tmp_path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {Path(f["path"]).name for f in data["findings"]} == {"a.md", "b.md"}


def test_rules_json_and_explain(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)["rules"]
    entry = next(r for r in rules if r["code"] == "S106")
    assert {"code", "name", "severity", "summary", "fixable", "options"} <= set(entry)
    assert main(["explain", "unknown-key"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("S106 (unknown-key)") and "Why is this bad?" in text and "Example" in text
    assert main(["explain", "S999"]) == 2


def test_docs_rules_md_is_current(capsys):
    assert main(["rules", "--format", "markdown"]) == 0
    generated = capsys.readouterr().out
    on_disk = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert on_disk == generated, "docs/rules.md is stale: run `brieflint rules --format markdown > docs/rules.md`"


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "check" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("tty", "env", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"TERM": "dumb"}, False),
        (False, {"FORCE_COLOR": "1"}, True),
        (True, {"FORCE_COLOR": "0"}, False),
        (True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True),
    ],
)
def test_colour_rules(tty, env, expected):
    from brieflint.cli.main import use_color

    assert use_color(tty, env) is expected


def test_check_collects_less_often_and_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    """While briefs are checked, the youngest generation's threshold is raised (a check makes tens of
    thousands of tuples and almost no cycles) and start-up's objects are frozen; a caller in the same
    process gets the collector back as it was."""
    code = (
        "import gc\n"
        "import brieflint.api.run as api\n"
        "from brieflint.cli.main import main\n"
        "seen = []\n"
        "collect = api.collect\n"
        "def spy(*a, **k):\n"
        "    seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))\n"
        "    return collect(*a, **k)\n"
        "api.collect = spy\n"
        "before = gc.get_threshold()\n"
        f"status = main(['check', '--no-cache', '--quiet', {str(EXAMPLES / 'iraq-electricity-imports.md')!r}])\n"
        "print(seen == [(GC, True)], status, gc.get_threshold() == before, gc.get_freeze_count())\n"
    ).replace("GC", str(GC_THRESHOLD))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "0", "True", "0"]
