"""Attribution of quotes (Q101): for each quote, does its sentence or the one before say who speaks?

See ``docs/quotes.md`` ("Attribution") for the cases accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from brieflint.checks.quotes.common import Lexicon
from brieflint.checks.quotes.cues import (
    DASH_LINE,
    NOCUE,
    NONE,
    PASSIVE_ONLY,
    SPEAKER,
    SPEECH_NOUN,
    VAGUE,
    YES,
    dash_attribution,
    sentence_subject,
    speaker_cue,
    speaker_in,
)
from brieflint.checks.quotes.marks import MENTION, Quote, is_title
from brieflint.checks.quotes.paragraphs import ParaInfo, para_infos, sentence_of
from brieflint.document import prose as text
from brieflint.document.brief import Document

WINDOW = 400  # characters of context either side of a quote that attribution is looked for in


class QuoteFinding(NamedTuple):
    """One quote that needs attribution and lacks it."""

    para: text.Paragraph
    start: int  # prose offsets
    end: int
    words: int
    verdict: str  # NONE, VAGUE, PASSIVE_ONLY
    block: bool


def unattributed(doc: Document, lex: Lexicon, min_words: int) -> list[QuoteFinding]:
    """Every quote of more than ``min_words`` words in the body without attribution."""
    infos = para_infos(doc, ("body",))
    out: list[QuoteFinding] = []
    n = len(infos)
    k = 0
    while k < n:
        info = infos[k]
        p = info.para
        prev = infos[k - 1] if k > 0 and infos[k - 1].para.section == p.section else None
        if p.kind == "blockquote":
            # a run of block-quote paragraphs is one quote
            j = k
            while (
                j + 1 < n
                and infos[j + 1].para.kind == "blockquote"
                and infos[j + 1].para.section == p.section
                and infos[j + 1].para.block == infos[j].para.block + 1
            ):
                j += 1
            group = infos[k : j + 1]
            nxt = infos[j + 1] if j + 1 < n and infos[j + 1].para.section == p.section else None
            total = sum(len(text.words(g.para.prose.value)) for g in group)
            if total > min_words and not _block_attributed(group, prev, nxt, lex):
                out.append(QuoteFinding(p, 0, len(p.prose.value), total, NONE, True))
            k = j + 1
            continue
        prose = p.prose.value
        for q in info.marks.quotes:
            inner = q.inner(prose)
            nwords = len(text.words(inner))
            if nwords <= min_words or is_title(inner):
                continue
            if MENTION.search(info.masked[max(0, q.start - 60) : q.start]):
                continue
            verdict = _quote_verdict(info, prev, q, lex)
            if verdict != YES:
                out.append(QuoteFinding(p, q.start, q.end, nwords, verdict, False))
        k += 1
    return out


def _quote_verdict(info: ParaInfo, prev: ParaInfo | None, q: Quote, lex: Lexicon) -> str:
    sents = info.sents
    if not sents:
        return NONE
    a = sentence_of(sents, q.start)
    b = sentence_of(sents, max(q.end - 1, q.start))
    if any(a <= c <= b for c in info.cite_sents):
        return YES
    m = info.masked
    # the quote's sentence(s), within a window: a run-on "sentence" must not make this quadratic
    own_start = max(sents[a].start, q.start - WINDOW)
    own = m[own_start : min(sents[b].end, q.end + WINDOW)]
    if a > 0:
        before = m[max(sents[a - 1].start, sents[a - 1].end - WINDOW) : sents[a - 1].end]
        before_cited = (a - 1) in info.cite_sents
        before2 = m[max(sents[a - 2].start, sents[a - 2].end - WINDOW) : sents[a - 2].end] if a > 1 else ""
    elif prev is not None and prev.sents:
        last = prev.sents[-1]
        before = prev.masked[max(last.start, last.end - WINDOW) : last.end]
        before_cited = (len(prev.sents) - 1) in prev.cite_sents
        before2 = (
            prev.masked[max(prev.sents[-2].start, prev.sents[-2].end - WINDOW) : prev.sents[-2].end]
            if len(prev.sents) > 1
            else ""
        )
    else:
        before, before_cited, before2 = "", False, ""
    verdict = speaker_cue(own, before, lex.cues)
    if verdict == YES:
        return YES
    if verdict in (PASSIVE_ONLY, VAGUE):
        return verdict  # the sentence names its own (missing) source: no carry-over
    if before_cited:
        return YES
    if before and speaker_cue(before, before2, lex.cues) == YES:
        return YES
    if verdict == NOCUE:
        rest = len(text.words(own[: q.start - own_start] + " " + own[q.end - own_start :]))
        if rest <= 3 and before and sentence_subject(before, before2) in ("name", "role", "pronoun"):
            return YES  # "The finance minister was blunt. "We cannot pay …""
        if rest <= 3 and before.rstrip().endswith(":") and speaker_in(before) in SPEAKER:
            return YES
        if b + 1 < len(sents):
            after = m[sents[b + 1].start : sents[b + 1].end]
            sp = SPEECH_NOUN.search(after)
            if sp and speaker_in(after[: sp.start() + 2]) in SPEAKER:
                return YES  # ""We will not retreat." The prime minister's words were …"
    return verdict


def _block_attributed(group: Sequence[ParaInfo], prev: ParaInfo | None, nxt: ParaInfo | None, lex: Lexicon) -> bool:
    for g in group:
        if g.para.citations:
            return True
        for s in g.sents:
            if dash_attribution(g.masked[s.start : s.end]):
                return True
        for line in g.para.prose.value.split("\n"):
            if dash_attribution(line):
                return True
    if nxt is not None and nxt.para.kind != "blockquote":
        first = nxt.para.prose.value.split("\n")[0]
        if dash_attribution(first) or (nxt.para.citations and len(text.words(first)) <= 12 and DASH_LINE.match(first)):
            return True
    if prev is not None and prev.sents:
        last = prev.sents[-1]
        intro = prev.masked[max(last.start, last.end - WINDOW) : last.end]
        before = prev.masked[prev.sents[-2].start : prev.sents[-2].end] if len(prev.sents) > 1 else ""
        if (len(prev.sents) - 1) in prev.cite_sents:
            return True
        if speaker_cue(intro, before, lex.cues) == YES:
            return True
        if intro.rstrip().endswith(":") and speaker_in(intro) in SPEAKER:
            return True
    return False
