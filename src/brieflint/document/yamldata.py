"""YAML text to plain data with positions, safely, from the parser's events.

The C parser of ruamel.yaml (``ruamel.yaml.clib``) gives events with marks
at about 0.2 ms per front matter. Building the data from events ourselves,
instead of through a constructor:

- no tag ever constructs an object: a tag outside the core schema is a
  problem (``E009``) and the node is read as if it had no tag;
- timestamps stay strings, so ``date`` is checked by the schema's ``format``;
- duplicate keys (``E004``), non-scalar keys and alias expansion beyond a
  bound (``E010``, the "billion laughs") are found at the event that shows
  them, with its line and column;
- every mapping key, sequence item and scalar keeps its position.

Scalars resolve as YAML 1.2's core schema does (``yes`` is a string).
"""

from __future__ import annotations

import math
from typing import Any

from brieflint import lazyre
from brieflint.model import Problem
from brieflint.records import NamedTuple

Path = tuple[str | int, ...]

MAX_EXPANSION = 20_000  # nodes an alias may add, in total, before the document is refused
MAX_DEPTH = 200  # nesting depth before the document is refused

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}
_NULL = lazyre.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = lazyre.compile(r"^[-+]?[0-9]+$")
_OCT = lazyre.compile(r"^0o[0-7]+$")
_HEX = lazyre.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = lazyre.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = lazyre.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = lazyre.compile(r"^\.(?:nan|NaN|NAN)$")


class Mark(NamedTuple):
    """0-based line, column and character offset, as the parser reports them.

    (Marks and nodes are named tuples: a brief's front matter makes a few hundred
    of each, and a tuple is made in half the time of a frozen dataclass.)
    """

    line: int
    column: int
    index: int  # type: ignore[assignment]  # (a field named as tuple.index)


class Node(NamedTuple):
    """Where a value stands: start and end marks, and the scalar style."""

    start: Mark
    end: Mark
    style: str | None = None  # '', '"', "'", '|', '>' for scalars; None for collections
    empty: bool = False  # a plain scalar with no text: its mark is on the next token


class Loaded:
    """What :func:`load_yaml` read: the data, the nodes and keys by path, the problems found.

    (Built up while the events come, so a plain class: a dataclass would cost
    every start of brieflint about 4 M instructions to create.)
    """

    __slots__ = ("data", "nodes", "keys", "problems", "documents", "failed")

    def __init__(self) -> None:
        self.data: Any = None
        self.nodes: dict[Path, Node] = {}
        self.keys: dict[Path, Node] = {}
        self.problems: list[Problem] = []
        self.documents = 0
        self.failed = False


def _marker(text: str, line0: int, offset0: int) -> Any:
    """Turn parser marks into file marks by character index.

    The parser's own line and column count U+0085, U+2028 and U+2029 as line
    breaks; the file's lines are split at ``\n`` only (as every editor and
    every other position in brieflint), so lines come from the index.
    """
    from brieflint.document.positions import LineIndex

    if not any(c in text for c in "\x85\u2028\u2029"):
        # the parser's lines are the file's: no need to look them up
        def plain(m: Any) -> Mark:
            return Mark(m.line + line0, m.column, m.index + offset0)

        return plain
    index = LineIndex.of(text)

    def mark(m: Any) -> Mark:
        i = min(max(int(m.index), 0), len(text))
        line, col = index.position(i)
        return Mark(line - 1 + line0, col - 1, i + offset0)

    return mark


MAX_DIGITS = 4000  # below Python's own limit on converting digits to an int (4,300)


class NumberTooLong(ValueError):
    """A whole number of more than :data:`MAX_DIGITS` digits (no brief needs one; converting it is quadratic)."""

    def __init__(self, digits: int) -> None:
        super().__init__(f"a number of {digits:,} digits")
        self.digits = digits


def _int(digits: str, base: int = 10) -> int:
    if len(digits) > MAX_DIGITS:
        raise NumberTooLong(len(digits))
    return int(digits, base)


def resolve_plain(value: str) -> Any:
    """Resolve an untagged plain scalar as YAML 1.2's core schema does (timestamps stay strings)."""
    if _NULL.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return _int(value)
    if _OCT.match(value):
        return _int(value[2:], 8)
    if _HEX.match(value):
        return _int(value[2:], 16)
    if _FLOAT.match(value):
        return float(value)
    if _INF.match(value):
        return -math.inf if value.startswith("-") else math.inf
    if _NAN.match(value):
        return math.nan
    return value


