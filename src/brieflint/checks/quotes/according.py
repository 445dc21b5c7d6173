"""Q102: "according to" with a source that names no one (issue 19): two of the built-in patterns, routed by vague.py
with the others (vague_patterns.VAGUE_PATTERNS, trigger "according").

The source after "according to" is vague when it is a crowd ("according to some analysts", "according to
residents"), reports or sources of a kind or a side ("according to local media", "according to independent
sources", "according to security officials"), or data nobody published ("according to 2020 data shared with the
newspaper"). It is named when a body, an outlet or a publisher follows ("data from the census bureau", "According to
reports on CNN"), and a body's documents by their kind are its own ("according to government estimates", "police
reports": labelled none).
"""

from __future__ import annotations

from brieflint.checks.quotes import families as fam

# the nouns of people and reports a modifier may stand before ("according to local residents", "media reports")
_SOURCE_NOUNS = (
    r"reports?|sources?|officials|media|accounts?|residents|people|journalists|witnesses|activists|observers|"
    r"analysts|experts|outlets|estimates|news|eye-?witnesses"  # (stop 43) "According to local eye-witnesses", set 325
)

# data whose source nobody names ("according to 2020 data shared with the newspaper"); "data from the census bureau"
# or "data compiled by X" names it
ACCORDING_DATA = (
    r"\baccording\s+to\s+(?:(?:new|recent|preliminary|internal|unpublished|\d{4})\s+){0,2}"
    r"(?:data|figures|statistics|numbers)\b(?!\s+(?:from|by|of|compiled|published|released|collected|gathered)\b)"
)

ACCORDING_CROWD = (
    r"\baccording\s+to\s+(?:(?-i:[A-Z])[\w\-]*['’]s\s+(?=critics|opponents|detractors|supporters|backers))?"
    r"(?:some|many|several|various|a\s+few|most|all(?=\s+(?:sources|accounts|reports)\b)|observers|critics|analysts|"
    r"experts|sources|reports|insiders|"
    r"commentators|people\s+familiar|those\s+familiar|(?:unnamed|anonymous|local|media|press|unconfirmed|unverified|initial|"
    r"witness|eyewitness|news|multiple|(?-i:[A-Z])[a-z]+(?:an|ese|ish))"
    rf"\s+(?:(?-i:[a-z])\w*\s+)?(?-i:{_SOURCE_NOUNS})|"
    # (stop 42) people by their kind or side, none named ("According to independent sources", "security
    # officials"); not a body's documents ("according to government estimates", "police reports": labelled none)
    r"(?:independent|official|unofficial|diplomatic|military|security|intelligence|government|opposition|rebel|"
    r"western|eastern|foreign|other|informed|reliable|credible|knowledgeable)\s+(?:sources?|officials|insiders)|"
    # (stop 42) and one report of the press, none named ("According to a media report"); one source is a person
    r"an?\s+(?:media|press|news|newspaper|unconfirmed|unverified|initial|local)\s+report|"
    rf"{fam.ACCORDING_CROWD})\b"
    # (stop 40) and not with the outlet named after them ("According to reports on CNN and Time Magazine"); "in" or
    # "from" a capital is as often a place ("According to sources in Baghdad")
    rf"(?!{fam.OUTLET_AFTER})"
)
