"""Q102's verbs of speech, judgement and belief, taken whole from VerbNet's classes (issue 19).

Generated table (data only, written from the class files, not from any corpus of ours): VerbNet 3.4,
github.com/cu-clear/verbnet, ``verbnet3.4/<class>.xml`` at commit ae8e9cf (University of Colorado; the
repository carries no licence file; VerbNet is published under the University of Colorado's VerbNet
licence, WordNet-style: use, copy, modify and distribute with its notice). Only class names and member
lemmas are kept here. Every member of each class is either kept, with the construction that makes its
word a verb that reports a claim, or left out with the reason (``left``); a test compares the two with
the class files when the snapshot is on the machine.

The constructions (``FRAMES``): ``any`` counts wherever the subject reading finds a verb, as the verbs
Q102 read before; a word that is also a common noun counts only where what follows makes it a verb that
takes a claim: ``clause`` (before "that", a quotation mark or a colon: "Many scholars state that"),
``object`` (before an object or a clause: "Experts declare the reform a failure", not "Some state
legislators"), ``as`` (with "as" in its clause: "Detractors dismiss the reform as cosmetic"), ``to``
("Many object to the plan"). Inflections are generated (:func:`verb_forms`), not typed.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from brieflint.checks.quotes.lexicon import inflect
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple


class VerbClass(NamedTuple):
    """One VerbNet class: its members kept by the construction that makes them a claim's verb, and those left."""

    name: str
    people: bool  # only people do it (any plural subject is a crowd), or documents too (a noun of people needed)
    transitive: bool  # its participle after a noun is a passive ("measures touted as"): read only before an object
    any: str = ""
    clause: str = ""
    object: str = ""
    as_: str = ""
    to: str = ""
    claim: str = ""  # only before a claim's noun as its object ("reject the myth", "dispute the allegations")
    left: str = ""  # members whose common sense reports no claim of the subject's (the table says why)


