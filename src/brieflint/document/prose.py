"""Prose for the prose rules: paragraphs with Markdown stripped, positions kept; words.

A :class:`Paragraph` is one block of prose (a body paragraph, a list item, a
block-quote paragraph, a table cell, a heading, or a front-matter field such as
the title, the summary or a bio) in two layers:

* ``markup``: the block's inline Markdown source, one line per source line
  (block markers such as ``> `` and list bullets, and each line's leading and
  trailing blanks, removed), every character mapped to its place in the file;
* ``prose``: the same with inline markup stripped: emphasis markers gone, links
  keep their text, ``[@id]`` citations vanish (with the blanks before them),
  code spans, bare URLs, autolinks, HTML comments and tags vanish, backslash
  escapes and entities resolved. Soft line breaks stay ``\\n``. The map is
  kept, so ``p.prose.locate(i)`` is the line and column in the file.

Citations found while stripping (``[@id]``, ``[@a; @b]``, ``[see @a, p. 3]``,
inline links) are listed with their offsets in ``markup.value``.

Paragraphs are memoised per document via ``doc.memo``. Sentences are
:mod:`brieflint.document.sentences`' business (memoised on the paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from brieflint import lazyre
from brieflint.document.linkscan import LinkEnds
from brieflint.document.positions import Text, TextBuilder
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.markdown import Block

SCOPES = ("title", "summary", "heading", "body", "bio")


class Citation(NamedTuple):
    """A citation in a paragraph: ``kind`` is ``"key"`` (``[@id]``) or ``"link"`` (an inline link).

    ``start``/``end`` are offsets in ``Paragraph.markup.value`` (the whole
    bracket for a key, the whole link for a link); for a key, ``key_start``
    is the offset of the id itself (after the ``@``).
    """

    kind: str
    target: str
    start: int
    end: int
    key_start: int = -1


class Paragraph:
    """One block of prose with its markup, its stripped prose and its citations.

    Read-only by convention. (A plain class: a frozen dataclass costs every start of
    brieflint about 4 M instructions to create, and each instance a call per field;
    equality and hashing are the dataclass's, over every field but the cache.)
    """

    __slots__ = ("scope", "section", "kind", "markup", "prose", "citations", "block", "_cache")

    def __init__(
        self,
        scope: str,  # "title" | "summary" | "heading" | "body" | "bio"
        section: int | None,  # section index (body, heading); author index for a bio
        kind: str,  # "paragraph" | "blockquote" | "list" | "heading" | "table" | "field"
        markup: Text,
        prose: Text,
        citations: tuple[Citation, ...],
        block: int = 0,  # order of the block in its section (body), to find neighbours
    ) -> None:
        self.scope = scope
        self.section = section
        self.kind = kind
        self.markup = markup
        self.prose = prose
        self.citations = citations
        self.block = block
        self._cache: dict[str, Any] = {}

    def _key(self) -> tuple[Any, ...]:
        return (self.scope, self.section, self.kind, self.markup, self.prose, self.citations, self.block)

    def __eq__(self, other: object) -> bool:
        return type(other) is Paragraph and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Paragraph({self.scope!r}, {self.section!r}, {self.kind!r}, {self.prose.value[:40]!r}…)"

    def prose_offset(self, markup_offset: int) -> int:
        """The prose offset nearest to a markup offset (same file position or the next one)."""
        target = self.markup.offset(markup_offset)
        prose = self.prose
        best = len(prose.value)
        origins = prose.origins
        k = bisect_right(origins, target) - 1
        if 0 <= k:
            seg_end = prose.starts[k + 1] if k + 1 < len(prose.starts) else len(prose.value)
            if origins[k] <= target < origins[k] + (seg_end - prose.starts[k]):
                return prose.starts[k] + target - origins[k]
        if self._ordered():
            # segments in file order, not overlapping: the first that ends after the target is the
            # next one (a scan of them all, per citation, was quadratic in a paragraph of citations)
            return prose.starts[k + 1] if k + 1 < len(origins) else best
        for k, origin in enumerate(origins):
            seg_start = prose.starts[k]
            seg_end = prose.starts[k + 1] if k + 1 < len(prose.starts) else len(prose.value)
            if origin + (seg_end - seg_start) > target:
                best = seg_start + max(0, target - origin)
                break
        return best

    def _ordered(self) -> bool:
        """The prose's segments follow each other in the file without overlapping (memoised)."""
        got = self._cache.get("ordered")
        if got is None:
            prose = self.prose
            ends = [*prose.starts[1:], len(prose.value)]
            got = all(
                prose.origins[k] + (ends[k] - prose.starts[k]) <= prose.origins[k + 1]
                for k in range(len(prose.origins) - 1)
            )
            self._cache["ordered"] = got
        return bool(got)


# ----- paragraphs -------------------------------------------------------------


def paragraphs(doc: Document, scopes: Iterable[str] = ("body",)) -> tuple[Paragraph, ...]:
    """The prose blocks of ``doc`` in the given scopes, scope by scope, in document order."""
    out: list[Paragraph] = []
    for scope in scopes:
        if scope not in SCOPES:
            raise ValueError(f"unknown prose scope {scope!r}; expected one of {', '.join(SCOPES)}")
        out.extend(doc.memo(f"text.paragraphs:{scope}", partial(_build, doc, scope)))
    return tuple(out)


def _build(doc: Document, scope: str) -> tuple[Paragraph, ...]:
    if not doc.ok:
        return ()
    if scope in ("title", "summary"):
        t = doc.text_at((scope,))
        return (_make(scope, None, "field", t),) if t is not None and t.value.strip() else ()
    if scope == "bio":
        authors = doc.data.get("authors") if doc.data else None
        out = []
        if isinstance(authors, list):
            for i in range(len(authors)):
                t = doc.text_at(("authors", i, "bio"))
                if t is not None and t.value.strip():
                    out.append(_make("bio", i, "field", t))
        return tuple(out)
    if scope == "heading":
        return tuple(
            _make("heading", s.index, "heading", s.heading_text)
            for s in doc.sections
            if s.heading_text is not None and s.heading_text.value.strip()
        )
    out = []
    for s in doc.sections:
        out.extend(_body_paragraphs(s.body, s.index, s.blocks))
    return tuple(out)


def _make(scope: str, section: int | None, kind: str, markup: Text, block: int = 0) -> Paragraph:
    prose, cites = strip_markup(markup)
    return Paragraph(scope, section, kind, markup, prose, cites, block)


def _body_paragraphs(body: Text, section: int, blocks: Sequence[Block] | None = None) -> list[Paragraph]:
    """The prose blocks of a section body; ``blocks`` are the loader's, when it parsed the body already."""
    if not body.value.strip():
        return []
    if blocks is None:
        from brieflint.document.markdown import parse_blocks

        blocks = parse_blocks(body.value)

    value = body.value
    line_starts = [0]
    i = value.find("\n")
    while i != -1:
        line_starts.append(i + 1)
        i = value.find("\n", i + 1)
    out: list[Paragraph] = []
    table_cursor: tuple[int, int] = (-1, 0)
    for n, block in enumerate(blocks):
        if block.kind in ("code", "html") or not block.content.strip():
            continue
        if block.kind == "table":
            kind = "table"
        elif block.kind == "heading":
            kind = "heading"
        elif block.container:
            kind = block.container
        else:
            kind = "paragraph"
        b = TextBuilder(body.index)
        lines = block.content.split("\n")
        last = max(block.line_end - 1, block.line_start)
        for k, content in enumerate(lines):
            c = content.strip()
            ln = min(block.line_start + k, last, len(line_starts) - 1)
            ls = line_starts[ln]
            le = value.find("\n", ls)
            le = len(value) if le == -1 else le
            src = value[ls:le]
            if kind == "table":
                cur = table_cursor[1] if table_cursor[0] == ln else 0
                col = src.find(c, cur)
                table_cursor = (ln, (col if col != -1 else cur) + len(c))
            else:
                rs = src.rstrip()
                col = len(rs) - len(c) if rs.endswith(c) else src.find(c)
            if col == -1:
                col = len(src) - len(src.lstrip())
                c = src[col:].rstrip() if not c else c
                if value[ls + col : ls + col + len(c)] != c:
                    # cannot align (tabs expanded by the parser…): keep the text, map to the line
                    if k:
                        b.add("\n", body.offset(ls))
                    b.add(c, body.offset(ls + col))
                    continue
            if k:
                b.add("\n", body.offset(max(ls - 1, 0)))
            b.add_text(body, ls + col, ls + col + len(c))
        markup = b.build()
        out.append(_make("body", section, kind, markup, n))
    return out


# ----- stripping inline markup ------------------------------------------------

_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = lazy(r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9.\-]+)>")
_HTML_TAG = lazy(
    r"<(?:/[A-Za-z][A-Za-z0-9\-]*\s*|[A-Za-z][A-Za-z0-9\-]*(?:\s+[A-Za-z_:][\w.:\-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?)>"
)
_ENTITY = lazyre.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_URL = lazy(r"(?:https?://|ftp://|www\.)[^\s<>\"“”‘’]*", re.I)
_CITE_KEY = lazyre.compile(r"(?:^|(?<=[\s;\[\-]))@([A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&\-+?<>~/](?=[A-Za-z0-9_]))*)")
_URL_TRAIL = ".,;:!?)]}'\"*_"
# where inline markup may start: the scanner jumps from one to the next
_SPECIAL_NO_URL = lazyre.compile(r"[\\`<&\[!*~_]")
_SPECIAL = lazy(r"[\\`<&\[!*~_]|(?<![\w/:.@])(?:https?://|ftp://|www\.)", re.I)


