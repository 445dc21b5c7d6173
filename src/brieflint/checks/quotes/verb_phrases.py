"""The verbs of more than one word a vague group speaks with, and the attitudes it is in (issue 19):
"refer to … as", "reported that", "told … that", "point out", "point to", "counter that", "raise concerns",
"sound the alarm", "are worried". Part of the subject-and-verb reading of :mod:`vague_patterns`.
"""

from __future__ import annotations

from brieflint.checks.quotes.families import CLAUSE_PRONOUNS, CLAUSE_VERB
from brieflint.checks.quotes.verb_classes import FRAMED_PHRASES, FRAMED_WORDS

# a crowd's attitude to a proposition or an event, as a predicate after "are" ("Many residents are worried",
# "people are baffled by the rules"): the class of adjectives and participles of belief, doubt and feeling
# (the participles of the verbs of the "amuse" class among them), not the few that prose showed first
ATTITUDES = (
    r"concerned(?!\s+with\b)|worried|convinced|skeptical|sceptical|divided|unconvinced|doubtful|confident|optimistic|"
    "pessimistic|hopeful|wary|fearful|anxious|uneasy|baffled|puzzled|perplexed|bewildered|confused|alarmed|"
    "troubled|dismayed|frustrated|angered|outraged|upset|disappointed|"
    # and a stance taken in words, with what it is about ("have been critical of", "are vocal in asserting")
    r"critical(?=\s+of\b)|vocal(?=\s+(?:in|about)\b)"
)
BASE_PHRASES = (
    r"call(?:ed|ing)?(?!\s+(?:up|off|back|in|out|for|on|upon|to)\b)|refer(?:red|ring)?\s+to(?=[^.;:!?]{1,60}?\bas\b)"
    # a report with its clause, "that" or a pronoun subject and its verb ("Egyptologists have reported they were")
    rf"|report(?:ed|ing)?(?:\s+that|(?=\s+(?:{CLAUSE_PRONOUNS})\s+{CLAUSE_VERB})"
    # or a count they give ("Human rights groups report more than 450 people have been killed")
    r"|(?=\s+(?:more\s+than|at\s+least|nearly|almost|as\s+many\s+as|up\s+to|dozens|hundreds|thousands|\d+)\b"
    # or events they witnessed ("Several Twitter users reported clashes and police repression")
    r"|\s+(?:heavy\s+|sporadic\s+|fresh\s+|further\s+)?(?:clashes|deaths|casualties|injuries|arrests|attacks|fighting|"
    r"gunfire|explosions|shootings?|looting|violence|abuses)\b))|(?:think|thinking|thought)(?!\s+(?:of|about)\b(?![^.;:!?]{1,60}?\bas\b))"
    # telling someone that, or (stop 43) what they tell with its pronoun subject ("Workers told VOA Monday they were")
    rf"|(?:told|tells?)(?:\s+[\w.'’\-]+){{1,3}}?(?:\s+that\b|(?<!\bme)(?<!\bus)(?=\s+(?:{CLAUSE_PRONOUNS}|we)\s+{CLAUSE_VERB}))"
    r"|point(?:ed)?\s+out|"
    # evidence cited and a rejoinder: "Detractors point to the cost", "Others counter that …"
    r"point(?:ed|ing)?\s+to\b|counter(?:ed|ing)?\s+that\b|"
    # a doubt held ("Critics have concerns", "Legislators have reservations"): the noun after "have" or "had"
    r"(?:(?<=\bhave )|(?<=\bhad ))(?:(?:serious|grave|deep|strong|real|lingering)\s+)?"
    r"(?:reservations|doubts|concerns|misgivings|qualms)\b|"
    # (stop 43) doubt cast on a claim ("analysts have cast doubt on", "Critics cast doubts over")
    r"cast(?:s|ing)?\s+(?:(?:serious|some|further|fresh|new|considerable)\s+)?doubts?\s+(?:on|upon|over)\b|"
    # a doubt raised as a question ("Some have asked why the party lost"), not a request ("asked for", "asked to")
    r"ask(?:ed|ing)?\s+(?:why|whether|how|if|the\s+(?:\w+\s+)?question\b)\b|"
    # a finding with its clause, from a crowd of research only (crowd_structure.finding_by_others)
    r"(?:find|found|discover(?:ed)?)\s+that\b|"
    r"(?:express|voice|raise|sound)(?:d|ed)?\s+(?:(?:\w+\s+)?(?:concerns?|doubts?|fears?|"
    r"skepticism|scepticism|alarm|frustration|reservations|misgivings|questions?|objections?|complaints?|criticism|"
    r"praise|hopes?|optimism|pessimism|disappointment|dismay|outrage|regret|red\s+flags?)|"
    # an opinion voiced ("have voiced the same opinion", "expressed the view that"), not "a view of the sea"
    r"(?:the\s+)?(?:same\s+|opposite\s+|contrary\s+)?(?:opinions?|views?)(?!\s+(?:of|from|over|across)\b))|"
    # blame laid at a door ("Some historians place the blame on the king's advisers")
    r"(?:plac(?:e|ed|ing)|put(?:ting)?|la(?:y|id|ying)|pin(?:ned|ning)?)\s+(?:(?:the|much\s+of\s+the|most\s+of\s+the)\s+)?"
    r"blame\s+(?:on|for|at)\b|"
    # a possibility raised, a view of what may be ("Some even raised the possibility of regulating social media")
    r"rais(?:e|ed|es)\s+the\s+(?:possibility|prospect|spectre|specter)\b|"
    r"(?:are|were|is|was|been|remain|remains|remained)\s+(?:\w+\s+)?"
    rf"(?:{ATTITUDES})|(?:are|were|is|was)\s+of\s+the\s+(?:opinion|view|belief)\s+that\b"
)
# and the verbs of VerbNet's classes that count only in the construction that makes them a claim's verb ("Many
# scholars state that", "Experts declare the reform a failure", "Detractors dismiss it as"): verb_classes.py (the
# two-stage reading of vague.py reads them by a lookup, verb_classes.framed_verb_end, not in this expression)
VERB_PHRASES = BASE_PHRASES + "|" + FRAMED_PHRASES

# the first word of each of those phrases, as a word (each is followed by a blank or the end of the word)
PHRASE_OWN_STARTS = frozenset(
    """call called calling refer referred referring report reported reporting think thinking thought told tell
    ask asked asking reservations doubts concerns misgivings qualms serious grave deep strong real lingering tells
    point pointed pointing counter countered countering find found discover discovered express expressd expressed
    voice voiced voiceed raise raised raiseed sound sounded soundd are were is was been remain remains
    remained place placed placing put putting lay laid laying pin pinned pinning cast casts casting""".split()
)
PHRASE_STARTS = PHRASE_OWN_STARTS | FRAMED_WORDS
# the framed verbs that start no phrase of their own ("expressed concern over" is a phrase, "expressed that" a frame)
FRAMED_ONLY_BYTES = frozenset(w.encode() for w in FRAMED_WORDS - PHRASE_OWN_STARTS)
# the first words of those phrases that no single verb form already starts (vague.py looks a verb up by its first word)
PHRASE_FIRST_WORDS = (
    frozenset(
        "pointing counter countered countering find found discover discovered ask asked asking reservations doubts "
        "concerns misgivings qualms serious grave deep strong real lingering remain remains remained place placed "
        "placing put putting lay laid laying pin pinned pinning cast casts casting".split()
    )
    | FRAMED_WORDS
)
# the verbs of finding the phrases above read ("researchers have found that"): a claim only for a crowd of research
FINDING_VERBS = frozenset("find found discover discovered".split())
