"""Reading a configuration file: its data, the position of every key, its structure checked."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from brieflint.errors import ConfigError


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
        # os.path.realpath, not Path.resolve: a symlink loop is for the safe reader to report, not a RuntimeError
        return os.path.realpath(os.path.join(self.root, value)) if not os.path.isabs(value) else value


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
        first = loaded.problems[0]
        raise ConfigError(first.message, shown, first.line, first.column)
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
        where = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"TOML syntax error: {message}", shown, *where) from None
    data = doc.get("tool", {}).get("brieflint", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.brieflint] must be a table", shown, 1, 1)
    # TOML has no node positions: find each key's line inside the [tool.brieflint…] tables
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    table: tuple[str, ...] | None = None
    for n, text_line in enumerate(text.splitlines(), 1):
        stripped = text_line.strip()
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
        km = re.match(r'^\s*("?)([A-Za-z0-9_.\-*/?\[\]]+)\1\s*=', text_line)
        if km:
            col = text_line.index(km.group(2)) + 1 - (1 if km.group(1) else 0)
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
        key, hint = _unknown_key(error.instance, list(error.schema.get("properties", {})))
        raise raw.error(f"unknown configuration key '{key}'{hint}", *path, key, "<key>")
    name = ".".join(str(p) for p in path) or "configuration"
    raise raw.error(f"{name}: {error.message}", *path)


def _unknown_key(mapping: Mapping[str, Any], allowed: list[str]) -> tuple[str, str]:
    """The first key of ``mapping`` not in ``allowed``, and a did-you-mean (or the keys there are)."""
    import difflib

    key = next((k for k in mapping if k not in allowed), "?")
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return key, f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(allowed)}"
