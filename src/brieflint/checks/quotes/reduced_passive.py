"""An agentless passive of opinion with no auxiliary (issue 19): a participle of judging or labelling after its
noun ("A bill derided as a vehicle for …", "a policy widely criticized for its cost") or opening its clause
("Often referred to as …, the president …"). Read after a match of vague_patterns, from the words before it.

An object relative has a subject of its own before the participle, who judges: "the bill that critics derided
as", "what the senator hailed as", "the bill Smith derided as" (a name right before it), "a plan he praised for":
those are not read here.
"""

from __future__ import annotations

from brieflint.checks.quotes.families import no_agent
from brieflint.lazyre import lazy

# the press as a crowd that speaks ("the press speculated …", "the media reported that", "Local media reported most
# of the deceased suffocated", "State media reported the recorder was recovered": an outlet's report is its claim, not
# its coverage, "reported on the case"); "according to local media" and "Israeli media say" are read by
# vague_patterns' other forms
PRESS_TRIGGERS = "press media reports multiple several various numerous unnamed reported projected"
_PRESS_VERBS = (
    r"(?:speculat(?:ed|es|e|ing)|report(?:ed|s)?\s+that|claim(?:ed|s)?|suggest(?:ed|s)?|said|says?|"
    r"predict(?:ed|s)?|insinuat(?:ed|es)|alleged?|rumou?red|warn(?:ed|s)?|portray(?:ed|s)?|dubbed)"
)
_PRESS_ADVERBS = (
    r"(?:(?:has|have|had|was|were|is|are|also|widely|quickly|often|soon|later|lately|recently|initially|first|already|"
    r"yesterday|today|on\s+(?-i:[A-Z][a-z]+day))\s+){0,2}"  # "State media on Saturday reported a … collapsed"
)
# and outlets nobody names, as a crowd ("multiple news outlets reported him dead", "was projected by several media
# outlets"): an outlet's report is its claim, so any report counts; and reports citing sources, as their subject
# ("Reports citing sources within the party have indicated"): whose reports, and whose sources, nobody says
_OUTLETS = (  # the quantifiers that are rare enough to look for at each occurrence ("many" and "some" are not)
    r"(?:multiple|several|various|numerous|unnamed)\s+(?:(?:local|foreign|international|national|"
    r"major)\s+)?(?:(?:news|media|press)\s+(?:outlets|organi[sz]ations|agencies)|outlets)"
)
PRESS = (
    r"(?:(?:(?<=\bthe\s)|(?<=\blocal\s)|(?<=\bforeign\s)|(?<=\bmainstream\s)|(?<=\bstate\s)|(?<=\bstate-run\s))"
    rf"(?:press|media)\s+{_PRESS_ADVERBS}(?:{_PRESS_VERBS}|report(?:ed|s)?\b(?!\s+(?:on|about|it|this|that\s+story)\b))|"
    rf"(?:^|(?<=[.!?]\s)|(?<=\x00))(?-i:Media)\s+{_PRESS_ADVERBS}(?:{_PRESS_VERBS}|report(?:ed|s)?\b(?!\s+(?:on|about)\b))|{_OUTLETS}\s+{_PRESS_ADVERBS}(?:{_PRESS_VERBS}|report(?:ed|s)?|project(?:ed|s)?)|"
    rf"(?:reported|projected)\s+by\s+{_OUTLETS}|"
    r"(?:(?-i:R)eports|(?:media|news|press|unconfirmed|unverified)\s+reports)\s+citing\s+(?:(?:unnamed|anonymous|"
    r"unidentified|multiple|several|senior|local|party|government)\s+){0,2}(?:sources|officials|insiders|people)"
    r"(?:\s+(?:within|in|close\s+to|familiar\s+with|at)\s+(?:[\w'’\-]+\s+){1,5}?|\s+)"
    rf"{_PRESS_ADVERBS}(?:{_PRESS_VERBS}|indicat(?:ed|es?)|show(?:ed|s|n)?))\b"
)
# those whose work is to report, reporting with no one named ("NGOs reported security forces beat detainees",
# "Human rights activists reported", "several NGOs reported that", "Journalists reported a chilling effect"): their
# report is their claim, as an outlet's is; not those whose reports are the author's data ("Participants reported
# feeling tired", "Several states reported increases"). The bare group is checked in context as the others are
REPORTERS_TRIGGERS = (
    "ngos activists journalists monitors observers witnesses organizations organisations nongovernmental "
    "non-governmental"
)
_REPORTER_HEADS = (
    r"(?:ngos|activists|journalists|monitors|observers|witnesses|(?:non-?governmental\s+)?organi[sz]ations)"
)
_REPORT_VERB = (
    r"(?:\s+\([A-Z]{2,6}s?\))?"  # the acronym in parentheses ("Nongovernmental organizations (NGOs) reported")
    r"(?:\s*,\s*however\s*,)?\s+(?:(?:have|had|also|repeatedly|frequently|often|continued\s+to|continue\s+to)\s+){0,2}"
    r"report(?:ed|s)?\b(?!\s+(?:to|on|for|back)\b)"
)
# the head after a quantifier or a scope's adjective is read from the head ("Several NGOs reported", "Local
# nongovernmental organizations reported"): the common quantifiers are no trigger of their own
_QUANTIFIED = "".join(
    rf"(?<=\b{w}\s)" + "|" for w in "several many numerous multiple some local international".split()
).rstrip("|")
# (stop 43) and where they are, before the verb ("Witnesses in the area reported heavy gunfire")
_REPORTER_SCOPE = r"(?:\s+(?:in|from|near|inside|across|around)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?"
REPORTERS = rf"\b(?:(?:{_QUANTIFIED}){_REPORTER_HEADS}|(?P<bare>{_REPORTER_HEADS})){_REPORTER_SCOPE}{_REPORT_VERB}"


