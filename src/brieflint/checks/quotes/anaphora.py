"""A group the text has already named, taken up again: not a vague attribution (issue 19).

Analytic prose names its sources once and then refers back to them ("SEC officials told us that … .
Officials also said …"; "Tax industry stakeholders told us … . Some of them said …"). The second
mention has no name of its own, yet it is definite: the reader knows who speaks. Read here, from the
text around a vague phrase (the GAO sweep, docs/accuracy.md):

- **taken up again**: the phrase's plural head ("officials", "stakeholders") stands earlier in its
  paragraph or the one before, outside any vague phrase reported (that mention named, counted or defined the
  group: "SEC officials", "officials from two agencies"); "other"/"another" in the phrase is a second
  group, and a group taken up from a vague mention stays vague;
- **a partitive of a definite group**: "some of them", "some of these stakeholders", or "some of the
  engineers we spoke to" (the author's own interviewees, as "engineers we spoke to" already is);
- **a counted scope**: "officials in two provinces", "officials in another district" (each place
  one of a counted set: the group is delimited, as "two analysts" is).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from brieflint.checks.quotes.marks import title_case_line
from brieflint.document.places import is_place
from brieflint.lazyre import lazy

_NATIONALITY = lazy(r"(?:an|ian|ese|ish|i)$")  # "Iowan", "Syrian", "Lebanese", "Kurdish", "Iraqi"

REACH = 1000  # characters before the phrase where its antecedent may stand (this paragraph and the one before)
_WORD = lazy(r"[A-Za-z][\w'’\-]*")
# the plural nouns of people a group phrase is headed by: an agent or member ending, or a listed word
_PERSON_ENDINGS = tuple("ers ors ists ians ants ents ials ees ives eers".split())
# (stop 41) and the nouns in "-ics" that name people ("Critics of the monuments": its head is "critics", not the
# "monuments" an ending in "-ents" would take for people)
_PERSON_WORDS = frozenset(
    "people staff officials experts researchers scholars sources critics skeptics sceptics academics".split()
)
_OTHER = lazy(r"\b(?:other|another|others|different)\b", re.I)
_PARTITIVE = lazy(
    r"\s*of\s+(?:them|us|these|those|(?:these|those|the)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"[\w'’\-]+\s+(?:(?:that|whom|who)\s+)?we\s+(?:spoke|talked|met|interviewed|surveyed|contacted|consulted|visited))\b",
    re.I,
)
_QUANTIFIED_END = lazy(r"\b(?:some|many|most|several|few|a\s+few|a\s+number)$", re.I)
_COUNTED_SCOPE = lazy(
    r"\b(?:in|from|at|of|across)\s+(?:(?:one|another|each|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+)\s+(?:[\w'’\-]+\s+)?[\w'’\-]+|"
    # "both" with the bodies it counts ("leaders of both chambers", "lawmakers from both parties"); not "both sides",
    # the camps of a dispute, whose advocates are a crowd
    r"both\s+(?:chambers|houses|parties|states|countries|governments|agencies|committees|campaigns|teams)\b)",
    re.I,
)


def head_noun(phrase: str) -> str | None:
    """The plural noun of people the phrase is headed by (its first), or None."""
    for m in _WORD.finditer(phrase):
        w = m.group().lower()
        if w in _PERSON_WORDS or (w.endswith(_PERSON_ENDINGS) and len(w) > 5):
            return w
    return None


def _outside(at: int, reported: list[tuple[int, int]]) -> bool:
    """``at`` lies in none of the ``reported`` spans (in order, none overlapping: the vague phrases as found), by
    bisection: a mention is checked against the one span that could hold it, however many were reported."""
    i = bisect_right(reported, (at + 1, -1)) - 1  # the last span starting at or before ``at``
    return i < 0 or not reported[i][0] <= at < reported[i][1]


# what makes a mention of a group definite: a body's name or a determiner or number before the head
# ("SEC officials", "the officials", "two officials"), or a named or counted scope or the author's own
# interviews after it ("officials from two agencies", "officials at the Treasury", "stakeholders we met")
_DEFINITE_BEFORE = lazy(
    r"(?:\b[A-Z]{2,}s?|\b[A-Z][a-z]+|['’]s?|\b(?:the|these|those|our|its|their|this|that|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten))\s+(?:[\w\-]+\s+){0,2}$"
)
_DEFINITE_AFTER = lazy(
    r"\s+(?:(?:from|of|at|in|with)\s+(?:the\s+)?(?:[A-Z]|\d|one\b|two\b|three\b|four\b|five\b|six\b|several\b)"
    r"|(?:that\s+|whom\s+|who\s+)?we\s+(?:spoke|talked|met|interviewed|surveyed|contacted|consulted|visited))"
)
# capitalised words before a group that do not name a body ("Some officials", "Local officials")
_NOT_NAMES = frozenset(
    "some many most several few other others local regional senior top government state federal foreign "
    "western certain various numerous".split()
)


# the crowds a place's name says where they are, not whose they are ("Masiphumelele residents")
_PLACE_CROWDS = frozenset("residents people citizens locals villagers inhabitants townspeople dwellers".split())


def _definite(s: str, at: int, head: str) -> bool:
    """The mention of ``head`` at ``at`` names, counts or defines its group (not in a title-cased line:
    "… Among Black Officers in Local Police Departments" capitalises every word)."""
    prev = s[:at].rstrip(" \"“‘'(*_")
    if s[at : at + 1].isupper() and prev and prev[-1] not in ".!?:\x00\n" and title_case_line(s, at):
        return False  # a capital inside a title-cased headline (not a body's name in a sentence: "Community
        # Services Ministers (CSM) met …", set 46)
    before = s[max(0, at - 40) : at]
    before = before[max(before.rfind(c) for c in ".;:!?,\x00\n") + 1 :]
    m = _DEFINITE_BEFORE.search(before)
    if m is not None:
        word = m.group().split()[0].strip("'’")
        lowered = word.lower()
        if lowered in _NOT_NAMES:
            pass
        elif not word[:1].isupper() or word.isupper():
            return True  # "the officials", "two officials", "SEC officials", "Treasury's officials"
        elif head.lower() not in _PLACE_CROWDS and not is_place(word) and not _NATIONALITY.search(word):
            return True  # "Treasury officials", not "Gaza residents" nor "Iowan farmers"
    return _DEFINITE_AFTER.match(s, at + len(head)) is not None


def taken_up(s: str, start: int, end: int, reported: list[tuple[int, int]]) -> bool:
    """The vague phrase at ``start:end`` of ``s`` (paragraphs joined by NUL) names a group the text
    has named already (a mention before it that is not among the vague phrases ``reported``), a
    partitive of a definite group, or a group in a counted scope; or it is hearsay whose holders a vague
    phrase reported earlier in its sentence already gave (one finding for one source)."""
    phrase = s[start:end]
    if (
        _HEARSAY.match(phrase)
        and _same_sentence_reported(s, start, reported)
        and not _CONCESSIVE.search(s, max(0, start - 40), start)
    ):
        return True  # "criticised by media, … and politicians due to allegations of …": the critics' allegations
    if _COUNTED_SCOPE.search(phrase):
        return True  # "officials in two provinces", "officials in another district"
    if _OTHER.search(phrase):
        return False
    part = _PARTITIVE.match(s, end) if _QUANTIFIED_END.search(phrase.rstrip()) else None
    of = phrase.lower().find(" of ")
    if part is None and of != -1 and re.search(r"\b(?:some|many|most|several|few)\s*$", phrase[: of + 1], re.I):
        part = _PARTITIVE.match(phrase, of)  # "some of them said", "some of these stakeholders were …"
    if part is not None:
        if "we" in part.group().lower().split():
            return True  # "According to some | of the engineers we spoke to": the author's interviewees
        return _antecedent(s, start, reported)  # "some of them": of whom the text named before
    head = head_noun(phrase)
    if head is None:
        return False
    lo = _reach(s, start)
    for m in re.finditer(rf"\b{re.escape(head)}\b", s[lo:start], re.I):
        at = lo + m.start()
        if _outside(at, reported) and _definite(s, at, head):
            return True
    return False


# hearsay by a noun or an adverb, which a crowd reported before it in its sentence holds ("criticised by media …
# due to allegations of", "some politicians … associated them with an allegedly 'sinister' protest", set 42)
_HEARSAY = lazy(r"(?:allegations|accusations|claims|charges|rumou?rs|reports|allegedly|reportedly|supposedly)\b", re.I)
# (stop 44) but not hearsay set against that view, another source's ("were seen as generally free and fair, despite
# reports of violence")
_CONCESSIVE = lazy(r"\b(?:despite|notwithstanding|although|though|but|yet)\s+(?:[\w'’\-]+\s+)?$", re.I)
_SENTENCE_END = lazy(r"[.!?;\x00\n]\s")
# what hearsay reported: "of" and nouns listed with commas, no verb among them ("of police brutality, corruption, and")
_OBJECTS_LISTED = lazy(
    r"\s*of\s+(?:(?!(?:is|are|was|were|has|have|had|been|being)\b)[\w'’\-]+(?<!ed)[\s,]+){1,16}(?:and|or)\s*$", re.I
)


# the first words of a reported phrase that holds no crowd: a participle or an adverb ("accused of", "allegedly"),
# an impersonal or existential subject, a preposition of hearsay ("There are allegations", "amid reports")
# (stop 44) and a passive after its adverb ("is often cited as", "was widely seen as"): no holders either
_NO_HOLDERS = frozenset(
    "there it amid despite according following after over often widely commonly generally sometimes frequently long "
    "once also".split()
)


def _same_sentence_reported(s: str, start: int, reported: list[tuple[int, int]]) -> bool:
    """The last vague phrase reported before ``start`` names a crowd ("by media", "Critics say"; not "accused of")
    and ends in the same sentence, within 200 characters."""
    i = bisect_right(reported, (start, -1)) - 1
    if i < 0 or reported[i][1] > start or start - reported[i][1] > 200:
        return False
    first = s[reported[i][0] : reported[i][1]].split(None, 1)[0].lower()
    before = s[max(0, start - 12) : start].rstrip().lower()
    # "…, including allegations of"; the last of a list of what hearsay reported ("reports of brutality, …, and
    # allegations of abuse")
    listed = before.endswith((" and", " or")) and _OBJECTS_LISTED.match(s, reported[i][1], start) is not None
    part = before.endswith("including") or listed
    if not part and first != "by" and (first.endswith(("ed", "ly")) or first in _NO_HOLDERS or _HEARSAY.match(first)):
        return False  # "are accused of beating …, who was allegedly left": two claims, neither's holders given
    # a part of the hearsay reported before it ("There were allegations of abuse, including allegations of killings")
    return _SENTENCE_END.search(s, reported[i][1], start) is None


def _reach(s: str, start: int) -> int:
    """Where the antecedent may begin: this paragraph and the one before, at most REACH characters."""
    lo = max(0, start - REACH)
    nul = s.rfind("\x00", lo, start)
    if nul != -1:
        before = s.rfind("\x00", lo, nul)
        lo = before + 1 if before != -1 else lo  # this paragraph and the one before, no further
    return lo


def _antecedent(s: str, start: int, reported: list[tuple[int, int]]) -> bool:
    """A plural noun of people before ``start`` (in reach) names, counts or defines its group."""
    return any(
        head_noun(m.group()) is not None and _outside(m.start(), reported) and _definite(s, m.start(), m.group())
        for m in _WORD.finditer(s, _reach(s, start), start)
    )