# the classes, generated from the class files: each member kept under the construction it counts in, or left
# ("why" says why); "people": only people do it (any plural subject is a crowd), "documents": documents too (a noun
# of people needed); "transitive": its participle after a noun is a passive ("measures touted as")
_TABLE = """
say-37.7 | documents | intransitive
    any: allege insinuate insist exclaim retort proclaim claim suggest recommend hint say remark
        note confess confirm
    clause: add disclose divulge intimate reply respond venture write announce articulate blab state
        blabber blurt confide convey interject interpose mention observe propose recount reiterate
        relate reveal volunteer repeat express share
    object: declare
    left: be_like continue go go_like go_on leak promulgate utter vocalize voice purpose advise
        report
    why: quotatives and aspect (be_like, go, go_like, go_on, continue), informing a hearer of
        a fact or releasing it (leak, promulgate), making a sound (utter, vocalize), "voice" (read
        as "voice concerns"), "purpose" (archaic), "advise" (advise-37.9); "express", not VerbNet's
        member, is added in the clause frame ("have expressed that", set 60), and "share" (stop 42: "Others
        also shared that this year's strain is deadlier", set 270); "confirm", not a
        member, in any (officials who confirm an attack vouch for it: sets 71, 101 and 102 labelled
        each)
complain-37.8 | people | intransitive
    any: bellyache boast brag complain grouse grumble kvetch
    object: bitch gripe moan whine
    to: object
    left: caterwaul crab grouch
    why: noises and nouns that are rarely verbs (caterwaul, crab, grouch)
advise-37.9 | documents | transitive
    any: advise admonish assure caution warn
    clause: counsel
    left: alert brief educate encourage notify instruct
    why: informing or directing a hearer (alert, brief, educate, encourage, notify, instruct):
        an act, no claim
transfer_mesg-37.1.1 | documents | transitive
    any: preach
    clause: explain teach write
    left: demonstrate elucidate explicate expound justify narrate pose recap recite relay sniff
        illustrate verify corroborate communicate outline summarize sum_up boil_down snitch write_in
        dictate quote read show tell
    why: evidence and proof (demonstrate, illustrate, show, verify, corroborate: the research
        readings' verbs), passing on a text or a message (dictate, quote, read, recite, relay,
        communicate, narrate, snitch, write_in), restating (explicate, elucidate, expound, outline,
        recap, summarize, sum_up, boil_down), pose, sniff, justify; "tell" (read with its hearer and
        "that")
lecture-37.11 | documents | intransitive
    any: gush moralize preach rhapsodize theorize pontificate remark
    clause: comment testify write
    object: rant rave
    left: lecture speak speak_out speak_up talk elaborate dwell
    why: manner and topic of talk with no claim (speak, speak_out, speak_up, talk, elaborate,
        dwell, lecture)
judgment-33.1 | people | transitive
    any: blame badmouth acclaim applaud assail belittle berate castigate chastise chide commend
        condemn criticize criticise decry denigrate denounce deprecate deride disparage extol fault
        hail lambaste laud malign mock praise repudiate revile ridicule upbraid vilify calumniate
        defame eulogize glorify doubt satirize stigmatize
    object: censure lampoon rebuke reproach reprove scold scorn slander judge
    as: cite
    left: abuse assault attack bless celebrate commemorate congratulate felicitate compliment greet
        honor reward salute thank toast welcome excuse forgive pardon condone snub shame insult
        incriminate chasten blaspheme curse damn imprecate gibe slang backbite find_fault_with
        approve_of write_up herald recommend
    why: acts on a person rather than a verdict on a thing (abuse, assault, attack, bless,
        celebrate, commemorate, congratulate, felicitate, compliment, greet, honor, reward, salute,
        thank, toast, welcome, excuse, forgive, pardon, condone, snub, shame, insult, incriminate,
        chasten), oaths (blaspheme, curse, damn, imprecate, gibe, slang), phrases read by their verb
        (find_fault_with, approve_of, write_up), "herald" (announcing), "recommend" (say-37.7); "cite"
        only as a verdict with "as" ("many observers cite corruption as the main factor"; citing a source names it)
characterize-29.2 | documents | transitive
    any: characterize characterise describe imagine interpret perceive regard view
    as: envisage envision bill depict paint peg picture pigeonhole portray stereotype conceive
    left: adopt certify class classify diagnose select subselect specify treat typecast recast
        redraw stamp take accept define detail moot recollect remember visualize underestimate fancy
        report reveal hail praise cast count identify rank represent
    why: choosing, sorting and treating (adopt, certify, class, classify, diagnose, select,
        subselect, specify, treat, typecast, recast, redraw, stamp, take, accept, define, detail,
        moot), memory (recollect, remember, visualize), underestimate (the author's verdict), fancy;
        report, reveal (say-37.7), hail, praise (judgment); cast, count, identify, rank, represent
        (in policy prose to throw, number, find out, order and act for)
dub-29.3.2 | documents | transitive
    any: dub brand label
    object: term pronounce nickname anoint
    left: call decree rename rule vote baptize christen consecrate crown name style stamp
    why: "call" (read as a phrase, not "call for", "call off"), giving a name or an office
        (decree, rename, rule, vote, baptize, christen, consecrate, crown, name, style, stamp)
declare-29.4 | documents | transitive
    any: avow profess maintain proclaim confess
    object: adjudge declare
    left: find prove
    why: prove (evidence), find (read with "that" by the phrases)
conjecture-29.5 | documents | transitive
    any: affirm assert assume conjecture doubt hold prognosticate surmise anticipate believe expect
        foreknow foresee foretell guess presume prophesy vaticinate feel
    clause: admit deny swear infer trust conclude
    left: determine repute spectulate
    why: determine (a finding or a decision), repute (read in the passive: "is reputed to"),
        spectulate (a misspelling of speculate, read); "conclude", not VerbNet's member, in the clause
        frame ("observers concluded that": set 172)
consider-29.9 | documents | transitive
    any: acknowledge deem reckon consider suspect think suppose posit
    object: esteem rate
admire-31.2 | people | transitive
    any: admire deplore despise detest abhor bewail lament loathe fear
    object: distrust mistrust dread resent disdain dislike
    left: adore appreciate bear cherish deify enjoy envy exalt favor grudge idolize like love miss
        prefer prize relish respect revere savor stand suffer support tolerate treasure value
        venerate worship fancy hate pity mourn rue execrate regret affirm reaffirm trust believe
        esteem applaud
    why: only the members that report a verdict on a thing or an attitude to a claim; left: liking,
        enjoying, enduring and cherishing (adore, appreciate, bear, cherish, deify, enjoy, envy,
        exalt, favor, grudge, idolize, like, love, miss, prefer, prize, relish, respect, revere,
        savor, stand, suffer, support, tolerate, treasure, value, venerate, worship, fancy, hate,
        pity, mourn, rue, execrate, regret), affirm/reaffirm and trust (conjecture-29.5), believe
        (conjecture-29.5), esteem (consider-29.9), applaud (judgment-33.1)
overstate-37.12 | documents | transitive
    any: tout
    left: overstate overdraw hyperbolize magnify amplify overemphasize overrate overstress glorify
    why: overstate-37.12: only "tout" reports its subject's claim; the rest are the author's verdict
        on it
reject-77.2 | documents | transitive
    any: disparage
    as: dismiss
    claim: reject
    left: decline rebuff refuse turn-down discourage disprefer pooh_pooh
    why: reject-77.2: "dismiss … as" is a verdict, and so is "reject" before a claim's noun ("Historians
        unanimously reject the myth", set 196); the rest, and "reject" before anything else, refuse or
        decline an offer, an act ("voters rejected the measure")
marvel-31.3 | people | intransitive
    any: worry fret fear wonder disapprove agonize fume seethe
    clause: marvel despair enthuse gloat
    left: ache anger anguish approve bask beware bleed bother care cry chafe cheer cringe delight die exult feel
        flip_out freak_out gladden glory go_apeshit go_ballistic grieve groove hallucinate hunger hurt lose_it
        luxuriate madden mind moon mope mourn muse obsess puzzle rage react reflect rejoice revel ruminate sadden
        salivate sicken sorrow start stew stress suffer sulk swoon tire thrill triumph wallow weary weep
    why: feelings and bodily states with no claim or verdict (ache, cry, delight, grieve, rejoice …), "approve"
        (to approve a budget is an act), "feel" (conjecture-29.5); "marvel" and "despair" are also nouns ("marvel
        at the view"): only before a clause
suspect-81 | people | transitive
    any: suspect accuse condemn
correspond-36.1 | documents | intransitive
    any: agree argue disagree concur
    left: debate banter bargain collaborate collide commiserate communicate compromise confer cooperate correspond
        deliberate differ haggle interact negotiate plot renegotiate settle square decide
    why: acts of talking and dealing together (negotiate, confer, cooperate, decide): no claim held; "debate"
        (deliberation: the listed groups read it, crowd_structure.deliberation deciding)
"""


