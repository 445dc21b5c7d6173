"""The quick schema predicate never calls a brief valid that jsonschema rejects.

``brieflint.checks.quickschema`` lets a valid brief skip importing jsonschema. Its
one promise is soundness: ``True`` only where jsonschema (with brieflint's
format checker) reports no error. These tests hold it to that on the example
briefs, a generated corpus, every keyword of the shipped schema broken in
turn, and random mutations of a valid brief; and they check that it says
``True`` often enough to be worth having.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rfc3986_validator import validate_rfc3986

from brieflint.checks.examples import GOOD
from brieflint.checks.quickschema import compile_schema
from brieflint.checks.schemastore import shipped, validator_for
from brieflint.document.brief import load, parse

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCHEMA = shipped("brief.schema.json")
QUICK = compile_schema(SCHEMA)
FULL = validator_for(SCHEMA, trusted=True)


def _valid(instance: Any) -> bool:
    return next(iter(FULL.iter_errors(instance)), None) is None


def _agree(instance: Any) -> None:
    assert QUICK is not None
    if QUICK(instance):
        assert _valid(instance), f"quick check called an invalid instance valid: {instance!r}"


def _data(text: str, name: str = "brief.md") -> Any:
    return parse(name, text, form="markdown").data


GOOD_DATA = _data(GOOD)


def test_the_shipped_schema_compiles_and_accepts_the_example() -> None:
    assert QUICK is not None
    assert _valid(GOOD_DATA)
    assert QUICK(GOOD_DATA) is True


def _briefs(tmp_path: Path) -> list[Path]:
    files = sorted((ROOT / "examples").rglob("*.md")) + sorted((ROOT / "examples").rglob("*.yaml"))
    if (SHARED / "spec" / "examples").is_dir():
        files += sorted(p for p in (SHARED / "spec" / "examples").iterdir() if p.is_file())
    maker = SHARED / "bench" / "make_corpus.py"
    if maker.is_file():
        out = tmp_path / "corpus"
        subprocess.run(
            [sys.executable, str(maker), str(out), "--count", "150", "--form", "both", "--defects", "0.5"],
            check=True,
            capture_output=True,
        )
        files += sorted(out.glob("brief-*"))
    return files


def test_agrees_with_jsonschema_on_real_briefs(tmp_path: Path) -> None:
    files = _briefs(tmp_path)
    verdicts = {"quick": 0, "valid": 0, "invalid": 0}
    for path in files:
        data = load(path).data
        if data is None:
            continue
        quick = QUICK(data)
        valid = _valid(data)
        assert not (quick and not valid), path
        verdicts["quick"] += quick
        verdicts["valid" if valid else "invalid"] += 1
        # cautious answers are allowed, but they must stay rare on valid briefs
    assert verdicts["valid"] > 0
    assert verdicts["quick"] == verdicts["valid"], verdicts


# One mutation per keyword of the shipped schema: each must make the brief invalid,
# and the quick check must not call it valid.
MUTATIONS: list[tuple[str, Any]] = [
    ("required", lambda d: d.pop("summary")),
    ("additionalProperties", lambda d: d.update(extra=1)),
    ("type", lambda d: d.update(title=5)),
    ("type-list", lambda d: d["sections"][0].update(heading=3)),
    ("minLength", lambda d: d.update(summary="")),
    ("minLength-bio", lambda d: d["authors"][0].update(bio="short")),
    ("minItems", lambda d: d.update(topics=[])),
    ("uniqueItems", lambda d: d.update(regions=["Morocco", "Morocco"])),
    ("format-date", lambda d: d.update(date="2026-02-30")),
    ("format-date-shape", lambda d: d.update(date="2026-3-12")),
    ("format-uri", lambda d: d["authors"][0].update(url="not a uri")),
    ("format-uri-pct", lambda d: d["authors"][0].update(url="https://example.org/%zz")),
    ("pattern", lambda d: d["authors"][0].update(slug="Not A Slug")),
    ("enum", lambda d: d.update(sources=[{"id": "a", "title": "A", "kind": "blog"}])),
    ("enum-non-string", lambda d: d.update(sources=[{"id": "a", "title": "A", "kind": 1}])),
    ("minimum", lambda d: d["sections"][0].update(level=0)),
    ("maximum", lambda d: d["sections"][0].update(level=4)),
    ("integer", lambda d: d["sections"][0].update(level=2.5)),
    ("bool-is-not-integer", lambda d: d["sections"][0].update(level=True)),
    ("ref-required", lambda d: d["authors"][0].pop("bio")),
    ("ref-additional", lambda d: d["authors"][0].update(email="x@example.org")),
    ("items", lambda d: d.update(topics=["Energy & Economics", 3])),
    ("non-string-key", lambda d: d.update({1: "x"})),
]


@pytest.mark.parametrize("name,mutate", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_every_keyword_violation_goes_to_jsonschema(name: str, mutate: Any) -> None:
    data = copy.deepcopy(GOOD_DATA)
    mutate(data)
    assert not _valid(data), f"mutation {name} should make the brief invalid"
    assert QUICK is not None and QUICK(data) is False


@pytest.mark.parametrize(
    "options",
    [[1], [True], [False, 0], ["a", None], [1.0, "1"], [0.5], [None], [[1]], [{"a": 1}]],
)
@pytest.mark.parametrize("value", [1, 1.0, True, False, 0, 0.0, "a", "1", None, 0.5, [1], {"a": 1}, float("nan")])
def test_enum_and_const_equality_is_jsonschemas(options: list[Any], value: Any) -> None:
    from jsonschema import Draft202012Validator

    for schema in ({"enum": options}, {"const": options[0]}):
        check = compile_schema(schema)
        assert check is not None
        if check(value):
            assert Draft202012Validator(schema).is_valid(value), (schema, value)
    if not isinstance(value, list | dict):  # scalars are decided here, not left to jsonschema
        assert compile_schema({"enum": options})(value) == Draft202012Validator({"enum": options}).is_valid(value)  # type: ignore[misc]


def test_integral_float_is_an_integer_as_in_jsonschema() -> None:
    data = copy.deepcopy(GOOD_DATA)
    data["sections"][0]["level"] = 2.0
    assert _valid(data) and QUICK is not None and QUICK(data) is True


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["", "x", "2026-03-12", "2026-13-01", "https://example.org/a?b#c", "http://[::1]/", "Morocco"])
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["name", "bio", "id", "x"]), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_random_mutations_never_fool_it(data: st.DataObject) -> None:
    instance = copy.deepcopy(GOOD_DATA)
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _paths(instance) if p]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        parent = instance
        for part in path[:-1]:
            parent = parent[part]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = data.draw(_JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["url", "level", "kind", "slug", "orcid", "zzz"]))] = data.draw(_JSON)
        else:
            parent.append(data.draw(_JSON))
    _agree(instance)


_URI_CHARS = st.text(alphabet="abAZ09-._~!$&'()*+,;=:@/?#%[]fF \n", max_size=30)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(_URI_CHARS, st.builds(lambda s: "https://" + s, _URI_CHARS)))
def test_uri_subset_is_inside_rfc3986(text: str) -> None:
    from brieflint.checks.quickschema import _uri_ok

    if _uri_ok(text):
        assert validate_rfc3986(text, rule="URI"), text


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "string"}, {"type": ["string", "null"]}]},
        {"not": {"type": "string"}},
        {"prefixItems": [{"type": "string"}]},
        {"$ref": "https://example.org/remote.json"},
        {"format": "email"},
        {"patternProperties": {"^x": {}}},
        {"type": "strnig"},
        {"items": [{"type": "string"}]},
        {"unevaluatedProperties": False},
    ],
)
def test_schemas_outside_the_modelled_keywords_are_left_to_jsonschema(schema: dict[str, Any]) -> None:
    assert compile_schema(schema) is None


def test_a_valid_brief_is_checked_without_importing_jsonschema(tmp_path: Path) -> None:
    brief = tmp_path / "brief.md"
    brief.write_text(GOOD, encoding="utf-8")
    code = (
        "import sys\n"
        "from brieflint.cli.main import main\n"
        f"rc = main(['check', '--no-cache', '--select', 'S', {str(brief)!r}])\n"
        "print(rc, 'jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split()[-2:] == ["0", "False"], out.stdout + out.stderr


def test_an_invalid_brief_still_gets_jsonschema_findings(tmp_path: Path) -> None:
    brief = tmp_path / "brief.md"
    brief.write_text(GOOD.replace("date: 2026-03-12", "date: 2026-02-30"), encoding="utf-8")
    code = (
        "from brieflint.cli.main import main\n"
        f"raise SystemExit(main(['check', '--no-cache', '--select', 'S', {str(brief)!r}]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 1
    assert "S103" in out.stdout


# ----- the configuration schema (no format checker, one oneOf) --------------------------

CONFIG_SCHEMA = shipped("config.schema.json")
CONFIG_QUICK = compile_schema(CONFIG_SCHEMA, formats=False)


def _config_valid(instance: Any) -> bool:
    from jsonschema import Draft202012Validator

    return next(iter(Draft202012Validator(CONFIG_SCHEMA).iter_errors(instance)), None) is None


def test_oneof_is_modelled_only_when_its_branches_cannot_overlap() -> None:
    disjoint = {"oneOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string"}}]}
    check = compile_schema(disjoint)
    assert check is not None
    assert check("a") and check(["a"]) and not check("") and not check(3)
    assert compile_schema({"oneOf": [{"type": "integer"}, {"type": "number"}]}) is None  # 1 is both
    assert compile_schema({"oneOf": [{"minLength": 1}, {"type": "string"}]}) is None  # no type to tell them apart


_CONFIG_VALUES = st.one_of(
    _JSON,
    st.lists(st.sampled_from(["Q", "Q101", "HS", "unattributed-quote", "", "nope"]), max_size=3),
    st.dictionaries(st.sampled_from(["Q101", "R", "docs/*.md", "min-words"]), _JSON, max_size=2),
)


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([*CONFIG_SCHEMA["properties"], "unknown-key"]),
        _CONFIG_VALUES,
        max_size=5,
    )
)
def test_config_quick_check_never_passes_an_invalid_configuration(config: dict[str, Any]) -> None:
    assert CONFIG_QUICK is not None
    if CONFIG_QUICK(config):
        assert _config_valid(config), config


def test_config_quick_check_passes_the_configurations_in_the_docs() -> None:
    from brieflint.document.yamldata import load_yaml

    assert CONFIG_QUICK is not None
    samples = [
        {},
        {"select": ["Q", "S"], "ignore": ["R104"], "taxonomy": "taxonomy.yaml", "house-style": False},
        {"taxonomy": ["a.yaml", "b.yaml"], "rule-timeout": 5, "per-file-ignores": {"drafts/*.md": ["R"]}},
    ]
    text = (ROOT / ".brieflint.yaml").read_text(encoding="utf-8") if (ROOT / ".brieflint.yaml").is_file() else ""
    if text:
        samples.append(load_yaml(text).data or {})
    for config in samples:
        assert _config_valid(config), config
        assert CONFIG_QUICK(config) is True, config


def test_a_valid_configuration_and_taxonomy_are_read_without_importing_jsonschema(tmp_path: Path) -> None:
    (tmp_path / ".brieflint.yaml").write_text(
        "select: [S, Q, T]\nignore: [Q105]\nrule-timeout: 5\ntaxonomy: house.yaml\n", encoding="utf-8"
    )
    (tmp_path / "house.yaml").write_text("version: 1\nregions:\n  - name: Atlantis\n    aliases: [Atlantica]\n")
    (tmp_path / "brief.md").write_text(GOOD, encoding="utf-8")
    code = (
        "import sys\n"
        "from brieflint.cli.main import main\n"
        "rc = main(['check', '--no-cache', 'brief.md'])\n"
        "print(rc, 'jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.split()[-2:] == ["0", "False"], out.stdout + out.stderr
    # and a broken one still gets jsonschema's located error
    (tmp_path / ".brieflint.yaml").write_text("rule-timeout: soon\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--no-cache", "brief.md"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert bad.returncode == 2 and "rule-timeout" in bad.stderr and ":1:" in bad.stderr, bad.stderr


# ----- taxonomy files --------------------------------------------------------------------

TAXONOMY_SCHEMA = shipped("taxonomy.schema.json")
TAXONOMY_QUICK = compile_schema(TAXONOMY_SCHEMA, formats=False)


def _taxonomy_valid(instance: Any) -> bool:
    from jsonschema import Draft202012Validator

    return next(iter(Draft202012Validator(TAXONOMY_SCHEMA).iter_errors(instance)), None) is None


def test_the_shipped_taxonomy_passes_the_quick_check() -> None:
    from brieflint.document.yamldata import load_yaml
    from brieflint.shipped import read_text

    data = load_yaml(read_text("brieflint.rules", "taxonomy.yaml")).data
    assert _valid_taxonomy_and_quick(data)


def _valid_taxonomy_and_quick(data: Any) -> bool:
    assert TAXONOMY_QUICK is not None
    return _taxonomy_valid(data) and TAXONOMY_QUICK(data)


_TERM = st.one_of(
    st.sampled_from(["Morocco", " Morocco", "", "Two\nlines"]),
    st.fixed_dictionaries(
        {"name": st.sampled_from(["Gulf", "", "Gulf "])},
        optional={
            "aliases": st.lists(st.sampled_from(["GCC", "", 3]), max_size=2),
            "children": st.lists(st.sampled_from(["Qatar", "Oman"]), max_size=2),
            "code": st.sampled_from(["QA", "qa", 1]),
            "deprecated": _JSON,
            "zzz": _JSON,
        },
    ),
    _JSON,
)


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["types", "topics", "regions", "remove", "version", "other"]),
        st.one_of(st.lists(_TERM, max_size=3), _JSON),
        max_size=4,
    )
)
def test_taxonomy_quick_check_never_passes_an_invalid_file(data: dict[str, Any]) -> None:
    assert TAXONOMY_QUICK is not None
    if TAXONOMY_QUICK(data):
        assert _taxonomy_valid(data), data
