"""Q102: the existential forms of a vague attribution ("there are indications that", "there is a widespread sense that",
"there were people who felt"): an opinion, a report or a crowd that exists with no one named as holding it. One pattern,
routed by vague.py with the other built-in ones (vague_patterns.VAGUE_PATTERNS, trigger "there").
"""

from __future__ import annotations

from brieflint.checks.quotes.held_views import EXISTENTIAL_OPINIONS

# a scope between a crowd and its "who" ("there were people both in and outside Moldova who felt"): a preposition of
# place and up to five words, none of them "who"
_CROWD_SCOPE = (
    r"(?:\s+(?:both\s+)?(?:in|inside|outside|across|within|from|around|on)\b(?:\s+(?!who\b)[\w'’\-]+){1,5}?)?"
)

THERE = (
    # contracted too ("there's hope that"); a scope may stand between the opinion and its clause
    # ("broad agreement across the spectrum that", "a sense in Washington that")
    r"\bthere(?:\s+(?:are|is|were|was|(?:have|has|had)\s+(?:long\s+|also\s+|\w+ly\s+)?been|remains?|seems\s+to\s+be|"
    r"appears\s+to\s+be|continued\s+to\s+be|continue\s+to\s+be)|['’]s)\s+"
    # up to three words of the noun's ("obviously", "serious"), not a determiner that says whose, a count, a
    # negation ("there is no talk of": none held), nor the writer's rebuttal ("There were unsupported claims that")
    r"(?:(?!(?:the|these|those|this|that|his|her|their|its|our|my|your|two|three|four|five|six|no|not|little|few|"
    r"unsupported|unfounded|unsubstantiated|baseless|groundless|false|bogus|spurious|debunked|discredited)\b)"
    r"[a-z][\w'’\-]*\s+){0,3}"
    # nouns of belief and expectation, as a class; a parenthesis may precede the clause ("a notion (untested) that")
    rf"(?:(?:{EXISTENTIAL_OPINIONS})s?\s+"
    r"(?:(?:across|in|within|inside|throughout)\s+(?:(?!which\b|whom\b)[\w'’\-]+\s+){1,4}?)?"
    r"(?:\([^()\n]{1,80}\)\s+)?(?:that|among)\b|(?:perception|impression)\s+(?=of\b)|"
    # a consensus, or an agreement said to be broad, whose content is a prepositional object ("broad
    # consensus on the need for …"); "an agreement on fishing rights" is a deal, "no consensus on" no claim
    r"(?:(?<!\bno )(?<!\blittle )consensus|(?:broad|general|widespread|growing|wide|near|overwhelming|emerging)"
    r"\s+agreement)\s+"
    r"(?:on|about|over|regarding)\b|"
    r"(?:(?:criticisms?|condemnation|complaints|objections|outcry|backlash)(?!\s+(?:from|by)\b)|"
    # (stop 42) evidence that exists with what it shows and no one who found it ("There is much scientific evidence to
    # indicate that"), as uncited "evidence suggests" is; "no evidence", "little evidence" none held (above)
    r"evidence\s+(?:that|to\s+(?:suggest|indicate|show))|"
    r"suggestions|claims|reports|rumou?rs|allegations|indications|accusations|(?:speculation|whispers|talk)(?=\s+"
    r"(?:that|of)\b(?!\s+(?:goes|went|is|was|has|circulates|circulated|persists|surrounds|surrounded)\b))|"
    r"(?P<those>those|many|some|others|people|[a-z]+(?:ists|ers|ors|ians|ants|ents|ics))"
    rf"{_CROWD_SCOPE}\s+who)\b|"
    # (stop 32) concerns or questions raised by nobody ("There have been special concerns raised about")
    r"(?:\w+\s+)?(?:concerns|questions|doubts|fears|objections)\s+(?:raised|expressed|voiced)\b"
    r"(?!\s+by\b)|"  # and fears held for someone or about something ("There are fears for the safety of")
    r"(?:fears?|concerns?|worries|worry|doubts?)\s+(?:for|about|over)\b(?=\s+\w))"
)
