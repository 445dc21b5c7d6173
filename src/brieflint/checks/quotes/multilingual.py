"""Q101 and Q102 for briefs in a language other than English, driven by its language profile.

The English rules know English word order, capitals and pronouns; a brief that declares
``language: ar`` or ``fr`` is read with its profile instead
(:mod:`brieflint.document.language`): the sentence segmenter's language, the quotation
marks of that language, and its attribution grammar (cue verbs with their clitics and
inflections, prepositional cues, vague subject + verb forms in either order).

A quote is attributed when its sentence (or sentences), or the one before (in the same
section, across a paragraph break), carries a citation or an attribution cue outside
quotation marks, or when a colon joins it to the words that introduce it or follow it
(``صرّح السفير: «…»``, ``X : « … »``, ``« … » : X``). Arabic drops the subject pronoun
(``وأضاف: «…»``, "and he added"), so a cue verb needs no named speaker beside it. A cue
that is only part of a vague attribution (``قالت مصادر مطلعة``) leaves the quote vague.
A block quote is attributed by a citation in it, a dash line, or a cue (or a closing
colon) in the sentence that introduces it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from brieflint import lazyre
from brieflint.checks.quotes.common import span
from brieflint.checks.quotes.marks import crosses_parenthesis
from brieflint.checks.quotes.paragraphs import sentence_of
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.language import LEXICONS, Lexicon, Profile, language_of, profile_of
from brieflint.document.language.normalize import fold_text
from brieflint.document.language.quotes import Span, find_quotes, mask
from brieflint.document.sentences import Sentence, segment
from brieflint.model import Context, Problem
from brieflint.records import NamedTuple

ATTRIBUTED, VAGUE, NONE = "attributed", "vague", "none"
_DASH_LINE = lazyre.compile(r"^\s*(?:—|–|--|―|-)\s*\S")


class Para(NamedTuple):
    """A paragraph as this module reads it: quotes found with the profile's marks, quotes blanked."""

    para: text.Paragraph
    quotes: tuple[Span, ...]
    masked: str
    sents: tuple[Sentence, ...]
    cite_sents: frozenset[int]


class Verdict(NamedTuple):
    para: text.Paragraph
    start: int
    end: int
    words: int
    verdict: str  # VAGUE or NONE
    block: bool


def _read(p: text.Paragraph, prof: Profile) -> Para:
    prose = p.prose.value
    quotes = find_quotes(prose, prof)
    sents = segment(prose, prof.segmenter)
    cites = frozenset(sentence_of(sents, p.prose_offset(c.start)) for c in p.citations) if sents else frozenset()
    return Para(p, quotes, mask(prose, quotes) if quotes else prose, sents, cites)


def read_paragraphs(doc: Document, scopes: tuple[str, ...]) -> tuple[Para, ...]:
    prof = profile_of(doc)
    return doc.memo(
        f"quotes.multilingual:{','.join(scopes)}",
        lambda: tuple(_read(p, prof) for p in text.paragraphs(doc, scopes)),
    )


def _words(s: str) -> int:
    return len(text.words(fold_text(s)))  # folded: harakat would split Arabic words


def _sentence_verdict(masked: str, lex: Lexicon) -> str:
    """ATTRIBUTED when the text has a cue that is not only part of a vague attribution (a dependent cue,
    a participle that shares the main verb's subject, attributes only when nothing in the text is vague)."""
    cues, dependent = lex.cues(masked), lex.dependent_cues(masked)
    if not cues and not dependent:
        return NONE
    vague = lex.vague(masked)
    for c in cues:
        if not any(v.start <= c.start and c.end <= v.end for v in vague):
            return ATTRIBUTED
    return ATTRIBUTED if dependent and not vague else VAGUE


def _names_speaker(intro: str, lex: Lexicon) -> bool:
    """The words before a colon can name who speaks.

    A single word is a headline's topic (``Ukraine : “…”``, ``Iran : “…”``), not a speaker; so is a
    setting with no verb of saying, a place, medium or time (``على تويتر من حي المهندسين بالقاهرة:``,
    "on Twitter, from Mohandessin in Cairo:").
    """
    return _words(intro) > 1 and not lex.setting_only(intro)


def _colon_joined(masked: str, sent: Sentence, q: Span, lex: Lexicon) -> bool:
    """``Le ministre : «…»`` or ``«…» : X``: a colon joins the quote to the words of a speaker."""
    before = masked[sent.start : q.start].rstrip()
    if before.endswith(":") and _names_speaker(before[:-1], lex):
        return True
    after = masked[q.end : sent.end].lstrip()
    return after.startswith(":") and _words(after[1:]) > 0


