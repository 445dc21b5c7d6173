"""Declarative rule packs: every kind, scopes, exact positions, templates, validation, time bounds."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import at

from brieflint.checks.packs.loader import example_brief, load_pack, parse_pack, quote_spans, token_pattern
from brieflint.checks.registry import collect
from brieflint.cli.main import main
from brieflint.config.settings import ConfigError
from brieflint.testing import lint

HEAD = """---
title: "Water and Power in Southern Iraq, One Summer Later"
type: brief-analysis
date: 2026-01-15
authors:
  - name: Omar Haddad
    bio: >-
      Omar Haddad is a fellow at the institute who studies energy markets and
      state finance in Iraq and the Gulf.
summary: >-
  Power cuts in southern Iraq follow the same pattern each summer, and the grid
  cannot keep up with demand in the hottest weeks of the year.
topics: [Energy & Economics]
regions: [Iraq]
---

"""


def pack(*rules: str, header: str = "pack: test-pack\nprefix: XP\n") -> str:
    return header + "rules:\n" + "".join(textwrap.indent(textwrap.dedent(r).strip("\n") + "\n", "  ") for r in rules)


def run(source: str, pack_text: str, **kw):
    config = {"rule-packs": ["pack.yaml"], "house-style": False, **kw.pop("config", {})}
    return lint(source, config=config, files={"pack.yaml": pack_text}, select=kw.pop("select", ["XP"]), **kw)


def end(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    line, col = at(text, needle, nth)
    assert "\n" not in needle
    return line, col + len(needle)


def spans(findings, code="XP001"):
    return [(f.line, f.column, f.end_line, f.end_column) for f in findings if f.code == code]


EXISTENCE = """
- code: XP001
  name: no-filler
  kind: existence
  ignore-case: true
  tokens: [very, really]
  message: "cut '{match}' in the {scope}"
"""


# ----- existence --------------------------------------------------------------------


def test_existence_tokens_exact_positions_and_message():
    body = "The cut was *very* long.\nIt was Really bad, and everything failed [@x].\n"
    src = HEAD + body
    found = run(src, pack(EXISTENCE))
    assert spans(found) == [(*at(src, "very"), *end(src, "very")), (*at(src, "Really"), *end(src, "Really"))]
    assert [f.message for f in found] == ["cut 'very' in the body", "cut 'Really' in the body"]
    assert all(str(f.severity) == "warning" and f.rule == "no-filler" for f in found)


def test_literals_are_found_in_the_right_paragraph_when_folding_changes_lengths():
    # "Straße" folds to "strasse" (one letter longer): the paragraphs after it start later in the
    # folded text than in the plain one, and a match must still be looked for in its own paragraph
    body = "Die Straße ist lang und groß.\n\nSo far so good.\n\nIt was Really bad [@x].\n\nA very short one.\n"
    src = HEAD + body
    found = run(src, pack(EXISTENCE))
    assert spans(found) == [(*at(src, "Really"), *end(src, "Really")), (*at(src, "very"), *end(src, "very"))]


def test_existence_whole_words_only():
    src = HEAD + "Everything and every delivery failed; reallyness is not a word.\n"
    assert run(src, pack(EXISTENCE)) == []


def test_existence_patterns_and_case():
    rule = """
    - code: XP001
      name: no-numbered-phases
      kind: existence
      patterns: ['\\bPhase [0-9]+\\b']
    """
    src = HEAD + "Phase 2 began. phase 3 did not.\n"
    found = run(src, pack(rule))
    assert spans(found) == [(*at(src, "Phase 2"), *end(src, "Phase 2"))]
    assert found[0].message == "avoid 'Phase 2'"


def test_multiword_token_across_a_line_break():
    rule = """
    - code: XP001
      name: no-status-quo
      kind: existence
      tokens: [status quo ante]
    """
    src = HEAD + "They want the status\nquo ante restored.\n"
    found = run(src, pack(rule))
    assert [(f.line, f.column, f.end_line, f.end_column) for f in found] == [
        (*at(src, "status\n"), *end(src, "quo ante"))
    ]


# ----- scopes ------------------------------------------------------------------------


def scoped(scope: str) -> str:
    return pack(EXISTENCE.replace("ignore-case: true", f"ignore-case: true\n  scope: {scope}"))


SCOPED_SRC = """---
title: "A Very Long Summer of Shortages in Southern Iraq"
type: brief-analysis
date: 2026-01-15
authors:
  - name: Omar Haddad
    bio: Omar Haddad is a very experienced fellow who studies energy markets in Iraq.
