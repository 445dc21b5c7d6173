"""Positions: brieflint's 1-based lines and code-point columns, and LSP's 0-based positions.

An LSP ``character`` counts code units of the negotiated encoding (UTF-16 unless
the client and server agreed on another): a character outside the Basic
Multilingual Plane (an emoji, a rare CJK ideograph) is two UTF-16 units but one
brieflint column. Lines are the same in both: the loader treats ``\\r\\n``,
``\\r`` and ``\\n`` as line breaks, as the LSP specification does.
"""

from __future__ import annotations

import re

from brieflint.records import NamedTuple

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"

_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their line breaks (a final break ends the last line)."""
    return _BREAK.split(text)


class Pos(NamedTuple):
    """An LSP position: 0-based line and character (in code units)."""

    line: int
    character: int


class Lines:
    """The lines of one text, to convert positions both ways."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.lines = split_lines(text)
        self.breaks = _BREAK.findall(text)
        self.encoding = encoding

    def newline(self) -> str:
        """The text's most common line break (``\\n`` when it has none)."""
        return max(("\n", "\r\n", "\r"), key=self.breaks.count) if self.breaks else "\n"

    def line(self, n: int) -> str:
        """0-based line ``n`` ('' past the end)."""
        return self.lines[n] if 0 <= n < len(self.lines) else ""

    def to_lsp(self, line: int, column: int) -> Pos:
        """The LSP position of a 1-based (line, column); a column past the line's end is clamped to it."""
        n = max(0, line - 1)
        if n >= len(self.lines):
            n = len(self.lines) - 1
            return Pos(n, units(self.lines[n], self.encoding))
        text = self.lines[n]
        col = min(max(0, column - 1), len(text))
        return Pos(n, units(text[:col], self.encoding))

    def from_lsp(self, line: int, character: int) -> tuple[int, int]:
        """The 1-based (line, column) of an LSP position; inside a surrogate pair, the column of its character."""
        n = max(0, min(line, len(self.lines) - 1))
        text = self.lines[n]
        if self.encoding == UTF32:
            return n + 1, min(max(0, character), len(text)) + 1
        count = 0
        for i, ch in enumerate(text):
            width = units(ch, self.encoding)
            if count + width > character:
                return n + 1, i + 1
            count += width
        return n + 1, len(text) + 1

    def at_offset(self, offset: int) -> Pos:
        """The LSP position of a character offset in the text as written (line breaks included)."""
        for n, text in enumerate(self.lines):
            if offset <= len(text) or n == len(self.lines) - 1:
                return Pos(n, units(text[: max(0, offset)], self.encoding))
            offset -= len(text) + len(self.breaks[n])
        return Pos(0, 0)  # pragma: no cover - the loop always returns
