"""A pack's rules as data: the format's constants, :class:`PackRule`, and words turned into patterns."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from brieflint.model import Severity
from brieflint.records import NamedTuple

SHIPPED = {"house-style": "house-style.yaml"}
SCOPES = ("title", "summary", "headings", "body", "bios", "quotes")
DEFAULT_SCOPES = ("title", "summary", "headings", "body", "bios")
KINDS = ("existence", "substitution", "occurrence", "consistency", "conditional")
DEFAULT_TIMEOUT = 1.0
MAX_TIMEOUT = 5.0  # seconds, as schemas/rule-pack.schema.json says
BUILTIN_FAMILIES = ("E", "S", "Q", "R", "T", "L")
MASK = "\ue000"  # stands in for text a rule must not see (quotes), one per character
APOSTROPHES = "'’ʼ‘`"


# fields a message template may use, per kind
FIELDS: dict[str, frozenset[str]] = {
    "existence": frozenset({"match", "scope"}),
    "substitution": frozenset({"match", "replacement", "scope"}),
    "occurrence": frozenset({"match", "count", "max", "min", "unit", "scope"}),
    "consistency": frozenset({"match", "first", "line", "column", "count", "scope"}),
    "conditional": frozenset({"match", "key", "defined", "scope"}),
}


class Matcher(NamedTuple):
    """One pattern source of a rule, with what a match of it means."""

    source: str
    label: str = ""  # the token or key as the pack wrote it
    replacement: str | None = None  # substitution
    group: int = 0  # consistency: the group (spelling list) it belongs to
    spelling: int = -1  # consistency: index of the spelling in its group; -1: the matched text is the spelling


class PackRule(NamedTuple):
    """One rule of a pack, validated, before it becomes a :class:`Rule`."""

    pack: str
    pack_id: str
    code: str
    name: str
    kind: str
    severity: Severity
    scopes: tuple[str, ...]
    message: str
    ignore_case: bool
    timeout: float
    matchers: tuple[Matcher, ...] = ()
    definitions: tuple[Matcher, ...] = ()  # conditional: the `second` patterns
    exceptions: tuple[str, ...] = ()
    maximum: int | None = None
    minimum: int | None = None
    per: str = "scope"
    fix: bool = True
    regex: bool = False
    data: Mapping[str, Any] = MappingProxyType({})
    shipped: bool = False  # the shipped pack: its patterns may run with ``re`` (see Scanner)


def flags(ignore_case: bool) -> int:
    import regex

    return regex.V0 | (regex.IGNORECASE if ignore_case else 0)


# what regex.escape escapes (regex/_main.py), without importing the package (≈15 ms) to build patterns
_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")


def escape(text: str) -> str:
    """``regex.escape(text)``: a backslash before each metacharacter and each blank."""
    return "".join("\\" + c if c in _METACHARS or c.isspace() else c for c in text)


def token_pattern(token: str) -> str:
    """A literal word or phrase as a pattern: whole words, any run of blanks between words, any apostrophe."""
    out: list[str] = []
    i = 0
    while i < len(token):
        ch = token[i]
        if ch.isspace():
            while i < len(token) and token[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        if ch in APOSTROPHES:
            out.append("['’ʼ‘`]")
        else:
            out.append(escape(ch))
        i += 1
    body = "".join(out)
    stripped = token.strip()
    if not stripped:  # a token of blanks only: match exactly that many
        return escape(token)
    if stripped[0].isalnum() or stripped[0] == "_":
        body = r"(?<!\w)" + body
    if stripped[-1].isalnum() or stripped[-1] == "_":
        body = body + r"(?!\w)"
    return body
