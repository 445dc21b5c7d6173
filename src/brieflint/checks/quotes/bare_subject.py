"""A bare plural subject that the vocabulary of groups does not list, read from its verb (issue 19).

The vague subjects of :mod:`vague_patterns` are words ("critics", "officials", "parents"); on every
held-out set the first run met crowds the list did not have ("foes call it", "Residents have been
complaining", "parents and families say"). Here the construction decides, not the word: a verb of
speech, belief or judgement (the trigger: nothing is read where none stands) whose clause opens with a
plural noun phrase that has no determiner, number, possessor or name (a bare plural: people in general,
named by nobody). The verb's class says whether the noun must name people:

- a verb only people do (believe, fear, doubt, understand, disagree; call, dub, brand, condemn …) takes
  any plural noun as a crowd ("Foes call it a ban", "Markets fear a slowdown");
- a verb documents "do" as well (say, suggest, claim, warn, note …) needs a noun of people by its form
  (an agent or member ending: -ers, -ors, -ists, -ians, -ants, -ents, -als, -ives …) or one of the few
  underived nouns of people ("people", "women", "folks"), not a document's ("Records suggest").

Left to the readings of the listed groups (never read here): the listed heads themselves, a head or
modifier with a capital inside the sentence (a named body's people: "Treasury officials"), parties'
members ("Democrats believe": a named body's, by the session's decision), a clause after a verb of
finding or saying ("The survey found that teachers believe": the survey's finding).
"""

from __future__ import annotations

import re
from types import MappingProxyType

from brieflint.checks.quotes import verb_classes as vc
from brieflint.checks.quotes.families import CATENATIVE_WORDS, CLAUSE_PRONOUNS, CLAUSE_VERB, HERE_WORDS
from brieflint.checks.quotes.lexicon import CUE_WORDS, MEMBERS_NAMED, inflect
from brieflint.document.places import is_place
from brieflint.lazyre import lazy

