"""Q102: a crowd's verb read as an act by what follows it, not as a claim (issue 19).

"Many claim asylum", "ministers agreed to produce a limit", "officials are holding talks", "Nigerian women say no to
violence", "which many call Obamacare", "residents deemed to be under threat", "trade ministers argued and opponents
rioted", "supporters who were supposed to ensure", "authorities maintained effective control": each verb, with what
follows it, does something; it credits the crowd with no view (crowd_structure.not_a_source reads it).
"""

from __future__ import annotations

import re

from brieflint.lazyre import lazy

# "claim" for money or a right is a request, not an assertion ("people who were not claiming for the cost of their
# accommodation", "Many claim asylum", "Militants claimed responsibility")
_CLAIM_VERB = lazy(r"\bclaim(?:s|ed|ing)?$", re.I)
_CLAIM_REQUEST = lazy(
    r"\s+(?:for|back|asylum|compensation|damages|reimbursement|refunds?|responsibility|credit\s+for|victory|ownership)\b",
    re.I,
)


# "hope" or "agree" with "to" and a verb is a wish or a decision to act ("Many residents hope to return home",
# "ministers agreed to produce a limit"), not a view of what is or will be ("agreed that", "agreed to the terms")
_HOPE_OR_AGREE = lazy(r"\b(?:hop(?:e|es|ed|ing)|agre(?:e|es|ed|eing))$", re.I)
# (stop 41) also across an aside ("ministers agreed, as part of their support for the campaign, to discourage"), and
# agreeing on doing something ("families agreed on jointly raising the children")
_TO_NEXT = lazy(
    r"(?:\s*,[^,.;:!?\n]{1,90},)?\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|it|them|some)\b)"
    r"|\s+(?:on|upon)\s+(?:\w+ly\s+)?\w+ing\b",
    re.I,
)


# "hold" is a view only with what is held true ("Critics hold that", "many hold the view that", "held him
# responsible"); with an event or a thing it is an act ("officials are holding separate talks", "hold office")
_HOLD = lazy(r"\bh(?:old|olds|olding|eld)$", re.I)
_HELD_VIEW = lazy(
    r"\s+(?:that\b|the\s+(?:view|belief|opinion|position)\b|(?:[\w'’\-]+\s+){1,4}?(?:responsible|accountable|liable)\b)",
    re.I,
)


# "say no" or "say yes" to something refuses or accepts it ("Nigerian women say no to violence"): an act, no claim
_SAY = lazy(r"\bsa(?:y|ys|id|ying)$", re.I)
_SAYS_NO = lazy(r"\s+(?:no|yes)\s+to\b", re.I)


# "call" with a proper name and no complement after it gives a thing its name ("the Affordable Care Act, which many
# call Obamacare"), and with a person and "to" summons ("Lawmakers called Zuckerberg to testify"): no view either way
_CALL = lazy(r"\bcall(?:s|ed|ing)?$", re.I)
_NAME_OR_SUMMONS = lazy(r"\s+(?-i:[A-Z])[\w'’\-]*(?:\s*[,.;:!?)\x00\n]|\s*$|\s+(?:and|or|but|to)\b)")


