"""Arabic readability (issue 22): OSMAN against textstat, vocalised syllables, the R rules on Arabic briefs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import textstat
from textstat.backend.counts._count_arabic_long_words import count_arabic_long_words
from textstat.backend.counts._count_arabic_syllables import count_arabic_syllables
from textstat.backend.counts._count_faseeh import count_faseeh

from brieflint.checks.readability import arabic
from brieflint.checks.readability.analysis import analyse
from brieflint.document.brief import parse
from brieflint.document.yamldata import load_yaml

ROOT = Path(__file__).resolve().parents[3]
PASSAGES = {p["id"]: p["text"] for p in load_yaml((ROOT / "benchmarks/accuracy/arabic/passages.yaml").read_text()).data}
EXAMPLE = ROOT / "examples/egypt-religious-freedom.ar.md"


def _example_sections() -> list[str]:
    doc = parse(str(EXAMPLE), EXAMPLE.read_text(encoding="utf-8"), form="markdown")
    return [" ".join(s.text for s in sec.sentences) for sec in analyse(doc).sections if sec.sentences]


REAL = sorted(PASSAGES.items()) + [(f"example-{i}", t) for i, t in enumerate(_example_sections())]


@pytest.mark.parametrize(("name", "text"), REAL, ids=[n for n, _ in REAL])
def test_osman_is_textstats_on_real_arabic(name, text):
    """Real (unvocalised) Arabic: every count and the score are textstat's, given its sentence count."""
    c = arabic.count(text, textstat.sentence_count(text))
    assert not arabic.vocalised(text, c.words)
    assert c.words == textstat.lexicon_count(text)
    assert c.syllables == count_arabic_syllables(text)
    assert c.long_words == count_arabic_long_words(text)
    assert c.faseeh_words == count_faseeh(text)
    assert c.osman == pytest.approx(textstat.osman(text), abs=1e-9)


def test_the_oracle_is_not_trivial():
    """The passages span the scale, and the faseeh and long-word counts are not all zero."""
    scores = [arabic.count(t, textstat.sentence_count(t)).osman for _, t in REAL]
    assert min(s for s in scores if s is not None) < 20 < 80 < max(s for s in scores if s is not None)
    assert sum(arabic.count(t, 1).faseeh_words for _, t in REAL) > 0
    assert arabic.count(PASSAGES["ar-013"], 4).long_words > 30


def test_a_stray_mark_does_not_make_copy_vocalised():
    text = PASSAGES["ar-005"]  # 'جانباَ': one fatha in 41 words
    assert "\u064e" in text
    c = arabic.count(text, textstat.sentence_count(text))
    assert not arabic.vocalised(text, c.words)
    assert c.osman == pytest.approx(textstat.osman(text))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("قَالَ", 3),  # qaa (long, 2) + la (short, 1)
        ("كَتَبَ", 3),  # ka-ta-ba: three short syllables
        ("كِتَابًا", 5),  # ki (1) + taa (long, 2) + tanween (stressed, 2)
        ("شَدَّ", 4),  # sha (1) + dda: shadda (stressed, 2) + fatha (1)
    ],
)
def test_vocalised_syllables_follow_the_paper(word, expected):
    assert arabic.syllables(word, [word]) == expected


def test_vocalised_text_is_counted_word_by_word_and_differs_from_textstat():
    text = "كَتَبَ الوَلَدُ"  # kataba al-waladu: the article's alef does not lengthen kataba's last vowel
    c = arabic.count(text, 1)
    assert arabic.vocalised(text, c.words)
    assert c.syllables == 3 + 3  # ka-ta-ba, wa-la-du
    # textstat strips the marks before counting them and falls back on a count of letters
    assert count_arabic_syllables(text) != c.syllables


def test_a_word_with_more_than_five_marks_is_hard():
    text = "هِيَ دَوْلَةٌ مُتَعَدِّدَةٌ"  # muta'addidatun: 7 marks
    assert arabic.count(text, 1).hard_words == 1


