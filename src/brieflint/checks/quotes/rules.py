"""Quote, attribution and source rules (``Q``).

Quotes are found per paragraph of prose (:mod:`brieflint.document.prose`, so Markdown,
code spans, URLs and link targets are already gone): straight and curly double
quotes, single quotes used as quotation marks (told apart from apostrophes by
the characters on each side), and Markdown block quotes. A quote needs an
attribution in its own sentence (or sentences, when it spans several) or the
one before: a citation, or an attribution cue (said, told, according to, as …
put it) with a speaker, which is a name, a specific office or role, or a
pronoun whose antecedent is one of those. Text inside quotes never counts.
See ``docs/quotes.md`` for the details and the measurements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.lazyre import lazy
from brieflint.model import Context, Option, Problem, Rule, rule

# ----- lexicon ----------------------------------------------------------------

CUE_VERBS = (
    "say said says saying told tell tells telling wrote write writes writing warned warn warns warning "
    "argued argue argues arguing noted note notes noting added add adds adding insisted insist insists "
    "explained explain explains stated state states declared declare declares announced announce announces "
    "asked ask asks replied reply replies responded respond responds acknowledged acknowledges admitted "
    "admits conceded concedes claimed claims contended contends observed observes remarked remarks "
    "commented comments stressed stresses emphasized emphasised emphasizes emphasises urged urges "
    "called calls calling described describes describing tweeted tweets posted posts testified testifies "
    "recalled recalls cautioned cautions predicted predicts promised promises vowed vows pledged pledges "
    "concluded concludes continued continues complained complains lamented laments confirmed confirms "
    "denied denies suggested suggests maintained maintains asserted asserts affirmed affirms boasted "
    "quipped joked countered counters retorted objected proclaimed proclaims reported reports "
    "summarized summarised summed put puts quoted quotes cited cites read reads labeled labelled branded "
    "dubbed termed characterized characterised shouted chanted chant chants whispered pleaded "
    "demanded demands threatened threatens predicted reiterated reiterates recounted recounts "
    "acknowledging adding arguing explaining insisting noting warning stressing urging declaring "
    "described depicted portrayed hailed praised criticized criticised condemned welcomed "
    "muttered murmured mused sighed scoffed snapped grumbled complained conceded answered responded "
    "recalled repeated repeats wondered wonders joked quipped concluded concludes replied"
).split()
CUE_PHRASES = (
    "according to",
    "in the words of",
    "in a statement",
    "in an interview",
    "in a speech",
    "in remarks",
    "in a letter",
    "in testimony",
    "in an op-ed",
    "in a post",
    "in his words",
    "in her words",
    "in their words",
    "in his view",
    "in her view",
    "in their view",
    "in its view",
    "in the view of",
    "in his telling",
    "in her telling",
    "as quoted by",
    "quoted by",
)
# an agentless passive attribution in the quote's own sentence ("was described as")
PASSIVE = re.compile(
    r"\b(?:is|was|were|are|been|being|be|has\s+been|have\s+been|had\s+been|gets|got)\s+"
    r"(?:(?:\w+ly|later|then|once|also|often|even|since|first|still|now|long|again)\s+)?(?:described|called|quoted|dubbed|labell?ed|termed|branded|characteri[sz]ed|"
    r"hailed|derided|denounced|touted|billed|portrayed|depicted|praised|critici[sz]ed|condemned|"
    r"welcomed|greeted|heralded|presented|received|seen|viewed|regarded|"
    r"said|reported|cited|summed\s+up|referred\s+to)\b",
    re.I,
)
# "titled", "the so-called", "the phrase": the quote names a thing, it reports no speech
MENTION = re.compile(
    r"(?:\b(?:titled|entitled|headlined|headed|named|nicknamed|codenamed|code-named|so-called|"
    r"known\s+as|(?:the|a|its|their|his|her)\s+(?:\w+\s+)?(?:phrase|term|word|words|expression|slogan|"
    r"motto|label|title|banner|hashtag|headline|chant|catchphrase|mantra|refrain|rubric|heading|name|"
    r"nickname|byword|watchword|tagline)|(?:book|report|article|essay|paper|study|op-ed|column|"
    r"speech|film|song|poem|program|programme|plan|strategy|initiative|campaign|operation|doctrine|"
    r"law|bill|act)\s+(?:called|titled|entitled|named))|\bcalled\s+it\s+simply)[\s,:]*$",
    re.I,
)
ROLES = set(
    """
    minister ministers president presidents premier chancellor spokesman spokeswoman spokesperson
    spokespeople official officials ambassador ambassadors envoy envoys governor governors secretary
    general generals commander commanders chairman chairwoman chair chairperson director directors chief
    chiefs head leader leaders king queen prince princess emir sultan ayatollah cleric clerics imam
    senator senators representative congressman congresswoman lawmaker lawmakers legislator legislators
    deputy deputies mp mps parliamentarian diplomat diplomats negotiator negotiators adviser advisers
    advisor advisors economist economists analyst researcher scholar professor author authors
    report study survey statement communique communiqué memo memorandum document transcript filing
    cable readout letter editorial website newspaper paper broadcaster agency ministry government
    cabinet parliament court judge judges prosecutor prosecutors council committee bank fund office
    department administration embassy army military police party movement group militia coalition
    union company firm organization organisation institute commission regulator authority authorities
    elder elders spokesmen spokeswomen mayor mayors ceo founder cofounder co-founder executive executives candidate
    candidates activist activists protester protesters protestors demonstrators campaigners organizer
    organizers farmer farmers resident residents worker workers student students teacher doctor
    journalist journalists reporter correspondent editor lawyer lawyers attorney engineer fighter
    fighters soldier soldiers officer officers voter refugee refugees trader shopkeeper businessman
    businesswoman owner owners manager managers witness witnesses survivor survivors victim mother
    father villager villagers mufti rabbi patriarch pope bishop monarch crown vizier sheikh shaykh
    colonel major captain lieutenant admiral marshal brigadier sergeant inspector auditor ombudsman
    comptroller treasurer registrar clerk speaker whip premier counselor counsellor attaché attache
    consul delegate delegates delegation side sides envoys mediator mediators coordinator rapporteur
    investigator investigators inspectors monitors monitor observer-mission press-office
    resolution decree constitution treaty agreement charter manifesto platform communiqué
    petition complaint indictment ruling verdict judgment judgement order testimony speech
    interview post tweet blog column op-ed article book memoir biography
    """.split()
)
DOC_ROLES = set(
    """
    report study survey statement communique communiqué memo memorandum document transcript filing
    cable readout letter editorial website newspaper paper resolution decree constitution treaty
    agreement charter manifesto platform petition complaint indictment ruling verdict judgment
    judgement order testimony speech interview post tweet blog column op-ed article book memoir
    biography banner placard poster graffiti leaflet audit review assessment analysis
    """.split()
)
# deliberative bodies debate; their members speak: not the subject that attributes a bare quote
BODIES = {"parliament", "congress", "senate", "assembly", "chamber", "house", "legislature", "knesset", "majlis"}
VAGUE_NOUNS = set(
    """
    observers critics analysts experts commentators pundits skeptics sceptics insiders watchers
    detractors supporters opponents people sources some many others scholars researchers
    proponents advocates everyone somebody someone
    """.split()
)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its"}
CAP_STOP = set(
    """
    The A An This That These Those It Its In On At For But And Or If When While As After Before Since
    Yet So Still Such Some Many Most Several Other Others Both Each Every All No Not Despite Although
    Though Because Even There Here What Why How Who Whom Whose Which Where Instead However Meanwhile
    Moreover Indeed Thus Then Now One Two Three Four Five Last Next Over Under With Without By From To
    Of Their His Her Our We They He She I You My Your Only Also Few More Less Much Any Neither Either
    Nor Once Until Unless Whether Given Like Unlike Amid Among Through During Against Toward Towards
    Beyond Within Across Along Around Behind Upon Perhaps Already Again First Second Third Finally
    Today Yesterday Tomorrow Earlier Later Nevertheless Nonetheless Similarly Likewise Furthermore
    Otherwise Rather Whatever Whoever Whenever Wherever Ultimately Overall Still Hence Therefore
    Accordingly Notably Importantly Clearly Obviously Of Mr Mrs Ms Dr Sen Rep Gen Gov Prof
    January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Is Are Was Were Do Does Did Has Have Had Will Would Can Could Should Must Might Let Yes
    Observers Critics Analysts Experts Commentators Pundits Skeptics Sceptics Insiders Watchers
    Detractors Supporters Opponents People Sources Scholars Researchers Proponents Advocates Everyone
    Somebody Someone According Asked Speaking Writing Describing Calling
    """.split()
)
TITLE_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "by", "with", "from", "vs", "as"}

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.,]*")


CUE_LEMMAS = (
    "say tell write warn argue note add insist explain state declare announce ask reply respond acknowledge "
    "admit concede claim contend observe remark comment stress emphasize emphasise urge call describe tweet "
    "post testify recall caution predict promise vow pledge conclude continue complain lament confirm deny "
    "suggest maintain assert affirm boast quip joke counter retort object proclaim report summarize summarise "
    "quote cite read label brand dub term characterize characterise shout chant whisper plead demand "
    "threaten reiterate recount depict portray hail praise criticize criticise condemn welcome mutter "
    "murmur muse sigh scoff snap grumble answer repeat wonder put"
).split()
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",), "put": ("put",)}


def _inflect(lemma: str) -> set[str]:
    out = {lemma, *(_IRREGULAR.get(lemma, ()))}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("sh", "ch", "s", "x")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if lemma in ("snap", "quip", "admit", "regret"):
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma in _IRREGULAR:
        out.discard(lemma + "ed")
        out.discard(lemma + "d")
    return out


CUE_VERBS = sorted({*CUE_VERBS, *(w for lemma in CUE_LEMMAS for w in _inflect(lemma))})
_CUE_WORDS = set(CUE_VERBS)


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression for many literal words, factored as a trie ("add(?:ed|s)?"), which
    Python's engine matches far faster than a flat alternation of hundreds of words."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(root)


_CUE_WORD = re.compile(r"(?<![\w'’-])\w[\w'’-]*")
_AS_PUT_IT = lazy(r"as\s+(?:[\w'’.\-]+\s+){1,6}?(?:put|puts|phrased|phrases)\s+it(?![\w'’-])")


class Cues(NamedTuple):
    """Attribution cues, looked up word by word (one regular expression of 400 cues took 13 ms to compile).

    A cue starts a word: a phrase is tried first (its first word routes it), then
    "as … put it", then a single word. ``regex`` is the whole list as one
    expression, built only for configured cues whose first word is not a plain word.
    """

    words: frozenset[str]
    phrases: dict[str, str]  # first word -> pattern of the phrases that start with it
    regex: re.Pattern[str] | None


def _cues(extra: Sequence[str]) -> Cues:
    words = {*CUE_VERBS, *(w.strip().lower() for w in extra if w.strip() and " " not in w.strip())}
    phrases = {*CUE_PHRASES, *(" ".join(w.strip().lower().split()) for w in extra if " " in w.strip())}
    if not all(_CUE_WORD.fullmatch(w) for w in words) or not all(_CUE_WORD.fullmatch(p.split()[0]) for p in phrases):
        return Cues(frozenset(), {}, _cue_regex(sorted(words, key=len, reverse=True), phrases))
    by_first: dict[str, list[str]] = {}
    for p in phrases:
        by_first.setdefault(p.split()[0], []).append(p)
    return Cues(
        frozenset(words),
        {w: trie_regex(ps).replace("\\ ", r"\s+") + r"(?![\w'’-])" for w, ps in by_first.items()},
        None,
    )


def _cue_regex(words: Sequence[str], phrases: Iterable[str]) -> re.Pattern[str]:
    alts = [trie_regex(sorted(phrases, key=len, reverse=True)).replace("\\ ", r"\s+")]
    alts.append(r"as\s+(?:[\w'’.\-]+\s+){1,6}?(?:put|puts|phrased|phrases)\s+it")
    alts.append(trie_regex(words))
    # matched against lower-cased text: re.IGNORECASE makes a big alternation ten times slower
    return re.compile(r"\b(?<!['’-])(?:" + "|".join(alts) + r")(?![\w'’-])")


def cue_spans(low: str, cues: Cues) -> Iterator[tuple[int, int]]:
    """Spans of the attribution cues in ``low`` (lower-cased), left to right, not overlapping."""
    if cues.regex is not None:
        for m in cues.regex.finditer(low):
            yield m.start(), m.end()
        return
    last = 0
    for t in _CUE_WORD.finditer(low):
        start = t.start()
        if start < last:
            continue
        word = t.group()
        pattern = cues.phrases.get(word)
        m = _phrase_regex(pattern).match(low, start) if pattern is not None else None
        if m is None and word == "as":
            m = _AS_PUT_IT.match(low, start)
        if m is not None:
            last = m.end()
        elif word in cues.words:
            last = t.end()
        else:
            continue
        yield start, last


@cache
def _phrase_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def lower_same_length(s: str) -> str:
    """``s.lower()``, keeping offsets: the few characters whose lower case is longer stay as they are."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