def _parse(table: str) -> tuple[VerbClass, ...]:
    out: list[VerbClass] = []
    fields: dict[str, str] = {}
    head: list[str] = []
    for line in [*table.strip().splitlines(), "end | - | -"]:
        if not line.startswith(" "):
            if head:
                out.append(
                    VerbClass(
                        head[0],
                        people=head[1] == "people",
                        transitive=head[2] == "transitive",
                        **{("as_" if k == "as" else k): v for k, v in fields.items() if k != "why"},
                    )
                )
            head, fields = [w.strip() for w in line.split("|")], {}
        elif ": " in line and line.startswith("    ") and not line.startswith("     "):
            key, words = line.strip().split(": ", 1)
            fields[key] = words
        else:
            fields[key] += " " + line.strip()
    return tuple(out)


CLASSES: tuple[VerbClass, ...] = _parse(_TABLE)

# the constructions after the verb that make a frame's word a verb taking a claim (lookaheads, read case-blind)
_QUOTE = r"\s*[:“\"‘«]"
FRAMES = MappingProxyType(
    {
        # (and the clause of a view named on the way: "stated their belief that", "expressed the view that")
        "clause": rf"(?=\s+(?:(?:their|his|her|its|the)\s+(?:belief|view|opinion|conviction|position)\s+)?"
        rf"that\b|{_QUOTE})",
        "object": rf"(?=\s+(?:it|them|this|that|these|those|the|a|an|his|her|their|its|such|our|him|us)\b|{_QUOTE})",
        # its object stands between ("dismiss the plan as"; "which many dismissed as spam" is a gap, a passive)
        "as": r"(?=\s+(?!as\b)[^.;:!?\n\x00]{1,60}?\bas\b)",
        "to": r"(?=\s+(?:to|that)\b)",
        # a claim's noun as the object, after a determiner and up to two words ("reject the myth", "reject these
        # various claims"); not an offer, a bill or a measure
        "claim": r"(?=\s+(?:(?:the|this|that|these|those|such|his|her|their|its|any|all)\s+)?(?:[\w'’\-]+\s+){0,2}?"
        r"(?:claims?|myths?|allegations?|accusations?|charges?|theory|theories|notion|idea|assertions?|arguments?|"
        r"narrative|premise|findings?|conclusions?|accounts?|version|reports?|rumou?rs?)\b)",
    }
)
# the past forms and doubled consonants regular rules miss
_IRREGULAR = MappingProxyType(
    {
        "foresee": ("foresaw", "foreseen", "foresees", "foreseeing"),
        "foretell": ("foretold",),
        "foreknow": ("foreknew", "foreknown"),
        "swear": ("swore", "sworn"),
        "teach": ("taught",),
        "write": ("wrote", "written"),
        "hold": ("held",),
        "feel": ("felt",),
        "think": ("thought",),
        "say": ("said",),
        "cast": ("cast",),
        "bear": ("bore", "borne"),
        "understand": ("understood",),
    }
)
_DOUBLED = frozenset("infer abhor peg extol admit".split())


