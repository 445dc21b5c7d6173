"""Passives of opinion with no agent or an anonymous one, as the vague attributions read them.

"has been seen as", "is said to be", "was criticized for", "Once hailed for its growth, …": an opinion whose
holder the passive leaves out (vague.py checks the auxiliary before the participle, or that it opens its clause);
and "by" with a crowd as the agent ("welcomed by some", "criticized by scholars", "by some in the region").
Two patterns of :data:`brieflint.checks.quotes.vague_patterns.VAGUE_PATTERNS`, kept here so that their readings
land in a module of their own.
"""

from __future__ import annotations

from brieflint.checks.quotes import families as fam
from brieflint.checks.quotes import style_forms as sf

# the participles that route the agentless passive (a trigger as common as "is" would cost every brief)
OPINION_PASSIVE_TRIGGERS = (
    "seen viewed regarded perceived considered thought said believed reported alleged rumored rumoured speculated "
    "reputed reckoned acknowledged understood suspected hailed praised touted billed accused blamed criticized "
    "criticised condemned credited interpreted misinterpreted construed "
    "denounced derided cited shown proven demonstrated decried lambasted slammed panned "
    "lauded applauded held broached mooted floated disputed claimed ridiculed mocked lampooned vilified "
    + sf.AS_TRIGGERS
)
OPINION_PASSIVE = (
    # "seen as … by many analysts" may name its agent later; "said to have been drafted by X" names
    # the drafter, not who says so; checked in context: after an auxiliary ("has been accused of") or
    # opening its clause ("Once hailed for its growth, …")
    r"\b(?P<passive>(?:seen|viewed|regarded|perceived|considered|thought\s+of|(?:mis)?interpreted(?=\s+as\s+(?!\w+ing\b))|"
    r"construed(?=\s+as\s+(?!\w+ing\b)))\s+as(?!\s+(?:part\s+of|a\s+whole|such|well\s+as)\b)" + fam.no_agent(80) + r"|"
    rf"{sf.AS_PASSIVE}|{sf.CONSIDERED}|{sf.ATTITUDE_PASSIVE}|"  # describing, naming, judging, regarding
    # (stop 42) and "blamed on" someone ("is blamed on the plantations")
    r"(?:(?:hailed|praised|touted|billed|denounced|derided|condemned|cited|held\s+up)\s+as|(?:hailed|praised|"
    r"criticized|criticised|condemned|blamed|denounced)\s+for|blamed\s+on|accused\s+of|cited\s+to|credited\s+(?:with|for)|"
    # suspicion of a deed, not of an illness ("was suspected of dying from the virus": a suspected case)
    r"suspected\s+of(?!\s+(?:dying|having|carrying|contracting|being\s+infected)\b)|"
    # judging verbs with their ground, or closing the clause ("was lambasted over the delay"): blame from nobody
    r"(?:critici[sz]ed|condemned|denounced|derided|decried|lambasted|slammed|panned|lauded|"
    # (stop 42) or with where the judges were and nothing of who ("has been criticized elsewhere in China")
    # (stop 44) and mocking ("The film was widely ridiculed.")
    r"applauded|praised|hailed|disputed|ridiculed|mocked|lampooned|vilified)(?=(?:\s+(?:both\s+)?(?:(?:elsewhere|abroad|internationally|domestically|"
    r"locally|online|on\s+social\s+media|in\s+the\s+(?:media|press))(?:\s+(?:and|or)\s+)?){1,2}"
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’\-]+)?)?(?:\s*[.;:!?]|\s+(?:as|for|over)\b|"
    # (stop 43) or coordinated with another judging participle closing the clause ("was both widely condemned and
    # widely defended")
    r"\s+and\s+(?:(?:\w+ly)\s+)?(?:critici[sz]ed|condemned|denounced|derided|decried|lambasted|slammed|panned|"
    r"lauded|applauded|praised|hailed|disputed|defended|questioned|welcomed)\s*[.;:!?])|"
    r",\s+(?:especially|particularly|notably)\s)|"
    r"(?:broached|mooted|floated)(?=\s*[.;:!?]))" + fam.no_agent(40) + r"|"
    r"(?:said|believed|thought|reported|alleged|rumou?red|understood|suspected|speculated|reputed|reckoned|acknowledged|claimed)"
    # or another verb ((stop 44) "has been speculated to occur")
    r"\s+to\s+(?:be|have)\b|(?:said|believed|thought|alleged|rumou?red|reputed|reported|speculated|suspected)\s+to\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|police|authorities|"
    r"officials|regulators|investigators|parliament|congress|prosecutors)\b)(?-i:[a-z]{3,})\b|"
    # evidence in a raising passive, shown by nobody ("Good teachers have been shown to motivate students"):
    # the research readings start from a noun ("studies show"); this one has none
    r"(?:shown|proven|demonstrated)\s+to\b(?![^.;:!?]{0,80}\b(?:by|according\s+to|in\s+(?:a|the)\s+study)\b))"
)
# a crowd as the agent of a passive ("welcomed by some", "criticized by scholars"): read in context by vague.py
BY_CROWD = (
    # (stop 43) or with where they are, a common noun ("welcomed by some in the region"; not "some of them",
    # "some in Congress", "some at the Treasury": a body's own people)
    r"\b(?P<by_crowd>by)\s+(?:(?:some|many|others)\b(?!\s+(?:of|in|at|from)\b)|"
    r"(?:some|many|others)\s+in\s+the\s+(?-i:[a-z])[\w'’\-]+|"
    # "by critics of the scheme": what they criticise; "analysts of the Federal Reserve": a named body's people
    r"(?:(?:international|independent|foreign|domestic|local|outside|western)\s+)?(?:critics|observers|analysts|"
    r"experts|commentators|skeptics|sceptics|detractors|representatives|opponents|proponents|advocates|campaigners|"
    r"scholars|historians|academics|economists|locals)"  # (stop 42: "criticized by scholars", "seen by locals as";
    # not activists, who act)
    r"\b(?!\s+(?:in|at|from)\b)(?!\s+of\s+(?:the\s+)?(?-i:[A-Z])))"
)
