"""Taxonomy rules (T): every finding at the list item (or the mention in the body), in both forms.

Briefs are really written and checked through the engine (``brieflint.testing.lint``);
expected positions are counted in the text as written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import BODY, edited, front

from brieflint.checks.taxonomy import model as tx
from brieflint.cli.main import main
from brieflint.config.settings import ConfigError
from brieflint.model import Context
from brieflint.testing import lint

MD = (
    edited(
        ("type: brief-analysis", "type: {type}"),
        ("topics: [Energy & Economics, Water & Environment]", "topics: {topics}"),
        ("regions: [Morocco]", "regions:\n{regions}"),
    )
    + "{body}\n"
)

YAML = (
    "# form: yaml\n"
    + front(MD)[4:-4]
    + "sections:\n  - heading: null\n    body: |\n      "
    + BODY.strip()
    + "\n      {body}\n"
)


def brief(
    form: str = "md",
    *,
    type="brief-analysis",
    topics="[Energy & Economics, Water & Environment]",
    regions=("Morocco",),
    body="",
) -> str:
    template = MD if form == "md" else YAML
    items = "\n".join(f"  - {r}" for r in regions)
    if form == "yaml":
        body = body.replace("\n", "\n      ")  # inside the block scalar
    return template.format(type=type, topics=topics, regions=items, body=body)


def at(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of ``needle`` in ``text``."""
    i = -1
    for _ in range(nth):
        i = text.index(needle, i + 1)
    line = text.count("\n", 0, i) + 1
    return line, i - (text.rfind("\n", 0, i) + 1) + 1


def found(text: str, code: str, **kw):
    return [f for f in lint(text, select=["T"], **kw) if f.code == code]


FORMS = ["md", "yaml"]


# ----- unknown terms -------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_unknown_region_with_suggestion_at_the_item(form):
    text = brief(form, regions=("Morocco", "Saudia Arabia"))
    [f] = found(text, "T103")
    assert (f.line, f.column) == at(text, "Saudia Arabia")
    assert (f.end_line, f.end_column) == (f.line, f.column + len("Saudia Arabia"))
    assert f.message == "unknown region 'Saudia Arabia'; did you mean 'Saudi Arabia'?"
    assert str(f.severity) == "error"


@pytest.mark.parametrize("form", FORMS)
def test_unknown_topic_in_a_flow_list(form):
    text = brief(form, topics="[Arab & Islamic Politics, Shia Politcs]")
    [f] = found(text, "T102")
    assert (f.line, f.column) == at(text, "Shia Politcs")
    assert f.message == "unknown topic 'Shia Politcs'; did you mean 'Shia Politics'?"
    assert f.data == {"suggestions": ["Shia Politics"]}


@pytest.mark.parametrize("form", FORMS)
def test_unknown_type(form):
    text = brief(form, type="brief-analysys")
    [f] = found(text, "T101")
    assert (f.line, f.column, f.end_column) == (3, 7, 21)
    assert "did you mean 'brief-analysis'?" in f.message


def test_term_of_another_kind_says_where_it_belongs():
    text = brief(topics="[Energy & Economics, Water & Environment, Iraq]")
    [f] = found(text, "T102")
    assert f.message == "'Iraq' is a region, not a topic: list it under regions"
    assert (f.line, f.column) == at(text, "Iraq")


def test_tie_names_both_suggestions():
    text = brief(regions=("Morocco", "Slovekia"))
    [f] = found(text, "T103")
    assert f.message.endswith("did you mean 'Slovakia' or 'Slovenia'?")


def test_no_suggestion_for_a_far_term():
    [f] = found(brief(regions=("Morocco", "Qwertyuiop")), "T103")
    assert "not among the taxonomy's regions" in f.message


# ----- aliases and their fixes ----------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("written", "inner"),
    [("USA", "USA"), ('"USA"', "USA"), ("'USA'", "USA"), ("U.S.", "U.S.")],
)
def test_alias_finding_and_fix_cover_exactly_the_term(form, written, inner):
    text = brief(form, regions=("Morocco", written))
    [f] = found(text, "T104")
    assert f.message == f"'{inner}' is an alias of 'United States'; write the region as 'United States'"
    assert (f.line, f.column) == at(text, written)
    assert (f.end_line, f.end_column) == (f.line, f.column + len(written))
    assert f.fix is not None
    line, col = at(text, written)
    if written != inner:
        col += 1  # inside the quotes
    assert (f.fix.line, f.fix.column, f.fix.end_line, f.fix.end_column) == (line, col, line, col + len(inner))
    assert (f.fix.old, f.fix.new) == (inner, "United States")


