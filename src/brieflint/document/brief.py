"""A brief loaded once, with positions, and shared by every rule.

``load(path)`` reads a file in either form (Markdown with front matter, or a
``*.brief.yaml``) into a :class:`Document`: the data the schema validates,
where each key and value stands in the file, the body's sections as
:class:`~brieflint.document.positions.Text` (so rules can turn any offset into a line
and column), and the problems found while loading (``E`` codes). The records
themselves are in :mod:`brieflint.document.record`; this module makes them.
"""

from __future__ import annotations

import os
from typing import Any

from brieflint.document.positions import LineIndex, Text
from brieflint.document.record import Document, Section, scalar_text
from brieflint.document.source import DEFAULT_MAX_BYTES, Unreadable, decode, read_bytes
from brieflint.document.yamldata import Loaded, load_yaml
from brieflint.model import Problem

MARKDOWN_SUFFIXES = (".md", ".markdown")
YAML_SUFFIXES = (".brief.yaml", ".brief.yml")


def form_of(path: str | os.PathLike[str]) -> str | None:
    """``"markdown"``, ``"yaml"`` or None, from the file name."""
    name = os.fspath(path).lower()
    if name.endswith(YAML_SUFFIXES):
        return "yaml"
    if name.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    return None


# ----- loading --------------------------------------------------------------


def _failed(path: str, form: str, problem: Problem, text: str = "") -> Document:
    return Document(
        path=path,
        form=form,
        text=text,
        index=LineIndex.of(text),
        data=None,
        nodes={},
        keys={},
        sections=(),
        problems=(problem,),
    )


def unread(path: str, problem: Problem) -> Document:
    """The document of a file that was not read (or not read to the end): ``problem`` says why."""
    return _failed(path, form_of(path) or "markdown", problem)


def load(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    form: str | None = None,
    data: bytes | None = None,
) -> Document:
    """Load one brief. Never raises for bad input: problems are in ``Document.problems``.

    ``data``: the file's bytes, already read (by the cache, which keys on them), so it is not read twice.
    """
    shown = os.fspath(path)
    form = form or form_of(shown) or "markdown"
    try:
        text, bom, newline = decode(data if data is not None else read_bytes(shown, max_bytes))
    except Unreadable as failed:
        return _failed(shown, form, failed.problem)
    return parse(shown, text, form=form, bom=bom, newline=newline)


def parse(path: str, text: str, *, form: str, bom: bool = False, newline: str = "\n") -> Document:
    """Parse already-decoded text (``\\n`` newlines) of a brief in ``form``."""
    index = LineIndex.of(text)
    if not text.strip():
        return _failed(
            path, form, Problem(1, 1, "file is empty; a brief needs front matter and a body", code="E007"), text
        )
    if form == "yaml":
        loaded = load_yaml(text)
        body_sections: tuple[Section, ...] = ()
        fm_end = 0
    else:
        first_end = text.find("\n")
        first = text[: first_end if first_end != -1 else len(text)]
        if first.rstrip() != "---":
            return _failed(
                path,
                form,
                Problem(
                    1,
                    1,
                    "no front matter: a Markdown brief starts with a '---' line, then YAML, then '---'",
                    code="E005",
                ),
                text,
            )
        close = _closing_fence(text, first_end + 1)
        if close is None:
            return _failed(
                path,
                form,
                Problem(1, 1, "front matter is not closed: add a '---' line after the YAML", code="E006"),
                text,
            )
        fm_start = first_end + 1
        fm_close_start, body_start = close
        fm_end = index.position(fm_close_start)[0]
        loaded = load_yaml(text[fm_start:fm_close_start], line0=1, offset0=fm_start)
        body_sections = markdown_sections(text, body_start, index) if not loaded.failed else ()
    return _assemble(path, form, text, index, loaded, body_sections, bom, newline, fm_end)


def _closing_fence(text: str, start: int) -> tuple[int, int] | None:
    """(start of the closing '---' line, start of the body) or None."""
    pos = start
    n = len(text)
    while pos <= n:
        end = text.find("\n", pos)
        line = text[pos : end if end != -1 else n]
        if line.rstrip() in ("---", "..."):
            return pos, (end + 1 if end != -1 else n)
        if end == -1:
            return None
        pos = end + 1
    return None


