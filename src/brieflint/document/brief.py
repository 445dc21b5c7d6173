"""A brief loaded once, with positions, and shared by every rule.

``load(path)`` reads a file in either form (Markdown with front matter, or a
``*.brief.yaml``) into a :class:`Document`: the data the schema validates,
where each key and value stands in the file, the body's sections as
:class:`~brieflint.document.positions.Text` (so rules can turn any offset into a line
and column), and the problems found while loading (``E`` codes).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from brieflint.document.positions import LineIndex, Text
from brieflint.document.source import DEFAULT_MAX_BYTES, Unreadable, decode, read_bytes
from brieflint.document.yamldata import Loaded, Node, load_yaml
from brieflint.model import Problem
from brieflint.records import NamedTuple

MARKDOWN_SUFFIXES = (".md", ".markdown")
YAML_SUFFIXES = (".brief.yaml", ".brief.yml")

JsonPath = tuple[str | int, ...]


def form_of(path: str | os.PathLike[str]) -> str | None:
    """``"markdown"``, ``"yaml"`` or None, from the file name."""
    name = os.fspath(path).lower()
    if name.endswith(YAML_SUFFIXES):
        return "yaml"
    if name.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    return None


class Section(NamedTuple):
    """One section of the body: its heading (None for the lead) and its Markdown body."""

    index: int  # type: ignore[assignment]  # (a field named as tuple.index)
    heading: str | None
    level: int | None
    body: Text
    heading_text: Text | None = None  # the heading's words with their positions
    # the body's Markdown blocks (lines relative to the body), when the loader already parsed them
    blocks: tuple[Any, ...] | None = None


@dataclass(frozen=True, eq=False)
class Document:
    """A loaded brief. ``data`` is None when the file did not parse."""

    path: str
    form: str
    text: str
    index: LineIndex
    data: dict[str, Any] | None
    nodes: dict[JsonPath, Node]
    keys: dict[JsonPath, Node]
    sections: tuple[Section, ...]
    problems: tuple[Problem, ...]
    newline: str = "\n"
    bom: bool = False
    front_matter_end: int = 0  # line (1-based) of the closing '---' in Markdown form
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """The file parsed into a mapping: data-reading rules can run."""
        return isinstance(self.data, dict)

    def memo(self, key: str, build: Callable[[], Any]) -> Any:
        """Compute a derived value once per document (Markdown blocks, prose, sentences…)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    # ----- positions of data -------------------------------------------------

    def where(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path`` (or of its key).

        A missing path is located at the nearest mapping that exists on the
        way to it (for a missing key, the mapping that lacks it); an empty
        value is located at its key, since the parser marks the next token.
        """
        path = tuple(path)
        if key and path in self.keys:
            m = self.keys[path].start
            return m.line + 1, m.column + 1
        while path:
            node = self.nodes.get(path)
            if node is not None:
                if (node.empty or node.style == "*") and path in self.keys:
                    m = self.keys[path].start
                else:
                    m = node.start
                return m.line + 1, m.column + 1
            path = path[:-1]
        node = self.nodes.get(())
        if node is None:
            return 1, 1
        return node.start.line + 1, node.start.column + 1

    def span(self, path: JsonPath) -> tuple[int, int, int | None, int | None]:
        """(line, column, end_line, end_column) of the value at ``path``, end where known.

        For a single-line scalar the end is exact; for a block or multi-line
        value only the start is given.
        """
        line, col = self.where(path)
        node = self.nodes.get(tuple(path))
        if node is None or node.empty or node.style == "*" or node.style in ("|", ">"):
            return line, col, None, None
        if node.end.line == node.start.line:
            return line, col, node.end.line + 1, node.end.column + 1
        return line, col, None, None

    def value_at(self, path: JsonPath) -> Any:
        """The value at ``path`` in the data, or None where there is none."""
        value: Any = self.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return None
        return value

    def text_at(self, path: JsonPath) -> Text | None:
        """The string value at ``path`` as a :class:`Text` with file positions."""
        value = self.value_at(path)
        if not isinstance(value, str):
            return None
        node = self.nodes.get(tuple(path))
        if node is None:
            return None
        return scalar_text(self.text, self.index, value, node)

    def line_text(self, line: int) -> str:
        """The file's line ``line`` (1-based), without its newline."""
        if not 1 <= line <= self.index.lines:
            return ""
        start = self.index.starts[line - 1]
        end = self.index.starts[line] - 1 if line < self.index.lines else len(self.text)
        return self.text[start:end]


def scalar_text(text: str, index: LineIndex, value: str, node: Node) -> Text:
    """Map a YAML scalar's value back onto the file."""
    start = node.start.index
    if node.style in ("|", ">"):
        # the mark is the indicator; the text starts on the next line
        nl = text.find("\n", start)
        first = nl + 1 if nl != -1 else start
        return Text.from_lines(value, text[first : node.end.index], first, index)
    if node.style in ("", None) and "\n" not in text[start : node.end.index]:
        return Text.span(value, start, index)
    if node.style in ('"', "'") and "\n" not in text[start : node.end.index]:
        raw = text[start + 1 : node.end.index - 1]
        if raw == value:
            return Text.span(value, start + 1, index)
        unescaped = _unescape_map(raw, value, node.style, start + 1, index)
        if unescaped is not None:
            return unescaped
    return Text.from_lines(value, text[start : node.end.index], start, index)


_ESCAPE_LENGTH = {"x": 4, "u": 6, "U": 10}


def _unescape_map(raw: str, value: str, style: str, origin: int, index: LineIndex) -> Text | None:
    """Map a one-line quoted scalar's value onto its escaped source (``''``, ``\\"``, ``\\u00e9``).

    Runs of plain characters map one to one and are taken whole (found with
    ``str.find``); only escapes are stepped over one by one. A YAML-form body is
    often one long double-quoted line, so this is on the hot path.
    """
    mark = "''" if style == "'" else "\\"
    starts: list[int] = []
    origins: list[int] = []
    i = j = 0
    n, m = len(value), len(raw)
    while i < n and j < m:
        k = raw.find(mark, j)
        if k == -1 or (style == '"' and k + 1 >= m):
            k = m
        if k > j:  # plain characters: value[i:i+run] stands at raw[j:j+run]
            run = min(k - j, n - i)
            step = run
        else:  # one escape: one character of the value
            run = 1
            step = 2 if style == "'" else _ESCAPE_LENGTH.get(raw[j + 1], 2)
        at = origin + j
        if not (starts and origins[-1] + (i - starts[-1]) == at):
            starts.append(i)
            origins.append(at)
        i += run
        j += step
    if i != n:
        return None
    if not starts:
        return Text(value, (0,), (origin,), index)
    return Text(value, tuple(starts), tuple(origins), index)


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
