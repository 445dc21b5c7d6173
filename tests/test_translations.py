"""L201-L204: a brief and its translation, both in the tree, agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from brieflint.document.editions import candidates

EN = """---
title: Iraq's summer of shortages and the grid
type: brief-analysis
date: 2026-07-14
language: en
authors:
  - name: Omar Haddad
    slug: omar-haddad
    bio: Omar Haddad is a senior fellow who studies energy markets and sanctions policy in Iraq.
summary: >-
  Baghdad's reliance on Iranian gas and power leaves Iraqi households exposed every summer,
  and only domestic gas capture can end the shortages for good.
topics: [Energy]
regions: [Iraq]
translations:
  - language: ar
    url: https://example.org/ar/iraq-power
---

The minister said: "the grid will hold this summer in every province of Iraq."

## Imports

Imports fall short every July.
"""
AR = """---
title: صيف الانقطاعات في العراق والشبكة الكهربائية
type: brief-analysis
date: {date}
language: ar
authors:
  - name: عمر حداد
    slug: {slug}
    bio: عمر حداد زميل أول في المعهد يدرس أسواق الطاقة وسياسات العقوبات في العراق والخليج العربي.
summary: >-
  يعرّض اعتماد بغداد على الغاز والكهرباء الإيرانيين الأسر العراقية للانقطاعات كل صيف، ولا ينهيها إلا
  استغلال الغاز المحلي.
topics: [Energy]
regions: [Iraq]
{translations}---

وقال الوزير: «ستصمد الشبكة هذا الصيف في كل محافظات العراق».
{extra}
## الواردات

تقصر الواردات عن الحاجة كل تموز.
"""
BACK = "translations:\n  - language: en\n    url: https://example.org/en/iraq-power\n"


def _write(folder: Path, en: str | None = EN, **ar: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if en is not None:
        (folder / "iraq-power.md").write_text(en, encoding="utf-8")
    fields = {"date": "2026-07-14", "slug": "omar-haddad", "translations": BACK, "extra": ""} | ar
    (folder / "iraq-power.ar.md").write_text(AR.format(**fields), encoding="utf-8")


def _l2(tmp_path: Path, *paths: str, cache: bool = False) -> list[tuple[str, str, int]]:
    args = [sys.executable, "-m", "brieflint", "check", *paths, "--format", "json", "--select", "L2"]
    out = subprocess.run(args + ([] if cache else ["--no-cache"]), cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    return [(os.path.basename(f["path"]), f["code"], f["line"]) for f in json.loads(out.stdout)["findings"]]


def test_a_consistent_pair_has_no_finding(tmp_path):
    _write(tmp_path)
    assert _l2(tmp_path, ".") == []


def test_a_missing_link_back_is_reported_at_the_link(tmp_path):
    _write(tmp_path, translations="")
    got = _l2(tmp_path, ".")
    assert got == [("iraq-power.md", "L201", 17)]  # the url line of the English brief's ar entry


def test_date_authors_sections_and_quotes(tmp_path):
    extra = "\n«الشبكة الوطنية لا تستطيع تحمل الطلب المتزايد في الصيف» [@x].\n\n## قسم\n\nنص.\n\n## قسم آخر\n\nنص.\n"
    _write(tmp_path, date="2026-07-15", slug="someone-else", extra=extra)
    got = sorted(_l2(tmp_path, "."))
    codes = {(name, code) for name, code, _ in got}
    assert codes == {
        (name, code) for name in ("iraq-power.md", "iraq-power.ar.md") for code in ("L202", "L203", "L204")
    }
    assert [c for _, c, _ in got].count("L202") == 4  # date and author, on each side


def test_only_an_edition_in_the_tree_is_compared(tmp_path):
    _write(tmp_path, en=None, translations="")
    (tmp_path / "iraq-power.en.md").write_text(EN.replace("language: en", "language: fr"), encoding="utf-8")
    assert _l2(tmp_path, ".") == []  # the file named like the English edition declares French


def test_language_folders(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "iraq-power.md").write_text(EN, encoding="utf-8")
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "iraq-power.md").write_text(
        AR.format(date="2026-07-14", slug="omar-haddad", translations="", extra=""), encoding="utf-8"
    )
    assert _l2(tmp_path, ".") == [("iraq-power.md", "L201", 17)]


def test_a_changed_edition_is_seen_through_the_cache(tmp_path):
    _write(tmp_path)
    assert _l2(tmp_path, "iraq-power.md", cache=True) == []
    _write(tmp_path, translations="")  # only the Arabic edition changes
    assert _l2(tmp_path, "iraq-power.md", cache=True) == [("iraq-power.md", "L201", 17)]


def test_candidates():
    assert candidates("d/x.md", "en", "ar") == ["d/x.ar.md"]
    assert candidates("d/x.ar.md", "ar", "en") == ["d/x.en.md", "d/x.md"]
    assert candidates("d/x.brief.yaml", "en", "fr") == ["d/x.fr.brief.yaml"]
    assert candidates("site/en/x.md", "en", "ar") == ["site/en/x.ar.md", "site/ar/x.md"]
    assert candidates("d/notes.txt", "en", "ar") == []


def test_the_shipped_example_pair_has_only_its_intended_findings():
    root = Path(__file__).resolve().parents[1] / "examples"
    names = ["egypt-religious-freedom.md", "egypt-religious-freedom.ar.md"]
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", *names, "--format", "json", "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    got = sorted((f["path"], f["code"]) for f in json.loads(out.stdout)["findings"])
    assert got == sorted((name, "Q102") for name in names)  # the one vague attribution each edition shows


def test_arabic_indic_digits_in_a_date_are_the_same_date(tmp_path):
    _write(tmp_path, date='"٢٠٢٦-٠٧-١٤"')
    assert [c for _, c, _ in _l2(tmp_path, ".") if c == "L202"] == []