# a participle of judging after its noun ("A bill derided as a vehicle for …", "a policy widely criticized for its
# cost"), with no agent after it; vague_context checks the words before it (reduced_relative_passive)
_JUDGING = "derided denounced condemned criticized criticised lambasted decried hailed praised lauded slammed panned"
# (stop 42) and a raising participle after its noun ("a man said to be the leader", "a curse believed to afflict
# those who"): "said" only before "be" or "have" ("Police said to avoid the area" tells a hearer what to do)
_RAISING = "said believed thought reputed rumored rumoured"
REDUCED_TRIGGERS = f"{_JUDGING} {_RAISING}"
REDUCED = (
    rf"\b(?P<reduced>(?:{_JUDGING.replace(' ', '|')})\s+(?:as|for)\b|said\s+to\s+(?:be|have)\b|"
    # a verb after "to", not a plural noun ("believed to reporters" is no raising)
    r"(?:believed|thought|reputed|rumou?red)\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|him|them|me|us)\b)"
    r"(?-i:[a-z]+)(?:(?<!s)|(?<=ss))\b)" + no_agent(40)
)
# a label from nobody with an adverb of frequency ("Often referred to as …", "a city commonly referred to as"),
# opening its clause or after its noun; not after an auxiliary ("is often referred to as": a term's usage)
LABELLED_TRIGGERS = "often commonly sometimes frequently popularly"
LABELLED = rf"\b(?P<labelled>(?:{LABELLED_TRIGGERS.replace(' ', '|')})\s+referred\s+to\s+as)\b"

_CLAUSE_END = ".;:!?,—–(\x00\n"
_PLACE_PREPOSITIONS = frozenset("in near at outside around across".split())
# words that open an object relative or stand as its subject: the participle after them is an active verb
_GAP_WORDS = frozenset("that which whom what who whose he she they we i you it".split())
# words a noun the participle follows cannot be: determiners, auxiliaries, prepositions, conjunctions
_NOT_HEAD = frozenset(
    "a an the this these those his her their its our my your is are was were be been being has have had and or "
    "but of in on at by for to with from as not also".split()
)
_REACH = 80  # characters before the participle read
_DETERMINERS = frozenset("the a an this that its their his her our".split())
# a plural noun or a demonstrative that a relative clause restricts ("films", "those"), not a verb's form ("is", "has")
_RESTRICTED = lazy(r"those|these|ones|(?!(?:is|was|has|as|us|this|its|his|thus|yes|less|unless)$)[a-z]+[^s]s")


def reduced_relative_passive(s: str, at: int) -> bool:
    """The participle at ``at`` follows its noun (after at most one adverb in -ly), with no object relative's
    word or pronoun in the three words before it: a reduced relative passive ("a bill derided as", "a policy
    widely criticized for"), not an active verb with a gap ("the bill that the mayor derided as")."""
    head = s[max(0, at - _REACH) : at]
    cut = max(head.rfind(c) for c in _CLAUSE_END)
    words = head[cut + 1 :].split()
    if words and words[-1].lower().endswith("ly"):
        words = words[:-1]  # "a bill widely derided as"
    if not words:
        return False
    last = words[-1].strip("“”\"'’‘")
    if (
        not last.isalpha()
        or last.lower() in _NOT_HEAD
        or (last[:1].isupper() and len(words) > 1 and words[-2].lower() not in _PLACE_PREPOSITIONS)
    ):
        # (stop 44) a place's name after its preposition is no judge ("a detention center in Ahvaz believed to be")
        return False  # no noun before it, or a name that may be the judge ("the bill Smith derided as")
    # an object relative's word and its subject stand right before the participle ("that the mayor derided")
    if any(w.lower().strip("“”\"'’‘") in _GAP_WORDS for w in words[-3:]):
        return False
    # (stop 42) or, the relative word left out, its subject with a determiner right after the noun it restricts
    # ("those the government believed to be engaged", "72 films the office believed to violate")
    return not (
        len(words) >= 3 and words[-2].lower() in _DETERMINERS and _RESTRICTED.fullmatch(words[-3].lower()) is not None
    )


def press_agent(groups: dict[str, str | None], word: str, clause: str) -> bool:
    """The press, "the media", as the agent of a passive of judging ("was described by the media as a farce"): the
    article names no outlet, as "the media said" names none (``PRESS``)."""
    return groups.get("agent") is not None and word in ("media", "press") and clause.lower().endswith(" the ")