def test_fix_quotes_a_canonical_name_that_cannot_be_plain_in_a_flow_list(tmp_path):
    house = "topics:\n  - name: 'Oil, Gas and Power'\n    aliases: [OGP]\n"
    text = brief(topics="[Energy & Economics, Water & Environment, OGP]")
    [f] = found(text, "T104", config={"taxonomy": "house.yaml"}, files={"house.yaml": house})
    assert f.fix is not None and f.fix.old == "OGP" and f.fix.new == '"Oil, Gas and Power"'


def test_fix_of_a_double_quoted_scalar_with_escapes_replaces_it_whole():
    text = brief(regions=("Morocco", '"T\\u00fcrkiye"'))
    [f] = found(text, "T104")
    assert f.fix is not None
    assert (f.fix.old, f.fix.new) == ('"T\\u00fcrkiye"', '"Turkey"')
    assert (f.fix.line, f.fix.column) == at(text, '"T\\u00fcrkiye"')


def test_spelling_variant_is_reported_with_a_fix():
    text = brief(regions=("morocco",))
    [f] = found(text, "T104")
    assert f.message == "'morocco' is not how the taxonomy writes 'Morocco'; write 'Morocco'"
    assert f.fix is not None and (f.fix.old, f.fix.new) == ("morocco", "Morocco")


@pytest.mark.parametrize("form", FORMS)
def test_type_alias_is_fixed_in_place(form):
    text = brief(form, type="Brief Analysis")
    [f] = found(text, "T104")
    assert f.message == "'Brief Analysis' is an alias of 'brief-analysis'; write the type as 'brief-analysis'"
    assert f.fix is not None and (f.fix.line, f.fix.column, f.fix.end_column) == (3, 7, 21)


# ----- deprecated terms -----------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_deprecated_topic_from_the_shipped_taxonomy(form):
    topics = "[Arab & Islamic Politics, Political Reform]"
    text = brief(form, topics=topics)
    [f] = found(text, "T105")
    assert f.message == "topic 'Political Reform' is deprecated; use 'Democracy & Reform' (renamed)"
    assert (f.line, f.column) == at(text, "Political Reform")
    assert f.fix is not None and (f.fix.old, f.fix.new) == ("Political Reform", "Democracy & Reform")
    assert str(f.severity) == "warning"


def test_deprecated_term_from_a_layer_and_its_replacement_already_listed():
    house = "regions:\n  - name: Western Sahara\n    deprecated: {use: Morocco, note: house style since 2024}\n"
    text = brief(regions=("Morocco", "Western Sahara"))
    findings = lint(text, select=["T"], config={"taxonomy": "house.yaml"}, files={"house.yaml": house})
    [dep] = [f for f in findings if f.code == "T105"]
    assert dep.fix is None
    assert "already listed" in dep.message and "(house style since 2024)" in dep.message
    [dup] = [f for f in findings if f.code == "T107"]
    assert (dup.line, dup.column) == at(text, "Western Sahara", 1)


# ----- duplicates and parents ---------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_duplicate_after_alias_resolution(form):
    text = brief(form, regions=("Morocco", "United States", "USA"))
    findings = lint(text, select=["T"])
    [dup] = [f for f in findings if f.code == "T107"]
    assert dup.message == "region 'USA' repeats 'United States' (item 2); remove one"
    assert (dup.line, dup.column) == at(text, "USA")
    [alias] = [f for f in findings if f.code == "T104"]
    assert alias.fix is None  # the fix would create an exact duplicate


def test_identical_strings_are_left_to_the_schema():
    assert found(brief(regions=("Morocco", "Morocco")), "T107") == []


@pytest.mark.parametrize("form", FORMS)
def test_child_topic_without_its_parent(form):
    text = brief(form, topics="[Water & Environment, Sanctions]")
    f1, f2 = found(text, "T106")
    assert f1.message == (
        "topic 'Water & Environment' belongs under 'Energy & Economics', which is not tagged; add it to topics"
    )
    assert (f1.line, f1.column) == at(text, "Water & Environment")
    assert (f2.line, f2.column) == at(text, "Sanctions")


