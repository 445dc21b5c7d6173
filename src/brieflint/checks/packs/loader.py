"""Declarative rule packs: YAML files of style rules built from a small, closed set of kinds.

A pack is a YAML file validated by ``schemas/rule-pack.schema.json``::

    pack: my-style
    prefix: MS
    rules:
      - code: MS001
        name: no-very
        kind: existence
        tokens: [very]
        ignore-case: true
        message: "cut '{match}': it adds nothing"

Each entry becomes an ordinary :class:`~brieflint.model.Rule` (code, name,
severity, documentation in three parts, bad and good examples) whose check
runs over the prose of the scopes it names (``title``, ``summary``,
``headings``, ``body``, ``bios``, ``quotes``), as :mod:`brieflint.document.prose` gives
it: Markdown stripped, every character mapped back to its line and column.
Text inside direct quotes (block quotes, and quotations of more than three
words in double quotes) is left out unless the rule's scope names ``quotes``:
a style rule never asks to rewrite what somebody said.

Kinds:

``existence``
    flag ``tokens`` (whole words or phrases) or ``patterns`` (regular expressions).
``substitution``
    ``swap: {wrong: right}``; each finding carries a :class:`~brieflint.model.Fix`.
``occurrence``
    at most ``max`` / at least ``min`` matches ``per`` scope, section, paragraph or document.
``consistency``
    one spelling per brief: ``groups`` of alternative spellings, or ``patterns``
    whose every distinct match is a spelling (transliterations).
``conditional``
    a key matched by ``first`` (an acronym) must be preceded by a definition
    matched by ``second`` (``Full Name (ACR)``), unless it is an exception, the
    publisher's own initials, or a use :mod:`.acronyms` reads as needing none
    (a word of a general dictionary, a written-out e-mail address, a linked site's name).

Patterns run with the ``regex`` package, compiled once per run
(``ctx.shared_value``), under a time bound per rule and file: a catastrophic
pattern gives one finding naming the rule instead of a hang. The shipped
pack's own patterns run with the standard library's ``re`` wherever it reads
them (importing ``regex`` cost a one-file run 7 % of its instructions): the tests
check that both engines find the same matches in them and that none of them
backtracks without end, and the rule's time bound (``rule-timeout``) still
stops them.

The modules, in the order a pack flows through them: :mod:`.spec` (the rules as
data), :mod:`.schema` and :mod:`.parse` (reading and validating a pack),
:mod:`.units` (the prose a rule sees), :mod:`.prefilter` (the literals a pattern
needs), :mod:`.scan` (running patterns under the time bound), :mod:`.kinds` (the
five kinds), :mod:`.docs` (documentation and examples); this one turns a pack
into :class:`~brieflint.model.Rule` objects.
"""

from __future__ import annotations

from brieflint.checks.packs.docs import example_brief, rule_doc, rule_summary
from brieflint.checks.packs.kinds import make_check
from brieflint.checks.packs.parse import json_copy_name, parse_pack, read_pack, shipped_pack
from brieflint.checks.packs.spec import SHIPPED, PackRule, token_pattern
from brieflint.checks.packs.units import Unit, quote_spans, units
from brieflint.model import Option, Rule


def load_pack(name_or_path: str) -> tuple[Rule, ...]:
    """The rules of a pack: ``house-style`` names the shipped one, anything else is a path.

    Raises :class:`~brieflint.config.settings.ConfigError` (with the file, line and
    column) for a pack that cannot be read, does not parse, does not fit
    ``schemas/rule-pack.schema.json``, or holds a pattern that does not compile.
    """
    if name_or_path in SHIPPED:
        return tuple(_to_rule(spec) for spec in shipped_pack(name_or_path))
    text, shown = read_pack(name_or_path)
    return tuple(_to_rule(spec) for spec in parse_pack(text, shown))


def _to_rule(spec: PackRule) -> Rule:
    d = spec.data
    options: tuple[Option, ...] = ()
    if spec.kind == "conditional":
        options = (Option("known", list, [], "more keys that need no definition, beside the pack's exceptions"),)
    return Rule(
        code=spec.code,
        name=spec.name,
        severity=spec.severity,
        summary=rule_summary(spec),
        check=make_check(spec),
        doc=rule_doc(spec),
        options=options,
        fixable=spec.kind == "substitution" and spec.fix,
        bad=example_brief(str(d["bad"]), spec.scopes) if d.get("bad") else "",
        good=example_brief(str(d["good"]), spec.scopes) if d.get("good") else "",
        needs_data=True,
        family=spec.code.rstrip("0123456789"),
        origin=spec.pack,
        enabled_by_default=bool(d.get("enabled", True)),
    )


__all__ = [
    "SHIPPED",
    "PackRule",
    "Unit",
    "example_brief",
    "json_copy_name",
    "load_pack",
    "parse_pack",
    "quote_spans",
    "token_pattern",
    "units",
]