_NOUNS = (
    r"observers|critics|analysts|experts|commentators|pundits|skeptics|sceptics|insiders|watchers|"
    r"detractors|opponents|supporters|proponents|scholars|researchers|sources|many|some|others|"
    r"many\s+people|some\s+people|most\s+people|people"
)
_VERBS = (
    r"say|said|says|speculate|speculated|speculates|argue|argued|argues|believe|believed|believes|view|"
    r"viewed|views|think|thought|thinks|suggest|suggested|suggests|claim|claimed|claims|contend|"
    r"contended|contends|agree|agreed|agrees|fear|feared|fears|worry|worried|worries|predict|predicted|"
    r"predicts|maintain|maintained|maintains|point\s+out|pointed\s+out|points\s+out|insist|insisted|"
    r"insists|feel|felt|feels|caution|cautioned|cautions|charge|charged|charges|allege|alleged|"
    r"alleges|assert|asserted|asserts|see|saw|sees|consider|considered|considers|wonder|wondered|"
    r"wonders|doubt|doubted|doubts|hold|held|holds|expect|expected|expects|note|noted|notes|warn|"
    r"warned|warns|estimate|estimated|estimates|question|questioned|questions|describe|described|"
    r"describes|have\s+long\s+(?:said|argued|believed|claimed|warned)"
)
_AUX = (
    r"(?:(?:have|has|had|will|would|may|might|could|do|did|does|continue\s+to|tend\s+to|also|often|"
    r"widely|generally|increasingly|privately|openly|long|now|still|already|rightly|wrongly)\s+){0,3}"
)
_SCOPE = (
    r"(?:\s*,?\s+(?:of|in|at|from|within|on|across|inside|outside|close\s+to|familiar\s+with|around)\s+"
    r"(?:[\w'’\-]+\s+){1,4}?,?)?"
)
# The built-in vague attributions, tried in this order, each with the words it can start with.
# A pattern is compiled the first time a brief has one of its words (all of them at once took
# 19 ms to compile). ``(?P<who>…)`` is a word that must not be a role ("some ministers said").
VAGUE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
        "opponents supporters proponents scholars researchers sources many some others most people",
        rf"\b(?:{_NOUNS}){_SCOPE}\s*{_AUX}(?:{_VERBS})\b",
    ),
    (
        "some many most several a",
        r"\b(?:some|many|most|several|a\s+few)\s+(?P<who>[\w'’\-]+)\s+"
        r"(?:say|said|believe|believed|argue|argued|think|fear|feared|worry|speculate|claim|view|suggest)\b",
    ),
    (
        "it this",
        r"\b(?:it|this)\s+(?:is|was|has\s+been|had\s+been|is\s+being|could\s+be|can\s+be|might\s+be|may\s+be|would\s+be)\s+"
        r"(?:widely\s+|often\s+|generally\s+|commonly\s+|sometimes\s+|frequently\s+|increasingly\s+|now\s+)?"
        r"(?:said|believed|thought|argued|claimed|suggested|rumou?red|alleged|speculated|whispered|"
        r"(?:reported|expected|understood|known|feared|assumed|accepted|acknowledged|held|felt)(?=\s+that))\b(?!\s+by\b)",
    ),
    (
        "there",
        r"\bthere\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?"
        r"(?:suggestions|claims|reports|rumou?rs|allegations|speculation|whispers|talk|those\s+who|many\s+who|some\s+who|indications)\b",
    ),
    (
        "according",
        r"\baccording\s+to\s+(?:some|many|several|various|unnamed|anonymous|local|media|press|unconfirmed|unverified|"
        r"observers|critics|analysts|experts|sources|reports|insiders|commentators|people\s+familiar|those\s+familiar)\b",
    ),
    (
        "some many others several",
        r"\b(?:some|many|others|several)\s+(?:have|had)\s+(?:\w+\s+)?(?:argued|said|suggested|claimed|speculated|noted|warned|contended)\b",
    ),
    (
        "widely",
        r"\bwidely\s+(?:seen|regarded|viewed|considered|believed|thought|perceived|understood|expected|described)\b",
    ),
    (
        "people those sources officials",
        r"\b(?:people|those|sources|officials)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\b",
    ),
    (
        "conventional received prevailing common",
        r"\b(?:conventional|received|prevailing|common)\s+wisdom\s+(?:holds|has\s+it|says|is)\b",
    ),
    ("rumor rumour word legend", r"\b(?:rumou?r|word|legend)\s+has\s+it\b"),
    ("it", r"\bit\s+(?:has\s+been|is)\s+(?:suggested|argued|claimed|said|noted|speculated)\s+that\b"),
)


