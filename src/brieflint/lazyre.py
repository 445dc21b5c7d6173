"""Regular expressions compiled when first used.

``re`` compiles in Python, 0.1–1 ms an expression, and a module-level
expression is compiled when its module is imported, whether or not the brief
being checked ever needs it. An expression made with :func:`lazy` is compiled
at its first use, so a one-brief run (a pre-commit hook) compiles only what its
brief needs. Used for the expressions that many briefs never reach (HTML tags,
bare URLs, dash attributions …); the ones every brief needs stay ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any, cast

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
        compiled = re.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled at first use (see :class:`LazyPattern`)."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))