def verb_forms(lemma: str) -> frozenset[str]:
    """The lemma's forms: the base, -s, past and -ing, generated by rule (irregular pasts listed above)."""
    if lemma in _DOUBLED:
        c = lemma[-1]
        return frozenset({lemma, lemma + "s", lemma + c + "ed", lemma + c + "ing"})
    out = set(inflect(lemma)) | set(_IRREGULAR.get(lemma, ()))
    if lemma in _IRREGULAR:
        out -= {lemma + "ed", lemma + "d"}
    return frozenset(w for w in out if "_" not in w)


def _lemmas(field: str, people: bool | None = None) -> frozenset[str]:
    return frozenset(
        w for c in CLASSES if people is None or c.people is people for w in getattr(c, field).split() if "_" not in w
    )


ANY_LEMMAS = _lemmas("any")
FRAME_LEMMAS = MappingProxyType({f: _lemmas("as_" if f == "as" else f) for f in FRAMES})
_FIELDS = ("any", "clause", "object", "as_", "to", "claim")
PEOPLE_LEMMAS = frozenset().union(*(_lemmas(f, True) for f in _FIELDS))
SPEECH_LEMMAS = frozenset().union(*(_lemmas(f, False) for f in _FIELDS))
TRANSITIVE_LEMMAS = frozenset(w for c in CLASSES if c.transitive for f in _FIELDS for w in getattr(c, f).split())


def plural_forms(lemma: str) -> frozenset[str]:
    """The forms a plural subject takes ("critics state", "have stated", "stating"): not "states", which after
    "many" or "some" is a noun."""
    return frozenset(w for w in verb_forms(lemma) if w == lemma or not w.endswith("s") or w.endswith("ss"))


