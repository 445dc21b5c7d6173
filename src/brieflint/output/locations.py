"""Where findings point, as CI formats write it: relative paths, clean text, source lines, explicit ends."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from brieflint.config.settings import DEFAULT_MAX_BYTES
from brieflint.errors import ReadError
from brieflint.lazyre import lazy
from brieflint.model import Finding
from brieflint.safeio import read_bytes

_REFUSED = frozenset({"E001", "E011"})  # the checker did not read the file: unreadable, special, too large


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/`` separators; absolute when it lies outside ``root``."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return Path(absolute).as_posix()
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return Path(absolute).as_posix()
    return Path(rel).as_posix()


def clean(text: str) -> str:
    """Text safe to write anywhere: lone surrogates (undecodable file names) become U+FFFD."""
    if not _has_surrogate(text):
        return text
    try:  # a file name decoded with surrogateescape: back to its bytes, then to text
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


_SURROGATE = lazy("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


class SourceLines:
    """The lines of the files findings point into, read once each (for fingerprints and regions).

    Reads are bounded: at most ``max_bytes`` (the configured ``max-file-size``) of a
    regular file, through :mod:`brieflint.safeio`; a file the checker refused
    (an ``E001`` or ``E011`` finding among ``findings``: a device, a FIFO, a file
    too large) is never read again and has no source lines.
    """

    def __init__(self, findings: Iterable[Finding] = (), max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self._files: dict[str, list[str]] = {}
        self._max_bytes = max_bytes
        for f in findings:
            if f.code in _REFUSED:
                self._files[f.path] = []

    def get(self, path: str) -> list[str]:
        if path not in self._files:
            try:
                raw = read_bytes(path, self._max_bytes)
            except ReadError:
                raw = b""
            text = raw.decode("utf-8-sig", errors="replace")
            self._files[path] = re.split(r"\r\n|\r|\n", text) if text else []
        return self._files[path]

    def line(self, path: str, number: int) -> str | None:
        lines = self.get(path)
        return lines[number - 1] if 1 <= number <= len(lines) else None


def end_of(f: Finding, lines: SourceLines) -> tuple[int, int]:
    """An explicit end for every finding (SARIF and annotations want one).

    A finding without an end covers the rest of its line (or one character when
    the line cannot be read); an end line without an end column covers that
    line's first character.
    """
    if f.end_line is not None and f.end_column is not None:
        if f.end_line > f.line or f.end_column >= f.column:
            return f.end_line, max(1, f.end_column)
    if f.end_line is not None and f.end_line > f.line:
        return f.end_line, 1
    text = lines.line(f.path, f.line)
    if text is not None and len(text) + 1 > f.column:
        return f.line, len(text) + 1
    return f.line, f.column + 1


def as_bytes(text: str) -> bytes:
    """A file name's bytes (undecodable bytes come back from their surrogate escapes)."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return clean(text).encode("utf-8")


def raw_bytes(path: str) -> str | None:
    """A file name that is not UTF-8 as its bytes, percent-encoded (None for a name that is)."""
    if not _has_surrogate(path):
        return None
    from urllib.parse import quote

    return quote(as_bytes(path), safe="/")


def json_safe(value: Any) -> Any:
    """A plugin's ``data`` as strict JSON: sets become sorted lists, NaN and infinities null, other objects text."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, Mapping):
        return {clean(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((json_safe(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return clean(str(value))


def finding_json(f: Finding) -> dict[str, Any]:
    """A finding as ``--format json`` writes it: valid UTF-8 whatever the file name, strict JSON whatever the data."""
    out = f.to_json()
    out["path"] = clean(f.path)
    out["message"] = clean(f.message)
    raw = raw_bytes(f.path)
    if raw is not None:
        out["path_bytes"] = raw
    if "data" in out:
        out["data"] = json_safe(out["data"])
    return out
