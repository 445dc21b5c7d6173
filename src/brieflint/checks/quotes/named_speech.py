"""What a named speaker says (Q102, issue 19): a crowd or a hearsay phrase inside the complement of a named
speaker's or a role's verb of saying, earlier in its sentence (``said_by_named``, ``in_named_report``: "Election
monitors from the OSCE said the elections were tainted by credible accusations of …", "Dan Cook … said that …
investors may worry that …"), or in the words a colon gives after a named speaker (``introduced_by_colon``), is that
speaker's claim, not a crowd the writer invokes; and a denied consensus ("not everyone agrees") whose next sentence
names a dissenter has its source (``dissent_named_next``).
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.cues import sentence_subject, speaker_in
from brieflint.lazyre import lazy


def sentence_start(s: str, at: int) -> int:
    """Where the sentence of ``at`` starts, within a bounded window (a paragraph with no sentence end costs no more).
    A point after a capital that follows a point or a blank is an initial's ("the U.S. and others feel"), and one after
    "etc" or "Mr" an abbreviation's ("The news reports (BBC etc.) were … reportedly"): neither ends the sentence."""
    reach = max(0, at - 400)
    start = max(max(s.rfind(c, reach, at) for c in ".;!?\x00\n") + 1, reach)
    while (
        start - 2 >= reach and s[start - 1] == "." and (_initial(s, start - 2) or _ABBREVIATION.search(s, reach, start))
    ):
        start = max(max(s.rfind(c, reach, start - 1) for c in ".;!?\x00\n") + 1, reach)
    return start


def _initial(s: str, at: int) -> bool:
    return s[at].isupper() and s[at - 1 : at] in (".", " ")


_sentence_start = sentence_start
_ABBREVIATION = lazy(r"\b(?:etc|e\.g|i\.e|vs|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof)\.$")


_SAID = lazy(r"\b(?:said|says|stated|states|reported|reports|concluded|found|noted|notes)\b")


def said_by_named(s: str, at: int) -> bool:
    """The hearsay at ``at`` stands in what a named speaker or a role says earlier in its sentence ("Election monitors
    from the OSCE said the elections were tainted by credible accusations of …", set 66): the speaker's claim."""
    lo = _sentence_start(s, at)
    verbs = list(_SAID.finditer(s, lo, at))
    return bool(verbs) and speaker_in(s[lo : verbs[-1].start()], cue_next=True) in ("name", "role")


# the complement of a named speaker's verb of saying ("Dan Cook, the senior market analyst at IG Markets, said that …
# investors may worry that …", "Kerry said the two nations … long have been regarded as"; "states" and "notes", also
# nouns, only with "that"): up to the clause's coordination (", and", ", but"), which may open the writer's own
# clause, or to a quotation that ends the report with its sentence inside ('… wrote that "… this region." Observers
# say': the masked quote hides its full stop)
_SAID_THAT = lazy(
    r"\b(?:(?:said|says|explained|explains|argued|argues)(?:\s+that)?|(?:wrote|writes)(?:\s+that|(?!\s+(?:a|an|to|his|her|"
    # ("wrote a memo to her superiors": a thing written, not a report of its words)
    r"their|its|about|of|in|for|on)\b))|(?:stated|states|noted|notes|reported|reports)\s+that)\b"
)
_COORDINATED = lazy(r",\s+(?:and|but|while|whereas)\b|\s[—–]\s|[\"”’»]\s+[A-Z]")


def in_named_report(s: str, at: int) -> bool:
    """The phrase at ``at`` stands in what a named speaker or a role says earlier in its sentence, with no clause
    coordinated after it: the speaker's claim, not the writer's crowd."""
    lo = _sentence_start(s, at)
    verbs = list(_SAID_THAT.finditer(s, lo, at))
    if not verbs or _COORDINATED.search(s, verbs[-1].end(), at + 1) is not None:  # its first letter may end one
        return False
    subject = s[lo : verbs[-1].start()]
    # the author's own earlier report is the author's claim ("We have previously reported that these practices are
    # often associated with …")
    return speaker_in(subject, cue_next=True) in ("name", "role") or subject.split()[:1] in (["We"], ["we"], ["I"])