def _tagged(tag: str, value: str) -> Any:
    if tag == "tag:yaml.org,2002:str":
        return value
    resolved = resolve_plain(value)
    return resolved


class _Frame:
    __slots__ = ("container", "is_list", "path", "pending_key", "pending_key_node", "seen", "anchor", "size")

    def __init__(self, container: Any, path: Path, anchor: str | None) -> None:
        self.container = container
        self.is_list = type(container) is list
        self.path = path
        self.pending_key: Any = _NO_KEY
        self.pending_key_node: Node | None = None
        self.seen: dict[str, Node] = {}
        self.anchor = anchor
        self.size = 1


_NO_KEY = object()


def load_yaml(text: str, *, line0: int = 0, offset0: int = 0, multi_ok: bool = False) -> Loaded:
    """Parse ``text`` (one YAML document) into plain data with node positions.

    ``line0`` and ``offset0`` shift the marks when the YAML is a front matter
    inside a larger file. Problems carry 1-based positions in that file.
    """
    from _ruamel_yaml import CParser  # ruamel.yaml.clib's C parser

    out = Loaded()
    mark_of = _marker(text, line0, offset0)
    parser = CParser(text)
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    expansion = 0

    def problem(code: str, m: Mark, message: str) -> None:
        out.problems.append(Problem(m.line + 1, m.column + 1, message, code=code))

    def attach(value: Any, node: Node, size: int) -> None:
        if not stack:
            out.data = value
            out.nodes[()] = node
            return
        top = stack[-1]
        top.size += size
        if top.is_list:
            path = (*top.path, len(top.container))
            top.container.append(value)
            out.nodes[path] = node
            return
        if top.pending_key is _NO_KEY:
            # this value is a key
            if type(value) is str:
                key = value
            else:
                if isinstance(value, (dict, list)):
                    problem("E013", node.start, "a mapping key must be a plain value, not a list or mapping")
                    value = f"<{type(value).__name__}>"
                key = "" if value is None else str(value) if not isinstance(value, str) else value
                if isinstance(value, bool):
                    key = "true" if value else "false"
            if key == "<<" and node.style == "":
                problem(
                    "E014",
                    node.start,
                    "merge key '<<' is not supported in a brief: write the keys out "
                    "(YAML 1.2 has no merge keys, and tools disagree on them)",
                )
            if key in top.seen:
                first = top.seen[key]
                problem(
                    "E004",
                    node.start,
                    f"duplicate key '{key}' (first defined at line {first.start.line + 1}); "
                    "brieflint checks the first value, other YAML tools may keep this one: keep one",
                )
            else:
                top.seen[key] = node
            top.pending_key = key
            top.pending_key_node = node
            return
        key = top.pending_key
        path = (*top.path, key)
        if key not in top.container:
            top.container[key] = value
            out.nodes[path] = node
            if top.pending_key_node is not None:
                out.keys[path] = top.pending_key_node
        top.pending_key = _NO_KEY
        top.pending_key_node = None

    def check_tag(tag: str | None, m: Mark) -> None:
        if tag is not None and tag not in _CORE_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            problem(
                "E009",
                m,
                f"YAML tag '{shown}' is not allowed in a brief (only plain values, lists and mappings); "
                "it was read as an untagged value and nothing was constructed",
            )

    def child_path() -> Path:
        if not stack:
            return ()
        top = stack[-1]
        if top.is_list:
            return (*top.path, len(top.container))
        if top.pending_key is _NO_KEY:
            return (*top.path, "<key>")
        return (*top.path, top.pending_key)

    from ruamel.yaml.events import (  # already imported by the C parser
        AliasEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    # the parser's lines are the file's unless the text has a line break other than \n:
    # then marks are shifted inline (a scalar is most of a front matter's events)
    shift = not any(c in text for c in "\x85\u2028\u2029")
    get_event = parser.get_event
    new = tuple.__new__
    # ruamel.yaml 0.18 keeps the tag in ``ctag`` and makes ``tag`` a property: skip it when there is none
    has_ctag = "ctag" in getattr(ScalarEvent, "__slots__", ())
    core_tags = _CORE_TAGS
    try:
        while True:
            event = get_event()
            if event is None:
                break
            kind = type(event)
            if kind is ScalarEvent:
                if shift:
                    sm, em = event.start_mark, event.end_mark
                    # tuple.__new__ directly: a named tuple's own __new__ is a Python function
                    start = new(Mark, (sm.line + line0, sm.column, sm.index + offset0))
                    end = new(Mark, (em.line + line0, em.column, em.index + offset0))
                else:
                    start = mark_of(event.start_mark)
                    end = mark_of(event.end_mark)
                tag = event.tag if not has_ctag or event.ctag is not None else None
                if tag is not None and tag not in core_tags:
                    check_tag(tag, start)
                style = event.style or ""
                raw = event.value
                top = stack[-1] if stack else None
                try:
                    if top is not None and top.pending_key is _NO_KEY and not top.is_list:
                        value: Any = raw  # keys are names: `null:` or `yes:` is the key "null" or "yes"
                    elif tag is not None and tag != "!":
                        value = _tagged(tag, raw) if tag in core_tags else raw
                    elif style == "" and (event.implicit[0] if event.implicit else False):
                        value = resolve_plain(raw)
                    else:
                        value = raw
                except NumberTooLong as exc:
                    problem(
                        "E010",
                        start,
                        f"a number of {exc.digits:,} digits is too long to read (at most {MAX_DIGITS:,}); "
                        "write it as a string if it must stay",
                    )
                    out.failed = True
                    break
                node = new(Node, (start, end, style, style == "" and raw == ""))
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
                attach(value, node, 1)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                start = mark_of(event.start_mark)
                check_tag(event.tag, start)
                if len(stack) >= MAX_DEPTH:
                    problem(
                        "E010",
                        start,
                        f"nesting deeper than {MAX_DEPTH} levels; a brief is never this deep",
                    )
                    out.failed = True
                    break
                container: Any = {} if kind is MappingStartEvent else []
                path = child_path()
                frame = _Frame(container, path, event.anchor)
                frame.pending_key_node = None
                # remember where the collection starts; attach when it ends
                frame_node = Node(start, start, None)
                stack.append(frame)
                out.nodes[path] = frame_node
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = stack.pop()
                start_node = out.nodes.pop(frame.path)
                node = Node(start_node.start, mark_of(event.end_mark), None)
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, frame.size)
                attach(frame.container, node, frame.size)
            elif kind is AliasEvent:
                start = mark_of(event.start_mark)
                target = anchors.get(event.anchor)
                if target is None:
                    problem("E003", start, f"alias '*{event.anchor}' names no anchor defined before it")
                    attach(None, Node(start, start, ""), 1)
                    continue
                value, size = target
                expansion += size
                if expansion > MAX_EXPANSION:
                    problem(
                        "E010",
                        start,
                        f"aliases expand to more than {MAX_EXPANSION} values (an alias bomb?); "
                        "the document was not read further",
                    )
                    out.failed = True
                    break
                attach(value, Node(start, mark_of(event.end_mark), "*"), size)
            elif kind is DocumentStartEvent:
                out.documents += 1
                if out.documents > 1 and not multi_ok:
                    m = mark_of(event.start_mark)
                    problem(
                        "E012",
                        m,
                        "a second YAML document begins here; a brief is one document "
                        "(remove the '---' line or split the file)",
                    )
                    out.failed = True
                    break
    except Exception as exc:  # the parser's errors: ScannerError, ParserError, ReaderError
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        message = f"YAML syntax error: {what}"
        if context:
            message += f" ({context}"
            cm = getattr(exc, "context_mark", None)
            if cm is not None and mark is not None and cm is not mark:
                message += f" at line {mark_of(cm).line + 1}"
            message += ")"
        position = getattr(exc, "position", None)
        if mark is not None:
            at = mark_of(mark)
            out.problems.append(Problem(at.line + 1, at.column + 1, message, code="E003"))
        elif isinstance(position, int) and 0 <= position <= len(text):
            line = text.count("\n", 0, position)
            column = position - (text.rfind("\n", 0, position) + 1)
            out.problems.append(Problem(line + line0 + 1, column + 1, message, code="E003"))
        else:
            out.problems.append(Problem(line0 + 1, 1, message, code="E003"))
        out.failed = True
    return out
