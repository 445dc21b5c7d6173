"""Regular expressions compiled when first used.

``re`` compiles in Python, 0.1–1 ms an expression, and a module-level
expression is compiled when its module is imported, whether or not the brief
being checked ever needs it. An expression made with :func:`lazy` is compiled
at its first use, so a one-brief run (a pre-commit hook) compiles only what its
brief needs.

And what ``re`` compiles is kept, as Python keeps bytecode: ``re`` turns an
expression into a program for its C matching engine (``_sre``), and that
program, not the expression, is what costs (the long alternations of the quote
rules take 1–3 ms each; all of a one-brief run's, about 20 ms). :class:`CodeStore`
keeps the programs in one file in the package's ``__pycache__`` (where the
bytecode goes, honouring ``PYTHONPYCACHEPREFIX``; like bytecode, read but not
written under ``PYTHONDONTWRITEBYTECODE``), named for the Python version and the engine's
version (``_sre.MAGIC``), so a later process builds each pattern straight from
its program. Any doubt (no file, another Python, a file that does not read back
as the expected types, a program ``_sre`` rejects) falls back to
``re.compile``, which gives the same pattern.
"""

from __future__ import annotations

import _sre
import atexit
import functools
import marshal
import os
import re
import sys
from typing import Any, cast

from brieflint.safeio import replace_with

_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
MAX_STORE_BYTES = 4 * 1024 * 1024  # a store grown past this (patterns edited over many versions) starts afresh


class CodeStore:
    """The compiled programs of brieflint's expressions, read from and written to one file."""

    def __init__(self, path: str | None, writable: bool = True) -> None:
        self.path = path
        self.writable = writable and path is not None  # read, as bytecode is, even where it is not written
        self.programs: dict[tuple[str, int], _Program] = {}
        self.new = 0  # programs compiled in this process, not yet written
        if path is not None:
            self.programs = _read(path)

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the stored program when there is one."""
        key = (source, int(flags))
        program = self.programs.get(key)
        if program is not None:
            try:
                return cast("re.Pattern[str]", _sre.compile(source, *program))
            except Exception:  # noqa: BLE001 - a program this engine rejects: compile it again
                del self.programs[key]
        if not self.writable:
            return re.compile(source, flags)
        pattern, program = _compile(source, int(flags))
        if program is not None:
            self.programs[key] = program
            if not self.new:
                atexit.register(self.flush)
            self.new += 1
        return pattern

    def flush(self) -> None:
        """Write the store when this process compiled something new (atomically; failures are ignored)."""
        if not self.new or not self.writable or self.path is None:
            return
        self.new = 0
        try:
            data = marshal.dumps(self.programs)
            if len(data) > MAX_STORE_BYTES:
                return
            import tempfile  # only when writing (it imports random, hashlib …)

            folder = os.path.dirname(self.path)
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-")
            os.fchmod(fd, 0o644)  # as bytecode is: readable by every user of the installation
            replace_with(self.path, data, fd, tmp)
        except (OSError, ValueError):
            pass  # a read-only installation: patterns are compiled each run, as without the store


def _compile(source: str, flags: int) -> tuple[re.Pattern[str], _Program | None]:
    """The pattern, and its program in plain types (``None`` when ``re``'s internals are not as expected)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: _Program = (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        # what re._compiler.compile does with the same program (tests compare every pattern of a run)
        return cast("re.Pattern[str]", _sre.compile(source, *program)), program
    except Exception:  # noqa: BLE001 - another Python's internals: no program, the ordinary pattern
        return re.compile(source, flags), None


def _read(path: str) -> dict[tuple[str, int], _Program]:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_STORE_BYTES + 1)
        if len(data) > MAX_STORE_BYTES:
            return {}
        table = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    good: dict[tuple[str, int], _Program] = {}
    for key, program in table.items():
        if (
            isinstance(key, tuple)
            and len(key) == 2
            and isinstance(key[0], str)
            and isinstance(key[1], int)
            and isinstance(program, tuple)
            and len(program) == 5
            and isinstance(program[1], list)
        ):
            good[key] = program
    return good


def store_path() -> str | None:
    """Where the programs are kept: beside this module's bytecode."""
    import importlib.util

    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):
        return None
    tag = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}"
    return os.path.join(os.path.dirname(pyc), f"lazyre.{tag}.regex")


@functools.cache
def store() -> CodeStore:
    """The process's store (read once, at the first compile)."""
    return CodeStore(store_path(), writable=not sys.dont_write_bytecode)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's drop-in
    """``re.compile``, built from the stored program when there is one (see the module's docstring)."""
    return store().compile(source, flags)


# what a compiled pattern offers; the first use of any of them compiles and keeps them all
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """Stands for ``re.compile(source, flags)`` until its first use, then holds the compiled pattern's methods.

    After the first use every attribute is an ordinary instance attribute (the
    compiled pattern's bound method), so later calls cost what calling the
    compiled pattern costs.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name not in _ATTRIBUTES:
            raise AttributeError(name)
        compiled = compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled at first use (see :class:`LazyPattern`)."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))
