"""Q102: a vague group whose members the text gives right after it (issue 19's precision sweep).

A roundup of reactions opens with the group and then quotes its members: "Some Chinese netizens
disagreed with Zhao's observations. For example, blogger Zuo Zhijian pointed out:" and a block
quote; "But there are also those who favor import of movies:" and a block quote; "But some
bloggers are wondering whether anything has changed." and a paragraph "At Translating Cuba,
Anddy Sierra Alvarez writes:" with the block quote after it. The group is named by the people
quoted, as "critics, including Senator X," is in one clause (``MEMBERS_NAMED``); an editor does
not ask who. What counts as giving the members:

* the group's sentence ends with a colon and a block quote follows, or a list of quotations: the
  quoted words are theirs;
* the next sentence (in the paragraph, or the first of the next) opens with an example ("For
  example,", "For instance,", "Among them", "One of them", "Some, such as"), or names members through
  the group's pronoun ("And they have been led, in part, by Senator X", "They include the mayor, Ana Ruiz");
* the next sentence introduces a block quote (it ends with a colon and a block quote follows) and
  names who speaks in it: a cue word and a capitalised word that is not its first, or a handle.

A named official's answer ("Critics say …. The minister said: '…'") is no member: it is inline,
not the introduction of a block quote, and does not open with an example. The reading looks at
one sentence after the group's, so it costs nothing where no vague phrase was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brieflint.checks.quotes.bare_subject import person_noun
from brieflint.checks.quotes.censure import is_censure
from brieflint.checks.quotes.cues import SPEAKER, speaker_in
from brieflint.checks.quotes.lexicon import CUE_WORDS, MEMBERS_NAMED
from brieflint.checks.quotes.paragraphs import ParaInfo, sentence_of
from brieflint.lazyre import lazy

_EXAMPLE = lazy(
    r"\s*(?:for\s+(?:example|instance)\b|e\.g\.|among\s+them\b|one\s+of\s+them\b|some,?\s+such\s+as\b)",
    re.IGNORECASE,
)
# the next sentence names the group's members through its pronoun ("And they have been led, in part, by Senator
# X", "They include the mayor, Ana Ruiz"): the group is answered as "critics, including X," is
_THEY_NAMED = lazy(
    r"\s*(?:(?:and|but)\s+)?they\b[^.;!?]{0,80}?\b(?:led\b[^.;!?]{0,20}?\bby|include|including|among\s+them)\s+"
    r"(?:the\s+)?(?:[a-z][\w'’\-]*,?\s+){0,5}?(?-i:[A-Z])",
    re.IGNORECASE,
)
_WORD = lazy(r"[@\w][\w'’.-]*")
_NAMED = lazy(rf"\b{MEMBERS_NAMED}")
# a capitalised word that modifies a plural common noun names a kind, not a member ("immigrants like DACA
# recipients", "such as Medicaid patients")
_KIND = lazy(r"[\w.&'’\-]*\s+[a-z][\w'’\-]*s\b")
_AN_EXAMPLE = lazy(r"\b(?:such\s+as|including|like)\s+an?\s")
_WORD_BEFORE = lazy(r"([\w'’\-]+)\s*,?\s*$")


def members_named(m: str, start: int, end: int, hi: int) -> bool:
    """A member of the group ``start:end`` is named in its clause (which ends at ``hi``): "critics, including Senator
    X,", "officials like Ana Ruiz". Not a kind ("immigrants like DACA recipients"), nor a member of another noun's:
    "Experts say demand rises in developing countries like China" names countries, not experts. The words before
    "like" or "including" are the group's (it ends right before them), a person's noun ("officials like"), or an
    aside set off by a comma ("Some lawmakers in Congress, including Senator X,"). Hearsay has no group: "Reportedly,
    at least two towns —including Makilala— declared" names a town, not a source."""
    first = _WORD.match(m, start)
    if first is not None and first.group().lower() in _HEARSAY_ADVERBS:
        return False
    for hit in _NAMED.finditer(m, start, hi):
        if _KIND.match(m, hit.end()) is not None or _AN_EXAMPLE.search(m, hit.start(), hit.end()):
            continue  # a kind, or a thing given as an example ("such as a State-by-State review")
        before = _WORD_BEFORE.search(m, start, hit.start())
        if before is None or before.start(1) < end or person_noun(before.group(1)):
            return True
        if "," in m[before.end(1) : hit.start()]:
            return True
    return False


_HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
# a phrase opening with a participle, a copula or a hearsay adverb is a passive or hearsay, no group
_NO_GROUP = lazy(r"\w+(?:ed|en|wn|ly)|said|thought|told|held|felt|is|are|was|were|be|been|being|it")


def members_follow(infos: Sequence[ParaInfo], n: int, start: int) -> bool:
    """The vague phrase at ``start`` of ``infos[n]`` is followed by its group's members (see above).
    Only a group has members: an agentless passive ("it is seen as", "has been reported to be") or a
    hearsay adverb names no group, and what follows it does not answer it."""
    info = infos[n]
    first = _WORD.match(info.masked, start)
    if not info.sents or first is None:
        return False
    if _NO_GROUP.fullmatch(first.group().lower()) and not is_censure(info.masked, start):
        return False  # a passive or hearsay has no group; censure has its critics ("drew criticism online")
    k = sentence_of(info.sents, start)
    own = info.masked[info.sents[k].start : info.sents[k].end].rstrip()
    last = k == len(info.sents) - 1
    if last and own.endswith(":") and (_block_quote_after(infos, n) or _quoted_list_after(infos, n)):
        return True
    if not last:
        nxt, where, nxt_last = info.sents[k + 1], n, k + 1 == len(info.sents) - 1
    else:
        if n + 1 >= len(infos) or not _same_flow(infos[n], infos[n + 1]) or not infos[n + 1].sents:
            return False
        nxt, where, nxt_last = infos[n + 1].sents[0], n + 1, len(infos[n + 1].sents) == 1
    sentence = infos[where].masked[nxt.start : nxt.end]
    example = _EXAMPLE.match(sentence)
    if (example is not None and _example_named(sentence, example.end())) or _THEY_NAMED.match(sentence):
        return True
    if last and k == 0 and where == n + 1 and _headline_answered(info.masked[start:], own, sentence):
        return True
    return nxt_last and sentence.rstrip().endswith(":") and _block_quote_after(infos, where) and _names(sentence)


def _example_named(sentence: str, at: int) -> bool:
    """The example after ``at`` names its speaker: a capitalised word or a handle before the sentence's first cue
    ("For example, blogger Zuo Zhijian pointed out"). An example of no one in particular names no member: "For
    example, one participant stated that" leaves "Several participants noted" as vague as it was."""
    for word in _WORD.findall(sentence, at):
        if word.lower().rstrip(".") in CUE_WORDS:
            return False
        if word.startswith("@") or (word[0].isupper() and word not in _NOT_NAMES):
            return True
    return False


_NOT_NAMES = frozenset("The A An One Some Many In On At This That These Those It They He She We".split())


# a name of two capitalised words or more, inside the sentence ("The New England Journal of Medicine", "Monica
# Schoch-Spana", "in Science Advances, researchers"), not one place or one capital ("Advocates for open government in
# Kentucky")
_NAME_RUN = lazy(r"(?<=[\w,;(] )[A-Z][\w'’.\-]*[a-z][\w'’.\-]*(?: (?:of )?[A-Z][\w'’.\-]*[a-z][\w'’.\-]*)+")


def _headline_answered(phrase: str, own: str, lede: str) -> bool:
    """A headline (a paragraph of one sentence with no closing mark: "COVID-19 may spread like flu, say scientists")
    whose crowd the lede names again with a named source ("In a report released in The New England Journal of
    Medicine, scientists studying patients … reported"): the headline's words, the lede's source."""
    if own[-1:] in ".!?:;" or _NAME_RUN.search(lede) is None:
        return False
    nouns = {w.lower() for w in _WORD.findall(phrase)[:4] if w.endswith("s") and w[1:].islower()}
    lede_words = {w.lower() for w in _WORD.findall(lede)}
    # the crowd again with a cue, or research named with its publication ("say scientists" above "In findings
    # published in The Lancet Infectious Diseases, researchers in the United Kingdom established")
    again = _names(lede) and not nouns.isdisjoint(lede_words)
    return bool(nouns) and (again or not _RESEARCH_WORDS.isdisjoint(lede_words))


_RESEARCH_WORDS = frozenset("researchers scientists findings study published journal".split())


def _same_flow(a: ParaInfo, b: ParaInfo) -> bool:
    return b.para.kind != "blockquote" and _same_scope(a, b)


def _block_quote_after(infos: Sequence[ParaInfo], n: int) -> bool:
    return n + 1 < len(infos) and infos[n + 1].para.kind == "blockquote" and _same_scope(infos[n], infos[n + 1])


