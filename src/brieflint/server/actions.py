"""Code actions: apply a finding's fix, fix everything, suppress a finding, add a missing tag.

Each action is a :class:`~brieflint.server.features.Edit` list on the checked
text (1-based lines and code-point columns); the caller turns it into a
workspace edit. Suppression comments use the syntax of
:mod:`brieflint.run.suppress`: in Markdown prose an HTML comment
``<!-- brieflint-disable-next-line CODE -->``, in YAML (a ``*.brief.yaml`` or a
front matter) a trailing ``# brieflint: disable=CODE``.
"""

from __future__ import annotations

import re

from brieflint.document.brief import Document
from brieflint.document.yamledit import yaml_scalar
from brieflint.model import Finding
from brieflint.records import NamedTuple
from brieflint.server.features import Edit

_NEXT_LINE = re.compile(r"<!--\s*brieflint-disable-next-line\b([^>]*?)-->")
_YAML_LINE = re.compile(r"#\s*brieflint:\s*disable\s*=\s*([A-Za-z0-9_,\- ]+)")
_KIND = re.compile(r"to (topics|regions)$")


class Action(NamedTuple):
    title: str
    kind: str  # quickfix, source.fixAll
    edits: tuple[Edit, ...]
    preferred: bool = False


def fix_action(f: Finding) -> Action | None:
    fx = f.fix
    if fx is None:
        return None
    what = f"replace '{_short(fx.old)}' with '{_short(fx.new)}'" if fx.old else f"insert '{_short(fx.new)}'"
    if not fx.new:
        what = f"remove '{_short(fx.old)}'"
    return Action(
        f"Fix {f.code}: {what}",
        "quickfix",
        (Edit(fx.line, fx.column, fx.end_line, fx.end_column, fx.new),),
        True,
    )


def _short(s: str, limit: int = 30) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= limit else s[: limit - 1] + "…"


# ----- suppression -----------------------------------------------------------------------


def _block_scalar_lines(doc: Document) -> set[int]:
    """1-based lines inside block scalars (``|`` or ``>``): their text is content, not YAML."""
    out: set[int] = set()
    for node in doc.nodes.values():
        if node.style in ("|", ">"):
            out.update(range(node.start.line + 2, node.end.line + 1 + (node.end.column > 0)))
    return out


def _in_prose(doc: Document, line: int) -> bool:
    if doc.form == "markdown":
        return line > doc.front_matter_end
    return line in _block_scalar_lines(doc)


def suppress_action(doc: Document, f: Finding) -> Action | None:
    """A comment that silences ``f`` on its line (Markdown prose: on the line before it)."""
    code = f.code
    n = f.line
    if code.startswith("E"):
        return None  # the file cannot be read or parsed, or a suppression is at fault: a comment fixes nothing
    if doc.form == "markdown" and (n == 1 or n == doc.front_matter_end):
        return None  # a '---' fence line takes no comment
    title = f"Disable {code} for this line"
    if not _in_prose(doc, n):
        text = doc.line_text(n)
        m = _YAML_LINE.search(text)
        if m:
            end = m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
            return Action(title, "quickfix", (Edit(n, end + 1, n, end + 1, f",{code}"),))
        end = len(text.rstrip()) + 1
        return Action(title, "quickfix", (Edit(n, end, n, len(text) + 1, f"  # brieflint: disable={code}"),))
    before = doc.line_text(n - 1) if n > 1 else ""
    m = _NEXT_LINE.search(before)
    if m:
        at = m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
        return Action(title, "quickfix", (Edit(n - 1, at + 1, n - 1, at + 1, f" {code}"),))
    comment = f"<!-- brieflint-disable-next-line {code} -->"
    if before.strip() and _in_prose(doc, n - 1) and not before.lstrip().startswith("#"):
        # inside a paragraph: at the end of the line before, so the paragraph is not split
        end = len(before.rstrip()) + 1
        return Action(title, "quickfix", (Edit(n - 1, end, n - 1, len(before) + 1, f" {comment}"),))
    current = doc.line_text(n)
    indent = current[: len(current) - len(current.lstrip(" "))]
    return Action(title, "quickfix", (Edit(n, 1, n, 1, f"{indent}{comment}\n"),))


# ----- missing tags ------------------------------------------------------------------------


def tag_actions(doc: Document, f: Finding) -> list[Action]:
    """Add the region (T108) or parent topic (T106) a finding names; pick a suggestion (T101–T103)."""
    data = f.data or {}
    out: list[Action] = []
    if f.code == "T108" and isinstance(data.get("region"), str):
        edit = add_to_list(doc, "regions", data["region"])
        if edit is not None:
            out.append(Action(f"Add '{data['region']}' to regions", "quickfix", (edit,), True))
    elif f.code == "T106" and isinstance(data.get("parents"), list):
        m = _KIND.search(f.message)
        kind = m.group(1) if m else "topics"
        for parent in data["parents"]:
            edit = add_to_list(doc, kind, str(parent))
            if edit is not None:
                out.append(Action(f"Add '{parent}' to {kind}", "quickfix", (edit,), len(data["parents"]) == 1))
    elif f.code in ("T101", "T102", "T103") and data.get("suggestions") and f.end_line == f.line and f.end_column:
        for s in list(data["suggestions"])[:3]:
            new = yaml_scalar(str(s), flow=_flow_at(doc, f.line))
            out.append(Action(f"Replace with '{s}'", "quickfix", (Edit(f.line, f.column, f.line, f.end_column, new),)))
    return out


def _flow_at(doc: Document, line: int) -> bool:
    return "[" in doc.line_text(line)


def add_to_list(doc: Document, key: str, value: str) -> Edit | None:
    """An edit adding ``value`` to the top-level list ``key`` (flow ``[a, b]`` or block ``- a``)."""
    node = doc.nodes.get((key,))
    items = doc.value_at((key,))
    if node is None or (items is not None and not isinstance(items, list)):
        return None
    start = doc.index.offset(node.start.line + 1, node.start.column + 1)
    if node.empty or items is None:  # `regions:` with nothing after it
        kline, kcol = doc.where((key,), key=True)
        text = doc.line_text(kline)
        colon = text.find(":", kcol - 1)
        if colon == -1:
            return None
        end = len(text.split(" #", 1)[0].rstrip()) + 1
        return Edit(kline, colon + 2, kline, max(end, colon + 2), " [" + yaml_scalar(value, flow=True) + "]")
    if doc.text[start : start + 1] == "[":
        close = doc.index.offset(node.end.line + 1, node.end.column + 1) - 1
        if doc.text[close : close + 1] != "]":
            return None
        inner = doc.text[start + 1 : close]
        sep = ", " if inner.strip() else ""
        # after the last item, keeping any space before the ']'
        at = start + 1 + len(inner.rstrip())
        line, col = doc.index.position(at)
        return Edit(line, col, line, col, sep + yaml_scalar(value, flow=True))
    if not items:
        return None
    last = doc.nodes.get((key, len(items) - 1))
    if last is None:
        return None
    end_line = last.end.line + 1
    if last.end.column == 0 and end_line > last.start.line + 1:
        end_line -= 1  # a block item that ends at the start of the next line
    text = doc.line_text(end_line)
    dash = doc.line_text(node.start.line + 1)
    indent = dash[: len(dash) - len(dash.lstrip())]
    return Edit(end_line, len(text) + 1, end_line, len(text) + 1, f"\n{indent}- {yaml_scalar(value)}")
