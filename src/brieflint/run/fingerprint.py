"""What the findings of a run depend on besides the files and their configuration.

:func:`environment_digest` digests the brieflint version, the Python version, the
rule set (every rule's code, name, origin, default severity, options, and its
check function's code), the version of every installed ``brieflint.rules``
plugin distribution, and the size and modification time of every file of the
brieflint package and its shipped schemas and rules (so an editable install
invalidates on edit). The cache keys its entries on it (through
:meth:`brieflint.run.planner.Plan.key`).
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from brieflint import __version__
from brieflint.checks.registry import RuleSet, entry_points


def environment_digest(rules: RuleSet) -> str:
    """A digest of what the findings depend on besides the file and its configuration."""
    import hashlib  # not at import: hashlib loads OpenSSL, and a --no-cache run never hashes

    h = hashlib.sha256()
    h.update(f"brieflint {__version__}; python {sys.version_info[:2]}\n".encode())
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
    import hashlib  # not at import: hashlib loads OpenSSL, and a --no-cache run never hashes

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
