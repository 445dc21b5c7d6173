"""The loaded brief as rules see it: :class:`Document` (the data, where each key and value
stands in the file, the body's sections) and :class:`Section`; :func:`scalar_text`, a
YAML scalar's text with the position of each character. :mod:`brieflint.document.brief`
makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from brieflint.document.positions import LineIndex, Text
from brieflint.document.yamldata import Node
from brieflint.model import Problem
from brieflint.records import NamedTuple

JsonPath = tuple[str | int, ...]


class Section(NamedTuple):
    """One section of the body: its heading (None for the lead) and its Markdown body."""

    index: int  # type: ignore[assignment]  # (a field named as tuple.index)
    heading: str | None
    level: int | None
    body: Text
    heading_text: Text | None = None  # the heading's words with their positions
    # the body's Markdown blocks (lines relative to the body), when the loader already parsed them
    blocks: tuple[Any, ...] | None = None


class Document:
    """A loaded brief. ``data`` is None when the file did not parse.

    Read-only, as a frozen record (a plain class: a frozen dataclass costs a
    one-brief run the ``dataclasses`` import); equal only to itself.
    """

    __slots__ = (
        *("path", "form", "text", "index", "data", "nodes", "keys", "sections", "problems", "newline", "bom"),
        *("front_matter_end", "_memo"),
    )
    path: str
    form: str
    text: str
    index: LineIndex
    data: dict[str, Any] | None
    nodes: dict[JsonPath, Node]
    keys: dict[JsonPath, Node]
    sections: tuple[Section, ...]
    problems: tuple[Problem, ...]
    newline: str
    bom: bool
    front_matter_end: int  # line (1-based) of the closing '---' in Markdown form
    _memo: dict[str, Any]

    def __init__(
        self,
        path: str,
        form: str,
        text: str,
        index: LineIndex,
        data: dict[str, Any] | None,
        nodes: dict[JsonPath, Node],
        keys: dict[JsonPath, Node],
        sections: tuple[Section, ...],
        problems: tuple[Problem, ...],
        newline: str = "\n",
        bom: bool = False,
        front_matter_end: int = 0,
    ) -> None:
        values: tuple[object, ...] = (path, form, text, index, data, nodes, keys, sections, problems, newline, bom)
        values += (front_matter_end, {})
        for name, value in zip(self.__slots__, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Document is read-only (cannot set {name!r})")

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, form={self.form!r}, ok={self.ok})"

    def with_path(self, path: str) -> Document:
        """The same brief under another name (its derived values are worked out again)."""
        return Document(
            path,
            self.form,
            self.text,
            self.index,
            self.data,
            self.nodes,
            self.keys,
            self.sections,
            self.problems,
            self.newline,
            self.bom,
            self.front_matter_end,
        )

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