def _by_trigger() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, (words, _) in enumerate(VAGUE_PATTERNS):
        for w in words.split():
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


_VAGUE_BY_TRIGGER = _by_trigger()  # trigger word -> the patterns that start with it, in order
# every built-in vague pattern starts with one of these words: find them first (str.find is
# much faster than a regular expression tried at every position), then match there
VAGUE_TRIGGERS = sorted(_VAGUE_BY_TRIGGER)
_ALPHA_ROLES = frozenset(r for r in ROLES if r.isalpha())
_WORD_HEAD = lazy(r"[^'’\-]*")  # a role followed by an apostrophe or a hyphen is still that role


@cache
def _vague_pattern(i: int) -> re.Pattern[str]:
    return re.compile(VAGUE_PATTERNS[i][1], re.I)


def _vague_at(s: str, start: int, word: str) -> re.Match[str] | None:
    """The first built-in vague pattern that matches ``s`` at ``start``, where ``word`` starts."""
    for i in _VAGUE_BY_TRIGGER[word]:
        hit = _vague_pattern(i).match(s, start)
        if hit is None:
            continue
        who = hit.groupdict().get("who")
        if who is not None and _WORD_HEAD.match(who).group().lower() in _ALPHA_ROLES:  # type: ignore[union-attr]
            continue
        return hit
    return None


# read as spaces around words (one by one with str.replace: str.translate takes 0.8 ms on a brief
# with one curly quote, as it looks every character up in a dict outside ASCII; this, 0.06 ms)
_TO_SPACE = tuple("\x00\n\t\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»—–…")


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    """A space followed by a trigger word and a space (the word matched ahead, so neighbours overlap)."""
    return re.compile(" (?=(" + trie_regex(VAGUE_TRIGGERS) + ") )")


def _trigger_positions(low: str) -> list[tuple[int, str]]:
    """Offsets and words of the trigger words in ``low`` (lower-cased), whole words only.

    A word is a run between spaces once punctuation is read as a space. One
    regular-expression pass that stops only at spaces (45 ``str.find`` scans of
    the whole brief took 0.50 ms a brief, this 0.14 ms).
    """
    for mark in _TO_SPACE:
        if mark in low:
            low = low.replace(mark, " ")
    padded = " " + low + " "
    # the match is the space before the word: its offset in padded is the word's in ``low``
    return [(m.start(), m.group(1)) for m in _trigger_regex().finditer(padded)]


