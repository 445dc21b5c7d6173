"""Attribution of quotes (Q101): for each quote, does its sentence or the one before say who speaks?

See ``docs/quotes.md`` ("Attribution") for the cases accepted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brieflint.checks.quotes.byline import byline_end, own_words_from
from brieflint.checks.quotes.common import Lexicon
from brieflint.checks.quotes.cues import (
    DASH_LINE,
    NOCUE,
    NONE,
    PASSIVE_ONLY,
    SPEAKER,
    VAGUE,
    YES,
    acting_subject,
    dash_attribution,
    has_antecedent,
    possible_speaker_subject,
    sentence_subject,
    speaker_cue,
    speaker_in,
)
from brieflint.checks.quotes.doubt import could_speak, doubtful_speaker, passive_blanked
from brieflint.checks.quotes.lexicon import DOC_ROLES
from brieflint.checks.quotes.marks import Quote, crosses_parenthesis, mention_head, title_words
from brieflint.checks.quotes.paragraphs import ParaInfo, para_infos, sentence_of
from brieflint.checks.quotes.subjects import attributed_after, place_like_subject
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

WINDOW = 400  # characters of context either side of a quote that attribution is looked for in

_FORMULA = lazy(r"\w\s+[+=]\s+\w")  # words joined by "+" or "=": a formula, no speech


DOUBT = "doubt"  # something near may attribute the quote: not certain enough to report


class QuoteFinding(NamedTuple):
    """One quote that needs attribution and certainly lacks it (``verdict`` NONE, NOCUE or PASSIVE_ONLY,
    reported by Q101), or has only a vague one (VAGUE: Q102's finding, shown by the HTML report)."""

    para: text.Paragraph
    start: int  # prose offsets
    end: int
    words: int
    verdict: str
    block: bool


_REPORTED = (NONE, NOCUE, PASSIVE_ONLY)


def normal(inner: str) -> str:
    """A quote's words, lower-cased and joined by blanks: what :class:`_Seen` compares."""
    return " ".join(text.words(inner.lower()))


class _Seen:
    """The quotes met so far in the body, normalised: a quote that repeats one names it again."""

    __slots__ = ("exact", "joined")

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.joined = " "

    def mention(self, norm: str) -> bool:
        """The quote (``norm``: :func:`normal`) repeats (all or part of) a quote met before: it is
        mentioned, not quoted anew."""
        if norm in self.exact:
            return True
        return len(norm) <= 80 and f" {norm} " in self.joined

    def add(self, norm: str) -> None:
        self.exact.add(norm)
        if len(self.joined) < 20_000:
            self.joined += norm + " | "


def unattributed(doc: Document, lex: Lexicon, min_words: int) -> list[QuoteFinding]:
    """Every quote of more than ``min_words`` words in the body that certainly has no attribution.

    Certain means: no citation, no speaker with a cue, no speaker as the subject that introduces
    it, in its sentence or the one before; or an agentless passive in its own sentence ("was
    described as"). A quote attributed only vaguely ("critics argue") is Q102's finding, and a quote
    standing alone in its paragraph after a paragraph that names a speaker is doubtful: the first
    is returned with verdict VAGUE (Q101 leaves it to Q102), the second not at all; so is any quote
    near which something could be its speaker (the safety net of :mod:`doubt`).
    """
    infos = para_infos(doc, ("body",))
    out: list[QuoteFinding] = []
    seen = _Seen()
    n = len(infos)
    k = 0
    carry: str | None = None  # verdict of a quote left open at the end of the previous paragraph
    whole: str | None = None  # verdict of the quote that was the whole previous paragraph
    credited = False  # a byline heads the quotations being read ("By Kazu Haga", then "…" items: byline.py)
    while k < n:
        info = infos[k]
        p = info.para
        prev = infos[k - 1] if k > 0 and infos[k - 1].para.section == p.section else None
        if prev is None:
            carry = whole = None
            credited = False  # a heading ends the byline's quotations
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
            if total > min_words and not credited and _block_verdict(group, prev, nxt, lex) in _REPORTED:
                out.append(QuoteFinding(p, 0, len(p.prose.value), total, NONE, True))
            k = j + 1
            carry = whole = None
            continue
        quotes = info.marks.quotes
        # quotations that directly follow a byline are its author's, in its paragraph and the next ones, up
        # to the first word of the author's own
        cut = byline_end(info.masked)
        credited = cut >= 0 or credited
        cut = max(cut, 0)
        stop = own_words_from(info.masked, cut) if credited else 0
        if not quotes:  # most paragraphs: only the byline's run is read
            carry = whole = None
            credited = credited and stop == len(info.masked)
            k += 1
            continue
        prose = p.prose.value
        lead = _lead(prose)
        memo: dict[int, str] = {}
        next_carry = next_whole = None
        # a double mark that opens while another is open (a stray straight mark before curly ones, '"The
        # Bureau … the council's “failure …”'): which words are quoted, and so who speaks, is unknown; the
        # paragraph's quotes are doubtful, and Q107 reports the mark
        broken = any(not q.closed and q.end < len(prose) for q in quotes)
        for q in quotes:
            inner = prose[q.inner_start : q.inner_end]
            ws = text.words(inner)
            nwords = len(ws)
            # the words of ASCII text lower-cased are the lower-cased text's words
            norm = " ".join(ws).lower() if inner.isascii() else normal(inner)
            # a formula is a term ('sequences like "noun + adjective", "auxiliary verb + main verb"')
            mention = nwords <= min_words or title_words(ws) or seen.mention(norm) or _FORMULA.search(inner) is not None
            seen.add(norm)
            borrowed = False
            head = info.masked[max(0, q.start - 60) : q.start]
            if mention or mention_head(head) or _named_by_noun(head):
                continue
            if broken or crosses_parenthesis(inner):
                verdict = DOUBT
            elif cut <= q.start < stop:
                verdict = YES  # the byline's author's words
            elif carry is not None and q.start == lead:
                verdict = carry  # a quote running on from the paragraph before, news style
            else:
                nxt = infos[k + 1] if k + 1 < n and infos[k + 1].para.section == p.section else None
                verdict = _quote_verdict(info, prev, q, lex, memo, nxt)
                if verdict in _REPORTED and whole == YES and q.start == lead:
                    # a statement in several paragraphs, each in its own marks (a press release's "issued
                    # the following statement", then "…" paragraphs): borrowed, so doubtful, not certain,
                    # and the next such paragraph borrows as this one did
                    verdict, borrowed = DOUBT, True
            if q.start == lead and q.closed and not _WORDS.search(prose, q.end):
                next_whole = YES if borrowed else verdict
            if not q.closed and q.end == len(prose):
                next_carry = verdict
            if verdict in _REPORTED or verdict == VAGUE:
                out.append(QuoteFinding(p, q.start, q.end, nwords, verdict, False))
        carry, whole = next_carry, next_whole
        credited = credited and stop == len(info.masked)  # nothing but quotations: the run goes on
        k += 1
    return out


_ELLIPSIS_LEAD = lazy(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)?\s*")


def _lead(prose: str) -> int:
    """Where a paragraph's words start: after its blanks and an ellipsis that marks words left out before them ("[...]
    “The results … are clear": an excerpt that runs on from the one before)."""
    return _ELLIPSIS_LEAD.match(prose).end()  # type: ignore[union-attr]


def _lead_in_names(prev: ParaInfo) -> bool:
    """The paragraph before a list ends with a colon after a named speaker: the list's items are that speaker's."""
    if not prev.sents:
        return False
    last = prev.masked[max(prev.sents[-1].start, prev.sents[-1].end - WINDOW) : prev.sents[-1].end]
    return last.rstrip().endswith(":") and speaker_in(last) in SPEAKER


def _before(info: ParaInfo, prev: ParaInfo | None, a: int) -> tuple[str, bool, str, bool]:
    """The sentence before sentence ``a`` (masked, within the window), whether it cites, the one
    before that, and whether it lies in the previous paragraph."""
    sents, m = info.sents, info.masked
    if a > 0:
        before = m[max(sents[a - 1].start, sents[a - 1].end - WINDOW) : sents[a - 1].end]
        before2 = m[max(sents[a - 2].start, sents[a - 2].end - WINDOW) : sents[a - 2].end] if a > 1 else ""
        return before, (a - 1) in info.cite_sents, before2, False
    if prev is not None and prev.sents:
        ps = prev.sents
        before = prev.masked[max(ps[-1].start, ps[-1].end - WINDOW) : ps[-1].end]
        before2 = prev.masked[max(ps[-2].start, ps[-2].end - WINDOW) : ps[-2].end] if len(ps) > 1 else ""
        return before, (len(ps) - 1) in prev.cite_sents, before2, True
    return "", False, "", False


def _lead_verdict(info: ParaInfo, a: int, before: str, lex: Lexicon, memo: dict[int, str]) -> str:
    """How the part of sentence ``a`` before its first quote attributes (once per sentence: a
    long enumeration of quotes after one cue stays linear)."""
    got = memo.get(a)
    if got is None:
        s = info.sents[a]
        first = next((q.start for q in info.marks.quotes if q.start >= s.start), s.end)
        lead = info.masked[s.start : min(first, s.end)]
        got = YES if acting_subject(lead, before) else speaker_cue(lead, before, lex.cues)
        memo[a] = got
    return got


def _quote_verdict(
    info: ParaInfo, prev: ParaInfo | None, q: Quote, lex: Lexicon, memo: dict[int, str], nxt: ParaInfo | None = None
) -> str:
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
    before, before_cited, before2, across = _before(info, prev, a)
    verdict = speaker_cue(own, before, lex.cues, (q.start - own_start, q.end - own_start))
    if verdict != YES and q.start - sents[a].start > WINDOW and _lead_verdict(info, a, before, lex, memo) == YES:
        verdict = YES  # the cue opens a long sentence that enumerates quotes
    if verdict == YES:
        return YES
    own_opens = own_start == sents[a].start
    if verdict == PASSIVE_ONLY and could_speak(passive_blanked(own), own_opens, before):
        return DOUBT  # "The plan, which Haddad unveiled, was described as "…"": he may be the one
    if verdict in (PASSIVE_ONLY, VAGUE):
        return verdict  # the sentence names its own (missing) source: no carry-over
    intro = m[max(sents[a].start, q.start - WINDOW) : q.start]
    if intro.rstrip().endswith(":") and sentence_subject(intro, before) in ("name", "role", "pronoun"):
        return YES  # "The envoy put it bluntly: "…"", "Her answer was short: "…""
    if verdict in (NOCUE, NONE) and acting_subject(intro, before):
        return YES  # "DODD 3000.09 defines the systems as "…"", "It calls for "…""
    if verdict in (NOCUE, NONE) and (_DOCUMENT_TEXT.search(intro) or _enumerated(info, a, intro)):
        return YES  # 'the first bullet point is "…"', then 'Second, "…"': the slide's text, item by item
    if verdict in (NOCUE, NONE) and _HYPOTHETICAL.search(intro):
        return DOUBT  # 'it's not "oh, he retired; I'm done"': a thought put in no one's mouth, not a report
    rest = len(text.words(own[: q.start - own_start] + " " + own[q.end - own_start :]))
    standalone = across and rest <= 3 and b == len(sents) - 1
    if rest <= 3 and info.para.kind == "list" and prev is not None and _lead_in_names(prev):
        return YES  # (stop 42) "… the government acknowledged that:", then its words item by item (set 287)
    if standalone and prev is not None and _introduces(prev, lex):
        return YES  # "… issued the following statement …", then the statement in its own paragraph
    if standalone and prev is not None and verdict in (NOCUE, NONE) and _reports_speech(prev, lex):
        return DOUBT  # "Ms. Gulliver explains that … Even simple minerals can …", then a quote alone: hers, maybe
    attributed_before = bool(before) and (
        before_cited
        or speaker_cue(before, before2, lex.cues) == YES
        or (
            verdict == NOCUE
            and rest <= 3
            and sentence_subject(before, before2) in ("name", "role", "pronoun")
            and not place_like_subject(before)
        )
        or (rest <= 3 and before.rstrip().endswith(":") and speaker_in(before) in SPEAKER)
    )
    if attributed_before:
        # a quote alone in its paragraph does not borrow the previous paragraph's speaker, unless
        # that paragraph introduces it with a colon; it is doubtful, not certainly unattributed
        return DOUBT if standalone and not before.rstrip().endswith(":") else YES
    after = ""
    if verdict in (NOCUE, NONE) and not _WORDS.search(m, q.end, sents[b].end):
        # the quote ends its sentence: the next one may say whose words they were, as the one before may;
        # a quote that ends its paragraph, the first sentence of the next paragraph ('"…"', then "That was
        # the governor's response to …")
        if b + 1 < len(sents):
            after = m[sents[b + 1].start : min(sents[b + 1].end, sents[b + 1].start + WINDOW)]
        elif nxt is not None and nxt.para.kind != "blockquote" and nxt.sents:
            after = nxt.masked[nxt.sents[0].start : min(nxt.sents[0].end, nxt.sents[0].start + WINDOW)]
        if after and attributed_after(after, before + " " + own, lex.cues):
            return YES  # ""…" That was how Nasr put it.", ""…" So said the envoy.", ""…" Her words were blunt."
    # the paragraph before may end by naming the document the quote comes from ("… issued an urgent
    # notice ordering …" then 'The sites targeted include those "…"'): its subject is not ruled out
    far = across and rest > 3 and not _DOCUMENT.search(before)
    if verdict in (NONE, NOCUE) and _doubtful(info, a, q, before, far, lex, rest):
        return DOUBT
    if verdict in (NONE, NOCUE) and doubtful_speaker(own, before, after, intro, own_opens):
        return DOUBT  # the safety net: something there may be the speaker; an error must be certain
    return verdict


_WORDS = lazy(r"[^\W\d_]")  # a letter: words after the quote in its sentence
# the text of a document named right before the marks: its words, not speech to attribute ("the first bullet point is
# "…"", "the sign read: "…"")
_DOCUMENT_TEXT = lazy(
    r"\b(?:bullet\s+point|slide|sign|banner|placard|poster|caption|plaque|inscription|sticker|subject\s+line)s?\s+"
    r"(?:is|was|are|were|reads?|says?|said)\s*:?\s*$",
    re.I,
)
_EXCERPTS = lazy(
    r"(?:(?:here\s+(?:is|are)|some|an?|two|three|a\s+few)\s+)?(?:excerpts?|extracts?|passages?)[^.;!?]{0,40}:", re.I
)
_HYPOTHETICAL = lazy(r"\b(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:not\s+like|not|like)\s*,?\s*$", re.I)
_ORDINAL = lazy(r"\s*(?:second|third|fourth|fifth|sixth|next|then|finally|lastly|last)\s*,?\s*$", re.I)


def _enumerated(info: ParaInfo, a: int, intro: str) -> bool:
    """The quote's sentence is an ordinal and the quote ('Second, "…"'), in an enumeration of a document's items
    whose first item, up to five sentences back in the paragraph, the document's text introduces."""
    if _ORDINAL.fullmatch(intro) is None:
        return False
    for k in range(a - 1, max(a - 6, -1), -1):
        sent = info.masked[info.sents[k].start : info.sents[k].end]
        cut = min((i for i in (sent.find(c) for c in '"“«') if i != -1), default=len(sent))
        head = sent[:cut]
        if _DOCUMENT_TEXT.search(head.rstrip()):
            return True
        if _ORDINAL.match(head) is None:
            return False
    return False


# a phrase that announces what follows ("issued the following statement", "said as follows")
_CATAPHORA = lazy(r"\b(?:the\s+following|as\s+follows)\b", re.I)


def _reports_speech(prev: ParaInfo, lex: Lexicon) -> bool:
    """The paragraph before reports a named speaker's words with a cue in an earlier sentence than its last, and no
    other voice speaks after them ("Ms. Gulliver explains that chemicals …. Even simple minerals can …"): a quote
    alone after it may go on with the same speaker's. A crowd or a passive speaking after ("Critics argue that …")
    ends that speaker's turn; three sentences back at most."""
    m, sents = prev.masked, prev.sents
    for k in range(len(sents) - 2, max(len(sents) - 5, -1), -1):
        s = sents[k]
        before = m[max(0, s.start - WINDOW) : s.start]  # what goes before gives a pronoun ("He says …") its speaker
        got = speaker_cue(m[s.start : min(s.end, s.start + WINDOW)], before, lex.cues)
        if got == YES:
            return True
        if got in (VAGUE, PASSIVE_ONLY):
            return False
    return False


def _introduces(prev: ParaInfo, lex: Lexicon) -> bool:
    """The paragraph before announces the next one as someone's words ("Congresswoman Maloney issued the
    following statement about the report."), wherever the announcing sentence stands in it."""
    hit = _CATAPHORA.search(prev.masked)
    if hit is None or not prev.sents:
        return False
    s = prev.sents[sentence_of(prev.sents, hit.start())]
    sent = prev.masked[s.start : s.end]
    return speaker_cue(sent, "", lex.cues) == YES or sentence_subject(sent, "") in ("name", "role")


# a quote that a noun names as what it is, the complement of a copula: "The question asked of this
# panel is, "What have we learned?"", "Its theme was "…"", a saying as the content of a noun of sayings
# ("One of the premises of geology is that the "…"", "The maxim was "…""): quoted to be named, not
# someone's words
_NAMING_NOUN_WORDS = (
    "question|topic|theme|title|subject|motto|slogan|headline|caption|prompt|premise|maxim|adage|saying|"
    "proverb|axiom|dictum|tenet|mantra|watchword"
)
_NAMING_NOUNS = rf"(?:{_NAMING_NOUN_WORDS})s?"
# each alternative of _NAMED_BY_NOUN holds a naming noun: in lower-cased ASCII text, a cheap test before its search
_NAMING_NOUN = lazy(_NAMING_NOUN_WORDS)
# … or with the copula first ("On no day was the headline of any newspaper "…"", "Was the slogan of the
# campaign ever "…"?")
_NAMED_BY_NOUN = lazy(
    rf"\b{_NAMING_NOUNS}\s+(?:[\w'’\-]+\s+){{0,5}}?"
    r"(?:is|was|are|were|reads|read)\s*[,:]?\s*(?:that\s+(?:the\s+)?)?$|"
    rf"\b(?:is|was|are|were)\s+(?:there\s+)?(?:ever\s+)?(?:the|a|an|its|their|his|her)\s+{_NAMING_NOUNS}"
    r"(?:\s+[\w'’\-]+){0,6}?\s*[,:]?\s*$",
    re.I,
)


def _named_by_noun(head: str) -> bool:
    """``_NAMED_BY_NOUN.search(head)``, tried on ASCII text only where a naming noun stands."""
    if head.isascii() and _NAMING_NOUN.search(head.lower()) is None:
        return False
    return _NAMED_BY_NOUN.search(head) is not None


_DOCUMENT = lazy(r"\b(?:" + "|".join(sorted(DOC_ROLES)) + r")\b", re.I)
_PERSONAL = lazy(r"\b(?:he|she|they)\b", re.I)
# a sentence that opens by pointing back continues the topic of the one before it
_ANAPHOR = lazy(r"\s*(?:this|these|such|that|those|it|its|the\s+same)\b", re.I)


def _doubtful(info: ParaInfo, a: int, q: Quote, before: str, across: bool, lex: Lexicon, rest: int) -> bool:
    """Something near may name the speaker though nothing proves it: a capitalised word that may
    be a person opening the quote's sentence or the one before ("Haddad met reporters on Monday."),
    a personal pronoun whose antecedent is further back in the paragraph, or a source that the
    sentences since have kept pointing back to ("DODD 3000.09 requires … Such judgment … This
    involvement includes … "…"")."""
    m = info.masked
    s = info.sents[a]
    k = a
    while k > 0 and a - k < 3 and _ANAPHOR.match(m, info.sents[k].start):
        k -= 1
        back = m[max(info.sents[k].start, info.sents[k].end - WINDOW) : info.sents[k].end]
        if acting_subject(back) or speaker_cue(back, "", lex.cues) == YES:
            return True
    intro = m[max(s.start, q.start - WINDOW) : q.start]
    if possible_speaker_subject(intro) and not place_like_subject(intro):
        return True
    if (
        before
        and not across
        and not place_like_subject(before)
        and (acting_subject(before) or (rest <= 3 and possible_speaker_subject(before)))
    ):
        return True  # "The directive contrasts …", or a quote on its own after "Haddad met reporters."
    own = m[max(s.start, q.start - WINDOW) : min(s.end, q.end + WINDOW)]
    return bool(_PERSONAL.search(own)) and has_antecedent(m[max(0, s.start - 2 * WINDOW) : s.start])


def _block_verdict(group: Sequence[ParaInfo], prev: ParaInfo | None, nxt: ParaInfo | None, lex: Lexicon) -> str:
    for g in group:
        if g.para.citations:
            return YES
        for s in g.sents:
            if dash_attribution(g.masked[s.start : s.end]):
                return YES
        for line in g.para.prose.value.split("\n"):
            if dash_attribution(line):
                return YES
    if nxt is not None and nxt.para.kind != "blockquote":
        first = nxt.para.prose.value.split("\n")[0]
        if dash_attribution(first) or (nxt.para.citations and len(text.words(first)) <= 12 and DASH_LINE.match(first)):
            return YES
    if prev is not None and prev.sents:
        last = prev.sents[-1]
        intro = prev.masked[max(last.start, last.end - WINDOW) : last.end]
        before = prev.masked[prev.sents[-2].start : prev.sents[-2].end] if len(prev.sents) > 1 else ""
        if (len(prev.sents) - 1) in prev.cite_sents:
            return YES
        if speaker_cue(intro, before, lex.cues) == YES:
            return YES
        if intro.rstrip().endswith(":") and speaker_in(intro) in SPEAKER:
            return YES
        if sentence_subject(intro, before) in ("name", "role", "pronoun"):
            return YES  # "The ambassador wrote to the committee in May." then the letter
        if speaker_in(intro) in SPEAKER:
            return DOUBT  # a speaker is named, though not as the one who speaks
        if _EXCERPTS.fullmatch(intro.strip()) and before and speaker_in(before) in SPEAKER:
            return DOUBT  # "… updates are published in Aam Janata blog. Some excerpts:": the source named before
        if could_speak(intro, True, before):
            return DOUBT  # the safety net: the introducing sentence holds what may be the speaker
    if nxt is not None and nxt.para.kind != "blockquote" and nxt.sents:
        first = nxt.masked[nxt.sents[0].start : min(nxt.sents[0].end, nxt.sents[0].start + WINDOW)]
        if could_speak(first):
            return DOUBT  # "That was the minister's answer." may name the speaker after the quote
    return NONE