def _introduces(piece: str, prof_openers: frozenset[str], lex: Lexicon) -> bool:
    """A sentence whose colon (after words that can name a speaker) opens a quote or ends it: it introduces."""
    at = piece.find(":")
    while at != -1:
        rest = piece[at + 1 :].lstrip()
        if (not rest or rest[0] in prof_openers) and _names_speaker(piece[:at], lex):
            return True
        at = piece.find(":", at + 1)
    return False


def _mentioned(info: Para, q: Span, lex: Lexicon) -> bool:
    """Words just before the quote name it as a title, slogan or term (at most two words between, in its sentence)."""
    head = info.masked[max(0, q.start - 160) : q.start]  # (stop 44) far enough back for a list of quoted titles
    return any(
        _words(head[m.end :]) <= 2 and not _SENTENCE_ENDS.intersection(head[m.end :]) for m in lex.mentions(head)
    )


_SENTENCE_ENDS = frozenset(".!?؟")  # the marks that end a sentence (_SENTENCE_MARKS below also has its inner ones)
_OPENS_MISPAIRED = frozenset(".,،;؛:")  # quoted words never open with a stop or a comma: the marks are mispaired


# a body's name in marks is short and has no sentence punctuation (`«منظمة صحفيات بلا قيود»`); quoted words that
# open with such a noun and run longer, or stop at a comma or full stop, are a sentence
NAME_WORDS = 8
_SENTENCE_MARKS = frozenset(".!?؟…,،:;؛")
_ABBREVIATION = lazyre.compile(r"\s*\([A-Z][A-Za-z&.\-]{1,9}\)")


# what joins the items of a list of names in marks: a conjunction, perhaps after a comma
_LIST_JOIN = lazyre.compile(r"\s*(?:[,،]\s*)?(?:و|and|et|ve)\s*")


def _other_script(inner: str) -> bool:
    """Quoted words in a right-to-left brief with no letter of that script: a name, title or slogan in its own
    language and script, given beside the text (a quotation of speech is translated into the brief's language)."""
    return any(c.isalpha() for c in inner) and not any(unicodedata.bidirectional(c) in ("R", "AL") for c in inner)


def _gloss(prose: str, quotes: Sequence[Span], q: Span) -> bool:
    """The quote opens a parenthesis right after another quote: its translation (`"…" ("…")`)."""
    before = prose[: q.start].rstrip()
    if not before.endswith("("):
        return False
    end = len(before[:-1].rstrip())
    return any(o.end == end for o in quotes)


def _name_shaped(prose: str, q: Span) -> bool:
    inner = prose[q.start + 1 : q.end - 1].strip()
    return bool(inner) and _words(inner) <= NAME_WORDS and not set(inner) & _SENTENCE_MARKS


def _listed(info: Para, q: Span) -> bool:
    """The quote is one item of a list of quoted names or titles, joined by a conjunction to a quote before or after
    it that is name-shaped too (short, no sentence punctuation: مثل «النيو ريببلك» و«يو إس وورد أند نيوز ريبورت»),
    not someone's words; quotes joined by a comma alone, or one with a sentence inside, are not such a list."""
    prose = info.para.prose.value
    if not _name_shaped(prose, q):
        return False
    for other in info.quotes:
        if other.end <= q.start and _LIST_JOIN.fullmatch(prose, other.end, q.start) and _name_shaped(prose, other):
            return True
        if other.start >= q.end and _LIST_JOIN.fullmatch(prose, q.end, other.start) and _name_shaped(prose, other):
            return True
    return False


_ITEM_SPLIT = lazyre.compile(r"[،,]")


def _enumeration(inner: str, conjunctions: tuple[str, ...]) -> bool:
    """The quoted words are a list of names, no one's words (``"توماس الابن، روث، جون، صموئيل، وجيمس"``): three items
    or more split by commas, none longer than three words, a conjunction prefix opening the last item and no other (a
    chant repeats its conjunction: ``"نحن هنا، ونحن باقون، ولن نرحل"``)."""
    items = [i.strip() for i in _ITEM_SPLIT.split(inner)]
    if len(items) < 3 or any(not i or _words(i) > 3 for i in items):
        return False
    return items[-1].startswith(conjunctions) and not any(i.startswith(conjunctions) for i in items[:-1])


