"""Arabic names of regions and topics (issue 22): in tags, and in prose with clitics (T104, T103, T108, T109)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint.checks.taxonomy import arabic
from brieflint.checks.taxonomy.model import build as shipped_taxonomy
from brieflint.document.yamldata import load_yaml

ROOT = Path(__file__).resolve().parents[3]
PASSAGES = {p["id"]: p["text"] for p in load_yaml((ROOT / "benchmarks/accuracy/arabic/passages.yaml").read_text()).data}


def _found(text: str) -> list[tuple[str, str, bool]]:
    index = arabic.index(shipped_taxonomy())
    return [(m.term, m.written, actor) for m, actor in index.find(text)]


def test_real_sentences_name_their_regions():
    # Global Voices: "the Arab world … the Iranian presidential election … the Jordanian blogger … the Iranians"
    assert [t for t, _, _ in _found(PASSAGES["ar-005"])] == ["Middle East & North Africa", "Iran", "Jordan", "Iran"]
    # 'four articles from Japan, three from Egypt, and two from the Philippines': no Arabic names for those two
    assert [(t, w) for t, w, _ in _found(PASSAGES["ar-008"])] == [("Egypt", "مصر")]


def test_ar_013_a_capital_after_the_preposition_bi_is_a_location_only():
    found = _found(PASSAGES["ar-013"])
    assert ("Morocco", "بالرباط", False) in found  # 'the US ambassador in Rabat'
    assert ("United States", "الولايات المتحدة", True) in found  # two words, the longest phrase
    assert ("Morocco", "المغرب", True) in found


@pytest.mark.parametrize(
    ("written", "term"),
    [
        ("بمصر", "Egypt"),  # bi- 'in'
        ("والعراق", "Iraq"),  # wa- 'and'
        ("للسعودية", "Saudi Arabia"),  # li- + al- written لل
        ("وبالعراق", "Iraq"),  # wa- + bi-
        ("ايران", "Iran"),  # no hamza: folded
        ("العـراق", "Iraq"),  # tatweel
        ("المغرب العربي", "North Africa"),  # longer than Morocco's المغرب
    ],
)
def test_clitics_and_spellings(written, term):
    text = f"قال المسؤول {written} إن الحكومة ستعمل."
    assert [(t, w) for t, w, _ in _found(text)] == [(term, written)]


def test_ambiguous_and_partial_words_name_nothing():
    # عمان folds to both Oman (عُمان) and Amman (عمّان): it names neither; a name inside a word is not one
    assert _found("زار الوفد عمان ثم غادر.") == []
    assert _found("سلطنة عمان") == [("Oman", "سلطنة عمان", True)]
    assert _found("العراقيل كثيرة") == []


def test_english_briefs_do_not_read_arabic_names(tmp_path):
    body = "بمصر والعراق"
    from brieflint.checks.taxonomy.mentions import MentionIndex

    assert list(MentionIndex.build(shipped_taxonomy().terms["regions"].values()).find(body)) == []


FRONT = """---
title: "العراق وإيران: ما وجده تقرير عام 2019 عن الطاقة"
type: brief-analysis
date: 2020-06-10
language: {lang}
authors:
  - name: مكتب الطاقة
    bio: يعدّ مكتب الطاقة تقارير سنوية عن أسواق الطاقة في الشرق الأوسط وشمال أفريقيا.
summary: >-
  يستورد العراق الغاز والكهرباء من إيران منذ سنوات، ويسجّل تقرير عام 2019 أن الانقطاعات
  تزداد كل صيف مع ارتفاع الطلب.
topics: [{topic}]
regions: [{regions}]
---

تعتمد محطات الكهرباء بالعراق على الغاز الإيراني، وتقول وزارة الكهرباء في بغداد إن
الإمدادات من إيران انخفضت هذا الصيف. وفي طهران، قالت الحكومة إن العراق لم يسدد ديونه.
"""


def _findings(tmp_path: Path, lang: str, regions: str, topic: str = "Energy & Economics") -> list[dict]:
    (tmp_path / "b.md").write_text(FRONT.format(lang=lang, regions=regions, topic=topic), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.md", "--format", "json", "--no-cache", "--select", "T"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)["findings"]


def test_no_t_finding_for_iraq_and_iran_in_an_arabic_brief(tmp_path):
    assert _findings(tmp_path, "ar", "العراق, ايران", "الطاقة والاقتصاد") == []
    assert _findings(tmp_path, "ar", "Iraq, Iran", "Energy & Economics") == []


def test_an_untagged_region_named_in_arabic_prose_is_suggested(tmp_path):
    findings = _findings(tmp_path, "ar", "العراق")
    (t108,) = [f for f in findings if f["code"] == "T108"]
    assert "'Iran'" in t108["message"]


def test_an_arabic_tag_in_an_english_brief_is_an_alias(tmp_path):
    codes = [f["code"] for f in _findings(tmp_path, "en", "العراق, Iran")]
    assert "T104" in codes and "T103" not in codes
