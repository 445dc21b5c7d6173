"""The prose a pack rule sees: one :class:`Unit` per block of a brief, its direct quotes marked (and masked)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.checks.packs.prefilter import fold_for_literals
from brieflint.checks.packs.spec import MASK

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.prose import Paragraph


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
        return found

    def visible(self, scopes: frozenset[str]) -> tuple[str, str] | None:
        """:meth:`view`, with blank or fully masked text as None; computed once per unit and scope set."""
        key = ("view", scopes)
        if key not in self._cache:
            v = self.view(scopes)
            self._cache[key] = v if v is not None and v[0].strip(MASK + " \n\t") else None
        return self._cache[key]

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
        return MASK * len(part)
    return "\n".join(MASK * len(line) for line in part.split("\n"))


_QUOTE_MARKS = lazyre.compile('[“”"]')


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
    return doc.memo("packs.units", lambda: _build_units(doc))


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
