"""Validating a brief against its schema, once per document, and wording each violation.

The first ``S`` rule to run validates (the others reuse the result); each
violation becomes one problem, located at the offending value (a missing key
at the mapping that lacks it, an unknown key at the key), under a code for
its kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from brieflint.document.brief import Document
from brieflint.document.yamledit import display
from brieflint.model import Context, Problem

SHIPPED_SCHEMA = "brief.schema.json"

_KIND = {
    "required": "S101",
    "type": "S102",
    "format": "S103",
    "enum": "S104",
    "const": "S104",
    "minLength": "S105",
    "maxLength": "S105",
    "minItems": "S105",
    "maxItems": "S105",
    "minimum": "S105",
    "maximum": "S105",
    "exclusiveMinimum": "S105",
    "exclusiveMaximum": "S105",
    "minProperties": "S105",
    "maxProperties": "S105",
    "additionalProperties": "S106",
    "unevaluatedProperties": "S106",
    "pattern": "S107",
    "uniqueItems": "S108",
}

_TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty (null)",
}


def validator(ctx: Context) -> Any:
    """The run's validator for the configured schema (built once per run)."""
    from brieflint.checks.schemastore import load_schema_file, shipped, validator_for

    path = getattr(ctx.settings, "schema", None)

    def build() -> Any:
        if path:
            schema, base = load_schema_file(path)
            return validator_for(schema, base)
        return validator_for(shipped(SHIPPED_SCHEMA), trusted=True)

    return ctx.shared_value(f"schema:{path or SHIPPED_SCHEMA}", build)


def quick_check(ctx: Context) -> Any:
    """The shipped schema as a fast "certainly valid" predicate (see :mod:`brieflint.checks.quickschema`),
    or ``None`` when a configured schema is used: that one always goes to jsonschema."""
    if getattr(ctx.settings, "schema", None):
        return None
    from brieflint.checks.quickschema import shipped_check

    return shipped_check(SHIPPED_SCHEMA, formats=True)


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _leaves(errors: Iterable[Any]) -> Iterator[Any]:
    """Replace each anyOf/oneOf error by the best match among its sub-errors."""
    from jsonschema.exceptions import best_match

    for error in errors:
        if error.validator in ("anyOf", "oneOf") and error.context:
            best = best_match(error.context)
            yield from _leaves([best])
        elif error.validator == "allOf" and error.context:
            yield from _leaves(error.context)
        else:
            yield error


def _section_where(doc: Document, path: tuple[Any, ...]) -> tuple[int, int] | None:
    """In Markdown form, sections come from the body: locate them there."""
    if doc.form != "markdown" or not path or path[0] != "sections" or ("sections",) in doc.nodes:
        return None
    if len(path) >= 2 and isinstance(path[1], int) and path[1] < len(doc.sections):
        section = doc.sections[path[1]]
        if section.heading_text is not None and (len(path) < 3 or path[2] != "body"):
            return section.heading_text.locate(0)
        return section.body.locate(0)
    return doc.front_matter_end + 1, 1


def problems(doc: Document, ctx: Context) -> list[Problem]:
    data = doc.data
    out: list[Problem] = []
    seen: set[tuple[str, tuple[Any, ...], str]] = set()
    quick = quick_check(ctx)
    errors = () if quick is not None and quick(data) else _leaves(validator(ctx).iter_errors(data))
    for error in errors:
        for problem in _translate(doc, error):
            key = (problem.code or "", tuple(error.absolute_path), problem.message)
            if key in seen:
                continue
            seen.add(key)
            out.append(problem)
    out.extend(_updated_before_date(doc))
    return out


