"""Diagnostics, hover and go-to-definition, from a checked buffer (pure functions, no I/O).

Every position crosses :class:`~brieflint.server.positions.Lines`: findings
carry 1-based lines and code-point columns, the protocol 0-based positions
in the negotiated code units.
"""

from __future__ import annotations

import re
from typing import Any

from lsprotocol import types as lsp

from brieflint.model import Finding, Severity
from brieflint.records import NamedTuple
from brieflint.server.buffers import Checked
from brieflint.server.positions import Lines

SOURCE = "brieflint"
DOCS = "https://github.com/brieflint/brieflint/blob/main/docs/rules.md"
SHIPPED_ORIGINS = ("brieflint", "house-style")  # the rules docs/rules.md documents

_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
# a citation key, as the prose reader finds them (document/prose.py)
_KEY = re.compile(r"(?:^|(?<=[\s;\[\-]))@([A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&\-+?<>~/](?=[A-Za-z0-9_]))*)")
_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


class Edit(NamedTuple):
    """Replace the text from (line, column) to (end_line, end_column), 1-based code points, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    new: str


def to_range(lines: Lines, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
    a = lines.to_lsp(line, column)
    b = lines.to_lsp(end_line, end_column)
    return lsp.Range(lsp.Position(a.line, a.character), lsp.Position(b.line, b.character))


def to_text_edit(lines: Lines, edit: Edit) -> lsp.TextEdit:
    return lsp.TextEdit(to_range(lines, edit.line, edit.column, edit.end_line, edit.end_column), edit.new)


def finding_range(lines: Lines, f: Finding) -> lsp.Range:
    """The finding's span; one without an end runs to the end of its line's text (so it can be seen)."""
    if f.end_line is not None and f.end_column is not None:
        return to_range(lines, f.line, f.column, f.end_line, f.end_column)
    text = lines.line(f.line - 1)
    end = len(text.rstrip()) + 1
    return to_range(lines, f.line, f.column, f.line, max(end, f.column))


def rule_url(code: str, name: str) -> str:
    """The rule's section in docs/rules.md (the anchor GitHub makes of ``## CODE `name```)."""
    return f"{DOCS}#{code.lower()}-{name.lower()}"


def diagnostic(lines: Lines, f: Finding, origin: str | None) -> lsp.Diagnostic:
    d = lsp.Diagnostic(
        range=finding_range(lines, f),
        message=f.message,
        severity=_SEVERITY.get(f.severity, lsp.DiagnosticSeverity.Warning),
        code=f.code,
        source=SOURCE,
        data={"rule": f.rule, "fixable": f.fix is not None},
    )
    if origin in SHIPPED_ORIGINS and f.rule:
        d.code_description = lsp.CodeDescription(href=rule_url(f.code, f.rule))
    if f.code == "E101":
        d.tags = [lsp.DiagnosticTag.Unnecessary]
    return d


def diagnostics(checked: Checked, lines: Lines) -> list[lsp.Diagnostic]:
    out = []
    for f in checked.findings:
        rule = checked.rules.get(f.code) if checked.rules is not None else None
        out.append(diagnostic(lines, f, rule.origin if rule is not None else None))
    return out


def problem_diagnostic(message: str, code: str = "config") -> lsp.Diagnostic:
    """A diagnostic at the top of a buffer for what stopped its check (a broken configuration)."""
    return lsp.Diagnostic(
        range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
        message=message,
        severity=lsp.DiagnosticSeverity.Error,
        code=code,
        source=SOURCE,
    )


def covers(lines: Lines, f: Finding, line: int, column: int) -> bool:
    """Whether the 1-based (line, column) is inside the finding's span as the editor shows it."""
    r = finding_range(lines, f)
    start = lines.from_lsp(r.start.line, r.start.character)
    end = lines.from_lsp(r.end.line, r.end.character)
    return start <= (line, column) <= end


def findings_at(checked: Checked, lines: Lines, line: int, column: int) -> list[Finding]:
    return [f for f in checked.findings if covers(lines, f, line, column)]


# ----- citations ------------------------------------------------------------------------


class Citation(NamedTuple):
    key: str
    line: int
    column: int  # 1-based, of the '@'
    end_column: int  # exclusive


