"""Running a rule's patterns over the prose it sees, under the pack's time bound."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.checks.packs.prefilter import Clauses, may_match, required_literals
from brieflint.checks.packs.spec import MASK, Matcher, PackRule, flags
from brieflint.checks.packs.units import Unit, units
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document


class PatternTimeout(Exception):
    def __init__(self, source: str, unit: Unit) -> None:
        super().__init__(source)
        self.source = source
        self.unit = unit


class Budget(NamedTuple):
    deadline: float

    def remaining(self) -> float:
        return max(self.deadline - time.monotonic(), 0.001)


class Hit(NamedTuple):
    """A match in a unit: offsets in the unit's prose, the text, and the matcher."""

    unit: Unit
    start: int
    end: int
    text: str
    matcher: int
    match: Any = None  # the regex match (groups for a substitution)

    @property
    def key(self) -> tuple[Any, ...]:
        return (*self.unit.order, self.start)


class Scanner:
    """A pattern of a rule, compiled on first use, and the index of its matcher in the rule.

    Most patterns of a pack never pass the literal prefilter on a given brief,
    so a one-file run compiles only the few it needs (the ``regex`` package
    compiles in Python: about 0.5 ms a pattern).
    """

    def __init__(
        self,
        source: str,
        index: int,
        label: str = "",
        literals: Clauses = (),  # strings every match contains (see required_literals); () when unknown
        fold: bool = False,  # the pattern ignores case: its literals are looked for in case-folded text
        shipped: bool = False,  # from the shipped pack: run with ``re`` when it reads the pattern
    ) -> None:
        self.source = source
        self.index = index
        self.label = label
        self.literals = literals
        self.fold = fold
        self.shipped = shipped

    def __repr__(self) -> str:
        return f"Scanner({self.source!r}, {self.index})"

    @cached_property
    def pattern(self) -> Any:
        """The compiled pattern: ``re`` for a shipped pattern it reads, ``regex`` for every other."""
        if self.shipped:
            try:
                return lazyre.compile(self.source, re.IGNORECASE if self.fold else 0)
            except re.error:  # a construct only ``regex`` reads, such as a lookbehind of varying width
                pass
        import regex

        return regex.compile(self.source, flags(self.fold))

    def finditer(self, text: str, budget: Budget) -> Iterator[Any]:
        """The matches in ``text``; a ``regex`` pattern raises ``TimeoutError`` past the budget.

        An ``re`` pattern (shipped, tested not to backtrack without end) has no
        bound of its own; the rule's time bound still stops it.
        """
        pattern = self.pattern
        if isinstance(pattern, re.Pattern):
            return pattern.finditer(text)
        return pattern.finditer(text, timeout=budget.remaining())


def find_hits(scanners: Sequence[Scanner], views: Views, budget: Budget) -> list[Hit]:
    """Every non-empty match of every pattern in every view, in document order, overlaps removed.

    A pattern is not run on a view whose prose lacks the literals every match
    of it contains (:func:`required_literals`): the result is the same, and
    most pattern/paragraph pairs of a pack never match.
    """
    hits: list[Hit] = []
    if views:
        scanners = [sc for sc in scanners if not sc.literals or may_match(sc.literals, views.everywhere.get(sc.fold))]
    for unit, text, _label in views:
        found: list[Hit] = []
        for sc in scanners:
            if sc.literals and not may_match(sc.literals, unit.haystack(sc.fold)):
                continue
            try:
                for m in sc.finditer(text, budget):
                    if m.end() > m.start() and MASK not in m.group(0):
                        found.append(Hit(unit, m.start(), m.end(), m.group(0), sc.index, m))
            except TimeoutError:
                raise PatternTimeout(sc.label, unit) from None
        if len(found) > 1:
            found.sort(key=lambda h: (h.start, -(h.end - h.start), h.matcher))
        last_end = -1
        for h in found:
            if h.start >= last_end:
                hits.append(h)
                last_end = h.end
    return hits


class _Haystacks:
    """The prose of every view joined, plain and case-folded, built on first use."""

    def __init__(self, views: Sequence[tuple[Unit, str, str]]) -> None:
        self.views = views
        self.built: dict[bool, str] = {}

    def get(self, fold: bool) -> str:
        if fold not in self.built:
            self.built[fold] = "\n".join(u.haystack(fold) for u, _, _ in self.views)
        return self.built[fold]


class Views(tuple):
    """(unit, text the rule sees, scope label) of every unit a scope set shows, and their joined prose."""

    everywhere: _Haystacks


def views_of(doc: Document, spec: PackRule) -> Views:
    """The views of ``spec``'s scopes, built once per document and scope set (most rules share one)."""
    scopes = frozenset(spec.scopes)

    def build() -> Views:
        out = []
        for u in units(doc):
            v = u.visible(scopes)
            if v is not None:
                out.append((u, v[0], v[1]))
        views = Views(out)
        views.everywhere = _Haystacks(out)  # the list, not the views: no cycle to leave to the garbage collector
        return views

    return doc.memo(f"packs.views:{','.join(sorted(scopes))}", build)


def scanners(matchers: Sequence[Matcher], ignore_case: bool, shipped: bool = False) -> tuple[Scanner, ...]:
    """A rule's patterns, one scanner each (each compiled when it first has a paragraph to scan).

    (Joining them into one alternation was measured: with the ``regex``
    package it is many times slower than one pass per pattern, because a
    pattern that starts with a literal is searched for with a fast string scan.)
    """
    return tuple(
        Scanner(
            m.source,
            k,
            label=m.label or m.source,
            literals=required_literals(m.source, ignore_case),
            fold=ignore_case,
            shipped=shipped,
        )
        for k, m in enumerate(matchers)
    )


def compile_all(spec: PackRule) -> tuple[tuple[Scanner, ...], tuple[Scanner, ...]]:
    return (
        scanners(spec.matchers, spec.ignore_case, spec.shipped),
        scanners(spec.definitions, spec.ignore_case, spec.shipped),
    )
