"""Schema rules (``S``): the brief against its JSON Schema, in words a person can act on.

The brief is validated once per document (the first ``S`` rule to run does it
and the others reuse the result); each violation becomes one finding, located
at the offending value (a missing key at the mapping that lacks it, an
unknown key at the key), under a code for its kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from brieflint.checks.examples import GOOD as _GOOD
from brieflint.checks.examples import bad as _bad
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, Rule, rule

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


def display(path: Iterable[str | int]) -> str:
    """``('authors', 1, 'bio')`` → ``authors[1].bio``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


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


def _problems(doc: Document, ctx: Context) -> list[Problem]:
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
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted_list)
        msg = f"{name} should be {words}, not {_describe(instance)}"
        if instance is None:
            hint = schema.get("description", "").rstrip(".")
            msg = f"{name} is empty; it should be {words}" + (f" ({hint[0].lower()}{hint[1:]})" if hint else "")
    elif kind == "format":
        fmt = error.validator_value
        if fmt == "date":
            msg = f"{name} '{_short(instance)}' is not a valid date (YYYY-MM-DD)"
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


def _for_code(code: str) -> Any:
    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        for problem in doc.memo("schema", lambda: _problems(doc, ctx)):
            if problem.code == code:
                yield problem

    return check


def _schema_rule(code: str, name: str, summary: str, doc: str, bad: str) -> Rule:
    check = _for_code(code)
    check.__doc__ = f"{summary}\n\n{doc}"
    return rule(code, name, "error", bad=bad, good=_GOOD)(check)


RULES: tuple[Rule, ...] = (
    _schema_rule(
        "S101",
        "missing-key",
        "A required key is missing.",
        """What it does
Reports a key the schema requires that the brief (or one of its authors,
sources, translations or claims) does not have. The finding points at the
mapping that lacks the key.

Why is this bad?
A brief without a summary, an author bio or regions cannot be published or
indexed; downstream pages render empty boxes.

Example
```yaml
authors:
  - name: Leila Benkirane      # authors[0] is missing required key 'bio'
```
Add the key: `bio: Leila Benkirane is a fellow who studies …`.""",
        _bad("    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.\n", ""),
    ),
    _schema_rule(
        "S102",
        "wrong-type",
        "A value has the wrong type.",
        """What it does
Reports a value of the wrong kind: a string where a list is expected, a
number where text is expected, a mapping where a string belongs.

Why is this bad?
Templates and feeds read these keys by type; `topics: Iraq` (a string) is not
a list of topics, and a publishing pipeline would split it into letters or fail.

Example
```yaml
topics: Water & Environment       # should be a list
```
Write `topics: [Water & Environment]`.""",
        _bad("topics: [Energy & Economics, Water & Environment]", "topics: Water & Environment"),
    ),
    _schema_rule(
        "S103",
        "bad-format",
        "A date or URL is not in a valid form.",
        """What it does
Reports a date that is not a real `YYYY-MM-DD` date and a URL that is not an
absolute URL.

Why is this bad?
A date like `2024-13-45` sorts wrongly in archives and breaks feeds; a
malformed URL is a dead link in the published page.

Example
```yaml
date: 2024-13-45          # not a valid date (YYYY-MM-DD)
```
Write a real date: `date: 2024-12-15`.""",
        _bad("date: 2026-03-12", "date: 2026-13-45"),
    ),
    _schema_rule(
        "S104",
        "not-allowed-value",
        "A value is not one of the allowed values.",
        """What it does
Reports a value outside a fixed list, such as a source `kind` that is not one of
article, interview, report, dataset, statement, speech, book, legislation, other.

Why is this bad?
Fixed lists drive how sources are labelled and filtered; an unknown kind is
silently dropped from those views.

Example
```yaml
sources:
  - id: hcp
    title: Household survey
    kind: survey          # not one of: article, interview, report, …
```
Use an allowed value: `kind: report`.""",
        _bad(
            "regions: [Morocco]\n",
            "regions: [Morocco]\nsources:\n  - id: hcp\n    title: Household survey\n    kind: survey\n",
        ),
    ),
    _schema_rule(
        "S105",
        "out-of-bounds",
        "A value is too short, too long, or has too few or too many items.",
        """What it does
Reports a title shorter than 10 or longer than 200 characters, a bio under
40 characters, an empty list of authors, topics or regions, and other bounds
the schema sets.

Why is this bad?
A two-word title or a one-line bio reads as a draft; an empty tag list makes
the brief invisible in topic and region pages.

Example
```yaml
title: Water        # is 5 characters long; it must be at least 10
```
Write the full headline.""",
        _bad('title: "Pricing Scarcity: Morocco\'s Water Tariffs"', "title: Water"),
    ),
    _schema_rule(
        "S106",
        "unknown-key",
        "A key the schema does not know (often a typo).",
        """What it does
Reports a key that the schema does not define, with the closest known key as
a suggestion.

Why is this bad?
A typo such as `region:` for `regions:` is silently ignored by a publishing
pipeline: the brief goes out with no regions at all.

Example
```yaml
region: [Morocco]     # unknown key 'region'; did you mean 'regions'?
```
Rename the key to the one the schema defines.""",
        _bad("regions: [Morocco]", "region: [Morocco]"),
    ),
    _schema_rule(
        "S107",
        "bad-pattern",
        "A value is not in the expected form (slug, id, ORCID).",
        """What it does
Reports a value that does not match the form the schema gives it: an author
`slug` with capitals or spaces, a source `id` with spaces, a malformed ORCID.

Why is this bad?
Slugs and ids end up in URLs and in citations (`[@id]`); a space or a capital
breaks the link or the citation.

Example
```yaml
    slug: Leila Benkirane     # not in the expected form (lowercase words joined by hyphens)
```
Write `slug: leila-benkirane`.""",
        _bad("  - name: Leila Benkirane\n", "  - name: Leila Benkirane\n    slug: Leila B\n"),
    ),
    _schema_rule(
        "S108",
        "duplicate-item",
        "A list that must not repeat itself lists an item twice.",
        """What it does
Reports the second occurrence of an item in a list whose items must be unique,
such as `topics` and `regions`.

Why is this bad?
Duplicate tags double-count the brief in topic pages and usually hide a
copy-and-paste mistake.

Example
```yaml
regions: [Morocco, Morocco]    # lists 'Morocco' twice
```
Remove the duplicate.""",
        _bad("regions: [Morocco]", "regions: [Morocco, Morocco]"),
    ),
    _schema_rule(
        "S109",
        "schema-violation",
        "Any other violation of the schema in use (for instance a house schema's own constraints).",
        """What it does
Reports schema violations that have no code of their own, such as a `not`,
`if`/`then` or `dependentRequired` constraint in a house schema that extends
the shipped one.

Why is this bad?
The schema in use is the publisher's contract for what a brief must contain;
whatever it rejects will not publish cleanly.

Example
A house schema with `dependentRequired: {updated: [subtitle]}` reports a brief
that has `updated:` but no `subtitle:`. Fix the brief as the message says.""",
        "",
    ),
    _schema_rule(
        "S110",
        "updated-before-date",
        "The `updated` date is earlier than the publication date.",
        """What it does
Reports an `updated` date that comes before `date`.

Why is this bad?
A brief cannot be updated before it was published; one of the two dates is
wrong, and archives will show the wrong one.

Example
```yaml
date: 2026-03-12
updated: 2026-03-01     # before the publication date
```
Correct whichever date is wrong.""",
        _bad("date: 2026-03-12", "date: 2026-03-12\nupdated: 2026-03-01"),
    ),
)
