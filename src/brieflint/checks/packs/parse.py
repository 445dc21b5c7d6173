"""Reading a pack: the file (or the shipped copy), its YAML with positions, each rule made a :class:`PackRule`.

Every mistake is a :class:`~brieflint.errors.ConfigError` with the file, line and column.
"""

from __future__ import annotations

import os
import string
from collections.abc import Sequence
from typing import Any

from brieflint.checks.packs.schema import Positions, validate_schema
from brieflint.checks.packs.spec import (
    BUILTIN_FAMILIES,
    DEFAULT_SCOPES,
    DEFAULT_TIMEOUT,
    FIELDS,
    MAX_TIMEOUT,
    SHIPPED,
    Matcher,
    PackRule,
    flags,
    token_pattern,
)
from brieflint.errors import ConfigError, ReadError
from brieflint.model import Severity
from brieflint.safeio import read_text


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
    shown = _shipped_path(SHIPPED[name])
    try:
        data = json.loads(shipped.read_text("brieflint.rules", copy))
    except (OSError, ValueError):  # an installation without the copy: read the YAML
        return parse_pack(*read_pack(name), trusted=True)
    return pack_rules(data, shown, Positions(None, shown), trusted=True)


def json_copy_name(yaml_name: str) -> str:
    return os.path.splitext(yaml_name)[0] + ".json"


def _shipped_path(shipped_name: str) -> str:
    """How a shipped pack's file is named in messages: its path in the installation."""
    from brieflint import shipped

    return os.path.join(shipped.folder("brieflint.rules") or "brieflint/rules", shipped_name)


def read_pack(name_or_path: str) -> tuple[str, str]:
    if name_or_path in SHIPPED:
        from brieflint import shipped

        name = SHIPPED[name_or_path]
        shown = _shipped_path(name)
        try:
            return shipped.read_text("brieflint.rules", name), shown
        except OSError as exc:  # pragma: no cover - a broken installation
            raise ConfigError(f"the shipped rule pack '{name_or_path}' is missing: {exc}", shown) from None
    path = name_or_path
    try:
        return read_text(path), path
    except ReadError as exc:
        if exc.kind == "directory":
            raise ConfigError("rule pack is a directory; name a YAML file", path) from None
        if exc.kind == "missing":
            raise ConfigError("rule pack not found", path) from None
        raise exc.config_error("rule pack") from None


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
    return pack_rules(loaded.data, shown, Positions(loaded, shown), trusted=trusted)


def pack_rules(data: Any, shown: str, pos: Positions, *, trusted: bool = False) -> list[PackRule]:
    """The rules of a pack's data (see :func:`parse_pack`); ``pos`` locates errors."""
    if not isinstance(data, dict):
        raise pos.error("a rule pack is a mapping with 'pack:' and 'rules:' keys", ())
    if not trusted:  # a shipped pack is validated by the tests (tests/test_packs.py), not at every start
        validate_schema(data, pos)
    pack = data["pack"]
    prefix = data.get("prefix")
    timeout = data.get("timeout", DEFAULT_TIMEOUT)
    # (the schema's bounds let NaN through: it compares false with everything)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= MAX_TIMEOUT:
        raise pos.error(
            f"timeout: {timeout!r} is not a number of seconds above 0 and at most {MAX_TIMEOUT:g}", ("timeout",)
        )
    timeout = float(timeout)
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
        out.append(_rule_spec(entry, ("rules", i), pack, shown, timeout, pos, trusted=trusted))
    return out


def _compile(source: str, ignore_case: bool, pos: Positions, where: Sequence[Any], *, key: bool = False) -> Any:
    import regex

    try:
        compiled = regex.compile(source, flags(ignore_case))
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


def _check_template(message: str, kind: str, pos: Positions, where: Sequence[Any]) -> None:
    allowed = FIELDS[kind]
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


def _rule_spec(
    entry: dict[str, Any],
    at: tuple[Any, ...],
    pack: str,
    shown: str,
    timeout: float,
    pos: Positions,
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