summary: >-
  The grid is really failing, and each summer shows that the ministry cannot keep
  up with demand in the hottest weeks of the year.
topics: [Energy & Economics]
regions: [Iraq]
---

The minister said that "we are very sorry for the long cuts this summer" [@a].

> The situation is really difficult for every household.

## A very hot July

It was very hot.
"""


@pytest.mark.parametrize(
    "scope, needles",
    [
        ("title", [("Very", 0)]),
        ("summary", [("really", 0)]),
        ("headings", [("very", 3)]),
        ("body", [("very", 4)]),
        ("bios", [("very", 0)]),
        ("quotes", [("very", 1), ("really", 1)]),
        ("[title, bios]", [("Very", 0), ("very", 0)]),
    ],
)
def test_scopes(scope, needles):
    found = run(SCOPED_SRC, scoped(scope))
    assert sorted(spans(found)) == sorted((*at(SCOPED_SRC, n, k), *end(SCOPED_SRC, n, k)) for n, k in needles)


def test_default_scope_reads_everything_but_quotes():
    found = run(SCOPED_SRC, pack(EXISTENCE))
    got = sorted((f.line, f.column) for f in found)
    want = sorted(at(SCOPED_SRC, n, k) for n, k in [("Very", 0), ("very", 0), ("really", 0), ("very", 3), ("very", 4)])
    assert got == want


def test_short_quoted_phrase_is_not_a_quote():
    # three words or fewer in quotes is a term or a scare quote, which the author owns
    src = HEAD + 'They called it "very bad" and moved on.\n'
    assert spans(run(src, pack(EXISTENCE))) == [(*at(src, "very"), *end(src, "very"))]


def test_quote_spans():
    s = 'He said "one two three four" and “a b” then "x y z w v'
    assert quote_spans(s) == ((8, 28),)


# ----- YAML form ----------------------------------------------------------------------


YAML_SRC = """# form: yaml
title: 'A Really Long Summer: Iraq and Its Grid'
type: brief-analysis
date: 2026-01-15
authors:
  - name: Omar Haddad
    bio: "Omar Haddad is a fellow at the institute who studies energy and is very precise."
summary: >-
  The grid is failing, and each summer shows that the ministry cannot
  keep up: demand is really high in the hottest weeks of the year.
topics: [Energy & Economics]
regions: [Iraq]
sections:
  - heading: null
    body: |
      Demand rises with the heat.
      The cuts are very long [@a].
  - heading: Why it is really hard
    level: 2
    body: |
      Nothing is *very* simple here.
"""


def test_positions_in_yaml_form():
    found = run(YAML_SRC, pack(EXISTENCE))
    want = [
        ("Really", 0),  # single-quoted title
        ("very", 0),  # double-quoted bio
        ("really", 0),  # second line of a folded summary
        ("very", 1),  # literal block body
        ("really", 1),  # heading
        ("very", 2),  # emphasis stripped, position kept
    ]
    assert sorted(spans(found)) == sorted((*at(YAML_SRC, n, k), *end(YAML_SRC, n, k)) for n, k in want)


# ----- substitution --------------------------------------------------------------------


SUBSTITUTION = """
- code: XP001
  name: prefer-percent
  kind: substitution
  swap:
    per cent: percent
    Persian gulf: Persian Gulf
