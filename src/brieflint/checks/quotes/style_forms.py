"""The unsupported attributions the style guides name, as constructions (issue 19).

Wikipedia's Manual of Style (MOS:WEASEL, "Unsupported attributions") and the journalism style guides name
forms the readings of :mod:`vague_patterns` did not reach: a quantifier alone as the subject ("Most feel",
"Few doubt"), a perfect passive of describing or naming with no agent ("has been described as", "has been
called a failure"), a hedged accounting of sources ("By some accounts"), and the participles of VerbNet's
classes of saying and believing in the impersonal passive ("It has been mentioned that"). Each is a
construction: the class decides the words, the construction decides where they count.
"""

from __future__ import annotations

import re

from brieflint.checks.quotes import families as fam
from brieflint.checks.quotes import verb_classes as vc
from brieflint.checks.quotes.lexicon import inflect, trie_regex
from brieflint.lazyre import lazy

# the past participles of the classes of saying, conjecture, considering and declaring (verb_classes.py): in the
# impersonal passive with a clause they credit it to nobody ("It has been mentioned that", "It is posited that");
# not "determined", "found" or "proven" (a finding or a decision: "If it is determined that …"), left there; nor
# "announced" or "confirmed", which make a decision or an event public ("In July 2019, it was announced that Facebook
# was to be fined", sets 71 and 108: no view)
_IT_CLASSES = frozenset("say-37.7 conjecture-29.5 consider-29.9 declare-29.4".split())
_IT_LEMMAS = frozenset(
    w
    for c in vc.CLASSES
    if c.name in _IT_CLASSES
    for f in ("any", "clause", "object", "as_", "to")
    for w in getattr(c, f).split()
) - {"announce", "confirm"}
IT_PARTICIPLES = trie_regex(
    sorted(
        {
            w
            for lemma in _IT_LEMMAS
            for w in vc.verb_forms(lemma)
            if (w.endswith("ed") and w != lemma) or w in ("written", "sworn", "held", "felt", "thought", "foreseen")
        }
    )
)
# a perfect passive of describing, naming or judging with no agent ("The reform has been described as a failure",
# "has been called a failure", "has long been credited with"): the classes' participles (characterize-29.2,
# dub-29.3.2, reject-77.2's "dismissed as") with "as"; "called" only before an indefinite article or "the" and a
# lower-case word ("has been called the worst", not "has been called the Budget Committee", "called off", "called
# for"); a quotation after it is Q101's; an agent later in the clause names who ("by two senators")
_AS_PARTICIPLES = (
    "described characterized characterised portrayed depicted painted interpreted misinterpreted labeled labelled "
    "branded dubbed termed billed dismissed pigeonholed stereotyped"
)
_NO_AGENT = fam.no_agent(80)
# one of those participles with "as" and what it is described as: not "as follows", "as such", "as requiring", a quote
_AS_PHRASE = rf"(?:{_AS_PARTICIPLES.replace(' ', '|')})\s+as\b(?!\s+(?:follows|such|well|\w+ing)\b)(?!\s*[“\"‘'])"
BEEN_TRIGGERS = "been"
BEEN = (
    r"\bbeen\s+(?:(?:widely|often|variously|repeatedly|frequently|sometimes|commonly|also|long|rightly|wrongly)\s+)?"
    rf"(?:{_AS_PHRASE}|"
    r"called\s+(?:an?\s|the\s+(?-i:[a-z]))|credited\s+(?:with|for)\b)" + _NO_AGENT
)
# what has been said or written at large, by nobody named ("Much has been said about the way …", "a great deal has been
# written on", "Much has been made of"): the quantity stands for the sayings, the perfect passive for their sayers
MUCH_SAID_TRIGGERS = "much deal lot"
MUCH_SAID = (
    r"(?:(?<!\bhow )(?<!\bnot )(?<!\bso )(?<!\btoo )(?<!\bas )\bmuch|(?:(?<=\ba great )|(?<=\ba good ))deal|"
    r"(?<=\ba )lot)\s+(?:has|had|have)\s+(?:(?:already|also|since)\s+)?been\s+"
    r"(?:said|written|made|claimed|argued|speculated|debated|published)\s+(?:about|of|on|regarding|concerning)\b"
    + _NO_AGENT
)
# a view or a judgement held "widely", by people at large ("is widely seen as", "have been widely debated"); not its
# denial ("is not widely understood": the writer's own claim that few know it)
WIDELY = (
    r"(?<!\bnot\s)\bwidely\s+(?:seen|regarded|viewed|considered|believed|thought|perceived|understood|expected|"
    r"described)\b|"
    # a dispute or an acceptance only as the predicate, after "be" ("have been widely debated", "It's widely accepted
    # that"); before their noun they describe it ("a widely accepted theory"); praise and blame are read as passives
    # of judging ("has been widely criticized", vague_patterns.py)
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s)|(?<=’s\s)|(?<='s\s))widely\s+"
    r"(?:debated|disputed|contested|questioned|accepted)\b(?!\s+by\s+(?:the\s+)?(?-i:[A-Z]))"
)
# a reaction credited to a crowd as the object of a verb of feeling ("The experiment disappointed many", "Even the
# play's title offends some", "upset a lot of teachers"): the crowd's feeling, its members unnamed; not "concern"
# ("concerns many people": is about them), nor a crowd named after it ("angered some residents of Elm Street")
_FEELING_CAUSES = "disappoint offend anger alarm worry frustrate outrage surprise shock dismay trouble"
_REACTION_FORMS = {w for v in _FEELING_CAUSES.split() for w in inflect(v) if not w.endswith("ing")}
_REACTION_FORMS |= {"upset", "upsets"}
REACTION_TRIGGERS = " ".join(sorted(_REACTION_FORMS))
REACTION = (
    rf"{trie_regex(sorted(_REACTION_FORMS))}\s+(?:many|some|others|(?:a\s+lot\s+of|many|some|plenty\s+of)\s+[a-z]+)"
    r"(?=\s*(?:[,.;:!?\n\x00]|$)|\s+(?:who|by|with|because|as|and)\b)"
)
# the inquiries that report evidence as studies do, named by no one ("Recent studies show", "demonstrations have
# shown", "Estimates suggest 8000 migrants may be at sea": set 64), as vague_patterns reads them
RESEARCH_PLAIN = (
    "studies|research|surveys|polls|polling|experiments|analyses|trials|investigations|demonstrations|estimates"
)
# the literature as research's voice: generic with its article ("the literature shows", "the existing literature
# suggests"), a body of work no one names; "the literature on X by Y" or a citation names it
LITERATURE = (
    r"(?<=\bthe\s)literature\s+(?:(?:has|have|also|consistently|generally|clearly)\s+){0,2}"
    r"(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|finds|found|demonstrates?|demonstrated)\b"
)
# a hedged accounting of unnamed sources ("By some accounts", "by most accounts", "By all accounts", "by some
# estimates")
ACCOUNTS_TRIGGERS = "by per based from"
# and reports that nobody made, as a source, as "reportedly" does: "By reports" opening a sentence ("By reports he
# secured five delegates"; not "hit by reports of") or set off by commas ("had, by reports, infected"); "Per reports"
# ("per media reports, the sources said"); a claim "based on unconfirmed reports", or on reports that end the clause
# ("based on reports and experiences of a correspondent" names whose)
_HEARSAY_ADJECTIVES = r"(?:unconfirmed|unverified|unsubstantiated|anonymous|media|press|news|initial|early|local)"
ACCOUNTS = (
    # and "From all reports (that I have seen)", the speaker's reading of reports no one names
    r"\bfrom\s+(?:all|most|many|some)\s+(?:the\s+)?reports\b|"
    r"\bby\s+(?:some|many|most|all|several|numerous|multiple|other)\s+(?:accounts|estimates)\b|"
    r"\b(?-i:B)y\s+reports\b(?=\s*,?\s+(?-i:[a-z]))|"
    rf"(?<=,\s)by\s+(?:(?:all|some|many|most)\s+|{_HEARSAY_ADJECTIVES}\s+)?reports(?=\s*,)|"
    rf"\bper\s+(?:{_HEARSAY_ADJECTIVES}\s+)?reports\b(?!\s+(?:from|by|of|in|on|to|filed|published|released|issued)\b)|"
    rf"\bbased\s+on\s+(?:(?:unconfirmed|unverified|unsubstantiated|anonymous)\s+reports\b"
    rf"(?!\s+(?:from|by|of|in)\b)|(?:{_HEARSAY_ADJECTIVES}\s+)?reports(?=\s*[.;:!?]))"
)
# a quantifier alone as the subject ("Most feel"): not a superlative ("the most feared", "is most concerned", "at
# most"); not "few" ("Few expected the coalition to survive"), which asserts how rare a view is: the author's claim
QUANTIFIER_PRONOUNS = frozenset({"most"})
_NOT_PRONOUN_AFTER = frozenset(
    "the a at is are was were be been being so too very how quite its their his her our my your these those by".split()
)