# the sentence after opens with a named speaker and a verb of saying ("However, not everyone agrees with the decision.
# Videoblogger Daniel Fraga argues …", "… is convinced by the idea. According to Jean Christophe Schwaab, …")
_NAMED_OPENS = lazy(
    r"[.!?]\s+(?:According\s+to\s+(?:[a-z]+\s+){0,3}[A-Z]|(?:[A-Z][\w'’\-]*\s+){0,3}?[A-Z][a-z]+\s+"
    r"[A-Z][\w'’\-]+(?:,[^,.;]{1,80},)?\s+(?:also\s+)?(?:argues|argued|says|said|writes|wrote|contends|"
    r"contended|believes|claims|claimed|told|warns|warned|insists|insisted))"
)


def dissent_named_next(s: str, end: int) -> bool:
    """The next sentence, right after the phrase ending at ``end`` and its sentence, names one of those it speaks of
    with what they say: "not everyone agrees" then "Videoblogger Daniel Fraga argues …" introduces a named voice."""
    stop = min(len(s), end + 300)
    ends = [i for i in (s.find(c, end, stop) for c in ".!?") if i != -1]
    first = min(ends) if ends else -1
    return first != -1 and _NAMED_OPENS.match(s, first, min(len(s), first + 200)) is not None


def introduced_by_colon(s: str, at: int) -> bool:
    """The paragraph of ``at`` follows one that ends with a colon after a named speaker or a role ("Marcos Miony
    wanted to know about the scandal:"): it gives that speaker's words, quoted without marks, and a crowd or a
    hearsay in them is theirs; not a colon after no speaker ("Here are the key points:")."""
    p = s.rfind("\x00", 0, at)
    if p <= 0:
        return False
    prev = s[max(0, p - 300) : p].rstrip()
    if not prev.endswith(":"):
        return False
    last = prev[max(prev.rfind(c) for c in ".!?\x00\n") + 1 : -1]
    return sentence_subject(last, "") in ("name", "role")


def placed_in_named(s: str, end: int) -> bool:
    """Hearsay nouns whose own clause says where they stand, in a named document or by a named body: "Reports of the
    use of forced labor … were described in the Department's 2020 Human Rights Report", "Allegations of abuse were
    documented by Human Rights Watch". The record is named; "reports of abuse were denied by the government" names
    no source of the reports, and "were described in a report" names no document."""
    return _PLACED.match(s, end) is not None


_PLACED = lazy(
    r"[^.;:!?\x00\n]{0,120}?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:described|documented|detailed|cited|recorded|published|included|confirmed|corroborated|verified|compiled)\s+"
    r"(?:in|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,3}?(?-i:[A-Z])",
    re.I,
)


def made_in_sentence(s: str, start: int) -> bool:
    """Hearsay nouns that the sentence's subject makes or holds ("we decided to offer new reports that contain the
    latest information", "the agency will publish monthly reports of", "The logs contain numerous reports of"), or a
    name raises ("when Der Spiegel raised accusations of bribery"): its own reports and charges, not hearsay from
    nobody."""
    return _MAKES.search(s, max(0, start - 40), start) is not None


_MAKES = lazy(
    r"\b(?:(?:offer|publish|produce|issue|release|prepare|write|file|broadcast|submit|compile)(?:s|ed|ing)?|"
    # (stop 44) or holds as its own content: "The logs contain numerous reports of …" (the logs' records)
    r"(?:contain|record|detail)(?:s|ed|ing)?|hold(?:s|ing)?|held|"
    r"(?-i:[A-Z])[\w'’\-]*\s+(?:rais(?:e|es|ed)|level(?:s|l?ed)?|voic(?:e|es|ed)))\s+"  # "Der Spiegel raised"
    r"(?:(?:new|more|regular|weekly|monthly|annual|quarterly|its|their|our|his|her|numerous|many|several)\s+){0,2}$",
    re.I,
)
