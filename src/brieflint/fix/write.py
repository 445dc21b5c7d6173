"""Writing a fixed file: atomically, never over a change made meanwhile, never over a read-only file.

The new content goes to a temporary file in the same folder (the original's
mode and, where allowed, owner; fsynced), then ``os.replace``, then the folder
is fsynced. Just before the rename the file on disk is compared with what was
read (inode, size, mtime and every byte).
"""

from __future__ import annotations

import os
import stat
import tempfile

from brieflint.fix.text import FileFix, FixError

TMP_SUFFIX = ".brieflint-tmp"


def _rename(src: str, dst: str) -> None:
    """The one step that makes the new content visible (``os.replace``, atomic on POSIX and Windows)."""
    os.replace(src, dst)


def _read_only(target: str, st: os.stat_result) -> bool:
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True  # even root, who may write anyway, is not to override a read-only mark
    return not os.access(target, os.W_OK)


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino, a.st_size, a.st_mtime_ns) == (b.st_dev, b.st_ino, b.st_size, b.st_mtime_ns)


def commit(fixed: FileFix) -> None:
    """Write ``fixed.after`` over the file atomically, unless the file changed since it was read."""
    if fixed.after is None:
        return
    assert fixed.stat is not None
    target = os.path.realpath(fixed.path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        raise FixError("it was deleted while brieflint was fixing it; nothing written") from None
    except OSError as exc:
        raise FixError(f"cannot stat it: {exc.strerror or exc}") from None
    if _read_only(target, st):
        raise FixError("it is read-only, so it was not changed (make it writable, e.g. 'chmod u+w', to fix it)")
    changed = FixError("it changed on disk while brieflint was fixing it, so it was not overwritten; run again")
    if not _same_file(st, fixed.stat):
        raise changed
    directory = os.path.dirname(target) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=TMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise FixError(f"cannot create a temporary file in {directory}: {exc.strerror or exc}") from None
    done = False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(fixed.after)
            fh.flush()
            mode = stat.S_IMODE(st.st_mode)
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            else:  # pragma: no cover - Windows before 3.13
                os.chmod(tmp, mode)
            if hasattr(os, "fchown"):
                try:
                    os.fchown(fh.fileno(), st.st_uid, st.st_gid)
                except OSError:
                    pass  # only root may give a file away; the mode is kept either way
            os.fsync(fh.fileno())
        # the last look before the rename: the file must still be exactly what was read
        try:
            now = os.stat(target)
            with open(target, "rb") as fh:
                current = fh.read(len(fixed.before) + 1)
        except OSError:
            raise changed from None
        if not _same_file(now, fixed.stat) or current != fixed.before:
            raise changed
        try:
            _rename(tmp, target)
        except OSError as exc:
            raise FixError(f"cannot replace it: {exc.strerror or exc}") from None
        done = True
        _fsync_dir(directory)
    finally:
        if not done:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _fsync_dir(directory: str) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform; the rename is atomic anyway
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