def _extra_regex(extra: Sequence[str]) -> re.Pattern[str] | None:
    pats = []
    for e in extra:
        e = e.strip()
        if not e:
            continue
        try:
            re.compile(e)
            pats.append(rf"\b(?:{e})\b")
        except re.error:
            pats.append(rf"\b{re.escape(e)}\b")
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def vague_spans(s: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of vague attributions in ``s`` (built-in patterns, then the configured ones)."""
    out: list[tuple[int, int]] = []
    last = -1
    for start, word in _trigger_positions(s.lower()):
        if start < last:
            continue
        hit = _vague_at(s, start, word)
        if hit:
            out.append((hit.start(), hit.end()))
            last = hit.end()
    if lex.vague_extra is not None:
        for hit in lex.vague_extra.finditer(s):
            if not any(a < hit.end() and hit.start() < b for a, b in out):
                out.append((hit.start(), hit.end()))
        out.sort()
    return out


class Lexicon(NamedTuple):
    cues: Cues
    vague_extra: re.Pattern[str] | None


def lexicon(ctx: Context, cues: Sequence[str] = (), vague: Sequence[str] = ()) -> Lexicon:
    cues_t = tuple(str(c) for c in cues if isinstance(c, str))
    vague_t = tuple(str(v) for v in vague if isinstance(v, str))
    return ctx.shared_value(  # type: ignore[no-any-return]
        f"quotes.lexicon:{cues_t!r}:{vague_t!r}",
        lambda: Lexicon(_cues(cues_t), _extra_regex(vague_t)),
    )


# ----- finding quotes -----------------------------------------------------------

OPEN_BOUNDARY = set(" \t\n([{—–-/\"“'‘«:;")
CLOSE_BOUNDARY = set(" \t\n)]}—–-/.,;:!?\"”'’»…")


class Quote(NamedTuple):
    """A quotation in a paragraph's prose: ``start``/``end`` include the marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    closed: bool

    def inner(self, prose: str) -> str:
        return prose[self.inner_start : self.inner_end]


class Marks(NamedTuple):
    """The quotes of a paragraph, and the stray closing marks (for the balance rule)."""

    quotes: tuple[Quote, ...]
    stray: tuple[int, ...]


_ANY_QUOTE = re.compile("[\"“”'‘«»]")
_DOUBLE = re.compile('["“”«»]')
_SINGLE = re.compile("['‘]")
# a closing single quote: after a non-space, before a space, punctuation or the end
_SINGLE_CLOSE = lazy(r"(?<=\S)['’](?=[\s)\]}—–\-/.,;:!?\"”'’»…]|$)")


def find_quotes(s: str) -> Marks:
    """Double quotes (straight and curly, «guillemets»), then single quotes outside them."""
    quotes: list[Quote] = []
    stray: list[int] = []
    open_at = -1
    open_mark = ""
    n = len(s)
    for dm in _DOUBLE.finditer(s):
        i = dm.start()
        ch = s[i]
        if ch in "“«":
            if open_at != -1:
                quotes.append(Quote(open_at, i, open_at + 1, i, open_mark, False))
            open_at, open_mark = i, ch
        elif ch in "”»":
            if open_at != -1:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, open_mark, True))
                open_at = -1
            else:
                stray.append(i)
        else:  # straight: opens when not open, closes when open
            if open_at == -1:
                open_at, open_mark = i, ch
            else:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, open_mark, True))
                open_at = -1
    if open_at != -1:
        quotes.append(Quote(open_at, n, open_at + 1, n, open_mark, False))
    # single quotes as quotation marks, outside double quotes
    covered = [(q.start, q.end) for q in quotes]
    singles: list[Quote] = []
    i = 0
    while i < n:
        sm = _SINGLE.search(s, i)
        if sm is None:
            break
        i = sm.start()
        ch = s[i]
        if ch in "'‘" and (i == 0 or s[i - 1] in OPEN_BOUNDARY) and i + 1 < n and s[i + 1].isalpha():
            if any(a <= i < b for a, b in covered):
                i += 1
                continue
            close = -1
            stop = _DOUBLE.search(s, i + 2)
            limit = stop.start() if stop else n
            for cm in _SINGLE_CLOSE.finditer(s, i + 2, limit):
                j = cm.start()
                # a plural possessive ("the ministers' plan") is followed by a word, not punctuation;
                # accept it as a close only when another candidate does not follow shortly
                if s[j - 1] == "s" and j + 2 < n and s[j + 1] == " " and s[j + 2].isalpha() and _later_close(s, j + 1):
                    continue
                close = j
                break
            if close == -1 and stop is None:
                break  # no closing mark anywhere after this one: none after later ones either
            if close != -1:
                singles.append(Quote(i, close + 1, i + 1, close, ch, True))
                i = close + 1
                continue
        i += 1
    if singles:
        quotes = sorted([*quotes, *singles], key=lambda q: q.start)
    return tuple.__new__(Marks, (tuple(quotes), tuple(stray)))


def _later_close(s: str, start: int) -> bool:
    end = min(len(s), start + 200)
    stop = _DOUBLE.search(s, start, end)
    return _SINGLE_CLOSE.search(s, start, stop.start() if stop else end) is not None


def masked(s: str, quotes: Iterable[Quote]) -> str:
    """``s`` with the inside of every quote blanked (same length): quoted words never attribute."""
    parts = []
    last = 0
    for q in quotes:
        if q.inner_start < last:
            continue
        parts.append(s[last : q.inner_start])
        parts.append(" " * (q.inner_end - q.inner_start))
        last = q.inner_end
    parts.append(s[last:])
    return "".join(parts)


def is_title(inner: str) -> bool:
    """Title Case ("Water Security in the Maghreb") names a work; it is not reported speech."""
    ws = text.words(inner)
    content = [w for w in ws if w.lower() not in TITLE_SMALL]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content) and ws[0].lower() not in ("i", "we")


# ----- attribution ----------------------------------------------------------------

YES, VAGUE, PASSIVE_ONLY, NONE, NOCUE = "yes", "vague", "passive", "none", "nocue"
WINDOW = 400  # characters of context either side of a quote that attribution is looked for in
SPEAKER = ("name", "role", "doc")
INDEFINITE = {"another", "second", "third", "fourth", "fifth"}
QUANTIFIERS = {"few", "many", "some", "most", "no", "nobody", "none", "everyone", "all", "several", "fewer", "neither"}
_ABBREV_END = lazy(
    r"^(?:[A-Z]\.|(?:[A-Z]\.){2,}|Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Prof|Lt|Col|Capt|Maj|Adm|Sgt|St|Jr|Sr|No|Apr|Jan|Feb|Mar|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$"
)


def _tokens(s: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _TOKEN.finditer(s)]


def _bare(tok: str) -> str:
    low = tok.lower().rstrip(".'’")
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    return low


def _classify(
    toks: Sequence[tuple[str, int]], s: str, k: int, start_initial: bool, cue_next: bool = False
) -> str | None:
    """What token ``k`` is as a potential speaker: name, role, doc, pronoun, vague or None."""
    tok = toks[k][0]
    low = _bare(tok)
    if tok[0].isupper():
        bare = tok.rstrip(".'’")
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if bare in CAP_STOP or low in PRONOUNS or low in VAGUE_NOUNS or low in QUANTIFIERS:
            pass
        else:
            if k == 0:
                initial = start_initial and not s[: toks[0][1]].strip()
            else:
                prev = toks[k - 1][0]
                gap = s[toks[k - 1][1] + len(prev) : toks[k][1]]
                initial = any(c in gap for c in "!?:") or (
                    prev.endswith(".") and not _ABBREV_END.match(prev) and "," not in gap
                )
            if not initial or bare.isupper() and len(bare) > 1:
                return "name"
            # a capitalised first word is a name only when it looks like one:
            # "Omar Haddad", "Hamdan, a veteran …", "Haddad said", "Iraq's"
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            after = s[toks[k][1] + len(tok) : toks[k][1] + len(tok) + 2]
            if (
                (nxt[:1].isupper() and _bare(nxt) not in PRONOUNS)
                or after.startswith(",")
                or tok.endswith(("'s", "’s"))
            ):
                return "name"
            if _bare(nxt) in _CUE_WORDS or (cue_next and k == len(toks) - 1):
                return "name"
    if low in DOC_ROLES:
        return "doc"
    if low in ROLES:
        return "role"
    if low in PRONOUNS or low in INDEFINITE:
        return "pronoun"
    if low in VAGUE_NOUNS:
        return "vague"
    return None


def _speaker_in(s: str, start_initial: bool = True, cue_next: bool = False) -> str | None:
    """The speaker nearest the end of ``s``: name, role, doc, pronoun, vague or None.

    ``cue_next``: an attribution cue follows ``s`` directly ("Haddad | said").
    """
    toks = _tokens(s)
    found: str | None = None
    for k in range(len(toks)):
        kind = _classify(toks, s, k, start_initial, cue_next)
        if kind is not None:
            found = kind
    return found


def _has_antecedent(s: str) -> bool:
    toks = _tokens(s)
    return any(_classify(toks, s, k, True) in SPEAKER for k in range(len(toks)))


