"""The taxonomy: file format, layering, resolution, located errors, suggestions, prose mentions."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from brieflint.checks.taxonomy import model as tx
from brieflint.checks.taxonomy.files import read_trusted
from brieflint.checks.taxonomy.terms import KINDS, Taxonomy, fold
from brieflint.config.settings import ConfigError
from brieflint.document.yamledit import yaml_scalar

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = tx.build()


def layer(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def write(tmp_path: Path, name: str, text: str) -> str:
    p = tmp_path / name
    p.write_text(layer(text), encoding="utf-8")
    return str(p)


# ----- the shipped taxonomy -------------------------------------------------------------


def test_shipped_file_is_valid_against_the_schema():
    # the run-time reader skips validation of the shipped file: this test is what guards it
    tx.read_layer(tx.shipped_text(), "rules/taxonomy.yaml", validate=True)


def test_shipped_json_copy_holds_the_yaml_files_data():
    # brieflint reads the JSON copy at start-up (json.loads instead of 16 ms of YAML events)
    import json

    from brieflint import shipped
    from brieflint.document.yamldata import load_yaml

    from_yaml = load_yaml(tx.shipped_text()).data
    from_json = json.loads(shipped.read_text("brieflint.rules", tx.SHIPPED_JSON))
    assert from_json == from_yaml
    assert tx.shipped_layer() == read_trusted(tx.shipped_text(), tx.SHIPPED_LABEL)


def _same_taxonomy(a: Taxonomy, b: Taxonomy) -> None:
    assert a.sources == b.sources
    for kind in KINDS:
        assert list(a.terms[kind].items()) == list(b.terms[kind].items())  # the same terms, in the same order
        assert list(a._exact[kind].items()) == list(b._exact[kind].items())
        assert a._folded[kind] == b._folded[kind]
    assert a.mentions("regions").trie == b.mentions("regions").trie
    assert a.mentions("regions").starts.pattern == b.mentions("regions").starts.pattern


def test_built_copy_is_what_building_the_shipped_file_gives():
    # a run with no taxonomy of its own reads taxonomy.built.json instead of layering, folding and indexing
    from brieflint import shipped

    fresh = tx.build_shipped()
    assert shipped.read_text("brieflint.rules", tx.SHIPPED_BUILT) == tx.built_json(fresh), (
        "rules/taxonomy.built.json is stale: run scripts/make_taxonomy.py (or write tx.built_json(tx.build_shipped()))"
    )
    built = tx.shipped_built()
    assert built is not None
    _same_taxonomy(built, fresh)
    _same_taxonomy(tx.build_shipped(tx.shipped_text()), fresh)
    assert "regions" in built._mention_cache  # the prose matcher comes built
    assert tx.build()._mention_cache  # and build() with no files of its own takes the built copy


@pytest.mark.parametrize("broken", [OSError("gone"), '{"format": 0}', "not json", '{"format": 1, "terms": {}}'])
def test_without_a_usable_built_copy_the_shipped_file_is_built(monkeypatch, broken):
    from brieflint import shipped

    real = shipped.read_text

    def read_text(package: str, name: str) -> str:
        if name != tx.SHIPPED_BUILT:
            return real(package, name)
        if isinstance(broken, Exception):
            raise broken
        return broken

    monkeypatch.setattr(shipped, "read_text", read_text)
    assert tx.shipped_built() is None
    rebuilt = tx.build()
    assert not rebuilt._mention_cache  # built the long way
    _same_taxonomy(rebuilt, tx.build_shipped())


def test_shipped_file_is_installed_as_package_data():
    from importlib import resources

    assert resources.files("brieflint.rules").joinpath("taxonomy.yaml").is_file()
    assert resources.files("brieflint.rules").joinpath("taxonomy.json").is_file()
    assert resources.files("brieflint.rules").joinpath("taxonomy.built.json").is_file()
    assert resources.files("brieflint.schemas").joinpath("taxonomy.schema.json").is_file()


@pytest.mark.skipif(importlib.util.find_spec("countryinfo") is None, reason="the generator needs countryinfo")
def test_shipped_file_is_what_the_generator_writes():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_taxonomy.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_shipped_types_topics_and_groupings():
    types = set(SHIPPED.terms["types"])
    assert {
        "brief-analysis",
        "policy-note",
        "policy-analysis",
        "articles-testimony",
        "research-note",
        "op-ed",
        "interview",
        "report",
    } <= types
    topics = SHIPPED.terms["topics"]
    expected = {
        "Arab & Islamic Politics": {"Shia Politics", "Sunni Politics", "Islamism"},
        "Energy & Economics": {"Energy", "Water & Environment", "Trade & Investment", "Sanctions"},
        "Military & Security": {"Counterterrorism", "Proliferation", "Arms Control"},
        "Terrorism": {"Jihadist Groups"},
        "U.S. Policy": {"Diplomacy", "Foreign Aid"},
        "Peace Process": {"Israeli-Palestinian Relations", "Arab-Israeli Relations"},
    }
    for parent, children in expected.items():
        assert set(topics[parent].children) == children
        for child in children:
            assert topics[child].parents == (parent,)
    assert "Great Power Competition" in topics and "Migration & Refugees" in topics
    # subjects of every region: a brief on Armenia's elections needs no 'Arab & Islamic Politics' (T106)
    assert topics["Human Rights"].parents == () and topics["Democracy & Reform"].parents == ()
    regions = SHIPPED.terms["regions"]
    gulf = {"Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"}
    assert set(regions["Gulf States"].children) == gulf
    mena = set(regions["Middle East & North Africa"].children)
    assert {"Gulf States", "Levant", "North Africa", "Iran", "Iraq"} <= mena
    assert {"Morocco", "Egypt", "Libya", "Tunisia", "Algeria"} <= set(regions["North Africa"].children)
    assert {"Mali", "Niger", "Chad", "Burkina Faso", "Mauritania"} <= set(regions["Sahel"].children)
    assert {"France", "Germany", "Poland"} <= set(regions["Europe"].children)
    assert "Palestinian Territories" in regions["Levant"].children
    assert {"Brazil", "Cuba", "Mexico"} <= set(regions["Latin America & Caribbean"].children)
    assert {"Canada", "United States"} <= set(regions["Northern America"].children)


def test_every_iso_country_is_a_region_with_its_codes_as_aliases():
    import pycountry

    for country in pycountry.countries:
        for code in (country.alpha_2, country.alpha_3):
            match = SHIPPED.resolve("regions", code)
            assert match is not None, code
            assert match.via == "alias"
    assert len([t for t in SHIPPED.terms["regions"].values() if not t.children]) >= len(pycountry.countries)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("US", "United States"),
        ("USA", "United States"),
        ("UAE", "United Arab Emirates"),
        ("KSA", "Saudi Arabia"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Iran, Islamic Republic of", "Iran"),
        ("Syrian Arab Republic", "Syria"),
        ("Russian Federation", "Russia"),
        ("Palestine", "Palestinian Territories"),
        ("MENA", "Middle East & North Africa"),
    ],
)
def test_shipped_aliases(written, canonical):
    match = SHIPPED.resolve("regions", written)
    assert match is not None and match.via == "alias" and match.target.name == canonical


def test_spelling_variants_resolve_but_short_codes_only_exactly():
    assert SHIPPED.resolve("regions", "iraq").via == "spelling"  # type: ignore[union-attr]
    assert SHIPPED.resolve("regions", "  Saudi   Arabia ").via == "spelling"  # type: ignore[union-attr]
    assert SHIPPED.resolve("topics", "shia politics").target.name == "Shia Politics"  # type: ignore[union-attr]
    # 'and', 'can', 'per' are not Andorra, Canada and Peru
    for word in ("and", "can", "per", "usa"):
        assert SHIPPED.resolve("regions", word) is None


def test_deprecated_terms_point_at_their_replacement():
    m = SHIPPED.resolve("types", "policywatch")
    assert m is not None and m.via == "deprecated" and m.target.name == "brief-analysis"
    m = SHIPPED.resolve("topics", "Political Reform")
    assert m is not None and m.via == "deprecated" and m.target.name == "Democracy & Reform"


# ----- property tests: every term accepted, every typo suggested -----------------------------

ALL_WRITTEN = sorted(
    (kind, written, term.name)
    for kind in KINDS
    for term in SHIPPED.terms[kind].values()
    for written in (term.name, *term.aliases)
)


def test_every_term_and_alias_of_the_shipped_taxonomy_is_accepted():
    for kind, written, name in ALL_WRITTEN:
        match = SHIPPED.resolve(kind, written)
        assert match is not None, (kind, written)
        assert match.term.name == name
        assert match.via == ("name" if written == name else "alias") or match.via == "deprecated"


LONG_TERMS = sorted(
    (kind, name)
    for kind in KINDS
    for name, term in SHIPPED.terms[kind].items()
    if len(name) >= 8 and not term.deprecated
)


@st.composite
def typos(draw):
    kind, name = draw(st.sampled_from(LONG_TERMS))
    op = draw(st.sampled_from(["insert", "delete", "substitute", "transpose"]))
    i = draw(st.integers(0, len(name) - 1))
    c = draw(st.characters(categories=("Ll", "Lu", "Nd", "Zs", "Pd"), max_codepoint=0x24F))
    if op == "insert":
        typo = name[:i] + c + name[i:]
    elif op == "delete":
        typo = name[:i] + name[i + 1 :]
    elif op == "substitute":
        typo = name[:i] + c + name[i + 1 :]
    else:
        i = min(i, len(name) - 2)
        typo = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return kind, name, typo


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typos())
def test_a_one_character_typo_of_a_long_term_suggests_that_term_first(case):
    kind, name, typo = case
    match = SHIPPED.resolve(kind, typo)
    if match is not None:
        # the typo is a case or blank variant of the term (accepted, with T104), or happens
        # to be another term or alias exactly
        assert match.term.name == name or fold(typo) != fold(name)
        return
    suggestions = SHIPPED.suggest(kind, typo)
    assert suggestions, (typo, name)
    if suggestions[0] != name:
        # a genuine tie: the typo is exactly as close to another term ('Slovekia': Slovakia,
        # Slovenia); the message names both, so the term is still offered first among equals
        # (a term is as close as its closest spelling: 'Northern AFerica' is one edit from
        # Northern America and from North Africa's alias 'Northern Africa')
        def closest(term: str) -> int:
            spellings = (term, *SHIPPED.terms[kind][term].aliases)
            return min(OSA.distance(fold(typo), fold(s)) for s in spellings)

        assert name in suggestions and closest(suggestions[0]) <= closest(name), (typo, name, suggestions)


def test_known_suggestions():
    assert SHIPPED.suggest("topics", "Shia Politcs")[0] == "Shia Politics"
    assert SHIPPED.suggest("topics", "Energy & Economi")[0] == "Energy & Economics"
    assert SHIPPED.suggest("regions", "Saudia Arabia")[0] == "Saudi Arabia"
    assert SHIPPED.suggest("types", "brief analysys")[0] == "brief-analysis"
    assert SHIPPED.suggest("regions", "Qwertyuiop") == []


# ----- layering -------------------------------------------------------------------------------


def test_a_newsroom_layer_adds_terms_aliases_and_children(tmp_path):
    house = write(
        tmp_path,
        "house.yaml",
        """
        topics:
          - name: Energy & Economics
            aliases: [Econ]
            children: [Fiscal Policy]
          - name: Kurdish Affairs
            aliases: [Kurds]
        regions:
          - name: Kurdistan Region
            aliases: [KRI, Iraqi Kurdistan]
            mentions: [Erbil]
          - name: Iraq
            children: [Kurdistan Region]
        """,
    )
    t = tx.build([house])
    assert t.resolve("topics", "Econ").target.name == "Energy & Economics"  # type: ignore[union-attr]
    assert "Fiscal Policy" in t.terms["topics"]["Energy & Economics"].children
    assert t.terms["topics"]["Fiscal Policy"].parents == ("Energy & Economics",)
    # the shipped children are kept
    assert "Sanctions" in t.terms["topics"]["Energy & Economics"].children
    assert t.terms["regions"]["Kurdistan Region"].parents == ("Iraq",)
    assert "Kurdistan Region" in t.descendants("regions", "Middle East & North Africa")
    assert t.sources == ("<shipped taxonomy>", house)


def test_a_later_alias_renames_an_earlier_term(tmp_path):
    house = write(
        tmp_path,
        "house.yaml",
        """
        regions:
          - name: Türkiye
            aliases: [Turkey]
        """,
    )
    t = tx.build([house])
    assert "Turkey" not in t.terms["regions"]
    m = t.resolve("regions", "Turkey")
    assert m is not None and m.via == "alias" and m.target.name == "Türkiye"
    # Turkey's own aliases, mentions and place in the hierarchy moved with it
    assert t.resolve("regions", "TUR").target.name == "Türkiye"  # type: ignore[union-attr]
    assert "Ankara" in t.terms["regions"]["Türkiye"].mentions
    assert "Middle East & North Africa" in t.terms["regions"]["Türkiye"].parents
    assert t.resolve("regions", "Türkiye").via == "name"  # type: ignore[union-attr]


def test_a_later_layer_can_take_an_alias_for_itself_and_remove_terms(tmp_path):
    house = write(
        tmp_path,
        "house.yaml",
        """
        remove:
          regions: [Levant]
        regions:
          - name: Gulf
            aliases: [Arabian Gulf]
        """,
    )
    t = tx.build([house])
    assert t.resolve("regions", "Gulf").via == "name"  # type: ignore[union-attr]
    assert "Gulf" not in t.terms["regions"]["Gulf States"].aliases
    assert t.resolve("regions", "Levant") is None
    assert "Levant" not in t.terms["regions"]["Middle East & North Africa"].children


def test_replace_drops_the_shipped_taxonomy(tmp_path):
    own = write(tmp_path, "own.yaml", "types: [explainer]\nregions: [Atlantis]\n")
    t = tx.build([own], shipped=False)
    assert set(t.terms["types"]) == {"explainer"}
    assert t.terms["topics"] == {}
    assert t.resolve("regions", "Iraq") is None

    class S:
        taxonomy = (own,)
        taxonomy_replace = True

    assert tx.for_settings(S()).terms["regions"].keys() == {"Atlantis"}


def test_deprecation_added_by_a_layer(tmp_path):
    house = write(
        tmp_path,
        "house.yaml",
        """
        topics:
          - name: Islamism
            deprecated: {use: Political Islam Studies, note: renamed in 2025}
          - Political Islam Studies
        """,
    )
    t = tx.build([house])
    m = t.resolve("topics", "Islamism")
    assert m is not None and m.via == "deprecated" and m.target.name == "Political Islam Studies"
    assert m.term.note == "renamed in 2025"


# ----- located errors --------------------------------------------------------------------------


def error_of(tmp_path: Path, text: str) -> ConfigError:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(ConfigError) as info:
        tx.build([path])
    err = info.value
    assert err.path == path
    return err


def test_cycle_is_an_error_at_the_closing_reference(tmp_path):
    err = error_of(
        tmp_path,
        """
        topics:
          - name: A
            children:
              - name: B
                children: [C]
          - name: C
            children: [A]
        """,
    )
    assert "cycle" in err.message and "A → B → C → A" in err.message
    assert (err.line, err.column) == (7, 16)


def test_cycle_through_the_shipped_taxonomy(tmp_path):
    err = error_of(tmp_path, "regions:\n  - name: Iraq\n    children: [Middle East & North Africa]\n")
    assert "cycle" in err.message and (err.line, err.column) == (3, 16)


def test_deprecation_pointing_nowhere(tmp_path):
    err = error_of(tmp_path, "topics:\n  - name: Old\n    deprecated: {use: Nowhere}\n")
    assert "'Nowhere'" in err.message and (err.line, err.column) == (3, 23)


def test_deprecations_pointing_at_each_other(tmp_path):
    err = error_of(
        tmp_path,
        "topics:\n  - name: X\n    deprecated: {use: Y}\n  - name: Y\n    deprecated: {use: X}\n",
    )
    assert "point at each other" in err.message


def test_name_defined_twice_in_one_file(tmp_path):
    err = error_of(tmp_path, "topics:\n  - name: Oil\n  - name: Gas\n  - name: Oil\n    aliases: [Petroleum]\n")
    assert "defined twice" in err.message and (err.line, err.column) == (4, 11)


def test_alias_claimed_twice_in_one_file(tmp_path):
    err = error_of(tmp_path, "regions:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [Y, X]\n")
    assert "claimed by 'A'" in err.message and (err.line, err.column) == (5, 18)


def test_schema_errors_are_located(tmp_path):
    err = error_of(tmp_path, "topics:\n  - name: Oil\n    alias: [Petroleum]\n")
    assert "alias" in err.message and err.line == 2
    err = error_of(tmp_path, "topic:\n  - Oil\n")
    assert "unknown key 'topic'" in err.message and (err.line, err.column) == (1, 1)
    err = error_of(tmp_path, "regions:\n  - name: ' Mars'\n")
    assert err.line == 2 and err.column == 11


def test_yaml_errors_and_unreadable_files(tmp_path):
    err = error_of(tmp_path, "topics: [Oil\n")
    assert err.line is not None
    err = error_of(tmp_path, "topics: !!python/object:os.system [Oil]\n")
    assert "tag" in err.message
    with pytest.raises(ConfigError) as info:
        tx.build([str(tmp_path / "missing.yaml")])
    assert "cannot read taxonomy" in info.value.message
    err = error_of(tmp_path, "- Oil\n")
    assert "mapping" in err.message


def test_removing_an_unknown_term_is_an_error(tmp_path):
    err = error_of(tmp_path, "remove:\n  regions: [Atlantis]\n")
    assert "Atlantis" in err.message and (err.line, err.column) == (2, 13)


# ----- mentions in prose -----------------------------------------------------------------------


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.term, m.written) for m in SHIPPED.mentions().find(text)]


def test_mentions_names_demonyms_capitals_and_longest_match():
    text = (
        "The U.S. and Iran’s leaders met in Tehran; Iranians and Saudis watched. South Sudan, "
        "Guinea-Bissau and Côte d’Ivoire. The Democratic Republic of the Congo and American Samoa."
    )
    assert mentions(text) == [
        ("United States", "U.S."),
        ("Iran", "Iran"),
        ("Iran", "Tehran"),
        ("Iran", "Iranians"),
        ("Saudi Arabia", "Saudis"),
        ("South Sudan", "South Sudan"),
        ("Guinea-Bissau", "Guinea-Bissau"),
        ("Côte d'Ivoire", "Côte d’Ivoire"),
        ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
        ("American Samoa", "American Samoa"),
    ]


def test_mentions_are_whole_words_and_case_sensitive():
    assert mentions("iranian turkey chad. IranAir, Iranic, the United Nations, us") == []
    assert mentions("Jordanian officials") == [("Jordan", "Jordanian")]


def test_offsets_point_at_the_words():
    text = "In 2024, Algerian officials met."
    [m] = SHIPPED.mentions().find(text)
    assert text[m.start : m.end] == "Algerian" and m.term == "Algeria"


def test_yaml_scalar_quotes_only_when_needed():
    assert yaml_scalar("Iraq") == "Iraq"
    assert yaml_scalar("Arab & Islamic Politics") == "Arab & Islamic Politics"
    assert yaml_scalar("Iran, Islamic Republic of", flow=True) == '"Iran, Islamic Republic of"'
    assert yaml_scalar("Iran, Islamic Republic of") == "Iran, Islamic Republic of"
    for tricky in ("yes", "null", "123", "- x", "a: b", "#x", "&anchor", "'q'", "x #y", "true"):
        assert yaml_scalar(tricky).startswith('"'), tricky
