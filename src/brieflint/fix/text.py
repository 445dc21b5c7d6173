"""A file's text as written (every line break kept) and the edits fixes make to it.

:class:`Source` holds the text with its own line breaks (CRLF, lone CR, mixed),
so that an edit changes only the bytes it targets; :func:`parse_source` gives the
document the loader would make of it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from brieflint.document.brief import Document, parse
from brieflint.model import Finding

BOM = b"\xef\xbb\xbf"
BREAK = re.compile(r"\r\n|\r|\n")


class FixError(Exception):
    """A file that cannot be fixed safely; the message says why, for a person."""


@dataclass(frozen=True)
class Source:
    """A file's text with its line breaks as written, and where its lines start."""

    text: str
    bom: bool
    starts: tuple[int, ...]  # offset of each line's first character
    ends: tuple[int, ...]  # offset of each line's break (or the end of the text)

    @classmethod
    def of(cls, text: str, bom: bool) -> Source:
        starts = [0]
        ends = []
        for m in BREAK.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        return cls(text, bom, tuple(starts), tuple(ends))

    @property
    def normalized(self) -> str:
        """The text the loader sees (``\\n`` line breaks)."""
        return BREAK.sub("\n", self.text)

    @property
    def newline(self) -> str:
        """The file's most common line break (for text a fix inserts)."""
        crlf = self.text.count("\r\n")
        cr = self.text.count("\r") - crlf
        lf = self.text.count("\n") - crlf
        best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
        return best[1] if best[0] else "\n"

    def offset(self, line: int, column: int) -> int | None:
        """Offset of a 1-based (line, column) in the text as written; None when it is not in the file."""
        if not (isinstance(line, int) and isinstance(column, int)) or line < 1 or column < 1:
            return None
        if line > len(self.starts):
            return None
        start = self.starts[line - 1]
        if start + column - 1 > self.ends[line - 1]:
            return None  # past the end of the line (a column inside a line break)
        return start + column - 1

    def encode(self) -> bytes:
        return (BOM if self.bom else b"") + self.text.encode("utf-8")


def decode(raw: bytes) -> Source | None:
    """Decode a file as the loader does; None when it is not UTF-8 text (such a file is never fixed)."""
    bom = raw.startswith(BOM)
    body = raw[3:] if bom else raw
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    return Source.of(text, bom)


def split_lines(text: str) -> list[str]:
    """Lines with their own line breaks (``\\r\\n``, ``\\r`` or ``\\n``) kept."""
    out: list[str] = []
    pos = 0
    for m in BREAK.finditer(text):
        out.append(text[pos : m.end()])
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


@dataclass(frozen=True)
class Span:
    start: int  # offsets in the text as written
    end: int
    norm_start: int  # offsets in the loader's text (``\n`` line breaks)
    norm_end: int
    finding: Finding


def parse_source(path: str, source: Source, form: str) -> Document:
    """The document the loader would make of this text (the same ``newline`` rule as ``document.read_text``)."""
    newline = "\r\n" if "\r\n" in source.text else "\n"
    return parse(path, source.normalized, form=form, bom=source.bom, newline=newline)


def edit(source: Source, spans: Sequence[Span]) -> Source:
    newline = source.newline
    pieces: list[str] = []
    pos = 0
    for s in sorted(spans, key=lambda s: s.start):
        fx = s.finding.fix
        assert fx is not None
        pieces.append(source.text[pos : s.start])
        pieces.append(fx.new.replace("\n", newline) if newline != "\n" else fx.new)
        pos = s.end
    pieces.append(source.text[pos:])
    return Source.of("".join(pieces), source.bom)


@dataclass(frozen=True)
class Applied:
    """One fix that was applied, as it was found in the pass that applied it."""

    finding: Finding
    line: int
    column: int
    old: str
    new: str


@dataclass
class FileFix:
    """What fixing one file would do (nothing is written until :func:`commit`)."""

    path: str
    before: bytes
    after: bytes | None  # None: nothing to change
    applied: list[Applied]
    remaining: tuple[Finding, ...]
    notes: list[str] = field(default_factory=list)  # fixes left out, and why
    stat: os.stat_result | None = None
