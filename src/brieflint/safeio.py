"""The one way brieflint reads a file it did not write itself.

A file named on the command line, found in a walk, or named by a configuration
can be anything: a FIFO that never sends a byte, ``/dev/zero``, a directory.
:func:`read_regular` opens without blocking (``O_NONBLOCK``: opening a FIFO
returns at once), checks that the very file it opened is a regular file, and
reads at most the size limit, so nothing here can hang or fill the memory.
"""

from __future__ import annotations

import os
import stat


def read_regular(path: str, max_bytes: int) -> bytes | None:
    """The bytes of a regular file of at most ``max_bytes``, or None (never blocks on a FIFO)."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once (and fstat then says it is not a regular file)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
                return None
            raw = fh.read(max_bytes + 1)
    except OSError:
        return None
    return raw if len(raw) <= max_bytes else None


__all__ = ["read_regular"]
