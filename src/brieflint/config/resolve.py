"""Resolving a configuration against the rules that exist: frozen :class:`Settings`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from brieflint.config.read import RawConfig
from brieflint.config.settings import DEFAULT_MAX_BYTES, Overrides, Settings
from brieflint.model import Rule, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet

FAMILY_SECTIONS = {"quotes": "Q", "readability": "R", "tags": "T", "links": "L"}


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def pack_paths(raw: RawConfig) -> tuple[str, ...]:
    """The rule packs a configuration names, as absolute paths (``house-style`` stays a name)."""
    out = []
    for p in _strings(raw.data.get("rule-packs")):
        out.append(p if p == "house-style" else raw.resolve_path(p))
    return tuple(out)


def resolve(raw: RawConfig, rules: RuleSet, overrides: Overrides | None = None) -> Settings:
    """Settings from a configuration and the CLI, checked against the rules that exist."""
    data = raw.data
    overrides = overrides or Overrides()
    select = overrides.select if overrides.select is not None else _strings(data.get("select"))
    ignore = _strings(data.get("ignore")) + overrides.ignore
    for key, values in (("select", _strings(data.get("select"))), ("ignore", _strings(data.get("ignore")))):
        for i, sel in enumerate(values):
            if not rules.matches(sel):
                raise raw.error(f"{key}: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", key, i)
    # command-line selectors are checked against every plan of the run (Planner.check_cli):
    # in a monorepo, a pack's codes exist only for the files its configuration covers
    severity: dict[str, Severity] = {}
    for sel, level in (data.get("severity") or {}).items():
        codes = rules.codes_for(sel)
        if not codes:
            raise raw.error(
                f"severity: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", "severity", sel, "<key>"
            )
        for code in codes:
            severity[code] = Severity.parse(level)
    pfi: list[tuple[str, tuple[str, ...]]] = []
    for pattern, codes in (data.get("per-file-ignores") or {}).items():
        for i, sel in enumerate(codes):
            if not rules.matches(sel):
                raise raw.error(
                    f"per-file-ignores: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}",
                    "per-file-ignores",
                    pattern,
                    i,
                )
        pfi.append((pattern, tuple(codes)))
    options = _resolve_options(raw, rules)
    enabled = frozenset(r.code for r in rules.rules if _enabled(r, select, ignore, rules))
    taxonomy = data.get("taxonomy")
    taxonomy_files = tuple(raw.resolve_path(t) for t in _strings(taxonomy))
    fail_on = overrides.fail_on or data.get("fail-on") or "error"
    unused = data.get("report-unused-suppressions", True)
    if overrides.report_unused_suppressions is not None:
        unused = overrides.report_unused_suppressions
    return Settings(
        source=raw.path,
        root=raw.root,
        select=select,
        ignore=ignore,
        severity=severity,
        per_file_ignores=tuple(pfi),
        exclude=_strings(data.get("exclude")),
        schema=raw.resolve_path(data["schema"]) if data.get("schema") else None,
        taxonomy=taxonomy_files,
        taxonomy_replace=bool(data.get("taxonomy-replace", False)),
        rule_packs=pack_paths(raw),
        house_style=bool(data.get("house-style", True)),
        max_file_size=int(data.get("max-file-size", DEFAULT_MAX_BYTES)),
        fail_on=Severity.parse(fail_on),
        report_unused_suppressions=bool(unused),
        options=options,
        enabled=enabled,
        rule_timeout=float(data.get("rule-timeout", 10.0)),
    )


def _specificity(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule``: 0 not at all, higher is more specific."""
    if selector == "ALL":
        return 1
    if selector == rule.name:
        return 1000
    if rule.code.startswith(selector):
        return 1 + len(selector)
    return 0


def _enabled(rule: Rule, select: Iterable[str], ignore: Iterable[str], rules: RuleSet) -> bool:
    if not rule.enabled_by_default:
        # off unless named by its code or name: a prefix or ALL does not switch it on
        named = [s for s in select if s in (rule.code, rule.name)]
        if not named:
            return False
        select = named
    best_select = max((_specificity(s, rule) for s in select), default=0)
    best_ignore = max((_specificity(s, rule) for s in ignore), default=0)
    if not tuple(select):
        best_select = max(best_select, 1)  # every rule is on by default
    if best_ignore and best_ignore >= best_select:
        return False
    return best_select > 0


def _resolve_options(raw: RawConfig, rules: RuleSet) -> dict[str, dict[str, Any]]:
    """Per-rule options: defaults, then family sections, then ``rules:`` entries."""
    data = raw.data
    out: dict[str, dict[str, Any]] = {r.code: r.defaults() for r in rules.rules}
    layers: list[tuple[tuple[Any, ...], str, Mapping[str, Any]]] = []
    for section, prefix in FAMILY_SECTIONS.items():
        if isinstance(data.get(section), dict):
            layers.append(((section,), prefix, data[section]))
    for sel, opts in (data.get("rules") or {}).items():
        if not rules.matches(sel):
            raise raw.error(
                f"rules: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", "rules", sel, "<key>"
            )
        layers.append((("rules", sel), sel, opts))
    # family-wide layers first, then the most specific
    layers.sort(key=lambda layer: len(layer[1]) if layer[1] not in rules.names else 1000)
    for where, sel, opts in layers:
        targets = [rules.by_code[c] for c in rules.codes_for(sel)]
        for name, value in opts.items():
            declaring = [r for r in targets if any(o.name == name for o in r.options)]
            if not declaring:
                known = sorted({o.name for r in targets for o in r.options})
                hint = f"; options here: {', '.join(known)}" if known else "; these rules take no options"
                raise raw.error(f"unknown option '{name}' for {sel}{hint}", *where, name, "<key>")
            for r in declaring:
                option = next(o for o in r.options if o.name == name)
                problem = option.check(value)
                if problem:
                    raise raw.error(f"{r.code} ({r.name}): {problem}", *where, name)
                out[r.code][name] = value
    return out