def _named(info: Para, q: Span, lex: Lexicon) -> bool:
    """The quote is a name or a title, not quoted words: short, with no sentence punctuation, and either in one of the
    lexicon's naming constructions (the predicate of a pronoun opening its clause, ``وهو «…»``; after or before a
    phrase of naming, ``الملقب بـ«…»``, ``«…» المعروف باسم``), or a body's name: it opens with a noun that heads a
    name (the lexicon's ``name`` patterns: ``منظمة``, ``جهاز`` … in construct), is at most ``NAME_WORDS`` words with no
    sentence punctuation, and stands where a noun does, not where speech is introduced (no colon or verb of saying
    right before it): ``رئيسة «منظمة صحفيات بلا قيود»`` ("head of …"), ``عملاء "جهاز الأمن والمخابرات الوطني"``
    ("agents of …"). After ``أنّ``, and for a name with the article (``«المحكمة الدولية الخاصة بلبنان»``), the
    clause must go on after the closing mark (``أن «…» سوف توجه``): quoted words that are all that is said end there
    (``ويبدو أن «…».``)."""
    prose = info.para.prose.value
    inner = prose[q.start + 1 : q.end - 1].strip()
    if not inner or _words(inner) > NAME_WORDS or set(inner) & _SENTENCE_MARKS:
        return False
    if lex.naming(info.masked[max(0, q.start - 60) : q.start + 1], info.masked[q.end - 1 : q.end + 60]):
        return True
    opening = lex.names(inner)
    if not opening or opening[0].start != 0:
        return False
    before = info.masked[max(0, q.start - 60) : q.start].rstrip()
    last = before.split()[-1:] if before else []
    if not last:  # (stop 42) opening its paragraph as its subject, with its description after a comma (round 112)
        return prose[q.end : q.end + 8].lstrip("'’ ")[:1] in ("،", ",")
    if before.endswith(":") or lex.cues(" ".join(before.split()[-3:])):
        return False
    # the clause goes on after the closing mark, or the name's abbreviation stands there («…» (LBCI))
    goes_on = prose[q.end : q.end + 8].lstrip()[:1].isalpha() or _ABBREVIATION.match(prose, q.end) is not None
    return goes_on or not (lex.is_that(last[0]) or fold_text(inner).startswith("ال"))


def quote_verdict(paras: Sequence[Para], k: int, q: Span, lex: Lexicon, openers: frozenset[str]) -> str:
    """ATTRIBUTED, VAGUE or NONE for the quote ``q`` of paragraph ``paras[k]`` (``openers``: opening marks)."""
    info = paras[k]
    if not info.sents:
        return NONE
    a, b = sentence_of(info.sents, q.start), sentence_of(info.sents, max(q.start, q.end - 1))
    if _standalone(info, q, b) and _credited(paras, k):
        return ATTRIBUTED
    if any(s in info.cite_sents for s in range(a - 1, b + 1)):
        return ATTRIBUTED
    if _colon_joined(info.masked, info.sents[a], q, lex):
        return ATTRIBUTED
    if _dash_credited(info.para.prose.value, q):
        return ATTRIBUTED
    found = NONE
    pieces = [info.masked[info.sents[s].start : info.sents[s].end] for s in range(max(a - 1, 0), b + 1)]
    if a == 0 and k > 0 and paras[k - 1].para.section == info.para.section and paras[k - 1].sents:
        prev = paras[k - 1]
        if len(prev.sents) - 1 in prev.cite_sents:
            return ATTRIBUTED
        last = prev.masked[prev.sents[-1].start : prev.sents[-1].end]
        if _standalone(info, q, b):
            # a quote alone in its paragraph borrows nothing from the previous one, vague or not,
            # unless that paragraph introduces it (or its own quote) with a colon; a speaker named there
            # makes it doubtful
            colon = last.rstrip().endswith(":") and not lex.setting_only(last)
            if colon or _introduces(last, openers, lex) or _sentence_verdict(last, lex) == ATTRIBUTED:
                return ATTRIBUTED
        else:
            pieces.insert(0, last)
    for n, piece in enumerate(pieces):
        v = _sentence_verdict(piece, lex)
        if v == ATTRIBUTED:
            return ATTRIBUTED
        if v == VAGUE:
            found = VAGUE
        if n < len(pieces) - 1 and _introduces(piece, openers, lex):  # an earlier sentence "Speaker: «…»" goes on
            return ATTRIBUTED
    if found == NONE and _claimed_after(paras, k, q, b, lex):
        return ATTRIBUTED
    return found