# the verbs (their lemmas) that only people do: any plural subject is a crowd
PEOPLE_VERBS = frozenset(
    "believe think fear worry feel doubt suspect wonder agree disagree understand assume suppose reckon presume "
    "surmise imagine guess sense fret lament bemoan complain grumble call dub brand label hail praise applaud "
    "condemn denounce decry deride slam ridicule mock blame accuse criticize criticise interpret misinterpret "
    "regard deem perceive characterize characterise notice discern".split()
)
# the verbs a document "does" as well: only with a noun of people
SPEECH_VERBS = frozenset(
    "say argue claim contend insist maintain warn caution allege assert suggest predict assure echo estimate".split()
)
# the words that trigger the reading: the finite and -ing forms of both classes ("call" not as "call for"), and
# "told" with its hearer and "that" ("Former employees told the press that …"), a verb of saying like "say"
_OLD_TRIGGERS = frozenset(
    w
    for lemma in PEOPLE_VERBS | SPEECH_VERBS
    for w in inflect(lemma)
    if not w.endswith("s") or w.endswith("ss") or lemma == "say"
) | {"said", "thought", "felt", "understood", "told", "tell"}
# and the rest of their VerbNet classes (verb_classes.py): a form read before stays unconstrained; a new one that
# is also a noun counts only in its construction ("Residents state that", not "Residents state legislators")
_NEW_LEMMAS = (vc.PEOPLE_LEMMAS | vc.SPEECH_LEMMAS) - PEOPLE_VERBS - SPEECH_VERBS - vc.BARE_LEFT - {"think", "say"}
_FRAMES = MappingProxyType({f: lazy(vc.FRAMES[f], re.I) for f in vc.FRAMES})
# "describe" gives an account as well as a verdict: what the crowd saw, with a question's word or a verb of
# perceiving ("Witnesses described how soldiers fired", "Refugees described seeing"), not "the fees at length"
# ("Witnesses described protesters throwing stones": people doing something, the object no determiner opens)
_ACCOUNT_OF = (
    r"(?=\s+(?:how|what|seeing|hearing|watching)\b|\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her)\s)"
    r"(?:[a-z][\w'’\-]*\s+){1,3}?[a-z]+ing\b)"
)
_ACCOUNT = lazy(vc.FRAMES["as"] + "|" + _ACCOUNT_OF, re.I)
_ACCOUNT_NEXT = lazy(_ACCOUNT_OF, re.I)
_FRAME_OF = MappingProxyType(
    {w: _FRAMES[f] for f, words in vc.FRAMED_FORMS.items() for w in words if w not in _OLD_TRIGGERS}
    | {w: _FRAMES["as"] for lemma in vc.AS_CLASS_LEMMAS for w in vc.plural_forms(lemma) if w not in _OLD_TRIGGERS}
    | {w: _ACCOUNT for w in vc.plural_forms("describe")}
)
TRIGGERS = _OLD_TRIGGERS | frozenset(w for lemma in _NEW_LEMMAS for w in vc.plural_forms(lemma))
PEOPLE_VERBS = PEOPLE_VERBS | (vc.PEOPLE_LEMMAS - SPEECH_VERBS - vc.BARE_LEFT)
# "told" reports a claim with its hearer and a clause: "told the press that", "told reporters on Monday that", and
# (stop 43) a clause with a pronoun subject and no "that" ("Workers told VOA Monday they were happy"), not told the
# writer ("teachers told me they would have liked": the author's own sources, as interviewees.py reads them)
_TOLD_THAT = lazy(
    rf"\s+(?:[\w.'’\-]+\s+){{1,4}}?(?:that\b|(?<!\bme\s)(?<!\bus\s)(?:{CLAUSE_PRONOUNS}|we)\s+{CLAUSE_VERB})",
    re.I,
)
# a member of the crowd named later in its sentence: not an anonymous crowd
_NAMED = lazy(rf"\b{MEMBERS_NAMED}")
_TELL = frozenset({"told", "tell"})
_CALL_PARTICLES = frozenset("for on upon off up back in out".split())
# "think of … as" is an opinion ("many think of it as a sham"); "think of" or "think about" alone is to consider
_AS_AHEAD = lazy(r"\s*(?:of|about)\b[^.;:!?]{1,60}?\bas\b", re.I)
# verbs with an object and its predicate ("deem it unfair"): their participle after a noun is a passive
_TRANSITIVE = frozenset(
    "call dub brand label hail praise applaud condemn denounce decry deride slam ridicule mock blame accuse "
    "criticize criticise interpret misinterpret regard deem perceive characterize characterise believe think "
    "suspect assume suppose understand presume imagine".split()
) | (vc.TRANSITIVE_LEMMAS - SPEECH_VERBS)
# what follows such a verb in the active: its object or its clause ("deemed it unfair", "believed that …")
_ACTIVE_NEXT = frozenset("it them this that these those the a an him her his their its such our we they he she".split())
# the endings of nouns of people: agents and members ("farmers", "activists", "residents", "locals")
_PERSON_ENDINGS = tuple("ers ors ists ians ans ants ents ics ates ees als ives eers ites".split())
_PERSON_WORDS = frozenset(
    "people men women children folks kids youths elders peers friends neighbors neighbours "
    "witnesses eyewitnesses victims citizens foes".split()  # no ending shows these: "According to witnesses"
)
# organisations and people in roles whose plural no ending shows: as a crowd they speak as people do ("Concrete
# companies say", "News outlets tell us that", "Landlords warn")
ORGANISATIONS = frozenset(
    "companies businesses firms corporations outlets newspapers broadcasters utilities banks lenders charities "
    "nonprofits unions universities colleges schools hospitals clinics airlines automakers carmakers startups "
    "landlords landladies nurses judges coaches chefs agencies organizations organisations coalitions "
    "associations".split()
)
# nouns with those endings that name things, not people
_THINGS = frozenset(
    "papers documents letters filings records statements comments numbers orders reports materials arguments "
    "estimates rates centers centres offers waters events governments elements instruments agreements payments "
    "investments assessments judgments judgements terms matters powers borders filters markers meters minerals "
    "animals totals signals proposals journals manuals hospitals terminals approvals referrals trials potentials "
    "initiatives incentives archives alternatives objectives narratives motives numbers figures results findings "
    "data others answers headquarters waivers transfers chapters computers engines plans rules laws "
    "guidelines regulations emails messages texts posts tweets charts maps models surveys studies polls "
    # fields and things in -ics, the ending of "critics" and "academics" ("According to frame semantics")
    "semantics politics economics physics statistics ethics mathematics linguistics genetics dynamics logistics "
    "graphics optics athletics tactics topics lyrics basics metrics analytics demographics "
    "reuters".split()  # a news agency's name ending as a plural of persons does ("Reuters estimated")
)
# a body named by its kind before its people ("board members", "union organizers"): the body's people
_BODIES = frozenset(
    "committee council board commission panel cabinet union party staff company agency court jury team "
    "parliament congress senate assembly ministry department administration campaign firm school".split()
)
# the parties' members: a named body's people
_PARTIES = frozenset(
    "democrats republicans conservatives liberals tories greens socialists communists libertarians "
    "independents labourites nationalists".split()
)
# words before the subject that end a clause's run-up (the subject starts after them)
_OPENERS = frozenset(
    "but that while as because although though since where when if so yet whereas unless until "
    "now still meanwhile instead".split()
)
_NOT_NP = frozenset(
    "the a an this that these those its their his her our my your both all two three four five six seven eight "
    "nine ten several other others such some many most few no every each any which who whom whose what it they "
    "we he she i you them us not also there here always never sometimes perhaps even just only thus".split()
)
_AUX = frozenset(
    "have has had will would may might could can do did does also often widely generally increasingly privately "
    "openly long now still already rightly wrongly publicly repeatedly quietly reportedly are were is was been "
    "be left continue continued tend tended to".split()
)
_PREPOSITIONS = frozenset("of in at from across around within on inside outside throughout near".split())
_FINDING = frozenset(
    "show shows showed shown find finds found suggest suggests suggested indicate indicates indicated reveal "
    "reveals revealed".split()
)
# the conjunctions and subordinators that open a clause of its own in a long sentence ("… these barriers but
# disability charities have argued"): not "that", often a relative pronoun
_JOINING = frozenset("but while yet whereas although though because since".split())
# a clause mark, or a sentence's end before a space ("inmediahk.net editors" is one name), read backwards
_BACK_MARK = lazy(r"[;:\x00\n—–(,\"“”]| [.!?]")
REACH = 90  # characters before the verb where its subject may stand


