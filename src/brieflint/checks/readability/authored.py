"""The author's own words of a sentence: what is left once quotations are taken out.

A quotation cannot be rewritten, so the sentence rules weigh only the words the
author wrote: words inside double quotation marks (straight ``"``, curly
``“…”``, guillemets ``«…»``) do not count against the sentence, and a block
quote (``>``) is quoted text through and through. Quotation marks are paired
over the whole paragraph, so a quotation of several sentences masks all of
them; a quotation still open at the end of its paragraph runs to the end (the
English convention for a quotation that continues in the next paragraph), so a
stray mark can only hide words, never add them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from brieflint import lazyre
from brieflint.checks.readability.counts import EMPTY, Counts, count
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.checks.readability.analysis import Analysis, ParagraphStat, SentenceStat
    from brieflint.document.brief import Document

_OPENING = {"\u201c": "\u201d", "\u00ab": "\u00bb"}  # curly and guillemet pairs; '"' opens and closes itself
_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')
_MARK = lazyre.compile('["\u201c\u201d\u00ab\u00bb]')
_MARK_ASCII = lazyre.compile('"')  # on ASCII text: one literal, found by a fast string search


class Authored(NamedTuple):
    """A sentence and the counts of its author's own words (quoted words taken out)."""

    sentence: SentenceStat
    counts: Counts


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the quotations in ``text``, marks included, left to right."""
    spans: list[tuple[int, int]] = []
    closing = ""
    start = 0
    for m in (_MARK_ASCII if text.isascii() else _MARK).finditer(text):
        c = m.group()
        i = m.start()
        if closing:
            if c == closing or (closing == '"' and c == "\u201d"):
                spans.append((start, i + 1))
                closing = ""
        elif c == '"' or c in _OPENING:
            closing = _OPENING.get(c, '"')
            start = i
    if closing:
        spans.append((start, len(text)))
    return spans


def _outside(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The characters of ``text[begin:end]`` outside ``spans`` (each span replaced by a blank)."""
    pieces = []
    at = begin
    for s, e in spans:
        if e <= at or s >= end:
            continue
        pieces.append(text[at : max(at, s)])
        at = max(at, e)
    pieces.append(text[at:end])
    return " ".join(pieces)


def of_paragraph(para: ParagraphStat) -> list[Authored]:
    """The sentences of one measured paragraph with their author's counts (a block quote: none)."""
    if para.paragraph.kind == "blockquote":
        return [Authored(s, EMPTY) for s in para.sentences]
    value = para.paragraph.prose.value
    # a few ``in`` tests (each a C scan) rather than one Python-level pass over the characters
    spans = quoted_spans(value) if any(mark in value for mark in _MARKS) else []
    if not spans:  # most paragraphs: every sentence is the author's
        return [Authored(s, s.counts) for s in para.sentences]
    ends = [e for _, e in spans]  # increasing: the spans are disjoint, left to right
    out: list[Authored] = []
    for s in para.sentences:
        first = bisect_right(ends, s.start)  # the first span ending after the sentence starts
        last = bisect_left(spans, s.end, lo=first, key=lambda span: span[0])  # spans starting before it ends
        if first >= last:
            out.append(Authored(s, s.counts))
        else:
            own = _outside(value, s.start, s.end, spans[first:last])
            out.append(Authored(s, count(own, sentences=1) if own.strip() else EMPTY))
    return out


def authored(doc: Document, analysis: Analysis) -> tuple[Authored, ...]:
    """Every sentence of the body with its author's counts (memoised per document)."""

    def build() -> tuple[Authored, ...]:
        return tuple(a for section in analysis.sections for para in section.paragraphs for a in of_paragraph(para))

    return doc.memo("readability.authored", build)
