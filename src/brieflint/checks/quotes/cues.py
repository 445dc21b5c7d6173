"""Attribution cues and speakers: who a sentence says is speaking, and how.

:func:`cue_spans` finds the attribution cues (said, told, according to, as … put
it) of a sentence; :func:`speaker_cue` decides, for each cue, whether a speaker (a
name, a specific office or role, a document, or a pronoun whose antecedent is one)
goes with it, and returns the best verdict of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence, Set
from functools import cache
from types import MappingProxyType

from brieflint import lazyre
from brieflint.checks.quotes.lexicon import (
    BODIES,
    CAP_STOP,
    CUE_PHRASES,
    CUE_VERBS,
    CUE_WORDS,
    DOC_ROLES,
    PRONOUNS,
    ROLES,
    VAGUE_NOUNS,
    trie_regex,
)
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

_TOKEN = lazyre.compile(r"[^\W\d_][\w'’.\-]*|\d[\w.,]*")
# an agentless passive attribution in the quote's own sentence ("was described as")
PASSIVE = lazyre.compile(
    r"\b(?:is|was|were|are|been|being|be|has\s+been|have\s+been|had\s+been|gets|got)\s+"
    r"(?:(?:\w+ly|later|then|once|also|often|even|since|first|still|now|long|again|sometimes|never|ever|variously|at\s+times)\s+)?(?:described|called|quoted|dubbed|labell?ed|termed|branded|characteri[sz]ed|"
    r"hailed|derided|denounced|touted|billed|portrayed|depicted|praised|critici[sz]ed|condemned|"
    r"welcomed|greeted|heralded|presented|received|seen|viewed|regarded|"
    r"said|reported|cited|summed\s+up|referred\s+to)\b",
    re.I,
)

_CUE_WORD = lazyre.compile(r"(?<![\w'’-])\w[\w'’-]*")
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


def build_cues(extra: Sequence[str]) -> Cues:
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
    return lazyre.compile(r"\b(?<!['’-])(?:" + "|".join(alts) + r")(?![\w'’-])")


def cue_spans(low: str, cues: Cues) -> Iterator[tuple[int, int]]:
    """Spans of the attribution cues in ``low`` (lower-cased), left to right, not overlapping."""
    if cues.regex is not None:
        for hit in cues.regex.finditer(low):
            yield hit.start(), hit.end()
        return
    last = 0
    for t in _CUE_WORD.finditer(low):
        start = t.start()
        if start < last:
            continue
        word = t.group()
        pattern = cues.phrases.get(word)
        m: re.Match[str] | None = _phrase_regex(pattern).match(low, start) if pattern is not None else None
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
    return lazyre.compile(pattern)


def lower_same_length(s: str) -> str:
    """``s.lower()``, keeping offsets: the few characters whose lower case is longer stay as they are."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


YES, VAGUE, PASSIVE_ONLY, NONE, NOCUE = "yes", "vague", "passive", "none", "nocue"
SPEAKER = ("name", "role", "doc")
INDEFINITE = {"another", "second", "third", "fourth", "fifth"}
QUANTIFIERS = {"few", "many", "some", "most", "no", "nobody", "none", "everyone", "all", "several", "fewer", "neither"}
# a capitalised word governed by one of these is a place ("in Baghdad", "from Sadr City"), not a speaker
LOCATIVE = set(
    "in at from near across throughout inside outside around into within to toward towards via through "
    "between among along beyond across over under off onto".split()
)
# words that end a clause's subject: when one comes before any speaker, the subject has none
AUXILIARIES = set(
    "is was were are be been being has have had will would can could should shall may might must do does did "
    "remains remained seems seemed became becomes".split()
)
# what a possessive + noun subject says when the noun is one of these ("Her answer was short:")
SPEECH_NOUNS = set(
    "answer answers reply replies response responses words remarks comment comments statement message "
    "warning verdict assessment view account explanation argument point message retort riposte".split()
)
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
    """What token ``k`` is as a potential speaker: name, role, doc, pronoun, vague, place or None.

    A capitalised word governed by a locative preposition ("in Baghdad", "from Sadr City") is a
    place: it names where, not who.
    """
    tok = toks[k][0]
    low = _bare(tok)
    if tok[0].isupper():
        bare = tok.rstrip(".'’")
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if bare in CAP_STOP or low in PRONOUNS or low in VAGUE_NOUNS or low in QUANTIFIERS:
            pass
        elif _governed_by_locative(toks, s, k):
            return "place"
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
                or after.startswith((",", ":"))
                or tok.endswith(("'s", "’s"))
            ):
                return "name"
            if _bare(nxt) in CUE_WORDS or (cue_next and k == len(toks) - 1):
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


