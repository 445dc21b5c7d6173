"""Arabic-Indic digits in dates and figures (issue 22): a figure is one word; a date's hint names its ASCII form."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from brieflint.document import prose

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples/egypt-religious-freedom.ar.md"


def test_a_figure_in_arabic_indic_digits_is_one_word():
    # 'rose by 3.5% in 2019 and 1,500' in Arabic-Indic digits, with the Arabic separators and percent sign
    assert prose.words("ارتفع بنسبة ٣٫٥٪ في ٢٠١٩ و١٬٥٠٠") == ["ارتفع", "بنسبة", "٣٫٥٪", "في", "٢٠١٩", "و١٬٥٠٠"]
    assert prose.words("rose 3.5% to 1,500 in the U.S. long-term") == [
        "rose",
        "3.5%",
        "to",
        "1,500",
        "in",
        "the",
        "U.S",
        "long-term",
    ]


def test_a_date_in_arabic_indic_digits_is_reported_with_its_ascii_form(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("date: 2020-06-10", "date: ٢٠٢٠-٠٦-١٠")
    (tmp_path / "b.ar.md").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.ar.md", "--format", "json", "--no-cache", "--select", "S"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    messages = [f["message"] for f in json.loads(out.stdout)["findings"]]
    assert messages == [
        "date '٢٠٢٠-٠٦-١٠' is not a valid date (YYYY-MM-DD); write it in ASCII digits: 2020-06-10",
        "sources[0].date '٢٠٢٠-٠٦-١٠' is not a valid date (YYYY-MM-DD); write it in ASCII digits: 2020-06-10",
    ]


def test_no_hint_for_a_date_that_is_wrong_in_any_digits(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("date: 2020-06-10", "date: ٢٠٢٠-١٣-١٠", 1)
    (tmp_path / "b.ar.md").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "b.ar.md", "--format", "json", "--no-cache", "--select", "S103"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    (finding,) = json.loads(out.stdout)["findings"]
    assert finding["message"] == "date '٢٠٢٠-١٣-١٠' is not a valid date (YYYY-MM-DD)"
