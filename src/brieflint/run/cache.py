"""A content cache of findings in ``.brieflint_cache/``.

An entry holds the findings of one file and is found by a key that digests
everything the findings depend on:

- the file's bytes (read from disk every run; no trust in mtimes) and its
  absolute path (the form comes from the suffix, ``per-file-ignores`` from
  the path);
- the effective configuration, :meth:`brieflint.config.settings.Settings.key`, which
  digests the schema, taxonomy and rule-pack files it names;
- which families run (``--schema-only``);
- the environment: the brieflint version, the Python version, the rule set
  (every rule's code, name, origin, default severity and options), the
  version of every installed ``brieflint.rules`` plugin distribution, and the
  size and modification time of every file of the brieflint package and its
  shipped schemas and rules (so an editable install invalidates on edit).

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
import sys
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brieflint import __version__
from brieflint.model import Finding, Fix, Severity

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.document.brief import Document
    from brieflint.run.engine import Plan

CACHE_DIR = ".brieflint_cache"
FORMAT = "1"  # bump when the entry layout changes
MAX_AGE_DAYS = 30  # entries of a configuration (or brieflint version) no run used for this long are deleted
UNCACHEABLE_CODES = frozenset({"E100"})  # depends on the machine (a crash, a time bound), not on the file
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a cache folder made by brieflint.\n"


def environment_digest(rules: RuleSet) -> str:
    """A digest of what the findings depend on besides the file and its configuration."""
    h = hashlib.sha256()
    h.update(f"brieflint {__version__}; cache {FORMAT}; python {sys.version_info[:2]}\n".encode())
    for r in rules.rules:
        options = [(o.name, repr(o.default)) for o in r.options]
        h.update(repr((r.code, r.name, r.origin, str(r.severity), r.fixable, r.needs_data, options)).encode())
        h.update(_function_digest(r.check).encode())
    h.update(repr(rules.load_errors).encode())
    for line in _plugin_versions():
        h.update(line.encode())
    for line in _package_files():
        h.update(line.encode())
    return h.hexdigest()


def _function_digest(fn: Any) -> str:
    """A digest of a rule's check function: its code and the simple values it closes over.

    So a rule replaced in a running program (a test double, a plugin edited in
    place) does not reuse the findings of the rule it replaced. Only what is the
    same in every process goes in (no addresses, no set order).
    """
    h = hashlib.sha256()
    h.update(f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', type(fn).__name__)}".encode())
    code = getattr(fn, "__code__", None)
    if code is not None:
        for bit in _code_bits(code):
            h.update(bit)
    for cell in getattr(fn, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:
            continue
        h.update(_stable_repr(value).encode())
    return h.hexdigest()


def _code_bits(code: types.CodeType) -> Iterable[bytes]:
    yield code.co_code
    yield repr(code.co_names).encode()
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_bits(const)
        else:
            yield _stable_repr(const).encode()


def _stable_repr(value: Any) -> str:
    if value is None or isinstance(value, str | int | float | bool | bytes):
        return repr(value)
    if isinstance(value, tuple | list):
        return "(" + ",".join(_stable_repr(v) for v in value) + ")"
    if isinstance(value, frozenset | set):
        return "{" + ",".join(sorted(_stable_repr(v) for v in value)) + "}"
    if isinstance(value, types.FunctionType):
        return _function_digest(value)
    return type(value).__qualname__


def _plugin_versions() -> list[str]:
    from brieflint.checks.registry import entry_points

    return sorted(f"{ep.name}={ep.value}@{ep.dist}-{ep.version}\n" for ep in entry_points())


def _package_files() -> list[str]:
    """Size and mtime of each file of the package, its schemas and shipped rules."""
    from brieflint import shipped

    out: list[str] = []
    for package in ("brieflint", "brieflint.schemas", "brieflint.rules"):
        try:
            directory = shipped.folder(package)
        except ModuleNotFoundError:
            continue
        if directory is None:
            continue
        root = Path(directory)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
            for name in sorted(filenames):
                if not name.endswith((".py", ".json", ".yaml", ".yml", ".txt")):
                    continue
                p = os.path.join(dirpath, name)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                out.append(f"{package}:{os.path.relpath(p, root)}:{st.st_size}:{st.st_mtime_ns}\n")
    return out


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


def as_written(doc: Document) -> bytes | None:
    """The bytes of the file the loader saw, rebuilt from the document (None when it cannot tell)."""
    if not doc.text:
        return None
    try:
        data = doc.text.replace("\n", doc.newline).encode("utf-8")
    except UnicodeEncodeError:
        return None
    return (b"\xef\xbb\xbf" + data) if doc.bom else data


@dataclass(eq=False)
class Cache:
    """The findings cache of one run. Picklable, so worker processes get their own copy."""

    root: str | None = None  # None: beside each file's configuration
    enabled: bool = True
    _plan_keys: dict[int, str] = field(default_factory=dict, repr=False)
    _env: dict[int, str] = field(default_factory=dict, repr=False)
    _ready: set[str] = field(default_factory=set, repr=False)
    _broken: set[str] = field(default_factory=set, repr=False)
    _used: set[str] = field(default_factory=set, repr=False)

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root, "enabled": self.enabled}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    # ----- keys ----------------------------------------------------------------

    def folder(self, plan: Plan) -> str:
        base = self.root if self.root is not None else plan.settings.root
        return os.path.join(base, CACHE_DIR, FORMAT)

    def plan_key(self, plan: Plan, only: Sequence[str] | None) -> str:
        """The part of the key shared by every file of a plan (computed once per run)."""
        k = id(plan)
        if k not in self._plan_keys:
            rules_id = id(plan.rules)
            if rules_id not in self._env:
                self._env[rules_id] = environment_digest(plan.rules)
            h = hashlib.sha256()
            h.update(self._env[rules_id].encode())
            h.update(plan.settings.key().encode())
            h.update(repr(tuple(only) if only is not None else None).encode())
            self._plan_keys[k] = h.hexdigest()
        return self._plan_keys[k]

    def key(self, plan: Plan, only: Sequence[str] | None, path: str, data: bytes) -> str:
        """``PLAN.FILE``: the plan's part names the entry's folder, so a whole stale configuration can be pruned."""
        plan_key = self.plan_key(plan, only)
        h = hashlib.sha256()
        h.update(plan_key.encode())
        h.update(b"\0")
        h.update(os.path.abspath(path).encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(data)
        return f"{plan_key[:24]}.{h.hexdigest()}"

    def _entry(self, plan: Plan, key: str) -> tuple[str, str]:
        """(the folder of the key's plan, the entry's file)."""
        group, _, digest = key.partition(".")
        where = os.path.join(self.folder(plan), group)
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

    def get(self, plan: Plan, key: str, path: str) -> tuple[Finding, ...] | None:
        """The findings stored under ``key``, stamped with ``path``; None on a miss."""
        if not self.enabled:
            return None
        group, entry = self._entry(plan, key)
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

    def put(self, plan: Plan, key: str, findings: Iterable[Finding]) -> bool:
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
        folder = self.folder(plan)
        if folder in self._broken:
            return False
        group, entry = self._entry(plan, key)
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

    removed = []
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