def _subject(s: str, before: str = "") -> str | None:
    """The speaker a sentence opens with ("The finance minister was blunt."), if any."""
    toks = _tokens(s)
    if not toks or _bare(toks[0][0]) in QUANTIFIERS or _bare(toks[0][0]) in VAGUE_NOUNS:
        return None
    start = 0
    comma = s.find(",")
    if 0 < comma < 40:
        lead = [k for k, (_, at) in enumerate(toks) if at < comma]
        if lead and not any(_classify(toks, s, k, True) in SPEAKER for k in lead):
            start = len(lead)  # skip an opening adverbial ("Last week," "In Baghdad,")
    for k in range(start, min(start + 8, len(toks))):
        kind = _classify(toks, s, k, True)
        if kind in ("name", "role"):
            return None if _bare(toks[k][0]) in BODIES else kind
        if kind == "pronoun" and _bare(toks[k][0]) in ("he", "she", "they", "it"):
            return "pronoun" if not before or _has_antecedent(before) else None
        if kind == "vague":
            return None
    return None


def _verdict_for(who: str | None, antecedent: str) -> str:
    if who in SPEAKER:
        return YES
    if who == "pronoun":
        return YES if _has_antecedent(antecedent) else NONE
    if who == "vague":
        return VAGUE
    return NONE


def _passive_at(s: str, start: int, end: int) -> bool:
    """The cue at ``start:end`` is the participle of a passive ("has been called")."""
    lo = max(0, start - 40)
    return any(p.end() == end for p in PASSIVE.finditer(s, lo, end))


def speaker_cue(s: str, before: str, lex: Lexicon) -> str:
    """How ``s`` (quotes blanked) attributes: YES, VAGUE, PASSIVE_ONLY, NONE or NOCUE.

    ``before`` is the previous sentence (quotes blanked), where a pronoun's antecedent may be.
    """
    best = NOCUE
    rank = {NOCUE: 0, NONE: 1, PASSIVE_ONLY: 2, VAGUE: 3, YES: 4}
    low = lower_same_length(s)
    for start, end in cue_spans(low, lex.cues):
        cue = " ".join(low[start:end].lower().split())
        head = s[max(0, start - 120) : start]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        if cut != -1 and not _ABBREV_END.match(head[: cut + 1].split()[-1] if head[: cut + 1].split() else ""):
            head = head[cut + 2 :]
        tail = s[end : end + 80]
        antecedent = before + " " + s[:start]
        if cue.startswith(("according", "in the words", "as quoted", "quoted by", "in the view")):
            verdict = _verdict_for(_speaker_in(" ".join(tail.split()[:6]), start_initial=False), antecedent)
        elif re.match(r"in (?:his|her|their|its) ", cue):
            verdict = YES if _has_antecedent(antecedent) else NONE
        elif cue.startswith("in "):  # in a statement, in an interview: the speaker is around it
            who = _speaker_in(" ".join(head.split()[-8:]) + " " + " ".join(tail.split()[:8]), start_initial=False)
            verdict = _verdict_for(who, antecedent)
        elif cue.startswith("as ") and cue.endswith(" it"):
            inner = re.sub(r"\s+(?:put|puts|phrased|phrases)\s+it$", "", cue[3:])
            verdict = _verdict_for(_speaker_in(inner, start_initial=False), antecedent)
        elif _passive_at(s, start, end):
            by = re.match(r"[^.;:!?]*?\bby\s+([^.;:!?]{1,80})", tail)
            if by:
                verdict = _verdict_for(_speaker_in(" ".join(by.group(1).split()[:6]), start_initial=False), antecedent)
                if verdict == NONE:
                    verdict = PASSIVE_ONLY
            else:
                verdict = PASSIVE_ONLY
        else:
            words_before = head.split()[-12:]
            prefix = " ".join(words_before)
            who = _speaker_in(prefix, start_initial=len(words_before) == len(head.split()), cue_next=True)
            if (who is None or who == "vague") and head.rstrip()[-1:] in ('"', "”", "’", "'", ",", "»"):
                # inverted: "…," said the minister / says Haddad
                after = _speaker_in(" ".join(tail.split()[:5]), start_initial=False)
                if after in SPEAKER or (after == "pronoun" and who is None):
                    who = after
                elif who is None and after == "vague":
                    who = "vague"
            verdict = _verdict_for(who, before + " " + prefix)
        if rank[verdict] > rank[best]:
            best = verdict
        if best == YES:
            break
    return best


DASH_LINE = lazy(r"^\s*(?:—|–|--|―|-|~)\s*(\S.*)$")
SPEECH_NOUN = lazy(
    r"(?:'s|’s)\s+(?:\w+\s+)?(?:words|remarks|comments|statement|message|warning|answer|reply|response|message|verdict|assessment|view|account)\b",
    re.I,
)


def _dash_attribution(sentence: str) -> bool:
    m = DASH_LINE.match(sentence)
    if not m:
        return False
    return _speaker_in(" ".join(m.group(1).split()[:8]), start_initial=True) in SPEAKER


class QuoteFinding(NamedTuple):
    """One quote that needs attribution and lacks it."""

    para: text.Paragraph
    start: int  # prose offsets
    end: int
    words: int
    verdict: str  # NONE, VAGUE, PASSIVE_ONLY
    block: bool


def _citation_sentence(p: text.Paragraph, sents: Sequence[text.Sentence]) -> list[int]:
    """For each citation of ``p``, the index of the sentence it belongs to (the one it follows)."""
    out = []
    for c in p.citations:
        pos = p.prose_offset(c.start)
        k = 0
        for j, s in enumerate(sents):
            if s.start <= pos:
                k = j
            else:
                break
        out.append(k)
    return out