def test_parent_rule_for_regions_is_an_option():
    text = brief(regions=("Morocco",))
    assert found(text, "T106") == []
    [f] = found(text, "T106", config={"tags": {"kinds": ["topics", "regions"]}})
    assert f.message == "region 'Morocco' belongs under 'North Africa', which is not tagged; add it to regions"


# ----- a layered custom taxonomy ---------------------------------------------------------------------

HOUSE = """\
types:
  - name: explainer
    aliases: [Explainer]
topics:
  - name: Energy & Economics
    children:
      - name: Electricity
        aliases: [Power Sector]
regions:
  - name: Kurdistan Region
    aliases: [KRI]
    mentions: [Erbil, Kurdish]
"""


@pytest.mark.parametrize("form", FORMS)
def test_layered_custom_taxonomy(form):
    text = brief(
        form,
        type="explainer",
        topics="[Energy & Economics, Power Sector]",
        regions=("Morocco", "KRI"),
        body="Officials in Erbil and Kurdish leaders and the Kurdistan Region.",
    )
    findings = lint(text, select=["T"], config={"taxonomy": "house.yaml"}, files={"house.yaml": HOUSE})
    codes = sorted(f.code for f in findings)
    assert codes == ["T104", "T104"], findings
    power, kri = sorted((f for f in findings), key=lambda f: f.line)
    assert power.message == "'Power Sector' is an alias of 'Electricity'; write the topic as 'Electricity'"
    assert (power.line, power.column) == at(text, "Power Sector")
    assert kri.message == "'KRI' is an alias of 'Kurdistan Region'; write the region as 'Kurdistan Region'"
    assert (kri.line, kri.column) == at(text, "KRI")
    # without the layer the same brief has unknown terms
    plain = {f.code for f in lint(text, select=["T"])}
    assert {"T101", "T102", "T103"} <= plain


def test_taxonomy_replace_uses_only_the_configured_file():
    text = brief(type="explainer", topics="[Energy & Economics]", regions=("Kurdistan Region",))
    findings = lint(
        text, select=["T"], config={"taxonomy": ["house.yaml"], "taxonomy-replace": True}, files={"house.yaml": HOUSE}
    )
    assert [f.code for f in findings] == ["T109"]  # the Kurdistan Region is never named in the text


def test_a_broken_taxonomy_is_reported_with_its_location_and_read_once(tmp_path):
    bad = tmp_path / "tax.yaml"
    bad.write_text("topics:\n  - name: A\n    children: [A]\n", encoding="utf-8")

    class S:
        taxonomy = (str(bad),)
        taxonomy_replace = False

    ctx = Context({}, S(), {})
    with pytest.raises(ConfigError) as first:
        tx.for_context(ctx)
    assert (first.value.line, first.value.column) == (3, 16)
    bad.unlink()  # a second call must not read the file again
    with pytest.raises(ConfigError) as second:
        tx.for_context(ctx)
    assert second.value is first.value


# ----- regions in the body ---------------------------------------------------------------------------

ALGERIA = (
    "Algeria tried the same reform in 2015.\n"
    "Algerian officials reversed it, and the tariffs set in Algiers were frozen."
)


@pytest.mark.parametrize("form", FORMS)
def test_region_named_often_but_not_tagged_is_reported_at_its_first_mention(form):
    text = brief(form, body=ALGERIA)
    [f] = found(text, "T108")
    assert (f.line, f.column) == at(text, "Algeria tried")
    assert (f.end_line, f.end_column) == (f.line, f.column + len("Algeria"))
    assert f.message == (
        "'Algeria' is named 3 times in the body ('Algeria', 'Algerian', 'Algiers') but is not among the regions; add it"
    )
    assert str(f.severity) == "info" and f.data == {"region": "Algeria", "count": 3}


def test_untagged_region_options_and_broader_regions():
    text = brief(body=ALGERIA)
    assert found(text, "T108", config={"tags": {"min-mentions": 4}}) == []
    assert found(text, "T108", config={"rules": {"T108": {"exclude": ["DZ"]}}}) == []
    # 'North Africa' named three times, but Morocco (a member) is tagged: not suggested
    text = brief(body="North Africa is dry. North African states, like all of North Africa, ration water.")
    assert found(text, "T108") == []


