"""A rule with no support for a brief's language is skipped for that brief, and the run says so once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint.model import Rule, Severity
from brieflint.run.engine import Planner, run

BRIEF = """---
title: Türkiye'nin enerji politikası ve bölgesel etkileri
type: brief-analysis
date: 2026-03-01
language: {lang}
authors:
  - name: Ayşe Yılmaz
    bio: Ayşe Yılmaz is a fellow of the institute who studies energy markets in Turkey.
summary: >-
  Türkiye, doğal gaz ithalatını çeşitlendirmeye çalışıyor; bu yazı, boru hatlarının ve
  sıvılaştırılmış doğal gazın bölgesel siyasete etkilerini inceliyor ve öneriler sunuyor.
topics: [Energy]
regions: [Turkey]
---

Bakan, "bu kış gaz sıkıntısı yaşanmayacak ve fiyatlar sabit kalacak" dedi. Gözlemciler ise
aynı fikirde değil: bir şey yok, ama sonuç çok uzun ve karmaşık bir cümle olarak kalıyor,
çünkü yazar her şeyi tek bir cümleye sığdırmak istiyor ve durmadan virgül koyuyor, virgül
koyuyor, virgül koyuyor, virgül koyuyor ve okuyucu yoruluyor, yoruluyor, yoruluyor da.
"""


def _check(tmp_path: Path, *names: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", *names, "--format", "json", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


def test_a_brief_in_an_unsupported_language_gets_no_prose_findings(tmp_path):
    (tmp_path / "tr.md").write_text(BRIEF.format(lang="tr"), encoding="utf-8")
    (tmp_path / "en.md").write_text(BRIEF.format(lang="en"), encoding="utf-8")
    findings = _check(tmp_path, "tr.md", "en.md")["findings"]
    tr = {f["code"] for f in findings if f["path"].endswith("tr.md")}
    en = {f["code"] for f in findings if f["path"].endswith("en.md")}
    assert any(c[0] in "QR" for c in en), en  # the same text in English: prose rules fire
    assert tr and all(c[0] in "ESTL" for c in tr), tr


def test_the_run_notes_the_skip_once_per_language(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(BRIEF.format(lang="tr-TR"), encoding="utf-8")
    (tmp_path / "c.md").write_text(BRIEF.format(lang="en"), encoding="utf-8")
    result = run([str(tmp_path)], Planner())
    (note,) = result.notes
    assert "language 'tr' (2 briefs:" in note and "Q101" in note and "R101" in note
    assert "c.md" not in note and "L101" not in note and "T101" not in note
    assert [r.skipped != () for r in result.files] == [True, True, False]


def test_an_english_run_has_no_note(tmp_path):
    (tmp_path / "c.md").write_text(BRIEF.format(lang="en-GB"), encoding="utf-8")
    assert run([str(tmp_path)], Planner()).notes == []


def _rule(code: str, languages: tuple[str, ...] | None = None) -> Rule:
    return Rule(
        code, code.lower(), Severity.ERROR, "", lambda d, c: (), family=code.rstrip("0123456789"), languages=languages
    )


@pytest.mark.parametrize(
    ("code", "languages", "lang", "expected"),
    [
        ("Q101", None, "en", True),
        ("Q101", None, "ar", False),
        ("R101", None, "fr", False),
        ("HS001", None, "fr", False),
        ("T101", None, "ar", True),
        ("L101", None, "tr", True),
        ("X001", None, "tr", True),
        ("Q101", ("en", "ar"), "ar", True),
        ("Q101", ("en", "ar"), "fr", False),
        ("R101", ("*",), "fr", True),
    ],
)
def test_rule_supports(code, languages, lang, expected):
    assert _rule(code, languages).supports(lang) is expected


def test_verbose_prints_the_note_once_and_json_carries_it(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(BRIEF.format(lang="tr"), encoding="utf-8")
    base = [sys.executable, "-m", "brieflint", "check", ".", "--no-cache"]
    out = subprocess.run([*base, "--verbose"], cwd=tmp_path, capture_output=True, text=True)
    notes = [line for line in out.stderr.splitlines() if line.startswith("brieflint: info:")]
    assert len(notes) == 1 and "language 'tr' (2 briefs" in notes[0]
    quiet = subprocess.run(base, cwd=tmp_path, capture_output=True, text=True)
    assert "brieflint: info:" not in quiet.stderr
    data = json.loads(subprocess.run([*base, "--format", "json"], cwd=tmp_path, capture_output=True, text=True).stdout)
    assert len(data["summary"]["notes"]) == 1


def test_the_note_survives_fix(tmp_path):
    text = BRIEF.format(lang="tr").replace("topics: [Energy]", "topics: [Energy and Economics]")  # an alias: fixable
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", ".", "--no-cache", "--fix", "--verbose"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert "Energy & Economics" in (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "brieflint: info: language 'tr' (1 brief" in out.stderr


def test_schema_only_has_nothing_to_note(tmp_path):
    (tmp_path / "a.md").write_text(BRIEF.format(lang="tr"), encoding="utf-8")
    assert run([str(tmp_path)], Planner(), only=("E", "S")).notes == []
