"""Offsets to lines and columns, and text that remembers where it came from.

Lines and columns are 1-based; columns count code points (not bytes, not
display cells), so an emoji or a combining mark is one column, and Arabic text
is counted in logical order, as it is stored.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from brieflint.records import NamedTuple

# tuple.__new__ makes the named tuples built per line or per piece of markup: their own
# __new__ is a Python function (a brief makes a few hundred of them)
_new = tuple.__new__


class LineIndex(NamedTuple):
    """Line starts of one file's text (newlines normalised to ``\\n``)."""

    starts: tuple[int, ...]
    length: int

    @classmethod
    def of(cls, text: str) -> LineIndex:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return cls(tuple(starts), len(text))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        offset = max(0, min(offset, self.length))
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Character offset of a 1-based (line, column)."""
        line = max(1, min(line, len(self.starts)))
        return self.starts[line - 1] + column - 1

    @property
    def lines(self) -> int:
        return len(self.starts)


class Text(NamedTuple):
    """A string and, for each of its characters, the file offset it came from.

    The map is a list of segments: character ``starts[k]`` of ``value`` stands
    at file offset ``origins[k]``, and the characters after it follow it in
    the file until the next segment. Building a ``Text`` costs one entry per
    line or per removed piece of markup, not one per character.
    """

    value: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    index: LineIndex  # type: ignore[assignment]  # (a field named as tuple.index)

    @classmethod
    def span(cls, value: str, origin: int, index: LineIndex) -> Text:
        """A text that stands in the file as it is, from ``origin`` on."""
        return _new(cls, (value, (0,), (origin,), index))

    @classmethod
    def from_lines(cls, value: str, source: str, first_line_offset: int, index: LineIndex) -> Text:
        """Align ``value`` to ``source`` line by line.

        For values that a parser has unindented, folded or unescaped: each
        source line's content is looked for in ``value`` from where the last
        one ended; when a line is not found as is (escapes), the map keeps the
        last good segment, so positions stay near, never past the text.
        """
        starts: list[int] = []
        origins: list[int] = []
        cursor = 0
        offset = first_line_offset
        for raw in source.split("\n"):
            content = raw.strip()
            if content:
                at = value.find(content, cursor)
                if at == -1:
                    # a quoted scalar's first or last line carries its quote marks
                    trimmed = content.strip("\"'")
                    at = value.find(trimmed, cursor) if trimmed else -1
                    if at != -1:
                        lead = raw.index(trimmed)
                        starts.append(at)
                        origins.append(offset + lead)
                        cursor = at + len(trimmed)
                else:
                    starts.append(at)
                    origins.append(offset + raw.index(content))
                    cursor = at + len(content)
            offset += len(raw) + 1
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
            origins.insert(0, origins[0] if origins else first_line_offset)
        return cls(value, tuple(starts), tuple(origins), index)

    def offset(self, i: int) -> int:
        """File offset of character ``i`` of ``value`` (``len(value)`` is allowed)."""
        k = bisect_right(self.starts, i) - 1
        if k < 0:
            k = 0
        return self.origins[k] + (i - self.starts[k])

    def locate(self, i: int) -> tuple[int, int]:
        """1-based (line, column) in the file of character ``i``."""
        return self.index.position(self.offset(i))

    def locate_end(self, end: int) -> tuple[int, int]:
        """Exclusive end position of a span ending at ``end``: one past its last character."""
        if end <= 0:
            return self.locate(0)
        line, col = self.locate(end - 1)
        return line, col + 1

    def slice(self, start: int, end: int) -> Text:
        """The part ``value[start:end]`` with its map."""
        k0 = max(bisect_right(self.starts, start) - 1, 0)
        starts = [0]
        origins = [self.origins[k0] + (start - self.starts[k0])]
        for k in range(k0 + 1, len(self.starts)):
            s = self.starts[k]
            if s >= end:
                break
            starts.append(s - start)
            origins.append(self.origins[k])
        return Text(self.value[start:end], tuple(starts), tuple(origins), self.index)


class TextBuilder:
    """Build a :class:`Text` piece by piece (used to strip markup)."""

    def __init__(self, index: LineIndex) -> None:
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._length = 0
        self._index = index

    def add(self, piece: str, origin: int) -> None:
        """Append ``piece``, which stands in the file at ``origin`` onwards."""
        if not piece:
            return
        if not (self._starts and self._origins[-1] + (self._length - self._starts[-1]) == origin):
            self._starts.append(self._length)
            self._origins.append(origin)
        self._parts.append(piece)
        self._length += len(piece)

    def add_text(self, text: Text, start: int = 0, end: int | None = None) -> None:
        """Append part of another Text, keeping its map."""
        end = len(text.value) if end is None else end
        if start >= end:
            return
        starts = text.starts  # ascending (offset() relies on it too): the segments inside are a slice
        if len(starts) == 1:  # one segment (most texts): the part stands as it is
            self.add(text.value[start:end], text.origins[0] + (start - starts[0]))
            return
        points = [start, *starts[bisect_right(starts, start) : bisect_left(starts, end)]]
        for a, b in zip(points, [*points[1:], end], strict=True):
            self.add(text.value[a:b], text.offset(a))

    def build(self) -> Text:
        value = "".join(self._parts)
        if not self._starts:
            return Text(value, (0,), (0,), self._index)
        return _new(Text, (value, tuple(self._starts), tuple(self._origins), self._index))


def join(texts: Iterable[Text], sep: str, index: LineIndex) -> Text:
    """Concatenate texts with ``sep`` between them (``sep`` maps to the end of the previous one)."""
    b = TextBuilder(index)
    first = True
    for t in texts:
        if not first and sep:
            b.add(sep, t.offset(0))
        b.add_text(t)
        first = False
    return b.build()
