"""The proof that an edited file is safe to write: it still loads, and its YAML kept its tokens and types.

Fixes are text edits verified by a round-trip *scan* rather than a round-trip
*dump*: a dump re-renders the YAML (line widths, spacing, some quoting), so
bytes no fix asked to change would change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from brieflint.document.brief import Document
from brieflint.fix.text import Source, Span, parse_source


def verify(path: str, before: Document, source: Source, spans: Sequence[Span], form: str) -> str | None:
    """None when the edited text is safe to write; otherwise why not."""
    after = parse_source(path, source, form)
    if not after.ok or after.problems:
        p = after.problems[0] if after.problems else None
        return f"the file would no longer parse ({p.code}: {p.message})" if p else "the file would no longer parse"
    touches_yaml = form == "yaml" or any(s.finding.fix and s.finding.fix.line <= before.front_matter_end for s in spans)
    if not touches_yaml:
        return None
    old_yaml, old_base = _yaml_part(before)
    new_yaml, _ = _yaml_part(after)
    old_tokens = _tokens(old_yaml)
    new_tokens = _tokens(new_yaml)
    if old_tokens is None or new_tokens is None:
        return "ruamel.yaml's round-trip scanner cannot read the YAML, so the fix cannot be proved safe"
    if [t[0] for t in old_tokens] != [t[0] for t in new_tokens]:
        return "it would change the YAML's structure, comments, quoting or indentation"
    for (_, old_value, a, b), (_, new_value, _, _) in zip(old_tokens, new_tokens, strict=True):
        if old_value != new_value and not any(
            s.norm_start < old_base + b and old_base + a < max(s.norm_end, s.norm_start + 1) for s in spans
        ):
            return "it would change a YAML value that no fix targets"
    if not _same_shape(_front(before), _front(after)):
        return "it would change the type of a value in the YAML"
    return None


def _yaml_part(doc: Document) -> tuple[str, int]:
    """The YAML text of a document (the front matter, or the whole YAML brief) and its offset."""
    if doc.form == "yaml":
        return doc.text, 0
    start = doc.index.starts[1] if doc.index.lines > 1 else len(doc.text)
    end = doc.index.starts[doc.front_matter_end - 1] if doc.front_matter_end >= 2 else start
    return doc.text[start:end], start


def _tokens(text: str) -> list[tuple[tuple[Any, ...], str | None, int, int]] | None:
    """ruamel.yaml round-trip tokens: (kind, style, comments, indentation) with each scalar's value and span."""
    from ruamel.yaml import YAML

    out: list[tuple[tuple[Any, ...], str | None, int, int]] = []
    last_line = -1
    try:
        for t in YAML(typ="rt").scan(text):
            mark = t.start_mark
            first_on_line = mark.line != last_line
            last_line = mark.line
            kind = type(t).__name__
            comments = tuple(_comment_values(getattr(t, "comment", None)))
            indent = mark.column if first_on_line else None
            if kind == "ScalarToken":
                signature = (kind, getattr(t, "style", None), comments, indent)
                out.append((signature, t.value, mark.index, t.end_mark.index))
            else:
                signature = (kind, getattr(t, "value", None), comments, indent)
                out.append((signature, None, mark.index, t.end_mark.index))
    except Exception:  # ruamel raises many error types; any of them means "cannot prove"
        return None
    return out


def _comment_values(obj: Any) -> Iterable[str]:
    if obj is None:
        return
    if isinstance(obj, list | tuple):
        for item in obj:
            yield from _comment_values(item)
        return
    value = getattr(obj, "value", None)
    if isinstance(value, str):
        yield value


def _front(doc: Document) -> Any:
    data = dict(doc.data or {})
    if doc.form == "markdown":
        data.pop("sections", None)  # derived from the body, which a body fix may change
    return data


def _same_shape(a: Any, b: Any) -> bool:
    """Same keys in the same order, same list lengths, same types of values."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_shape(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_shape(x, y) for x, y in zip(a, b, strict=True))
    return True