# (stop 42) a credit line after the closing mark on the quote's own line: a dash, then a name and perhaps a date, to
# the line's end (« … » - هيدريش، نوفمبر 1939), as an epigraph is credited
_DASH_CREDIT = lazyre.compile(r"[\s.,،]*(?:—|–|--|―|-)[\s.]*([^\n]+?)\s*$", re.M)


def _dash_credited(prose: str, q: Span) -> bool:
    """The quote ``q`` is followed, on its line, by a dash and a short credit (at most ``CREDIT_WORDS`` words)."""
    m = _DASH_CREDIT.match(prose, q.end)
    return m is not None and _words(m.group(1)) <= CREDIT_WORDS and _LETTER.search(m.group(1)) is not None


def _claimed_after(paras: Sequence[Para], k: int, q: Span, b: int, lex: Lexicon) -> bool:
    """The quote ends its sentence and the next sentence (in its paragraph, or opening the next one) points back to
    it and names who said it (``«…». تلك هي العبارات التي صرّحت بها إيرينا بوكوفا``): the speaker named after the
    quote, as ``"…" That was how Nasr put it.``"""
    info = paras[k]
    if _LETTER.search(info.masked, q.end, info.sents[b].end):
        return False
    if b + 1 < len(info.sents):
        after = info.masked[info.sents[b + 1].start : info.sents[b + 1].end]
    elif k + 1 < len(paras) and paras[k + 1].para.section == info.para.section and paras[k + 1].sents:
        nxt = paras[k + 1]
        if nxt.para.kind != "paragraph":
            return False
        after = nxt.masked[nxt.sents[0].start : nxt.sents[0].end]
    else:
        return False
    return lex.points_back(after) and _sentence_verdict(after, lex) == ATTRIBUTED


def _standalone(info: Para, q: Span, b: int) -> bool:
    """The quote ``q`` is its paragraph's only sentence, with at most three words beside it."""
    if b != len(info.sents) - 1:
        return False
    return _words(info.masked[: q.start] + " " + info.masked[q.end :]) <= 3


_LETTER = lazyre.compile(r"[^\W\d_]")
_END = frozenset(".!?؟…:;؛")
CREDIT_WORDS = 8


def _credited(paras: Sequence[Para], k: int) -> bool:
    """The paragraph after ``paras[k]`` (a pull quote) is its credit line: a dash line, or a short
    line that is not a sentence (``المتحدثة باسم وزارة الخارجية، هيذر نويرت``: a title and a name,
    no verb, no closing full stop)."""
    if k + 1 >= len(paras):
        return False
    nxt, info = paras[k + 1], paras[k]
    if nxt.para.section != info.para.section or nxt.para.kind != "paragraph" or nxt.quotes:
        return False
    line = nxt.para.prose.value.strip()
    if not line or "\n" in line:
        return False
    return bool(_DASH_LINE.match(line)) or (line[-1] not in _END and _words(line) <= CREDIT_WORDS)


def _block_verdict(paras: Sequence[Para], first: int, last: int, lex: Lexicon) -> str:
    group = paras[first : last + 1]
    if any(g.para.citations for g in group):
        return ATTRIBUTED
    if any(_DASH_LINE.match(line) for g in group for line in g.para.prose.value.split("\n")):
        return ATTRIBUTED
    nxt = paras[last + 1] if last + 1 < len(paras) else None
    if nxt is not None and nxt.para.section == group[0].para.section:
        if _DASH_LINE.match(nxt.para.prose.value):
            return ATTRIBUTED
    prev = paras[first - 1] if first > 0 else None
    if prev is None or prev.para.section != group[0].para.section or not prev.sents:
        return NONE
    if len(prev.sents) - 1 in prev.cite_sents:
        return ATTRIBUTED
    intro = prev.masked[prev.sents[-1].start : prev.sents[-1].end]
    if intro.rstrip().endswith(":") and _names_speaker(intro.rstrip()[:-1], lex):
        return ATTRIBUTED
    return _sentence_verdict(intro, lex)


def configured(doc: Document, ctx: Context | None = None) -> Lexicon | None:
    """The brief's language lexicon, with the rule's configured ``cues`` or ``vague`` added (memoised per run)."""
    base = profile_of(doc).lexicon()
    if base is None or ctx is None:
        return base
    cues = tuple(c for c in ctx.options.get("cues") or () if isinstance(c, str))
    vague = tuple(v for v in ctx.options.get("vague") or () if isinstance(v, str))
    if not cues and not vague:
        return base
    key = f"quotes.multilingual:{base.language}:{cues!r}:{vague!r}"
    return ctx.shared_value(key, lambda: base.extended(cues, vague))


