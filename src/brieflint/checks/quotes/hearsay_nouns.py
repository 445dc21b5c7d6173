"""Hearsay nouns and whose they are: "reports of", "allegations that", "accusations of" (issue 19).

"amid reports of a campaign" credits a claim to nobody; but the context may say whose the reports are (a
determiner or possessor before them, a named speaker, a record that holds them), that they are only a risk ("open
to accusations of"), an inquiry's subject ("to investigate allegations of"), or what someone handled ("Reports of
abuse were not addressed"). Read by ``vague_context.accept`` for the ``hearsay_noun`` pattern of
:data:`brieflint.checks.quotes.vague_patterns.VAGUE_PATTERNS`.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes import named_speech as ns
from brieflint.checks.quotes.hearsay_adverbs import NEXT_WORD
from brieflint.checks.quotes.subjects import ALPHA_ROLES
from brieflint.lazyre import lazy

# before a bare group: words that make it a definite, counted or possessed group ("the officials",
# "two diplomats", "Iraq's ministers"), so not an anonymous one
DETERMINERS = (
    r"these|those|its|their|his|her|our|my|your|both|all|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|several|other|such|whose|which|who"
)

# the same before a plural group, where "this" and "that" determine nothing ("a perception that parents …
# echoed", "This week officials said")
DEFINITE_PLURAL = lazy(rf"(?:\b(?:the|{DETERMINERS})|\d|['’]s?)\s+(?:[\w.'’\-]+\s+){{0,2}}$", re.I)

_CONJUNCTION = lazy(r"\b(?:and|or)\s+", re.I)

CLAUSE_END = ".;:!?,—(\x00\n"

_NONE_OF_EITHER = lazy(r"\bno\s+(?:[\w'’\-]+\s+){1,3}(?:or|nor)\s+(?:[\w'’\-]+\s+){0,2}$", re.I)
# a charge that may come, not one made: "leaves contracts open to accusations of", "invites allegations that"
_EXPOSED = lazy(
    r"\b(?:(?:open|vulnerable|subject|exposed|susceptible|immune|sensitive)\s+to(?:\s+any)?(?:\s+(?:further|renewed|new))?|"
    r"invites?|invited|risks?|avoids?)\s+$",
    re.I,
)
# allegations that an inquiry or a hearing takes up are its subject, whoever made them ("a joint investigation team to
# inquire into allegations of money laundering", "a hearing to discuss allegations of bias", "it expanded to cover
# allegations of corruption": sets 57, 58 and 61)
_EXAMINED = lazy(
    r"\b(?:investigat\w*(?:\s+into)?|inquir\w*\s+into|enquir\w*\s+into|prob\w*(?:\s+into)?|examin\w*|look\w*\s+into|review\w*|"
    r"discuss\w*|cover(?:s|ed|ing)?|address\w*|respond\w*\s+to|hear(?:s|d|ing)?|"
    # (stop 40) and reports played down or ignored, an adjective between ("censors minimized early reports of illness")
    r"minimi[sz]\w*|downplay\w*|suppress\w*|ignor\w*)\s+(?:the\s+|these\s+|those\s+)?(?:early\s+|initial\s+|first\s+)?$",
    re.I,
)


# reports or allegations that someone handled, as the subject of the passive ("Reports of abuse were not addressed",
# "allegations of fraud were investigated")
_HANDLED = lazy(
    r"[^.;:!?\n]{0,80}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:not\s+|never\s+|later\s+|also\s+)?"
    r"(?:addressed|ignored|investigated|dismissed|handled|examined|reviewed|referred|looked\s+into)\b",
    re.I,
)

# words after which "reports" is a noun ("amid reports of", "denied reports that"), not a verb
_NOMINAL_BEFORE = frozenset(
    "amid despite after following and or with of about denied dismissed rejected confirmed cited there are were "
    "is was been new unconfirmed unverified numerous several many some widespread growing persistent conflicting "
    "recent early initial press media news included include includes including credible reliable multiple further "
    "continued continuing repeated frequent occasional sporadic isolated various".split()
)
# the role after "of" is the whole object: the reports' makers, not what they are about ("of government interference")
_WHOLE_OBJECT = lazy(r"\s*(?:[,.;:)]|$|\s(?:that|who|which|on|about|in|from|at)\b)")


def _nominal_context(s: str, at: int) -> bool:
    """The word before ``at`` makes the word at ``at`` a noun, or it opens its sentence (after a comma,
    "…, reports that" closes an appositive: a verb)."""
    head = s[max(0, at - 40) : at]
    cut = max(head.rfind(c) for c in CLAUSE_END)
    words = head[cut + 1 :].split()
    if not words:
        return cut != -1 and head[cut] != ","
    return words[-1].lower() in _NOMINAL_BEFORE


# hearsay a verb's subject levels at someone "with" it ("continue to target Moscow with accusations of", set 68)
_WITH_CHARGE = lazy(r"\b[a-z]+(?:s|ed|ing)?\s+(?:[A-Z][\w'’\-]*\s+){1,3}with\s+(?:\w+\s+)?$")
# charges the camps of a contest level at each other ("rival accusations of misconduct", "amid mutual allegations"):
# the camps' own, named with the contest
_MUTUAL = lazy(r"\b(?:rival|mutual|reciprocal)\s+$", re.I)


def hearsay_noun_answered(s: str, hit: re.Match[str]) -> bool:
    """The hearsay noun of ``hit`` ("reports of", "allegations that") is someone's in its context, or no claim: a
    determiner or possessor says whose, a named speaker or record holds it, or it is a risk, an inquiry's subject or
    what someone handled."""
    head = s[max(0, hit.start() - 40) : hit.start()]
    if _NONE_OF_EITHER.search(head):
        return True  # "there were no formal complaints or confirmed reports that": none of either was made
    # the conjunct before "and" has its own determiner: "over the deaths of four other men and
    # allegations of forced labor" says whose deaths, not whose allegations
    head = _CONJUNCTION.split(head[max(head.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :])[-1]
    if DEFINITE_PLURAL.search(head):  # plurals all: "This follows allegations that" determines nothing
        return True  # "the reports of …", "Reuters' reports that …": whose reports is said
    if _EXPOSED.search(head):
        return True  # "open to accusations of …", "invites allegations that …": a risk, no one's charge
    if _EXAMINED.search(head):
        return True  # "to inquire into allegations of money laundering": an inquiry's subject
    if _HANDLED.match(s, hit.end()):
        return True  # "Reports of abuse were not addressed": the reports are what someone handled, no claim relied on
    if _WITH_CHARGE.search(head):
        return True  # "the media target Moscow with accusations of": the verb's subject makes them
    if _MUTUAL.search(head):
        return True  # "rival accusations of misconduct": each camp's against the other
    if ns.said_by_named(s, hit.start()) or ns.placed_in_named(s, hit.end()) or ns.made_in_sentence(s, hit.start()):
        return True  # "Monitors from the OSCE said … accusations of": theirs; "… were described in X's Report"
    if hit.group("hearsay_noun").lower() == "reports" and not _nominal_context(s, hit.start()):
        return True  # "Harvey, stationed in Aceh, reports that …": a verb with its subject
    nxt = NEXT_WORD.match(s, hit.end() - 1)
    if (
        nxt is not None
        and nxt.group(1).lower() in ALPHA_ROLES
        and hit.group().rstrip().endswith("of")
        and _WHOLE_OBJECT.match(s, nxt.end())  # (stop 44) not "reports of officials complicit in": about them
    ):
        return True  # "reports of investigators that …": theirs ("reports that lawyers were held" stays)
    return False
