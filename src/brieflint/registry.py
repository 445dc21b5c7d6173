"""Collect the rules of a run into one explicit value.

Built-in rule families are registered exactly as plugins are: through the
entry-point group ``brieflint.rules``, each entry naming a :class:`Rule`, an
iterable of rules, or a callable returning them. Declarative rule packs are
added from the configuration. Nothing here is global: :func:`collect`
returns a new :class:`RuleSet` each time.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from brieflint.config import ConfigError
from brieflint.model import Rule

GROUP = "brieflint.rules"


@dataclass(frozen=True)
class RuleSet:
    """The rules of a run, with lookups by code, name and prefix."""

    rules: tuple[Rule, ...]
    load_errors: tuple[str, ...] = ()
    by_code: dict[str, Rule] = field(default_factory=dict, compare=False)
    names: dict[str, str] = field(default_factory=dict, compare=False)  # name -> code

    @classmethod
    def of(cls, rules: Iterable[Rule], load_errors: Iterable[str] = ()) -> RuleSet:
        ordered = tuple(sorted(rules, key=lambda r: r.code))
        return cls(
            ordered,
            tuple(load_errors),
            {r.code: r for r in ordered},
            {r.name: r.code for r in ordered},
        )

    def get(self, code_or_name: str) -> Rule | None:
        if code_or_name in self.by_code:
            return self.by_code[code_or_name]
        upper = code_or_name.upper()
        if upper in self.by_code:
            return self.by_code[upper]
        code = self.names.get(code_or_name)
        return self.by_code.get(code) if code else None

    def codes_for(self, selector: str) -> list[str]:
        """Codes a selector names: a code, a prefix (``Q``, ``Q1``), a name, or ``ALL``."""
        if selector in self.names:
            return [self.names[selector]]
        if selector == "ALL":
            return list(self.by_code)
        return [c for c in self.by_code if c.startswith(selector)]

    def matches(self, selector: str) -> bool:
        return bool(self.codes_for(selector))

    def suggest(self, selector: str) -> str:
        pool = list(self.by_code) + list(self.names)
        close = difflib.get_close_matches(selector, pool, n=1, cutoff=0.6)
        return f"; did you mean '{close[0]}'?" if close else ""


def _entry_points() -> list[Any]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group=GROUP), key=lambda ep: ep.name)


def _as_rules(obj: Any) -> list[Rule]:
    if isinstance(obj, Rule):
        return [obj]
    if callable(obj) and not isinstance(obj, type):
        obj = obj()
        if isinstance(obj, Rule):
            return [obj]
    rules = list(obj)
    bad = [r for r in rules if not isinstance(r, Rule)]
    if bad:
        raise TypeError(f"not a brieflint Rule: {bad[0]!r}")
    return rules


def collect(packs: Iterable[str] = (), *, house_style: bool = True, plugins: bool = True) -> RuleSet:
    """Every rule of a run: entry points, the shipped house-style pack, and ``packs``.

    A plugin that fails to load is left out and named in ``load_errors``, so
    one broken plugin never stops the others. A pack that fails to load is a
    :class:`ConfigError`: the user asked for it.
    """
    rules: list[Rule] = []
    errors: list[str] = []
    if plugins:
        for ep in _entry_points():
            try:
                loaded = _as_rules(ep.load())
            except Exception as exc:  # a broken plugin must not stop the run
                errors.append(f"plugin '{ep.name}' ({ep.value}) failed to load: {type(exc).__name__}: {exc}")
                continue
            origin = "brieflint" if ep.value.startswith("brieflint.") else ep.name
            rules.extend(r if r.origin == origin else _with_origin(r, origin) for r in loaded)
    pack_list = list(packs)
    if house_style and "house-style" not in pack_list:
        pack_list.insert(0, "house-style")
    if pack_list:
        from brieflint.packs import load_pack

        for pack in pack_list:
            rules.extend(load_pack(pack))
    seen: dict[str, Rule] = {}
    unique: list[Rule] = []
    for r in rules:
        if r.code in seen:
            other = seen[r.code]
            errors.append(
                f"rule code {r.code} is defined twice ({other.name} from {other.origin}, "
                f"{r.name} from {r.origin}); the second was left out"
            )
            continue
        seen[r.code] = r
        unique.append(r)
    return RuleSet.of(unique, errors)


def _with_origin(rule: Rule, origin: str) -> Rule:
    from dataclasses import replace

    return replace(rule, origin=origin)


__all__ = ["ConfigError", "RuleSet", "collect"]