"""


def test_substitution_carries_a_fix_matching_the_file():
    src = HEAD + "Prices rose 40 per\ncent, as in the Persian gulf states.\n"
    found = run(src, pack(SUBSTITUTION))
    assert [f.message for f in found] == [
        "use 'percent' instead of 'per\ncent'".replace("\n", " "),
        "use 'Persian Gulf' instead of 'Persian gulf'",
    ]
    lines = src.split("\n")
    for f in found:
        fx = f.fix
        assert fx is not None
        assert (fx.line, fx.column, fx.end_line, fx.end_column) == (f.line, f.column, f.end_line, f.end_column)
        if fx.line == fx.end_line:
            assert lines[fx.line - 1][fx.column - 1 : fx.end_column - 1] == fx.old
    assert found[0].fix.old == "per\ncent" and found[0].fix.new == "percent"
    assert collect(plugins=False, house_style=False).rules == ()  # sanity: no pack, no rules


def test_substitution_regex_with_groups_and_no_fix_option(tmp_path):
    rule = """
    - code: XP001
      name: year-range
      kind: substitution
      regex: true
      fix: false
      swap:
      '\\b(\\d{4})-(\\d{2})\\b': '\\1–20\\2'
    """
    rule = rule.replace("      '\\b", "        '\\b")
    src = HEAD + "In 2019-21 the grid failed.\n"
    found = run(src, pack(rule))
    assert len(found) == 1 and found[0].fix is None
    assert found[0].message == "use '2019–2021' instead of '2019-21'"
    rules = load_pack(str(write(tmp_path, pack(rule))))
    assert not rules[0].fixable


def test_substitution_same_text_is_not_reported():
    rule = """
    - code: XP001
      name: gulf-case
      kind: substitution
      ignore-case: true
      swap: {persian gulf: Persian Gulf}
    """
    src = HEAD + "The Persian Gulf states and the persian gulf coast.\n"
    found = run(src, pack(rule))
    assert [(f.line, f.column) for f in found] == [at(src, "persian gulf")]


def test_substitution_keeps_the_case_of_what_it_replaces():
    rule = """
    - code: XP001
      name: no-utilize
      kind: substitution
      ignore-case: true
      swap: {utilize: use}
    """
    src = HEAD + "Utilize it. They utilize it. UTILIZE IT.\n"
    assert [f.fix.new for f in run(src, pack(rule))] == ["Use", "use", "USE"]


def test_fix_applies_through_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # --select is checked against the rules of the configuration here
    (tmp_path / "pack.yaml").write_text(pack(SUBSTITUTION), encoding="utf-8")
    (tmp_path / ".brieflint.yaml").write_text("rule-packs: [pack.yaml]\nhouse-style: false\n", encoding="utf-8")
    brief = tmp_path / "b.md"
    brief.write_text(HEAD + "Prices rose 40 per cent last year.\n", encoding="utf-8")
    code = main(["check", str(brief), "--select", "XP", "--fix"])
    out = capsys.readouterr()
    assert code == 0, out
    assert brief.read_text(encoding="utf-8") == HEAD + "Prices rose 40 percent last year.\n"


# ----- occurrence ------------------------------------------------------------------------


def occurrence(extra: str) -> str:
    base = "- code: XP001\n  name: few-hedges\n  kind: occurrence\n  ignore-case: true\n  tokens: [perhaps, arguably]\n"
    return pack(base + textwrap.indent(textwrap.dedent(extra).strip("\n") + "\n", "  "))


def test_occurrence_max_per_paragraph_points_at_the_first_extra_match():
    src = HEAD + "Perhaps so, arguably not, perhaps later.\n\nPerhaps once. Arguably twice.\n"
    found = run(src, occurrence("max: 2\nper: paragraph\nmessage: '{count} hedges in this {unit}, {max} allowed'"))
    assert spans(found) == [(*at(src, "perhaps", 0), *end(src, "perhaps", 0))]
    assert found[0].message == "3 hedges in this paragraph, 2 allowed"
    assert found[0].data == {"count": 3, "max": 2}


def test_occurrence_per_section_and_document():
    src = HEAD + "Perhaps one.\n\n## Two\n\nPerhaps two. Arguably three.\n"
    by_section = run(src, occurrence("max: 1\nper: section"))
    assert [(f.line, f.column) for f in by_section] == [at(src, "Arguably")]
    assert "section 'Two'" in by_section[0].message
    by_doc = run(src, occurrence("max: 1\nper: document"))
    assert [(f.line, f.column) for f in by_doc] == [at(src, "Perhaps", 1)]
    assert "brief" in by_doc[0].message


def test_occurrence_min_per_scope():
    src = HEAD + "Nothing hedged here.\n"
    found = run(src, occurrence("min: 1\nscope: [summary, body]"))
    # the summary (folded, starting on the line after 'summary: >-') and the body each lack one
    assert sorted((f.line, f.column) for f in found) == sorted([at(src, "Power cuts"), at(src, "Nothing")])
    assert all("at least 1" in f.message and f.data == {"count": 0, "min": 1} for f in found)


# ----- consistency -------------------------------------------------------------------------


CONSISTENCY = """
- code: XP001
  name: one-spelling
  kind: consistency
  groups:
    - [ISIS, ISIL, Daesh]
  patterns:
    - '\\bKata[''’]?ib\\s+H[ie]zb[aou]llah\\b'
