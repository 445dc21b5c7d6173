"""The ground layer: findings, rules, severities and fixes.

Small immutable records and nothing else; this module imports nothing from the
package but the ground below it, so every other module may import it. The
records are named tuples (:mod:`brieflint.records`), not dataclasses: importing
``dataclasses`` (which imports ``inspect``, ``ast``, ``dis`` and ``tokenize``)
and making a frozen dataclass cost a one-brief run more than all of its rules'
work on a short brief. Make a changed copy with ``_replace``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``error > warning > info``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}; expected error, warning or info") from None


class Fix(NamedTuple):
    """A safe edit a finding carries: replace ``old`` at a location by ``new``.

    Positions are 1-based line and column in the file as written; the end is
    exclusive. ``old`` lets the fixer check that the file still says what the
    rule saw before it rewrites anything.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    old: str
    new: str

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "old": self.old,
            "new": self.new,
        }


class Problem(NamedTuple):
    """What a rule yields: a located message. The engine turns it into a Finding.

    ``code`` is set only by the loader's problems (``E`` codes), which the
    load rules pass on; otherwise the engine stamps the rule's code.
    ``data`` carries figures for dashboards, such as ``{"measured": 17.4, "target": 16}``.
    """

    line: int
    column: int
    message: str
    end_line: int | None = None
    end_column: int | None = None
    code: str | None = None
    fix: Fix | None = None
    data: Mapping[str, Any] | None = None


class Finding(NamedTuple):
    """One reported problem in one file, ready for a reporter.

    Findings compare, sort and hash by where they are and what they are (path,
    line, column, code), not by their message: a finding and its copy with a
    new message are the same finding.
    """

    path: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str
    end_line: int | None = None
    end_column: int | None = None
    rule: str = ""
    fix: Fix | None = None
    data: Mapping[str, Any] | None = None

    def key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def __eq__(self, other: object) -> bool:  # equal only to a finding (not to a tuple of its fields)
        return isinstance(other, Finding) and other.key() == self.key()

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __lt__(self, other: tuple[Any, ...]) -> bool:
        return self.key() < other.key() if isinstance(other, Finding) else NotImplemented

    def __le__(self, other: tuple[Any, ...]) -> bool:
        return self.key() <= other.key() if isinstance(other, Finding) else NotImplemented

    def __gt__(self, other: tuple[Any, ...]) -> bool:
        return self.key() > other.key() if isinstance(other, Finding) else NotImplemented

    def __ge__(self, other: tuple[Any, ...]) -> bool:
        return self.key() >= other.key() if isinstance(other, Finding) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.key())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
        }
        if self.fix is not None:
            out["fix"] = self.fix.to_json()
        if self.data:
            out["data"] = dict(self.data)
        return out


class Option(NamedTuple):
    """A typed rule option with its default, as yamllint declares them."""

    name: str
    type: type | tuple[type, ...]
    default: Any
    help: str = ""

    def type_name(self) -> str:
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        return " or ".join(t.__name__ for t in types)

    def check(self, value: Any) -> str | None:
        """Return an error message when ``value`` does not fit this option."""
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        if isinstance(value, bool) and bool not in types:
            return f"option '{self.name}' must be {self.type_name()}, not a boolean"
        if float in types and isinstance(value, int) and not isinstance(value, bool):
            return None
        if not isinstance(value, types):
            return f"option '{self.name}' must be {self.type_name()}, not {type(value).__name__}"
        if isinstance(value, list) and isinstance(self.default, list | tuple) and self.default:
            kind = type(self.default[0])
            bad = [v for v in value if not isinstance(v, kind)]
            if bad:
                return f"option '{self.name}' must be a list of {kind.__name__}"
        return None