def superlative_or_definite(s: str, start: int, word: str) -> bool:
    """``word`` ("most") at ``start`` is a degree, not a crowd: a determiner, a copula or an adverb of degree
    stands right before it."""
    if word not in QUANTIFIER_PRONOUNS:
        return False
    before = s[max(0, start - 12) : start].split()
    last = before[-1].rsplit("\x00", 1)[-1].lstrip("([{\"“‘'—–").lower() if before else ""  # NUL: a paragraph's end
    return last in _NOT_PRONOUN_AFTER or _DEGREE_PASSIVE.match(s, start + len(word)) is not None


# "most" before a participle with its agent: a degree ("the tool most feared today by the elites"), not a crowd
_DEGREE_PASSIVE = lazy(r"\s+[a-z]+ed\b(?:\s+[\w'’]+){0,3}?\s+by\s", re.I)


# the verbs research reports evidence with ("studies show", "research predicts"), the class of verbs of
# showing, finding and concluding, not the few prose showed first
_EVIDENCE_LEMMAS = (
    "show suggest indicate find point predict anticipate conclude confirm demonstrate reveal estimate document "
    "establish determine prove"
)
EVIDENCE_VERBS = "|".join(
    sorted(
        {
            *(w for lemma in _EVIDENCE_LEMMAS.split() for w in inflect(lemma) if lemma != "find" and lemma != "show"),
            *"show shows showed shown showing find finds found finding proven".split(),
        },
        key=len,
        reverse=True,
    )
)


