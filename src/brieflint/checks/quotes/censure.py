"""Censure received from nobody: "has come under fire", "drew sharp criticism", "sparked a backlash" (issue 19).

The idiom reports that people criticised something without saying who: the thing is the subject, the
criticism its object, the critics left out, as an agentless passive leaves them ("has been criticised").
Read from the noun of censure back to a verb of meeting or receiving it (come under, draw, face, attract,
spark, provoke, meet with …) or a preposition of time ("After much criticism,", "following criticism"), with at most a
determiner and three adjectives between ("bipartisan domestic and international condemnation"). A source after the
noun answers who ("drew criticism from the mayor", "criticism by two senators"; "criticism from some
residents" is the crowd's own reading).
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.families import BE_BEFORE
from brieflint.checks.quotes.lexicon import inflect
from brieflint.checks.quotes.verb_classes import CLASSES
from brieflint.lazyre import lazy

# the nouns of censure: routed by them (rarer than the verbs), each read back to its verb
CENSURE_NOUNS = "fire criticism criticisms backlash condemnation outcry derision ridicule scorn"
# the noun, with no source after it in its clause ("from", "by", "among" and a "from" a few words on), nor its
# target ("The report drew criticism of officials …": the report's own criticism, perhaps), unless an adjective of
# a crowd makes the critics many ("prompted widespread criticism of Yahoo": not the breach's own; stop 42)
_CROWD_ADJECTIVE = "|".join(
    rf"(?<=\b{a}\s)" for a in ("widespread", "public", "international", "growing", "mounting", "broad", "bipartisan")
)
CENSURE = (
    rf"\b(?:(?:{_CROWD_ADJECTIVE})(?:criticisms?|condemnation|outcry)\b|"
    r"(?:fire|criticisms?|backlash|condemnation|outcry|derision|ridicule|scorn)\b(?!\s+of\b))"
    r"(?![^.;:!?\n\x00]{0,40}?\b(?:from|by|among)\b)"
)
# the verbs of meeting or receiving censure, with what may stand between them and the noun; "fire" only
# after "under" and before its reason ("came under fire for", "over"; "opened fire", "came under fire near
# the border" is shooting)
_VERB_TO_NOUN = (
    r"\b(?:(?:come|comes|came|coming|been|be|is|are|was|were|fall|falls|fell|fallen|falling)\s+under|"
    r"(?:come|comes|came|coming)\s+in\s+for|(?:draw|draws|drew|"  # (stop 43) "came in for some criticism", set 327
    r"drawn|drawing|attract|attracts|attracted|attracting|garner|garners|garnered|garnering|"
    r"face|faces|faced|facing|spark|sparks|sparked|sparking|provoke|provokes|provoked|"
    r"provoking|trigger|triggers|triggered|triggering|prompt|prompts|prompted|prompting|earn|earns|earned|earning|"
    r"invite|invites|invited|inviting|receive|receives|received|receiving|generate|generates|generated|"
    r"generating|met\s+with|meet\s+with|meets\s+with|meeting\s+with)|"
    # (stop 43) or a preposition of time: censure something followed ("After much criticism, the prime minister formed
    # a commission", "following criticism"); not "the" criticism, told before; not "amid" or "despite" censure, which
    # blind labellers left unlabelled four times of four ("amid an outcry over the deaths", "despite some criticism")
    r"\b(?:after|following)(?!\s+the\b))\s+"
    r"(?:(?:a|an|some|much|the)\s+)?(?:(?:[a-z]+ly|sharp|harsh|fierce|heavy|strong|widespread|growing|mounting|"
    r"intense|considerable|public|international|domestic|regional|bipartisan|immediate|swift|broad|wide|online|fresh|renewed|"
    r"significant|severe|stiff|vocal|global|worldwide|continuing|continued|constant|repeated|extensive|ongoing|"
    r"persistent|sustained|serious|scathing|vehement|massive|huge|early|political|popular|academic|various|"
    r"numerous|several|many|frequent|recurring|multiple)\s+(?:and\s+)?){0,3}"  # (stop 43) and joined: "bipartisan
    # domestic and international condemnation", set 328
)
_BACK = lazy(_VERB_TO_NOUN + "$", re.I)
_WHOLE = lazy(_VERB_TO_NOUN + r"(?:fire|criticisms?|backlash|condemnation|outcry|derision|ridicule|scorn)\b", re.I)
_UNDER_ONLY = lazy(r"under\s+$", re.I)
_REASON = lazy(r"fire\s+(?:for|over)\b", re.I)
REACH = 60  # characters before the noun where its verb may stand


def censure_start(s: str, at: int) -> int | None:
    """The start of the verb that receives the noun of censure at ``at`` ("has come under fire for": "come"),
    or None: no such verb before it, or "fire" that is shooting ("opened fire", "came under fire near")."""
    m = _BACK.search(s, max(0, at - REACH), at)
    if m is None:
        return None
    if s.startswith(("fire", "Fire"), at) and not (_UNDER_ONLY.search(s, m.start(), at) and _REASON.match(s, at)):
        return None
    return m.start()


def receives_censure(sentence: str) -> bool:
    """The sentence's subject receives censure from nobody ("The response fell under heavy criticism."): it names
    the criticised, not a critic (so a passive of blame after it has no agent there)."""
    return _WHOLE.search(sentence) is not None


def is_censure(s: str, start: int) -> bool:
    """A finding at ``start`` is censure received from nobody: its critics are a group, whose members a
    roundup may give right after it (a blogger quoted after "This move attracted sharp criticisms online.")."""
    return _WHOLE.match(s, start) is not None


# opinions voiced by nobody that grow, spread or pursue their object, with what they are about ("concerns about the
# deal have mounted", "Criticism of the war intensifies"), or where they are ("concerns across the industry have
# heightened"); not demands, which state no claim ("Calls grow to create
# …", so labelled by sets 13 and 14), nor their number ("claims rose by a third" counts filings: no verb of quantity)
OPINIONS_SPREADING = (
    # (stop 41) not a court's or a rule's issues ("Two legal questions arose from the death": points of law to settle)
    r"(?<!\blegal\s)(?<!\btechnical\s)(?<!\bprocedural\s)(?<!\bconstitutional\s)"
    r"\b(?:accusations|allegations|claims|charges|criticisms?|concerns|questions|doubts|fears|suspicions|rumou?rs|"
    r"speculation|warnings|complaints|objections|outcry)\s+"
    r"(?:(?:about|over|surrounding|of|against|across|within|throughout)\s+(?:(?!by\b|from\b|among\b)[\w'’.\-]+\s+){1,6}?)?(?:(?:have|has|had)\s+)?"
    r"(?:(?:now|also|increasingly|again|already|long)\s+)?(?:continue[sd]?\s+to\s+)?"
    r"(?:arisen|arose|emerged|surfaced|mounted|swirled|circulated|grown|grew|built|intensified|deepened|spread|"
    r"heightened|escalated|"
    r"persisted|lingered|abounded|(?:arise|emerge|surface|mount|swirl|circulate|grow|build|deepen|persist|linger|"
    r"abound|spread)s?|intensif(?:y|ies)|(?:is|are|was|were)\s+(?:growing|building|mounting|swirling|circulating|"
    r"intensifying|spreading)|"
    r"(?:hound|dogg|haunt|plagu|shadow)(?:ed|e)|(?:hound|dog|haunt|plague|shadow)s?)\b"
    # (stop 40) and reports that emerge with what they say, no determiner saying whose ("Reports emerged of questionable
    # labour practices", "reports appeared that the bank had lent …"; "the reports emerged" are ones named before)
    # (stop 42) and concern as a mass noun opening its clause, growing with what it is about ("Concern is growing that
    # the violence will spread"; not "The main concern is growing debt")
    r"|(?<![\w'’,]\s)\bconcern\s+(?:is|was|has\s+been|had\s+been)\s+(?:growing|mounting|rising)\s+"
    r"(?:that|over|about|among)\b"
    r"|(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bsuch\s)\breports\s+(?:(?:have|had)\s+)?(?:later\s+|also\s+)?"
    r"(?:emerged|surfaced|circulated|appeared|emerge|surface|circulate|appear)\s+(?:that|of)\b"
)


# (stop 44) the verbs by which one person or body judges or opposes another: VerbNet's judgment-33.1 (with a clause or
# an object), "accuse", "attack" and "oppose" (judgment-33.1 leaves "attack" as a physical act), and campaigning or
# protesting against
_JUDGING_LEMMAS = frozenset(
    w for c in CLASSES if c.name == "judgment-33.1" for w in f"{c.any} {c.object} accuse oppose".split()
)
_JUDGING = lazy(
    rf"\b(?:{'|'.join(sorted({f for w in _JUDGING_LEMMAS for f in inflect(w)}, key=len, reverse=True))}|"
    r"attacked|(?:campaign|protest|agitat|lobb)\w*\s+against)\b",  # "attacked" only: "attacks" is mostly a noun
    re.I,
)
_WORD = lazy(r"[^\W\d_]{4,}")  # a word of four letters or more: a subject's content word
_BE_BEFORE = lazy(BE_BEFORE, re.I)  # a passive's "be" before the participle ("Leopold was widely condemned.")


def judges(sentence: str, judged: str = "") -> bool:
    """The sentence has an active verb of judging or opposing ("FPI often campaigns against concerts.", "The union
    condemned the minister."), so its subject may be who a passive of blame in the next sentence leaves out; a
    passive ("Leopold was widely condemned.") or a sentence of other acts ("Violence continued.") names no judge, nor
    does a subject the passive's own subject (``judged``) names again ("A report by the UNODC praised Sweden. The
    UNODC report has been criticized …": nobody criticises itself)."""
    again = {w.lower() for w in _WORD.findall(judged)}
    return any(
        not _BE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        and not again.intersection(w.lower() for w in _WORD.findall(sentence, 0, m.start()))
        for m in _JUDGING.finditer(sentence)
    )
