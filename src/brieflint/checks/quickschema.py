"""A fast yes-or-"ask jsonschema" check for simple schemas, without importing jsonschema.

jsonschema stays the authority on what is wrong with a brief and how to say
it. Importing it, its ``referencing`` registry and its format checkers costs
about 130 ms at every start, and validating one brief about 1.5 ms; most
briefs, and nearly every brief a pre-commit hook sees twice, are valid. So
the shipped schema is first compiled here into a plain Python predicate that
answers one question: *is this instance certainly valid?*

- ``True`` means valid under draft 2020-12 as jsonschema (with brieflint's
  format checker) would judge it: no schema finding is possible.
- ``False`` means "not known to be valid": the caller runs jsonschema, which
  finds and words the errors (or finds none: ``False`` is allowed to be
  cautious, never the reverse).

The configuration and taxonomy schemas are checked the same way
(:func:`shipped_check`), so a valid ``.brieflint.yaml`` or taxonomy file does
not import jsonschema either.

Only a closed set of keywords is understood (the ones the shipped schemas
use, and a few more; ``oneOf`` only when its branches have disjoint types).
:func:`compile_schema` returns ``None`` for a schema with anything else, and
such a schema always goes to jsonschema. Where the exact semantics would take
care to copy (``enum`` and ``uniqueItems`` over non-strings, a ``uri``
outside the plain ``scheme://host/path`` shape), the predicate answers
``False`` and leaves the case to jsonschema.
``tests/checks/test_quickschema.py`` checks the two agree on every brief of the
corpora and on a mutation of every keyword.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from brieflint import lazyre

Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
    }
)

# jsonschema's own ``date`` check: this pattern, then ``date.fromisoformat``.
_DATE = lazyre.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

# A strict subset of RFC 3986 ``URI``: scheme "://" reg-name [":" port] path-abempty
# ["?" query] ["#" fragment], without userinfo or IP literals. Every string it
# matches is a URI by the grammar (rfc3986-validator agrees); anything else is
# left to rfc3986-validator.
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_URI = lazyre.compile(
    rf"[A-Za-z][A-Za-z0-9+.\-]*://[A-Za-z0-9\-._~]+(?::[0-9]*)?(?:/{_PCHAR}*)*"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)


class _Unsupported(Exception):
    """The schema uses something this module does not model."""


def _is_integer(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def _date_ok(v: str) -> bool:
    if not _DATE.fullmatch(v):
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _uri_ok(v: str) -> bool:
    return _URI.fullmatch(v) is not None


_FORMATS: dict[str, Check] = {"date": _date_ok, "uri": _uri_ok}


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


class _Compiler:
    def __init__(self, root: dict[str, Any], formats: bool) -> None:
        self.root = root
        self.formats = formats
        self.refs: dict[str, list[Check]] = {}

    def ref(self, pointer: str) -> Check:
        if not pointer.startswith("#"):
            raise _Unsupported(pointer)
        if pointer not in self.refs:
            cell: list[Check] = []
            self.refs[pointer] = cell  # a recursive $ref finds the cell before it is filled
            target: Any = self.root
            for part in filter(None, pointer[1:].split("/")):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise _Unsupported(pointer)
                target = target[part]
            cell.append(self.compile(target))
        cell = self.refs[pointer]
        return lambda v: cell[0](v)

    def compile(self, schema: Any) -> Check:  # noqa: C901 - one branch per keyword
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise _Unsupported(repr(schema))
        checks: list[Callable[..., bool]] = []  # checks closing over values as default arguments
        add = checks.append
        props: dict[str, Check] = {}
        for key, value in schema.items():
            if key in _ANNOTATIONS or key in ("properties", "additionalProperties"):
                continue
            if key == "type":
                names = [value] if isinstance(value, str) else value
                if not isinstance(names, list) or not all(n in _TYPES for n in names):
                    raise _Unsupported("type")
                funcs = [_TYPES[n] for n in names]
                add(lambda v, funcs=funcs: any(f(v) for f in funcs))
            elif key == "$ref":
                add(self.ref(value))
            elif key == "required":
                need = list(value)
                add(lambda v, need=need: not isinstance(v, dict) or all(k in v for k in need))
            elif key in ("minLength", "maxLength", "minItems", "maxItems"):
                kind = str if key.endswith("Length") else list
                if not _is_integer(value):
                    raise _Unsupported(key)
                n = int(value)
                if key.startswith("min"):
                    add(lambda v, n=n, kind=kind: not isinstance(v, kind) or len(v) >= n)
                else:
                    add(lambda v, n=n, kind=kind: not isinstance(v, kind) or len(v) <= n)
            elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                if not _is_number(value):
                    raise _Unsupported(key)
                add(_bound(key, value))
            elif key == "pattern":
                search = lazyre.compile(value).search
                add(lambda v, search=search: not isinstance(v, str) or search(v) is not None)
            elif key == "format":
                if not self.formats:
                    continue  # a validator without a format checker treats format as an annotation
                if value not in _FORMATS:
                    raise _Unsupported(f"format {value}")
                fmt = _FORMATS[value]
                add(lambda v, fmt=fmt: not isinstance(v, str) or fmt(v))
            elif key in ("enum", "const"):
                options = value if key == "enum" else [value]
                if not isinstance(options, list):
                    raise _Unsupported(key)
                add(_one_of_values(options))
            elif key == "uniqueItems":
                if value is True:
                    add(
                        lambda v: (
                            not isinstance(v, list) or (all(isinstance(i, str) for i in v) and len(set(v)) == len(v))
                        )
                    )
                elif value is not False:
                    raise _Unsupported(key)
            elif key == "items":
                item = self.compile(value)
                add(lambda v, item=item: not isinstance(v, list) or all(item(i) for i in v))
            elif key == "allOf":
                subs = [self.compile(s) for s in value]
                add(lambda v, subs=subs: all(s(v) for s in subs))
            elif key == "anyOf":
                subs = [self.compile(s) for s in value]
                add(lambda v, subs=subs: any(s(v) for s in subs))
            elif key == "oneOf":
                # "exactly one" is provable only when no two branches can both hold: each
                # branch names its types and no type is shared ("integer" is a "number")
                kinds = [_branch_types(s) for s in value]
                if any(k is None for k in kinds) or not _disjoint(kinds):  # type: ignore[arg-type]
                    raise _Unsupported("oneOf")
                subs = [self.compile(s) for s in value]
                add(lambda v, subs=subs: any(s(v) for s in subs))
            else:
                raise _Unsupported(key)
        if "properties" in schema:
            if not isinstance(schema["properties"], dict):
                raise _Unsupported("properties")
            props = {k: self.compile(s) for k, s in schema["properties"].items()}
        extra = schema.get("additionalProperties", True)
        if props or extra is not True:
            add(_object_check(props, self.compile(extra)))
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(c(v) for c in checks)


def _one_of_values(options: list[Any]) -> Check:
    """``enum``/``const`` with jsonschema's equality for scalars: a string equals only an equal
    string, a boolean only the same boolean, a number an equal number (1 == 1.0); a list or a
    mapping is left to jsonschema."""
    strings = frozenset(o for o in options if isinstance(o, str))
    bools = [o for o in options if isinstance(o, bool)]
    numbers = [o for o in options if _is_number(o)]
    null = any(o is None for o in options)

    def check(v: Any) -> bool:
        if isinstance(v, str):
            return v in strings
        if isinstance(v, bool):
            return any(v is b for b in bools)
        if _is_number(v):
            return any(v == n for n in numbers)
        if v is None:
            return null
        return False

    return check


def _branch_types(schema: Any) -> frozenset[str] | None:
    if not isinstance(schema, dict) or "type" not in schema:
        return None
    names = schema["type"]
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not all(n in _TYPES for n in names):
        return None
    out = set(names)
    if "number" in out:
        out.add("integer")
    if "integer" in out:
        out.add("number")
    return frozenset(out)


def _disjoint(kinds: list[frozenset[str]]) -> bool:
    seen: set[str] = set()
    for k in kinds:
        if seen & k:
            return False
        seen |= k
    return True


def _bound(key: str, limit: float) -> Check:
    if key == "minimum":
        return lambda v: not _is_number(v) or not v < limit
    if key == "maximum":
        return lambda v: not _is_number(v) or not v > limit
    if key == "exclusiveMinimum":
        return lambda v: not _is_number(v) or not v <= limit
    return lambda v: not _is_number(v) or not v >= limit


def _object_check(props: dict[str, Check], extra: Check) -> Check:
    def check(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        for k, item in v.items():
            if not isinstance(k, str):
                return False  # jsonschema's view of a non-string key is its own business
            sub = props.get(k)
            if sub is None:
                if not extra(item):
                    return False
            elif not sub(item):
                return False
        return True

    return check


@cache
def shipped_check(name: str, *, formats: bool) -> Check | None:
    """:func:`compile_schema` of a schema shipped with brieflint, compiled once per process."""
    from brieflint.checks.schemastore import shipped

    return compile_schema(shipped(name), formats=formats)


def compile_schema(schema: Any, *, formats: bool = True) -> Check | None:
    """A predicate that is ``True`` only for instances ``schema`` certainly accepts; ``None``
    when the schema uses a keyword outside the modelled set.

    ``formats``: whether the validator it stands in for asserts ``format`` (brieflint's
    brief validator does; its configuration validator, like jsonschema's default, does not).
    """
    try:
        return _Compiler(schema if isinstance(schema, dict) else {}, formats).compile(schema)
    except (_Unsupported, re.error, TypeError):
        return None


__all__ = ["Check", "compile_schema"]
