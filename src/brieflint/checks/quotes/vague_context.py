"""Whether a match of a built-in vague pattern is a vague attribution in its context (``accept``):
a role, a definite, counted or possessed group, a named body's people, a passive whose agent the
sentence before names, a hearsay adverb whose sentence names its source … are not.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes import families as fam
from brieflint.checks.quotes import named_speech as ns
from brieflint.checks.quotes.acts import act
from brieflint.checks.quotes.bare_subject import according_crowd, thing_noun
from brieflint.checks.quotes.censure import judges, receives_censure
from brieflint.checks.quotes.conjecture import authors_passive
from brieflint.checks.quotes.crowd_structure import several_crowd, unasserted
from brieflint.checks.quotes.cues import SPEAKER, sentence_subject, speaker_in
from brieflint.checks.quotes.hearsay_adverbs import hearsay_answered
from brieflint.checks.quotes.hearsay_nouns import CLAUSE_END as _CLAUSE_END
from brieflint.checks.quotes.hearsay_nouns import DEFINITE_PLURAL as _DEFINITE_PLURAL
from brieflint.checks.quotes.hearsay_nouns import DETERMINERS as _DETERMINERS
from brieflint.checks.quotes.hearsay_nouns import hearsay_noun_answered
from brieflint.checks.quotes.lexicon import MEMBERS_NAMED
from brieflint.checks.quotes.named_bodies import (
    BODY_BEFORE,
    SENTENCE_OPENERS,
    after_opener,
    body_people,
    drop_acronym,
    nationality,
)
from brieflint.checks.quotes.reduced_passive import press_agent, reduced_relative_passive
from brieflint.checks.quotes.reported_findings import found_before, holders_named_next
from brieflint.checks.quotes.subjects import shares_named_subject
from brieflint.checks.quotes.vague_holders import (
    OPINION_PASSIVE,
    PLACES,
    caused,
    counted,
    holds_view,
    names_a_thing,
    opinion_before,
)
from brieflint.checks.quotes.vague_patterns import RECENCY
from brieflint.lazyre import lazy

# (a research noun's determiner may stand four words back across modifiers, "Both the Russian and Polish official
# investigations found", but not across a preposition: "for … this year amid mounting research" is no determiner's)
_MODIFIER = (
    r"(?!(?:amid|in|of|for|to|from|with|by|at|on|after|before|during|despite|since|among|over|than)\b)[\w.'’\-]+"
)
_DEFINITE = lazy(
    rf"(?:\b(?:the|this|that|{_DETERMINERS})|\d|['’]s?)\s+(?:(?:[\w.'’\-]+\s+){{0,2}}|(?:{_MODIFIER}\s+){{3,4}})$", re.I
)
_PASSIVE_AUX = lazy(fam.BE_BEFORE, re.I)  # the passive's "be" before the participle (families.py)
# opinions without holders ("speculation points to"): a body before them names no holder
_NOMINAL = frozenset("speculation rumors rumours chatter whispers gossip reports".split())
_CLAIM_NOUNS = lazy(r"\b(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears)\b", re.I)
_DEMONYM = lazy(r"(?:is|ans|ese|ish|ks|ds|abs|\b(?:Muslims|Jews|Hindus|Catholics|Protestants|Buddhists|Sikhs|Shias))$")
# the plural of an initialism is a kind of person, not a name ("Some DAs say", "Many MPs believe", "some CEOs")
_INITIALISM_PLURAL = lazy(r"[A-Z]{2,5}['’]?s\b")
# a group named by its cause or kind: a capitalised modifier names the cause, not a body ("Climate activists", "Rights
# groups", "Business organizations"); no body employs groups as it does officials
_CAUSE_HEADS = frozenset("activists advocates campaigners groups organizations organisations".split())
# a group of a person's followers: a possessor does not name them ("the governor's allies")
_FOLLOWERS = frozenset({"allies"})
_POSSESSED = lazy(r"['’]s?\s+$")
_NAMED = lazy(rf"\s*,?\s*{MEMBERS_NAMED}")


_RECENCY = lazy(rf"\b(?:{RECENCY.replace(' ', '|')})\s+$", re.I)  # time and number: "Recent studies", "New research"
_QUOTE_MARKS = frozenset("\"“‘'«")
_BEFORE_INVERTED = frozenset(",\"”’'")
# words that may stand before a participle opening its clause ("Once hailed for …", "Long seen as …")
_OPENERS = frozenset(
    "once long often much still now also previously initially already widely first later but yet and".split()
)
_OPINION_ADJECTIVES = frozenset("widespread common popular growing prevailing persistent general".split())


# what the author received or heard, as its object: comments, concerns or letters from a crowd that the author has on
# record, as its interviewees' answers are ("We have received numerous comments from market participants", "I have
# heard concerns from residents"); not "We have heard that …", hearsay
_RECEIVED = lazy(
    r"(?:\b(?P<who>we|I)\s+|\band\s+)(?:(?:have|had|also|since|recently|repeatedly|often)\s+){0,3}"
    r"(?:received|heard|gathered|collected|solicited)\s+(?:(?!that\b)[\w'’\-]+\s+)?$",
    re.I,
)
_FIRST_PERSON = lazy(r"\b(?:we|I)\b", re.I)


def _received(s: str, at: int) -> bool:
    """The phrase at ``at`` is the object of the author's receiving it, its subject "we" or "I" in the same sentence
    ("We held a roundtable and have received numerous comments from market participants")."""
    head = s[max(0, at - 200) : at]
    head = head[max(head.rfind(c) for c in ".;!?\x00\n") + 1 :]
    m = _RECEIVED.search(head)
    return m is not None and (m.group("who") is not None or _FIRST_PERSON.search(head, 0, m.start()) is not None)


# an author who did the research (an audit, a survey): a crowd after "according to" is its sources, chosen by it
_AUTHOR_RESEARCHED = lazy(
    r"\b[Ww]e\s+(?:also\s+)?(?:interviewed|surveyed|spoke|talked|met|reviewed|analyzed|analysed|visited|observed)\b"
)


# the auxiliary before an adverb of generality and its passive: a form of "be", or of "have" before "been"
_GENERIC_AUX = lazy(
    r"\b(?:(?P<be>is|are|was|were|be|being|been)|has|have|had)\s+(?:(?:also|now|still|long)\s+)?$", re.I
)


def _generic_auxiliary(s: str, hit: re.Match[str]) -> bool:
    """The passive after an adverb of generality (style_forms.GENERIC) has its auxiliary before the adverb ("is
    often linked to", "has often been attributed to") and no quotation after it."""
    aux = _GENERIC_AUX.search(s, max(0, hit.start() - 30), hit.start())
    if aux is None or (aux.group("be") is None and not hit.group("generic").lower().startswith("been")):
        return False
    return s[hit.end() : hit.end() + 3].lstrip()[:1] not in _QUOTE_MARKS


def _opens_clause(s: str, at: int) -> bool:
    """Nothing but an adverb or two stands between the start of the clause and ``at``."""
    head = s[max(0, at - 60) : at]
    cut = max(head.rfind(c) for c in _CLAUSE_END)
    if cut == -1 and at > 60:
        return False
    words = head[cut + 1 :].split()
    return len(words) <= 2 and all(w.lower() in _OPENERS or w.lower().endswith("ly") for w in words)


def _opens_sentence(s: str, at: int) -> bool:
    """The opinion noun at ``at`` opens its sentence with an article and maybe an adjective ("One rumor
    is that", "But the widespread perception that"): nobody holds it. "Nasr's claim that", "their
    belief that" or "denied the rumor that" say or imply whose it is."""
    head = s[max(0, at - 60) : at]
    cut = max(head.rfind(c) for c in ".;!?\x00\n")
    if cut == -1 and at > 60:
        return False
    words = head[cut + 1 :].replace(",", " ").lower().split()
    if words and words[0] in SENTENCE_OPENERS:
        words = words[1:]
    if len(words) == 2 and words[1] in _OPINION_ADJECTIVES:
        words = words[:1]
    return len(words) == 1 and words[0] in ("one", "a", "an", "the")


# a modal of ability before a raising passive of saying ("can be said to have", "could fairly be said to be"): what
# one is entitled to say, the author's judgement, not what others said
# blame and praise in the passive, whose agent the sentence before may name
_BLAME = lazy(
    r"(?:accused|blamed|critici[sz]ed|condemned|denounced|hailed|praised|derided|decried|lambasted|slammed|"
    r"panned|lauded|applauded)\b",
    re.I,
)
_PRONOUN_SUBJECT = frozenset("he she they it we i".split())


def _agent_before(s: str, at: int) -> bool:
    """The clause of the passive at ``at`` has a subject of its own (not a pronoun: "He was accused"
    is about the last sentence's subject), and the sentence before opens with a name or a role and judges
    or opposes someone else: the one who accuses or praises ("FPI often campaigns against … . Lady Gaga was accused
    of …")."""
    end = max(s.rfind(c, 0, at) for c in ".!?\x00\n")
    if end < 1 or s[end] != ".":
        return False
    clause = s[end + 1 : at].split()
    if not clause or clause[0].lower() in _PRONOUN_SUBJECT:
        return False
    start = max(s.rfind(c, max(0, end - 400), end) for c in ".!?\x00\n") + 1
    # (stop 42) not a subject that only receives censure ("The response fell under heavy criticism. Officials were
    # accused of …": no accuser named)
    # (stop 44) and its verb judges or opposes: a sentence of other acts names nobody who blames ("Under Defense
    # Minister Sani Abacha, violence continued. Abacha was accused of …")
    before = s[start:end]
    ok = sentence_subject(before) in ("name", "role") and judges(before, s[end + 1 : at])
    return ok and not receives_censure(before)


# an embedded question before the group, governed by a verb ("setting out what researchers thought"; not "in what")
_EMBEDDED = lazy(
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bat\s)(?<!\bon\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bwith\s)"
    r"(?<!\bfrom\s)(?<!\babout\s)\b(?:what|how|why|whether)\s+$",
    re.I,
)


