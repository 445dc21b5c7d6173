"""Collect the rules of a run into one explicit value.

Built-in rule families are registered exactly as plugins are: through the
entry-point group ``brieflint.rules``, each entry naming a :class:`Rule`, an
iterable of rules, or a callable returning them. Declarative rule packs are
added from the configuration. Nothing here is global: :func:`collect`
returns a new :class:`RuleSet` each time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from brieflint.errors import ConfigError
from brieflint.model import Rule
from brieflint.records import NamedTuple

GROUP = "brieflint.rules"


class RuleSet(NamedTuple):
    """The rules of a run, with lookups by code, name and prefix (made by :meth:`of`)."""

    rules: tuple[Rule, ...]
    load_errors: tuple[str, ...] = ()
    by_code: Mapping[str, Rule] = MappingProxyType({})
    names: Mapping[str, str] = MappingProxyType({})  # name -> code

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
        import difflib

        close = difflib.get_close_matches(selector, pool, n=1, cutoff=0.6)
        return f"; did you mean '{close[0]}'?" if close else ""


class EntryPoint(NamedTuple):
    """One ``brieflint.rules`` entry point of an installed distribution."""

    name: str
    value: str
    dist: str
    version: str

    def load(self) -> Any:
        from importlib import import_module

        module, _, attrs = self.value.partition(":")
        obj = import_module(module.strip())
        for attr in filter(None, attrs.split("[")[0].strip().split(".")):
            obj = getattr(obj, attr)
        return obj


def _normalize(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "_", name).lower()


def _group_entries(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of one section of an ``entry_points.txt``."""
    out: list[tuple[str, str]] = []
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == group
        elif inside and "=" in line:
            name, _, value = line.partition("=")
            out.append((name.strip(), value.strip()))
    return out


def _scan(group: str) -> list[EntryPoint] | None:
    """Entry points read straight from the ``*.dist-info``/``*.egg-info`` directories on ``sys.path``.

    What ``importlib.metadata.entry_points(group=...)`` finds (first distribution
    of a name wins), without importing it: that import alone costs ≈50 ms, a
    sixth of a pre-commit run's budget. ``None`` when ``sys.path`` holds
    something this does not read (a zip archive): the caller then asks
    importlib.metadata.
    """
    import os
    import sys

    seen: set[str] = set()
    found: list[EntryPoint] = []
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except NotADirectoryError:  # a zip archive on sys.path
            return None
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                stem = name[: -len(".dist-info")]
            elif name.endswith(".egg-info"):
                stem = name[: -len(".egg-info")]
            else:
                continue
            dist, _, rest = stem.partition("-")
            key = _normalize(dist)
            if key in seen:
                continue
            meta = os.path.join(folder, name)
            if not os.path.isdir(meta):
                if name.endswith(".egg-info"):  # a single-file PKG-INFO: no entry points
                    seen.add(key)
                    continue
                return None
            seen.add(key)
            try:
                with open(os.path.join(meta, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if f"[{group}]" not in text.replace(" ", ""):
                continue
            version = rest.split("-")[0] if rest else _version_of(meta)
            found.extend(EntryPoint(n, v, dist, version) for n, v in _group_entries(text, group))
    return found


def _version_of(meta: str) -> str:
    import os

    for filename in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(meta, filename), encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("Version:"):
                        return line.partition(":")[2].strip()
                    if not line.strip():
                        break
        except OSError:
            continue
    return "?"


def entry_points(group: str = GROUP) -> list[EntryPoint]:
    """Every entry point of ``group`` among the installed distributions, sorted by name."""
    found = _scan(group)
    if found is None:
        from importlib.metadata import entry_points as metadata_entry_points

        found = [
            EntryPoint(ep.name, ep.value, getattr(ep.dist, "name", "?"), getattr(ep.dist, "version", "?"))
            for ep in metadata_entry_points(group=group)
        ]
    return sorted(found, key=lambda ep: ep.name)


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


def collect(
    packs: Iterable[str] = (),
    *,
    house_style: bool = True,
    plugins: bool = True,
    guard: Callable[[Callable[[], list[Rule]]], list[Rule]] | None = None,
) -> RuleSet:
    """Every rule of a run: entry points, the shipped house-style pack, and ``packs``.

    A plugin that fails to load (raises, exits, or, under ``guard``, takes too
    long) is left out and named in ``load_errors``, so one broken plugin never
    stops the others. A pack that fails to load is a :class:`ConfigError`: the
    user asked for it. ``guard(load)`` runs each entry point's ``load`` (the
    planner bounds it in time and sends its ``print()`` to stderr).
    """
    rules: list[Rule] = []
    errors: list[str] = []
    if plugins:
        for ep in entry_points(GROUP):
            try:
                loaded = guard(_loader(ep)) if guard is not None else _as_rules(ep.load())
            except (Exception, SystemExit) as exc:  # a broken plugin must not stop the run
                errors.append(f"plugin '{ep.name}' ({ep.value}) failed to load: {type(exc).__name__}: {exc}")
                continue
            origin = "brieflint" if ep.value.startswith("brieflint.") else ep.name
            rules.extend(r if r.origin == origin else _with_origin(r, origin) for r in loaded)
    pack_list = list(packs)
    if house_style and "house-style" not in pack_list:
        pack_list.insert(0, "house-style")
    if pack_list:
        from brieflint.checks.packs.loader import load_pack

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


def _loader(ep: EntryPoint) -> Callable[[], list[Rule]]:
    return lambda: _as_rules(ep.load())


def _with_origin(rule: Rule, origin: str) -> Rule:
    return rule._replace(origin=origin)


__all__ = ["ConfigError", "EntryPoint", "RuleSet", "collect", "entry_points"]