# the forms of the verbs only people do, each with its lemma (a speech verb's forms stay themselves)
_LEMMAS = {
    **{form: lemma for lemma in _NEW_LEMMAS for form in vc.verb_forms(lemma)},
    **{form: lemma for lemma in PEOPLE_VERBS for form in inflect(lemma)},
    "thought": "think",
    "felt": "feel",
    "understood": "understand",
}


def _lemma(verb: str) -> str:
    v = verb.lower()
    return _LEMMAS.get(v, v)


def thing_noun(word: str) -> bool:
    """``word`` is a plural of a thing's features, which raise doubts as causes, not as holders ("Various procedural
    aspects of the elections raised doubts"); documents that speak ("Many comments noted") are no such things."""
    return word.lower() in _FEATURES


_FEATURES = frozenset("aspects features factors provisions restrictions irregularities shortcomings flaws".split())


def person_noun(word: str) -> bool:
    w = word.lower()
    return w not in _THINGS and (w in _PERSON_WORDS or w.endswith(_PERSON_ENDINGS) or w.endswith("men"))


_BE = frozenset("are were is was been be left".split())


def _maybe_plural(low: str) -> bool:
    """``low`` (lower case, as split) may end a plural subject: a cheap first look, before the reading."""
    return low.endswith("men") or (_plural(low) and low not in _NOT_NP)


def _plural(word: str) -> bool:
    w = word.lower()
    if w in _PERSON_WORDS or (w.endswith("men") and len(w) > 5):  # "fishermen", "businesswomen"
        return True
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 3


def crowd_span(s: str, start: int, word: str, listed: frozenset[str]) -> tuple[int, int] | None:
    """The span from a bare plural subject to the verb ``word`` at ``start`` (its trigger), or None."""
    # the words before: most verbs end the reading here ("he said", "Haddad said", '"…," said', "This is said")
    before = s[max(0, start - 90) : start].split()[-9:]
    if not before:
        return None
    last = before[-1].lower()
    if word.endswith("ing"):
        if last not in _BE and not last.endswith("ly"):
            return None  # an -ing form is the crowd's verb only as a progressive ("have been complaining")
    elif not (
        _maybe_plural(last)
        or last in _AUX
        or last.endswith((",", "—", "–"))  # an aside may stand between ("Ecologists, however, warn")
        or last.endswith("ly")
        or (last in HERE_WORDS and len(before) > 1 and _maybe_plural(before[-2].lower()))  # "Soldiers here say"
        or any(w in _PREPOSITIONS and k and _maybe_plural(before[k - 1].lower()) for k, w in enumerate(before))
    ):
        return None  # no plural noun, auxiliary or plural with its scope ("Fishermen across the bay") before it
    end = start + len(word)
    frame = _FRAME_OF.get(word.lower())
    if frame is not None and frame.match(s, end) is None:
        return None  # "Residents state legislators …": a noun, not the verb of its construction
    nxt = s[end : end + 12].split(None, 1)[:1]
    lemma = _lemma(word)
    if nxt and lemma == "call" and nxt[0].lower() in _CALL_PARTICLES:
        return None  # "Advocates call for …": a demand, not a naming
    if nxt and lemma == "agree" and nxt[0].lower() == "to":
        return None  # "Shareholders agreed to the sale": a consent, an act
    if nxt and lemma == "think" and nxt[0].lower() in ("of", "about") and not _AS_AHEAD.match(s, end):
        return None  # "Planners are thinking about how to …": to consider, no claim (as for the listed groups)
    if lemma in _TELL and not _TOLD_THAT.match(s, end):
        return None  # "Employees told to leave", "told the guards everything": no claim reported
    subject = bare_subject(s, start, s[start:end], listed)
    if subject is None:
        return None
    limit = min(len(s), end + REACH * 3)  # a bounded window: a long sentence costs no more
    stop = min((i for i in (s.find(c, end, limit) for c in ".!?\x00\n") if i != -1), default=limit)
    if _NAMED.search(s, end, stop):
        return None  # "citizens … condemned the deed, and some …, like Alessia Corcuera": members named
    return subject, end