def citation_at(lines: Lines, line: int, column: int) -> Citation | None:
    """The ``[@id]`` key at a 1-based (line, column), within a bracketed citation."""
    text = lines.line(line - 1)
    for b in _BRACKETS.finditer(text):
        if not b.start() < column <= b.end():
            continue
        for k in _KEY.finditer(b.group(1)):
            start = b.start(1) + k.start()
            end = b.start(1) + k.end()
            if start + 1 <= column <= end + 1:
                return Citation(k.group(1), line, start + 1, end + 1)
    return None


def sources(checked: Checked) -> list[tuple[int, dict[str, Any]]]:
    """The ``sources`` entries of the buffer, with their index (entries that are mappings with an id)."""
    doc = checked.document
    if doc is None or not isinstance(doc.data, dict) or not isinstance(doc.data.get("sources"), list):
        return []
    return [(i, s) for i, s in enumerate(doc.data["sources"]) if isinstance(s, dict) and isinstance(s.get("id"), str)]


def source_for(checked: Checked, key: str) -> tuple[int, dict[str, Any]] | None:
    return next(((i, s) for i, s in sources(checked) if s["id"] == key), None)


def _source_markdown(key: str, source: dict[str, Any]) -> str:
    title = str(source.get("title", "(no title)"))
    out = [f"**{title}**", ""]
    if source.get("url"):
        out += [str(source["url"]), ""]
    facts = [str(source[k]) for k in ("kind", "author", "publisher", "date") if source.get(k)]
    out.append(f"`[@{key}]`" + (" · " + " · ".join(facts) if facts else ""))
    return "\n".join(out)


def hover(checked: Checked, lines: Lines, line: int, column: int, explain: Any) -> lsp.Hover | None:
    """A citation's source, or the explanation of each rule with a finding here (``explain(rule) -> str``)."""
    cite = citation_at(lines, line, column)
    if cite is not None:
        found = source_for(checked, cite.key)
        value = _source_markdown(cite.key, found[1]) if found else f"`[@{cite.key}]`: no source with this id"
        return lsp.Hover(
            lsp.MarkupContent(lsp.MarkupKind.Markdown, value),
            to_range(lines, cite.line, cite.column, cite.line, cite.end_column),
        )
    parts: list[str] = []
    seen: set[str] = set()
    for f in findings_at(checked, lines, line, column):
        rule = checked.rules.get(f.code) if checked.rules is not None else None
        if rule is None or f.code in seen:
            continue
        seen.add(f.code)
        parts.append(_explained(explain(rule)))
    if not parts:
        return None
    return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, "\n\n---\n\n".join(parts)))


def _explained(text: str) -> str:
    """``brieflint explain``'s text, its first line in bold (the rest is Markdown already)."""
    first, _, rest = text.partition("\n")
    return f"**{first}**\n{rest}"


def definition(checked: Checked, lines: Lines, uri: str, line: int, column: int) -> lsp.Location | None:
    """Where the source a ``[@id]`` cites is defined (its ``id`` in ``sources``)."""
    cite = citation_at(lines, line, column)
    doc = checked.document
    if cite is None or doc is None:
        return None
    found = source_for(checked, cite.key)
    if found is None:
        return None
    start_line, start_col, end_line, end_col = doc.span(("sources", found[0], "id"))
    if end_line is None or end_col is None:
        end_line, end_col = start_line, start_col
    return lsp.Location(uri, to_range(lines, start_line, start_col, end_line, end_col))


def whole_edit(text: str, fixed: str, lines: Lines) -> lsp.TextEdit:
    """One edit turning ``text`` into ``fixed``: the span between their common start and end."""
    start = 0
    limit = min(len(text), len(fixed))
    while start < limit and text[start] == fixed[start]:
        start += 1
    end = 0
    while end < limit - start and text[-1 - end] == fixed[-1 - end]:
        end += 1
    a = lines.at_offset(start)
    b = lines.at_offset(len(text) - end)
    return lsp.TextEdit(
        lsp.Range(lsp.Position(a.line, a.character), lsp.Position(b.line, b.character)),
        fixed[start : len(fixed) - end],
    )
