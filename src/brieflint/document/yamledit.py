"""Naming and editing a YAML value of a Document: its display path, its scalar as YAML, a fix that replaces it.

Shared by the rule families that report on front-matter values and offer fixes
for them (taxonomy terms, language tags, schema messages) and by the taxonomy
generator, so none of them imports another.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from brieflint.model import Fix, Problem

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document

JsonPath = tuple[str | int, ...]


def display(path: Iterable[str | int]) -> str:
    """``('authors', 1, 'bio')`` → ``authors[1].bio``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}


def plain_ok(value: str, *, flow: bool = False) -> bool:
    """Whether ``value`` can be written as a plain YAML scalar and read back as the same string."""
    from brieflint.document.yamldata import resolve_plain

    if not value or value != value.strip() or "\n" in value:
        return False
    indicator_ok = value[0] in "-?:" and len(value) > 1 and value[1] not in " \t" and not flow
    if value[0] in _PLAIN_BAD_START and not indicator_ok:
        return False
    if ": " in value or " #" in value or value.endswith(":") or "\t" in value:
        return False
    if flow and any(c in value for c in ",[]{}"):
        return False
    if value.lower() in _YAML11_WORDS or value[0] in "0123456789+.":
        return False  # YAML 1.1 readers would take it for a boolean or a number
    return resolve_plain(value) == value and isinstance(resolve_plain(value), str)


def yaml_scalar(value: str, *, flow: bool = False) -> str:
    """``value`` as YAML: plain when that is safe, otherwise double-quoted."""
    return value if plain_ok(value, flow=flow) else json.dumps(value, ensure_ascii=False)


def scalar_fix(doc: Document, path: JsonPath, new: str) -> Fix | None:
    """A fix that replaces the string at ``path`` by ``new``, covering exactly the value's characters.

    A plain scalar is replaced as it stands (``new`` quoted if it could not be
    plain there); in a quoted scalar without escapes only the characters
    between the quotes are replaced; a scalar with escapes is replaced whole.
    Block and multi-line scalars get no fix.
    """
    node = doc.nodes.get(tuple(path))
    if node is None or node.empty or node.style in ("|", ">", "*", None) or node.start.line != node.end.line:
        return None
    value = doc.value_at(path)
    if not isinstance(value, str):
        return None
    start, end = node.start.index, node.end.index
    raw = doc.text[start:end]
    parent = doc.nodes.get(tuple(path[:-1]))
    flow = bool(parent is not None and doc.text[parent.start.index : parent.start.index + 1] in ("[", "{"))
    if node.style == "":
        if raw != value:
            return None
        old, text = raw, yaml_scalar(new, flow=flow)
    elif node.style == "'" and raw[1:-1].replace("''", "'") == value:
        start, end = start + 1, end - 1
        old, text = raw[1:-1], new.replace("'", "''")
    elif node.style == '"' and raw[1:-1] == value and "\\" not in raw:
        start, end = start + 1, end - 1
        old, text = raw[1:-1], json.dumps(new, ensure_ascii=False)[1:-1]
    else:
        old, text = raw, json.dumps(new, ensure_ascii=False)
    line, col = doc.index.position(start)
    end_line, end_col = doc.index.position(end)
    return Fix(line, col, end_line, end_col, old, text)


def problem_at(
    doc: Document,
    path: JsonPath,
    message: str,
    fix: Fix | None = None,
    data: dict[str, Any] | None = None,
) -> Problem:
    """A problem spanning the value at ``path`` (for a missing value: the mapping that lacks it)."""
    line, col, end_line, end_col = doc.span(path)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, fix=fix, data=data)
