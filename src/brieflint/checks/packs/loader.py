"""Declarative rule packs: YAML files of style rules built from a small, closed set of kinds.

A pack is a YAML file validated by ``schemas/rule-pack.schema.json``::

    pack: my-style
    prefix: MS
    rules:
      - code: MS001
        name: no-very
        kind: existence
        tokens: [very]
        ignore-case: true
        message: "cut '{match}': it adds nothing"

Each entry becomes an ordinary :class:`~brieflint.model.Rule` (code, name,
severity, documentation in three parts, bad and good examples) whose check
runs over the prose of the scopes it names (``title``, ``summary``,
``headings``, ``body``, ``bios``, ``quotes``), as :mod:`brieflint.document.prose` gives
it: Markdown stripped, every character mapped back to its line and column.
Text inside direct quotes (block quotes, and quotations of more than three
words in double quotes) is left out unless the rule's scope names ``quotes``:
a style rule never asks to rewrite what somebody said.

Kinds:

``existence``
    flag ``tokens`` (whole words or phrases) or ``patterns`` (regular expressions).
``substitution``
    ``swap: {wrong: right}``; each finding carries a :class:`~brieflint.model.Fix`.
``occurrence``
    at most ``max`` / at least ``min`` matches ``per`` scope, section, paragraph or document.
``consistency``
    one spelling per brief: ``groups`` of alternative spellings, or ``patterns``
    whose every distinct match is a spelling (transliterations).
``conditional``
    a key matched by ``first`` (an acronym) must be preceded by a definition
    matched by ``second`` (``Full Name (ACR)``), unless it is an exception.

Patterns run with the ``regex`` package, compiled once per run
(``ctx.shared_value``), under a time bound per rule and file: a catastrophic
pattern gives one finding naming the rule instead of a hang. The shipped
pack's own patterns run with the standard library's ``re`` wherever it reads
them (importing ``regex`` cost a one-file run 7 % of its instructions): the tests
check that both engines find the same matches in them and that none of them
backtracks without end, and the rule's time bound (``rule-timeout``) still
stops them.
"""

from __future__ import annotations

import json
import os
import re
import string
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from brieflint.errors import ConfigError
from brieflint.model import Context, Fix, Option, Problem, Rule, Severity

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.prose import Paragraph
    from brieflint.document.yamldata import Loaded

SHIPPED = {"house-style": "house-style.yaml"}
SCOPES = ("title", "summary", "headings", "body", "bios", "quotes")
DEFAULT_SCOPES = ("title", "summary", "headings", "body", "bios")
KINDS = ("existence", "substitution", "occurrence", "consistency", "conditional")
DEFAULT_TIMEOUT = 1.0
BUILTIN_FAMILIES = ("E", "S", "Q", "R", "T", "L")
_TEXT_SCOPE = {"title": "title", "summary": "summary", "headings": "heading", "body": "body", "bios": "bio"}
_MASK = "\ue000"  # stands in for text a rule must not see (quotes), one per character
_APOSTROPHES = "'’ʼ‘`"
Clauses = tuple[tuple[str, ...], ...]  # every clause must hold; a clause holds when one of its strings is present

# fields a message template may use, per kind
_FIELDS: dict[str, frozenset[str]] = {
    "existence": frozenset({"match", "scope"}),
    "substitution": frozenset({"match", "replacement", "scope"}),
    "occurrence": frozenset({"match", "count", "max", "min", "unit", "scope"}),
    "consistency": frozenset({"match", "first", "line", "column", "count", "scope"}),
    "conditional": frozenset({"match", "key", "defined", "scope"}),
}
_DEFAULT_MESSAGE = {
    "existence": "avoid '{match}'",
    "substitution": "use '{replacement}' instead of '{match}'",
    "occurrence": "",  # chosen by max/min below
    "consistency": (
        "'{match}' here, but '{first}' elsewhere in the brief (first at line {line}); use one spelling throughout"
    ),
    "conditional": (
        "'{key}' is used before it is spelled out{defined}; write the full name followed by ({key}) at its first use"
    ),
}
_MAX_MESSAGE = "{count} matches in the {unit} ('{match}' is one too many); at most {max} allowed"
_MIN_MESSAGE = "{count} matches in the {unit}; at least {min} expected"


# ----- the pack as data --------------------------------------------------------


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


def _flags(ignore_case: bool) -> int:
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
        if ch in _APOSTROPHES:
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


# ----- loading --------------------------------------------------------------------


def load_pack(name_or_path: str) -> tuple[Rule, ...]:
    """The rules of a pack: ``house-style`` names the shipped one, anything else is a path.

    Raises :class:`~brieflint.config.settings.ConfigError` (with the file, line and
    column) for a pack that cannot be read, does not parse, does not fit
    ``schemas/rule-pack.schema.json``, or holds a pattern that does not compile.
    """
    if name_or_path in SHIPPED:
        return tuple(_to_rule(spec) for spec in shipped_pack(name_or_path))
    text, shown = _read(name_or_path)
    return tuple(_to_rule(spec) for spec in parse_pack(text, shown))


def shipped_pack(name: str) -> list[PackRule]:
    """A shipped pack's rules as data, from its JSON copy (``rules/<name>.json``), or its YAML without one.

    The copy is read with ``json.loads`` instead of YAML with every node's
    position: about 10 M instructions less for a one-brief run. Positions are
    only for errors, and the shipped pack has none (the tests parse its YAML,
    untrusted, and check the copy holds the same data: ``scripts/make_pack_json.py``
    writes it).
    """
    import json

    from brieflint import shipped

    copy = json_copy_name(SHIPPED[name])
    shown = _shown(SHIPPED[name])
    try:
        data = json.loads(shipped.read_text("brieflint.rules", copy))
    except (OSError, ValueError):  # an installation without the copy: read the YAML
        return parse_pack(*_read(name), trusted=True)
    return pack_rules(data, shown, _Positions(None, shown), trusted=True)


def json_copy_name(yaml_name: str) -> str:
    return os.path.splitext(yaml_name)[0] + ".json"


def _shown(shipped_name: str) -> str:
    """How a shipped pack's file is named in messages: its path in the installation."""
    from brieflint import shipped

    return os.path.join(shipped.folder("brieflint.rules") or "brieflint/rules", shipped_name)