"""


def test_consistency_reports_the_minority_spelling():
    src = HEAD + (
        "Kataib Hezbollah fired. Kata'ib Hezbollah denied it, and Kata’ib Hezbollah\n"
        "blamed ISIS. ISIS and ISIL differ only in name; Daesh is the Arabic acronym.\n"
    )
    found = run(src, pack(CONSISTENCY))
    # Kata'ib and Kata’ib are one spelling (two uses) against Kataib (one use)
    want = [at(src, "Kataib"), at(src, "ISIL"), at(src, "Daesh")]
    assert [(f.line, f.column) for f in found] == want
    assert found[0].message == (
        "'Kataib Hezbollah' here, but 'Kata'ib Hezbollah' elsewhere in the brief (first at line "
        f"{at(src, 'Kata' + chr(39))[0]}); use one spelling throughout"
    )
    assert found[0].end_column == at(src, "Kataib")[1] + len("Kataib Hezbollah")


def test_consistency_first_spelling_wins_a_tie_and_one_spelling_is_fine():
    src = HEAD + "ISIL lost Mosul. ISIS lost Raqqa.\n"
    found = run(src, pack(CONSISTENCY))
    assert [(f.line, f.column) for f in found] == [at(src, "ISIS")]
    assert run(HEAD + "ISIS lost Mosul. ISIS lost Raqqa.\n", pack(CONSISTENCY)) == []


def test_consistency_ignores_quotes_unless_scoped():
    src = HEAD + 'ISIS lost Mosul. A resident said "Daesh took everything we had."\n'
    assert run(src, pack(CONSISTENCY)) == []


def test_consistency_across_title_and_body_uses_document_order():
    src = HEAD.replace("Water and Power in Southern Iraq, One Summer Later", "After ISIL: Water in Southern Iraq")
    src += "ISIS lost Mosul in 2017.\n"
    found = run(src, pack(CONSISTENCY))
    assert [(f.line, f.column) for f in found] == [at(src, "ISIS lost")]


# ----- conditional ---------------------------------------------------------------------------


CONDITIONAL = """
- code: XP001
  name: define-acronyms
  kind: conditional
  scope: [summary, headings, body]
  first: '\\b([A-Z]{2,5})s?\\b'
  second: '\\(([A-Z]{2,5})s?\\)'
  exceptions: [UN]