# the result clause of "so …" or "such …" right before a crowd ("so revolutionary, most people …", "so modest that
# economists …") and a modal of hypothesis in the crowd's verb: a consequence the author imagines to grade the
# adjective, not a report of what people said ("Many would argue" alone, or "so contentious that lawmakers argued",
# stays vague)
_RESULT_HEAD = lazy(r"\b(?:so|such)\s+(?:an?\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?(?:\s*,|\s+that)\s+$", re.I)
_HYPOTHETICAL = lazy(r"\b(?:would|could|might)(?:n['’]t)?\b", re.I)


def hypothetical_result(s: str, start: int, end: int) -> bool:
    """The crowd's view at ``start``–``end`` is a hypothesis in the result clause of "so …" or "such …"."""
    return _HYPOTHETICAL.search(s, start, end) is not None and (
        _RESULT_HEAD.search(s, max(0, start - 60), start) is not None
    )


# a copula and an adverb of degree before a participle of evidence ("are well documented", "is now firmly established")
_EVIDENCE_BACK = lazy(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:now|also|already|long|very)\s+)?"
    r"(?:well|widely|amply|extensively|firmly|richly|thoroughly|clearly)[\s\-]+$",
    re.I,
)


def evidence_start(s: str, at: int) -> int | None:
    """The start of the copula before the participle of evidence at ``at`` ("are well documented"), or None
    ("documented in 2019", "a well-documented case": no copula, an adjective)."""
    m = _EVIDENCE_BACK.search(s, max(0, at - 40), at)
    return m.start() if m is not None else None


