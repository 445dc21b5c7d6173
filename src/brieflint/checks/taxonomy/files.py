"""Reading one taxonomy file into a layer of term definitions, with every error located in the file.

A user's file is parsed with positions and validated against
``schemas/taxonomy.schema.json``; the shipped file, trusted, is read fast
(:func:`read_trusted`). Conflicts inside one file (a name defined twice, an
alias claimed twice) are errors here; conflicts between files are how layers
work (:mod:`.layering`).
"""

from __future__ import annotations

from typing import Any

from brieflint.checks.taxonomy.terms import KINDS, SINGULAR
from brieflint.errors import ConfigError
from brieflint.records import NamedTuple


class Where(NamedTuple):
    path: str
    line: int | None
    column: int | None

    def error(self, message: str) -> ConfigError:
        return ConfigError(message, self.path, self.line, self.column)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class Definition:
    """One term definition in one file, before layering.

    (This and the drafts below are built up field by field, so plain classes: a
    dataclass costs every start of brieflint about 4 M instructions to create.)
    """

    __slots__ = ("kind", "name", "where", "aliases", "children", "mentions", "use", "note", "description", "full")

    def __init__(self, kind: str, name: str, where: Where, *, full: bool = False) -> None:
        self.kind = kind
        self.name = name
        self.where = where
        self.aliases: list[tuple[str, Where]] = []
        self.children: list[tuple[str, Where]] = []
        self.mentions: list[str] = []
        self.use: tuple[str, Where] | None = None
        self.note: str | None = None
        self.description: str | None = None
        self.full = full  # a mapping (or a top-level string), not a mere reference

    def __eq__(self, other: object) -> bool:
        return type(other) is Definition and all(getattr(self, k) == getattr(other, k) for k in Definition.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Definition({self.kind!r}, {self.name!r}, full={self.full})"


class Layer(NamedTuple):
    path: str
    defs: list[Definition]
    removes: list[tuple[str, str, Where]]


def read_layer(text: str, path: str, *, validate: bool = True) -> Layer:
    """Parse and validate one taxonomy file's text (errors located in it)."""
    from brieflint.document.yamldata import load_yaml

    loaded = load_yaml(text.replace("\r\n", "\n"))
    if loaded.problems:
        p = loaded.problems[0]
        raise ConfigError(f"taxonomy: {p.message}", path, p.line, p.column)
    data = loaded.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("a taxonomy must be a mapping with types:, topics: and regions:", path, 1, 1)

    def where(p: tuple[Any, ...]) -> Where:
        q = p
        while q:
            node = loaded.nodes.get(q)
            if node is not None:
                return Where(path, node.start.line + 1, node.start.column + 1)
            q = q[:-1]
        return Where(path, 1, 1)

    if validate:
        check_schema(data, path, where)
    return layer_of(data, path, where)


def read_trusted(text: str, label: str) -> Layer:
    """The shipped file, read fast: events straight to data, no positions (the tests validate it)."""
    from _ruamel_yaml import CParser

    from brieflint.document.yamldata import resolve_plain

    parser = CParser(text)
    stack: list[Any] = []
    keys: list[Any] = []
    root: Any = None
    while True:
        event = parser.get_event()
        if event is None:
            break
        kind = type(event).__name__
        if kind == "ScalarEvent":
            value: Any = resolve_plain(event.value) if not event.style and event.implicit[0] else event.value
        elif kind == "MappingStartEvent" or kind == "SequenceStartEvent":
            container: Any = {} if kind == "MappingStartEvent" else []
            stack.append(container)
            keys.append(None)
            continue
        elif kind == "MappingEndEvent" or kind == "SequenceEndEvent":
            value = stack.pop()
            keys.pop()
        elif kind == "AliasEvent":
            raise ConfigError("taxonomy: the shipped taxonomy must not use YAML aliases", label)
        else:
            continue
        if not stack:
            root = value
        elif isinstance(stack[-1], list):
            stack[-1].append(value)
        elif keys[-1] is None:
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = None
    nowhere = Where(label, None, None)
    return layer_of(root if isinstance(root, dict) else {}, label, lambda p: nowhere)


def layer_of(data: dict[str, Any], path: str, where: Any) -> Layer:
    defs: list[Definition] = []

    def walk(kind: str, items: Any, base: tuple[Any, ...], parent: Definition | None) -> None:
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            p = (*base, i)
            if isinstance(item, str):
                if parent is not None:
                    parent.children.append((item, where(p)))
                    defs.append(Definition(kind, item, where(p), full=False))
                else:
                    defs.append(Definition(kind, item, where(p), full=True))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            d = Definition(kind, item["name"], where((*p, "name")), full=True)
            for j, a in enumerate(item.get("aliases") or []):
                if isinstance(a, str):
                    d.aliases.append((a, where((*p, "aliases", j))))
            d.mentions = [m for m in item.get("mentions") or [] if isinstance(m, str)]
            dep = item.get("deprecated")
            if isinstance(dep, dict) and isinstance(dep.get("use"), str):
                d.use = (dep["use"], where((*p, "deprecated", "use")))
                d.note = dep.get("note") if isinstance(dep.get("note"), str) else None
            if isinstance(item.get("description"), str):
                d.description = item["description"]
            if parent is not None:
                parent.children.append((d.name, where((*p, "name"))))
            defs.append(d)
            walk(kind, item.get("children"), (*p, "children"), d)

    for kind in KINDS:
        walk(kind, data.get(kind), (kind,), None)
    removes: list[tuple[str, str, Where]] = []
    remove = data.get("remove")
    if isinstance(remove, dict):
        for kind in KINDS:
            for j, name in enumerate(remove.get(kind) or []):
                if isinstance(name, str):
                    removes.append((kind, name, where(("remove", kind, j))))
    check_file(defs, path)
    return Layer(path, defs, removes)


def check_schema(data: Any, path: str, where: Any) -> None:
    from brieflint.checks.quickschema import shipped_check
    from brieflint.checks.schemastore import shipped

    quick = shipped_check("taxonomy.schema.json", formats=False)
    if quick is not None and quick(data):
        return  # certainly valid: jsonschema is imported only to word an error
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(shipped("taxonomy.schema.json"))
    error = best_match(validator.iter_errors(data))
    if error is None:
        return
    loc = tuple(error.absolute_path)
    shown = ".".join(str(p) for p in loc) or "taxonomy"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in (error.instance or {}) if k not in allowed]
        message = f"{shown}: unknown key '{extra[0] if extra else '?'}'; allowed keys: {', '.join(allowed)}"
    elif error.validator == "pattern":
        message = f"{shown}: {error.instance!r} must be a name on one line, with no blanks at either end"
    else:
        message = f"{shown}: {error.message}"
    raise where(loc).error(f"taxonomy: {message}")


