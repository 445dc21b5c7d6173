"""Markdown blocks from a real CommonMark parser (markdown-it-py), with their lines.

Only block structure is parsed here (inline parsing is left to
:mod:`brieflint.document.prose`, which keeps offsets); markdown-it's ``map`` gives each
block its 0-based line range in the text parsed.

Most section bodies are plain paragraphs between blank lines, perhaps with ATX
headings. Those are read by :func:`_plain_blocks`, which gives exactly the
blocks markdown-it gives (a property test compares the two) in a twentieth of
the time; any line that could start another kind of block (a list, a quote,
code, HTML, a table, a setext underline, a link reference) sends the whole
text to markdown-it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from brieflint import lazyre
from brieflint.records import NamedTuple


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


_new = tuple.__new__  # makes a Block without its Python-level __new__

# what may start a line of a plain paragraph: besides letters and digits, no block marker
_PLAIN_START = frozenset("\"'\u201c\u2018\u00ab\u201e\u00bf\u00a1($\u20ac\u00a3\u00a5")
# an ordered list item's marker (CommonMark: 1–9 digits, '.' or ')', then a blank or the end)
_ORDERED = lazyre.compile(r"\d{1,9}[.)](?:[ \t]|$)")
# an ATX heading with no '#' in its text and nothing strippable at its text's ends
_ATX = lazyre.compile(r"(#{1,6})(?: +([^#\s](?:[^#]*[^#\s])?)?)? *\Z")


def _plain_blocks(source: str) -> list[Block] | None:
    """The blocks of a text of only paragraphs and ATX headings, or None for anything else."""
    if "\r" in source or "\t" in source or "\0" in source:
        return None
    blocks: list[Block] = []
    lines = source.split("\n")
    start = -1

    def paragraph(end: int) -> bool:
        content = "\n".join(lines[start:end]).rstrip(" ")
        if content != content.rstrip():  # other white space at the end: trimming differs by version
            return False
        blocks.append(_new(Block, ("paragraph", start, end, content, 0, "")))
        return True

    for i, line in enumerate(lines):
        if not line.strip(" "):
            if start >= 0:
                if not paragraph(i):
                    return None
                start = -1
            continue
        first = line[0]
        if first == "#":
            m = _ATX.match(line)
            if m is None:
                return None
            if start >= 0:  # a heading ends a paragraph
                if not paragraph(i):
                    return None
                start = -1
            blocks.append(_new(Block, ("heading", i, i + 1, m.group(2) or "", len(m.group(1)), "")))
            continue
        if not (first.isalnum() or first in _PLAIN_START) or (first.isdigit() and _ORDERED.match(line)):
            return None
        if start < 0:
            start = i
    if start >= 0 and not paragraph(len(lines)):
        return None
    return blocks


def parse_blocks(source: str) -> list[Block]:
    """The leaf blocks of ``source`` in document order."""
    plain = _plain_blocks(source)
    if plain is not None:
        return plain
    return _parsed_blocks(source)


def _parsed_blocks(source: str) -> list[Block]:
    """The leaf blocks of ``source`` as markdown-it finds them."""
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