# what follows "considered" when it means examined or decided on, not judged
_EXAMINED = (
    "(?:for|in|at|on|by|and|or|but|with|without|from|during|under|before|after|because|carefully|further|again|"
    "separately|together|here|there|first|later|now|soon|next|this|last|today|tomorrow|within|over|instead|only|"
    r"that|whether|how|what|as|to(?!\s+be\b))"
)
# how a judgement's complement opens after "considered" (an article, a rank, a degree, a superlative): not a bare
# noun or adjective, which classify ("is still considered taxpayer information", "is considered income")
_JUDGED = (
    "(?:an?|the|one|among|part|more|most|less|least|very|highly|too|so|quite|largely|particularly|extremely|"
    "(?-i:[a-z]{3,}est)|"
    # (stop 43) or an adjective of judgement, by its ending ("were considered irrational actions", "is considered
    # controversial", "was considered economically unviable"): a value, where a bare noun classifies; not one
    # relative to something ("central to") or a classification for a purpose ("considered resident for tax purposes")
    # (not after an adverb of a rule's record: "were considered racially suitable", "legally competent" classify)
    r"(?:(?!(?:racially|legally|officially|formally|medically|clinically|technically)\b)(?-i:[a-z]+ly)\s+)?"
    r"(?-i:[a-z]{3,}(?:al|ive|ous|ful|less|able|ible|ic|ant|ent)"
    # (stop 44) and a participle that judges ("are considered destabilizing", "was considered misleading")
    r"|[a-z]{3,}(?:izing|ising)|misleading|damaging|threatening|alarming|disturbing|insulting|humiliating)"
    r"(?!\s+to\b)(?![^.;:!?]{0,40}\bpurposes?\b))"
)
# the passive of considering with a judgement as its complement and no "as" (stop 32: "It is considered one of the
# finest", "is generally considered an area of research"): a judgement credited to nobody, read in the passive of
# opinion (vague_patterns.py, which checks its auxiliary); not considering as examining ("will be considered next
# week", "is considered in court", "may be considered to ensure"), nor a definition's condition ("is considered
# complete when"), nor a restrictive clause that sorts things by the view ("the issues that are considered to be
# problems"), nor the active after a comma ("he, Arafat, considered Lula a great leader"), nor with its judge named,
# nor a classification under a rule ("ineligible to be considered a subsidy under U.S. law", set 42)
CONSIDERED = (
    r"(?<!that is )(?<!that are )(?<!that was )(?<!that were )(?<!,\s)"
    rf"considered(?:\s+to\s+(?:be(?=\s+(?!{_EXAMINED}\b)(?-i:[a-z]))|have\b)|(?=\s+{_JUDGED}\b))"
    r"(?![^.;:!?]{0,60}\b(?:when|whenever|if|unless|once|until|where|under|pursuant)\b)" + _NO_AGENT
)

