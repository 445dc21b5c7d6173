"""Inline suppression comments, applied to a file's findings.

Markdown (as markdownlint does)::

    <!-- brieflint-disable Q101 -->  …  <!-- brieflint-enable Q101 -->
    <!-- brieflint-disable-next-line Q101 -->
    <!-- brieflint-disable-file Q101 -->

With no code, a comment applies to every rule. In YAML (a ``*.brief.yaml``
or a front matter), a trailing ``# brieflint: disable=T101`` applies to its
own line, and ``# brieflint: disable-file=T101`` on a line of its own to the
whole file. Codes may be codes, prefixes (``Q``) or rule names, separated
by commas or spaces. A suppression that matched nothing is reported as
``E101``; one naming no known rule as ``E102``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from brieflint.lazyre import lazy
from brieflint.model import Finding, Severity

_HTML = lazy(
    r"<!--\s*brieflint-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->",
)
_YAML = lazy(r"#\s*brieflint:\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_,\- ]+)")


class Suppression:
    """One suppression comment and the lines it covers; ``used`` once it silenced a finding.

    (A plain class, not a dataclass: a dataclass costs every start of brieflint
    about 4 M instructions to create, and this one is built up field by field.)
    """

    __slots__ = ("kind", "selectors", "line", "column", "end_column", "first", "last", "used")

    def __init__(
        self,
        kind: str,  # disable, enable, disable-next-line, disable-file, disable-line
        selectors: tuple[str, ...],  # empty: every rule
        line: int,
        column: int,
        end_column: int,
        first: int = 0,  # lines it covers (inclusive)
        last: int = 0,
    ) -> None:
        self.kind = kind
        self.selectors = selectors
        self.line = line
        self.column = column
        self.end_column = end_column
        self.first = first
        self.last = last
        self.used = False

    def __repr__(self) -> str:
        return f"Suppression({self.kind!r}, {self.selectors!r}, line {self.line}, covers {self.first}-{self.last})"

    def covers(self, finding: Finding, matches: Callable[[str, str], bool]) -> bool:
        if not self.first <= finding.line <= self.last:
            return False
        return not self.selectors or any(matches(s, finding.code) for s in self.selectors)


def _selectors(raw: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[,\s]+", raw.strip()) if s)


def parse(text: str, *, yaml_lines: Iterable[int] = ()) -> list[Suppression]:
    """Every suppression comment in ``text`` with the lines it covers."""
    lines = text.split("\n")
    total = len(lines)
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    yaml_set = set(yaml_lines)
    for n, line in enumerate(lines, 1):
        if "brieflint" not in line:
            continue
        for m in _HTML.finditer(line):
            kind, sels = m.group(1), _selectors(m.group(2))
            s = Suppression(kind, sels, n, m.start() + 1, m.end() + 1)
            if kind == "disable-next-line":
                s.first = s.last = n + 1
                found.append(s)
            elif kind == "disable-file":
                s.first, s.last = 1, total
                found.append(s)
            elif kind == "disable":
                s.first, s.last = n, total
                open_ranges.append(s)
                found.append(s)
            else:  # enable: close the matching open ranges
                for o in open_ranges:
                    if o.last == total and (not sels or not o.selectors or set(o.selectors) & set(sels)):
                        if not sels or set(o.selectors) <= set(sels) or not o.selectors:
                            o.last = n
                        else:
                            # split: the enabled codes stop here, the others go on
                            rest = tuple(x for x in o.selectors if x not in sels)
                            o.selectors = tuple(x for x in o.selectors if x in sels)
                            o.last = n
                            cont = Suppression("disable", rest, o.line, o.column, o.end_column, n, total)
                            found.append(cont)
                            open_ranges.append(cont)
        if n in yaml_set:
            m2 = _YAML.search(line)
            if m2:
                kind = "disable-file" if m2.group(1) == "disable-file" else "disable-line"
                s = Suppression(kind, _selectors(m2.group(2)), n, m2.start() + 1, m2.end() + 1)
                s.first, s.last = (1, total) if kind == "disable-file" else (n, n)
                found.append(s)
    return found


# the loader's findings for a file it could not read or parse (no brief to check at all)
UNSUPPRESSIBLE = frozenset({"E001", "E002", "E003", "E005", "E006", "E007", "E008", "E010", "E011", "E012"})


def apply(
    findings: list[Finding],
    suppressions: list[Suppression],
    matches: Callable[[str, str], bool],
    known: Callable[[str], bool],
    *,
    path: str,
    report_unused: bool,
    enabled: Callable[[str], bool],
) -> list[Finding]:
    """Drop suppressed findings; add ``E101``/``E102`` for useless suppressions.

    A file that cannot be read or parsed (:data:`UNSUPPRESSIBLE`) keeps its finding whatever a
    comment says, as ruff keeps a syntax error: a comment cannot make a broken file pass.
    """
    kept: list[Finding] = []
    for f in findings:
        hit = False
        for s in suppressions:
            if s.kind != "enable" and s.covers(f, matches):
                s.used = True
                hit = True
        if not hit or f.code in UNSUPPRESSIBLE:
            kept.append(f)
    for s in suppressions:
        unknown = [sel for sel in s.selectors if not known(sel)]
        if unknown and enabled("E102"):
            kept.append(
                Finding(
                    path,
                    s.line,
                    s.column,
                    "E102",
                    Severity.WARNING,
                    f"suppression names unknown rule '{unknown[0]}'; use a code such as Q101 or a rule name",
                    s.line,
                    s.end_column,
                    rule="unknown-suppression",
                )
            )
        elif report_unused and not s.used and enabled("E101"):
            what = ", ".join(s.selectors) if s.selectors else "every rule"
            kept.append(
                Finding(
                    path,
                    s.line,
                    s.column,
                    "E101",
                    Severity.WARNING,
                    f"suppression of {what} matched no finding; remove it",
                    s.line,
                    s.end_column,
                    rule="unused-suppression",
                )
            )
    return kept
