"""Writing a fixed file: atomically, never over a change made meanwhile, never over a read-only file.

The new content goes to a temporary file in the same folder (the original's
mode and, where allowed, owner; fsynced), then ``os.replace``, then the folder
is fsynced. Just before the rename the file on disk is compared with what was
read (inode, size, mtime and every byte).
"""

from __future__ import annotations

import errno
import functools
import os
import stat
import tempfile
from typing import Any

from brieflint.errors import ReadError
from brieflint.fix.text import FileFix, FixError
from brieflint.safeio import read_bytes, replace_with

TMP_SUFFIX = ".brieflint-tmp"


def _rename(src: str, dst: str) -> bool:
    """The one step that makes the new content visible, atomically.

    Where the system can exchange two names atomically (Linux ``renameat2`` with
    ``RENAME_EXCHANGE``) it does, and returns True: ``src`` then names what was
    at ``dst`` the instant before, so :func:`commit` can check it and swap back.
    Elsewhere ``os.replace`` (atomic on POSIX and Windows), and False.
    """
    if _exchange(src, dst):
        return True
    os.replace(src, dst)
    return False


@functools.cache
def _renameat2() -> Any:
    try:
        import ctypes

        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn


def _exchange(a: str, b: str) -> bool:
    """Swap the files named ``a`` and ``b`` atomically; False when the system cannot (nothing changed then)."""
    fn = _renameat2()
    if fn is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    import ctypes

    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), b)


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
    if target != os.path.abspath(fixed.path):  # reached through a symbolic link
        root = os.path.realpath(os.getcwd())
        if os.path.commonpath([root, target]) != root:
            raise FixError(
                f"it is a link to {target}, outside the current directory, so it was not changed "
                "(run brieflint there to fix that file)"
            )
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
        # the last look before the swap: the file must still be exactly what was read
        if not _unchanged(target, fixed):
            raise changed
        try:
            exchanged = _rename(tmp, target)
        except OSError as exc:
            raise FixError(f"cannot replace it: {exc.strerror or exc}") from None
        if exchanged:
            # ``tmp`` now names what was at the target the instant before the swap: if a writer got in
            # after the last look, its version goes back and the fix is abandoned
            _settle(tmp, target, fixed, changed)
        done = True
        _fsync_dir(directory)
    finally:
        if not done:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _unchanged(path: str, fixed: FileFix, fd: int | None = None) -> bool:
    """The file (at ``path``, or open as ``fd``) is still the one read: same identity, size, mtime and bytes."""
    assert fixed.stat is not None
    try:
        now = os.fstat(fd) if fd is not None else os.stat(path)
        if not _same_file(now, fixed.stat):
            return False
        current = os.pread(fd, len(fixed.before) + 1, 0) if fd is not None else read_bytes(path, len(fixed.before) + 1)
    except (OSError, ReadError):
        return False
    return current == fixed.before


def _settle(old: str, target: str, fixed: FileFix, changed: FixError) -> None:
    """After an exchange: drop the old version if it is what was read; otherwise swap back and abandon."""
    try:
        fd = os.open(old, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        fd = None
    try:
        if fd is None or not _unchanged(old, fixed, fd):
            _exchange(old, target)  # the concurrent writer's version is the file again
            raise changed
        os.unlink(old)
        # a writer holding the old file open may have written to it between the look and the unlink
        if not _unchanged(old, fixed, fd):
            _put_back(fd, target)
            raise changed
    finally:
        if fd is not None:
            os.close(fd)


def _put_back(fd: int, target: str) -> None:
    """Write the content of the open (now nameless) old file back over ``target``, atomically."""
    size = os.fstat(fd).st_size
    data = os.pread(fd, size, 0)
    directory = os.path.dirname(target) or "."
    tmp_fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=TMP_SUFFIX, dir=directory)
    replace_with(target, data, tmp_fd, tmp, fsync=True)


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
