"""A view credited to an anonymous crowd by a noun phrase, not a verb (issue 19).

"The consensus among economists is that …", "the prevailing view among diplomats is that …", "Analysts' view is
that …", "Experts' fear is that …": the crowd holds the view as the subject of "say" or "believe" would, but the
claim hangs on a noun of opinion and its holder is a prepositional object or a possessor. Read as a construction: a
noun of opinion, its holder (a plural noun of people by its form or a listed crowd, after "among", "of", "in" or
"within"; or a listed crowd before it as a possessor) and the clause it holds ("is that", "that"). A holder with a
determiner, a number or a name ("the consensus among the IMF's economists", "two analysts' view") is a known group,
as "the officials" is.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.bare_subject import person_noun
from brieflint.lazyre import lazy

# the nouns of a held view: belief, expectation, judgement and worry (the class, not the words prose showed)
OPINION_NOUNS = (
    "view consensus belief sense feeling perception expectation assumption understanding impression fear worry "
    "hope assessment verdict conclusion"
)
_OPINION_ALT = OPINION_NOUNS.replace(" ", "|")
_HEAD_WORDS = (
    "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
    "opponents supporters proponents scholars researchers economists diplomats officials scientists academics "
    "strategists investors traders activists advocates residents voters parents people"
)
_HEAD_ALT = _HEAD_WORDS.replace(" ", "|")
_HEADS = frozenset(_HEAD_WORDS.split())
# "the consensus among economists is that": the holder after a preposition, one or two modifiers allowed
AMONG = (
    rf"\b(?:{_OPINION_ALT})s?\s+(?:among|of|in|within)\s+(?P<among>(?:[\w'’\-]+\s+){{0,2}}?)(?P<holder>[\w'’\-]+)\s+"
    r"(?:(?:is|was|has\s+been|remains|seems\s+to\s+be)\s+)?that\b"
    # or the view as a speaker ("current consensus among scientists says birds evolved from")
    r"|\b(?:consensus|view|opinion|belief)\s+among\s+(?P<among2>(?:[\w'’\-]+\s+){0,2}?)(?P<holder2>[\w'’\-]+)\s+"
    r"(?:says|said|holds|held|suggests|suggested)\b"
)
# "Analysts' view is that": the holder as a possessor, the view the subject of "is that"
POSSESSED = (
    rf"\b(?:{_HEAD_ALT})['’]\s+(?:(?:main|prevailing|general|common|shared)\s+)?(?:{_OPINION_ALT})s?\s+"
    r"(?:is|was)\s+that\b"
)
_KNOWN = frozenset(
    "the these those its their his her our my your both all two three four five six seven eight nine ten "
    "several other such whose".split()
)
_DIGIT = lazy(r"\d")
_POSSESSOR_BEFORE = lazy(r"(?:\b(?:the|these|those|its|their|our|two|three|four|five|\d+)|['’]s?)\s+$", re.I)


# the nouns of belief and expectation an existential form reports held by nobody ("there is a sense that",
# "there was optimism that"): the class, not the words prose showed first
EXISTENTIAL_OPINIONS = (
    "sense|belief|perception|misperception|misconception|notion|feeling|view|consensus|expectation|anticipation|"
    "fear|concern|suspicion|impression|understanding|assumption|presumption|worry|hope|optimism|pessimism|"
    "confidence|doubt|skepticism|scepticism|agreement|recognition|awareness|acceptance|conviction"
)


def held_by_crowd(s: str, hit: re.Match[str]) -> bool:
    """The view matched by ``hit`` (AMONG or POSSESSED) is held by an anonymous crowd: no determiner, number or
    name marks its holder."""
    groups = hit.groupdict()
    among = groups.get("among") if groups.get("among") is not None else groups.get("among2")
    if among is not None:
        holder = (groups.get("holder") or groups.get("holder2") or "").lower()
        if holder not in _HEADS and not (holder.endswith("s") and person_noun(holder)):
            return False  # "the view in Washington is that": no crowd holds it here
        words = among.split()
        return not any(w.lower() in _KNOWN or w[:1].isupper() or _DIGIT.search(w) for w in words)
    # the possessor has no determiner or possessor of its own before it ("the analysts' view"), nor a name
    # inside its sentence ("IMF analysts' view")
    before = s[max(0, hit.start() - 30) : hit.start()].replace("\x00", "\n")  # NUL: between paragraphs
    if _POSSESSOR_BEFORE.search(before):
        return False
    words = before.split()
    if not words or not before[-1:].isspace():
        return True
    last = words[-1]
    return not (last[:1].isupper() and not last.endswith((".", "!", "?", ":", '"', "”")))


# the words the two readings are routed by: the opinion nouns (singular and plural) and the holders
AMONG_TRIGGERS = " ".join(w for n in OPINION_NOUNS.split() for w in (n, n + "s"))
POSSESSED_TRIGGERS = _HEAD_WORDS


# a claim with its content clause and no owner: "the contention that", "Warnings that AI chatbots produce …",
# "confirm previous warnings that", "Rumors that the minister …" (sets 5, 20, 22, 23). The nouns of a voiced claim
# (not of a held feeling: "concerns that", "fears that" are the adjunct and existential readings'); after nothing
# (the clause's start), an article, an adjective of time, frequency or spread, or the "by" of a passive's agent
# ("were later undone by assertions that classrooms didn't need windows", set 35) only: a possessor, a name, a body or
# a role before it owns the claim ("Trump's claims that", "government claims that"), a determiner of reference points
# back to claims named before ("these claims that"), an adjective of falsity is the writer's own rebuttal
# ("unsupported claims that"). The "that" opens a content clause, not a relative one ("claims that were filed",
# "warnings that the agency issued")
_CLAIM_NOUNS = "contention warnings rumors rumours claims allegations accusations assertions suggestions speculation"
_OPEN = r"(?:^|(?<=[.!?:;(—–\x00\n] )|(?<=[.!?:;(—–\x00\n])|(?<=[“\"‘] ))"
_AFTER_WORD = "".join(
    rf"|(?<=\b{w} )|(?<=\b{w.capitalize()} )"
    for w in "the a an previous earlier repeated recent widespread persistent growing new similar frequent "
    "unconfirmed unverified early initial old long-standing mounting by "
    # and the verbs that weigh a claim someone else made ("to investigate claims that Iraq had …", set 104)
    "investigate investigates investigated investigating probe probed probing examine examined examining deny denied "
    "denies denying dismiss dismissed dismisses dismissing reject rejected rejects rejecting refute refuted".split()
)
UNOWNED_CLAIM_TRIGGERS = _CLAIM_NOUNS
UNOWNED_CLAIM = (
    rf"(?:{_OPEN}{_AFTER_WORD})(?:{_CLAIM_NOUNS.replace(' ', '|')})\s+that\s+"
    r"(?!(?:were|was|are|is|have|has|had|will|would|can|could|may|might|should|must|did|do|does|not)\b)"
    r"(?!(?:[\w'’\-]+\s+){1,4}?(?:filed|made|issued|raised|submitted|received|sent|published|posted|denied|rejected|"
    r"heard|dismissed|leveled|levelled|voiced|aired|brought)\b)"
)
