"""Schema findings (S): one per problem, located, in words a person can act on; offline."""

from __future__ import annotations

import json
import socket

import pytest
from support import edited

from brieflint.checks.schemastore import SchemaError, shipped, validator_for
from brieflint.cli.main import main
from brieflint.testing import lint

GOOD = edited(
    (
        "North Africa.\n",
        (
            "North Africa.\n"
            "  - name: Omar Haddad\n"
            "    bio: Omar Haddad is a senior fellow who writes about energy markets in Iraq.\n"
        ),
    ),
    ("topics: [Energy & Economics, Water & Environment]", "topics: [Water & Environment]"),
    (
        "regions: [Morocco]",
        (
            "regions: [Morocco]\n"
            "sources:\n"
            "  - id: law-83-21\n"
            "    title: Law 83-21 on regional multiservice companies\n"
            "    kind: legislation\n"
            "    url: https://example.org/law"
        ),
    ),
    ("passed a law to move water distribution to regional companies.", "passed a law [@law-83-21]."),
)


def s_findings(text: str, **kw):
    return [(f.code, f.line, f.column, f.message) for f in lint(text, select=["S", "E"], **kw)]


def test_good_brief_has_no_schema_findings():
    assert s_findings(GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "    bio: Omar Haddad is a senior fellow who writes about energy markets in Iraq.\n",
            "",
            ("S101", 8, 5, "authors[1] is missing required key 'bio'"),
        ),
        ("summary: >-", "abstract: >-", ("S101", 2, 1, "missing required key 'summary'")),
        ("date: 2026-03-12", "date: 2024-13-45", ("S103", 4, 7, "date '2024-13-45' is not a valid date (YYYY-MM-DD)")),
        ("regions: [Morocco]", "region: [Morocco]", ("S106", 14, 1, "unknown key 'region'; did you mean 'regions'?")),
        ("topics: [Water & Environment]", "topics: Water", ("S102", 13, 9, "topics should be a list, not a string")),
        ("    kind: legislation", "    kind: law", ("S104", 18, 11, "sources[0].kind 'law' is not one of")),
        (
            'title: "Pricing Scarcity: Morocco\'s Water Tariffs"',
            "title: Water",
            ("S105", 2, 8, "title is 5 characters long; it must be at least 10"),
        ),
        ("regions: [Morocco]", "regions: []", ("S105", 14, 10, "regions needs at least 1 item, but is empty")),
        (
            "    url: https://example.org/law",
            "    url: not a url",
            ("S103", 19, 10, "sources[0].url 'not a url' is not a valid absolute URL"),
        ),
        (
            "  - id: law-83-21",
            "  - id: law 83 21",
            ("S107", 16, 9, "sources[0].id 'law 83 21' is not in the expected form"),
        ),
        ("regions: [Morocco]", "regions: [Morocco, Iraq, Morocco]", ("S108", 14, 26, "regions lists 'Morocco' twice")),
        (
            "date: 2026-03-12",
            "date: 2026-03-12\nupdated: 2026-03-01",
            ("S110", 5, 10, "updated '2026-03-01' is before"),
        ),
        (
            "  - name: Leila Benkirane\n",
            "  - name: Leila Benkirane\n    twitter: leila\n",
            ("S106", 7, 5, "unknown key 'twitter' in authors[0]"),
        ),
    ],
)
def test_schema_problem_is_located_and_worded(old, new, expected):
    assert old in GOOD
    found = s_findings(GOOD.replace(old, new, 1))
    code, line, col, words = expected
    hits = [f for f in found if f[0] == code]
    assert hits, found
    assert (hits[0][1], hits[0][2]) == (line, col), hits
    assert words in hits[0][3]


def test_one_finding_per_problem():
    found = s_findings(GOOD.replace("date: 2026-03-12", "date: 2024-13-45"))
    assert len(found) == 1


def test_empty_value_is_located_at_its_key():
    found = s_findings(GOOD.replace("type: brief-analysis", "type:"))
    assert [(c, line, col) for c, line, col, _ in found] == [("S102", 3, 1)]


def test_yaml_form_positions():
    text = (
        "title: Desalination and the Gulf\ntype: policy-note\ndate: 2026-02-30\n"
        "authors:\n  - name: Sara Mansour\n    bio: Sara Mansour is a fellow who writes about water in the Gulf.\n"
        "summary: Gulf governments now draw most of their drinking water from the sea.\n"
        "topics: [Energy]\nregions: [Qatar]\nsections:\n  - heading: null\n    bodyy: text\n"
    )
    found = s_findings(text, form="yaml")
    assert ("S103", 3, 7) in [(c, line, col) for c, line, col, _ in found]
    assert ("S106", 12, 5) in [(c, line, col) for c, line, col, _ in found]
    assert ("S101", 11, 5) in [(c, line, col) for c, line, col, _ in found]  # sections[0] lacks body


def test_markdown_with_empty_body():
    found = s_findings(GOOD.split("---\n\n")[0] + "---\n")
    assert any(c == "S105" or "body is empty" in m for c, _, _, m in found), found


def test_uri_and_date_formats_are_checked():
    validator = validator_for(shipped("brief.schema.json"))
    assert validator.format_checker is not None
    errors = list(validator.iter_errors({"date": "2024-13-45"}))
    assert any(e.validator == "format" for e in errors)
    errors = list(validator.iter_errors({"related": [{"title": "x", "url": "not a uri"}]}))
    assert any(e.validator == "format" for e in errors), "uri is unchecked: is jsonschema[format-nongpl] installed?"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("brieflint tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_remote_ref_is_refused_without_network(no_network):
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://example.com/brief.json"}
    with pytest.raises(SchemaError, match="remote \\$ref"):
        validator_for(schema)


def test_shipped_schema_can_be_referenced_offline(no_network, tmp_path):
    house = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [{"$ref": "https://brieflint.dev/schemas/brief.schema.json"}],
        "required": ["subtitle"],
    }
    (tmp_path / "house.json").write_text(json.dumps(house))
    found = lint(GOOD, config={"schema": "house.json"}, select=["S"], files={"house.json": json.dumps(house)})
    assert [(f.code, f.line, f.column) for f in found] == [("S101", 2, 1)]
    assert "subtitle" in found[0].message


def test_remote_ref_in_configured_schema_is_a_configuration_error(no_network, tmp_path, capsys):
    (tmp_path / "house.json").write_text(json.dumps({"$ref": "http://example.com/x.json"}))
    (tmp_path / ".brieflint.yaml").write_text("schema: house.json\n")
    (tmp_path / "a.md").write_text(GOOD)
    code = main(["check", str(tmp_path / "a.md")])
    err = capsys.readouterr().err
    assert code == 2
    assert "remote $ref" in err and "network" in err and "Traceback" not in err


def test_schema_command_prints_the_shipped_schema(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["$id"] == "https://brieflint.dev/schemas/brief.schema.json"
    assert printed["$schema"].endswith("2020-12/schema")


def test_every_property_has_a_description():
    schema = shipped("brief.schema.json")
    stack = [schema]
    while stack:
        node = stack.pop()
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), name
            stack.append(prop)
        stack.extend(node.get("$defs", {}).values())
