"""Reading a configuration file: its data, the position of every key, its structure checked."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from brieflint.errors import ConfigError
from brieflint.records import NamedTuple


class RawConfig(NamedTuple):
    """A configuration file's data with the positions of its keys (empty for defaults).

    ``errors``: the structural mistakes found while reading (the keys they are
    in were dropped from ``data``), reported with the resolver's own, all at
    once. ``origins``: for a key inherited through ``extend:``, the file it
    came from (where its mistakes are located).
    """

    data: Mapping[str, Any]
    path: str | None = None
    root: str = "."
    positions: Mapping[tuple[Any, ...], tuple[int, int]] = MappingProxyType({})
    errors: tuple[ConfigError, ...] = ()
    origins: Mapping[str, RawConfig] = MappingProxyType({})

    def where(self, *path: Any) -> tuple[int | None, int | None]:
        p = tuple(path)
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), (None, None))

    def error(self, message: str, *path: Any) -> ConfigError:
        if path and path[0] in self.origins:
            return self.origins[path[0]].error(message, *path)
        line, col = self.where(*path)
        return ConfigError(message, self.path, line, col)

    def resolve_path(self, value: str) -> str:
        # os.path.realpath, not Path.resolve: a symlink loop is for the safe reader to report, not a RuntimeError
        return os.path.realpath(os.path.join(self.root, value)) if not os.path.isabs(value) else value


MAX_EXTEND_DEPTH = 10
PATH_KEYS = ("schema", "taxonomy", "rule-packs")  # inherited through extend: relative to the file that names them


def read(path: Path | None, *, _chain: tuple[str, ...] = ()) -> RawConfig:
    """Read a configuration file and check its structure (None: the defaults).

    Raises :class:`ConfigError` when the file cannot be read or parsed at all;
    structural mistakes are collected in :attr:`RawConfig.errors` (see
    :func:`raise_errors`).
    """
    if path is None:
        return RawConfig({}, None, os.path.realpath(os.getcwd()))
    shown = str(path)
    text = _read_text(path, shown)
    root = str(path.resolve().parent)
    if path.name == "pyproject.toml":
        raw = _read_toml(text, shown, root)
    else:
        raw = _read_yaml(text, shown, root)
    raw = _validate_structure(raw)
    if "extend" in raw.data:
        raw = _extend(raw, (*_chain, str(path.resolve())))
    return raw


def raise_errors(raw: RawConfig) -> None:
    """Raise the structural mistakes of a configuration, if any (all of them, in the order of the file)."""
    from brieflint.config.problems import raise_all

    raise_all(raw.errors)


def _read_text(path: Path, shown: str) -> str:
    """The file's text, read safely (a FIFO or a device is refused at once); undecodable bytes are located."""
    from brieflint.errors import ReadError
    from brieflint.safeio import read_text

    try:
        return read_text(shown)
    except ReadError as exc:
        raise exc.config_error("configuration") from None


def _extend(raw: RawConfig, chain: tuple[str, ...]) -> RawConfig:
    """``extend: other.yaml``: the other file's keys under this one's (this file wins, key by key)."""
    target = raw.data["extend"]
    data = {k: v for k, v in raw.data.items() if k != "extend"}
    if not isinstance(target, str):
        return raw._replace(data=data)  # the structure check reported it
    base_path = Path(raw.resolve_path(target))
    if str(base_path.resolve()) in chain or len(chain) > MAX_EXTEND_DEPTH:
        error = raw.error(f"extend: '{target}' extends this file again (a loop)", "extend")
        return raw._replace(data=data, errors=(*raw.errors, error))
    if not base_path.is_file():
        error = raw.error(f"extend: no such file '{target}'", "extend")
        return raw._replace(data=data, errors=(*raw.errors, error))
    base = read(base_path, _chain=chain)
    origins = dict(raw.origins)
    merged = dict(data)
    for key, value in base.data.items():
        if key in merged:
            continue
        if key in PATH_KEYS:
            value = base.resolve_path(value) if isinstance(value, str) else [base.resolve_path(v) for v in value]
        merged[key] = value
        origins[key] = base.origins.get(key, base)
    return raw._replace(data=merged, errors=(*raw.errors, *base.errors), origins=MappingProxyType(origins))


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


def _validate_structure(raw: RawConfig) -> RawConfig:
    """Check the structure against ``schemas/config.schema.json``; every mistake is kept, its key dropped."""
    from brieflint.checks.quickschema import shipped_check
    from brieflint.checks.schemastore import shipped

    quick = shipped_check("config.schema.json", formats=False)
    if quick is not None and quick(dict(raw.data)):
        return raw  # certainly valid: jsonschema (≈130 ms to import) is needed only to word an error
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(shipped("config.schema.json"))
    errors = list(validator.iter_errors(dict(raw.data)))
    if not errors:
        return raw
    found: list[ConfigError] = []
    bad_keys: set[str] = set()
    for error in errors:
        path = tuple(error.absolute_path)
        if path:
            bad_keys.add(str(path[0]))
        found.extend(_worded(raw, error, path))
    data = {k: v for k, v in raw.data.items() if k not in bad_keys}
    return raw._replace(data=data, errors=(*raw.errors, *found))


def _worded(raw: RawConfig, error: Any, path: tuple[Any, ...]) -> list[ConfigError]:
    """One structural mistake in words, at its line, with a did-you-mean where one helps."""
    from brieflint.config.problems import did_you_mean

    name = ".".join(str(p) for p in path) or "configuration"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        where = f" in {name}" if path else ""
        return [
            raw.error(f"unknown configuration key '{key}'{where}{did_you_mean(key, allowed)}", *path, key, "<key>")
            for key in error.instance
            if key not in allowed
        ]
    if error.validator == "enum" and isinstance(error.instance, str):
        hint = did_you_mean(error.instance, error.validator_value)
        return [raw.error(f"{name}: '{error.instance}' is not allowed{hint}", *path)]
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: len(list(e.absolute_path)))
        return [raw.error(f"{name}: {best.message}", *path)]
    return [raw.error(f"{name}: {error.message}", *path)]