def _sentence_of(sents: Sequence[text.Sentence], pos: int) -> int:
    """Index of the sentence ``pos`` is in (or follows)."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


_NO_MARKS = Marks((), ())


class ParaInfo(NamedTuple):
    para: text.Paragraph
    marks: Marks
    masked: str
    sents: tuple[text.Sentence, ...]
    cite_sents: tuple[int, ...]


def _info(doc: Document, scopes: tuple[str, ...]) -> tuple[ParaInfo, ...]:
    def build() -> tuple[ParaInfo, ...]:
        # one ParaInfo per paragraph, shared by every scope set; kept on the document, not on the
        # paragraph (an info names its paragraph: a cycle would leave each brief to the garbage collector)
        shared: dict[int, ParaInfo] = doc.memo("quotes.info", dict)
        return tuple(_para_info(p, shared) for p in text.paragraphs(doc, scopes))

    return doc.memo(f"quotes.info:{','.join(scopes)}", build)  # type: ignore[no-any-return]


def _para_info(p: text.Paragraph, shared: dict[int, ParaInfo]) -> ParaInfo:
    """The quotes, masked prose, sentences and citation sentences of one paragraph (once per paragraph)."""
    got = shared.get(id(p))
    if got is None:
        prose = p.prose.value
        marks = find_quotes(prose) if _ANY_QUOTE.search(prose) else _NO_MARKS
        sents = text.sentences(p)
        got = tuple.__new__(  # not ParaInfo(…): its __new__ is a Python function, and this runs per paragraph
            ParaInfo,
            (
                p,
                marks,
                masked(prose, marks.quotes) if marks.quotes else prose,
                sents,
                tuple(_citation_sentence(p, sents)) if p.citations else (),
            ),
        )
        shared[id(p)] = got
    return got  # type: ignore[no-any-return]


def unattributed(doc: Document, lex: Lexicon, min_words: int) -> list[QuoteFinding]:
    """Every quote of more than ``min_words`` words in the body without attribution."""
    infos = _info(doc, ("body",))
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
    a = _sentence_of(sents, q.start)
    b = _sentence_of(sents, max(q.end - 1, q.start))
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
    verdict = speaker_cue(own, before, lex)
    if verdict == YES:
        return YES
    if verdict in (PASSIVE_ONLY, VAGUE):
        return verdict  # the sentence names its own (missing) source: no carry-over
    if before_cited:
        return YES
    if before and speaker_cue(before, before2, lex) == YES:
        return YES
    if verdict == NOCUE:
        rest = len(text.words(own[: q.start - own_start] + " " + own[q.end - own_start :]))
        if rest <= 3 and before and _subject(before, before2) in ("name", "role", "pronoun"):
            return YES  # "The finance minister was blunt. "We cannot pay …""
        if rest <= 3 and before.rstrip().endswith(":") and _speaker_in(before) in SPEAKER:
            return YES
        if b + 1 < len(sents):
            after = m[sents[b + 1].start : sents[b + 1].end]
            sp = SPEECH_NOUN.search(after)
            if sp and _speaker_in(after[: sp.start() + 2]) in SPEAKER:
                return YES  # ""We will not retreat." The prime minister's words were …"
    return verdict


def _block_attributed(group: Sequence[ParaInfo], prev: ParaInfo | None, nxt: ParaInfo | None, lex: Lexicon) -> bool:
    for g in group:
        if g.para.citations:
            return True
        for s in g.sents:
            if _dash_attribution(g.masked[s.start : s.end]):
                return True
        for line in g.para.prose.value.split("\n"):
            if _dash_attribution(line):
                return True
    if nxt is not None and nxt.para.kind != "blockquote":
        first = nxt.para.prose.value.split("\n")[0]
        if _dash_attribution(first) or (nxt.para.citations and len(text.words(first)) <= 12 and DASH_LINE.match(first)):
            return True
    if prev is not None and prev.sents:
        last = prev.sents[-1]
        s = prev.masked[max(last.start, last.end - WINDOW) : last.end]
        before = prev.masked[prev.sents[-2].start : prev.sents[-2].end] if len(prev.sents) > 1 else ""
        if (len(prev.sents) - 1) in prev.cite_sents:
            return True
        if speaker_cue(s, before, lex) == YES:
            return True
        if s.rstrip().endswith(":") and _speaker_in(s) in SPEAKER:
            return True
    return False


# ----- options shared by the rules --------------------------------------------------

OPT_MIN_WORDS = Option(
    "min-words", int, 3, "quotes of this many words or fewer (scare quotes, terms, names) are not checked"
)
OPT_CUES = Option(
    "cues",
    list,
    [],
    "more attribution cues (verbs or phrases), added to the built-in list (said, told, according to, …)",
)
OPT_VAGUE = Option(
    "vague",
    list,
    [],
    "more vague-attribution patterns (phrases or regular expressions), added to the built-in list",
)


def _lex(ctx: Context) -> Lexicon:
    return lexicon(ctx, ctx.options.get("cues") or (), ctx.options.get("vague") or ())


def _span(p: text.Paragraph, start: int, end: int) -> tuple[int, int, int, int]:
    line, col = p.prose.locate(start)
    end_line, end_col = p.prose.locate_end(end)
    return line, col, end_line, end_col


# ----- the rules ----------------------------------------------------------------------

FRONT = """---
title: "Pricing Scarcity: Morocco's Water Tariffs"
type: brief-analysis
date: 2026-03-12
authors:
  - name: Leila Benkirane
    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.
summary: >-
  Rabat's plan to hand water and electricity distribution to regional companies
  could fund investment, but only if tariffs protect poor households.
topics: [Energy & Economics]
regions: [Morocco]
sources:
  - id: minister-speech
    title: Address to the House of Representatives on water security
---
"""


@rule(
    "Q101",
    "unattributed-quote",
    "error",
    options=[OPT_MIN_WORDS, OPT_CUES],
    bad=FRONT
    + """
The reform moves distribution to twelve regional companies [@minister-speech].
The plan was described as "a turning point for the whole region and its people."
""",
    good=FRONT
    + """
The reform moves distribution to twelve regional companies. The minister told
deputies that "the old model cannot finance the pipes" [@minister-speech].
"Every delay makes the reform more painful," he added.
""",
)
def unattributed_quote(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A direct quote has no speaker or source.

    What it does
    Finds direct quotes in the body (double quotes, straight or curly; single
    quotes used as quotation marks; Markdown block quotes) of more than
    `min-words` words, and checks that the quote's sentence, or the one
    before, names who said it: a speaker (a name, a specific office or role
    such as "the foreign minister", or a pronoun whose antecedent is one of
    those) with an attribution cue (said, told, wrote, warned, according to,
    as … put it), or a citation (`[@id]` or a link). A block quote may be
    attributed by a `— Name` line, a citation, or the sentence introducing
    it. Words inside quotes never count as attribution. Title Case quotes and
    quotes after "titled", "so-called", "the phrase" name things and are skipped.

    Why is this bad?
    A quote without a speaker cannot be checked, weighed or answered; an
    editor's first question about any quote is who said it.

    Example
    The plan was described as "a turning point for the whole region."

    Use instead: The foreign minister described the plan as "a turning point
    for the whole region" [@speech].
    """
    lex = _lex(ctx)
    for f in unattributed(doc, lex, int(ctx.options.get("min-words", 3))):
        line, col, end_line, end_col = _span(f.para, f.start, f.end)
        what = "block quote" if f.block else "quote"
        if f.verdict == VAGUE:
            why = "its only attribution is vague (critics, analysts, observers…)"
        elif f.verdict == PASSIVE_ONLY:
            why = 'it is attributed in the passive with no speaker ("was described as")'
        else:
            why = "it has no speaker or source in this sentence or the one before"
        if f.block:
            where = "add an attribution line (— Name, role) or a citation [@id]"
            why = "it has no attribution line, citation or introducing speaker"
            if f.para.markup.value:
                # point at the '>' marker when the line has one
                ln, c0 = f.para.prose.locate(0)
                raw = doc.line_text(ln)
                gt = raw.rfind(">", 0, c0 - 1)
                if gt != -1:
                    col = gt + 1
        else:
            where = 'name who said it with a cue ("…," the minister said) or cite it ([@id])'
        yield Problem(
            line,
            col,
            f"{what} of {f.words} words: {why}; {where}",
            end_line=end_line,
            end_column=end_col,
            data={"words": f.words},
        )


