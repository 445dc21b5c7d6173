"""A brief's bytes turned into text: the size limit, the encoding, the line breaks.

Every way a file can fail to be text is a located :class:`~brieflint.model.Problem`
(``E001`` unreadable, ``E002`` not UTF-8 or binary, ``E011`` too large), raised as
:class:`Unreadable`; the loader turns it into a document with that one problem.
"""

from __future__ import annotations

from brieflint import safeio
from brieflint.document.positions import LineIndex
from brieflint.errors import ReadError
from brieflint.model import Problem

DEFAULT_MAX_BYTES = 1024 * 1024


class Unreadable(Exception):
    """The file is not a readable UTF-8 text of reasonable size; ``problem`` says why, and where."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (:func:`brieflint.safeio.read_bytes`); :class:`Unreadable`
    otherwise, never blocking on a FIFO nor reading past the limit."""
    try:
        return safeio.read_bytes(path, max_bytes)
    except ReadError as exc:
        raise Unreadable(_problem(exc, max_bytes)) from None


def _problem(exc: ReadError, max_bytes: int) -> Problem:
    if exc.kind == "missing":
        return Problem(1, 1, "file not found (was it deleted while brieflint ran?)", code="E001")
    if exc.kind == "directory":
        return Problem(1, 1, "this is a directory, not a brief", code="E001")
    if exc.kind == "special":
        return Problem(1, 1, "not a regular file (a FIFO, socket or device); skipped", code="E001")
    if exc.kind == "loop":
        return Problem(1, 1, "a symbolic link loop (or a chain of links too long); not checked", code="E001")
    if exc.kind == "size":
        return Problem(1, 1, f"file {exc.reason}; not checked", code="E011")
    return Problem(1, 1, f"cannot read file: it {exc.reason}", code="E001")


def decode(raw: bytes) -> tuple[str, bool, str]:
    """Decode a file's bytes: (text with ``\\n`` newlines, had a BOM, newline style); :class:`Unreadable` otherwise."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom:
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable(
            Problem(1, 1, "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", code="E002")
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # lines end as the loader ends them: CRLF, LF or a lone CR
        before = raw[: exc.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        offset = exc.start + (3 if bom else 0)
        raise Unreadable(
            Problem(
                line,
                column,
                f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at byte offset {offset}; save the file as UTF-8",
                code="E002",
            )
        ) from None
    newline = "\r\n" if "\r\n" in text else "\n"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        at = text.index("\x00")
        index = LineIndex.of(text)
        line, col = index.position(at)
        raise Unreadable(Problem(line, col, "file contains a NUL byte: it is binary, not a brief", code="E002"))
    return text, bom, newline


def read_text(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool, str]:
    """:func:`read_bytes` then :func:`decode`."""
    return decode(read_bytes(path, max_bytes))


__all__ = ["DEFAULT_MAX_BYTES", "Unreadable", "decode", "read_bytes", "read_text"]