def unattributed(doc: Document, min_words: int, ctx: Context | None = None) -> list[Verdict]:
    """Every quote of more than ``min_words`` words in the body whose attribution is missing or vague."""
    prof = profile_of(doc)
    lex = configured(doc, ctx)
    if lex is None:
        return []
    paras = read_paragraphs(doc, ("body",))
    out: list[Verdict] = []
    k = 0
    while k < len(paras):
        info = paras[k]
        if info.para.kind == "blockquote":
            last = k
            while (
                last + 1 < len(paras)
                and paras[last + 1].para.kind == "blockquote"
                and paras[last + 1].para.section == info.para.section
                and paras[last + 1].para.block == paras[last].para.block + 1
            ):
                last += 1
            words = sum(_words(g.para.prose.value) for g in paras[k : last + 1])
            if words > min_words:
                v = _block_verdict(paras, k, last, lex)
                if v != ATTRIBUTED:
                    out.append(Verdict(info.para, 0, len(info.para.prose.value), words, v, True))
            k = last + 1
            continue
        prose = info.para.prose.value
        for q in info.quotes:
            inner = prose[q.start + 1 : q.end - 1]
            words = _words(inner)
            if words <= min_words or _mentioned(info, q, lex) or _named(info, q, lex) or _listed(info, q):
                continue
            if crosses_parenthesis(inner) or inner.lstrip()[:1] in _OPENS_MISPAIRED:
                continue  # mispaired marks: which words are quoted is unknown ("“. ولهؤلاء …": a closing mark's)
            if (prof.direction == "rtl" and _other_script(inner)) or _gloss(prose, info.quotes, q):
                continue  # "Ein Volk, ein Reich, ein Führer", "Escuela Superior de …": a name or a slogan as written,
                # and its translation in a parenthesis right after it
            if lex.opens_relative(inner):
                continue  # a relative clause of the writer's sentence set in marks, nobody's words
            if _enumeration(inner, lex.grammar.clitics.prefixes):
                continue  # a list of names in marks
            v = quote_verdict(paras, k, q, lex, prof.marks.opening)
            if v != ATTRIBUTED:
                out.append(Verdict(info.para, q.start, q.end, words, v, False))
        k += 1
    return out


def vague(doc: Document, ctx: Context | None = None) -> list[tuple[text.Paragraph, int, int]]:
    """Vague attributions in the summary, the headings and the body, outside quotes and cited sentences."""
    lex = configured(doc, ctx)
    if lex is None:
        return []
    out = []
    infos = read_paragraphs(doc, ("summary", "heading", "body"))
    names = frozenset(w for info in infos for w in lex.singular_names(info.masked))
    for info in infos:
        masked = info.masked
        if names:  # "قال جاكسون": Jackson, whom the text gives a singular verb, read as a name, not a crowd
            masked = _WORD.sub(lambda w: "x" * len(w.group()) if w.group() in names else w.group(), masked)
        for m in lex.vague(masked):
            if info.sents and sentence_of(info.sents, m.start) in info.cite_sents:
                continue
            out.append((info.para, m.start, m.end))
    return out


_WORD = lazyre.compile(r"\w+")


# ----- the rules' side: problems, for the one call site in each of Q101 and Q102 ---------------

# the languages the quote rules read: English (their own lexicon) and those with a shipped grammar
LANGUAGES = ("en", *LEXICONS)


def _located(p: text.Paragraph, start: int, end: int, message: str, data: dict[str, object] | None = None) -> Problem:
    line, col, end_line, end_col = span(p, start, end)
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def multilingual_unattributed(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Q101's problems for a brief in another language."""
    for f in unattributed(doc, int(ctx.options.get("min-words", 3)), ctx):
        what = "block quote" if f.block else "quote"
        if f.verdict == VAGUE:
            why = "its only attribution is vague (unnamed sources, observers, reports…)"
        elif f.block:
            why = "it has no attribution line, citation or introducing speaker"
        else:
            why = "it has no speaker or source in this sentence or the one before"
        advice = "name who said it with an attribution cue, or cite it ([@id])"
        data = {"words": f.words, "language": language_of(doc)}
        yield _located(f.para, f.start, f.end, f"{what} of {f.words} words: {why}; {advice}", data)


def multilingual_vague(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Q102's problems for a brief in another language."""
    for p, start, end in vague(doc, ctx):
        phrase = " ".join(p.prose.value[start:end].split())
        advice = "say who (name them, or cite the source with [@id]) or state the point as your own"
        yield _located(p, start, end, f'vague attribution "{phrase}": {advice}')
