"""Configuration: find it, validate it (with line and column), resolve it against the rules.

``.brieflint.yaml`` or ``[tool.brieflint]`` in ``pyproject.toml``, the nearest
one above each checked file; ``--config FILE`` overrides. A configuration is
read in two steps: :func:`read` checks its structure against
``schemas/config.schema.json``; :func:`resolve` checks what only the rules
know (unknown codes, option names and types) and gives a frozen
:class:`Settings`. Every error is a :class:`ConfigError` with file, line and
column.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from brieflint.errors import ConfigError
from brieflint.model import Rule, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet

CONFIG_NAMES = (".brieflint.yaml", ".brieflint.yml", "pyproject.toml")
FAMILY_SECTIONS = {"quotes": "Q", "readability": "R", "tags": "T", "links": "L"}
DEFAULT_MAX_BYTES = 1024 * 1024


class RawConfig(NamedTuple):
    """A configuration file's data with the positions of its keys (empty for defaults)."""

    data: Mapping[str, Any]
    path: str | None = None
    root: str = "."
    positions: Mapping[tuple[Any, ...], tuple[int, int]] = MappingProxyType({})

    def where(self, *path: Any) -> tuple[int | None, int | None]:
        p = tuple(path)
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), (None, None))

    def error(self, message: str, *path: Any) -> ConfigError:
        line, col = self.where(*path)
        return ConfigError(message, self.path, line, col)

    def resolve_path(self, value: str) -> str:
        return str((Path(self.root) / value).resolve()) if not os.path.isabs(value) else value


@dataclass(frozen=True)
class Settings:
    """The effective configuration for some files: read-only, shared by rules."""

    source: str | None
    root: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: Mapping[str, Severity]
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]
    exclude: tuple[str, ...]
    schema: str | None
    taxonomy: tuple[str, ...]
    taxonomy_replace: bool
    rule_packs: tuple[str, ...]
    house_style: bool
    max_file_size: int
    fail_on: Severity
    report_unused_suppressions: bool
    options: Mapping[str, Mapping[str, Any]]  # by rule code
    enabled: frozenset[str]  # rule codes that run
    rule_timeout: float = 10.0  # seconds one rule may spend on one file

    def options_for(self, rule: Rule) -> Mapping[str, Any]:
        return self.options.get(rule.code, rule.defaults())

    def severity_for(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def relative(self, path: str) -> str:
        """``path`` relative to the configuration's folder, with ``/`` (for globs)."""
        absolute = os.path.abspath(path)
        for candidate in (absolute, os.path.realpath(absolute)):
            rel = os.path.relpath(candidate, self.root)
            if not rel.startswith(".."):
                return Path(rel).as_posix()
        return Path(path).as_posix()

    def ignored_codes(self, path: str) -> tuple[str, ...]:
        """Codes and prefixes ``per-file-ignores`` turns off for ``path``."""
        if not self.per_file_ignores:
            return ()
        rel = self.relative(path)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if _glob_match(rel, pattern):
                out.extend(codes)
        return tuple(out)

    def is_excluded(self, path: Path) -> bool:
        if not self.exclude:
            return False
        rel = self.relative(str(path))
        return any(_glob_match(rel, pattern) for pattern in self.exclude)

    def key(self) -> str:
        """A stable digest of everything that changes findings (for the cache)."""
        import hashlib
        import json

        payload = {
            "select": self.select,
            "ignore": self.ignore,
            "severity": {k: str(v) for k, v in sorted(self.severity.items())},
            "pfi": self.per_file_ignores,
            "schema": _schema_digest(self.schema),
            "taxonomy": [_file_digest(t) for t in self.taxonomy],
            "taxonomy_replace": self.taxonomy_replace,
            "packs": [_file_digest(p) for p in self.rule_packs],
            "house": self.house_style,
            "max": self.max_file_size,
            "unused": self.report_unused_suppressions,
            "options": {k: dict(v) for k, v in sorted(self.options.items())},
            "enabled": sorted(self.enabled),
            "timeout": self.rule_timeout,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _file_digest(path: str | None) -> str | None:
    if not path:
        return None
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


def _schema_digest(path: str | None) -> list[str | None] | None:
    """Digests of a schema file and of the local files its ``$ref``s name (so editing one invalidates the cache)."""
    if not path:
        return None
    import json
    import re

    seen: dict[str, str | None] = {}
    todo = [str(Path(path).resolve())]
    while todo and len(seen) < 100:
        current = todo.pop()
        if current in seen:
            continue
        seen[current] = _file_digest(current)
        try:
            text = Path(current).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for ref in re.findall(r'"\$ref"\s*:\s*("(?:[^"\\]|\\.)*")', text):
            target = json.loads(ref).split("#", 1)[0]
            if target and "://" not in target:
                todo.append(str((Path(current).parent / target).resolve()))
    return [f"{k}:{v}" for k, v in sorted(seen.items())]


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:]):
        return True
    # a pattern naming a folder matches everything below it
    return rel.startswith(pattern + "/") or fnmatch.fnmatchcase(rel, pattern + "/*")