def _governed_by_locative(toks: Sequence[tuple[str, int]], s: str, k: int, prepositions: Set[str] = LOCATIVE) -> bool:
    """Token ``k`` (capitalised) ends a run of capitalised words that follows a locative preposition
    (one of ``prepositions``)."""
    j = k - 1
    while j >= max(0, k - 4):
        prev, at = toks[j]
        if s[at + len(prev) : toks[j + 1][1]].strip():
            return False  # punctuation between: another phrase
        if prev.lower() in prepositions:
            return True
        if prev[0].isupper():
            j -= 1
            continue
        return False
    return False


def speaker_in(s: str, start_initial: bool = True, cue_next: bool = False) -> str | None:
    """The speaker nearest the end of ``s``: name, role, doc, pronoun, vague or None.

    ``cue_next``: an attribution cue follows ``s`` directly ("Haddad | said").
    """
    toks = _tokens(s)
    for k in range(len(toks) - 1, -1, -1):  # from the end: the last one found is the answer
        kind = _classify(toks, s, k, start_initial, cue_next)
        if kind is not None and kind != "place":
            return kind
    return None


def has_antecedent(s: str) -> bool:
    toks = _tokens(s)
    return any(_classify(toks, s, k, True) in SPEAKER for k in range(len(toks)))


OPENING_REACH = 100  # an opening adverbial ("Asked whether the subsidy would survive the budget,") ends within
COPULAS = set("is was were are be been being remains remained seems seemed becomes became".split())
CLAUSE_BREAK = lazy(r";|[,\"”’—–]\s*(?:and|but|while|whereas|although|though|yet)\s")


def acting_subject(s: str, before: str = "") -> bool:
    """The last clause of ``s`` has a subject that can be a source and a verb that is not a
    copula: "The plan characterizes the problem as", "DODD 3000.09 requires systems be designed to",
    "It sustains efforts to" (``it`` with an antecedent in ``before``). Then a quote in that clause
    is the subject's words. "The ministry's strategy is, in effect," describes; it does not speak."""
    cuts = [m.end() for m in CLAUSE_BREAK.finditer(s)]
    clause = s[cuts[-1] :] if cuts else s
    toks = _tokens(clause)
    if not toks or _bare(toks[0][0]) in QUANTIFIERS or _bare(toks[0][0]) in VAGUE_NOUNS:
        return False
    start = 0
    comma = clause.find(",")
    if 0 < comma < OPENING_REACH:
        lead = [k for k, (_, at) in enumerate(toks) if at < comma]
        if lead and not any(_classify(toks, clause, k, True) in SPEAKER for k in lead):
            start = len(lead)
    found = False
    for k in range(start, min(start + 10, len(toks))):
        tok = toks[k][0]
        low = _bare(tok)
        if found:
            # the first word after the subject that is not part of it: its verb, after auxiliaries
            if low in COPULAS:
                return False
            if low in AUXILIARIES:
                continue
            return _classify(toks, clause, k, True) is None
        if tok.endswith(("'s", "’s")):
            continue  # a possessor: the subject is what it possesses ("the ministry's strategy")
        kind = _classify(toks, clause, k, True)
        if kind in SPEAKER:
            if low in BODIES:
                return False
            found = True
        elif kind == "pronoun" and low in ("he", "she", "they", "it"):
            if before and not has_antecedent(before):
                return False
            found = True
        elif kind == "vague" or low in AUXILIARIES or low in _PAST_CUES:
            return False
    return False


# endings of common nouns: a capitalised first word with one is no name ("Inflation reached …")
_NOUN_ENDING = lazy(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ing|ure|cy|ship|hood|ics|ies|es|ers|ts)$")


