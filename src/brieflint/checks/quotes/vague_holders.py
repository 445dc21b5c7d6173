"""Who holds the view a vague pattern found: a crowd after "by" that holds or voices an opinion (not an act's
agent), "those who" with a verb of speech or belief, a number that counts the people (a counted group, no crowd),
and the places that are no crowd. Read by ``vague_context.accept``.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.bare_subject import person_noun
from brieflint.checks.quotes.vague_patterns import VERB_FORMS
from brieflint.lazyre import lazy

# a passive that reports a claim or an opinion, before its agent ("hailed as fair by officials")
OPINION_PASSIVE = lazy(
    r"\b(?:claimed|critici[sz]ed|hailed|described|seen|viewed|regarded|considered|condemned|denounced|praised|slammed|"
    r"decried|derided|lambasted|touted|deemed|welcomed|questioned|disputed|denied(?!\s+(?!\w+ly\b|yesterday\b|again\b)[a-z])|alleged|"
    r"reported|rumou?red|labell?ed|characteri[sz]ed|branded|called|dubbed|accused|blamed|suspected|believed|thought|said|"
    r"cited)\b"
    r"(?!\s+(?:the|an?|this|these|his|her|their|its)\s)"
    # (stop 42) not the agent of another participle after it ("believed to be detained by Iranian authorities": the
    # authorities detain; the belief is no one's)
    r"(?![^.;:!?]*\bto\s+(?:be|have\s+been)\s+[a-z]+(?:ed|en|wn)\s+$)"
    r"[^.;:!?]{0,40}$|\breferred\s+to\s+$|"  # "referred to by some"
    # a doubt or a charge voiced by them ("Concerns were raised by trade unions"; not "funds raised by residents")
    r"\b(?:concerns?|questions?|doubts?|objections?|complaints?|fears?|allegations?|claims?|accusations?|criticism)"
    r"\s+(?:[\w'’\-]+\s+){0,3}?(?:raised|voiced|expressed|made|level?led|aired)\s+(?:\w+ly\s+)?$",
    re.I,
)
# an opinion held or voiced, before "by" and a crowd: the participles of holding and voicing one, of judging
# and rejecting (the class of "dismiss", "oppose", "fault", "single out": a stance taken, not an act done), the
# nouns of praise and blame ("a view shared by many", "dismissed by critics as", "received acclaim by some")
_HELD = lazy(
    r"\b(?:shared|held|echoed|voiced|expressed|raised|embraced|assailed|attacked|dismissed|rejected|opposed|"
    r"faulted|censured|ridiculed|mocked|panned|scorned|challenged|contested|endorsed|singled\s+out|"
    r"floated|mooted|broached|credited|"  # (stop 44) an idea put about ("floated by some"), credit ("credited by some")
    r"acclaim|praise|criticism|condemnation|scorn|ridicule|"
    # a claim's noun and the participle of making it ("the estimate made by some specialists that", "arguments put
    # forward by many"), not the act's ("the decision made by some")
    r"(?:estimates?|claims?|predictions?|projections?|forecasts?|arguments?|assertions?|suggestions?|allegations?|"
    r"accusations?)\s+(?:made|put\s+forward|advanced|offered))\b[^.;:!?,]{0,30}$",
    re.I,
)


def opinion_before(s: str, at: int) -> bool:
    """A crowd after "by" at ``at`` holds or voices an opinion: a passive of opinion, speech or blame stands
    before it ("is seen by many as", "was denounced by many"), or a verb or noun of holding or voicing one
    ("shared by many", "critical acclaim by some"). The agent of an act ("carried out by many", "adopted by
    some") credits no claim."""
    lo = max(0, at - 60)
    words = s[lo:at].split()
    while words and words[-1].lower().endswith("ly"):
        words.pop()  # "criticised heavily by"
    last = words[-1].lower() if words else ""
    if last.endswith("ed") and last not in VERB_FORMS and not OPINION_PASSIVE.search(last) and not _HELD.search(last):
        return False  # "seen their knowledge exploited by others": the participle next to "by" is an act's
    if OPINION_PASSIVE.search(s, lo, at) or _HELD.search(s, lo, at):
        return True
    return last in VERB_FORMS


# auxiliaries and adverbs between "who" and its verb ("those who would argue", "some who still believe")
_RELATIVE_AUX = frozenset(
    "would will may might could can do did does have has had also still now already continue to are were long "
    "openly privately quietly".split()
)


def holds_view(s: str, at: int) -> bool:
    """The verb of "there are those who" at ``at`` is one of speech, belief or blame ("there are those who
    argue", "some who still believe"): they credit a view. Any other verb ("those who would commit
    torture") says who acts, not what anyone claims."""
    for word in s[at : at + 60].split()[:5]:
        w = word.strip(',;:()"“”').lower()
        if w in _RELATIVE_AUX:
            continue
        return w in VERB_FORMS or w.startswith(("call", "think", "thought", "point", "report", "refer"))
    return False


# the nouns of places and areas that are no government: a quantified group of them ("some places saw", "many
# areas see") is where something happens, not a crowd that holds a view ("some countries argue" is a crowd of
# governments, still read)
PLACES = frozenset("places areas parts neighborhoods neighbourhoods localities".split())


# (stop 44) the word between is no relative word or conjunction, which opens a clause of its own ("elections in
# December 2016 that observers generally considered": a year, no count)
_COUNTED = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\s+"
    r"(?:(?!(?:that|which|who|whom|where|when|while|because|as|and|but)\s)[\w'’\-]+\s+)?$",
    re.I,
)
# a number counts a pair of nouns of people too ("82 scientists and experts from around the world agreed";
# not "K-12 schools and proponents", where it counts the schools)
_COUNTED_PAIR = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)\s+([\w'’\-]+)\s+(?:and|or)\s+$", re.I
)
# the plural nouns of people a vague subject can open with ("observers", "people"): a number counts them
_PEOPLE = frozenset(
    "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
    "opponents supporters proponents scholars researchers sources people".split()
)


def counted(s: str, hit: re.Match[str]) -> bool:
    """A number counts the people the match opens with ("three people familiar with the plan", "two
    analysts said"): the guide's counted group, not an anonymous crowd."""
    first = hit.group(0).split(None, 1)
    if not first or first[0].lower() not in _PEOPLE:
        return False
    lo = max(0, hit.start() - 30)
    if _COUNTED.search(s, lo, hit.start()) is not None:
        return True
    pair = _COUNTED_PAIR.search(s, lo, hit.start())
    return pair is not None and person_noun(pair.group(1))


# a verb of causing before the crowd, with at most two modifiers between ("made political leaders fear civil war",
# "let many believe"): what events made the crowd feel, stated as the author's fact, not a claim credited to them;
# not across a clause or a preposition ("made clear that many believe", "made it known that", "the estimate made by
# some specialists that", "made proclamations which analysts say")
_CAUSATIVE = lazy(
    r"\b(?:made|make|makes|making|let|lets|letting)\s+"
    r"(?:(?!(?:that|which|who|whom|it|clear|sure|certain|plain|obvious|known|public|up|out|"
    r"by|of|in|for|to|from|with|at|on|into|about|after|before)\b)[a-z][\w'’\-]*\s+){0,2}$",
    re.I,
)


def caused(s: str, at: int) -> bool:
    """The crowd at ``at`` is the object of a verb of causing: its verb after it is a bare infinitive of the
    author's sentence ("The protests made political leaders fear civil war")."""
    if s[at : at + 3].lower() == "by ":
        return False  # "the estimate made by some specialists": the passive's agent, no one caused
    return _CAUSATIVE.search(s, max(0, at - 40), at) is not None


_NAMING_VERB = lazy(r"(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nam(?:e|es|ed|ing)|nicknam(?:e|es|ed|ing))$", re.I)
# the object of naming, then the name: capitalised or in marks ("calling the area Martyr Square", "call it 'Tahrir'");
# no preposition in the object ("dubbed the envy of Africa", "called this dubious to Népszava" judge)
_NAMED_OBJECT = lazy(
    r"\s+(?:it|them|him|her|(?:the|this|that|these|those|their|our|its)"
    r"(?:\s+(?!(?:of|in|for|to|from|with|by|at|on|as)\b)[a-z][\w'’\-]*){1,2})"
    r"\s+[\"“‘']?(?:the\s+)?[\"“‘']?(?-i:[A-Z])",
    re.I,
)


def names_a_thing(s: str, end: int) -> bool:
    """The crowd's verb ending at ``end`` is one of naming and a name follows its object ("many people are calling
    the area Martyr Square"): a place's or a thing's name in use, no view credited ("critics call the plan a
    disaster" stays)."""
    words = s[max(0, end - 30) : end].split()
    return bool(words) and _NAMING_VERB.match(words[-1]) is not None and _NAMED_OBJECT.match(s, end) is not None