# the same participles of describing and naming in any passive, after the auxiliary vague_patterns.py checks ("was
# described as a failure", "are characterized as", "was branded a failure", stop 32): the perfect alone (BEEN) left
# "was described as" unread; "dubbed", "branded", "labelled" and "termed" also before an indefinite article or "the";
# not after an adverb of office ("his death was officially described as viral pneumonia": a record's entry)
AS_TRIGGERS = _AS_PARTICIPLES
AS_PASSIVE = (
    r"(?<!officially\s)(?<!formally\s)(?<!legally\s)(?<!medically\s)(?<!clinically\s)"
    rf"(?:{_AS_PHRASE}|"
    r"(?:dubbed|branded|label?led|termed)(?=\s+(?:an?\s|the\s+(?-i:[a-z]))))" + _NO_AGENT
)

# a passive of regarding with an attitude and no agent (stop 34): "are viewed mistrustfully", "is seen with
# suspicion", "is regarded with deep distrust"; the attitude's manner is the class (an adverb of trust or judgement, or
# "with" a noun of one), not "viewed regularly" or "seen briefly", which report looking
ATTITUDE_PASSIVE = (
    r"(?:viewed|regarded|seen)\s+(?:(?:mis|dis)?trustfully|suspiciously|sceptically|skeptically|"
    r"warily|favou?rably|unfavou?rably|positively|negatively|dimly|cynically|critically|"
    r"with\s+(?:(?:some|deep|great|growing|considerable|grave)\s+)?(?:suspicion|scepticism|skepticism|distrust|"
    r"mistrust|alarm|concern|contempt|disdain|hostility|wariness|caution|favou?r))\b" + _NO_AGENT
)

