"""The shipped house-style pack: each rule's examples, the cases an editor cares about, and quiet on good briefs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import at

from brieflint.checks.packs.loader import load_pack
from brieflint.config.settings import Overrides
from brieflint.run.engine import Planner, run
from brieflint.testing import lint

ROOT = Path(__file__).resolve().parents[3]
SPEC_EXAMPLES = ROOT.parent / "shared" / "spec" / "examples"
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
RULES = load_pack("house-style")

HEAD = """---
title: "Iraq's Militias After the Election: What Comes Next"
type: brief-analysis
date: 2026-01-15
authors:
  - name: Omar Haddad
    bio: >-
      Omar Haddad is a fellow at the institute who studies armed groups, energy
      and state finance in Iraq and the Gulf.
summary: >-
  Iraq's armed groups won seats and ministries in the last election. Their new
  place in the state makes them harder to confront and easier to hold to account.
topics: [Military & Security]
regions: [Iraq]
---

"""


def hs(source: str, code: str | None = None):
    found = lint(source, select=["HS", "HS005"])  # HS005 is off by default: a prefix does not switch it on
    return [f for f in found if code is None or f.code == code]


def test_the_pack_is_loaded_by_default_as_warnings():
    assert [r.code for r in RULES] == [f"HS00{i}" for i in range(1, 9)]
    assert all(str(r.severity) == "warning" and r.origin == "house-style" for r in RULES)
    assert {r.code for r in RULES if r.fixable} == {"HS001", "HS007"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_each_rule_has_an_example_that_triggers_it_and_one_that_does_not(rule):
    assert rule.bad and rule.good
    # a rule that is off by default runs when named
    select = None if rule.enabled_by_default else [rule.code]
    assert [f.code for f in lint(rule.bad, select=select)].count(rule.code) >= 1
    assert rule.code not in [f.code for f in lint(rule.good, select=select)]


# ----- HS001 / HS002: U.S. ----------------------------------------------------------------


def test_us_as_modifier_is_fixed_to_u_s():
    src = HEAD + "US officials backed the US-led coalition and US-Iran talks.\n"
    found = hs(src, "HS001")
    assert [(f.line, f.column) for f in found] == [at(src, "US", 0), at(src, "US-led"), at(src, "US-Iran")]
    assert [(f.fix.old, f.fix.new) for f in found] == [("US", "U.S.")] * 3
    assert all(f.end_column == f.column + 2 for f in found)


def test_us_not_a_modifier_is_left_alone():
    src = HEAD + "It cost US$5 billion. Let us see; the US and Iran talked. CAUSE and USB are not it.\n"
    assert hs(src, "HS001") == []


def test_us_as_noun():
    src = HEAD + (
        "The U.S. has few options. Iran talks to the US, not Europe. Policy in the U.S.\n\n"
        "The U.S. Treasury and the U.S.-led coalition are modifiers.\n"
    )
    found = hs(src, "HS002")
    assert [(f.line, f.column) for f in found] == [at(src, "The U.S."), at(src, "the US,"), at(src, "the U.S.\n")]
    assert found[0].end_column == found[0].column + len("The U.S.")


# ----- HS003 / HS004: names and transliterations ------------------------------------------------


def test_isis_isil_daesh():
    src = HEAD + "ISIS lost Mosul in 2017. ISIS cells remain, and Daesh media still publish.\n"
    found = hs(src, "HS003")
    assert [(f.line, f.column) for f in found] == [at(src, "Daesh")]
    assert "'Daesh' here, but 'ISIS' elsewhere" in found[0].message


def test_a_quoted_name_is_not_the_author_s_spelling():
    src = HEAD + 'ISIS lost Mosul. A resident said "Daesh took everything from this city."\n'
    assert hs(src, "HS003") == []


def test_transliterations():
    src = HEAD + (
        "Kata'ib Hezbollah and Kata’ib Hezbollah are one spelling; Hizballah in Lebanon is another name.\n\n"
        "Asa'ib Ahl al-Haq and Asaib Ahl al-Haq differ. The Houthis and a Huthi leader differ too. "
        "Al-Qaeda at the start of a sentence matches al-Qaeda later, but not al-Qaida.\n"
    )
    found = hs(src, "HS004")
    # Asa'ib/Asaib and Houthi/Huthi are ties, so the second spelling is reported
    assert [(f.line, f.column) for f in found] == [at(src, "Asaib"), at(src, "Huthi"), at(src, "al-Qaida")]
    assert "transliterate the name one way" in found[0].message


def test_kataib_hezbollah_message_names_both_spellings_and_the_line():
    src = HEAD + "Kataib Hezbollah fired.\n\nKata'ib Hezbollah denied it. Kata'ib Hezbollah is armed.\n"
    (f,) = hs(src, "HS004")
    assert (f.line, f.column) == at(src, "Kataib")
    assert f.message == (
        f"'Kataib Hezbollah' here, but 'Kata'ib Hezbollah' elsewhere in the brief (first at line "
        f"{at(src, 'Kata' + chr(39))[0]}); transliterate the name one way throughout"
    )


# ----- HS005: acronyms ------------------------------------------------------------------------------


def test_acronym_used_before_it_is_defined():
    src = HEAD + (
        "The PMF now holds ministries.\n\n"
        "## The Popular Mobilization Forces (PMF)\n\n"
        "The PMF's budget grew; the KDP and the PUK objected.\n"
    )
    found = hs(src, "HS005")
    assert [(f.line, f.column) for f in found] == [at(src, "PMF"), at(src, "KDP"), at(src, "PUK")]
    assert "spelled out later, at line" in found[0].message
    assert "later" not in found[1].message


def test_acronyms_that_need_no_definition():
    src = HEAD + (
        "The UN, the EU, NATO and the IMF agree that GDP fell. The U.S. Treasury and ISIS matter too.\n\n"
        "The Islamic Revolutionary Guard Corps (IRGC) runs ports; IRGC officers and NGOs profit. "
        "An MQ-9 crashed in World War II country, and COVID-19 spread.\n\n"
        "KRG (Kurdistan Regional Government) officials spoke first; the KRG later denied it.\n\n"
        "## WHAT THE MILITIAS WANT NOW\n\n"
        "Nothing else.\n"
    )
    assert hs(src, "HS005") == []


def test_acronym_compounds_and_other_definitions():
    src = HEAD + (
        "The Islamic Revolutionary Guard Corps (IRGC) arms PMF-aligned groups; the IRGC-QF runs them.\n\n"
        "The Kurdistan Democratic Party, or KDP, objected, and the KDP's rivals agreed.\n"
    )
    found = hs(src, "HS005")
    assert [(f.line, f.column) for f in found] == [at(src, "PMF"), at(src, "IRGC-QF")]
    assert found[1].end_column == found[1].column + len("IRGC-QF")


def test_known_option_adds_acronyms():
    src = HEAD + "The IAEA inspected the site.\n"
    assert [f.code for f in hs(src)] == ["HS005"]
    assert lint(src, select=["HS", "HS005"], config={"rules": {"HS005": {"known": ["IAEA"]}}}) == []


# ----- HS006 / HS007 / HS008 ----------------------------------------------------------------------------


def test_filler_words():
    src = HEAD + "It is Very clear, really, and basically true; everything is delivered.\n"
    found = hs(src, "HS006")
    assert [(f.line, f.column) for f in found] == [at(src, "Very"), at(src, "really"), at(src, "basically")]


def test_very_as_an_adjective_is_not_filler():
    src = HEAD + "At the very heart of this very crisis is a very old grid.\n"
    assert [(f.line, f.column) for f in hs(src, "HS006")] == [at(src, "very", 2)]
    # a line break between the determiner and "very" is one blank too; "every" is not "very"
    src = HEAD + "At the\nvery heart of their\n  very crisis, every plant is Very old.\n"
    assert [(f.line, f.column) for f in hs(src, "HS006")] == [at(src, "Very")]


def test_double_spaces_are_fixable_but_line_breaks_are_not():
    src = HEAD + "The grid failed.  Officials  blamed the heat.  \nA hard line break above is fine.\n"
    found = hs(src, "HS007")
    assert [(f.line, f.column, f.end_column) for f in found] == [
        (*at(src, "  Officials"), at(src, "  Officials")[1] + 2),
        (*at(src, "  blamed"), at(src, "  blamed")[1] + 2),
    ]
    assert all((f.fix.line, f.fix.column, f.fix.end_column) == (f.line, f.column, f.end_column) for f in found)


def test_double_space_fix_positions_match_the_file():
    src = HEAD + "The grid failed.  Officials blamed the heat.\n"
    (f,) = hs(src, "HS007")
    line = src.split("\n")[f.fix.line - 1]
    assert line[f.fix.column - 1 : f.fix.end_column - 1] == "  " == f.fix.old and f.fix.new == " "


def test_hedges():
    src = HEAD + "Perhaps it works; arguably it does. It could possibly fail.\n\nPerhaps. Arguably.\n"
    (f,) = hs(src, "HS008")
    assert (f.line, f.column) == at(src, "possibly")
    assert f.message.startswith("3 hedges in this paragraph")


# ----- quiet on good briefs ----------------------------------------------------------------------------------


def test_published_examples_pass():
    paths = [str(p) for p in sorted((ROOT / "examples").iterdir()) if p.suffix in (".md", ".yaml")]
    if SPEC_EXAMPLES.is_dir():
        paths += [str(p) for p in sorted(SPEC_EXAMPLES.iterdir())]
    assert len(paths) >= 3
    assert lint_files(paths) == []


def lint_files(paths: list[str]):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "empty.yaml"
        cfg.write_text("{}\n", encoding="utf-8")
        return [f for f in run(paths, Planner(Overrides(select=("HS",)), str(cfg))).findings if f.code.startswith("HS")]


@pytest.mark.skipif(not MAKE_CORPUS.is_file(), reason="the shared benchmark corpus generator is not here")
def test_synthetic_corpus_is_quiet(tmp_path):
    subprocess.run(
        [sys.executable, str(MAKE_CORPUS), str(tmp_path), "--count", "25", "--form", "md"],
        check=True,
        capture_output=True,
    )
    paths = [str(p) for p in sorted(tmp_path.glob("*.md"))]
    assert len(paths) == 25
    assert lint_files(paths) == []


# ----- the shipped patterns run with re ---------------------------------------------------------------


def _shipped_patterns() -> list[tuple[str, bool]]:
    """Every pattern of the shipped pack as it runs: (source, ignore case)."""
    from importlib import resources

    from brieflint.checks.packs.loader import parse_pack

    text = resources.files("brieflint.rules").joinpath("house-style.yaml").read_text(encoding="utf-8")
    specs = parse_pack(text, "house-style.yaml", trusted=True)
    return [(m.source, r.ignore_case) for r in specs for m in (*r.matchers, *r.definitions)]


SHIPPED_PATTERNS = _shipped_patterns()
# words and marks the shipped patterns turn on, and characters whose case folds differently in the two engines
_PIECES = [
    *"aAbBiIsSuUkKtTeEnNoOrRhHzZlLqQdD'’ʼ‘`-.,;:()&$ \n\t0123456789",
    *("İ", "ı", "ſ", "K", "ß", "é", "\ue000"),
    *("US", "U.S.", "the", "The", "very", "Very", "this", "their", "her", "our", "or", "known as", "and", "said"),
    *("Kata'ib", "Kataib", "Hezbollah", "Hizballah", "al-Qaeda", "Al-Qaida", "Houthis", "Shi'ite", "Ba'athist"),
    *("PMF", "IRGC-QF", "NGOs", "PMF's", "MQ-9", "XIV", "(the ", "(known as the ", "Forces (", "really", "basically"),
    *("perhaps", "arguably", "Daesh", "ISIS", "ISIL", "  ", "US-led", "US$", "Party, or KDP,"),
]


def _spans(pattern: object, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_re_reads_every_shipped_pattern():
    import re

    from brieflint.checks.packs.scan import Scanner

    assert len(SHIPPED_PATTERNS) > 30
    for source, fold in SHIPPED_PATTERNS:
        assert isinstance(Scanner(source, 0, fold=fold, shipped=True).pattern, re.Pattern), source
    # a shipped pattern only regex reads would still run, with regex; a configured pack's always do
    varying = r"(?<!\bthe\s+)\bvery\b"
    assert not isinstance(Scanner(varying, 0, shipped=True).pattern, re.Pattern)
    assert not isinstance(Scanner(r"\bvery\b", 0).pattern, re.Pattern)


@pytest.mark.parametrize("source,fold", SHIPPED_PATTERNS, ids=lambda v: str(v)[:40])
def test_re_and_regex_find_the_same_matches_in_real_prose(source, fold):
    import re

    import regex

    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").iterdir()) if p.suffix in (".md", ".yaml")
    ]
    if SPEC_EXAMPLES.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SPEC_EXAMPLES.iterdir())]
    texts += [r.bad for r in RULES] + [r.good for r in RULES]
    ours = re.compile(source, re.IGNORECASE if fold else 0)
    theirs = regex.compile(source, regex.V0 | (regex.IGNORECASE if fold else 0))
    for text in texts:
        assert _spans(ours, text) == _spans(theirs, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_re_and_regex_find_the_same_matches_in_any_text(text):
    import re

    import regex

    for source, fold in SHIPPED_PATTERNS:
        ours = re.compile(source, re.IGNORECASE if fold else 0)
        theirs = regex.compile(source, regex.V0 | (regex.IGNORECASE if fold else 0))
        assert _spans(ours, text) == _spans(theirs, text), source


_HOSTILE = [  # long runs that make a backtracking pattern try every start and every length
    "a" * 40_000,
    "A" * 40_000,
    "aB" * 20_000,
    "US " * 13_000,
    "the " * 10_000,
    " " * 40_000,
    "'" * 40_000,
    "AB (x" * 8_000,
    "(the " * 8_000,
    "ab, or " * 6_000,
    "Kata'ib " * 5_000,
    "ABCDEF-" * 6_000,
    "Al-Qa" * 8_000,
    "very " * 8_000,
    " AB (x" * 6_000,
    "AB-" * 13_000,
    "IVX" * 13_000,
    "(AB" + " " * 40_000,
]


@pytest.mark.parametrize("source,fold", SHIPPED_PATTERNS, ids=lambda v: str(v)[:40])
def test_no_shipped_pattern_backtracks_without_end(source, fold):
    """re has no time bound of its own: each shipped pattern must stay far inside the pack's (1 s)."""
    import re
    import time

    from brieflint.checks.packs.spec import DEFAULT_TIMEOUT

    pattern = re.compile(source, re.IGNORECASE if fold else 0)
    for text in _HOSTILE:
        started = time.monotonic()
        for _ in pattern.finditer(text):
            pass
        assert time.monotonic() - started < DEFAULT_TIMEOUT, (source, text[:20])


