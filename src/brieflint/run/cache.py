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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from brieflint.model import Finding, Fix, Severity

CACHE_DIR = ".brieflint_cache"
FORMAT = "1"  # bump when the entry layout changes
MAX_AGE_DAYS = 30  # entries of a configuration (or brieflint version) no run used for this long are deleted
UNCACHEABLE_CODES = frozenset({"E100"})  # depends on the machine (a crash, a time bound), not on the file
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a cache folder made by brieflint.\n"


@dataclass(eq=False)
class Cache:
    """The findings cache of one run. Picklable, so worker processes get their own copy."""

    root: str | None = None  # None: beside each file's configuration
    enabled: bool = True
    _ready: set[str] = field(default_factory=set, repr=False)
    _broken: set[str] = field(default_factory=set, repr=False)
    _used: set[str] = field(default_factory=set, repr=False)

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
        """Touch the plan folder's ``last-used`` mark, once a run, so pruning spares it."""
        if group in self._used:
            return
        self._used.add(group)
        mark = os.path.join(group, "last-used")
        try:
            os.utime(mark)
        except FileNotFoundError:
            try:
                with open(mark, "ab"):
                    pass
            except OSError:
                pass
        except OSError:
            pass

    # ----- entries -------------------------------------------------------------

    def get(self, base: str, key: str, path: str) -> tuple[Finding, ...] | None:
        """The findings stored under ``key``, stamped with ``path``; None on a miss."""
        if not self.enabled:
            return None
        group, entry = self._entry(base, key)
        try:
            with open(entry, "rb") as fh:
                payload = json.loads(fh.read())
            if payload.get("key") != key:
                return None
            found = tuple(_finding(path, item) for item in payload["findings"])
        except (OSError, ValueError, KeyError, TypeError):
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
            os.makedirs(os.path.dirname(entry), exist_ok=True)
            self._mark_used(group)
            _atomic_write(entry, text.encode("utf-8"))
        except OSError:
            self._broken.add(folder)  # a read-only checkout: run without storing
            return False
        return True

    def _prepare(self, folder: str) -> None:
        if folder in self._ready:
            return
        top = os.path.dirname(folder)
        os.makedirs(folder, exist_ok=True)
        for name, content in ((".gitignore", "# created by brieflint\n*\n"), ("CACHEDIR.TAG", _TAG)):
            target = os.path.join(top, name)
            if not os.path.exists(target):
                _atomic_write(target, content.encode())
        self._ready.add(folder)
        prune(folder)


def prune(folder: str, max_age: float = MAX_AGE_DAYS * 86400) -> list[str]:
    """Delete the entries of configurations (plan folders) no run has used for ``max_age`` seconds."""
    import time

    removed: list[str] = []
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        group = os.path.join(folder, name)
        try:
            st = os.stat(os.path.join(group, "last-used"))
        except OSError:
            try:
                st = os.stat(group)
            except OSError:
                continue
        if os.path.isdir(group) and now - st.st_mtime > max_age:
            import shutil  # only when there is something to delete

            shutil.rmtree(group, ignore_errors=True)
            removed.append(name)
    return removed


def _item(f: Finding) -> dict[str, Any]:
    out = f.to_json()
    del out["path"]
    return out


def _finding(path: str, item: dict[str, Any]) -> Finding:
    fix = item.get("fix")
    return Finding(
        path=path,
        line=item["line"],
        column=item["column"],
        code=item["code"],
        severity=Severity.parse(item["severity"]),
        message=item["message"],
        end_line=item.get("end_line"),
        end_column=item.get("end_column"),
        rule=item.get("rule", ""),
        fix=Fix(**fix) if fix else None,
        data=item.get("data"),
    )


def _atomic_write(target: str, data: bytes) -> None:
    fd, tmp = _create_temporary(os.path.dirname(target))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


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