def possible_speaker_subject(s: str) -> bool:
    """``s`` may open with a person the sentence is about, though nothing proves it
    ("Haddad met reporters on Monday."): a capitalised first word (after an opening adverbial)
    that is no stop word, place, date or common noun. Used to call a missing attribution
    doubtful rather than certain."""
    toks = _tokens(s)
    if not toks:
        return False
    start = 0
    comma = s.find(",")
    if 0 < comma < OPENING_REACH and not _clause_lead(toks):
        start = sum(1 for _, at in toks if at < comma)
    if start >= len(toks):
        return False
    tok = toks[start][0]
    bare = tok.rstrip(".'’")
    if bare.endswith(("'s", "’s")):
        bare = bare[:-2]
    if not tok[0].isupper() or bare in CAP_STOP or bare.lower() in ROLES or bare.lower() in VAGUE_NOUNS:
        return False
    return not _NOUN_ENDING.search(bare.lower()) and not _governed_by_locative(toks, s, start)


def _clause_lead(toks: Sequence[tuple[str, int]]) -> bool:
    """The words before the first comma open with a subject and its verb ("Grassley has expressed
    concern about …, most recently …"): a main clause, not an opening adverbial to skip."""
    if len(toks) < 2:
        return False
    first, second = toks[0][0], _bare(toks[1][0])
    return first[0].isupper() and first.rstrip(".'’") not in CAP_STOP and (second in AUXILIARIES or second in CUE_WORDS)


_PAST_CUES = frozenset(w for w in CUE_WORDS if w.endswith("ed") or w in ("said", "told", "wrote"))


def sentence_subject(s: str, before: str = "") -> str | None:
    """The speaker a sentence opens with ("The finance minister was blunt."), if any.

    The subject is read up to its verb: a name or role found before the first auxiliary or cue
    ("A new phrase has entered the Iraqi vocabulary" has none), a personal pronoun whose
    antecedent is in ``before``, or a possessive pronoun before a speech noun ("Her answer was
    short"). A place ("In Baghdad the mood was grim") or a date is no speaker.
    """
    toks = _tokens(s)
    if not toks or _bare(toks[0][0]) in QUANTIFIERS or _bare(toks[0][0]) in VAGUE_NOUNS:
        return None
    start = 0
    comma = s.find(",")
    if 0 < comma < OPENING_REACH:
        lead = [k for k, (_, at) in enumerate(toks) if at < comma]
        if lead and not any(_classify(toks, s, k, True) in SPEAKER for k in lead):
            start = len(lead)  # skip an opening adverbial ("Last week," "In Baghdad,")
    for k in range(start, min(start + 8, len(toks))):
        kind = _classify(toks, s, k, True)
        if kind in ("name", "role"):
            if _bare(toks[k][0]) not in BODIES:
                return kind
            continue  # a deliberative body debates; "Committee member Samir Aoun" speaks
        low = _bare(toks[k][0])
        if kind == "pronoun" and low in ("he", "she", "they", "it"):
            return "pronoun" if not before or has_antecedent(before) else None
        if (
            kind == "pronoun"
            and low in ("his", "her", "their", "its")
            and k + 1 < len(toks)
            and _bare(toks[k + 1][0]) in SPEECH_NOUNS
        ):
            return "pronoun" if not before or has_antecedent(before) else None
        if kind == "vague" or low in AUXILIARIES or low in _PAST_CUES:
            return None
    return None


def _verdict_for(who: str | None, before: str, rest: str) -> str:
    """The verdict for a cue's speaker ``who``: a pronoun's antecedent is looked for in ``before`` and ``rest``."""
    if who in SPEAKER:
        return YES
    if who == "pronoun":
        return YES if has_antecedent(before + " " + rest) else NONE
    if who == "vague":
        return VAGUE
    return NONE


# the last word of each participle PASSIVE ends with ("summed up", "referred to": "up", "to"); a cue
# (of ASCII words) that ends with none of them is no passive's participle, and PASSIVE is not searched
_PASSIVE_LAST = frozenset(
    "described called quoted dubbed labelled labeled termed branded characterized characterised hailed derided "
    "denounced touted billed portrayed depicted praised criticized criticised condemned welcomed greeted "
    "heralded presented received seen viewed regarded said reported cited up to".split()
)