# the words of an aside between commas after a subject: none names or counts anyone (no capital, no digit), and
# none is a verb of saying ("farmers, the mayor said, fear …" is the mayor's report, not the farmers' crowd)
ASIDE_WORD = r"\s+(?!(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|according)\b)(?-i:[a-z])[\w'’\-]*"
_ASIDE = lazy(rf"(?:{ASIDE_WORD}){{1,8}}\s*", re.I)
_ASIDE_REACH = 80  # characters an aside may take


def _clause_start(s: str, at: int) -> int | None:
    """The start of the clause that ends at ``at``: after the last clause mark in the window, found in one
    search of the window reversed; None if the window reaches no mark and is not the text's start."""
    back = _BACK_MARK.search(s[max(0, at - REACH) : at][::-1])
    if back is None:
        return None if at > REACH else 0
    return at - back.start()


def bare_subject(s: str, start: int, verb: str, listed: frozenset[str]) -> int | None:
    """The start of a bare plural subject of the verb at ``start`` (``verb``, as written), or None.
    ``listed``: the heads the listed groups read (never read here)."""
    lo, stop = _clause_start(s, start), start
    # no mark within reach: a long clause ("The government has introduced policies to help address these barriers
    # but disability charities have argued"), whose subject only a conjunction or a subordinator in reach can open
    partial = lo is None
    if lo is None:
        lo = s.find(" ", start - REACH) + 1
    if lo > 0 and s[lo - 1] in ",—–" and not s[lo:start].strip():
        # an aside between commas or dashes right before the verb ("Ecologists, however, warn", "Farmers — and
        # some ecologists — warn"): the subject ends before it
        opening = s.rfind(s[lo - 1], max(0, lo - 1 - _ASIDE_REACH), lo - 1)
        if opening == -1 or not _ASIDE.fullmatch(s, opening + 1, lo - 1):
            return None
        lo, stop = _clause_start(s, opening), opening
        if lo is None:
            return None
    toks = s[lo:stop].split()
    ends: list[int] = []
    at = lo
    for t in toks:
        at = s.index(t, at)
        ends.append(at)
        at += len(t)
    if any(t.lower() in _SINGULAR_AUX for t in toks[-3:]):
        return None  # "OSHA continues to believe", "The council has argued": a singular subject, one body
    progressive = verb.lower().endswith("ing")
    if not progressive and verb.lower().endswith(("ed", "ought", "elt", "ood")) and _lemma(verb) in _TRANSITIVE:
        nxt = s[start + len(verb) : start + len(verb) + 20].split(None, 1)[:1]
        if not nxt or (
            nxt[0].lower().strip(",.;:") not in _ACTIVE_NEXT
            and not (_lemma(verb) == "describe" and _ACCOUNT_NEXT.match(s, start + len(verb)))  # "described how"
        ):
            return None  # "books deemed obscene", "materials deemed to be …": a participle, the noun is judged
    stripped_be = catenative = False
    while toks and (
        toks[-1].lower() in _AUX
        or (toks[-1].lower().endswith("ly") and len(toks[-1]) > 4)
        or (toks[-1].lower() in CATENATIVE_WORDS and s[ends[-1] + len(toks[-1]) :].lstrip()[:3].lower() == "to ")
    ):
        low = toks[-1].lower()
        catenative = catenative or low in CATENATIVE_WORDS  # "Kansans like to believe", "are quick to point out"
        if low in ("are", "were", "is", "was", "been", "be"):
            if not progressive and not catenative:
                return None  # "are called": a passive, not the crowd's act
            stripped_be = stripped_be or not catenative
        toks.pop()
        ends.pop()
    if progressive and not stripped_be:
        return None  # "have a saying", "materials documenting": no progressive, no verb of the subject
    if len(toks) > 1 and toks[-1].lower() in HERE_WORDS:
        toks.pop()  # (stop 43) the place the report is from, after the subject ("Soldiers here say")
        ends.pop()
    if toks and toks[-1].lower() in _SINGULAR_BEFORE_TO and s.startswith("to", ends[-1] + len(toks[-1]) + 1):
        return None  # "Iran wants to agree": a singular verb before "to", its subject one
    # the subject opens its clause, or follows a conjunction or a subordinator in it
    cut = max((k + 1 for k, t in enumerate(toks) if t.lower() in _OPENERS), default=0)
    if partial and (not cut or toks[cut - 1].lower() not in _JOINING):
        return None  # the clause opens out of reach, or with a relative "that" ("an exemption that allows states to")
    if cut:
        before = toks[cut - 2].lower() if cut >= 2 else ""
        if toks[cut - 1].lower() == "that" and (before in CUE_WORDS or before in _FINDING):
            return None  # "The survey found that teachers believe …": what was found or said
    np, starts = toks[cut:], ends[cut:]
    while np and np[0].lower() in ("and", "or"):  # "…, and residents say": a clause joined on
        np, starts = np[1:], starts[1:]
    if not np or len(np) > 9:
        return None
    # a prepositional scope after the head ("parents across the city"): the head is before it
    head_at = next((k for k, t in enumerate(np) if t.lower() in _PREPOSITIONS), len(np))
    if head_at == 0 or len(np) - head_at > 7 or (head_at < len(np) and np[-1].lower() in _NOT_NP):
        return None
    words = np[:head_at]
    if len(words) > 4 or any(not w.replace("-", "").replace("’", "").replace("'", "").isalpha() for w in words):
        return None
    if any(w.lower() in _NOT_NP for w in words) or any(w.endswith(("'s", "’s", "'", "’")) for w in words):
        return None
    # coordinated heads ("parents and families"): each conjunct's last word is a head
    heads = [w for k, w in enumerate(words) if k + 1 == len(words) or words[k + 1].lower() in ("and", "or")]
    if any(h.lower() in ("and", "or") for h in heads):
        return None
    sentence_start = lo == 0 or s[lo - 1] in ".!?\x00\n" or s[max(0, lo - 2) : lo].strip() in (".", "!", "?")
    # "South Africans", "Iraqis": a nation's people, a crowd (not a surname: "Councilmember Rob Dorans")
    people = _DEMONYMS.fullmatch(heads[-1]) is not None and all(
        w.islower() or w in _COMPASS for w in words[: words.index(heads[-1])]
    )
    for k, w in enumerate(words):
        if people:
            break
        if w[:1].isupper() and not (k == 0 and cut == 0 and sentence_start) and (w in heads or not is_place(w)):
            return None  # a name inside the sentence: a named body's people (a place says only where they are)
    for h in heads:
        low = h.lower()
        # a listed head is the listed readings', unless a conjunct stands after it ("Commentators and journalists
        # predict": the listed reading, which needs its verb right after its noun, leaves it here)
        if (low in listed and h is heads[-1]) or low in _PARTIES or not _plural(h):
            return None
    if any(w.lower() in _BODIES for w in words if w not in heads):
        return None  # "committee members", "union leaders": a named body's people
    if _lemma(verb) not in PEOPLE_VERBS and not any(person_noun(h) or h.lower() in ORGANISATIONS for h in heads):
        return None  # "Records suggest …": a document, not a crowd
    return starts[0]


# the plural of a people's name, by its form ("Americans", "Iraqis", "Chinese"; not "Analysis", "Crisis")
_DEMONYMS = lazy(r"[A-Z][a-z]{2,}(?:ans|ese|(?<![st])is)")
_COMPASS = frozenset("South North East West New Native Latin Central Northern Southern Eastern Western".split())


# verbs in the third person singular that take "to" and a verb: the subject before them is one ("Iran wants to")
_SINGULAR_AUX = frozenset("has does continues seems appears tends likes begins starts remains".split())
_SINGULAR_BEFORE_TO = frozenset(
    "wants needs plans hopes tries seeks vows aims intends expects wishes refuses threatens promises decides".split()
)


def according_crowd(phrase: str) -> bool:
    """``phrase`` (after "according to") is a bare plural of people: "residents", "local farmers", not "court
    documents", "the residents", "its members" or a party's members."""
    words = phrase.lower().split()
    head = words[-1]
    return (
        not any(w in _NOT_NP or w in _BODIES for w in words)
        and head not in _PARTIES
        and _plural(head)
        and person_noun(head)
    )
