"""A hearsay adverb ("reportedly", "allegedly") whose sentence answers it: who reports is named (issue 19).

"Reportedly" credits a claim to reports nobody names; the sentence around it may name them after all. It is
answered, and no vague attribution, when:

- a source is named in its clause ("reportedly, according to Reuters,"; "…, according to The Times." closing the
  sentence covers all of it); a source opening a clause coordinated after it covers that clause only ("Iran reportedly
  provides …, and according to U.S. officials may be complicit" stays vague: stop 41);
- it stands in a relative clause whose sentence has a speaker that acts on the claim ("regulators ordered ISPs to
  block sites that allegedly …"), or in a reduced relative after its noun, the holder's ("Bryan showed videos of
  gatherers purportedly giving").
- it hedges a work's authorship and the purported author is named after "by" ("journals purportedly written by Adolf
  Hitler").

A verb of saying after it is no answer (stop 43): "He reportedly told them that …" reports, from nobody named, that
he spoke, as the annotation guide's "reportedly" with no link is vague; four blind labellers labelled it so.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes import named_speech as ns
from brieflint.checks.quotes.cues import SPEAKER, speaker_in
from brieflint.checks.quotes.lexicon import CUE_WORDS
from brieflint.checks.quotes.subjects import reduced_relative
from brieflint.lazyre import lazy

_SOURCED = lazy(r"\b(?:according\s+to|citing|quoted\s+by|reported\s+by|told)\s+(?:the\s+)?[A-Z]|\breports\s+\([A-Z]")
# the verb an adverb modifies: the next word, after an auxiliary ("reportedly has said")
NEXT_WORD = lazy(r"\s+(?:(?:has|have|had|was|were|is|are|been|being)\s+)?([\w'’\-]+)")
_RELATIVE = lazy(r"\b(?:that|which|who)\s+$", re.I)
# (stop 43) the acts an authority takes on a claim it holds ("regulators ordered ISPs to block sites that allegedly
# …", "police arrested four men who allegedly …"): its allegation; after another act the claim is no one's ("Amedeo
# approached Vittorio who reportedly punched him": Amedeo reports nothing)
_ACTS_ON_CLAIM = frozenset(
    """ordered order orders arrested arrest arrests detained detain detains charged charge charges banned ban bans
    blocked block blocks sanctioned sanction sanctions indicted indict indicts prosecuted prosecute prosecutes
    convicted convict convicts raided raid raids seized seize seizes expelled expel expels closed close closes
    fined fine fines suspended suspend suspends shut shuts deported deport deports accused accuse accuses
    approved approve approves adopted adopt adopts passed pass passes signed sign signs enacted enact enacts
    issued issue issues""".split()
)
# a work credited to its purported author, named after "by" ("journals purportedly written by Adolf Hitler"): the
# claim is the work's, and its author is named
_BY_AUTHOR = lazy(r"\s+by\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _other_clause(s: str, at: int, src: re.Match[str], end: int) -> bool:
    """The source ``src`` opens a clause coordinated after the one at ``at`` ("Iran reportedly provides …, and according
    to U.S. officials may be complicit"): it names the source of that clause only. A source closing the sentence after a
    comma ("…, and one of them died, according to The Times.") credits the whole sentence."""
    cut = [i for i in (s.find(", and ", at, src.start()), s.find(", but ", at, src.start())) if i != -1]
    return bool(cut) and not (s[src.start() - 2 : src.start()] == ", " and "," not in s[src.end() : end])


def hearsay_answered(s: str, hit: re.Match[str]) -> bool:
    """The hearsay adverb of ``hit`` is answered by its sentence: its source, its speaker or its holder is named."""
    lo = ns.sentence_start(s, hit.start()) - 1  # past initials and abbreviations ("(BBC etc.)")
    ends = [i for i in (s.find(c, hit.end()) for c in ".;!?\n") if i != -1]
    end = min(ends) if ends else len(s)
    if (src := _SOURCED.search(s, lo + 1, end)) is not None and not _other_clause(s, hit.end(), src, end):
        return True  # "reportedly, according to Reuters,": named ("…, and according to X may be" is not)
    verb = NEXT_WORD.match(s, hit.end())
    if verb is not None and verb.group(1).lower() in CUE_WORDS and _BY_AUTHOR.match(s, verb.end()):
        return True  # "journals purportedly written by Adolf Hitler": the purported author named
    rel = _RELATIVE.search(s, max(lo + 1, hit.start() - 12), hit.start())
    before = s[lo + 1 : rel.start()].split() if rel is not None else []
    if (
        before
        and not all(w[0].isupper() for w in before)
        and not _ACTS_ON_CLAIM.isdisjoint(w.lower().strip(",;") for w in before)
        and speaker_in(" ".join(before)) in SPEAKER
    ):
        return True  # "regulators ordered ISPs to block sites that allegedly …" ("Łukasz, who …": no speaker)
    return reduced_relative(s, lo + 1, hit.start(), verb)  # "videos of gatherers purportedly giving …": his claim