@pytest.mark.parametrize("form", FORMS)
def test_tagged_region_never_named(form):
    text = brief(
        form, regions=("Morocco", "Tunisia", "Gulf States", "North Africa"), body="Saudi investors are watching."
    )
    [f] = found(text, "T109")
    assert f.message == (
        "region 'Tunisia' is tagged but never named in the title, summary or body; "
        "remove the tag or say why the region matters"
    )
    assert (f.line, f.column) == at(text, "Tunisia")
    assert (f.end_line, f.end_column) == (f.line, f.column + len("Tunisia"))


def test_a_region_named_only_in_the_title_counts():
    text = brief(regions=("Morocco",)).replace("Morocco's parliament", "The parliament")
    text = text.replace("Rabat's plan", "The plan")
    assert found(text, "T109") == []  # the title names Morocco


# ----- fixes applied for real -------------------------------------------------------------------------


def test_fix_through_the_command_line(tmp_path, capsys):
    path = tmp_path / "b.md"
    text = brief(
        type="Brief Analysis",
        topics="[Energy and Economics, 'Water & Environment']",
        regions=('"Kingdom of Morocco"', "Türkiye  # a comment stays"),
        body="Ankara watched.",
    )
    path.write_text(text, encoding="utf-8")
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    assert main(["check", str(path), "--select", "T", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    fixes = [f["fix"] for f in out["findings"] if "fix" in f]
    assert {(x["old"], x["new"]) for x in fixes} == {
        ("Brief Analysis", "brief-analysis"),
        ("Energy and Economics", "Energy & Economics"),
        ("Kingdom of Morocco", "Morocco"),
        ("Türkiye", "Turkey"),
    }
    main(["check", str(path), "--select", "T", "--fix"])
    capsys.readouterr()
    after = path.read_text(encoding="utf-8")
    assert after == (
        text.replace("Brief Analysis", "brief-analysis")
        .replace("Energy and Economics", "Energy & Economics")
        .replace('"Kingdom of Morocco"', '"Morocco"')
        .replace("Türkiye  #", "Turkey  #")
    )
    assert main(["check", str(path), "--select", "T"]) == 0
    assert "T104" not in capsys.readouterr().out


# ----- property: every shipped term and alias is accepted in a real brief -----------------------------

SHIPPED = tx.build()
REGION_SPELLINGS = sorted(
    (written, term.name)
    for term in SHIPPED.terms["regions"].values()
    if not term.deprecated
    for written in (term.name, *term.aliases)
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(REGION_SPELLINGS), st.sampled_from(FORMS))
def test_any_region_or_alias_is_accepted_aliases_with_the_alias_finding(spelling, form):
    written, name = spelling
    quoted = json.dumps(written, ensure_ascii=False)
    text = brief(form, regions=(quoted,), body=f"{name} matters.")
    codes = [f.code for f in lint(text, select=["T101", "T102", "T103", "T104", "T105"])]
    assert codes == ([] if written == name else ["T104"]), (written, codes)


def test_example_file_is_clean(tmp_path):
    shared = Path(__file__).resolve().parents[5] / "shared" / "spec" / "examples"
    if not shared.is_dir():
        pytest.skip("../shared is not beside the repository")
    for path in sorted(shared.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.name.endswith(".brief.yaml"):
            text = "# form: yaml\n" + text
        assert [f for f in lint(text, select=["T", "L"])] == [], path.name


def test_position_helper_is_exact():
    # guard for the `at` helper the tests rely on
    assert at("a\n  bc\n  bc", "bc") == (2, 3)
    assert at("a\n  bc\n  bc", "bc", 2) == (3, 3)


def test_suggestions_stop_after_a_hundred_unknown_terms():
    # a list of thousands of unknown tags (generated, hostile) must stay fast: no did-you-mean past 100
    regions = [f"Moroco{'x' * (i % 3)}" for i in range(100)] + ["Moroco"]
    text = brief(regions=tuple(f"'{r}{i}'" if i < 100 else f"'{r}'" for i, r in enumerate(regions)))
    findings = found(text, "T103")
    assert len(findings) == 101
    assert findings[-1].message == "unknown region 'Moroco'"
    assert "did you mean" not in findings[-1].message
