"""A crowd's view that the text reports as something found: the complement of a finding's verb ("A survey found
that most Americans believe …"), a study or survey that reports it in the same or the next sentence ("Many Americans
say …. …, a new survey shows."), or the view's holders named right after it ("… there was broad recognition that ….
That was the judgement of the blueprint's authors, X and Y."). The finder, the survey or the named holders are the
source, not an anonymous crowd (Q102, issue 19)."""

from __future__ import annotations

import re

from brieflint.lazyre import lazy

# a finding's verb, and "that" or not, before a group: the group's view is what was found ("surveys show that
# parents …", "A Gallup survey found that most Americans believe …", "The survey shows most parents worry")
_FINDING_BEFORE = lazy(
    r"(?<!\bbeen\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)"  # not a passive ("it has been suggested that": hearsay)
    r"\b(?:shows?|showed|shown|finds?|found|suggests?|suggested|indicates?|indicated|reveals?|revealed)"
    # then "that" and up to four words of the group's ("a majority of older"), or a quantifier alone
    r"\s+(?:that\s+(?:[\w'’\-]+\s+){0,4}|(?:most|many|some|few|several|all)\s+)?$",
    re.I,
)


# a named person's or a pronoun's verb of saying, then "that" and up to four words: the crowd's view is part of what
# that person says ("She also argued that Mexican officials see critical journalism as an affront", set 49)
_SPEAKER_BEFORE = lazy(
    r"(?:\b(?-i:he|she|He|She|I|We|we)|\b(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][\w'’\-]+)|"
    r"\b(?-i:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen)\.?\s+(?-i:[A-Z][\w'’\-]+))\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:said|says|argued|argues|wrote|writes|noted|notes|explained|explains|contended|contends|stated|states|"
    r"added|adds|told\s+\w+|insisted|insists|observed|observes|maintained|maintains)(?:\s+out)?"
    r"\s+that\s+(?:[\w'’\-]+\s+){0,4}$"
)


def found_before(s: str, start: int) -> bool:
    """What starts at ``start`` opens the complement of a finding's verb ("Polls found that voters blame …",
    "Studies show that most people believe …") or of a named person's verb of saying ("She argued that officials
    see …"): the view is what was found or said, its source the finder or the speaker (named, or itself a vague
    attribution reported on its own), not a crowd the author invokes."""
    lo = max(0, start - 80)
    return _FINDING_BEFORE.search(s, lo, start) is not None or _SPEAKER_BEFORE.search(s, lo, start) is not None


# a study, survey or poll reporting a finding ("The study found that …", "…, a new survey shows.")
_FINDING = lazy(
    r"\b(?:study|survey|poll|analysis)\s+(?:[\w'’\-]+\s+){0,3}?(?:shows?|showed|shown|finds|found|suggests?|"
    r"suggested|indicates?|indicated)\b|\baccording\s+to\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:study|survey|poll)\b",
    re.I,
)
_CONTRAST = lazy(r"\b(?:although|though|but|however|whereas|yet|nevertheless|contrary)\b", re.I)
FINDING_REACH = 400  # characters after a crowd's view where the finding may be reported
_SENTENCE_END = lazy(r"[.!?](?=\s|\x00|$)|\x00|\n")


def finding_named(s: str, end: int) -> bool:
    """The rest of the sentence of a crowd's view ending at ``end``, or the sentence after it (the next
    paragraph's, for a headline over its deck), reports it as a study's or a survey's finding ("Many
    Americans say …. …, a new survey shows."; "Young people are concerned …. The study found that …"):
    the survey is the source, as "Polls have found that voters blame …" is."""
    limit = min(len(s), end + FINDING_REACH)  # a bounded window: a long sentence costs no more
    first = _SENTENCE_END.search(s, end, limit)
    if first is not None:
        second = _SENTENCE_END.search(s, first.end() + 1, limit)
        limit = second.end() if second is not None else limit
    # (stop 44) a finding set against the view is another source's ("Some observers claimed …, although a later
    # analysis by police found …"): it answers nothing
    return any(_CONTRAST.search(s, end, m.start()) is None for m in _FINDING.finditer(s, end, limit))


# the next sentence names whose view it was ("That was the judgement of the authors of the blueprint, former
# Senator Chris Dodd and former Congressman Barney Frank."): an anaphoric "that" or "this" and a noun of judging
_HOLDERS_NEXT = lazy(
    r"\s*(?:That|This|Such)\s+(?:was|is|has\s+been|had\s+been|remains|remained)\s+(?:also\s+)?the\s+"
    r"(?:[\w'’\-]+\s+)?(?:view|judge?ment|conclusion|position|assessment|verdict|opinion|argument)s?\s+of\b"
)


def holders_named_next(s: str, end: int) -> bool:
    """The sentence after the view ending at ``end`` names who holds it ("That was the judgement of …"), or the
    study that found it ("Surveys of economists show …. In a 2014 IGM Forum survey, only one economist …")."""
    limit = min(len(s), end + FINDING_REACH)
    first = _SENTENCE_END.search(s, end, limit)
    return first is not None and (
        _HOLDERS_NEXT.match(s, first.end(), limit) is not None or _STUDY_NEXT.match(s, first.end(), limit) is not None
    )


# a study the next sentence opens by naming, by its body or its year ("In a 2014 IGM Forum survey, …", "According to
# a Pew Research Center poll, …")
_STUDY_NEXT = lazy(
    r"\s*(?:In|According\s+to)\s+(?:a|an|the|its|their)\s+(?:\d{4}\s+)?(?:[A-Z][\w'’\-]*\s+){1,5}"
    r"(?:survey|study|poll|report|analysis|review|paper)\b"
)
