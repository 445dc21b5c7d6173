"""Who a sentence is about, for the attribution around a quote (issue 19): whether a sentence's
subject is a place or a date rather than a person, and whether the sentence right after a quote
says whose words it was; for a vague attribution, whether a named speaker stands beside the group
("Senator X and farm groups said") or owns the hearsay ("X showed videos of men allegedly …").
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.cues import (
    AUXILIARIES,
    LOCATIVE,
    OPENING_REACH,
    SPEAKER,
    SPEECH_NOUNS,
    YES,
    Cues,
    _bare,
    _classify,
    _tokens,
    cue_spans,
    has_antecedent,
    lower_same_length,
    speaker_cue,
    speaker_in,
)
from brieflint.checks.quotes.lexicon import CAP_STOP, CUE_WORDS, DOC_ROLES, PRONOUNS, ROLES, VAGUE_NOUNS
from brieflint.checks.quotes.marks import title_case_line
from brieflint.document.places import is_place
from brieflint.lazyre import lazy

# a plural agent noun ("reporters", "donors", "protesters", "economists", "Egyptians"): people
_AGENT_PLURAL = lazy(r"(?:ers|ors|ists|ians|ants|ents)$")
ALPHA_ROLES = frozenset(r for r in ROLES if r.isalpha())
_LOCATIVE_WORDS = frozenset({*LOCATIVE, "of"})
_PERSONAL_WORDS = frozenset("he she they him them his her their himself herself themselves we us our".split())


def place_like_subject(s: str) -> bool:
    """``s`` opens (after an opening adverbial) with one capitalised word that names a place (a
    country or a first-level subdivision), as the subject of a verb over things, with no person
    in its predicate ("Baghdad hosted the summit on 12 May."): the place is what the sentence is
    about, not a person who may be speaking next. A word that is not a known place (a surname:
    "Haddad chaired the session.") leaves the quote after it doubtful, so it is not reported."""
    toks = _tokens(s)
    start = 0
    comma = s.find(",")
    if 0 < comma < OPENING_REACH:
        start = sum(1 for _, at in toks if at < comma)
    if start + 1 >= len(toks):
        return False
    tok, nxt = toks[start][0], toks[start + 1][0]
    if not tok[0].isupper() or tok.endswith(("'s", "’s")) or nxt[0].isupper():
        return False
    low = _bare(tok)
    if low in ROLES or low in DOC_ROLES or low in PRONOUNS or low in VAGUE_NOUNS or tok.rstrip(".") in CAP_STOP:
        return False
    # certain only for a known place: a surname in the same place ("Haddad chaired the session.")
    # may well be the speaker of the quote that follows
    return not person_in_predicate(s) and is_place(tok.rstrip(".,;:"))


def person_in_predicate(s: str) -> bool:
    """After its first word (the subject ``possible_speaker_subject`` found), ``s`` deals with people:
    a name, a role, a personal pronoun or a plural agent noun ("Haddad met reporters", "… told his
    aides"). A place or a date as the subject of a verb over things ("Baghdad hosted the summit on
    12 May.") has none: nothing there makes its subject a person who may be speaking next."""
    toks = _tokens(s)
    start = 0
    comma = s.find(",")
    if 0 < comma < OPENING_REACH:
        start = sum(1 for _, at in toks if at < comma)
    for k in range(start + 1, len(toks)):
        low = _bare(toks[k][0])
        if low in _PERSONAL_WORDS or low in CUE_WORDS:
            return True
        if _classify(toks, s, k, True) in ("name", "role", "vague"):
            return True
        if low.isalpha() and _AGENT_PLURAL.search(low):
            return True
    return False


_SPEECH_NOUN_WORD = lazy(r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b", re.I)
_OF_SPEAKER = lazy(r"\s+(?:of|from|by)\s+", re.I)


def attributed_after(after: str, before: str, cues: Cues) -> bool:
    """``after``, the sentence right after a quote that ends its own sentence, says whose words
    they were, as a sentence before it may: a speaker with a cue ("That was how Hassan Nasr put it
    on Sunday.", "That, according to the envoy, is the plan."), a cue that opens its clause with its
    subject after it ("So said the envoy."), or words a speaker owns ("Nasr's words were blunt.",
    "Those were the words of the envoy."). ``before`` holds a pronoun's antecedent."""
    if speaker_cue(after, before, cues) == YES:
        return True
    low = lower_same_length(after)
    for start, end in cue_spans(low, cues):
        # inverted: nothing but an adverb or two before the cue, the speaker after it
        if len(_tokens(after[:start])) <= 2 and not speaker_in(after[:start]):
            who = speaker_in(" ".join(after[end : end + 80].split()[:6]), start_initial=False)
            if who in SPEAKER:
                return True
        break
    for m in _SPEECH_NOUN_WORD.finditer(after):
        owner = after[max(0, m.start() - 80) : m.start()]
        toks = _tokens(owner)
        if toks and toks[-1][0].endswith(("'s", "’s")) and speaker_in(owner) in SPEAKER:
            return True  # "Nasr's words", "the envoy's reply"
        if toks and _bare(toks[-1][0]) in ("his", "her", "their") and has_antecedent(before + " " + after[: m.start()]):
            return True  # "Her answer was blunt."
        of = _OF_SPEAKER.match(after, m.end())
        if of and speaker_in(" ".join(after[of.end() : of.end() + 80].split()[:6]), start_initial=False) in SPEAKER:
            return True  # "Those were the words of the envoy."
    return False


_AND_BEFORE = lazy(r"\band\s+(?:[\w'’\-]+\s+){0,3}$")  # "… and environmental and labor " before a group


SURNAME_REACH = 3000  # characters before a subject (and a third of that after) where its given name may stand


# the verb right after the subject and the medium it speaks in, with a singular possessive ("said in his live stream",
# "wrote on her blog"): the subject is one person
_OWN_MEDIUM = lazy(r"\s+[a-z]+\s+(?:in|on|at|via|during|through)\s+(?:his|her)\b")


def surname(s: str, word: str, at: int) -> bool:
    """``word`` (capitalised, as a subject stands alone at ``at``) is a person's surname in the text ``s``: it
    follows a capitalised given name or title within reach ("State Superintendent Ryan Walters …. Walters said"; "AG
    Todd Rokita …. Rokita and disciplinary officials agreed"), and the text there never writes it in lower case, as
    it would a plural of people ("Farmers said …, the farmers"); or it stands capitalised inside a sentence there ("To
    Rogers,"). A bounded window: as many subjects as a text has cost no more each."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if word.lower() in VAGUE_NOUNS or word.lower() in ROLES:
        return False  # "Government Officials" in a heading gives no person called Officials
    lo, hi = max(0, at - SURNAME_REACH), min(len(s), at + SURNAME_REACH // 3)
    if re.compile(rf"\b{word.lower()}\b").search(s, lo, hi) is not None:
        return False
    if _OWN_MEDIUM.match(s, at + len(word)):
        return True  # "Sanders said in his live stream": one person's verb and medium
    # a given name, or a title's abbreviation ("Gov.", "Sen."); not a sentence's end ("Sunday. Protest organizers"),
    # a determiner ("The Farmers") or a headline's capitals ("Levee Plan Raises Fears Among Coastal Farmers")
    for m in re.compile(rf"\b([A-Z][a-z]+|[A-Z][a-z]{{0,3}}\.)\s+(?:[A-Z]\.\s+)?{word}\b").finditer(s, lo, hi):
        if m.group(1) not in CAP_STOP and not title_case_line(s, m.start()):
            return True
    # or, ending like a plural, capitalised inside a sentence, after a lower-case word or a preposition ("To Rogers,
    # the power …"): a name, as a plural of people is written there in lower case (set 44's "Rogers argued"); not a
    # place, which modifies a crowd ("Since the spring, Iowa farmers argue", "in Texas")
    if not word.endswith("s") or is_place(word):
        return False
    for m in re.compile(rf"(?:\b[a-z]+,?|\b(?:To|For|With|From|By|Like|Unlike))\s+{word}\b").finditer(s, lo, hi):
        if not title_case_line(s, m.start()):
            return True
    return False


def shares_named_subject(clause: str, s: str, at: int) -> bool:
    """The group is the second conjunct of a subject whose first is a person named in full ("Isaac
    Bryan and labor groups"), by a surname the text gave with a given name (``s``, the clause ending at ``at``:
    "Rokita and officials"),
    or an office with its article ("the minister and rights groups"): the claim has a named source. A place or
    a group first ("Residents of Gaza and aid groups") has none."""
    joined = _AND_BEFORE.search(clause)
    if joined is None:
        return False
    toks = clause[: joined.start()].split()
    if len(toks) == 1 or (len(toks) >= 2 and not toks[-2][:1].isupper()):
        if surname(s, toks[-1], at):
            return True
    if len(toks) < 2:
        return False
    last, before = toks[-1], toks[-2]
    if last[:1].isupper() and before[:1].isupper() and before.lower() not in _LOCATIVE_WORDS:
        return speaker_in(" ".join(toks[-2:]), start_initial=False) == "name"
    return before.lower() == "the" and last.lower() in ALPHA_ROLES


_ADVERBIAL_OPENERS = frozenset("after before since while when for despite upon without following".split())


def reduced_relative(s: str, lo: int, at: int, verb: re.Match[str] | None) -> bool:
    """The hearsay adverb at ``at`` opens a reduced relative clause (a noun, then the adverb and an
    -ing participle: "gatherers purportedly giving") in a sentence whose subject is a speaker: the
    claim is that speaker's, as in a relative clause with "that"."""
    if verb is None or not verb.group(1).lower().endswith("ing"):
        return False
    words = s[lo:at].split()
    if not words or words[-1].lower() in AUXILIARIES:
        return False  # "Officials are allegedly taking bribes": a progressive, the main verb
    if words[-1].lower() in _ADVERBIAL_OPENERS:
        return False  # "Amini died after reportedly having been beaten": an adverbial clause, no noun before it
    if "with" in (w.lower() for w in words[-3:-1]):
        return False  # (stop 44) "…, with Obote reportedly favoring …": an absolute clause, its own subject's act
    return speaker_in(s[lo:at]) in SPEAKER
