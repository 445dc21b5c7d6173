"""A rule family's options, declared once and read with their declared defaults.

A family lists its options in one :class:`Options` value; each rule names the
ones it takes (``options=OPTIONS.pick("max-grade", "min-section-words")``) and
reads them through it (``OPTIONS.number(ctx, "max-grade")``), so an option's
type, default and help are written in one place, however many rules share it
(``min-section-words`` for R101 and R102, ``min-words`` for R106 and R107).
The configuration resolves values per rule (``readability:`` applies to every
rule of the family that declares the key); a value missing from the rule's
context (a rule run by hand, with ``Context({})``) falls back to the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from brieflint.model import Context, Option

NUMBER = (int, float)


class Options:
    """The options of one rule family, by name (made once, at import; read-only after)."""

    __slots__ = ("_by_name",)

    def __init__(self, *options: Option) -> None:
        by_name: dict[str, Option] = {}
        for option in options:
            if option.name in by_name:
                raise ValueError(f"option '{option.name}' is declared twice")
            by_name[option.name] = option
        self._by_name: Mapping[str, Option] = MappingProxyType(by_name)

    def pick(self, *names: str) -> tuple[Option, ...]:
        """The declared options ``names``, for a rule's ``options=``."""
        return tuple(self._by_name[name] for name in names)

    def value(self, ctx: Context, name: str) -> Any:
        """The rule's value of option ``name``: configured, or the declared default."""
        found = ctx.options.get(name)
        return self._by_name[name].default if found is None else found

    def number(self, ctx: Context, name: str) -> float:
        return float(self.value(ctx, name))

    def integer(self, ctx: Context, name: str) -> int:
        return int(self.value(ctx, name))

    def strings(self, ctx: Context, name: str) -> list[str]:
        """A list option's items, as strings (an empty or absent list: none)."""
        return [str(item) for item in self.value(ctx, name) or []]