def test_checking_a_brief_with_the_shipped_pack_never_imports_regex(tmp_path):
    """regex is a fifth of a one-brief run; a configured pack's patterns still use it (and its time bound)."""
    brief = tmp_path / "brief.md"
    brief.write_text(HEAD + "## Section\n\nAt the very heart of every grid is a very old turbine.\n", encoding="utf-8")
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: mine\nprefix: MY\nrules:\n  - code: MY001\n    name: no-grid\n    kind: existence\n    tokens: [grid]\n",
        encoding="utf-8",
    )
    code = (
        "import sys\n"
        "from brieflint.cli.main import main\n"
        "rc = main(['check', '--no-cache', '--select', 'HS006', sys.argv[1], *sys.argv[2:]])\n"
        "print('REGEX', 'regex' in sys.modules, rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "brief.md"], capture_output=True, text=True, cwd=tmp_path)
    assert "REGEX False 0" in proc.stdout, proc.stdout + proc.stderr
    assert "HS006" in proc.stdout and proc.stdout.count("cut 'very'") == 1
    (tmp_path / ".brieflint.yaml").write_text("rule-packs: [pack.yaml]\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", code.replace("'HS006'", "'MY001'"), "brief.md"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "REGEX True 0" in proc.stdout and "MY001" in proc.stdout, proc.stdout + proc.stderr