class Context:
    """What a rule receives beside the document: its options and the run's shared values.

    ``settings`` is the effective configuration (read-only); ``shared`` memoises
    values that are costly to build and the same for every document of a run,
    such as the compiled schema or the taxonomy: ``ctx.shared_value("taxonomy", build)``.
    Read-only; two contexts are equal only when they are the same one.
    """

    __slots__ = ("options", "settings", "shared")
    options: Mapping[str, Any]
    settings: Any
    shared: dict[str, Any]

    def __init__(self, options: Mapping[str, Any], settings: Any = None, shared: dict[str, Any] | None = None) -> None:
        object.__setattr__(self, "options", options)
        object.__setattr__(self, "settings", settings)
        object.__setattr__(self, "shared", {} if shared is None else shared)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Context is read-only (cannot set {name!r})")

    def __repr__(self) -> str:
        return f"Context(options={self.options!r}, settings={self.settings!r})"

    def shared_value(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self.shared:
            self.shared[key] = build()
        return self.shared[key]


Check = Callable[["Document", Context], Iterable[Problem]]

# the families whose rules read prose: English only unless a rule says otherwise (Rule.languages)
PROSE_FAMILIES = frozenset({"Q", "R", "HS"})
ENGLISH_ONLY = ("en",)
ALL_LANGUAGES = ("*",)

_SECTION = lazyre.compile(r"^(What it does|Why is this bad\?|Example|Bad|Good)\s*$", re.M)


class Rule(NamedTuple):
    """A check with a stable code, a readable name and documentation.

    ``doc`` is the rule's documentation in ruff's three parts: "What it does",
    "Why is this bad?" and "Example"; ``bad`` and ``good`` are whole briefs
    (Markdown form, or YAML form when they start with ``# form: yaml``) that
    must and must not trigger the rule. ``needs_data``: the rule reads the
    parsed brief, so it is skipped when the file did not parse (the ``E``
    rules are the ones that do not). ``languages``: the primary language subtags
    (``en``, ``ar`` …) of the briefs the rule can judge, ``("*",)`` for every
    language; None (the default) means English only for the prose families (``Q``,
    ``R`` and the house-style pack ``HS``) and every language for the others. A
    rule is skipped for a brief in a language it does not support.
    ``enabled_by_default``: false for a rule that is off unless a configuration
    or ``--select`` names it by its code or name (a rule whose precision on real
    published text is below the project's floor; its documentation says so).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    check: Check
    doc: str = ""
    options: tuple[Option, ...] = ()
    fixable: bool = False
    bad: str = ""
    good: str = ""
    needs_data: bool = True
    family: str = ""
    origin: str = "brieflint"
    languages: tuple[str, ...] | None = None
    enabled_by_default: bool = True

    def supports(self, language: str) -> bool:
        """Whether the rule judges briefs in ``language`` (a primary subtag such as ``ar``)."""
        langs = self.languages
        if langs is None:
            langs = ENGLISH_ONLY if self.family in PROSE_FAMILIES else ALL_LANGUAGES
        return "*" in langs or language in langs

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def doc_parts(self) -> dict[str, str]:
        """Split ``doc`` into its titled parts."""
        parts: dict[str, str] = {}
        matches = list(_SECTION.finditer(self.doc))
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(self.doc)
            parts[m.group(1)] = self.doc[m.end() : end].strip("\n")
        return parts


def cleandoc(doc: str) -> str:
    """``inspect.cleandoc`` (whose module imports ``ast``, ``dis`` and ``tokenize``): the first line
    without its indent, the others without their common one, no blank lines around."""
    lines = doc.expandtabs().split("\n")
    indents = [len(s) - len(s.lstrip()) for s in lines[1:] if s.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip(), *(s[margin:] for s in lines[1:])]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def rule(
    code: str,
    name: str,
    severity: str,
    *,
    options: Iterable[Option] = (),
    fixable: bool = False,
    bad: str = "",
    good: str = "",
    needs_data: bool = True,
    languages: Iterable[str] | None = None,
    enabled_by_default: bool = True,
) -> Callable[[Check], Rule]:
    """Decorate a check function into a :class:`Rule`.

    The function's docstring is the rule's documentation: a one-line summary,
    then "What it does", "Why is this bad?" and "Example" parts.
    """

    def wrap(fn: Check) -> Rule:
        doc = cleandoc(fn.__doc__ or "")
        summary, _, rest = doc.partition("\n")
        return Rule(
            code=code,
            name=name,
            severity=Severity.parse(severity),
            summary=summary.strip(),
            check=fn,
            doc=rest.strip(),
            options=tuple(options),
            fixable=fixable,
            bad=cleandoc(bad) + "\n" if bad else "",
            good=cleandoc(good) + "\n" if good else "",
            needs_data=needs_data,
            family=code.rstrip("0123456789"),
            languages=tuple(languages) if languages is not None else None,
            enabled_by_default=enabled_by_default,
        )

    return wrap