def _quoted_list_after(infos: Sequence[ParaInfo], n: int) -> bool:
    """A list follows whose first item opens with a quotation ("Here's what some reviewers have said:" and
    '* "Move over, …" [the review]'): the items are the members' words, as a block quote's would be."""
    if n + 1 >= len(infos) or infos[n + 1].para.kind != "list" or not _same_scope(infos[n], infos[n + 1]):
        return False
    return infos[n + 1].para.prose.value.lstrip()[:1] in _QUOTE_OPENERS


_QUOTE_OPENERS = frozenset('"“‘«')


def _same_scope(a: ParaInfo, b: ParaInfo) -> bool:
    return a.para.scope == b.para.scope and a.para.section == b.para.section


def _names(sentence: str) -> bool:
    """A cue word and a speaker: a capitalised word that is not the sentence's first, or a handle."""
    words = _WORD.findall(sentence)
    cue = any(w.lower().rstrip(".") in CUE_WORDS for w in words)
    named = any(w.startswith("@") or (i > 0 and w[0].isupper()) for i, w in enumerate(words))
    return cue and named


# a named source's report: "According to Agência Estado," (a capital after the preposition and an optional article;
# "according to reports" or "to some" is no name), a reporting tag closing its sentence (", EFE reported."), or
# reports a named body issued that show or say something ("reports from El Salvador's National Civil Police … reveal")
_ACCORDING = lazy(
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?[A-Z]|,\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,4}?\s+"
    r"(?:reported|reports|said|says)\s*\.|\b[Rr]eports?\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][^.;:!?]{0,80}?\b"
    r"(?:reveal|reveals|revealed|show|shows|showed|say|says|said|indicate|indicates|indicated)\b"
)
# an accusation's hedge: the hearsay adverbs and the passive of accusing
_ACCUSATION = lazy(r"(?:(?:is|are|was|were|been|being|has\s+been|have\s+been)\s+)?accused\s+of|allegedly|reportedly")


def hedge_sourced(infos: Sequence[ParaInfo], n: int, start: int, end: int) -> bool:
    """An accusation's hedge ("allegedly", "are accused of") after a named source that reports it:
    "According to Agência Estado, members of the movement are accused of …", and the paragraph
    after it, "… were allegedly attacked". The hedge is the reporter's legal caution about what the
    named source says (AP: specify the source of an allegation), not an opinion of unnamed people.
    The source must stand before the hedge: in its paragraph, or in the paragraph before it."""
    info = infos[n]
    if not _ACCUSATION.fullmatch(" ".join(info.masked[start:end].split())):
        return legal_caution(infos, n, start, end)
    if _ACCORDING.search(info.masked, 0, start):
        return True
    if n > 0 and _same_scope(infos[n - 1], info) and _ACCORDING.search(infos[n - 1].masked):
        return True
    return legal_caution(infos, n, start, end)


# a legal action against someone, named: an indictment, charges, a warrant, a reward for information leading
# to an arrest or a conviction, prosecutors, the accused as a defendant
_LEGAL_ACTION = lazy(
    r"\b(?:indict(?:ment|ed)|charged\s+with|charges\s+(?:of|against|that)|(?:arrest|extradition)\s+(?:warrant|order)|"
    r"warrant\s+for|leading\s+to\s+the\s+(?:arrest|conviction|capture)|wanted\s+for|prosecutors?|defendants?|"
    r"charges\s+(?:were\s+|have\s+been\s+)?(?:brought|filed|laid|pressed)|(?:brought|filed|laid|pressed)\s+charges)\b",
    re.IGNORECASE,
)
# a prosecution or an investigation of the accused, read in the hedge's own sentence only
_PROCESS = lazy(
    r"\b(?:prosecut(?:e|ed|es|ing|ion|ions)|convict(?:ed|ions?)|investigations?\s+(?:into|of)|(?:in|en)quir(?:y|ies)|"
    r"arrest(?:ed|s)?|detain(?:ed|s)?|imprison(?:ed|s)?|sentenced\s+to|tried\s+for|on\s+trial|on\s+bail|behind\s+bars|"
    r"charged(?=\s+(?:on|in|last|this|yesterday|today|after|and|with)\b|\s*[.,;]))\b",
    re.IGNORECASE,
)
# a legal process the accused undergoes, told after the hedge in its sentence ("…, was arrested on Monday")
_UNDERGONE = lazy(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?:arrested|charged|detained|"
    r"indicted|convicted|sentenced|prosecuted|tried|jailed|imprisoned|extradited)\b",
    re.IGNORECASE,
)
# the hedges of legal caution: what the accused is said to have done, not yet proven, and the allegations a charge
# makes ("New charges brought … include allegations of steering contracts")
_LEGAL_HEDGE = lazy(
    r"allegedly|(?:(?:is|are|was|were|been|being)\s+)?(?:accused|suspected)\s+of|believed\s+to\s+have|"
    r"allegations?\s+(?:of|that)",
    re.I,
)
LEGAL_REACH = 6  # paragraphs back, in the hedge's section, where the legal action may be named


