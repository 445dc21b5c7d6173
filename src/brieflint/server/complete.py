"""Completion: keys from the schema and terms from the taxonomy in the front matter, source ids after ``[@``.

It reads the buffer's text around the cursor, not the parsed document, so it
works in a half-typed front matter that does not parse yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from lsprotocol import types as lsp

from brieflint.records import NamedTuple

_CITE_OPEN = re.compile(r"(?:\[|;\s*)@([A-Za-z0-9_:.#$%&\-+?<>~/]*)$")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
_KEY_PREFIX = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w-]*)?$")
_VALUE = re.compile(r"^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:\s*([^#]*)$")
_ITEM = re.compile(r"^(\s*)-\s+([^#:]*)$")
TAXONOMY_KEYS = {"topics": "topics", "regions": "regions", "type": "types"}


class Context(NamedTuple):
    """What the cursor is on: ``kind`` is key, value or cite; ``parent`` the enclosing top-level key."""

    kind: str
    key: str | None  # the key whose value is being typed
    parent: str | None
    prefix: str


def yaml_lines(text_lines: list[str], form: str) -> range:
    """0-based lines holding YAML: a front matter's (even unterminated), or the whole YAML brief."""
    if form == "yaml":
        return range(len(text_lines))
    if not text_lines or text_lines[0].rstrip() != "---":
        return range(0)
    for n in range(1, len(text_lines)):
        if text_lines[n].rstrip() in ("---", "..."):
            return range(1, n)
    return range(1, len(text_lines))


def context(text_lines: list[str], form: str, line: int, character: int) -> Context | None:
    """The completion context at a 0-based line and code-point column."""
    current = text_lines[line] if 0 <= line < len(text_lines) else ""
    before = current[:character]
    cite = _CITE_OPEN.search(before)
    in_yaml = line in yaml_lines(text_lines, form)
    if cite and (not in_yaml or form == "yaml") and "[" in before:
        return Context("cite", None, None, cite.group(1))
    if not in_yaml:
        return None
    parent = _parent(text_lines, line, form)
    m = _VALUE.match(before)
    if m:
        rest = m.group(4)
        prefix = rest[1:].split(",")[-1] if rest.startswith("[") else rest
        indented = bool(m.group(1) or m.group(2))
        return Context("value", m.group(3), parent if indented else None, prefix.strip().strip("'\""))
    item = _ITEM.match(before)
    if item and parent in ("topics", "regions"):
        return Context("value", parent, None, item.group(2).strip().strip("'\""))
    m2 = _KEY_PREFIX.match(before)
    if m2:
        indented = bool(m2.group(1) or m2.group(2))
        return Context("key", None, parent if indented else None, m2.group(3) or "")
    return None


def _parent(text_lines: list[str], line: int, form: str) -> str | None:
    """The top-level key above ``line`` (for an indented line)."""
    lines = yaml_lines(text_lines, form)
    for n in range(line - 1, lines.start - 1, -1):
        m = _TOP_KEY.match(text_lines[n])
        if m:
            return m.group(1)
    return None


def _resolve(schema: Mapping[str, Any], node: Any) -> Any:
    """Follow a local ``$ref`` (``#/$defs/…``)."""
    for _ in range(10):
        if not isinstance(node, Mapping) or "$ref" not in node:
            return node
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            return node
        target: Any = schema
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def schema_properties(schema: Mapping[str, Any], parent: str | None) -> Mapping[str, Any]:
    """The properties at the top level, or of the items of the array ``parent``."""
    if parent is None:
        props = schema.get("properties", {})
    else:
        prop = _resolve(schema, schema.get("properties", {}).get(parent, {}))
        items = _resolve(schema, prop.get("items", {})) if isinstance(prop, Mapping) else {}
        props = items.get("properties", {}) if isinstance(items, Mapping) else {}
    return props if isinstance(props, Mapping) else {}


def key_items(
    schema: Mapping[str, Any], parent: str | None, present: Iterable[str], form: str
) -> list[lsp.CompletionItem]:
    props = schema_properties(schema, parent)
    required = set(schema.get("required", ())) if parent is None else set()
    if parent is not None:
        prop = _resolve(schema, schema.get("properties", {}).get(parent, {}))
        items = _resolve(schema, prop.get("items", {})) if isinstance(prop, Mapping) else {}
        required = set(items.get("required", ())) if isinstance(items, Mapping) else set()
    taken = set(present)
    out = []
    for name, spec in props.items():
        if name in taken or (form == "markdown" and parent is None and name == "sections"):
            continue
        spec = _resolve(schema, spec)
        doc = spec.get("description", "") if isinstance(spec, Mapping) else ""
        out.append(
            lsp.CompletionItem(
                label=name,
                kind=lsp.CompletionItemKind.Property,
                detail="required" if name in required else "optional",
                documentation=doc or None,
                insert_text=f"{name}: ",
                sort_text=("0" if name in required else "1") + name,
            )
        )
    return out


def present_keys(text_lines: list[str], form: str) -> list[str]:
    return [m.group(1) for n in yaml_lines(text_lines, form) if (m := _TOP_KEY.match(text_lines[n]))]


def term_items(terms: Mapping[str, Any], kind: str) -> list[lsp.CompletionItem]:
    """Terms of one taxonomy kind (``topics``, ``regions``, ``types``); deprecated ones left out."""
    out = []
    for name, term in terms.get(kind, {}).items():
        if getattr(term, "use", None):
            continue
        parents = getattr(term, "parents", ())
        description = getattr(term, "description", None)
        aliases = getattr(term, "aliases", ())
        out.append(
            lsp.CompletionItem(
                label=name,
                kind=lsp.CompletionItemKind.EnumMember,
                detail=f"{kind[:-1] if kind != 'types' else 'type'}"
                + (f" under {', '.join(parents)}" if parents else ""),
                documentation=description or None,
                filter_text=" ".join((name, *aliases)),
            )
        )
    return out


def enum_items(schema: Mapping[str, Any], parent: str | None, key: str) -> list[lsp.CompletionItem]:
    spec = _resolve(schema, schema_properties(schema, parent).get(key, {}))
    values = spec.get("enum", []) if isinstance(spec, Mapping) else []
    return [lsp.CompletionItem(label=str(v), kind=lsp.CompletionItemKind.EnumMember) for v in values]


def source_items(sources: Iterable[tuple[int, Mapping[str, Any]]]) -> list[lsp.CompletionItem]:
    return [
        lsp.CompletionItem(
            label=str(s["id"]),
            kind=lsp.CompletionItemKind.Reference,
            detail=str(s.get("title", "")) or None,
            documentation=str(s["url"]) if s.get("url") else None,
        )
        for _, s in sources
    ]


_ITEM_FIELD = re.compile(r"^\s*(?:-\s+)?(id|title|url)\s*:\s*(.*?)\s*(?:#.*)?$")


def sources_in_text(text_lines: list[str], form: str) -> list[tuple[int, dict[str, Any]]]:
    """The ``sources`` entries as the text reads, for a front matter that does not parse yet."""
    out: list[dict[str, Any]] = []
    inside = False
    for n in yaml_lines(text_lines, form):
        line = text_lines[n]
        top = _TOP_KEY.match(line)
        if top:
            inside = top.group(1) == "sources"
            continue
        m = _ITEM_FIELD.match(line) if inside else None
        if m is None:
            continue
        value = m.group(2).strip("'\"")
        if line.lstrip().startswith("-") or not out:
            out.append({})
        out[-1].setdefault(m.group(1), value)
    return [(i, s) for i, s in enumerate(out) if s.get("id")]
