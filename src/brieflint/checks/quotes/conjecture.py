"""The author's conjecture about what a group may do is not an opinion credited to it (issue 19).

Analytic prose weighs consequences: "states may continue to interpret this guidance differently",
"museums could interpret cost questions by reporting …", "some disclosers may anticipate some
retaliation". The modal is the author's: the sentence says what the group might do (to a thing: a
rule, a question, a cost), and credits the group with no claim. Read here (the GAO sweep,
docs/accuracy.md): a vague phrase with a modal (may, might, could, would) whose verb is not one of
saying or believing, and whose verb takes a thing, not a proposition: no clause follows it in its
clause (no "that", "as", "whether", no finite verb) and no quotation. "Some might say the plan is
doomed", "Critics could argue that …" and "Many would interpret the delay as a sign of weakness"
credit a claim and stay vague.
"""

from __future__ import annotations

import re

from brieflint.lazyre import lazy

_MODAL = lazy(r"\b(?:may|might|could|would)\b", re.I)
# saying and believing: with a modal still a claim put in a crowd's mouth ("some might say")
_CLAIM_VERB = lazy(
    r"\b(?:say|argue|claim|contend|insist|suggest|believe|think|assert|allege|maintain|agree|disagree|"
    r"doubt|question|predict|warn|caution|call|describe|see|view|regard|consider|deem)\b",
    re.I,
)
_CLAUSE_END = lazy(r"[.;:!?,—()\x00\n]")
# what makes the verb's complement a proposition: a complementizer, "as", "to be", a quotation
_PROPOSITION = lazy(
    r"\b(?:that|as|whether|if|how|why|what|to\s+be|to\s+mean)\b|[\"“‘«]"
    r"|\b(?:is|are|was|were|will|would|has|have|had|can|cannot|could|should|must|may|might)\b",
    re.I,
)


def conjecture(s: str, start: int, end: int) -> bool:
    """The vague phrase at ``start:end`` is the author's conjecture about what a group may do to a
    thing, not a claim credited to the group."""
    phrase = s[start:end]
    if not _MODAL.search(phrase) or _CLAIM_VERB.search(phrase):
        return False
    stop = _CLAUSE_END.search(s, end)
    rest = s[end : stop.start() if stop else len(s)]
    return _PROPOSITION.search(rest) is None


# a modal before the passive, negated or not: the author's judgement ("can be said to have …", "might be considered a
# …", "can't be considered as an act of defamation"; "may be said to be" stays hearsay)
_MODAL_BE = lazy(
    r"\b(?:might|may|could|can|would|should|must|ca(?=n['’]t)|wo(?=n['’]t))(?:n['’]t|(?<=can)not|\s+not)?\s+"
    r"(?:also\s+|well\s+|perhaps\s+|best\s+)?be\s+"
    r"(?:\w+ly\s+)?$",
    re.I,
)
_ABLE_TO_SAY = lazy(r"\b(?:can|could)\s+(?:\w+ly\s+|also\s+|now\s+)?be\s+(?:\w+ly\s+)?$", re.I)
# a legal category after a passive of considering: the status a law gives, not a view ("any open speech of secession
# is considered a crime as well", "is deemed an offence"); "is considered a threat" stays a view
_LEGAL_STATUS = lazy(
    r"\s+(?:to\s+be\s+)?(?:an?\s+)?(?:(?:criminal|federal|capital|serious|separate|punishable)\s+)?"
    r"(?:crime|offen[cs]e|felony|misdemeano(?:u)?r|illegal|unlawful|treason|violation)\b",
    re.I,
)


def authors_passive(s: str, start: int, end: int, passive: str) -> bool:
    """The passive at ``start``–``end`` (its verb ``passive``) is the author's judgement or a law's: a modal before it,
    or a legal category after "considered" or "deemed"."""
    before = s[max(0, start - 40) : start]
    if (_ABLE_TO_SAY if passive[:4].lower() == "said" else _MODAL_BE).search(before):
        return True
    return passive[:4].lower() in ("cons", "deem") and _LEGAL_STATUS.match(s, end) is not None
