"""The JSON Schemas brieflint ships, and building offline validators for them.

Validation never touches the network: every validator gets an explicit
``referencing.Registry`` that holds the shipped schemas and can read local
``file:`` references, and refuses anything else with a clear error (without
an explicit registry, jsonschema would fetch remote ``$ref`` with urllib).
Formats are checked (``format_checker``), ``uri`` with rfc3986-validator.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from brieflint.errors import ReadError, SchemaError
from brieflint.safeio import read_text

SHIPPED = ("brief.schema.json", "config.schema.json", "rule-pack.schema.json", "taxonomy.schema.json")


def shipped_text(name: str) -> str:
    """The text of a schema shipped in the package (``brieflint/schemas/``)."""
    from brieflint import shipped

    return shipped.read_text("brieflint.schemas", name)


@cache
def shipped(name: str) -> dict[str, Any]:
    """A shipped schema, parsed (treat as read-only)."""
    return json.loads(shipped_text(name))


def _shipped_resources() -> list[tuple[str, Any]]:
    from referencing import Resource

    out = []
    for name in SHIPPED:
        try:
            contents = shipped(name)
        except (FileNotFoundError, OSError):
            continue
        out.append((contents.get("$id", name), Resource.from_contents(contents)))
    return out


def _retrieve(uri: str) -> Any:
    from referencing import Resource

    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        path = Path(unquote(parsed.path))
        try:  # through the safe reader: a $ref to a FIFO, a device or a symlink loop is an error, never a hang
            return Resource.from_contents(json.loads(read_text(str(path))))
        except ReadError as exc:
            raise SchemaError(f"cannot read the local schema $ref '{uri}': it {exc.reason}") from None
        except ValueError as exc:
            raise SchemaError(f"cannot read the local schema $ref '{uri}': {exc}") from None
    raise SchemaError(
        f"the schema names a remote $ref '{uri}'; brieflint never fetches from the network: "
        "save that schema locally and refer to it by a relative path"
    )


def _refs(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            for k, v in cur.items():
                if k in ("$ref", "$dynamicRef") and isinstance(v, str):
                    found.append(v)
                else:
                    stack.append(v)
        elif isinstance(cur, list):
            stack.extend(cur)
    return found


def format_checker() -> Any:
    """Draft 2020-12's format checks, with ``uri`` always checked by rfc3986-validator.

    jsonschema checks ``uri`` only when an optional package is importable and
    silently skips it otherwise; brieflint depends on rfc3986-validator and
    registers it explicitly, so ``uri`` is checked on every install.
    """
    from jsonschema import Draft202012Validator, FormatChecker
    from rfc3986_validator import validate_rfc3986

    checker = FormatChecker(formats=list(Draft202012Validator.FORMAT_CHECKER.checkers))

    @checker.checks("uri")
    def is_uri(instance: object) -> bool:
        return not isinstance(instance, str) or bool(validate_rfc3986(instance, rule="URI"))

    return checker


def validator_for(schema: dict[str, Any], base_uri: str = "", *, trusted: bool = False) -> Any:
    """A draft 2020-12 validator with format checking and no network access.

    Every ``$ref`` in ``schema`` is resolved now, so a remote or broken
    reference is a :class:`SchemaError` before any brief is checked.
    ``trusted``: a schema shipped with brieflint, checked against the
    metaschema by the tests rather than at every start (≈25 ms).
    """
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as JSError
    from referencing import Registry
    from referencing.exceptions import Unresolvable

    try:
        if not trusted:
            Draft202012Validator.check_schema(schema)
    except JSError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
        raise SchemaError(f"not a valid JSON Schema at {where}: {exc.message}") from None
    registry: Any = Registry(retrieve=_retrieve).with_resources(_shipped_resources())  # type: ignore[call-arg]  # attrs alias mypy does not see
    if base_uri and "$id" not in schema:
        schema = {**schema, "$id": base_uri}
    validator = Draft202012Validator(schema, registry=registry, format_checker=format_checker())
    from referencing import Resource
    from referencing.jsonschema import DRAFT202012

    root = schema.get("$id") or "urn:brieflint:schema"
    resolver = registry.with_resource(root, Resource.from_contents(schema, default_specification=DRAFT202012)).resolver(
        base_uri=root
    )
    for ref in _refs(schema):
        try:
            resolver.lookup(ref)
        except SchemaError:
            raise
        except Unresolvable as exc:
            cause: BaseException | None = exc
            while cause is not None:  # referencing wraps what _retrieve raised
                if isinstance(cause, SchemaError):
                    raise cause from None
                cause = cause.__cause__ or cause.__context__
            raise SchemaError(f"the schema's $ref '{ref}' cannot be resolved: {exc}") from None
    return validator


def load_schema_file(path: str | Path) -> tuple[dict[str, Any], str]:
    """Read a user's schema file (JSON, or YAML read safely): (schema, base URI)."""
    p = Path(path)
    try:
        text = read_text(str(p))  # the safe reader: no FIFO, device or symlink loop; bounded; UTF-8 located
    except ReadError as exc:
        raise SchemaError(f"cannot read schema {p}: it {exc.reason}") from None
    if p.suffix in (".yaml", ".yml"):
        from brieflint.document.yamldata import load_yaml

        loaded = load_yaml(text)
        if loaded.problems or loaded.failed:
            first = loaded.problems[0] if loaded.problems else None
            where = f" at line {first.line}, column {first.column}: {first.message}" if first else ""
            raise SchemaError(f"cannot parse schema {p}{where}")
        data = loaded.data
    else:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SchemaError(f"schema {p} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise SchemaError(f"schema {p} is not a JSON object")
    return data, p.resolve().as_uri()
