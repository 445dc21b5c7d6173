"""A brief's tags resolved against the taxonomy (once per document, for every T rule); findings placed at a tag."""

from __future__ import annotations

from typing import Any

from brieflint.checks.taxonomy.model import for_context
from brieflint.checks.taxonomy.terms import Match, Taxonomy
from brieflint.document.brief import Document
from brieflint.document.yamledit import JsonPath, problem_at
from brieflint.model import Context, Fix, Problem
from brieflint.records import NamedTuple


class Tag(NamedTuple):
    """One tag as written: ``type`` (index None) or an item of ``topics``/``regions``."""

    kind: str
    index: int | None  # type: ignore[assignment]  # the item's number; shadows tuple.index on purpose
    path: JsonPath
    written: str
    match: Match | None


def tags(doc: Document, tax: Taxonomy) -> tuple[Tag, ...]:
    """Every type, topic and region tag of the brief, resolved (memoised per document)."""

    def build() -> tuple[Tag, ...]:
        data = doc.data or {}
        out: list[Tag] = []
        value = data.get("type")
        if isinstance(value, str) and value.strip():
            out.append(Tag("types", None, ("type",), value, tax.resolve("types", value)))
        for kind in ("topics", "regions"):
            items = data.get(kind)
            if not isinstance(items, list):
                continue
            for i, item in enumerate(items):
                if isinstance(item, str) and item.strip():
                    out.append(Tag(kind, i, (kind, i), item, tax.resolve(kind, item)))
        return tuple(out)

    return doc.memo("taxonomy.tags", build)


def taxonomy(ctx: Context) -> Taxonomy:
    return for_context(ctx)


def problem(
    doc: Document, tag: Tag, message: str, fix: Fix | None = None, data: dict[str, Any] | None = None
) -> Problem:
    """A problem at the tag's list item (or the ``type`` value)."""
    return problem_at(doc, tag.path, message, fix, data)


def duplicates(all_tags: tuple[Tag, ...]) -> dict[int, Tag]:
    """Tags (by position in ``all_tags``) that repeat an earlier tag of the same kind once resolved, mapped to it."""
    out: dict[int, Tag] = {}
    first: dict[tuple[str, str], Tag] = {}
    for n, tag in enumerate(all_tags):
        if tag.match is None or tag.index is None:
            continue
        key = (tag.kind, tag.match.target.name)
        if key in first:
            if first[key].written != tag.written:  # identical strings are S108's
                out[n] = first[key]
        else:
            first[key] = tag
    return out


def targets_elsewhere(all_tags: tuple[Tag, ...], tag: Tag) -> bool:
    """Whether the term this tag should become is already tagged by another item."""
    assert tag.match is not None
    return any(
        t is not tag and t.kind == tag.kind and t.match is not None and t.match.target.name == tag.match.target.name
        for t in all_tags
    )


def quote_list(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


# ----- T101–T103: unknown terms ----------------------------------------------------------