def strip_markup(markup: Text) -> tuple[Text, tuple[Citation, ...]]:
    """``markup`` with inline Markdown removed (positions kept), and the citations found."""
    s = markup.value
    b = TextBuilder(markup.index)
    cites: list[Citation] = []
    _scan(s, 0, len(s), markup, b, cites)
    prose = b.build()
    if not prose.value and markup.value:
        prose = Text.span("", markup.offset(0), markup.index)
    return prose, tuple(cites)


def _scan(s: str, lo: int, hi: int, markup: Text, b: TextBuilder, cites: list[Citation]) -> None:
    run = lo  # start of the pending run of kept characters

    def flush(end: int) -> None:
        if end > run:
            b.add_text(markup, run, end)

    i = lo
    last_close = s.rfind("]", lo, hi)
    links = LinkEnds(s, hi)
    next_close = -1  # the first "]" at or after the "[" last looked at
    has_url = "://" in s or "www." in s or "WWW." in s
    search = _SPECIAL.search if has_url else _SPECIAL_NO_URL.search
    while i < hi:
        sm = search(s, i, hi)
        if sm is None:
            break
        i = sm.start()
        ch = s[i]
        if ch == "\\" and i + 1 < hi and (s[i + 1] in _ASCII_PUNCT or s[i + 1] == "\n"):
            flush(i)
            run = i + 1
            i += 2
            continue
        if ch == "`":
            n = 1
            while i + n < hi and s[i + n] == "`":
                n += 1
            j = i + n
            close = -1
            while True:
                c = s.find("`" * n, j, hi)
                if c == -1:
                    break
                if (c + n >= hi or s[c + n] != "`") and s[c - 1] != "`":
                    close = c
                    break
                j = c + 1
                while j < hi and s[j] == "`":
                    j += 1
            if close == -1:
                i += n
                continue
            flush(i)
            i = run = close + n
            continue
        if ch == "<":
            if s.startswith("<!--", i):
                e = s.find("-->", i + 4, hi)
                if e != -1:
                    flush(i)
                    i = run = e + 3
                    continue
            m = _AUTOLINK.match(s, i, hi)
            autolink = m is not None
            if m is None:
                m = _HTML_TAG.match(s, i, hi)
            if m:
                if autolink:
                    target = m.group(0)[1:-1]
                    cites.append(Citation("link", target, i, m.end()))
                flush(i)
                i = run = m.end()
                continue
        if ch == "&":
            m = _ENTITY.match(s, i, hi)
            if m:
                import html

                decoded = html.unescape(m.group(0))
                if decoded != m.group(0):
                    flush(i)
                    b.add(decoded, markup.offset(i))
                    i = run = m.end()
                    continue
        if ch == "[" or (ch == "!" and i + 1 < hi and s[i + 1] == "["):
            image = ch == "!"
            start = i + 1 if image else i
            if not image and i + 1 < hi and s[i + 1] == "^":
                e = s.find("]", i, hi)
                if e != -1 and " " not in s[i:e]:
                    flush(i)
                    i = run = e + 1
                    continue
            if last_close < start:
                i += 1  # no "]" after this "[": neither a link nor a citation ("[[[[…" stays linear)
                continue
            link = links.end(start)
            if link is None:
                if next_close < start:
                    next_close = s.find("]", start, hi)
                close = next_close
                inner = s[start + 1 : close] if close != -1 and s.find("[", start + 1, close) == -1 else "["
                if "[" not in inner and _CITE_KEY.search(inner):
                    # a Pandoc citation: [@a], [@a; @b], [see @a, p. 3], [-@a]
                    for km in _CITE_KEY.finditer(inner):
                        cites.append(Citation("key", km.group(1), i, close + 1, start + 1 + km.start(1)))
                    back = i
                    while back > run and s[back - 1] in " \t":
                        back -= 1
                    flush(back)
                    i = run = close + 1
                    continue
                i += 1
                continue
            close, end, dest = link
            if dest:
                cites.append(Citation("link", dest, i, end))
            flush(i)
            if not image:
                _scan(s, start + 1, close, markup, b, cites)
            i = run = end
            continue
        if ch in "*~":
            n = 1
            while i + n < hi and s[i + n] == ch:
                n += 1
            if ch == "*" or n >= 2:
                flush(i)
                i = run = i + n
                continue
            i += n
            continue
        if ch == "_":
            n = 1
            while i + n < hi and s[i + n] == "_":
                n += 1
            before = s[i - 1] if i > lo else " "
            after = s[i + n] if i + n < hi else " "
            if not (before.isalnum() and after.isalnum()):
                flush(i)
                i = run = i + n
                continue
            i += n
            continue
        if ch in "hHfFwW":
            m = _URL.match(s, i, hi)
            if m and len(m.group(0)) > 6:
                end = m.end()
                while end > i and s[end - 1] in _URL_TRAIL:
                    if s[end - 1] == ")" and s[i:end].count("(") >= s[i:end].count(")"):
                        break
                    end -= 1
                cites.append(Citation("link", s[i:end], i, end))
                back = i
                flush(back)
                i = run = end
                continue
        i += 1
    flush(hi)


# ----- words -------------------------------------------------------------------


# a figure is one word: 1,500 and 3.5%, and in Arabic-Indic digits with the Arabic decimal and
# thousands separators and percent sign, ٣٫٥٪ and ١٬٥٠٠ (issue 22)
_WORD = lazyre.compile(r"\d+(?:[.,:\u066b\u066c]\d+)+[%\u066a]?|\w+(?:['’.\-\u066b\u066c]+\w+)*", re.UNICODE)


def words(s: str) -> list[str]:
    """The words of ``s``: letters/digits with inner apostrophes, hyphens and dots (``U.S``, ``Iraq's``, ``1,500``)."""
    return _WORD.findall(s)
