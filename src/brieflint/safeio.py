"""The one way brieflint reads a file it did not write itself (and replaces one it writes).

A file named on the command line, found in a walk, named by a configuration
(a schema, a ``$ref`` target, a taxonomy, a rule pack) or found in the cache
can be anything: a FIFO that never sends a byte, ``/dev/zero``, a directory, a
symlink loop, a file that is not UTF-8. Every read here

- opens with ``O_NONBLOCK`` (opening a FIFO returns at once, so a FIFO swapped
  in after a check cannot hang the run) and, where asked, ``O_NOFOLLOW``;
- checks that the very file it opened (``fstat`` of the descriptor) is a
  regular file;
- reads at most the size limit (``/dev/zero`` costs nothing);
- reports every failure as a :class:`~brieflint.errors.ReadError` with a
  one-line reason (``kind`` says which), an undecodable byte with its line
  and column.
"""

from __future__ import annotations

import errno
import os
import stat

from brieflint.errors import ReadError

CONFIG_MAX_BYTES = 16 * 1024 * 1024  # a schema, taxonomy, rule pack or configuration file
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_bytes(path: str, max_bytes: int = CONFIG_MAX_BYTES, *, follow: bool = True) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``; :class:`ReadError` otherwise.

    ``follow=False``: a symlink is refused (``O_NOFOLLOW``), as for cache entries.
    """
    flags = _FLAGS if follow else _FLAGS | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ReadError("does not exist", path, kind="missing") from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", path, kind="directory") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            what = "is a symbolic link" if not follow else "is a symbolic link loop (or a chain of links too long)"
            raise ReadError(what, path, kind="loop") from None
        raise ReadError(f"cannot be read ({exc.strerror or exc})", path, kind="os") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("is a directory, not a file", path, kind="directory")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("is not a regular file (a FIFO, socket or device)", path, kind="special")
        if st.st_size > max_bytes:
            raise ReadError(f"is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit", path, kind="size")
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            try:
                chunk = os.read(fd, min(left, 1 << 20))
            except BlockingIOError:  # pragma: no cover - a regular file never blocks
                break
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise ReadError(f"cannot be read ({exc.strerror or exc})", path, kind="os") from None
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > max_bytes:
        raise ReadError(f"is over the {max_bytes:,}-byte limit", path, kind="size")
    return raw


def decode_utf8(raw: bytes, path: str | None = None) -> str:
    """UTF-8 text (a BOM dropped); :class:`ReadError` naming the line and column of the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
        raise ReadError(
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line}, column {column}); save it as UTF-8",
            path,
            kind="encoding",
            line=line,
            column=column,
        ) from None


def read_text(path: str, max_bytes: int = CONFIG_MAX_BYTES, *, follow: bool = True) -> str:
    """:func:`read_bytes`, then :func:`decode_utf8`."""
    return decode_utf8(read_bytes(path, max_bytes, follow=follow), path)


def replace_with(target: str, data: bytes, fd: int, tmp: str, *, fsync: bool = False) -> None:
    """Write ``data`` into the new temporary file ``tmp`` (open as ``fd``), then rename it over ``target``.

    The rename is atomic: a reader sees the old content or the new, never part of
    it. On any failure (or an interruption) the temporary file is removed.
    """
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_regular(path: str, max_bytes: int) -> bytes | None:
    """The bytes of a regular file of at most ``max_bytes``, or None (never blocks on a FIFO)."""
    try:
        return read_bytes(path, max_bytes)
    except ReadError:
        return None


__all__ = ["CONFIG_MAX_BYTES", "ReadError", "decode_utf8", "read_bytes", "read_regular", "read_text", "replace_with"]
