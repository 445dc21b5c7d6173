"""A document's readability figures: per sentence, paragraph and section, the summary and the body.

:func:`analyse` measures a document once (``doc.memo``) for every R rule and
``brieflint stats``: prose only, as :mod:`brieflint.document.prose` gives it
(Markdown stripped, citations, code and URLs gone), sentence by sentence with
brieflint's own sentences. Words and syllables: :mod:`.lexicon`; the formulas:
:mod:`.counts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from brieflint.checks.readability.counts import EMPTY, Counts, unpack
from brieflint.checks.readability.lexicon import lexicon, words
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.document.brief import Document
    from brieflint.document.positions import Text
    from brieflint.document.prose import Paragraph

_new = tuple.__new__  # records made by the hundred per brief skip their Python __new__ (see .counts)
# ----- a document's figures -------------------------------------------------

#: paragraph kinds that are measured (headings and table cells are not sentences)
MEASURED_KINDS = frozenset({"paragraph", "list", "blockquote", "field"})


class SentenceStat(NamedTuple):
    """One sentence: its paragraph, offsets into ``paragraph.prose.value``, its counts."""

    paragraph: Paragraph
    start: int
    end: int
    text: str
    counts: Counts

    def span(self) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column) in the file."""
        prose = self.paragraph.prose
        line, col = prose.locate(self.start)
        end_line, end_col = prose.locate_end(self.end)
        return line, col, end_line, end_col


class ParagraphStat(NamedTuple):
    paragraph: Paragraph
    sentences: tuple[SentenceStat, ...]
    counts: Counts

    def span(self) -> tuple[int, int, int, int]:
        prose = self.paragraph.prose
        line, col = prose.locate(0)
        end_line, end_col = prose.locate_end(len(prose.value.rstrip()))
        return line, col, end_line, end_col


class SectionStat(NamedTuple):
    """A section of the body: ``heading`` None for the lead (text before the first heading)."""

    index: int  # type: ignore[assignment]  # the section's number; shadows tuple.index on purpose
    heading: str | None
    heading_text: Text | None
    paragraphs: tuple[ParagraphStat, ...]
    counts: Counts

    @property
    def sentences(self) -> tuple[SentenceStat, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def longest(self) -> SentenceStat | None:
        return longest(self.sentences)

    def label(self) -> str:
        return f"section '{self.heading}'" if self.heading else "the lead section (before the first heading)"

    def anchor(self) -> tuple[int, int, int | None, int | None]:
        """Where a finding about the whole section points: its heading, or its first paragraph."""
        if self.heading_text is not None and self.heading_text.value:
            t = self.heading_text
            line, col = t.locate(0)
            end_line, end_col = t.locate_end(len(t.value))
            return line, col, end_line, end_col
        if self.paragraphs:
            line, col, _, _ = self.paragraphs[0].span()
            return line, col, None, None
        return 1, 1, None, None


class Analysis(NamedTuple):
    """A document's readability: per section, the summary, the whole body."""

    sections: tuple[SectionStat, ...]
    summary: ParagraphStat | None
    body: Counts

    @property
    def sentences(self) -> tuple[SentenceStat, ...]:
        return tuple(s for sec in self.sections for s in sec.sentences)

    def longest(self) -> SentenceStat | None:
        return longest(self.sentences)


def longest(sentences: Iterable[SentenceStat]) -> SentenceStat | None:
    """The sentence with the most words (the first of equals)."""
    best: SentenceStat | None = None
    for s in sentences:
        if best is None or s.counts.words > best.counts.words:
            best = s
    return best


def measure_paragraph(p: Paragraph) -> ParagraphStat:
    """Counts of one paragraph, sentence by sentence (brieflint's sentences)."""
    from brieflint.document.sentences import sentences as split

    get = lexicon()._packed.__getitem__
    stats = []
    n_words = n_sentences = packed_total = 0
    for s in split(p):
        tokens = words(s.text.lower())  # _packed, inline: it runs for every sentence
        if not tokens:
            continue
        n = len(tokens)
        packed = sum(map(get, tokens))
        stats.append(_new(SentenceStat, (p, s.start, s.end, s.text, unpack(n, 1, packed))))
        n_words += n
        n_sentences += 1
        packed_total += packed
    return _new(ParagraphStat, (p, tuple(stats), unpack(n_words, n_sentences, packed_total) if n_words else EMPTY))


def analyse(doc: Document) -> Analysis:
    """The document's figures, computed once and shared by every R rule and ``stats``."""
    return doc.memo("readability", lambda: _analyse(doc))


def _analyse(doc: Document) -> Analysis:
    from brieflint.document.prose import paragraphs

    by_section: dict[int, list[ParagraphStat]] = {}
    for p in paragraphs(doc, ("body",)):
        if p.kind not in MEASURED_KINDS or p.section is None:
            continue
        ps = measure_paragraph(p)
        if ps.counts.words:
            by_section.setdefault(p.section, []).append(ps)
    sections = []
    body = EMPTY
    for s in doc.sections:
        paras = tuple(by_section.get(s.index, ()))
        total = EMPTY
        for ps in paras:
            total = total + ps.counts
        body = body + total
        sections.append(SectionStat(s.index, s.heading, s.heading_text, paras, total))
    summary = None
    for p in paragraphs(doc, ("summary",)):
        summary = measure_paragraph(p)
    return Analysis(tuple(sections), summary, body)