def _translate(doc: Document, error: Any) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    name = display(path) or "the brief"
    kind = error.validator
    code = _KIND.get(kind, "S109")
    where = _section_where(doc, path)
    line, col = where or doc.where(path)
    end_line = end_col = None
    if where is None and kind not in ("required", "additionalProperties", "unevaluatedProperties"):
        line, col, end_line, end_col = doc.span(path)
    instance = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if kind == "required":
        missing = [k for k in error.validator_value if isinstance(instance, dict) and k not in instance]
        for key in missing or [error.message]:
            if key == "sections" and doc.form == "markdown":
                msg = "the body is empty: write the brief's text after the front matter"
            elif path:
                msg = f"{name} is missing required key '{key}'"
            else:
                msg = f"missing required key '{key}'"
            yield Problem(line, col, msg, code=code)
        return
    if kind in ("additionalProperties", "unevaluatedProperties"):
        allowed = list(schema.get("properties", {}))
        patterns = list(schema.get("patternProperties", {}))
        import re

        extra = [k for k in (instance or {}) if k not in allowed and not any(re.search(p, k) for p in patterns)]
        for key in extra:
            kline, kcol = doc.where((*path, key), key=True)
            where_text = f" in {name}" if path else ""
            msg = f"unknown key '{key}'{where_text}"
            import difflib

            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                msg += f"; did you mean '{close[0]}'?"
            elif allowed:
                msg += f"; allowed keys: {', '.join(allowed)}"
            yield Problem(kline, kcol, msg, end_line=kline, end_column=kcol + len(key), code=code)
        return
    if kind == "type":
        wanted = error.validator_value
        wanted_list = wanted if isinstance(wanted, list) else [wanted]
        words = " or ".join(_TYPE_WORDS.get(w, str(w)) for w in wanted_list)
        msg = f"{name} should be {words}, not {_describe(instance)}"
        if instance is None:
            hint = schema.get("description", "").rstrip(".")
            msg = f"{name} is empty; it should be {words}" + (f" ({hint[0].lower()}{hint[1:]})" if hint else "")
    elif kind == "format":
        fmt = error.validator_value
        if fmt == "date":
            msg = f"{name} '{_short(instance)}' is not a valid date (YYYY-MM-DD)" + _ascii_date(instance)
        elif fmt in ("uri", "iri", "uri-reference"):
            msg = f"{name} '{_short(instance)}' is not a valid absolute URL (such as https://example.org/page)"
        else:
            msg = f"{name} '{_short(instance)}' is not a valid {fmt}"
    elif kind in ("enum", "const"):
        options = error.validator_value if kind == "enum" else [error.validator_value]
        msg = f"{name} '{_short(instance)}' is not one of: {', '.join(str(o) for o in options)}"
        if isinstance(instance, str):
            import difflib

            close = difflib.get_close_matches(instance, [str(o) for o in options], n=1, cutoff=0.6)
            if close:
                msg += f"; did you mean '{close[0]}'?"
    elif kind in ("minLength", "maxLength"):
        size = len(instance) if isinstance(instance, str) else 0
        bound = error.validator_value
        if kind == "minLength":
            msg = f"{name} is {size} characters long; it must be at least {bound}"
            if size == 0:
                msg = f"{name} is empty; it must be at least {bound} characters"
        else:
            msg = f"{name} is {size} characters long; it must be at most {bound}"
    elif kind in ("minItems", "maxItems"):
        size = len(instance) if isinstance(instance, list) else 0
        bound = error.validator_value
        noun = "item" if bound == 1 else "items"
        if kind == "minItems" and path == ("sections",) and doc.form == "markdown":
            msg = "the body is empty: write the brief's text after the front matter"
        elif kind == "minItems":
            msg = f"{name} needs at least {bound} {noun}" + (", but is empty" if size == 0 else f", has {size}")
        else:
            msg = f"{name} has {size} items; at most {bound} allowed"
    elif kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        word = {
            "minimum": "at least",
            "maximum": "at most",
            "exclusiveMinimum": "more than",
            "exclusiveMaximum": "less than",
        }[kind]
        msg = f"{name} is {instance}; it must be {word} {error.validator_value}"
    elif kind == "pattern":
        hint = schema.get("description", "").rstrip(".")
        msg = f"{name} '{_short(instance)}' is not in the expected form"
        msg += f" ({hint[0].lower()}{hint[1:]})" if hint else f" (pattern {error.validator_value})"
    elif kind == "uniqueItems":
        seen: dict[str, int] = {}
        for i, item in enumerate(instance if isinstance(instance, list) else []):
            key = repr(item)
            if key in seen:
                dline, dcol, dend_line, dend_col = doc.span((*path, i))
                yield Problem(
                    dline,
                    dcol,
                    f"{name} lists {_short(item)!r} twice (items {seen[key] + 1} and {i + 1}); remove one",
                    end_line=dend_line,
                    end_column=dend_col,
                    code=code,
                )
            else:
                seen[key] = i
        return
    else:
        msg = f"{name}: {error.message}"
    yield Problem(line, col, msg, end_line=end_line, end_column=end_col, code=code)


def _updated_before_date(doc: Document) -> list[Problem]:
    data = doc.data or {}
    date, updated = data.get("date"), data.get("updated")
    if isinstance(date, str) and isinstance(updated, str) and _is_date(date) and _is_date(updated) and updated < date:
        line, col, end_line, end_col = doc.span(("updated",))
        return [
            Problem(
                line,
                col,
                f"updated '{updated}' is before the publication date '{date}'",
                end_line=end_line,
                end_column=end_col,
                code="S110",
            )
        ]
    return []


def _is_date(value: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _ascii_date(value: Any) -> str:
    """Issue 22: the hint for a date in Arabic-Indic or Persian digits (``٢٠٢٠-٠٦-١٠``), else ''.

    The schema's dates are ISO 8601 in ASCII digits, which every reader of the metadata parses; the
    prose may use either (the translation rules read both).
    """
    if not isinstance(value, str) or value.isascii():
        return ""
    import datetime

    from brieflint.document.language.normalize import ascii_digits

    ascii = ascii_digits(value.strip())
    try:
        datetime.date.fromisoformat(ascii)
    except ValueError:
        return ""
    return f"; write it in ASCII digits: {ascii}" if len(ascii) == 10 and ascii.isascii() else ""