def _passive_at(s: str, start: int, end: int, cue: str) -> bool:
    """The cue ``cue`` at ``start:end`` is the participle of a passive ("has been called")."""
    if cue.isascii() and cue[cue.rfind(" ") + 1 :] not in _PASSIVE_LAST:
        return False
    lo = max(0, start - 40)
    return any(p.end() == end for p in PASSIVE.finditer(s, lo, end))


_RANK = MappingProxyType({NOCUE: 0, NONE: 1, PASSIVE_ONLY: 2, VAGUE: 3, YES: 4})  # which verdict of a sentence wins
_IN_POSSESSIVE = lazy(r"in (?:his|her|their|its) ")  # "in his words": the speaker is a pronoun's antecedent
_OTHER_CLAUSE = lazy(r"[\s,]*(?:;|(?:and|but|while|whereas|yet|although|though)\b)")


def speaker_cue(s: str, before: str, cues: Cues, quote: tuple[int, int] | None = None) -> str:
    """How ``s`` (quotes blanked) attributes: YES, VAGUE, PASSIVE_ONLY, NONE or NOCUE.

    ``before`` is the previous sentence (quotes blanked), where a pronoun's antecedent may be.
    ``quote`` is the span in ``s`` of the quote being judged, if any: a cue after it that opens
    another clause ('"…," and several governors have said they …') speaks of something else.
    """
    best = NOCUE
    rank = _RANK
    low = lower_same_length(s)
    for start, end in cue_spans(low, cues):
        if quote is not None and start >= quote[1] and _OTHER_CLAUSE.match(s, quote[1]):
            continue
        cue = " ".join(low[start:end].lower().split())
        head = s[max(0, start - 120) : start]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        if cut != -1:
            lead = head[: cut + 1].split()
            if not _ABBREV_END.match(lead[-1] if lead else ""):
                head = head[cut + 2 :]
        tail = s[end : end + 80]
        if cue.startswith(("according", "in the words", "as quoted", "quoted by", "in the view")):
            verdict = _verdict_for(speaker_in(" ".join(tail.split()[:6]), start_initial=False), before, s[:start])
        elif cue.startswith("in "):
            if _IN_POSSESSIVE.match(cue):
                verdict = YES if has_antecedent(before + " " + s[:start]) else NONE
            else:  # in a statement, in an interview: the speaker is around it
                who = speaker_in(" ".join(head.split()[-8:]) + " " + " ".join(tail.split()[:8]), start_initial=False)
                verdict = _verdict_for(who, before, s[:start])
        elif cue.startswith("as ") and cue.endswith(" it"):
            inner = re.sub(r"\s+(?:put|puts|phrased|phrases)\s+it$", "", cue[3:])
            verdict = _verdict_for(speaker_in(inner, start_initial=False), before, s[:start])
        elif _passive_at(s, start, end, cue):
            by = re.match(r"[^.;:!?]*?\bby\s+([^.;:!?]{1,80})", tail)
            if by:
                who = speaker_in(" ".join(by.group(1).split()[:6]), start_initial=False)
                verdict = _verdict_for(who, before, s[:start])
                if verdict == NONE:
                    verdict = PASSIVE_ONLY
            else:
                verdict = PASSIVE_ONLY
        else:
            head_words = head.split()
            words_before = head_words[-12:]
            prefix = " ".join(words_before)
            who = speaker_in(prefix, start_initial=len(words_before) == len(head_words), cue_next=True)
            if (who is None or who == "vague") and head.rstrip()[-1:] in ('"', "”", "’", "'", ",", "»"):
                # inverted: "…," said the minister / says Haddad
                after = speaker_in(" ".join(tail.split()[:5]), start_initial=False)
                if after in SPEAKER or (after == "pronoun" and who is None):
                    who = after
                elif who is None and after == "vague":
                    who = "vague"
            verdict = _verdict_for(who, before, prefix)
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


def dash_attribution(sentence: str) -> bool:
    m = DASH_LINE.match(sentence)
    if not m:
        return False
    return speaker_in(" ".join(m.group(1).split()[:8]), start_initial=True) in SPEAKER
