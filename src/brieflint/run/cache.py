"""A content cache of findings in ``.brieflint_cache/``.

An entry holds the findings of one file and is found by a key that digests
everything the findings depend on:

- the file's bytes (read from disk every run; no trust in mtimes) and its
  absolute path (the form comes from the suffix, ``per-file-ignores`` from
  the path);
- the plan's key (:meth:`brieflint.run.planner.Plan.key`): the effective
  configuration, :meth:`brieflint.config.settings.Settings.key`, which digests the
  schema, taxonomy and rule-pack files it names; which families run
  (``--schema-only``); and the environment (:mod:`brieflint.run.fingerprint`):
  the brieflint and Python versions, the rule set, the installed plugins and
  the package's own files.

The cache knows nothing of plans: it is given the plan's key and the folder the
cache lives in (the configuration's), as values.

A change to any of these gives a different key, so a stale entry is never
read; nothing is ever looked up by path alone. Entries are JSON files written
atomically (a temporary file in the same folder, then ``os.replace``), so
concurrent writers (``--jobs``, two runs at once) can only replace an entry by
an identical one, and a reader sees a whole entry or none. A corrupt or
unreadable entry is a miss. Findings that depend on the machine rather than the
file (a rule that crashed or timed out, ``E100``) are never stored, and neither
is a file whose bytes changed while it was being checked.

The cache lives beside the configuration in effect (its folder), or in the
current directory when there is none, with a ``.gitignore`` holding ``*`` and a
``CACHEDIR.TAG``. Entries are grouped by the part of the key shared by a
configuration; a group no run has used for ``MAX_AGE_DAYS`` is deleted by the
next run that writes. Delete the folder to clear everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable
from typing import Any

from brieflint.errors import ReadError
from brieflint.model import Finding, Fix, Severity
from brieflint.safeio import read_bytes, replace_with

CACHE_DIR = ".brieflint_cache"
FORMAT = "1"  # bump when the entry layout changes
MAX_AGE_DAYS = 30  # entries of a configuration (or brieflint version) no run used for this long are deleted
MAX_ENTRY_BYTES = 8 * 1024 * 1024  # an entry larger than this is a miss (never read whole)
UNCACHEABLE_CODES = frozenset({"E100"})  # depends on the machine (a crash, a time bound), not on the file
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a cache folder made by brieflint.\n"


class Cache:
    """The findings cache of one run. Picklable, so worker processes get their own copy."""

    def __init__(self, root: str | None = None, enabled: bool = True) -> None:
        self.root = root  # None: beside each file's configuration
        self.enabled = enabled
        self._ready: set[str] = set()
        self._broken: set[str] = set()
        self._used: set[str] = set()

    def __repr__(self) -> str:
        return f"Cache(root={self.root!r}, enabled={self.enabled!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root, "enabled": self.enabled}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    # ----- keys ----------------------------------------------------------------

    def folder(self, base: str) -> str:
        """The cache folder for a configuration whose folder is ``base`` (unless the cache has a root of its own)."""
        return os.path.join(self.root if self.root is not None else base, CACHE_DIR, FORMAT)

    def key(self, plan_key: str, path: str, data: bytes) -> str:
        """``PLAN.FILE``: the plan's part names the entry's folder, so a whole stale configuration can be pruned."""
        h = hashlib.sha256()
        h.update(f"cache {FORMAT}\0{plan_key}\0".encode())
        h.update(os.path.abspath(path).encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(data)
        return f"{plan_key[:24]}.{h.hexdigest()}"

    def _entry(self, base: str, key: str) -> tuple[str, str]:
        """(the folder of the key's plan, the entry's file)."""
        group, _, digest = key.partition(".")
        where = os.path.join(self.folder(base), group)
        return where, os.path.join(where, digest[:2], digest[2:] + ".json")

    def _mark_used(self, group: str) -> None:
        """Touch the plan folder's ``last-used`` mark, once a run, so pruning spares it (never through a link)."""
        if group in self._used:
            return
        self._used.add(group)
        if not _real_dir(group):
            return
        mark = os.path.join(group, "last-used")
        try:
            fd = os.open(mark, os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _NONBLOCK, 0o600)
        except OSError:
            return
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.utime(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    # ----- entries -------------------------------------------------------------

    def get(self, base: str, key: str, path: str) -> tuple[Finding, ...] | None:
        """The findings stored under ``key``, stamped with ``path``; None on a miss.

        The entry is read through :func:`brieflint.safeio.read_bytes` without
        following a link, within a size bound, and must have the exact shape
        brieflint writes: anything else (a FIFO, a link, a list, a finding with a
        wrong field) is a miss, never an error.
        """
        if not self.enabled:
            return None
        group, entry = self._entry(base, key)
        if not (_real_dir(self.folder(base)) and _real_dir(group) and _real_dir(os.path.dirname(entry))):
            return None
        try:
            payload = json.loads(read_bytes(entry, MAX_ENTRY_BYTES, follow=False))
            if not isinstance(payload, dict) or payload.get("key") != key or not isinstance(payload["findings"], list):
                return None
            found = tuple(_finding(path, item) for item in payload["findings"])
        except (ReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        self._mark_used(group)
        return found

    def put(self, base: str, key: str, findings: Iterable[Finding]) -> bool:
        """Store findings under ``key``; False when they cannot be stored faithfully or the folder is not writable."""
        if not self.enabled:
            return False
        findings = tuple(findings)
        if any(f.code in UNCACHEABLE_CODES for f in findings):
            return False
        items = [_item(f) for f in findings]
        try:
            text = json.dumps({"key": key, "findings": items}, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            return False
        # only what comes back exactly is stored (a tuple in ``data`` would come back a list)
        if json.loads(text)["findings"] != items:
            return False
        folder = self.folder(base)
        if folder in self._broken:
            return False
        group, entry = self._entry(base, key)
        try:
            self._prepare(folder)
            _make_dir(group)
            _make_dir(os.path.dirname(entry))
            self._mark_used(group)
            _atomic_write(entry, text.encode("utf-8"))
        except OSError:
            self._broken.add(folder)  # a read-only checkout, or a folder brieflint did not make: run without storing
            return False
        return True

    def _prepare(self, folder: str) -> None:
        """Make the cache folder (each level a real directory, never a link), tag it, prune it."""
        if folder in self._ready:
            return
        top = os.path.dirname(folder)
        if self.root is not None:
            os.makedirs(self.root, exist_ok=True)  # --cache-dir: the folder asked for (its own links are the user's)
        created = _make_dir(top)
        tag = os.path.join(top, "CACHEDIR.TAG")
        if created:
            for name, content in ((".gitignore", "# created by brieflint\n*\n"), ("CACHEDIR.TAG", _TAG)):
                _atomic_write(os.path.join(top, name), content.encode())
        elif not _is_tag(tag):
            # a folder of that name that brieflint did not make (or a committed copy without its tag): left alone
            raise NotADirectoryError(f"{top} is not a cache folder made by brieflint")
        _make_dir(folder)
        self._ready.add(folder)
        prune(folder)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _real_dir(path: str) -> bool:
    """A directory that is not a symbolic link (``lstat``)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _make_dir(path: str) -> bool:
    """Make ``path`` (its parent must exist); True when made now. A link or a file there is an ``OSError``."""
    try:
        os.mkdir(path, 0o755)
        return True
    except FileExistsError:
        if not _real_dir(path):
            raise NotADirectoryError(
                f"{path} is not a directory (a link or a file): the cache does not use it"
            ) from None
        return False


def _is_tag(path: str) -> bool:
    try:
        return read_bytes(path, 4096, follow=False).startswith(_TAG.encode()[:43])
    except ReadError:
        return False


def prune(folder: str, max_age: float = MAX_AGE_DAYS * 86400) -> list[str]:
    """Delete the entries of configurations (plan folders) no run has used for ``max_age`` seconds.

    Never through a link: ``folder`` itself and every plan folder must be real
    directories (``lstat``); a link among them is left alone, and
    ``shutil.rmtree`` does not follow links inside what it deletes.
    """
    import time

    removed: list[str] = []
    if not _real_dir(folder):
        return removed
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        group = os.path.join(folder, name)
        if not _real_dir(group):
            continue
        try:
            st = os.lstat(os.path.join(group, "last-used"))
        except OSError:
            try:
                st = os.lstat(group)
            except OSError:
                continue
        if now - st.st_mtime > max_age:
            import shutil  # only when there is something to delete

            shutil.rmtree(group, ignore_errors=True)
            removed.append(name)
    return removed


def _item(f: Finding) -> dict[str, Any]:
    out = f.to_json()
    del out["path"]
    return out


def _finding(path: str, item: Any) -> Finding:
    """A finding from an entry's item; ``TypeError``/``ValueError`` when it is not what :func:`_item` writes."""
    if not isinstance(item, dict):
        raise TypeError("not a mapping")
    line, column, end_line, end_column = item["line"], item["column"], item.get("end_line"), item.get("end_column")
    if not (_count(line) and _count(column) and _count(end_line, True) and _count(end_column, True)):
        raise ValueError("a position that is not a positive whole number")
    code, message, rule = item["code"], item["message"], item.get("rule", "")
    if not (isinstance(code, str) and isinstance(message, str) and isinstance(rule, str)):
        raise TypeError("a code, message or rule that is not text")
    fix, data = item.get("fix"), item.get("data")
    if data is not None and not isinstance(data, dict):
        raise TypeError("data that is not a mapping")
    if fix is not None:
        if not isinstance(fix, dict) or set(fix) != _FIX_FIELDS:
            raise TypeError("a fix of the wrong shape")
        if not all(_count(fix[k]) for k in ("line", "column", "end_line", "end_column")):
            raise ValueError("a fix position that is not a positive whole number")
        if not (isinstance(fix["old"], str) and isinstance(fix["new"], str)):
            raise TypeError("a fix whose text is not text")
    return Finding(
        path=path,
        line=line,
        column=column,
        code=code,
        severity=Severity.parse(item["severity"]),
        message=message,
        end_line=end_line,
        end_column=end_column,
        rule=rule,
        fix=Fix(**fix) if fix else None,
        data=data,
    )


_FIX_FIELDS = frozenset({"line", "column", "end_line", "end_column", "old", "new"})


def _count(value: Any, optional: bool = False) -> bool:
    if value is None:
        return optional
    return type(value) is int and 1 <= value < 1 << 31


def _atomic_write(target: str, data: bytes) -> None:
    fd, tmp = _create_temporary(os.path.dirname(target))
    replace_with(target, data, fd, tmp)


def _create_temporary(directory: str) -> tuple[int, str]:
    """A new file ``.tmp-PID-N`` in ``directory``, open for writing, as ``tempfile.mkstemp`` makes one.

    Not ``tempfile`` itself: importing it (with ``shutil`` and ``random``) costs a
    one-brief run about 12 M instructions, 1.5 % of it. The process id keeps
    parallel workers apart; ``O_EXCL`` refuses a name that is taken.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for n in range(1000):
        tmp = os.path.join(directory, f".tmp-{os.getpid()}-{n}")
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")
