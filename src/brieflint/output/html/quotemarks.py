"""Every quote of a brief's body with its verdict, for the report: a read-only view over the quote rules.

The ``Q101`` rule reports only the quotes that lack attribution; the report marks
every quote: attributed (with who or what it is attributed to), vague, passive
or unattributed. The verdicts are the rule's own (:func:`unattributed`, with the
options in force), so the page never disagrees with ``brieflint check``; the
speaker shown beside an attributed quote is the citation's source, or the words
around the attribution cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from brieflint.checks.quotes import attribution, cues, marks, vague
from brieflint.checks.quotes.common import Lexicon, lexicon
from brieflint.checks.quotes.marks import Quote
from brieflint.checks.quotes.paragraphs import ParaInfo, para_infos
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.sentences import Sentence
from brieflint.model import Context
from brieflint.records import NamedTuple

ATTRIBUTED, VAGUE, PASSIVE, UNATTRIBUTED = "attributed", "vague", "passive", "unattributed"
_STATUS = {cues.VAGUE: VAGUE, cues.PASSIVE_ONLY: PASSIVE, cues.NONE: UNATTRIBUTED, cues.NOCUE: UNATTRIBUTED}


class QuoteMark(NamedTuple):
    """One quote: prose offsets in its paragraph, the verdict, and who it is attributed to."""

    para: text.Paragraph
    start: int
    end: int
    status: str
    who: str
    words: int
    block: bool


def quote_marks(doc: Document, ctx: Context | None, sources: Mapping[str, str]) -> list[QuoteMark]:
    """Every quote of more than ``min-words`` words in the body, in document order.

    ``ctx``: the ``Q101`` rule's context in the run (its options in force, and the
    run's shared values, where the rule's cue lexicon is already built);
    ``sources``: source id → title, to name a cited source.
    """
    ctx = ctx or Context(options={})
    options = ctx.options
    lex = lexicon(ctx, options.get("cues") or (), options.get("vague") or ())
    min_words = int(options.get("min-words", 3))
    missing = {(id(f.para), f.start): f for f in attribution.unattributed(doc, lex, min_words)}
    out: list[QuoteMark] = []
    block_status: tuple[int, int, str] | None = None  # (section, block, status) of the block quote being continued
    infos = para_infos(doc, ("body",))  # the rules' own: quotes, masked prose and sentences, made once
    paras = [info.para for info in infos]
    for k, info in enumerate(infos):
        p = info.para
        prose = p.prose.value
        if p.kind == "blockquote":
            cont = block_status is not None and block_status[0] == p.section and block_status[1] + 1 == p.block
            f = missing.get((id(p), 0))
            if f is not None:
                status = _STATUS.get(f.verdict, UNATTRIBUTED)
            elif cont and block_status is not None:
                status = block_status[2]
            else:
                status = ATTRIBUTED
            block_status = (p.section or 0, p.block, status)
            words = len(text.words(prose))
            if words > min_words or cont:
                who = (
                    _block_who(p, paras[k + 1] if k + 1 < len(paras) else None, sources) if status == ATTRIBUTED else ""
                )
                out.append(QuoteMark(p, 0, len(prose), status, who, words, True))
            continue
        block_status = None
        masked = info.masked
        for quote in info.marks.quotes:
            inner = quote.inner(prose)
            words = len(text.words(inner))
            if (
                words <= min_words
                or marks.is_title(inner)
                or marks.MENTION.search(masked[max(0, quote.start - 60) : quote.start])
            ):
                continue
            f = missing.get((id(p), quote.start))
            if f is not None:
                status = _STATUS.get(f.verdict, UNATTRIBUTED)
                who = _vague_words(info.sents, masked, quote, lex) if status == VAGUE else ""
            else:
                status = ATTRIBUTED
                who = _who(info, quote, lex, sources)
            out.append(QuoteMark(p, quote.start, quote.end, status, who, words, False))
    return out


def _sentence_range(sents: Sequence[Sentence], start: int, end: int) -> tuple[int, int]:
    a = b = 0
    for i, s in enumerate(sents):
        if s.start <= start:
            a = i
        if s.start < end:
            b = i
    return a, b


def _label(c: text.Citation, sources: Mapping[str, str]) -> str:
    return sources.get(c.target, c.target) if c.kind == "key" else c.target


def _who(info: ParaInfo, quote: Quote, lex: Lexicon, sources: Mapping[str, str]) -> str:
    p, sents, masked = info.para, info.sents, info.masked
    if not sents:
        return ""
    a, b = _sentence_range(sents, quote.start, quote.end)
    # the quote's own sentences first (a citation, then a cue), then the sentence before
    for lo, hi in ((a, b), (a - 1, a - 1)):
        if lo < 0:
            continue
        # the sentence each citation belongs to, as the rules count it
        cited = list(
            dict.fromkeys(
                _label(c, sources) for c, k in zip(p.citations, info.cite_sents, strict=True) if lo <= k <= hi
            )
        )
        if cited:
            return "source: " + "; ".join(cited)
        for k in range(lo, hi + 1):
            s = masked[sents[k].start : sents[k].end]
            for start, end in cues.cue_spans(cues.lower_same_length(s), lex.cues):
                return _around(s, start, end)
    return ""


def _around(s: str, start: int, end: int) -> str:
    """A few words either side of the cue at ``start:end`` (quoted text is blanked in ``s``)."""
    before = s[:start].replace(",", " ").split()[-5:]
    after = s[end:].split()[:3]
    words = [w.strip("\"“”'‘’«»,;:.") for w in (*before, s[start:end], *after)]
    return " ".join(w for w in words if w)


def _vague_words(sents: Sequence[Sentence], masked: str, quote: Quote, lex: Lexicon) -> str:
    if not sents:
        return ""
    a, b = _sentence_range(sents, quote.start, quote.end)
    lo = sents[a - 1].start if a > 0 else sents[a].start
    s = masked[lo : sents[b].end]
    spans = vague.vague_spans(s, lex.vague_extra)
    return " ".join(s[spans[-1][0] : spans[-1][1]].split()) if spans else ""


def _block_who(p: text.Paragraph, nxt: text.Paragraph | None, sources: Mapping[str, str]) -> str:
    cited = list(dict.fromkeys(_label(c, sources) for c in p.citations))
    if cited:
        return "source: " + "; ".join(cited)
    for candidate in (p, nxt):
        if candidate is None:
            continue
        for line in candidate.prose.value.split("\n"):
            m = cues.DASH_LINE.match(line)
            if m:
                return " ".join(m.group(1).split()[:8])
    return ""