# a name after a verb of naming, with no namer after it in its clause: the thing's other name, no view
_OTHER_NAME = lazy(r"\s+(?:the\s+)?(?-i:[A-Z0-9])(?![^.;:!?,]*\bby\s)", re.I)


# a participle of naming and a proper name after it, in marks or not ("Dubbed as the ‘Mendiola Massacre’")
_NAMING = lazy(r"(?:dubbed|named|nicknamed|christened|called)\b", re.I)
_NAME_USE = lazy(r"\b(?:cited|referred\s+to)\s+as$", re.I)
_PROPER_NAME = lazy(r"\s+(?:as\s+)?(?:the\s+)?(?:[‘'\"“]|(?-i:[A-Z]))", re.I)  # in marks, masked: the mark


# people of a class, accused of crimes in general: the law's category ("people who had been accused of crimes")
_CLASS_OF_ACCUSED = lazy(
    r"\b(?:people|persons|individuals|suspects)\s+(?:who\s+(?:\w+\s+){0,2})?accused\s+of\s+crimes\b"
)


# claims made with their makers named later in the sentence: the agent, or the claims "from" a name
_MADE = lazy(
    r"(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears|arguments|assertions)\s+"
    r"(?:are|were|is|was|ha(?:ve|s)\s+been)\b",
    re.I,
)
_MAKER_NAMED = lazy(
    r"[^.;:!?\n]{0,160}?\b(?:(?:allegations|accusations|claims|charges|complaints)\s+from|by)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
# a raising verb of saying or believing ("claimed to have") right after "and" or "but": a past tense sharing the
# sentence's subject, not a passive opening its clause
_RAISING = lazy(r"(?:said|believed|thought|reported|alleged|claimed|understood|reputed|reckoned)\s+to\s", re.I)
# (stop 44) an adverb between ("and later claimed to have")
_AND_BEFORE = lazy(r"\b(?:and|but)\s+(?:(?:later|also|then|subsequently|afterwards|\w+ly)\s+)?$", re.I)
# a sentence credited as a whole to a name, from its first words ("According to local reports" names no one: the
# passive is still its own finding)
_ACCORDING_OPENS = lazy(r"\s*According\s+to\s+(?:the\s+)?(?-i:[A-Z])")
# a quotation that ends its sentence: its words are masked, its full stop too ('… for decades." In addition to')
_QUOTE_ENDS_SENTENCE = lazy(r"[\"”]\s+(?-i:[A-Z])")


def _according_opens(s: str, at: int) -> bool:
    """The sentence of ``at`` opens with "According to", and no quotation ends a sentence between them."""
    lo = ns.sentence_start(s, at)
    return _ACCORDING_OPENS.match(s, lo) is not None and _QUOTE_ENDS_SENTENCE.search(s, lo, at) is None


_ACCORDING_CLOSES = lazy(r"[^.;:!?\n]{0,80},\s+according\s+to\s+(?:the\s+)?(?-i:[A-Z])")  # or by a name after it
# a verb of finding or presenting right before the research noun, its object ("Wikinews found evidence suggesting")
_FOUND_BY = lazy(r"\b(?:found|finds|uncovered|obtained|gathered|presented|published|produced|cited|cites)\s+$")


# (stop 42) a member of the crowd named right after it, after a dash or a colon ("expressed by critics – Dédé Oetomo")
_MEMBER_AFTER_DASH = lazy(r"\s*[–—:]\s*(?-i:[A-Z])")


def accept(s: str, hit: re.Match[str]) -> bool:
    """Whether a match of a built-in pattern is a vague attribution in its context: a ``who`` that
    is a role ("several governors said") is not; a ``bare`` group must have no determiner, number
    or possessor before it (in its clause) and no names after it."""
    if counted(s, hit) or hypothetical_result(s, hit.start(), hit.end()) or unasserted(s, hit.start(), hit.end()):
        return False
    if caused(s, hit.start()):
        return False  # "a point that made political leaders fear civil war": the author's fact, no one's claim
    if names_a_thing(s, hit.end()):
        return False  # "many people are calling the area Martyr Square": a name in use, no view
    if ns.in_named_report(s, hit.start()) or ns.introduced_by_colon(s, hit.start()):
        return False  # "Dan Cook … said that … investors may worry that": his claim; so are the words a colon gives
    if _CLASS_OF_ACCUSED.search(s, max(0, hit.start() - 40), hit.end() + 40):
        return False  # "extradite people accused of crimes": a class of persons the law names, no charge credited
    if s.startswith(("every", "Every"), hit.start()) and ns.dissent_named_next(s, hit.end()):
        return False  # "not everyone agrees …. Videoblogger Daniel Fraga argues": the dissent has a name
    head = s[max(0, hit.start() - 10) : hit.start()]
    if ("wh" in head or "how" in head) and _EMBEDDED.search(s, max(0, hit.start() - 10), hit.start()):
        lo = max(s.rfind(c, 0, hit.start()) for c in ".;!?\n\x00") + 1
        if speaker_in(s[lo : hit.start()]) in SPEAKER:
            return False  # "SPICe … set out what researchers thought": the body reports its own people's view
    if holders_named_next(s, hit.end()):
        return False  # "… there was broad recognition that …. That was the judgement of X and Y."
    lead = s[max(0, hit.start() - 60) : hit.start()]
    lead = lead[max(lead.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :]
    if lead.rstrip().endswith("and") and shares_named_subject(lead, s, hit.start()):
        return False  # "Stephen W. Pacala and others … argue": a named person shares the verb, its source
    if _received(s, hit.start()):
        return False  # "We have received numerous comments from market participants": the author's own record
    groups = hit.groupdict()
    who = groups.get("who")
    if who is not None and (not several_crowd(who, groups.get("mods") or "") or act(s, hit.end())):
        return False  # "several governors said"; "Several commenters expressed a wide range of views" (acts.py)
    if groups.get("passive") is not None and not (
        _PASSIVE_AUX.search(s, max(0, hit.start() - 40), hit.start()) or _opens_clause(s, hit.start())
    ):
        return False  # "the funds they regarded as lost": an active verb; "Once hailed for …,": a passive
    passive = groups.get("passive")
    if passive is not None and _RAISING.match(passive) and _AND_BEFORE.search(s, max(0, hit.start() - 24), hit.start()):
        return False  # "She wrote of …, and claimed to have witnessed": the subject's own verb, coordinated, no passive
    if passive is not None and authors_passive(s, hit.start(), hit.end(), passive):
        return False  # "can be said to have …", "might be considered a …"; "is considered a crime": the law's
    if passive is not None and (_according_opens(s, hit.start()) or _ACCORDING_CLOSES.match(s, hit.end())):
        return False  # "According to Reuters, … has been accused of", "… has been accused of corruption, according to
        # Reuters": the sentence's named source covers it
    if passive is not None and s[hit.end() : hit.end() + 3].lstrip()[:1] in _QUOTE_MARKS:
        return False  # 'was hailed as "…"': a quote attributed only in the passive is Q101's error
    if passive is not None and _BLAME.match(passive) and _agent_before(s, hit.start()):
        return False  # "FPI … campaigns against …. Lady Gaga was accused of …": the group before accuses
    if groups.get("generic") is not None and not _generic_auxiliary(s, hit):
        return False  # "as often compared with", "more often linked to": no passive, or a quote (Q101's)
    if groups.get("praised") is not None and not reduced_relative_passive(s, hit.start()):
        return False  # praise at large after its noun only ("solutions often touted"), not before it
    if groups.get("reduced") is not None and not reduced_relative_passive(s, hit.start()):
        return False  # "the bill that critics derided as": an object relative, its subject judges
    if groups.get("reduced") is not None and s[hit.end() : hit.end() + 3].lstrip()[:1] in _QUOTE_MARKS:
        return False  # 'a bill hailed as "…"': the quote is Q101's, as after an auxiliary
    if groups.get("labelled") is not None and not (
        _opens_clause(s, hit.start()) or reduced_relative_passive(s, hit.start())
    ):
        return False  # "The region is often referred to as the Rust Belt": a term's usage
    if groups.get("labelled") is not None and (_OTHER_NAME.match(s, hit.end()) or s[: hit.start()].endswith("(")):
        return False  # "…, sometimes referred to as the … Act 2005", "laws (commonly referred to as …)": a name
    if (groups.get("generic") or passive) and _NAME_USE.search(hit.group()) and _OTHER_NAME.match(s, hit.end()):
        return False  # (stop 44) "it is often cited as the De-MIRV-ing Agreement": a name's use, as "referred to as"
    if passive is not None and _NAMING.match(passive) and _PROPER_NAME.match(s, hit.end()):
        return False  # "Dubbed as the ‘Mendiola Massacre’, it became …": an event's name, no judgement
    if groups.get("inverted") is not None:
        if s[: hit.start()].rstrip()[-1:] not in _BEFORE_INVERTED:
            return False  # the verb closes a clause after a comma or a quote ("…, say rights groups")
        mods = s[hit.end("inverted") : hit.start("bare")]
        if BODY_BEFORE.search(mods) and not nationality(mods):
            return False  # '"…," said Treasury officials': a named body's people
    if groups.get("opening") is not None and not _opens_sentence(s, hit.start()):
        return False  # "Nasr's claim that …", "the rumor that …" after a verb: the holder may be named
    if groups.get("hearsay_noun") is not None and hearsay_noun_answered(s, hit):
        return False  # "the reports of …", "open to accusations of …", "Reports of abuse were not addressed" …
    if _MADE.match(s, hit.start()) and _MAKER_NAMED.match(s, hit.end()):
        return False  # "Series of allegations were made …, including allegations from Central Bureau of Investigation"
    if groups.get("claims") is not None and not _CLAIM_NOUNS.search(s, max(0, hit.start() - 160), hit.start()):
        return False  # "… and are now being made against …": accusations, made by nobody
    if groups.get("agent") is not None and not OPINION_PASSIVE.search(s, max(0, hit.start() - 60), hit.start()):
        return False  # "opposed by conservative politicians" reports an act, not a claim
    if groups.get("those") is not None and not holds_view(s, hit.end()):
        return False  # "as long as there are those who would commit torture": people who act, no view
    if groups.get("by_crowd") is not None and not opinion_before(s, hit.start()):
        return False  # "an act carried out by many young women", "the stance adopted by some": an act's agent
    if groups.get("by_crowd") is not None and _MEMBER_AFTER_DASH.match(s, hit.end()):
        return False  # "the ambivalence expressed by critics – Dédé Oetomo, the founder of …, said": named
    if groups.get("hearsay") is not None and hearsay_answered(s, hit):
        return False  # "reportedly, according to Reuters,": its sentence names who reports (hearsay_adverbs.py)
    if groups.get("according_crowd") is not None and (
        not according_crowd(hit.group("according_crowd"))
        or s[hit.end() : hit.end() + 3].strip(" ")[:1] in ("\x00", "\n", "")
        or _AUTHOR_RESEARCHED.search(s) is not None
    ):
        return False  # "according to court documents", "the residents"; a title with no sentence ("## The
        # situation according to medical specialists", whose members the section names); an audit's sources
    if groups.get("research") is not None:
        head = drop_acronym(s[max(0, hit.start() - 40) : hit.start()])  # "Johns Hopkins University (JHU) data"
        clause = _RECENCY.sub("", head[max(head.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :])  # "Recent studies"
        if _DEFINITE.search(clause) or (BODY_BEFORE.search(after_opener(clause) + " ") and not nationality(clause)):
            return False  # "two studies show", "the research suggests", "World Bank research shows"; not "But research"
        found = _FOUND_BY.search(clause)
        if found is not None and speaker_in(clause[: found.start()]) in ("name", "role"):
            return False  # "Wikinews found evidence suggesting …": the named finder's, the evidence its source
    group = groups.get("group")
    if group is not None and group[:1].isupper() and not _DEMONYM.search(group) and not _INITIALISM_PLURAL.match(group):
        # (stop 44) unless a nationality or a region names where a crowd of a common noun is ("Most Western
        # countries", "some Israeli | and Palestinian thinkers"; "some NUM members" are a named body's)
        mods, _, head = group.rpartition(" ")
        if not (head.islower() and nationality(mods + " ") or nationality(group + " ")):
            return False  # "Some Members of Congress": a named body's members ("Many Iraqis" are a crowd)
    if group is not None and (group.rsplit(None, 1)[-1].lower() in PLACES or thing_noun(group.rsplit(None, 1)[-1])):
        return False  # "some places saw peaceful marches", "various aspects raised doubts": no view held
    if groups.get("bare") is not None:
        start = hit.start("bare")
        head = s[max(0, start - 40) : start]
        cut = max(head.rfind(c) for c in ".;:!?,—(\x00\n")
        clause = head[cut + 1 :]
        if found_before(s, start):
            return False  # "Polls have found that voters blame …": what the polls found, not hearsay
        word = hit.group("bare").lower()
        followers = word in _FOLLOWERS and _POSSESSED.search(clause) is not None
        if _DEFINITE_PLURAL.search(clause) and not followers and not press_agent(groups, word, clause):
            return False
        if not followers and word not in _NOMINAL and word not in _CAUSE_HEADS and body_people(s, start):
            return False
        if _NAMED.match(s, hit.end("bare")):
            return False
        if shares_named_subject(clause, s, start):
            return False  # "Assemblymember Isaac Bryan and environmental and labor groups pointed out"
    return True
