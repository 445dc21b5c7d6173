"""Markdown blocks from a real CommonMark parser (markdown-it-py), with their lines.

Only block structure is parsed here (inline parsing is left to
:mod:`brieflint.text`, which keeps offsets); markdown-it's ``map`` gives each
block its 0-based line range in the text parsed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple


class Block(NamedTuple):
    """A leaf block: ``kind`` is heading, paragraph, code, html or table.

    ``line_start``/``line_end`` are 0-based, end exclusive, relative to the
    parsed text. ``content`` is the inline source (for paragraphs and
    headings: without block markers such as ``> `` or list bullets).
    ``container`` is ``"blockquote"``, ``"list"`` or ``""``.
    """

    kind: str
    line_start: int
    line_end: int
    content: str
    level: int = 0
    container: str = ""


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    md.core.ruler.disable(["inline", "text_join"])
    return md


def parse_blocks(source: str) -> list[Block]:
    """The leaf blocks of ``source`` in document order."""
    tokens = _parser().parse(source)
    blocks: list[Block] = []
    containers: list[str] = []
    pending: tuple[str, int, list[int]] | None = None
    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            containers.append("blockquote")
        elif t in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif t in ("blockquote_close", "bullet_list_close", "ordered_list_close"):
            if containers:
                containers.pop()
        elif t == "heading_open":
            pending = ("heading", int(tok.tag[1:]), tok.map or [0, 0])
        elif t == "paragraph_open":
            pending = ("paragraph", 0, tok.map or [0, 0])
        elif t in ("th_open", "td_open"):
            pending = ("table", 0, tok.map or [0, 0])
        elif t == "inline" and pending is not None:
            kind, level, m = pending
            line_map = m if kind == "heading" else (tok.map or m)
            container = "blockquote" if "blockquote" in containers else ("list" if containers else "")
            blocks.append(Block(kind, line_map[0], line_map[1], tok.content, level, container))
            pending = None
        elif t in ("fence", "code_block"):
            m = tok.map or [0, 0]
            blocks.append(Block("code", m[0], m[1], tok.content))
        elif t == "html_block":
            m = tok.map or [0, 0]
            blocks.append(Block("html", m[0], m[1], tok.content))
    return blocks