def _read(name_or_path: str) -> tuple[str, str]:
    if name_or_path in SHIPPED:
        from brieflint import shipped

        name = SHIPPED[name_or_path]
        shown = _shown(name)
        try:
            return shipped.read_text("brieflint.rules", name), shown
        except OSError as exc:  # pragma: no cover - a broken installation
            raise ConfigError(f"the shipped rule pack '{name_or_path}' is missing: {exc}", shown) from None
    path = name_or_path
    if os.path.isdir(path):
        raise ConfigError("rule pack is a directory; name a YAML file", path)
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read(), path
    except FileNotFoundError:
        raise ConfigError("rule pack not found", path) from None
    except UnicodeDecodeError:
        raise ConfigError("rule pack is not UTF-8 text", path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", path) from None


class _Positions:
    """Line and column of a pack's values and keys, for located errors."""

    def __init__(self, loaded: Loaded | None, shown: str) -> None:
        self.loaded = loaded  # None: data read without positions (a shipped pack's JSON copy)
        self.shown = shown

    def at(self, path: Sequence[Any], *, key: bool = False) -> tuple[int | None, int | None]:
        if self.loaded is None:
            return None, None
        p = tuple(path)
        if key and p in self.loaded.keys:
            m = self.loaded.keys[p].start
            return m.line + 1, m.column + 1
        while True:
            node = self.loaded.nodes.get(p)
            if node is not None:
                if node.empty and p in self.loaded.keys:
                    m = self.loaded.keys[p].start
                else:
                    m = node.start
                return m.line + 1, m.column + 1
            if not p:
                return 1, 1
            p = p[:-1]

    def error(self, message: str, path: Sequence[Any], *, key: bool = False) -> ConfigError:
        line, col = self.at(path, key=key)
        return ConfigError(message, self.shown, line, col)


def parse_pack(text: str, shown: str, *, trusted: bool = False) -> list[PackRule]:
    """Validate a pack's text and return its rules as data (see :func:`load_pack`).

    ``trusted``: the pack ships with brieflint; its schema check and the trial
    compilation of each pattern (for a located error) are left to the tests,
    which parse it untrusted. Every other check (codes, names, templates) still runs.
    """
    from brieflint.document.yamldata import load_yaml

    loaded = load_yaml(text.replace("\r\n", "\n"))
    if loaded.problems:
        p = loaded.problems[0]
        raise ConfigError(f"rule pack: {p.message}", shown, p.line, p.column)
    return pack_rules(loaded.data, shown, _Positions(loaded, shown), trusted=trusted)


def pack_rules(data: Any, shown: str, pos: _Positions, *, trusted: bool = False) -> list[PackRule]:
    """The rules of a pack's data (see :func:`parse_pack`); ``pos`` locates errors."""
    if not isinstance(data, dict):
        raise pos.error("a rule pack is a mapping with 'pack:' and 'rules:' keys", ())
    if not trusted:  # a shipped pack is validated by the tests (tests/test_packs.py), not at every start
        _validate_schema(data, pos)
    pack = data["pack"]
    prefix = data.get("prefix")
    timeout = float(data.get("timeout", DEFAULT_TIMEOUT))
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    out: list[PackRule] = []
    for i, entry in enumerate(data["rules"]):
        code, name = entry["code"], entry["name"]
        if prefix and not code.startswith(prefix):
            raise pos.error(
                f"rule code '{code}' does not start with the pack's prefix '{prefix}'", ("rules", i, "code")
            )
        if code[0] in BUILTIN_FAMILIES:
            raise pos.error(
                f"rule code '{code}' starts with '{code[0]}', the prefix of brieflint's own {code[0]} rules, "
                f"so selecting '{code[0]}' would select it too; choose a prefix that starts with another letter",
                ("rules", i, "code"),
            )
        letters = code.rstrip("0123456789")
        if not prefix and out and letters != out[0].code.rstrip("0123456789"):
            raise pos.error(
                f"rule code '{code}' has another prefix than '{out[0].code}'; a pack's codes share one prefix",
                ("rules", i, "code"),
            )
        if code in seen_codes:
            raise pos.error(
                f"rule code '{code}' is used twice in this pack (first at rule {seen_codes[code] + 1})",
                ("rules", i, "code"),
            )
        if name in seen_names:
            raise pos.error(
                f"rule name '{name}' is used twice in this pack (first at rule {seen_names[name] + 1})",
                ("rules", i, "name"),
            )
        seen_codes[code] = i
        seen_names[name] = i
        out.append(_spec(entry, ("rules", i), pack, shown, timeout, pos, trusted=trusted))
    return out


def _validate_schema(data: dict[str, Any], pos: _Positions) -> None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    from brieflint.checks.schemastore import shipped

    validator = Draft202012Validator(shipped("rule-pack.schema.json"))
    errors = list(validator.iter_errors(data))
    if not errors:
        return

    def leaves(e: Any) -> list[Any]:
        if (
            e.context
            and e.validator in ("anyOf", "oneOf", "allOf")
            and not all(c.validator == "required" for c in e.context)
        ):
            # say what is wrong inside: for a choice of types, in the branch of the value's type
            if e.validator in ("anyOf", "oneOf"):
                depth = len(e.absolute_path)
                fitting = [
                    c
                    for c in e.context
                    if not (c.validator == "type" and len(c.absolute_path) == depth)
                    and not (
                        c.validator == "enum" and len(c.absolute_path) == depth and not isinstance(c.instance, str)
                    )
                ]
                if not fitting:
                    return [e]
                deepest = max(len(c.absolute_path) for c in fitting)
                return leaves(best_match([c for c in fitting if len(c.absolute_path) == deepest]))
            inner = [x for c in e.context for x in leaves(c)]
            return inner or [e]
        return [e]

    flat = [x for e in errors for x in leaves(e)]

    def rank(e: Any) -> tuple[Any, ...]:
        path = tuple(e.absolute_path)
        line, col = pos.at(path)
        return (line, col, -len(path))

    error = min(flat, key=rank)
    path = tuple(error.absolute_path)
    where = _display(path)
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        import difflib

        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(allowed)}"
        raise pos.error(f"unknown key '{key}' in {where or 'the pack'}{hint}", (*path, key), key=True)
    if error.schema is False or error.validator is None:
        # jsonschema gives the path of the rule, not of the key a `false` schema refused
        container: Any = data
        for part in path:
            container = container[part]
        if isinstance(container, dict) and not (path and isinstance(path[-1], str) and path[-1] in _RULE_KEYS):
            found = [k for k, v in container.items() if v is error.instance]
            if found:
                path = (*path, found[0])
        key = path[-1] if path else "?"
        kind = _kind_of(data, path)
        raise pos.error(f"key '{key}' does not apply to a rule of kind '{kind}'", path, key=True)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        raise pos.error(f"{where or 'the pack'} lacks the required key '{missing}'", path)
    if error.validator == "anyOf" and isinstance(error.instance, dict):
        options = [" or ".join(f"'{k}'" for k in s.get("required", [])) for s in error.validator_value]
        raise pos.error(f"{where or 'the pack'} needs one of the keys {' or '.join(options)}", path)
    if error.validator == "pattern":
        hints = {
            "code": "two to four capital letters and three digits, such as HS001",
            "name": "kebab-case, such as no-filler-words",
            "pack": "kebab-case, such as house-style",
            "prefix": "two to four capital letters, such as HS",
        }
        hint = hints.get(str(path[-1]) if path else "", f"text matching {error.validator_value}")
        raise pos.error(f"{where}: {error.instance!r} is not {hint}", path)
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        raise pos.error(f"{where}: {error.instance!r} is not one of {allowed}", path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        words = {
            "string": "a string",
            "array": "a list",
            "object": "a mapping",
            "integer": "a whole number",
            "number": "a number",
            "boolean": "true or false",
        }
        types = [
            words.get(str(c.validator_value), str(c.validator_value)) for c in error.context if c.validator == "type"
        ]
        if types:
            raise pos.error(f"{where}: {error.instance!r} must be {' or '.join(dict.fromkeys(types))}", path)
    raise pos.error(f"{where or 'the pack'}: {error.message}", path)


_RULE_KEYS = frozenset(
    {"swap", "tokens", "patterns", "max", "min", "per", "groups", "first", "second", "exceptions", "regex", "fix"}
)


def _kind_of(data: Any, path: tuple[Any, ...]) -> str:
    if len(path) >= 2 and path[0] == "rules":
        try:
            return str(data["rules"][path[1]].get("kind", "?"))
        except (IndexError, KeyError, TypeError, AttributeError):
            return "?"
    return "?"


def _display(path: Sequence[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _compile(source: str, ignore_case: bool, pos: _Positions, where: Sequence[Any], *, key: bool = False) -> Any:
    import regex

    try:
        compiled = regex.compile(source, _flags(ignore_case))
    except regex.error as exc:
        raise pos.error(f"pattern {source!r} does not compile: {exc}", where, key=key) from None
    except (ValueError, OverflowError, RecursionError) as exc:
        raise pos.error(f"pattern {source!r} cannot be used: {exc}", where, key=key) from None
    try:
        empty = compiled.match("", timeout=0.1) is not None
    except TimeoutError:  # pragma: no cover - pathological
        empty = False
    if empty:
        raise pos.error(
            f"pattern {source!r} matches the empty string, so it would match everywhere; "
            "make it match at least one character",
            where,
            key=key,
        )
    return compiled


def _check_template(message: str, kind: str, pos: _Positions, where: Sequence[Any]) -> None:
    allowed = _FIELDS[kind]
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:
        raise pos.error(f"message template: {exc} (write '{{{{' and '}}}}' for literal braces)", where) from None
    for _, fname, spec, _ in parsed:
        if fname is None:
            continue
        if fname not in allowed:
            shown = fname or "{}"
            raise pos.error(
                f"message template uses '{{{shown}}}', which {'an' if kind[0] in 'aeiou' else 'a'} {kind} rule "
                "does not provide; "
                f"use {', '.join('{' + f + '}' for f in sorted(allowed))}",
                where,
            )
        if spec and ("{" in spec or "}" in spec):
            raise pos.error("message template: nested fields are not supported", where)
    try:
        message.format(**{f: "x" if f not in ("count", "max", "min", "line", "column") else 1 for f in allowed})
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise pos.error(f"message template cannot be filled in: {exc}", where) from None


def _spec(
    entry: dict[str, Any],
    at: tuple[Any, ...],
    pack: str,
    shown: str,
    timeout: float,
    pos: _Positions,
    *,
    trusted: bool = False,
) -> PackRule:
    kind = entry["kind"]
    ignore_case = bool(entry.get("ignore-case", False))
    scope = entry.get("scope", list(DEFAULT_SCOPES))
    scopes = (scope,) if isinstance(scope, str) else tuple(scope)
    message = entry.get("message") or ""
    if message:
        _check_template(message, kind, pos, (*at, "message"))
    matchers: list[Matcher] = []
    definitions: list[Matcher] = []
    is_regex = bool(entry.get("regex", False))

    def add_list(
        key: str, as_token: bool, target: list[Matcher], group_base: int = 0, per_item_group: bool = False
    ) -> None:
        items = entry.get(key)
        if items is None:
            return
        items = [items] if isinstance(items, str) else items
        for j, item in enumerate(items):
            src = token_pattern(item) if as_token else item
            if not trusted:
                _compile(src, ignore_case, pos, (*at, key, j))
            target.append(Matcher(src, item, group=group_base + j if per_item_group else 0))

    if kind in ("existence", "occurrence"):
        add_list("tokens", True, matchers)
        add_list("patterns", False, matchers)
    elif kind == "substitution":
        for wrong, right in entry["swap"].items():
            src = wrong if is_regex else token_pattern(wrong)
            if trusted:  # the shipped pack's patterns are compiled by the tests, not at every start
                matchers.append(Matcher(src, wrong, replacement=right))
                continue
            compiled = _compile(src, ignore_case, pos, (*at, "swap", wrong), key=True)
            if is_regex:
                try:
                    compiled.sub(right, "")
                    _ = [m.expand(right) for m in compiled.finditer(wrong)]
                except (IndexError, ValueError, Exception) as exc:  # a bad \1 or \g<name>
                    raise pos.error(
                        f"replacement '{right}' does not fit pattern '{wrong}': {exc}", (*at, "swap", wrong)
                    ) from None
            matchers.append(Matcher(src, wrong, replacement=right))
    elif kind == "consistency":
        groups = entry.get("groups") or []
        for g, spellings in enumerate(groups):
            for s, spelling in enumerate(spellings):
                src = spelling if is_regex else token_pattern(spelling)
                if not trusted:
                    _compile(src, ignore_case, pos, (*at, "groups", g, s))
                matchers.append(Matcher(src, spelling, group=g, spelling=s))
        add_list("patterns", False, matchers, group_base=len(groups), per_item_group=True)
    elif kind == "conditional":
        add_list("first", False, matchers)
        add_list("second", False, definitions)
    if kind == "occurrence":
        mx, mn = entry.get("max"), entry.get("min")
        if mx is not None and mn is not None and mn > mx:
            raise pos.error(f"min ({mn}) is more than max ({mx}): no count can satisfy both", (*at, "min"))
    return PackRule(
        pack=pack,
        pack_id=shown,
        code=entry["code"],
        name=entry["name"],
        kind=kind,
        severity=Severity.parse(entry.get("severity", "warning")),
        scopes=scopes,
        message=message,
        ignore_case=ignore_case,
        timeout=timeout,
        matchers=tuple(matchers),
        definitions=tuple(definitions),
        exceptions=tuple(entry.get("exceptions") or ()),
        maximum=entry.get("max"),
        minimum=entry.get("min"),
        per=entry.get("per", "scope"),
        fix=bool(entry.get("fix", True)),
        regex=is_regex,
        shipped=trusted,
        data=entry,
    )


# ----- the prose a rule sees ------------------------------------------------------


class Unit:
    """One block of prose of a brief, in document order, with its direct quotes marked.

    (A plain class, as the other records that cache: a dataclass costs every start of
    brieflint about 4 M instructions to create, and each instance a call per field.)
    """

    __slots__ = ("scope", "order", "paragraph", "blockquote", "quotes", "_cache")

    def __init__(
        self,
        scope: str,  # a pack scope: title, summary, headings, body, bios
        order: tuple[int, ...],
        paragraph: Paragraph,
        blockquote: bool,
        quotes: tuple[tuple[int, int], ...],  # spans of prose.value inside quotation marks (quotes of 4+ words)
    ) -> None:
        self.scope = scope
        self.order = order
        self.paragraph = paragraph
        self.blockquote = blockquote
        self.quotes = quotes
        self._cache: dict[Any, Any] = {}

    def __repr__(self) -> str:
        return f"Unit({self.scope!r}, {self.order!r}, {self.paragraph.prose.value[:30]!r}…)"

    def haystack(self, fold: bool) -> str:
        """The prose to look for a pattern's literals in (case-folded for a rule that ignores case)."""
        key = ("haystack", fold)
        found = self._cache.get(key)
        if found is None:
            value = self.paragraph.prose.value
            found = self._cache[key] = fold_for_literals(value) if fold else value
        return found  # type: ignore[no-any-return]

    def visible(self, scopes: frozenset[str]) -> tuple[str, str] | None:
        """:meth:`view`, with blank or fully masked text as None; computed once per unit and scope set."""
        key = ("view", scopes)
        if key not in self._cache:
            v = self.view(scopes)
            self._cache[key] = v if v is not None and v[0].strip(_MASK + " \n\t") else None
        return self._cache[key]  # type: ignore[no-any-return]

    def view(self, scopes: frozenset[str]) -> tuple[str, str] | None:
        """(text the rule sees, scope label) or None; hidden characters are masked, offsets kept."""
        value = self.paragraph.prose.value
        if self.blockquote:
            return (value, "quotes") if "quotes" in scopes else None
        if self.scope in scopes:
            if "quotes" in scopes or not self.quotes:
                return value, self.scope
            return _mask(value, self.quotes, inside=True), self.scope
        if "quotes" in scopes and self.quotes:
            return _mask(value, self.quotes, inside=False), "quotes"
        return None


def _mask(value: str, spans: Sequence[tuple[int, int]], *, inside: bool) -> str:
    """``value`` with the characters inside ``spans`` (or outside them) masked, line breaks kept.

    Slice by slice: one character at a time took about 5 % of checking a brief.
    """
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[str] = []
    pos = 0
    for a, b in merged:
        out.append(value[pos:a] if inside else _blank(value[pos:a]))
        out.append(_blank(value[a:b]) if inside else value[a:b])
        pos = b
    out.append(value[pos:] if inside else _blank(value[pos:]))
    return "".join(out)


def _blank(part: str) -> str:
    """Every character of ``part`` masked but the line breaks."""
    if "\n" not in part:
        return _MASK * len(part)
    return "\n".join(_MASK * len(line) for line in part.split("\n"))


_QUOTE_MARKS = re.compile('[“”"]')


def quote_spans(s: str, min_words: int = 4) -> tuple[tuple[int, int], ...]:
    """Spans of ``s`` in double quotes (straight or curly, marks included) of at least ``min_words`` words."""
    if '"' not in s and "“" not in s:
        return ()
    from brieflint.document.prose import words

    spans: list[tuple[int, int]] = []
    open_at = -1
    open_mark = ""
    for m in _QUOTE_MARKS.finditer(s):
        ch, k = m.group(), m.start()
        if ch == "“" and open_at < 0:
            open_at, open_mark = k, ch
        elif ch == "”" and open_mark == "“":
            spans.append((open_at, k + 1))
            open_at, open_mark = -1, ""
        elif ch == '"':
            if open_at < 0:
                open_at, open_mark = k, ch
            elif open_mark == '"':
                spans.append((open_at, k + 1))
                open_at, open_mark = -1, ""
    return tuple((a, b) for a, b in spans if len(words(s[a + 1 : b - 1])) >= min_words)


def units(doc: Document) -> tuple[Unit, ...]:
    """Every prose block of ``doc`` a pack rule can look at, in document order (memoised)."""
    return doc.memo("packs.units", lambda: _build_units(doc))  # type: ignore[no-any-return]


def _build_units(doc: Document) -> tuple[Unit, ...]:
    from brieflint.document.prose import paragraphs

    out: list[Unit] = []
    for p in paragraphs(doc, scopes=("title", "summary", "heading", "body", "bio")):
        if p.scope == "title":
            scope, order = "title", (0, 0, 0, 0)
        elif p.scope == "summary":
            scope, order = "summary", (1, 0, 0, 0)
        elif p.scope == "heading":
            scope, order = "headings", (2, p.section or 0, 0, 0)
        elif p.scope == "body":
            scope, order = "body", (2, p.section or 0, 1, p.block)
        else:
            scope, order = "bios", (3, p.section or 0, 0, 0)
        blockquote = p.kind == "blockquote"
        out.append(Unit(scope, order, p, blockquote, () if blockquote else quote_spans(p.prose.value)))
    out.sort(key=lambda u: u.order)
    return tuple(out)


# ----- running patterns under a time bound ------------------------------------------


class PatternTimeout(Exception):
    def __init__(self, source: str, unit: Unit) -> None:
        super().__init__(source)
        self.source = source
        self.unit = unit


class _Budget(NamedTuple):
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
                return re.compile(self.source, re.IGNORECASE if self.fold else 0)
            except re.error:  # a construct only ``regex`` reads, such as a lookbehind of varying width
                pass
        import regex

        return regex.compile(self.source, _flags(self.fold))

    def finditer(self, text: str, budget: _Budget) -> Iterator[Any]:
        """The matches in ``text``; a ``regex`` pattern raises ``TimeoutError`` past the budget.

        An ``re`` pattern (shipped, tested not to backtrack without end) has no
        bound of its own; the rule's time bound still stops it.
        """
        pattern = self.pattern
        if isinstance(pattern, re.Pattern):
            return pattern.finditer(text)
        return pattern.finditer(text, timeout=budget.remaining())  # type: ignore[no-any-return]


def _find(scanners: Sequence[Scanner], views: _Views, budget: _Budget) -> list[Hit]:
    """Every non-empty match of every pattern in every view, in document order, overlaps removed.

    A pattern is not run on a view whose prose lacks the literals every match
    of it contains (:func:`required_literals`): the result is the same, and
    most pattern/paragraph pairs of a pack never match.
    """
    hits: list[Hit] = []
    if views:
        scanners = [sc for sc in scanners if not sc.literals or _may_match(sc.literals, views.everywhere.get(sc.fold))]
    for unit, text, _label in views:
        found: list[Hit] = []
        for sc in scanners:
            if sc.literals and not _may_match(sc.literals, unit.haystack(sc.fold)):
                continue
            try:
                for m in sc.finditer(text, budget):
                    if m.end() > m.start() and _MASK not in m.group(0):
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


# ----- literal prefilter ------------------------------------------------------------------
#
# Most patterns of a pack never match most paragraphs, and calling the regex engine once
# per pattern and paragraph costs more than the scan itself. Each pattern is therefore read
# once for the literal strings every match of it must contain (an AND of ORs: "\bZarif\b|\bZareef\b"
# needs "Zarif" or "Zareef"); a paragraph that lacks them is not scanned. The reading is
# conservative: anything it does not fully understand (inline flags, conditionals, fuzzy
# matching, escapes it does not know) gives no literal, and the pattern runs everywhere.


class _NoLiterals(Exception):
    pass


def required_literals(source: str, ignore_case: bool = False) -> Clauses:
    """Strings every match of ``source`` contains, as an AND of ORs; ``()`` when nothing is known.

    With ``ignore_case`` only ASCII characters are kept and the strings are
    lower-cased: look for them in :func:`fold_for_literals` of the text (every
    character the ``regex`` package matches to an ASCII character, ignoring
    case, becomes that character there; tests/test_performance.py checks all).
    """
    if _MASK in source:
        return ()
    try:
        alts, end = _literal_alternatives(source, 0, ignore_case)
    except (_NoLiterals, IndexError, ValueError):
        return ()
    if end != len(source):
        return ()
    return _either(alts)


def _either(alts: list[list[tuple[str, ...]]]) -> Clauses:
    """The clauses of an alternation: one alternative's clauses, or one OR clause of the best string of each."""
    if len(alts) == 1:
        return tuple(alts[0])
    pooled: list[str] = []
    for clauses in alts:
        if not clauses:
            return ()
        best = max(clauses, key=lambda c: min(len(s) for s in c))
        pooled.extend(best)
    return (tuple(dict.fromkeys(pooled)),)


def _literal_alternatives(s: str, i: int, ignore_case: bool) -> tuple[list[list[tuple[str, ...]]], int]:
    alts: list[list[tuple[str, ...]]] = []
    clauses: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(("".join(run),))
            run.clear()

    while i < len(s) and s[i] != ")":
        if s[i] == "|":
            flush()
            alts.append(clauses)
            clauses = []
            i += 1
            continue
        kind, value, i = _literal_atom(s, i, ignore_case)
        lo, i = _literal_quantifier(s, i)
        if kind == "char":
            if ignore_case:
                if not value.isascii():
                    flush()
                    continue
                value = value.lower()
            if lo is None:
                run.append(value)
            else:
                run.extend([value] * lo)
                flush()
        elif kind == "zero":
            if lo is not None:
                raise _NoLiterals
            flush()
        elif kind == "group":
            flush()
            if lo is None or lo >= 1:
                clauses.extend(value)
        else:
            flush()
    flush()
    alts.append(clauses)
    return alts, i


def _literal_atom(s: str, i: int, ignore_case: bool) -> tuple[str, Any, int]:
    """One atom at ``s[i]``: ("char", c), ("zero", None) for an assertion, ("group", clauses) or ("any", None)."""
    c = s[i]
    if c == "\\":
        n = s[i + 1]
        if n in "bBAZzGmM":
            return "zero", None, i + 2
        if n.isdigit():
            j = i + 1
            while j < len(s) and j < i + 4 and s[j].isdigit():
                j += 1
            return "any", None, j
        if n in "pPNxgLuU" and s[i + 2 : i + 3] in ("{", "<"):
            close = "}" if s[i + 2] == "{" else ">"
            j = s.index(close, i + 3)
            return "any", None, j + 1
        if n in "pP":
            return "any", None, i + 3
        if n == "x":
            return "any", None, i + 4
        if n == "u":
            return "any", None, i + 6
        if n == "U":
            return "any", None, i + 10
        if n.isascii() and n.isalpha() and n in "wWsSdDntrfvaeXh":
            return "any", None, i + 2
        if n.isalnum() or n == "_":
            raise _NoLiterals  # an escape this reading does not know (\K, \Q …)
        return "char", n, i + 2
    if c == "[":
        j = i + 1
        negated = s[j] == "^"
        if negated:
            j += 1
        first = j
        if s[j] == "]":
            j += 1
        while s[j] != "]":
            if s[j] == "\\":
                j += 2
            elif s[j] == "[":
                if s[j + 1] in ":=.":
                    raise _NoLiterals  # POSIX classes: not worth reading
                raise _NoLiterals  # nested sets (V1)
            else:
                j += 1
        inner = s[first:j]
        if not negated and len(inner) == 1 and inner not in "\\^-[]":
            return "char", inner, j + 1
        if not negated and len(inner) == 2 and inner[0] == "\\" and not inner[1].isalnum():
            return "char", inner[1], j + 1
        return "any", None, j + 1
    if c == "(":
        if s.startswith("(?", i):
            if s.startswith(("(?=", "(?!"), i):
                kind, start = "zero", i + 3
            elif s.startswith(("(?<=", "(?<!"), i):
                kind, start = "zero", i + 4
            elif s.startswith(("(?:", "(?>"), i):
                kind, start = "group", i + 3
            elif s.startswith(("(?P<", "(?<"), i):
                kind, start = "group", s.index(">", i) + 1
            else:
                raise _NoLiterals  # inline flags, comments, conditionals, branch resets, recursion
        else:
            kind, start = "group", i + 1
        alts, j = _literal_alternatives(s, start, ignore_case)
        if j >= len(s) or s[j] != ")":
            raise _NoLiterals
        return kind, (_either(alts) if kind == "group" else None), j + 1
    if c == ".":
        return "any", None, i + 1
    if c in "^$":
        return "zero", None, i + 1
    if c in "*+?{}]":
        raise _NoLiterals
    return "char", c, i + 1


def _literal_quantifier(s: str, i: int) -> tuple[int | None, int]:
    """The least count of the quantifier at ``s[i]`` (None: no quantifier) and where it ends."""
    if i >= len(s):
        return None, i
    c = s[i]
    if c in "*?":
        lo, i = 0, i + 1
    elif c == "+":
        lo, i = 1, i + 1
    elif c == "{":
        j = s.index("}", i)
        body = s[i + 1 : j]
        low, _, high = body.partition(",")
        if not (low.isdigit() or low == "") or not (high.isdigit() or high == "") or not (low or high):
            raise _NoLiterals  # fuzzy matching ({e<=1}) or a literal brace
        lo, i = int(low or 0), j + 1
    else:
        return None, i
    if i < len(s) and s[i] in "?+":
        i += 1
    return lo, i


def fold_for_literals(text: str) -> str:
    """``text`` as the literals of a case-ignoring pattern are looked for in it.

    Case folding, plus what the ``regex`` package matches to an ASCII letter
    without folding to it: the dotless "ı" (matched by "I") and the dotted "İ"
    (matched by "i", folded to "i" and a combining dot).
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = folded.replace("ı", "i").replace("i\u0307", "i")
    return folded


def _may_match(clauses: Clauses, haystack: str) -> bool:
    for clause in clauses:
        for s in clause:
            if s in haystack:
                break
        else:
            return False
    return True


# ----- checks ---------------------------------------------------------------------------


class _Views(tuple):  # type: ignore[type-arg]
    """(unit, text the rule sees, scope label) of every unit a scope set shows, and their joined prose."""

    everywhere: _Haystacks


def _views(doc: Document, spec: PackRule) -> _Views:
    """The views of ``spec``'s scopes, built once per document and scope set (most rules share one)."""
    scopes = frozenset(spec.scopes)

    def build() -> _Views:
        out = []
        for u in units(doc):
            v = u.visible(scopes)
            if v is not None:
                out.append((u, v[0], v[1]))
        views = _Views(out)
        views.everywhere = _Haystacks(out)  # the list, not the views: no cycle to leave to the garbage collector
        return views

    return doc.memo(f"packs.views:{','.join(sorted(scopes))}", build)  # type: ignore[no-any-return]


def _say(spec: PackRule, template: str, **values: Any) -> str:
    try:
        return template.format(**values)
    except (ValueError, KeyError, IndexError, TypeError):  # validated at load; never a crash
        return template


def _shown(s: str) -> str:
    return " ".join(s.split())


def _problem(
    spec: PackRule, h: Hit, message: str, fix: Fix | None = None, data: Mapping[str, Any] | None = None
) -> Problem:
    prose = h.unit.paragraph.prose
    line, col = prose.locate(h.start)
    end_line, end_col = prose.locate_end(h.end)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, fix=fix, data=data)


def _contiguous(h: Hit) -> bool:
    prose = h.unit.paragraph.prose
    return prose.offset(h.end - 1) - prose.offset(h.start) == h.end - 1 - h.start


def _make_check(spec: PackRule) -> Callable[[Document, Context], Iterator[Problem]]:
    def check(doc: Document, ctx: Context) -> Iterator[Problem]:
        compiled = ctx.shared_value(f"packs:{spec.pack_id}:{spec.code}", lambda: _compile_all(spec))
        views = _views(doc, spec)
        if not views:
            return
        budget = _Budget(time.monotonic() + spec.timeout)
        try:
            problems = list(_RUNNERS[spec.kind](doc, ctx, spec, compiled, views, budget))
        except PatternTimeout as t:
            line, col = t.unit.paragraph.prose.locate(0)
            yield Problem(
                line,
                col,
                f"pattern {t.source!r} of rule {spec.code} ({spec.name}, from the {spec.pack} pack) ran past its "
                f"time bound of {spec.timeout:g} s on this file and was stopped, so the rule did not check this file; "
                "simplify the pattern (nested repetition such as (a+)+ backtracks without end)",
                data={"timeout": spec.timeout, "pattern": t.source},
            )
            return
        yield from problems

    return check


def _scanners(matchers: Sequence[Matcher], ignore_case: bool, shipped: bool = False) -> tuple[Scanner, ...]:
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


def _compile_all(spec: PackRule) -> tuple[tuple[Scanner, ...], tuple[Scanner, ...]]:
    return (
        _scanners(spec.matchers, spec.ignore_case, spec.shipped),
        _scanners(spec.definitions, spec.ignore_case, spec.shipped),
    )


Runner = Callable[[Any, Context, PackRule, Any, list[tuple[Unit, str, str]], _Budget], Iterator[Problem]]


def _run_existence(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: _Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["existence"]
    labels = {id(u): label for u, _, label in views}
    for h in _find(compiled[0], views, budget):
        if h.text.isspace() and not _contiguous(h):
            continue  # blanks that stripping markup brought together are not in the file
        yield _problem(spec, h, _say(spec, template, match=_shown(h.text), scope=labels[id(h.unit)]))


def _run_substitution(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: _Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["substitution"]
    labels = {id(u): label for u, _, label in views}
    for h in _find(compiled[0], views, budget):
        matcher = spec.matchers[h.matcher]
        right = matcher.replacement or ""
        if spec.regex:
            try:
                right = h.match.expand(right)
            except (IndexError, ValueError, Exception):
                continue
        if spec.ignore_case:
            right = _match_case(h.text, right)
        if right == h.text:
            continue
        contiguous = _contiguous(h)
        if h.text.isspace() and not contiguous:
            continue
        fix = None
        if spec.fix and contiguous:
            prose = h.unit.paragraph.prose
            start = prose.offset(h.start)
            end = prose.offset(h.end - 1) + 1
            if doc.text[start:end] == h.text:
                line, col = doc.index.position(start)
                end_line, end_col = doc.index.position(end - 1)
                fix = Fix(line, col, end_line, end_col + 1, h.text, right)
        message = _say(spec, template, match=_shown(h.text), replacement=right, scope=labels[id(h.unit)])
        yield _problem(spec, h, message, fix=fix)


def _match_case(found: str, replacement: str) -> str:
    """``replacement`` in the case of what it replaces: "Utilize" → "Use", "UTILIZE" → "USE"."""
    letters = [c for c in found if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _unit_key(spec: PackRule, unit: Unit, label: str) -> tuple[Any, ...]:
    if spec.per == "document":
        return ("document",)
    if spec.per == "paragraph":
        return ("paragraph", unit.order)
    if spec.per == "section" and unit.scope in ("headings", "body"):
        return ("section", unit.order[1])
    return ("scope", label)


def _unit_name(doc: Document, spec: PackRule, key: tuple[Any, ...]) -> str:
    if key[0] == "document":
        return "brief"
    if key[0] == "paragraph":
        return "paragraph"
    if key[0] == "section":
        idx = key[1]
        heading = doc.sections[idx].heading if 0 <= idx < len(doc.sections) else None
        return f"section '{heading}'" if heading else "lead section"
    return {"headings": "headings", "bios": "bios", "quotes": "quotes"}.get(key[1], key[1])


def _run_occurrence(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: _Budget
) -> Iterator[Problem]:
    hits = _find(compiled[0], views, budget)
    groups: dict[tuple[Any, ...], list[Hit]] = {}
    firsts: dict[tuple[Any, ...], tuple[Unit, str]] = {}
    for u, _text, label in views:
        k = _unit_key(spec, u, label)
        groups.setdefault(k, [])
        firsts.setdefault(k, (u, label))
    labels = {id(u): label for u, _, label in views}
    for h in hits:
        groups[_unit_key(spec, h.unit, labels[id(h.unit)])].append(h)
    for k, found in groups.items():
        count = len(found)
        unit_name = _unit_name(doc, spec, k)
        scope = firsts[k][1]
        values = {
            "count": count,
            "max": spec.maximum if spec.maximum is not None else "",
            "min": spec.minimum if spec.minimum is not None else "",
            "unit": unit_name,
            "scope": scope,
        }
        if spec.maximum is not None and count > spec.maximum:
            over = found[spec.maximum]
            message = _say(spec, spec.message or _MAX_MESSAGE, match=_shown(over.text), **values)
            yield _problem(spec, over, message, data={"count": count, "max": spec.maximum})
        if spec.minimum is not None and count < spec.minimum:
            unit = firsts[k][0]
            prose = unit.paragraph.prose
            line, col = prose.locate(0)
            match = _shown(found[0].text) if found else ""
            message = _say(spec, spec.message or _MIN_MESSAGE, match=match, **values)
            yield Problem(line, col, message, data={"count": count, "min": spec.minimum})


def _identity(spec: PackRule, h: Hit) -> tuple[int, Any]:
    m = spec.matchers[h.matcher]
    if m.spelling >= 0:
        return m.group, m.spelling
    text = " ".join(h.text.split())
    for a in _APOSTROPHES[1:]:
        text = text.replace(a, "'")
    return m.group, text.casefold()


def _run_consistency(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: _Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["consistency"]
    labels = {id(u): label for u, _, label in views}
    hits = sorted(_find(compiled[0], views, budget), key=lambda h: h.key)
    by_group: dict[int, list[Hit]] = {}
    for h in hits:
        by_group.setdefault(spec.matchers[h.matcher].group, []).append(h)
    out: list[Problem] = []
    for found in by_group.values():
        spellings: dict[Any, list[Hit]] = {}
        for h in found:
            spellings.setdefault(_identity(spec, h)[1], []).append(h)
        if len(spellings) < 2:
            continue
        # the brief's own choice: the spelling used most, the first one used on a tie
        preferred = max(spellings, key=lambda s: (len(spellings[s]), -found.index(spellings[s][0])))
        first = spellings[preferred][0]
        line, col = first.unit.paragraph.prose.locate(first.start)
        for ident, hs in spellings.items():
            if ident == preferred:
                continue
            for h in hs:
                message = _say(
                    spec,
                    template,
                    match=_shown(h.text),
                    first=_shown(first.text),
                    line=line,
                    column=col,
                    count=len(spellings[preferred]),
                    scope=labels[id(h.unit)],
                )
                out.append(_problem(spec, h, message, data={"preferred": _shown(first.text)}))
    out.sort(key=lambda p: (p.line, p.column))
    yield from out


def _key_of(m: Any) -> str:
    groups = m.groupdict()
    if groups.get("key"):
        return str(groups["key"])
    for g in m.groups():
        if g:
            return str(g)
    return str(m.group(0))


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _run_conditional(
    doc: Document, ctx: Context, spec: PackRule, compiled: Any, views: Any, budget: _Budget
) -> Iterator[Problem]:
    template = spec.message or _DEFAULT_MESSAGE["conditional"]
    labels = {id(u): label for u, _, label in views}
    known = set(spec.exceptions) | {str(k) for k in (ctx.options.get("known") or ())}
    uses = _find(compiled[0], views, budget)
    defs = _find(compiled[1], views, budget) if compiled[1] else []
    defined: dict[str, Hit] = {}
    for d in defs:
        key = _key_of(d.match)
        if key not in defined:
            defined[key] = d
    texts = {id(u): text for u, text, _ in views}
    capitals: dict[int, bool] = {}

    def in_capitals(u: Unit) -> bool:
        if id(u) not in capitals:
            capitals[id(u)] = _mostly_capitals(texts[id(u)])
        return capitals[id(u)]

    flagged: set[str] = set()
    for h in sorted(uses, key=lambda h: h.key):
        key = _key_of(h.match)
        if key in known or key in flagged or in_capitals(h.unit):
            continue
        d = defined.get(key)
        if d is not None and d.key <= h.key:
            continue
        flagged.add(key)
        if d is not None:
            dl, dc = d.unit.paragraph.prose.locate(d.start)
            later = f" (it is spelled out later, at line {dl})"
        else:
            later = ""
        message = _say(spec, template, match=_shown(h.text), key=key, defined=later, scope=labels[id(h.unit)])
        yield _problem(spec, h, message, data={"key": key})


_RUNNERS: dict[str, Runner] = {
    "existence": _run_existence,
    "substitution": _run_substitution,
    "occurrence": _run_occurrence,
    "consistency": _run_consistency,
    "conditional": _run_conditional,
}


# ----- documentation and examples ---------------------------------------------------------


def _quote_list(items: Sequence[str], limit: int = 12) -> str:
    shown = [f"'{i}'" for i in items[:limit]]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    if len(shown) == 1:
        return shown[0] + more
    return ", ".join(shown[:-1]) + (" or " if not more else ", ") + shown[-1] + more


def _scope_words(scopes: Sequence[str]) -> str:
    names = {
        "title": "the title",
        "summary": "the summary",
        "headings": "the headings",
        "body": "the body",
        "bios": "the authors' bios",
        "quotes": "direct quotes",
    }
    parts = [names[s] for s in scopes]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _what(spec: PackRule) -> str:
    d = spec.data
    where = _scope_words(spec.scopes)
    case = " Case is ignored." if spec.ignore_case else " Case matters."
    listed = [*(d.get("tokens") or ()), *(f"`{p}`" for p in d.get("patterns") or ())]
    if spec.kind == "existence":
        text = f"Reports {_quote_list(listed)} in {where}."
    elif spec.kind == "substitution":
        pairs = [f"'{k}' → '{v}'" if not spec.regex else f"`{k}` → '{v}'" for k, v in d["swap"].items()]
        fix = " The replacement is offered as a safe fix (`brieflint check --fix`)." if spec.fix else ""
        text = (
            f"Prefers one form over another in {where}: {'; '.join(pairs[:12])}{' …' if len(pairs) > 12 else ''}.{fix}"
        )
    elif spec.kind == "occurrence":
        unit = {"scope": "scope", "section": "section", "paragraph": "paragraph", "document": "brief"}[spec.per]
        bounds = []
        if spec.maximum is not None:
            bounds.append(f"more than {spec.maximum}")
        if spec.minimum is not None:
            bounds.append(f"fewer than {spec.minimum}")
        text = f"Counts {_quote_list(listed)} in {where}, per {unit}, and reports a {unit} with {' or '.join(bounds)}."
    elif spec.kind == "consistency":
        groups = [" / ".join(f"'{s}'" for s in g) for g in d.get("groups") or ()]
        pats = [f"`{p}`" for p in d.get("patterns") or ()]
        parts = []
        if groups:
            parts.append("spellings " + "; ".join(groups))
        if pats:
            parts.append("every distinct spelling matched by " + ", ".join(pats[:8]) + (" …" if len(pats) > 8 else ""))
        text = (
            f"Reports a brief that writes one name in more than one way in {where} ({'; '.join(parts)}). "
            "The spelling the brief uses most (the first one on a tie) is taken as its choice; the others are reported."
        )
    else:
        firsts = d["first"] if isinstance(d["first"], list) else [d["first"]]
        seconds = d["second"] if isinstance(d["second"], list) else [d["second"]]
        text = (
            f"Reports the first use in {where} of a key matched by {', '.join(f'`{p}`' for p in firsts)} "
            f"that comes before a definition matched by {', '.join(f'`{p}`' for p in seconds)}."
        )
    if d.get("description"):
        # the pack's own words replace the generated list of patterns
        text = " ".join(str(d["description"]).split()) + f" It reads {where}."
        if spec.kind == "substitution" and spec.fix:
            text += " The replacement is offered as a safe fix (`brieflint check --fix`)."
    if spec.kind == "consistency":
        text += " Spellings that differ only in case or in the kind of apostrophe count as one."
    if spec.kind == "conditional" and spec.exceptions:
        known = ", ".join(spec.exceptions)
        text += f" Known keys need no definition: {known}; add more with the rule's `known` option."
    if "quotes" not in spec.scopes:
        text += " Text in direct quotes (block quotes, quotations of four words or more) is not checked."
    return text + case


def _example_block(example: str) -> str:
    if _is_whole(example):
        lang = "yaml" if example.startswith("# form: yaml") else "markdown"
        return f"```{lang}\n{example.rstrip()}\n```"
    return "\n".join("    " + line if line else "" for line in example.rstrip().split("\n"))


def _is_whole(example: str) -> bool:
    return example.startswith("---") or example.startswith("# form: yaml")


def _doc(spec: PackRule) -> str:
    d = spec.data
    why = str(d.get("why") or "").strip() or (
        f"The {spec.pack} style guide asks for it: a brief that follows one house style reads as edited, "
        "and readers are not distracted by variation."
    )
    example_parts = []
    if d.get("bad"):
        example_parts.append("This is reported:\n\n" + _example_block(str(d["bad"])))
    if d.get("good"):
        example_parts.append("This is not:\n\n" + _example_block(str(d["good"])))
    example = "\n\n".join(example_parts) or "(this pack gives no example)"
    return f"What it does\n{_what(spec)}\n\nWhy is this bad?\n{why}\n\nExample\n{example}"


def _summary(spec: PackRule) -> str:
    d = spec.data
    if d.get("summary"):
        return " ".join(str(d["summary"]).split())
    listed = [*(d.get("tokens") or ()), *(d.get("patterns") or ())]
    if spec.kind == "existence":
        return f"Avoid {_quote_list(listed, 4)}."
    if spec.kind == "substitution":
        pairs = list(d["swap"].items())
        return f"Write '{pairs[0][1]}', not '{pairs[0][0]}'" + (" (and similar)." if len(pairs) > 1 else ".")
    if spec.kind == "occurrence":
        return f"Limit how often {_quote_list(listed, 4)} appear."
    if spec.kind == "consistency":
        return "Spell a name one way throughout a brief."
    return "Define a term before its first use."


_TEMPLATE_HEAD = """---
title: {title}
type: brief-analysis
date: 2026-01-15
authors:
  - name: Example Author
    bio: {bio}
summary: {summary}
topics:
  - Energy & Economics
regions:
  - Iraq
---

"""
_NEUTRAL_TITLE = "Rule Example: Water and Power in Southern Iraq"
_NEUTRAL_BIO = "Example Author is a fellow at the institute who writes about energy and water policy in the region."
_NEUTRAL_SUMMARY = (
    "Power cuts in southern Iraq follow the same pattern each summer. This example brief exists only to "
    "show how one rule of a style pack reads a document, with one paragraph that the rule looks at."
)
_NEUTRAL_BODY = "Demand for power in Basra rises with the heat, and the grid cannot keep up with it."
_NEUTRAL_END = "## What to watch\n\nThe next summer will show whether the new plants are ready in time.\n"


def example_brief(fragment: str, scopes: Sequence[str]) -> str:
    """A whole Markdown brief with ``fragment`` in its body (or, for a rule that does not read it, its first scope)."""
    if _is_whole(fragment):
        return fragment if fragment.endswith("\n") else fragment + "\n"
    frag = fragment.strip("\n")
    line = frag.replace("\n", " ")
    where = "body" if "body" in scopes or not scopes else scopes[0]
    title, bio, summary = _NEUTRAL_TITLE, _NEUTRAL_BIO, _NEUTRAL_SUMMARY
    body = _NEUTRAL_BODY + "\n"
    end = _NEUTRAL_END
    if where == "title":
        title = line
    elif where == "summary":
        summary = line
    elif where == "bios":
        bio = line
    elif where == "headings":
        end = f"## {line}\n\nThe next summer will show whether the new plants are ready in time.\n"
    else:
        body = frag + "\n"

    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    return _TEMPLATE_HEAD.format(title=q(title), bio=q(bio), summary=q(summary)) + body + "\n" + end


def _to_rule(spec: PackRule) -> Rule:
    d = spec.data
    options: tuple[Option, ...] = ()
    if spec.kind == "conditional":
        options = (Option("known", list, [], "more keys that need no definition, beside the pack's exceptions"),)
    return Rule(
        code=spec.code,
        name=spec.name,
        severity=spec.severity,
        summary=_summary(spec),
        check=_make_check(spec),
        doc=_doc(spec),
        options=options,
        fixable=spec.kind == "substitution" and spec.fix,
        bad=example_brief(str(d["bad"]), spec.scopes) if d.get("bad") else "",
        good=example_brief(str(d["good"]), spec.scopes) if d.get("good") else "",
        needs_data=True,
        family=spec.code.rstrip("0123456789"),
        origin=spec.pack,
    )


__all__ = ["PackRule", "Unit", "example_brief", "load_pack", "parse_pack", "quote_spans", "token_pattern", "units"]