# ----- finding and reading ---------------------------------------------------


def find(directory: Path) -> Path | None:
    """The nearest configuration file at or above ``directory``."""
    d = directory.resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False
    return "[tool.brieflint" in text


def read(path: Path | None) -> RawConfig:
    """Read and structurally validate a configuration file (None: the defaults)."""
    if path is None:
        return RawConfig({}, None, os.path.realpath(os.getcwd()))
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {getattr(exc, 'strerror', None) or exc}", shown) from None
    root = str(path.resolve().parent)
    if path.name == "pyproject.toml":
        raw = _read_toml(text, shown, root)
    else:
        raw = _read_yaml(text, shown, root)
    _validate_structure(raw)
    return raw


def _read_yaml(text: str, shown: str, root: str) -> RawConfig:
    from brieflint.document.yamldata import load_yaml

    loaded = load_yaml(text.replace("\r\n", "\n"))
    if loaded.problems:
        p = loaded.problems[0]
        raise ConfigError(p.message, shown, p.line, p.column)
    data = loaded.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys (select:, ignore:, …)", shown, 1, 1)
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    for p, node in loaded.nodes.items():
        positions[p] = (node.start.line + 1, node.start.column + 1)
    for p, node in loaded.keys.items():
        positions[(*p, "<key>")] = (node.start.line + 1, node.start.column + 1)
    return RawConfig(data, shown, root, positions)


def _read_toml(text: str, shown: str, root: str) -> RawConfig:
    import re
    import tomllib

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"TOML syntax error: {message}", shown, line, col) from None
    data = doc.get("tool", {}).get("brieflint", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.brieflint] must be a table", shown, 1, 1)
    # TOML has no node positions: find each key's line inside the [tool.brieflint…] tables
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    table: tuple[str, ...] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[\s*tool\.brieflint(?:\.([^\]]+))?\s*\]", stripped)
        if header:
            sub = header.group(1)
            table = tuple(s.strip().strip('"') for s in sub.split(".")) if sub else ()
            positions.setdefault(table, (n, 1))
            continue
        if stripped.startswith("["):
            table = None
            continue
        if table is None:
            continue
        km = re.match(r'^\s*("?)([A-Za-z0-9_.\-*/?\[\]]+)\1\s*=', line)
        if km:
            col = line.index(km.group(2)) + 1 - (1 if km.group(1) else 0)
            positions[(*table, km.group(2))] = (n, col)
            positions[(*table, km.group(2), "<key>")] = (n, col)
    return RawConfig(data, shown, root, positions)


def _validate_structure(raw: RawConfig) -> None:
    from brieflint.checks.quickschema import shipped_check
    from brieflint.checks.schemastore import shipped

    quick = shipped_check("config.schema.json", formats=False)
    if quick is not None and quick(dict(raw.data)):
        return  # certainly valid: jsonschema (≈130 ms to import) is needed only to word an error
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(shipped("config.schema.json"))
    errors = sorted(validator.iter_errors(dict(raw.data)), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    error = errors[0]
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        import difflib

        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(allowed)}"
        raise raw.error(f"unknown configuration key '{key}'{hint}", *path, key, "<key>")
    name = ".".join(str(p) for p in path) or "configuration"
    raise raw.error(f"{name}: {error.message}", *path)


# ----- resolving against the rules -------------------------------------------


class Overrides(NamedTuple):
    """Command-line settings, which win over the file's."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    report_unused_suppressions: bool | None = None


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
