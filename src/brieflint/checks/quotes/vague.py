"""Vague attributions ("observers say", "it is said", "there are suggestions that"): where they are.

The built-in patterns are routed by their first word: the trigger words are found
first (one pass), and only the patterns that start with a word found are tried there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from brieflint.checks.quotes.lexicon import CUE_WORDS, ROLES, inflect, trie_regex
from brieflint.lazyre import lazy

_NOUNS = (
    r"observers|critics|analysts|experts|commentators|pundits|skeptics|sceptics|insiders|watchers|"
    r"detractors|opponents|supporters|proponents|scholars|researchers|sources|many|some|others|"
    r"many\s+people|some\s+people|most\s+people|people"
)
# speech, belief, blame and worry verbs a vague group is the subject of, in all their forms
_VERB_LEMMAS = (
    "say speculate argue believe view think suggest claim contend agree fear worry predict maintain insist feel "
    "caution charge allege assert see consider wonder doubt hold expect note warn estimate question describe "
    "blame accuse suspect debate concede acknowledge complain reckon assume dispute criticize criticise "
    "recognize recognise suppose whisper grumble lament urge"
)
_IRREGULAR_FORMS = "said saw seen thought felt held"


def _plural_forms(lemma: str) -> set[str]:
    """The forms a plural subject takes ("critics argue", "have argued", "arguing"): not "argues",
    which after "many" or "some" is a noun ("Many disputes exist")."""
    return {w for w in inflect(lemma) if w == lemma or not w.endswith("s") or w.endswith("ss")}


# the verbs of a plural subject
_VERBS = (
    trie_regex(
        sorted({*_IRREGULAR_FORMS.split(), *(w for lemma in _VERB_LEMMAS.split() for w in _plural_forms(lemma))})
    )
    + r"|point(?:ed)?\s+out|(?:express|voice|raise)(?:d|ed)?\s+(?:\w+\s+)?(?:concerns?|doubts?|fears?|"
    r"skepticism|scepticism|alarm|frustration|reservations)|(?:are|were|is|was)\s+(?:\w+\s+)?"
    r"(?:concerned|worried|convinced|skeptical|sceptical|divided)"
)
_AUX = (
    r"(?:(?:have|has|had|will|would|may|might|could|do|did|does|continue\s+to|tend\s+to|also|often|"
    r"widely|generally|increasingly|privately|openly|long|now|still|already|rightly|wrongly|publicly|"
    r"repeatedly|quietly|reportedly)\s+){0,3}"
)
_SCOPE = (
    r"(?:\s*,?\s+(?:of|in|at|from|within|on|across|inside|outside|close\s+to|familiar\s+with|around)\s+"
    r"(?:[\w'’\-]+\s+){1,4}?,?)?"
)
# plural office-holders and professionals: with no determiner or number before them ("Regional
# officials warn", "U.S. officials said"), or after "some"/"many", an anonymous group
GROUPS = (
    "officials diplomats lawmakers legislators ministers aides advisers advisors bankers economists executives "
    "negotiators commanders politicians leaders scientists academics strategists planners regulators investors "
    "traders governments"
)
_GROUP_ALT = GROUPS.replace(" ", "|")
_QUANT = r"(?:some|many|most|numerous|various|certain|a\s+number\s+of|a\s+handful\s+of|a\s+growing\s+number\s+of)"
# The built-in vague attributions, tried in this order, each with the words it can start with.
# A pattern is compiled the first time a brief has one of its words (all of them at once took
# 19 ms to compile). ``(?P<who>…)`` is a word that must not be a role ("several ministers said");
# ``(?P<bare>…)`` a group that must stand without a determiner or number before it.
VAGUE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
        "opponents supporters proponents scholars researchers sources many some others most people",
        rf"\b(?:{_NOUNS}){_SCOPE}\s*{_AUX}(?:{_VERBS})\b",
    ),
    (
        "some many most numerous various certain a",
        rf"\b{_QUANT}\s+(?P<group>(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+){_SCOPE}\s*{_AUX}(?:{_VERBS})\b",
    ),
    (
        "several a",
        r"\b(?:several|a\s+few)\s+(?P<who>[\w'’\-]+)\s+"
        r"(?:say|said|believe|believed|argue|argued|think|fear|feared|worry|speculate|claim|view|suggest)\b",
    ),
    (GROUPS, rf"\b(?P<bare>{_GROUP_ALT}){_SCOPE}\s*{_AUX}(?:{_VERBS})\b"),
    (
        "it this",
        r"\b(?:it|this)\s+(?:is|was|has\s+been|had\s+been|is\s+being|could\s+be|can\s+be|might\s+be|may\s+be|would\s+be)\s+"
        r"(?:widely\s+|often\s+|generally\s+|commonly\s+|sometimes\s+|frequently\s+|increasingly\s+|now\s+|also\s+)?"
        r"(?:said|believed|thought|argued|claimed|suggested|rumou?red|alleged|speculated|whispered|reported|"
        r"(?:expected|understood|known|feared|assumed|accepted|acknowledged|held|felt|hoped)(?=\s+that))\b(?!\s+by\b)",
    ),
    (
        "there",
        r"\bthere\s+(?:are|is|were|was|have\s+been|has\s+been|had\s+been|remains?|seems\s+to\s+be|appears\s+to\s+be)\s+"
        r"(?:(?:a|an|some|growing|widespread|broad|general|strong|increasing|real|deep|lingering|persistent|"
        r"mounting|little|no|much|many|also|now|still|clear)\s+){0,3}"
        r"(?:(?:sense|belief|perception|feeling|view|consensus|expectation|fear|concern|suspicion|impression|"
        r"understanding|assumption|worry|hope|doubt|agreement|recognition|conviction)s?\s+(?:that|among)\b|"
        r"(?:suggestions|claims|reports|rumou?rs|allegations|speculation|whispers|talk|those\s+who|many\s+who|"
        r"some\s+who|indications|accusations)\b)",
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
    # an agentless passive of opinion ("has been seen as", "is said to be"): routed by the participle,
    # the auxiliary before it checked in context (a trigger as common as "is" would cost every brief)
    (
        "seen viewed regarded perceived considered thought said believed reported alleged rumored rumoured "
        "understood suspected",
        # "seen as … by many analysts" may name its agent later; "said to have been drafted by X" names
        # the drafter, not who says so
        r"\b(?P<passive>(?:seen|viewed|regarded|perceived|considered|thought\s+of)\s+as"
        r"(?![^.;:!?]{0,80}\bby\s+(?!some\b|many\b|others\b|critics\b|observers\b))|"
        r"(?:said|believed|thought|reported|alleged|rumou?red|understood|suspected)\s+to\s+(?:be|have)\b)",
    ),
    (
        "accusations allegations claims charges criticism concerns questions doubts fears",
        r"\b(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears)\s+"
        r"(?:are|were|is|was|have\s+been|has\s+been)\s+(?:(?:now|also|increasingly|being|again|already)\s+){0,2}"
        r"(?:made|raised|voiced|leveled|levelled|expressed|aired)\b(?!\s+by\b)",
    ),
    (
        "being",
        r"\bbeing\s+(?:made|raised|voiced|leveled|levelled|expressed|aired)\b(?!\s+by\b)(?P<claims>)",
    ),
    (
        "by",
        r"\bby\s+(?:some|many|others|critics|observers|analysts|experts|commentators|skeptics|sceptics|detractors)\b"
        r"(?!\s+(?:of|in|at|from)\b)",
    ),
    # the agent of a passive that is an anonymous group ("claimed by officials", "criticized by Western
    # governments"): a bare group after "by", checked in context like the bare subjects
    (
        "by",
        rf"\b(?P<agent>by)\s+(?:[A-Z][\w.\-]*\s+|(?:local|foreign|senior|regional|international)\s+)?"
        rf"(?P<bare>{_GROUP_ALT})\b",
    ),
    # a hearsay adverb reports what someone said without saying who ("officials have reportedly
    # discussed", "the funds were allegedly diverted"): checked in context (a named source in the
    # sentence answers it)
    (
        "reportedly allegedly purportedly supposedly reputedly",
        r"\b(?P<hearsay>reportedly|allegedly|purportedly|supposedly|reputedly)\b",
    ),
    # opinion with no holder as the subject: "online speculation points to", "rumours suggest"
    (
        "speculation rumors rumours chatter whispers gossip reports",
        r"\b(?P<bare>speculation|rumou?rs|chatter|whispers|gossip|reports)\s+(?:\w+\s+)?"
        r"(?:suggests?|points?\s+to|indicates?|has\s+it|holds?|claims?|says?|said)\b",
    ),
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
# hearsay adverbs: a source in the clause (a link or citation anywhere in it) answers them
HEARSAY = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
_ALPHA_ROLES = frozenset(r for r in ROLES if r.isalpha())
_WORD_HEAD = lazy(r"[^'’\-]*")  # a role followed by an apostrophe or a hyphen is still that role


# before a bare group: words that make it a definite, counted or possessed group ("the officials",
# "two diplomats", "Iraq's ministers"), so not an anonymous one
_DEFINITE = lazy(
    r"(?:\b(?:the|these|those|this|that|its|their|his|her|our|my|your|both|all|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|other|such|whose|which|who)|\d|['’]s?)\s+(?:[\w.'’\-]+\s+){0,2}$",
    re.I,
)
# a named body right before the group ("FSA officials", "Treasury officials", "Kremlin aides"): the
# group is that body's people, identified; a nationality or region ("Russian", "U.S.", "Western",
# "regional") identifies nobody
_BODY_BEFORE = lazy(r"\b(?!(?:US|UK|EU|U\.S|U\.K)\b)(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[’']s)?\s+$")
_PASSIVE_AUX = lazy(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:\w+ly|often|sometimes|still|now|also|long|increasingly)\s+)?$", re.I
)
# a passive that reports a claim or an opinion, before its agent ("hailed as fair by officials")
_OPINION_PASSIVE = lazy(
    r"\b(?:claimed|critici[sz]ed|hailed|described|seen|viewed|regarded|considered|condemned|denounced|praised|"
    r"welcomed|questioned|disputed|denied|alleged|reported|rumou?red|characteri[sz]ed|labell?ed|branded|called|"
    r"dubbed|accused|blamed|suspected|believed|thought|said|cited)\b[^.;:!?]{0,40}$",
    re.I,
)
# opinions without holders ("speculation points to"): a body before them names no holder
_NOMINAL = frozenset("speculation rumors rumours chatter whispers gossip reports".split())
_CLAIM_NOUNS = lazy(r"\b(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears)\b", re.I)
_SOURCED = lazy(r"\b(?:according\s+to|citing|quoted\s+by|reported\s+by|told)\s+(?:the\s+)?[A-Z]")
# the verb an adverb modifies: the next word, after an auxiliary ("reportedly has said")
_NEXT_WORD = lazy(r"\s+(?:(?:has|have|had|was|were|is|are|been|being)\s+)?([\w'’\-]+)")
_DEMONYM = lazy(r"(?:is|ans|ese|ish|ks|ds|abs)$")
_NATIONALITY = lazy(r"(?:an|ian|ese|i|ish|ic|ern|al|ch|sh)(?:[’']s)?\s+$")
_NAMED = lazy(r"\s*,?\s*(?:including|such\s+as|like|led\s+by|among\s+them)\s+(?:the\s+)?[A-Z]")


def accept(s: str, hit: re.Match[str]) -> bool:
    """Whether a match of a built-in pattern is a vague attribution in its context: a ``who`` that
    is a role ("several governors said") is not; a ``bare`` group must have no determiner, number
    or possessor before it (in its clause) and no names after it."""
    groups = hit.groupdict()
    who = groups.get("who")
    if who is not None and _WORD_HEAD.match(who).group().lower() in _ALPHA_ROLES:  # type: ignore[union-attr]
        return False
    if groups.get("passive") is not None and not _PASSIVE_AUX.search(s, max(0, hit.start() - 40), hit.start()):
        return False
    if groups.get("claims") is not None and not _CLAIM_NOUNS.search(s, max(0, hit.start() - 160), hit.start()):
        return False  # "… and are now being made against …": accusations, made by nobody
    if groups.get("agent") is not None and not _OPINION_PASSIVE.search(s, max(0, hit.start() - 60), hit.start()):
        return False  # "opposed by conservative politicians" reports an act, not a claim
    if groups.get("hearsay") is not None:
        lo = max(s.rfind(c, 0, hit.start()) for c in ".;!?\n")
        ends = [i for i in (s.find(c, hit.end()) for c in ".;!?\n") if i != -1]
        if _SOURCED.search(s, lo + 1, min(ends) if ends else len(s)):
            return False  # "reportedly, according to Reuters,": the source is named
        verb = _NEXT_WORD.match(s, hit.end())
        if verb is not None and verb.group(1).lower() in CUE_WORDS:
            return False  # "He reportedly told them that …": the sentence attributes to its subject
    group = groups.get("group")
    if group is not None and group[:1].isupper() and not _DEMONYM.search(group):
        return False  # "Some Members of Congress": a named body's members ("Many Iraqis" are a crowd)
    if groups.get("bare") is not None:
        start = hit.start("bare")
        head = s[max(0, start - 40) : start]
        cut = max(head.rfind(c) for c in ".;:!?,—(\x00\n")
        clause = head[cut + 1 :]
        if _DEFINITE.search(clause):
            return False
        if (
            hit.group("bare").lower() not in _NOMINAL
            and _BODY_BEFORE.search(clause)
            and not _NATIONALITY.search(clause)
            and clause.strip()[:1].isupper()
        ):
            return False
        if _NAMED.match(s, hit.end("bare")):
            return False
    return True


@cache
def _vague_pattern(i: int) -> re.Pattern[str]:
    return re.compile(VAGUE_PATTERNS[i][1], re.I)


def _vague_at(s: str, start: int, word: str) -> re.Match[str] | None:
    """The first built-in vague pattern that matches ``s`` at ``start``, where ``word`` starts."""
    for i in _VAGUE_BY_TRIGGER[word]:
        hit = _vague_pattern(i).match(s, start)
        if hit is None:
            continue
        if not accept(s, hit):
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


def extra_regex(extra: Sequence[str]) -> re.Pattern[str] | None:
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


def vague_spans(s: str, extra: re.Pattern[str] | None) -> list[tuple[int, int]]:
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
    if extra is not None:
        for hit in extra.finditer(s):
            if not any(a < hit.end() and hit.start() < b for a, b in out):
                out.append((hit.start(), hit.end()))
        out.sort()
    return out