@rule(
    "Q102",
    "vague-attribution",
    "warning",
    options=[OPT_VAGUE],
    bad=FRONT + "\nObservers say the government has little room left to maneuver.\n",
    good=FRONT + "\nThe finance minister said the government has little room left to maneuver [@minister-speech].\n",
)
def vague_attribution(doc: Document, ctx: Context) -> Iterator[Problem]:
    """An attribution to unnamed people: "observers say", "critics argue", "it is said".

    What it does
    Flags weasel attributions in the body, the summary and the headings:
    "observers say/speculate", "critics argue", "analysts believe/view",
    "some say", "many believe", "experts agree", "it is said", "there are
    suggestions that", "according to some", "people familiar with" and
    similar. Words inside quotes are not checked; a sentence that carries a
    citation, or that names its people ("critics, including Senator X,"),
    is not flagged. The `vague` option adds phrases or regular expressions.

    Why is this bad?
    An unnamed crowd lends an opinion weight it has not earned and cannot be
    checked; name the people, cite them, or state the view as the author's.

    Example
    Observers say the government has little room left to maneuver.

    Use instead: The IMF's 2025 review [@imf-2025] found the government has
    little fiscal room left.
    """
    lex = _lex(ctx)
    infos = _info(doc, ("summary", "heading", "body"))
    # one pass over the whole document (NUL between paragraphs: no pattern crosses it)
    starts = []
    at = 0
    for info in infos:
        starts.append(at)
        at += len(info.masked) + 1
    joined = "\x00".join(info.masked for info in infos)
    for js, je in vague_spans(joined, lex):
        n = bisect_right(starts, js) - 1
        info = infos[n]
        hs, he = js - starts[n], je - starts[n]
        if he > len(info.masked):
            continue
        p = info.para
        m = info.masked
        k = _sentence_of(info.sents, hs) if info.sents else 0
        if k in info.cite_sents:
            continue
        sent = m[max(info.sents[k].start, hs - WINDOW) : min(info.sents[k].end, he + WINDOW)] if info.sents else m
        if re.search(r"\b(?:including|such\s+as|like|led\s+by|among\s+them)\s+(?:the\s+)?[A-Z]", sent):
            continue
        phrase = " ".join(m[hs:he].split())
        line, col, end_line, end_col = _span(p, hs, he)
        yield Problem(
            line,
            col,
            f'vague attribution "{phrase}": say who (name them, or cite the source with [@id]) '
            "or state the point as your own",
            end_line=end_line,
            end_column=end_col,
        )


def source_ids(doc: Document) -> list[tuple[int, str]]:
    sources = doc.data.get("sources") if doc.data else None
    out = []
    if isinstance(sources, list):
        for i, s in enumerate(sources):
            if isinstance(s, dict) and isinstance(s.get("id"), str):
                out.append((i, s["id"]))
    return out


