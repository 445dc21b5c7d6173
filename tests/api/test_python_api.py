"""Issue 20, bullet 7: the typed Python API, ``brieflint.check(paths_or_text, config=...) -> Report``."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support import BAD, BROKEN, GOOD, ROOT


def test_check_paths_returns_a_typed_report(tmp_path, monkeypatch):
    import brieflint

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(BAD)
    report = brieflint.check("a.md")
    assert isinstance(report, brieflint.Report) and report.failed and report.exit_status == 1
    s103 = next(f for f in report.findings if f.code == "S103")
    assert isinstance(s103, brieflint.Finding)
    assert (s103.path, s103.line, s103.column, s103.severity) == ("a.md", 4, 7, brieflint.Severity.ERROR)
    assert report.files == ("a.md",) and report.summary()["errors"] >= 1


def test_check_text_under_a_name_and_config_as_a_mapping(tmp_path, monkeypatch):
    import brieflint

    monkeypatch.chdir(tmp_path)
    report = brieflint.check(BAD, stdin_filename="briefs/x.md", config={"ignore": ["S103"]})
    assert "S103" not in {f.code for f in report.findings}
    assert {f.path for f in report.findings} <= {"briefs/x.md"}
    assert [f.code for f in brieflint.check(BROKEN.encode(), select=["Q"]).findings] == ["E003"]


def test_options_are_the_command_lines(tmp_path, monkeypatch):
    import brieflint

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(BAD)
    (tmp_path / "b.md").write_text(GOOD)
    report = brieflint.check([tmp_path / "a.md", "b.md"], select="S", min_severity="error")
    assert {f.code for f in report.findings} == {"S103"}
    with pytest.raises(brieflint.CheckError):
        brieflint.check("a.md", jobs=0)
    from brieflint.errors import ConfigError

    with pytest.raises(ConfigError):
        brieflint.check("a.md", config={"selct": ["S"]})


def test_importing_brieflint_stays_cheap_and_the_package_is_typed():
    code = "import sys, brieflint\nprint(sorted(m for m in sys.modules if m.startswith('brieflint')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "['brieflint']"
    assert (ROOT / "src" / "brieflint" / "py.typed").is_file()
    assert '"brieflint" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text()


def test_the_command_line_is_built_on_the_api():
    source = (ROOT / "src" / "brieflint" / "cli" / "check.py").read_text()
    assert "from brieflint.api import run as api" in source and "run(list(" not in source
