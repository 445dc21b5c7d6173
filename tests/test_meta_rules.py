"""Every registered rule is documented in three parts, and its examples behave."""

from __future__ import annotations

import pytest

from brieflint.checks.registry import collect
from brieflint.testing import lint

RULES = collect().rules
# rules whose bad example needs more than a brief's text (a file system state or a house schema)
NO_BAD_EXAMPLE = {"E001", "E011", "E100", "S109"}
# translation pairs need two files (tests/test_translations.py checks them on real pairs)
NO_BAD_EXAMPLE |= {"L201", "L202", "L203", "L204"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    parts = rule.doc_parts()
    for title in ("What it does", "Why is this bad?", "Example"):
        assert parts.get(title, "").strip(), f"{rule.code} has no '{title}' part"
    assert rule.summary and rule.name and rule.code[0].isalpha()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_triggers_and_good_does_not(rule):
    # a rule that is off by default runs when named
    select = None if rule.enabled_by_default else [rule.code]
    if rule.code in NO_BAD_EXAMPLE:
        assert not rule.bad
    else:
        assert rule.bad, f"{rule.code} has no bad example"
        found = [f.code for f in lint(rule.bad, select=select)]
        assert rule.code in found, f"{rule.code}'s bad example did not trigger it: {found}"
    assert rule.good, f"{rule.code} has no good example"
    found = [f for f in lint(rule.good, select=select) if f.code == rule.code]
    assert not found, f"{rule.code}'s good example triggered it: {found}"


def test_every_builtin_family_loads():
    """A family whose module fails to import would silently drop out of every other test."""
    rules = collect()
    assert rules.load_errors == ()
    families = {r.family for r in rules.rules if r.origin == "brieflint"}
    assert {"E", "S", "Q", "R", "T", "L"} <= families
    assert any(r.code.startswith("HS") for r in rules.rules)