# a passive of judging, crediting, linking or forecasting right after an adverb of generality, with no agent: "has
# often been attributed to", "are often associated with", "is generally defined as", "is widely expected to", "is
# commonly contrasted with" (MOS:WEASEL's "is widely regarded"). The adverb says that people at large hold the view,
# the participle's class which view; without the adverb most of these are the author's ("is linked to the grid", "is
# expected to open in May"). Not naming ("is commonly known as", "often referred to as": a term's usage), not a
# report's form ("is often reported as a share"); the auxiliary before the adverb is checked in context.
GENERAL_ADVERBS = (
    "widely commonly generally often frequently usually typically popularly sometimes increasingly "
    "broadly universally long"
)
_COMPLEMENTS = {
    "attributed credited": "to|with|for",
    "linked tied": "to|with",
    "associated": "with",
    "blamed": "on|for",
    "compared": "to|with",
    "contrasted": "with",
    "expected predicted projected forecast estimated": "to|at|that",
    "assumed presumed believed thought held feared": "to|that",
    "accepted acknowledged recognized recognised understood": "as|to|that",
    "regarded seen viewed perceived described characterized characterised portrayed depicted defined interpreted "
    "touted hailed cited dismissed": "as",
    "praised criticized criticised faulted": "for|as",
}
_JUDGEMENT = (
    "|".join(rf"(?:{'|'.join(words.split())})\s+(?:{after})\b" for words, after in _COMPLEMENTS.items())
    + rf"|considered(?:\s+(?:as|to\s+be)\b|(?=\s+{_JUDGED}\b))"
)
GENERIC = (
    rf"\b(?:{GENERAL_ADVERBS.replace(' ', '|')})\s+(?P<generic>(?:been\s+)?(?:{_JUDGEMENT}))"
    r"(?!\s+(?:follows|such|well|\w+ing)\b)(?!\s*[“\"‘'])"
    + _NO_AGENT
    # praise and blame at large need no complement after their noun, with no auxiliary (a reduced relative passive,
    # checked in context): "solutions often touted in the pandemic age" (set 39)
    + r"|(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )"
    + rf"\b(?:{GENERAL_ADVERBS.replace(' ', '|')})\s+"
    r"(?P<praised>touted|hailed|praised|lauded|acclaimed|criticized|criticised|derided|maligned|vilified)\b"
    r"(?!\s+(?:as|for)\b)" + _NO_AGENT
)

# a view credited by a dative of perspective that opens the sentence ("To many readers, the ban seemed arbitrary",
# "To some, the reform is a betrayal"; MOS:WEASEL's "To many"): not a degree ("To some extent"), nor a part named
# after "of" ("To some of its critics")
_CAMPS = "critics|supporters|opponents|proponents|detractors|skeptics|sceptics|observers|analysts|experts|advocates"
PERSPECTIVE_TRIGGERS = "many some most " + _CAMPS.replace("|", " ")
PERSPECTIVE = (
    r"(?<=(?-i:\bTo) )(?:many|some|most)"
    r"(?:\s+(?!(?:extent|degree|level|point|way|of|time|times|years)\b)[a-z]+){0,2}\s*,|"
    # "For many, the revolution is …": with no noun only ("For many people, that's already begun" is who it befalls);
    # and the camps of a debate, whose view it is ("For supporters, the election was about …", "To critics, …")
    rf"(?<=(?-i:\bFor) )(?:many|some|most|{_CAMPS})\s*,|(?<=(?-i:\bTo) )(?:{_CAMPS})\s*,"
)
# a consensus that formed or emerged, held by nobody named ("A consensus quickly formed that", "a consensus has
# emerged that")
# and a consensus claimed, or denied, of everyone at once ("Everyone agrees that", "not everyone thinks the program will
# work"): the dissenters or the agreers are nobody named
CONSENSUS_TRIGGERS = "consensus everyone everybody"
CONSENSUS = (
    r"consensus\s+(?:(?:quickly|soon|slowly|rapidly|gradually|now|also|since)\s+)?(?:has\s+|had\s+)?"
    r"(?:formed|emerged|developed|grown|grew|built|took\s+hold)\s+(?:[\w'’\-]+\s+){0,4}?that\b|"
    r"(?:everyone|everybody)\s+(?:agrees|accepts|shares|thinks|believes|is\s+convinced)\b"
)


# a belief credited to people at large by how common it is: "the commonly held belief that", "a popular view that",
# "the received notion that"
COMMON_BELIEF_TRIGGERS = (
    "commonly widely generally popularly universally common popular widespread prevailing conventional received"
)
COMMON_BELIEF = (
    r"\b(?:(?:commonly|widely|generally|popularly|universally)\s+(?:held|shared|accepted)|common|popular|"
    r"widespread|prevailing|conventional|received)\s+(?:belief|view|notion|assumption|perception|idea|opinion|"
    r"understanding|misconception)s?\s+that\b"
)