def _assemble(
    path: str,
    form: str,
    text: str,
    index: LineIndex,
    loaded: Loaded,
    body_sections: tuple[Section, ...],
    bom: bool,
    newline: str,
    fm_end: int,
) -> Document:
    problems = list(loaded.problems)
    data = loaded.data if not loaded.failed else None
    if not loaded.failed and not isinstance(data, dict):
        where = loaded.nodes.get(())
        line, col = (where.start.line + 1, where.start.column + 1) if where else (1, 1)
        what = "empty" if data is None else f"a {_kind(data)}"
        place = "front matter" if form == "markdown" else "brief"
        problems.append(
            Problem(line, col, f"the {place} is {what}, not a mapping of keys (title:, authors:, …)", code="E008")
        )
        data = None
    sections: tuple[Section, ...] = ()
    if isinstance(data, dict):
        if form == "markdown":
            sections = body_sections
            if "sections" not in data:
                data = {**data, "sections": [_section_dict(s) for s in sections]}
        else:
            sections = _yaml_sections(data, loaded, text, index)
    return Document(
        path=path,
        form=form,
        text=text,
        index=index,
        data=data,
        nodes=loaded.nodes,
        keys=loaded.keys,
        sections=sections,
        problems=tuple(problems),
        newline=newline,
        bom=bom,
        front_matter_end=fm_end,
    )


def _kind(value: Any) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(type(value), "value")


def _section_dict(s: Section) -> dict[str, Any]:
    out: dict[str, Any] = {"heading": s.heading, "body": s.body.value}
    if s.level is not None:
        out["level"] = s.level
    return out


def _yaml_sections(data: dict[str, Any], loaded: Loaded, text: str, index: LineIndex) -> tuple[Section, ...]:
    items = data.get("sections")
    if not isinstance(items, list):
        return ()
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        body = item.get("body")
        heading = item.get("heading")
        level = item.get("level")
        node = loaded.nodes.get(("sections", i, "body"))
        if isinstance(body, str) and node is not None:
            body_text = scalar_text(text, index, body, node)
        else:
            anchor = loaded.nodes.get(("sections", i)) or loaded.nodes.get(())
            body_text = Text.span("", anchor.start.index if anchor else 0, index)
        heading_text = None
        hnode = loaded.nodes.get(("sections", i, "heading"))
        if isinstance(heading, str) and hnode is not None:
            heading_text = scalar_text(text, index, heading, hnode)
        out.append(
            Section(
                index=i,
                heading=heading if isinstance(heading, str) else None,
                level=level if isinstance(level, int) and not isinstance(level, bool) else None,
                body=body_text,
                heading_text=heading_text,
            )
        )
    return tuple(out)


def markdown_sections(text: str, body_start: int, index: LineIndex) -> tuple[Section, ...]:
    """Split a Markdown body at its level 1–3 headings (ATX or setext), with a real CommonMark parser.

    The body is parsed once; each section keeps its own blocks, so the prose
    layer does not parse it again.
    """
    from brieflint.document.markdown import parse_blocks

    body = text[body_start:]
    first_line = index.position(body_start)[0] if body_start < len(text) else index.lines
    blocks = parse_blocks(body)
    headings = [b for b in blocks if b.kind == "heading" and b.level <= 3]
    sections: list[Section] = []
    line_offsets = index.starts
    prev_end = body_start
    prev_heading: tuple[str | None, int | None, Text | None] = (None, None, None)

    nth = [0]  # the first block not yet given to a section: blocks come in order, so each is looked at once

    def add(start: int, end: int) -> None:
        lo = index.position(start)[0] - first_line  # the section's first line, relative to the body
        hi = index.position(end)[0] - first_line if end < len(text) else 1 << 30
        i = nth[0]
        while i < len(blocks) and blocks[i].line_start < lo:
            i += 1
        j = i
        while j < len(blocks) and blocks[j].line_start < hi:
            j += 1
        nth[0] = j
        own = tuple(
            b._replace(line_start=b.line_start - lo, line_end=b.line_end - lo)
            for b in blocks[i:j]
            if not (b.kind == "heading" and b.level <= 3)
        )
        sections.append(_make_section(len(sections), prev_heading, text, start, end, index, own))

    for h in headings:
        h_start = line_offsets[first_line - 1 + h.line_start]
        h_end_line = first_line - 1 + h.line_end
        h_end = line_offsets[h_end_line] if h_end_line < len(line_offsets) else len(text)
        if prev_heading[0] is not None or text[prev_end:h_start].strip():
            add(prev_end, h_start)
        htext = _heading_text(text, h_start, h_end, h.content, index)
        prev_heading = (h.content, h.level, htext)
        prev_end = h_end
    if prev_heading[0] is not None or text[prev_end:].strip():
        add(prev_end, len(text))
    return tuple(sections)


def _make_section(
    i: int,
    heading: tuple[str | None, int | None, Text | None],
    text: str,
    start: int,
    end: int,
    index: LineIndex,
    blocks: tuple[Any, ...] | None = None,
) -> Section:
    return Section(
        index=i,
        heading=heading[0],
        level=heading[1],
        body=Text.span(text[start:end], start, index),
        heading_text=heading[2],
        blocks=blocks,
    )


def _heading_text(text: str, start: int, end: int, content: str, index: LineIndex) -> Text:
    raw = text[start:end]
    at = raw.find(content) if content else -1
    if at == -1:
        return Text.span(content, start, index)
    return Text.span(content, start + at, index)