# a participle of deciding or finding with "to be" or "to have" after the crowd is a passive that describes it, not
# its verb ("restricted movement for any residents deemed to be under threat"): an authority's decision about them, a
# reduced relative; not one of belief or speech ("militants believed to be linked to", "dealers said to be offering":
# hearsay, read as such), nor a claim to be ("Many claimed to have seen it")
_PARTICIPLE = lazy(
    r"\b(?:deemed|judged|found|determined|assessed|certified|identified|classified|designated|confirmed)$", re.I
)
_TO_BE_NEXT = lazy(r"\s+to\s+(?:be|have)\b", re.I)
# "accused of" with no one between is a participle: the crowd is accused, it accuses no one ("public officials accused
# of abuses"); "officials accused him of" is the verb
_ACCUSED = lazy(r"\baccused$", re.I)
_OF_NEXT = lazy(r"\s+of\b", re.I)
# "argue" with nothing argued, a quarrel ("trade ministers argued and opponents rioted", "argued over the seats")
_ARGUE = lazy(r"\bargu(?:e|es|ed)$", re.I)
_QUARREL = lazy(r"\s*[.;!?]|\s+(?:and|but|over|with|among)\b", re.I)
# "supposed to" with an act after it is a duty, not a belief ("supporters who were supposed to ensure they had
# housing"); "were supposed to be" stays a view of them (hearsay: "is supposed to have fled")
_SUPPOSED = lazy(r"\b(?:is|are|was|were|be|been)\s+supposed$", re.I)
_TO_ACT_NEXT = lazy(r"\s+to\s+(?!(?:be|have)\b)[a-z]", re.I)
# views expressed with no view given: a range of them, or theirs on a subject ("Several commenters expressed a wide
# range of views regarding the WTO dispute", "expressed their views on the rule"): who commented on what, no claim
_EXPRESS = lazy(r"\bexpress(?:es|ed)?$", re.I)
_VIEWS_ON = lazy(
    r"\s+(?:(?:a\s+)?(?:wide\s+|broad\s+|diverse\s+)?(?:range|variety|diversity|mix)\s+of\s+(?:\w+\s+)?"
    r"(?:views|opinions|perspectives)|(?:their|its|his|her)\s+(?:views|opinions)\s+(?:on|about|regarding|concerning))\b",
    re.I,
)
# "maintain" with what is kept is an act, not an assertion ("civilian authorities generally maintained effective
# control over the security forces", a report's stock phrase; "maintained ties", "maintain order"), as "maintain that"
# or a clause after it asserts
_MAINTAIN = lazy(r"\bmaintain(?:s|ed|ing)?$", re.I)
_KEPT = lazy(
    r"\s+(?:(?:effective|tight|strict|close|full|partial|some|little|no|their|its|his|her|a|an|the|good|public|"
    r"diplomatic|civilian|military)\s+){0,3}(?:control|order|contacts?|ties|relations|links|presence|silence|security|"
    r"custody|records|pressure|neutrality|power|peace|calm|stability|standards|discipline|operations|offices|networks|"
    # and a thing kept going, with its article and an adjective ("attempt to maintain a repressive system")
    r"(?:[a-z]+\s+)?(?:system|regime|status\s+quo|grip|hold|monopoly|dominance|rule|blockade|occupation|apparatus|"
    r"capacity|capabilities|cooperation|partnerships?|dialogue))\b|"
    # or things kept, a plural noun with its place or purpose after it and no verb of a clause ("NGOs maintained
    # mobile victim identification units in three regions"; "maintained the units were underfunded" asserts)
    r"\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*[^s\W]s\b(?=\s+(?:in|at|for|across|throughout|with|on)\b|\s*[.;])",
    re.I,
)
# a passive of naming after the group names the group, which is its object ("Offences committed in certain
# circumstances are called aggravated offences"): a term, no view of the group's
_CALLED = lazy(r"\b(?:are|were|is|was|be|been)\s+(?:called|named|termed)$", re.I)
_ANYTHING = lazy(r"")
# the verbs read as acts by what follows them: (the verb, before ``end``; what follows; whether it must follow (True)
# or must not (False: "hold" is an act unless a view follows))
_ACTS = (
    (_CALLED, _ANYTHING, True),
    (_MAINTAIN, _KEPT, True),
    (_PARTICIPLE, _TO_BE_NEXT, True),
    (_SUPPOSED, _TO_ACT_NEXT, True),
    (_ARGUE, _QUARREL, True),
    (_ACCUSED, _OF_NEXT, True),
    (_EXPRESS, _VIEWS_ON, True),
    (_CLAIM_VERB, _CLAIM_REQUEST, True),
    (_HOPE_OR_AGREE, _TO_NEXT, True),
    (_HOLD, _HELD_VIEW, False),
    (_CALL, _NAME_OR_SUMMONS, True),
    (_SAY, _SAYS_NO, True),
)


def act(s: str, end: int) -> bool:
    """The verb ending at ``end`` is one of ``_ACTS`` with what makes it an act after it."""
    lo = max(0, end - 16)
    return any(
        verb.search(s, lo, end) is not None and (follow.match(s, end) is not None) == must
        for verb, follow, must in _ACTS
    )