def test_nothing_to_score():
    assert arabic.count("", 0).osman is None
    assert arabic.count("، . !", 1).osman is None


# ----- the R rules on an Arabic brief -----------------------------------------

FRONT = """---
title: "الدستور المصري والحرية الدينية: ما وجده تقرير عام 2019"
type: brief-analysis
date: 2020-06-10
language: {lang}
authors:
  - name: مكتب الحرية الدينية الدولية
    bio: يعدّ مكتب الحرية الدينية الدولية في وزارة الخارجية الأمريكية التقرير السنوي المقدم إلى الكونغرس.
summary: >-
  ينص الدستور المصري على أن حرية الاعتقاد مطلقة، لكن الحكومة لا تعترف إلا بثلاث
  ديانات. ويسجّل تقرير عام 2019 أحكام إعدام نُفّذت وأخرى أُيّدت بسبب الهجمات على
  الكنائس، وفجوة بين النص والممارسة.
topics: [Human Rights]
regions: [Egypt]
---

"""


def _check(tmp_path: Path, body: str, lang: str = "ar", *args: str) -> tuple[list[dict], list[str]]:
    (tmp_path / "b.md").write_text(FRONT.format(lang=lang) + body, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.md", "--format", "json", "--no-cache", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    data = json.loads(out.stdout)
    return data["findings"], data["summary"].get("notes", [])


def test_arabic_brief_gets_osman_and_sentence_length(tmp_path):
    body = PASSAGES["ar-003"] + "\n\n## التقرير\n\n" + PASSAGES["ar-013"] + "\n"
    findings, notes = _check(tmp_path, body)
    by_code = {}
    for f in findings:
        by_code.setdefault(f["code"], []).append(f)
    # ar-003 is one sentence of 75 words of the author's and a quoted “SyrianSitIn”; ar-013's
    # section (155 words, 4 sentences) scores OSMAN 42.9
    first = by_code["R107"][0]
    assert "(the Arabic limit)" in first["message"]
    assert (first["data"]["measured"], first["data"]["quoted_words"]) == (75, 1)
    (r101,) = by_code["R101"]
    assert "OSMAN readability of 42.9" in r101["message"] and r101["data"]["target"] == arabic.MIN_OSMAN
    assert not any("grade" in f["message"] for f in findings if f["code"].startswith("R"))
    (note,) = notes
    assert "R103" in note and "R101" not in note and "R107" not in note and "R108" not in note


def test_arabic_targets_are_options(tmp_path):
    (tmp_path / ".brieflint.yaml").write_text("readability: {min-osman: 30, arabic-max-sentence-words: 80}\n")
    body = PASSAGES["ar-003"] + "\n\n## التقرير\n\n" + PASSAGES["ar-013"] + "\n"
    findings, _ = _check(tmp_path, body)
    assert not [f for f in findings if f["code"] in ("R101", "R107")]


def test_a_short_arabic_body_is_reported(tmp_path):
    findings, _ = _check(tmp_path, PASSAGES["ar-004"] + "\n")
    assert [f["data"]["measured"] for f in findings if f["code"] == "R110"] == [16]


def test_stats_gives_osman_for_an_arabic_brief_and_no_english_formula():
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "stats", "--format", "json", str(EXAMPLE)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    (brief,) = json.loads(out.stdout)["briefs"]
    rows = [brief["summary"], *brief["sections"], brief["body"]]
    assert all(r["reading_ease"] is None and r["grade"] is None for r in rows)
    sections = [r for r in brief["sections"] if r["sentences"]]
    assert [r["osman"] for r in sections] == [round(osman, 2) for osman in _section_scores()]


def _section_scores() -> list[float]:
    doc = parse(str(EXAMPLE), EXAMPLE.read_text(encoding="utf-8"), form="markdown")
    return [arabic.count_sentences(s.sentences).osman or 0.0 for s in analyse(doc).sections if s.sentences]