def check_file(defs: list[Definition], path: str) -> None:
    """Conflicts inside one file are mistakes: a name defined twice, an alias claimed twice."""
    for kind in KINDS:
        names: dict[str, Definition] = {}
        for d in defs:
            if d.kind != kind or not d.full:
                continue
            if d.name in names:
                first = names[d.name]
                raise d.where.error(
                    f"taxonomy: {SINGULAR[kind]} '{d.name}' is defined twice in this file "
                    f"(first at line {first.where.line}); merge the two definitions"
                )
            names[d.name] = d
        claimed: dict[str, tuple[str, Where]] = {}
        for d in defs:
            if d.kind != kind:
                continue
            for alias, w in d.aliases:
                if alias == d.name:
                    raise w.error(f"taxonomy: '{alias}' is listed as an alias of itself")
                if alias in names:
                    raise w.error(
                        f"taxonomy: alias '{alias}' of '{d.name}' is also a {SINGULAR[kind]} of its own "
                        f"(line {names[alias].where.line}); a name can be only one of the two"
                    )
                if alias in claimed and claimed[alias][0] != d.name:
                    raise w.error(
                        f"taxonomy: alias '{alias}' is claimed by '{claimed[alias][0]}' "
                        f"(line {claimed[alias][1].line}) and by '{d.name}'; keep it on one term"
                    )
                claimed[alias] = (d.name, w)


# ----- layering ----------------------------------------------------------------------------