# each frame's forms (a plural subject's), and one alternative per frame: its forms (a trie) and the construction
# after them; where a form is read unconstrained elsewhere (VERB_FORMS), that reading comes first
FRAMED_FORMS = MappingProxyType(
    {f: frozenset(w for lemma in lemmas for w in plural_forms(lemma)) for f, lemmas in FRAME_LEMMAS.items()}
)
FRAMED_WORDS = frozenset().union(*FRAMED_FORMS.values())
# (a plain alternation, the longer first: each frame needs a blank or a mark after the word, so no shorter word matches
# inside a longer one, and no trie is built at import; the reading itself looks the words up: framed_verb_end)
FRAMED_PHRASES = "|".join(f"(?:{'|'.join(sorted(FRAMED_FORMS[f], key=len, reverse=True))}){FRAMES[f]}" for f in FRAMES)
FRAMED_BYTES = frozenset(w.encode() for w in FRAMED_WORDS)
_FRAME_OF = MappingProxyType({w: f for f, words in FRAMED_FORMS.items() for w in words})
_FRAME_RES = MappingProxyType({f: lazy(FRAMES[f], re.I) for f in FRAMES})
_FRAMED = lazy(rf"\b(?:{FRAMED_PHRASES})\b", re.I)  # only for a word outside ASCII ("ſtate" under re.I)


def framed_verb_end(s: str, at: int, word: str) -> int | None:
    """The end of a framed verb ``word`` at ``at`` in its construction ("state" before "that"), or None: a look-up
    and the frame's small expression (text outside ASCII read by the whole expression, as re.I reads it)."""
    if not word.isascii():
        m = _FRAMED.match(s, at)
        return m.end() if m is not None else None
    frame = _FRAME_OF.get(word.lower())
    end = at + len(word)
    return end if frame is not None and _FRAME_RES[frame].match(s, end) is not None else None


def framed_in(s: str, at: int, low: str, words: list[bytes]) -> bool:
    """A framed verb of the clause ``low`` (the text from ``at``, lower-cased; ``words``, its words as bytes)
    stands in its construction: each framed word found in the clause, the construction matched there (the
    subject reading's cheap test, vague.py)."""
    end = at + len(low)
    for w in FRAMED_BYTES.intersection(words):
        word = w.decode()
        frame = _FRAME_OF[word]
        # the construction's own word first, in C: most clauses with "state" have no "that", no mark, no "as"
        if frame == "clause" and "that" not in low and '"' not in low and s[end : end + 1] != ":":
            continue
        if (frame == "as" and "as" not in low) or (frame == "to" and "to" not in low and "that" not in low):
            continue
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if (
                (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"))
                and (j == len(low) or not (low[j].isalnum() or low[j] == "_"))
                and _FRAME_RES[_FRAME_OF[word]].match(s, at + j) is not None
            ):
                return True
            i = low.find(word, i + 1)
    return False


def c_words(c: VerbClass, field: str) -> list[str]:
    """The lemmas of one field of a class."""
    return getattr(c, "as_" if field == "as" else field).split()


# characterize-29.2's members predicate with "as" ("Residents describe the smell as"): a bare plural reads the
# ones it did not read before only with "as" ("Port agents described the fees at length" makes no claim)
AS_CLASS_LEMMAS = frozenset(
    w for c in CLASSES if c.name == "characterize-29.2" for f in ("any", "as") for w in c_words(c, f)
)


# the classes of reported speech: their framed members are the verbs of interview reporting ("officials stated",
# "participants explained", "officials denied"), read with a vague noun, a quantified group or "most" ("Many
# scholars state"), not with a bare group or a bare plural, which in reports are the author's own interviewees
_REPORTING = frozenset("say-37.7 transfer_mesg-37.1.1 lecture-37.11 declare-29.4 advise-37.9 conjecture-29.5".split())
_REPORTING_LEMMAS = frozenset(
    w for c in CLASSES if c.name in _REPORTING for f in ("clause", "object") for w in getattr(c, f).split()
)
REPORTING_WORDS = frozenset(w for lemma in _REPORTING_LEMMAS for w in plural_forms(lemma))
# the members the bare-plural reading leaves out as well: conjecture-29.5's (a profession's forecast or assumption,
# "meteorologists expect", "economists assume": a model's or a named forecast's) and "object" (to object to is a
# dissent, an act, as "agree to" is)
BARE_LEFT = (
    _REPORTING_LEMMAS
    | frozenset(w for c in CLASSES if c.name == "conjecture-29.5" for f in ("any", "clause") for w in c_words(c, f))
    | {"object"}
)
