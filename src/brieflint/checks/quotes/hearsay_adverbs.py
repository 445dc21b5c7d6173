"""A hearsay adverb ("reportedly", "allegedly") whose sentence answers it: who reports is named (issue 19).

"Reportedly" credits a claim to reports nobody names; the sentence around it may name them after all. It is
answered, and no vague attribution, when:

- a source is named in its clause ("reportedly, according to Reuters,"; "…, according to The Times." closing the
  sentence covers all of it); a source opening a clause coordinated after it covers that clause only ("Iran reportedly
  provides …, and according to U.S. officials may be complicit" stays vague: stop 41);
- the verb it modifies is a verb of saying, whose subject is the speaker ("He reportedly told them that …"), unless a
  form of "be" makes it a passive ("were reportedly denied access": no one speaks);
- it stands in a relative clause whose sentence has a speaker ("regulators ordered ISPs to block sites that allegedly
  …"), or in a reduced relative after its noun, the holder's ("Bryan showed videos of gatherers purportedly giving").
"""

from __future__ import annotations

import re

from brieflint.checks.quotes import named_speech as ns
from brieflint.checks.quotes.cues import SPEAKER, speaker_in
from brieflint.checks.quotes.families import BE_BEFORE
from brieflint.checks.quotes.lexicon import CUE_WORDS
from brieflint.checks.quotes.subjects import reduced_relative
from brieflint.lazyre import lazy

_SOURCED = lazy(r"\b(?:according\s+to|citing|quoted\s+by|reported\s+by|told)\s+(?:the\s+)?[A-Z]|\breports\s+\([A-Z]")
# the verb an adverb modifies: the next word, after an auxiliary ("reportedly has said")
NEXT_WORD = lazy(r"\s+(?:(?:has|have|had|was|were|is|are|been|being)\s+)?([\w'’\-]+)")
_BE_BEFORE = lazy(BE_BEFORE, re.I)
_RELATIVE = lazy(r"\b(?:that|which|who)\s+$", re.I)


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
    if verb is not None and verb.group(1).lower() in CUE_WORDS and not _BE_BEFORE.search(s, lo + 1, hit.start()):
        return True  # "He reportedly told them that …": its subject speaks ("were … denied access": a passive)
    rel = _RELATIVE.search(s, max(lo + 1, hit.start() - 12), hit.start())
    before = s[lo + 1 : rel.start()].split() if rel is not None else []
    if before and not all(w[0].isupper() for w in before) and speaker_in(" ".join(before)) in SPEAKER:
        return True  # "regulators ordered ISPs to block sites that allegedly …" ("Łukasz, who …": no speaker)
    return reduced_relative(s, lo + 1, hit.start(), verb)  # "videos of gatherers purportedly giving …": his claim
