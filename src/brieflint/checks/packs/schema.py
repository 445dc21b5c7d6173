"""A pack checked against ``schemas/rule-pack.schema.json``, its errors located at a line and column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brieflint.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.yamldata import Loaded


class Positions:
    """Line and column of a pack's values and keys, for located errors."""

    def __init__(self, loaded: Loaded | None, shown: str) -> None:
        self.loaded = loaded  # None: data read without positions (a shipped pack's JSON copy)
        self.shown = shown

    def at(self, path: Sequence[Any], *, key: bool = False) -> tuple[int | None, int | None]:
        if self.loaded is None:
            return None, None
        p = tuple(path)
        if key and p in self.loaded.keys:
            m = self.loaded.keys[p].start
            return m.line + 1, m.column + 1
        while True:
            node = self.loaded.nodes.get(p)
            if node is not None:
                if node.empty and p in self.loaded.keys:
                    m = self.loaded.keys[p].start
                else:
                    m = node.start
                return m.line + 1, m.column + 1
            if not p:
                return 1, 1
            p = p[:-1]

    def error(self, message: str, path: Sequence[Any], *, key: bool = False) -> ConfigError:
        line, col = self.at(path, key=key)
        return ConfigError(message, self.shown, line, col)


def validate_schema(data: dict[str, Any], pos: Positions) -> None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    from brieflint.checks.schemastore import shipped

    validator = Draft202012Validator(shipped("rule-pack.schema.json"))
    errors = list(validator.iter_errors(data))
    if not errors:
        return

    def leaves(e: Any) -> list[Any]:
        if (
            e.context
            and e.validator in ("anyOf", "oneOf", "allOf")
            and not all(c.validator == "required" for c in e.context)
        ):
            # say what is wrong inside: for a choice of types, in the branch of the value's type
            if e.validator in ("anyOf", "oneOf"):
                depth = len(e.absolute_path)
                fitting = [
                    c
                    for c in e.context
                    if not (c.validator == "type" and len(c.absolute_path) == depth)
                    and not (
                        c.validator == "enum" and len(c.absolute_path) == depth and not isinstance(c.instance, str)
                    )
                ]
                if not fitting:
                    return [e]
                deepest = max(len(c.absolute_path) for c in fitting)
                return leaves(best_match([c for c in fitting if len(c.absolute_path) == deepest]))
            inner = [x for c in e.context for x in leaves(c)]
            return inner or [e]
        return [e]

    flat = [x for e in errors for x in leaves(e)]

    def rank(e: Any) -> tuple[Any, ...]:
        path = tuple(e.absolute_path)
        line, col = pos.at(path)
        return (line, col, -len(path))

    error = min(flat, key=rank)
    path = tuple(error.absolute_path)
    where = _display(path)
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        import difflib

        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(allowed)}"
        raise pos.error(f"unknown key '{key}' in {where or 'the pack'}{hint}", (*path, key), key=True)
    if error.schema is False or error.validator is None:
        # jsonschema gives the path of the rule, not of the key a `false` schema refused
        container: Any = data
        for part in path:
            container = container[part]
        if isinstance(container, dict) and not (path and isinstance(path[-1], str) and path[-1] in _RULE_KEYS):
            found = [k for k, v in container.items() if v is error.instance]
            if found:
                path = (*path, found[0])
        key = path[-1] if path else "?"
        kind = _kind_of(data, path)
        raise pos.error(f"key '{key}' does not apply to a rule of kind '{kind}'", path, key=True)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        raise pos.error(f"{where or 'the pack'} lacks the required key '{missing}'", path)
    if error.validator == "anyOf" and isinstance(error.instance, dict):
        options = [" or ".join(f"'{k}'" for k in s.get("required", [])) for s in error.validator_value]
        raise pos.error(f"{where or 'the pack'} needs one of the keys {' or '.join(options)}", path)
    if error.validator == "pattern":
        hints = {
            "code": "two to four capital letters and three digits, such as HS001",
            "name": "kebab-case, such as no-filler-words",
            "pack": "kebab-case, such as house-style",
            "prefix": "two to four capital letters, such as HS",
        }
        hint = hints.get(str(path[-1]) if path else "", f"text matching {error.validator_value}")
        raise pos.error(f"{where}: {error.instance!r} is not {hint}", path)
    if error.validator == "enum":
        choices = ", ".join(str(v) for v in error.validator_value)
        raise pos.error(f"{where}: {error.instance!r} is not one of {choices}", path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        words = {
            "string": "a string",
            "array": "a list",
            "object": "a mapping",
            "integer": "a whole number",
            "number": "a number",
            "boolean": "true or false",
        }
        types = [
            words.get(str(c.validator_value), str(c.validator_value)) for c in error.context if c.validator == "type"
        ]
        if types:
            raise pos.error(f"{where}: {error.instance!r} must be {' or '.join(dict.fromkeys(types))}", path)
    raise pos.error(f"{where or 'the pack'}: {error.message}", path)


_RULE_KEYS = frozenset(
    {"swap", "tokens", "patterns", "max", "min", "per", "groups", "first", "second", "exceptions", "regex", "fix"}
)


def _kind_of(data: Any, path: tuple[Any, ...]) -> str:
    if len(path) >= 2 and path[0] == "rules":
        try:
            return str(data["rules"][path[1]].get("kind", "?"))
        except (IndexError, KeyError, TypeError, AttributeError):
            return "?"
    return "?"


def _display(path: Sequence[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