def legal_caution(infos: Sequence[ParaInfo], n: int, start: int, end: int) -> bool:
    """An accusation's hedge ("allegedly", "is believed to have", "are accused of", "is suspected of") where the text
    has named the legal action against the accused, in its paragraph or an earlier one of its section: "… a
    reward … for information leading to the conviction of X …. X is believed to have used his position
    …", or the Supreme Court upholding an indictment, then "The crimes were allegedly committed …". The
    hedge is the caution the law asks of an unproven charge (the prosecutor's or the issuer's own), its
    source the action named; not an opinion of unnamed people. Hearsay ("reportedly") is not caution."""
    info = infos[n]
    if not _LEGAL_HEDGE.fullmatch(" ".join(info.masked[start:end].split())):
        return False
    if _LEGAL_ACTION.search(info.masked, 0, start):
        return True
    here = info.sents[sentence_of(info.sents, start)] if info.sents else None
    lo, hi = (here.start, here.end) if here is not None else (0, len(info.masked))
    # "initiated an investigation into two allegedly complicit officials"; after the hedge, what the accused underwent
    # ("The man, who is suspected of killing three people, was arrested on Monday"), not what they did ("were accused
    # of … targeting Rohingyas through mass arrests")
    if _PROCESS.search(info.masked, lo, start) or _UNDERGONE.search(info.masked, end, hi):
        return True
    if info.sents and (i := sentence_of(info.sents, start)) + 1 < len(info.sents):
        if _LEGAL_ACTION.search(info.masked, end, info.sents[i + 1].end):  # and in the sentence after it
            return True  # "X allegedly killed inmate Y. The coroner's court recommended murder charges against X."
    for k in range(n - 1, max(-1, n - 1 - LEGAL_REACH), -1):
        if not _same_scope(infos[k], info):
            return False
        if _LEGAL_ACTION.search(infos[k].masked):
            return True
    return False


# a named speaker's verb and what it reports: a cue and "that" ("tweeted that"), or concern voiced about
# something ("expressed his concern regarding recent")
_VOICED = lazy(r"(?:expressed|voiced|raised)\s+(?:\w+\s+)?(?:concerns?|alarm|dismay|outrage|doubts?)\b", re.IGNORECASE)
_VOICED_WORDS = frozenset("expressed voiced raised".split())
_THAT = lazy(r"\s+that\s+$")
_ABOUT = lazy(r"\s+(?:about|regarding|over|at|concerning)\s+(?:[\w'’\-]+\s+){0,2}$")
_BE = frozenset("is are was were be been being".split())
REPORT_REACH = 12  # words back from the vague phrase to the speaker's verb


def reported_by_named(info: ParaInfo, start: int) -> bool:
    """The vague phrase at ``start`` is what a named speaker reports in its sentence: "the Norwegian
    Helsinki Committee tweeted that many were also questioning …", "Secretary Blinken expressed his
    concern regarding recent reports of …". The speaker is the source of the claim, and the reader knows
    whom to ask. The verb is active ("is described by many" is a passive whose agent is the crowd) and its
    report follows it at once ("that", or the concern's "regarding")."""
    if not info.sents:
        return False
    m = info.masked
    lo = info.sents[sentence_of(info.sents, start)].start
    words = list(_WORD.finditer(m, max(lo, start - 120), start))[-REPORT_REACH:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group().lower()
        if w in _VOICED_WORDS and (voiced := _VOICED.match(m, words[k].start())) is not None:
            report = _ABOUT.fullmatch(m, voiced.end(), start) is not None
        elif w in CUE_WORDS:
            report = _THAT.fullmatch(m, words[k].end(), start) is not None
        else:
            continue
        if not report or (k > 0 and words[k - 1].group().lower() in _BE):
            return False
        return speaker_in(m[lo : words[k].start()], cue_next=True) in SPEAKER
    return False