"""


def test_conditional_defined_first_is_fine_and_used_first_is_reported_once():
    src = HEAD + (
        "The Popular Mobilization Forces (PMF) grew. The PMF now runs checkpoints.\n\n"
        "The KRG objected, and the UN said nothing. The KRG did not.\n\n"
        "The Kurdistan Regional Government (KRG) was formed in 1992.\n"
    )
    found = run(src, pack(CONDITIONAL))
    assert spans(found) == [(*at(src, "KRG"), *end(src, "KRG"))]
    line_defined = at(src, "(KRG)")[0]
    assert found[0].message == (
        f"'KRG' is used before it is spelled out (it is spelled out later, at line {line_defined}); "
        "write the full name followed by (KRG) at its first use"
    )


def test_conditional_summary_counts_before_the_body_and_known_option():
    src = HEAD.replace(
        "Power cuts in southern Iraq", "The Ministry of Electricity (MOE) says power cuts in southern Iraq"
    )
    src += "The MOE blames Iran, and the IEA agrees.\n"
    found = run(src, pack(CONDITIONAL))
    assert [(f.line, f.column) for f in found] == [at(src, "IEA")]
    assert found[0].data == {"key": "IEA"}
    assert run(src, pack(CONDITIONAL), config={"rules": {"XP001": {"known": ["IEA"]}}}) == []


def test_conditional_option_type_is_checked():
    with pytest.raises(ConfigError):
        run(HEAD + "x\n", pack(CONDITIONAL), config={"rules": {"define-acronyms": {"known": "IEA"}}})


# ----- templates, severity, documentation ------------------------------------------------------


def test_severity_and_template_fields():
    rule = EXISTENCE.replace("tokens:", "severity: error\n  tokens:")
    found = run(HEAD + "It is very late.\n", pack(rule))
    assert [str(f.severity) for f in found] == ["error"]


def test_rule_documentation_has_three_parts_and_whole_briefs(tmp_path):
    rule = EXISTENCE + "  bad: It is very late.\n  good: It is late.\n  why: Fillers weaken claims.\n"
    (r,) = load_pack(str(write(tmp_path, pack(rule))))
    parts = r.doc_parts()
    assert "'very' or 'really'" in parts["What it does"]
    assert parts["Why is this bad?"] == "Fillers weaken claims."
    assert "    It is very late." in parts["Example"] and "    It is late." in parts["Example"]
    assert r.origin == "test-pack" and r.family == "XP" and r.summary == "Avoid 'very' or 'really'."
    assert r.bad.startswith("---\n") and "It is very late." in r.bad
    assert [f.code for f in lint(r.bad, config={"rule-packs": [str(tmp_path / "pack.yaml")]})].count("XP001") == 1
    assert not [f for f in lint(r.good, config={"rule-packs": [str(tmp_path / "pack.yaml")]}) if f.code == "XP001"]


def test_example_brief_keeps_whole_briefs_and_places_fragments():
    whole = "---\ntitle: x\n---\n\nbody\n"
    assert example_brief(whole, ("body",)) == whole
    assert '\ntitle: "Very Bad  Title for a Brief"\n' in example_brief("Very Bad  Title for a Brief", ("title",))
    assert "\n## A Heading\n" in example_brief("A Heading", ("headings",))


def test_token_pattern():
    import regex

    p = regex.compile(token_pattern("Kata'ib  Hezbollah"))
    assert p.search("the Kata’ib\nHezbollah said")
    assert not regex.search(token_pattern("very"), "everything")
    assert regex.fullmatch(token_pattern("  "), "  ")


# ----- validation --------------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "pack.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def error_of(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_pack(str(write(tmp_path, text)))
    return info.value


BASE = "pack: my-style\nrules:\n  - code: MS001\n    name: no-very\n"


@pytest.mark.parametrize(
    "extra, line, column, words",
    [
        ("    kind: existance\n    tokens: [very]\n", 5, 11, "'existance' is not one of existence"),
        ("    kind: existence\n", 3, 5, "needs one of the keys 'tokens' or 'patterns'"),
        ("    kind: existence\n    tokenz: [very]\n", 6, 5, "unknown key 'tokenz' in rules[0]; did you mean 'tokens'?"),
        (
            "    kind: existence\n    tokens: [very]\n    swap: {a: b}\n",
            7,
            5,
            "'swap' does not apply to a rule of kind 'existence'",
        ),
        ("    kind: existence\n    patterns: [ok, '(unclosed']\n", 6, 20, "does not compile"),
        ("    kind: existence\n    patterns: ['x*']\n", 6, 16, "matches the empty string"),
        (
            "    kind: existence\n    tokens: [very]\n    message: 'avoid {word}'\n",
            7,
            14,
            "'{word}', which an existence rule",
        ),
        ("    kind: existence\n    tokens: [very]\n    message: 'avoid {match'\n", 7, 14, "message template"),
        ("    kind: existence\n    tokens: [very]\n    scope: [body, quote]\n", 7, 19, "'quote' is not one of"),
        ("    kind: occurrence\n    tokens: [very]\n", 3, 5, "needs one of the keys 'max' or 'min'"),
        ("    kind: occurrence\n    tokens: [very]\n    max: 1\n    min: 3\n", 8, 10, "min (3) is more than max (1)"),
        ("    kind: substitution\n    regex: true\n    swap: {'(a)': '\\2'}\n", 7, 19, "does not fit pattern"),
        ("    kind: conditional\n    first: 3\n    second: x\n", 6, 12, "must be a string or a list"),
        ("    kind: existence\n    tokens: [very]\n    severity: fatal\n", 7, 15, "'fatal' is not one of error"),
        ("    kind: existence\n    tokens: [very]\n    enabled: 'no'\n", 7, 14, "'no' is not of type 'boolean'"),
        (
            "    kind: existence\n    tokens: [very]\n"
            "  - code: MS001\n    name: b\n    kind: existence\n    tokens: [x]\n",
            7,
            11,
            "'MS001' is used twice",
        ),
        (
            "    kind: existence\n    tokens: [very]\n"
            "  - code: XY002\n    name: b\n    kind: existence\n    tokens: [x]\n",
            7,
            11,
            "another prefix",
        ),
    ],
)
def test_validation_errors_are_located(tmp_path, extra, line, column, words):
    err = error_of(tmp_path, BASE + extra)
    assert (err.line, err.column) == (line, column), str(err)
    assert words in err.message
    assert err.path == str(tmp_path / "pack.yaml")


def test_more_validation_errors(tmp_path):
    err = error_of(tmp_path, "pack: my-style\nrules: [\n")
    assert err.line == 3 and "YAML" in err.message
    err = error_of(tmp_path, "- a\n")
    assert (err.line, err.column) == (1, 1) and "mapping" in err.message
    err = error_of(tmp_path, BASE.replace("MS001", "SX001") + "    kind: existence\n    tokens: [a]\n")
    assert (err.line, err.column) == (3, 11) and "brieflint's own S rules" in err.message
    err = error_of(
        tmp_path, "pack: my-style\nprefix: AB\n" + BASE.split("\n", 1)[1] + "    kind: existence\n    tokens: [a]\n"
    )
    assert (err.line, err.column) == (4, 11) and "prefix 'AB'" in err.message
    err = error_of(tmp_path, "pack: My Style\nrules: []\n")
    assert err.line in (1, 2)
    with pytest.raises(ConfigError, match="not found"):
        load_pack(str(tmp_path / "missing.yaml"))
    (tmp_path / "bin.yaml").write_bytes(b"pack: \xff\n")
    with pytest.raises(ConfigError, match="UTF-8"):
        load_pack(str(tmp_path / "bin.yaml"))


def test_bad_pack_is_a_configuration_error_with_exit_status_2(tmp_path, capsys):
    write(tmp_path, BASE + "    kind: existence\n    tokenz: [very]\n")
    (tmp_path / ".brieflint.yaml").write_text("rule-packs: [pack.yaml]\n", encoding="utf-8")
    brief = tmp_path / "b.md"
    brief.write_text(HEAD + "Text.\n", encoding="utf-8")
    assert main(["check", str(brief)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'pack.yaml'}:6:5:" in err and "tokenz" in err and "Traceback" not in err


def test_shipped_pack_validates_against_the_schema():
    from jsonschema import Draft202012Validator

    from brieflint.checks.schemastore import shipped
    from brieflint.document.yamldata import load_yaml

    schema = shipped("rule-pack.schema.json")
    Draft202012Validator.check_schema(schema)
    from importlib import resources

    text = resources.files("brieflint.rules").joinpath("house-style.yaml").read_text(encoding="utf-8")
    data = load_yaml(text).data
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    assert [r.code for r in parse_pack(text, "house-style.yaml")][:3] == ["HS001", "HS002", "HS003"]
    # at run time the shipped pack is parsed trusted (no trial compiles): the same rules come out,
    # marked as shipped (their patterns may run with re: see tests/checks/packs/test_house_style.py)
    trusted = parse_pack(text, "house-style.yaml", trusted=True)
    assert all(r.shipped for r in trusted)
    assert [r._replace(shipped=False) for r in trusted] == parse_pack(text, "house-style.yaml")


def test_shipped_pack_is_read_from_a_json_copy_of_the_same_rules(monkeypatch):
    import subprocess
    import sys
    from importlib import resources

    from brieflint import shipped
    from brieflint.checks.packs import parse as packs

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "make_pack_json.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr  # the copy holds the YAML file's data
    assert resources.files("brieflint.rules").joinpath("house-style.json").is_file()  # installed with the package
    text = resources.files("brieflint.rules").joinpath("house-style.yaml").read_text(encoding="utf-8")
    from_copy = packs.shipped_pack("house-style")
    assert from_copy == parse_pack(text, from_copy[0].pack_id, trusted=True)
    assert [r.code for r in load_pack("house-style")] == [r.code for r in from_copy]

    real = shipped.read_text

    def without_copy(package: str, name: str) -> str:
        if name.endswith(".json"):
            raise FileNotFoundError(name)
        return real(package, name)

    monkeypatch.setattr(shipped, "read_text", without_copy)
    assert packs.shipped_pack("house-style") == from_copy  # an installation without the copy reads the YAML


def test_registry_loads_configured_packs(tmp_path):
    path = write(tmp_path, pack(EXISTENCE))
    rules = collect([str(path)], plugins=False, house_style=False)
    assert [r.code for r in rules.rules] == ["XP001"]
    assert rules.get("no-filler").origin == "test-pack"
    with_house = collect([str(path)], plugins=False)
    assert {r.origin for r in with_house.rules} == {"test-pack", "house-style"}


def test_inline_suppression_of_a_pack_rule():
    src = HEAD + "<!-- brieflint-disable-next-line XP001 -->\nIt is very late.\nIt is really late.\n"
    found = run(src, pack(EXISTENCE))
    assert [(f.code, f.line) for f in found] == [("XP001", at(src, "really")[0])]


# ----- time bound ------------------------------------------------------------------------------------


def test_catastrophic_pattern_is_stopped_and_named():
    rule = """
    - code: XP001
      name: slow-pattern
      kind: existence
      patterns: ['(?:(a+)\\1)+$']
    """
    src = HEAD + ("a" * 60 + "b ") * 3 + "\n\nA second paragraph.\n"
    text = pack(rule, header="pack: test-pack\nprefix: XP\ntimeout: 0.3\n")
    started = time.monotonic()
    found = run(src, text)
    elapsed = time.monotonic() - started
    assert elapsed < 5, elapsed
    assert len(found) == 1
    f = found[0]
    assert f.code == "XP001" and "slow-pattern" in f.message and "0.3 s" in f.message
    assert (f.line, f.column) == at(src, "aaaa")
    assert json.loads(json.dumps(dict(f.data)))["pattern"] == "(?:(a+)\\1)+$"


def test_patterns_are_compiled_once_per_run(monkeypatch, tmp_path):
    import regex

    calls = []
    real = regex.compile

    def counting(p, flags=0, **kw):
        calls.append(p)
        return real(p, flags, **kw)

    (r,) = load_pack(str(write(tmp_path, pack(EXISTENCE))))
    monkeypatch.setattr(regex, "compile", counting)
    from brieflint.document.brief import parse
    from brieflint.model import Context

    ctx = Context(options={}, shared={})
    for _ in range(3):
        doc = parse("b.md", HEAD + "It is very late.\n", form="markdown")
        assert len(list(r.check(doc, ctx))) == 1
    # once, on the first document; "really" is in no paragraph, so its pattern is never compiled
    assert len(calls) == 1 and "very" in calls[0]
    doc = parse("b.md", HEAD + "It is really late.\n", form="markdown")
    assert len(list(r.check(doc, ctx))) == 1
    assert len(calls) == 2 and "really" in calls[1]


def _mask_by_character(value: str, spans: list[tuple[int, int]], *, inside: bool) -> str:
    """The implementation _mask replaced: one character at a time."""
    from brieflint.checks.packs.spec import MASK as _MASK

    chars = list(value)
    if inside:
        for a, b in spans:
            for k in range(a, b):
                if chars[k] != "\n":
                    chars[k] = _MASK
        return "".join(chars)
    keep = [False] * len(chars)
    for a, b in spans:
        for k in range(a, b):
            keep[k] = True
    return "".join(c if keep[k] or c == "\n" else _MASK for k, c in enumerate(chars))


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab \n“”", max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30))),
    st.booleans(),
)
def test_masking_slice_by_slice_is_masking_character_by_character(
    value: str, raw: list[tuple[int, int]], inside: bool
) -> None:
    from brieflint.checks.packs.units import _mask

    spans = [(min(a, b, len(value)), min(max(a, b), len(value))) for a, b in raw]  # overlapping, unsorted, empty
    assert _mask(value, spans, inside=inside) == _mask_by_character(value, spans, inside=inside)
    quotes = list(quote_spans(value, 1))
    assert _mask(value, quotes, inside=inside) == _mask_by_character(value, quotes, inside=inside)


def test_a_rule_with_enabled_false_runs_only_when_named():
    rule = EXISTENCE.replace("kind: existence", "kind: existence\n  enabled: false")
    src = HEAD + "It was very hot.\n"
    assert spans(run(src, pack(rule))) == []  # the prefix does not switch it on
    assert len(spans(run(src, pack(rule), select=["XP", "XP001"]))) == 1
    assert len(spans(run(src, pack(rule), select=["no-filler"]))) == 1
    assert len(spans(run(src, pack(EXISTENCE)))) == 1