def _suggest(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


ALL_PROSE = ("title", "summary", "heading", "body", "bio")


@rule(
    "Q103",
    "unknown-source",
    "error",
    bad=FRONT + "\nGrowth slowed sharply last year [@no-such-source].\n",
    good=FRONT + "\nGrowth slowed sharply last year [@minister-speech].\n",
)
def unknown_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A citation `[@id]` names no source in `sources`.

    What it does
    Checks every Pandoc-style citation (`[@id]`, `[@a; @b]`, `[see @a, p. 3]`)
    in the body, summary, headings and bios against the `id`s of `sources`.

    Why is this bad?
    A citation that leads nowhere is a claim without a source: a reader (and
    the site's renderer) cannot resolve it, often because of a typo.

    Example
    Growth slowed sharply [@imf-2024] (with no source `imf-2024`).

    Use instead: add `{id: imf-2024, title: …}` to `sources`, or fix the id.
    """
    known = {sid for _, sid in source_ids(doc)}
    for p in text.paragraphs(doc, ALL_PROSE):
        for c in p.citations:
            if c.kind != "key" or c.target in known:
                continue
            line, col = p.markup.locate(c.key_start)
            end_line, end_col = p.markup.locate_end(c.key_start + len(c.target))
            listed = ", ".join(sorted(known)) if known else "none"
            yield Problem(
                line,
                col - 1,
                f"citation [@{c.target}] names no source in 'sources'{_suggest(c.target, known)} "
                f"(known ids: {listed}); add the source or fix the id",
                end_line=end_line,
                end_column=end_col,
            )


@rule(
    "Q104",
    "unused-source",
    "warning",
    bad=FRONT + "\nGrowth slowed sharply last year.\n",
    good=FRONT + "\nGrowth slowed sharply last year [@minister-speech].\n",
)
def unused_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A source in `sources` is never cited, in the body or in `claims`.

    What it does
    Reports each entry of `sources` whose `id` no `[@id]` citation (body,
    summary, headings, bios) and no `claims[].sources` entry names.

    Why is this bad?
    An uncited source is either dead weight or, more often, a citation that
    was lost in editing: the claim it backed now stands unsourced.

    Example
    sources: [{id: survey-2025, …}] with no [@survey-2025] anywhere.

    Use instead: cite it where it backs a claim, or remove it.
    """
    cited: set[str] = set()
    for p in text.paragraphs(doc, ALL_PROSE):
        cited.update(c.target for c in p.citations if c.kind == "key")
    claims = doc.data.get("claims") if doc.data else None
    if isinstance(claims, list):
        for c in claims:
            if isinstance(c, dict) and isinstance(c.get("sources"), list):
                cited.update(s for s in c["sources"] if isinstance(s, str))
    for i, sid in source_ids(doc):
        if sid in cited:
            continue
        line, col, end_line, end_col = doc.span(("sources", i, "id"))
        yield Problem(
            line,
            col,
            f"source '{sid}' is never cited: cite it with [@{sid}] where it backs a claim, "
            "list it in a claim's sources, or remove it",
            end_line=end_line,
            end_column=end_col,
        )


@rule(
    "Q105",
    "unknown-claim-source",
    "error",
    bad=FRONT[:-4]
    + "claims:\n  - text: Tariffs will rise.\n    sources: [no-such-id]\n---\n"
    + "\nTariffs will rise [@minister-speech].\n",
    good=FRONT[:-4]
    + "claims:\n  - text: Tariffs will rise.\n    sources: [minister-speech]\n---\n"
    + "\nTariffs will rise.\n",
)
def unknown_claim_source(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A `claims` entry names a source id that `sources` does not have.

    What it does
    Checks every id in `claims[].sources` against the `id`s of `sources`.

    Why is this bad?
    A key claim stated up front must be backed by a source the reader can
    find; an unknown id backs it with nothing.

    Example
    claims: [{text: "Tariffs will rise.", sources: [imf-2024]}] with no source `imf-2024`.

    Use instead: add the source to `sources`, or fix the id.
    """
    known = {sid for _, sid in source_ids(doc)}
    claims = doc.data.get("claims") if doc.data else None
    if not isinstance(claims, list):
        return
    for j, c in enumerate(claims):
        if not isinstance(c, dict) or not isinstance(c.get("sources"), list):
            continue
        for k, sid in enumerate(c["sources"]):
            if not isinstance(sid, str) or sid in known:
                continue
            line, col, end_line, end_col = doc.span(("claims", j, "sources", k))
            yield Problem(
                line,
                col,
                f"claim {j + 1} names source '{sid}', which is not in 'sources'{_suggest(sid, known)}; "
                "add the source or fix the id",
                end_line=end_line,
                end_column=end_col,
            )


@rule(
    "Q106",
    "duplicate-source-id",
    "error",
    bad=FRONT[:-4]
    + "  - id: minister-speech\n    title: A second source under the same id\n---\n"
    + "\nTariffs will rise [@minister-speech].\n",
    good=FRONT + "\nTariffs will rise [@minister-speech].\n",
)
def duplicate_source_id(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Two entries of `sources` share an `id`.

    What it does
    Reports every source whose `id` an earlier source already uses.

    Why is this bad?
    A citation `[@id]` must resolve to exactly one source; with two, the
    reader sees one and the claim may rest on the other.

    Example
    sources: [{id: imf, …}, {id: imf, …}]

    Use instead: give each source its own id (`imf-2024`, `imf-2025`).
    """
    seen: dict[str, int] = {}
    for i, sid in source_ids(doc):
        if sid in seen:
            first_line, _ = doc.where(("sources", seen[sid], "id"))
            line, col, end_line, end_col = doc.span(("sources", i, "id"))
            yield Problem(
                line,
                col,
                f"source id '{sid}' is already used by the source on line {first_line}; give each source its own id",
                end_line=end_line,
                end_column=end_col,
            )
        else:
            seen[sid] = i


@rule(
    "Q107",
    "unbalanced-quotes",
    "error",
    bad=FRONT + '\nThe minister said that "the old model cannot finance the pipes [@minister-speech].\n',
    good=FRONT + '\nThe minister said that "the old model cannot finance the pipes" [@minister-speech].\n',
)
def unbalanced_quotes(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A paragraph opens a quotation mark it never closes, or closes one it never opened.

    What it does
    Pairs the double quotation marks (straight `"`, curly `“ ”`, `« »`) of
    every paragraph, heading, title, summary and bio. An opening mark with no
    closing mark, or a closing curly mark with no opening one, is reported.
    A quote that continues into the next paragraph in the news convention
    (the paragraph leaves it open and the next one starts with an opening
    mark) is accepted. Single quotes are not paired here, since they are
    also apostrophes.

    Why is this bad?
    The reader cannot tell where the quoted words end and the author's begin,
    and every quote rule after it sees the wrong quote.

    Example
    The minister said that "the old model cannot finance the pipes.

    Use instead: The minister said that "the old model cannot finance the pipes."
    """
    infos = _info(doc, ALL_PROSE)
    covered: set[tuple[int, int]] = set()  # continuation marks already judged with their chain
    for k, info in enumerate(infos):
        p = info.para
        prose = p.prose.value
        empty: list[Quote] = []
        for q in info.marks.quotes:
            if q.mark in "'‘":
                continue
            if q.closed:
                if not prose[q.inner_start : q.inner_end].strip():
                    empty.append(q)
                continue
            if (k, q.start) in covered:
                continue
            closes, run = _chain(infos, k, q, covered)
            if closes:
                continue  # a quote running on over paragraphs, news style, and closed at last
            line, col, end_line, end_col = _span(p, q.start, q.start + 1)
            snippet = " ".join(prose[q.start + 1 : q.start + 40].split())
            where = "in this paragraph" if run == 1 else f"in the {run} paragraphs it runs on through"
            yield Problem(
                line,
                col,
                f'quotation mark {prose[q.start]} opens "{snippet}…" but is never closed {where}; '
                "close the quote (or remove the stray mark)",
                end_line=end_line,
                end_column=end_col,
            )
        if empty:
            q = empty[0]
            line, col, end_line, end_col = _span(p, q.start, q.end)
            more = f" ({len(empty)} such pairs in this paragraph)" if len(empty) > 1 else ""
            yield Problem(
                line,
                col,
                f"quotation marks with nothing between them{more}: a stray or doubled mark; remove it",
                end_line=end_line,
                end_column=end_col,
            )
        for i in info.marks.stray:
            line, col, end_line, end_col = _span(p, i, i + 1)
            yield Problem(
                line,
                col,
                f"closing quotation mark {prose[i]} has no opening mark in this paragraph; "
                "add the opening mark or remove it",
                end_line=end_line,
                end_column=end_col,
            )


def _chain(infos: Sequence[ParaInfo], k: int, q: Quote, covered: set[tuple[int, int]]) -> tuple[bool, int]:
    """Does an unclosed quote close in a later paragraph, in the news convention (each continuing
    paragraph opens with a quotation mark; only the last one closes)? (closes, paragraphs spanned)."""
    p = infos[k].para
    if q.end != len(p.prose.value):
        return False, 1
    run = 1
    j = k + 1
    while j < len(infos):
        nxt = infos[j]
        if nxt.para.scope != p.scope or nxt.para.section != p.section:
            break
        value = nxt.para.prose.value
        lead = len(value) - len(value.lstrip())
        first = nxt.marks.quotes[0] if nxt.marks.quotes else None
        if first is None or first.start != lead or first.mark in "'‘":
            break
        run += 1
        covered.add((j, first.start))
        if first.closed:
            return True, run
        if first.end != len(value):
            break
        j += 1
    return False, run


def _norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w'\s]", " ", s.lower()).split())


@rule(
    "Q108",
    "summary-quote-not-in-body",
    "warning",
    options=[OPT_MIN_WORDS],
    bad=FRONT.replace(
        "could fund investment, but only if tariffs protect poor households.",
        'could fund investment, but "the poor will pay the bill for decades," critics warn.',
    )
    + "\nThe minister said tariffs will rise [@minister-speech].\n",
    good=FRONT.replace(
        "could fund investment, but only if tariffs protect poor households.",
        'could fund investment, but "the old model cannot finance the pipes."',
    )
    + '\nThe minister said that "the old model cannot finance the pipes" [@minister-speech].\n',
)
def summary_quote_not_in_body(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary (or the title, or a heading) quotes words the body never shows.

    What it does
    For each quote of more than `min-words` words in the summary, the title
    or a heading, looks for the quoted words in the body (case, punctuation
    and quote style aside; an ellipsis may skip words). Reports the quote
    when the body does not contain them.

    Why is this bad?
    The deck promises what the piece delivers: a quote in the summary that
    the body never shows (with its speaker and source) is unattributed and
    unverifiable where readers meet it first.

    Example
    summary: … but "the poor will pay the bill," critics warn. (not in the body)

    Use instead: quote it in the body with its speaker and source, or paraphrase it in the summary.
    """
    min_words = int(ctx.options.get("min-words", 3))
    body = ""
    for info in _info(doc, ("title", "summary", "heading")):
        p = info.para
        prose = p.prose.value
        for q in info.marks.quotes:
            inner = q.inner(prose)
            nwords = len(text.words(inner))
            if nwords <= min_words:
                continue
            if not body:
                body = " " + " ".join(_norm(b.prose.value) for b in text.paragraphs(doc, ("body",))) + " "
            parts = [_norm(x) for x in re.split(r"\.\.\.|…|\[[^\]]*\]", inner)]
            if all((" " + x + " ") in body for x in parts if x):
                continue
            line, col, end_line, end_col = _span(p, q.start, q.end)
            where = {"summary": "summary", "title": "title", "heading": "heading"}[p.scope]
            yield Problem(
                line,
                col,
                f"the {where} quotes {nwords} words that the body never shows; quote them in the body "
                "with their speaker and source, or paraphrase here",
                end_line=end_line,
                end_column=end_col,
            )


RULES: tuple[Rule, ...] = (
    unattributed_quote,
    vague_attribution,
    unknown_source,
    unused_source,
    unknown_claim_source,
    duplicate_source_id,
    unbalanced_quotes,
    summary_quote_not_in_body,
)


def analyse(doc: Document, options: dict[str, Any] | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Q101 and Q102 results for one document, as (line, column, message), for the evaluation script."""
    options = options or {}
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in (unattributed_quote, vague_attribution):
        ctx = Context(options={**r.defaults(), **{k: v for k, v in options.items() if k in r.defaults()}})
        out[r.code] = [(p.line, p.column, p.message) for p in r.check(doc, ctx)]
    return out
