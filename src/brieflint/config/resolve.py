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


# the load codes that mean a file could not be read or parsed: reported whatever the selection says
# (as ruff always reports syntax errors), so that a broken brief never passes a gate silently
UNPARSED = frozenset({"E001", "E002", "E003", "E005", "E006", "E007", "E008", "E010", "E011", "E012"})
MAX_RULE_TIMEOUT = 86_400.0  # a day
MAX_SIZE = 1 << 40


def resolve(raw: RawConfig, rules: RuleSet, overrides: Overrides | None = None) -> Settings:
    """Settings from a configuration and the CLI, checked against the rules that exist.

    Every mistake is collected (with the structural ones :func:`read` found)
    and raised at once, in the order of the file.
    """
    data = raw.data
    overrides = overrides or Overrides()
    errors = list(raw.errors)

    def known(key: str, values: tuple[str, ...], *where: Any) -> tuple[str, ...]:
        for i, sel in enumerate(values):
            if not rules.matches(sel):
                errors.append(
                    raw.error(f"{key}: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", *where, i)
                )
        return values

    file_select = known("select", _strings(data.get("select")), "select")
    extend_select = known("extend-select", _strings(data.get("extend-select")), "extend-select")
    file_ignore = known("ignore", _strings(data.get("ignore")), "ignore")
    file_ignore += known("extend-ignore", _strings(data.get("extend-ignore")), "extend-ignore")
    base_select = overrides.select if overrides.select is not None else file_select
    everything = not base_select  # no select: every rule, and extend-select can still beat an ignore
    select = tuple(base_select) + extend_select + overrides.extend_select
    ignore = file_ignore + overrides.ignore
    # command-line selectors are checked against every plan of the run (Planner.check_cli):
    # in a monorepo, a pack's codes exist only for the files its configuration covers
    severity: dict[str, Severity] = {}
    for sel, level in (data.get("severity") or {}).items():
        codes = rules.codes_for(sel)
        if not codes:
            errors.append(
                raw.error(
                    f"severity: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", "severity", sel, "<key>"
                )
            )
        for code in codes:
            severity[code] = Severity.parse(level)
    pfi: list[tuple[str, tuple[str, ...]]] = []
    for pattern, codes in (data.get("per-file-ignores") or {}).items():
        known("per-file-ignores", tuple(codes), "per-file-ignores", pattern)
        pfi.append((pattern, _ignorable(codes, rules)))
    for pattern, cli_codes in overrides.per_file_ignores:
        pfi.append((pattern, _ignorable(cli_codes, rules)))
    options = _resolve_options(raw, rules, errors)
    enabled = frozenset(r.code for r in rules.rules if r.code in UNPARSED or _enabled(r, select, ignore, everything))
    taxonomy = data.get("taxonomy")
    taxonomy_files = tuple(raw.resolve_path(t) for t in _strings(taxonomy))
    fail_on = overrides.fail_on or data.get("fail-on") or "error"
    min_severity = overrides.min_severity or data.get("min-severity") or "info"
    unused = data.get("report-unused-suppressions", True)
    if overrides.report_unused_suppressions is not None:
        unused = overrides.report_unused_suppressions
    timeout = _bounded(raw, data, "rule-timeout", 10.0, MAX_RULE_TIMEOUT, "seconds (a day)", errors)
    max_size = _bounded(raw, data, "max-file-size", DEFAULT_MAX_BYTES, MAX_SIZE, "bytes (2^40)", errors)
    if errors:
        from brieflint.config.problems import raise_all

        raise_all(errors)
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
        max_file_size=int(max_size),
        fail_on=Severity.parse(fail_on),
        report_unused_suppressions=bool(unused),
        options=options,
        enabled=enabled,
        rule_timeout=float(timeout),
        min_severity=Severity.parse(min_severity),
    )


def _ignorable(selectors: Iterable[str], rules: RuleSet) -> tuple[str, ...]:
    """Per-file ignores as codes, without those of a file that cannot be parsed (never ignored)."""
    selectors = tuple(selectors)
    if not any(code in UNPARSED for sel in selectors for code in rules.codes_for(sel)):
        return selectors
    return tuple(dict.fromkeys(c for sel in selectors for c in rules.codes_for(sel) if c not in UNPARSED))


def _bounded(
    raw: RawConfig, data: Mapping[str, Any], key: str, default: float, most: float, unit: str, errors: list[Any]
) -> float:
    """A positive number no larger than ``most`` (NaN and infinity are mistakes too)."""
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default  # the structure check reported it
    if value != value or not 0 < value <= most:
        errors.append(raw.error(f"{key}: {value!r} is out of range: more than 0 and at most {most:g} {unit}", key))
        return default
    return value


def _specificity(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule``: 0 not at all, higher is more specific."""
    if selector == "ALL":
        return 1
    if selector == rule.name:
        return 1000
    if rule.code.startswith(selector):
        return 1 + len(selector)
    return 0


def _enabled(rule: Rule, select: Iterable[str], ignore: Iterable[str], everything: bool) -> bool:
    if not rule.enabled_by_default:
        # off unless named by its code or name: a prefix or ALL does not switch it on
        named = [s for s in select if s in (rule.code, rule.name)]
        if not named:
            return False
        select, everything = named, False
    best_select = max((_specificity(s, rule) for s in select), default=0)
    best_ignore = max((_specificity(s, rule) for s in ignore), default=0)
    if everything:
        best_select = max(best_select, 1)  # every rule is on by default
    if best_ignore and best_ignore >= best_select:
        return False
    return best_select > 0


def _resolve_options(raw: RawConfig, rules: RuleSet, errors: list[Any]) -> dict[str, dict[str, Any]]:
    """Per-rule options: defaults, then family sections, then ``rules:`` entries (mistakes added to ``errors``)."""
    data = raw.data
    out: dict[str, dict[str, Any]] = {r.code: r.defaults() for r in rules.rules}
    layers: list[tuple[tuple[Any, ...], str, Mapping[str, Any]]] = []
    for section, prefix in FAMILY_SECTIONS.items():
        if isinstance(data.get(section), dict):
            layers.append(((section,), prefix, data[section]))
    for sel, opts in (data.get("rules") or {}).items():
        if not rules.matches(sel):
            errors.append(
                raw.error(
                    f"rules: unknown rule code, prefix or name '{sel}'{rules.suggest(sel)}", "rules", sel, "<key>"
                )
            )
            continue
        if not isinstance(opts, Mapping):
            continue  # the structure check reported it
        layers.append((("rules", sel), sel, opts))
    # family-wide layers first, then the most specific
    layers.sort(key=lambda layer: len(layer[1]) if layer[1] not in rules.names else 1000)
    for where, sel, opts in layers:
        targets = [rules.by_code[c] for c in rules.codes_for(sel)]
        for name, value in opts.items():
            declaring = [r for r in targets if any(o.name == name for o in r.options)]
            if not declaring:
                from brieflint.config.problems import did_you_mean

                known = sorted({o.name for r in targets for o in r.options})
                close = did_you_mean(name, known, listing=False)
                hint = close or (f"; options here: {', '.join(known)}" if known else "; these rules take no options")
                errors.append(raw.error(f"unknown option '{name}' for {sel}{hint}", *where, name, "<key>"))
                continue
            for r in declaring:
                option = next(o for o in r.options if o.name == name)
                problem = option.check(value)
                if problem:
                    errors.append(raw.error(f"{r.code} ({r.name}): {problem}", *where, name))
                    break
                out[r.code][name] = value
    return out
