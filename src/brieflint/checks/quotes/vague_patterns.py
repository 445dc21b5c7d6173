"""The built-in vague attributions: the words they are made of and the patterns, each with the words
it can start with (see :mod:`brieflint.checks.quotes.vague` for how they are routed and read in context).

Constructions, not phrases: a plural subject that is a vague noun, a quantified group or a bare group,
with a verb of speech, belief, blame or naming (and the prepositional scope and auxiliaries between);
the same verbs closing a clause with the group after them ("…, say rights groups"); a passive with an
anonymous agent ("condemned by rights groups") or with none ("has been accused of", "Once hailed for");
an opinion and the anonymous people it comes from ("criticism from some Cambodians", "in some
quarters"); existential and impersonal forms ("there are indications that", "it is widely believed",
"One rumor is that"); opinions that arise by themselves ("questions have arisen"); hearsay adverbs and
nouns ("reportedly", "amid reports of").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from brieflint.checks.quotes import families as fam
from brieflint.checks.quotes import held_views as hv
from brieflint.checks.quotes import passives
from brieflint.checks.quotes import reduced_passive as rp
from brieflint.checks.quotes import style_forms as sf
from brieflint.checks.quotes import verb_classes as vc
from brieflint.checks.quotes.according import ACCORDING_CROWD, ACCORDING_DATA
from brieflint.checks.quotes.bare_subject import ASIDE_WORD
from brieflint.checks.quotes.bare_subject import TRIGGERS as CROWD_VERBS
from brieflint.checks.quotes.censure import CENSURE, CENSURE_NOUNS, OPINIONS_SPREADING
from brieflint.checks.quotes.existential import THERE
from brieflint.checks.quotes.group_ends import APPOSITION
from brieflint.checks.quotes.held_views import AMONG, AMONG_TRIGGERS, POSSESSED, POSSESSED_TRIGGERS
from brieflint.checks.quotes.lexicon import inflect, trie_regex
from brieflint.checks.quotes.verb_phrases import BASE_PHRASES, VERB_PHRASES

_NOUNS = (
    r"observers|critics|analysts|experts|commentators|pundits|skeptics|sceptics|insiders|watchers|"
    r"detractors|opponents|supporters|proponents|backers|scholars|researchers|sources|many|some|others|"
    r"many\s+people|some\s+people|most\s+people|people|most"  # and a quantifier alone ("Most feel")
)
# the same, the longer ones first: "many people" and "many" cannot both start a match (the first to match wins)
NOUNS_LONGEST_FIRST = "|".join(sorted(_NOUNS.split("|"), key=len, reverse=True))
# speech, belief, blame and worry verbs a vague group is the subject of, in all their forms; naming
# and judging verbs ("observers have called it a sham", "critics slammed", "many interpreted it as")
_VERB_LEMMAS = (
    "say speculate argue believe view think suggest claim contend agree fear worry predict maintain insist feel "
    "caution charge allege assert see consider wonder doubt hold expect note warn estimate question describe "
    "blame accuse suspect debate concede acknowledge complain reckon assume dispute criticize criticise "
    "recognize recognise suppose whisper grumble lament label dub brand hail praise condemn denounce decry "
    "slam deride interpret misinterpret regard deem perceive characterize characterise echo hope indicate"
)
# the rest of their classes, taken whole (VerbNet's classes: verb_classes.py, with the construction that makes a
# noun-like member a verb), a few of Levin's they had read before (understand, disagree, sense, fret, liken …), and
# judging wrongly, a view as "understand" is ("some people misunderstand what it means", "Investors underestimate")
_CLASS_LEMMAS = "understand disagree sense reassure forecast fret bemoan confess liken misunderstand misjudge misread "
_CLASS_LEMMAS += "underestimate overestimate"
# verbs of perception reporting what a crowd observed as a fact ("Residents have noticed more trucks"), only people's
PERCEPTION_LEMMAS = "notice discern"
_IRREGULAR_FORMS = "said saw seen thought felt held understood misunderstood"


def _plural_forms(lemma: str) -> set[str]:
    """The forms a plural subject takes ("critics argue", "have argued", "arguing"): not "argues",
    which after "many" or "some" is a noun ("Many disputes exist")."""
    forms = {w for w in inflect(lemma) if w == lemma or not w.endswith("s") or w.endswith("ss")}
    return forms - _NOT_OPINION


# forms that are not opinion: a preposition ("officials regarding the deal"), an experience ("most
# universities seeing a reduction"), deliberation ("many people are considering what their options may be")
_NOT_OPINION = frozenset({"regarding", "seeing", "considering"})


# "think" is an opinion with what is thought ("critics think the plan will fail", "many think of it as
# a sham"), not as "think of" or "think about" alone, which is to consider ("When people think of gangs,
# they picture …"): read as a phrase, like "refer to … as"
THINK_FORMS = frozenset({"think", "thinking", "thought"})


# the verbs of a plural subject, one word each; and those of more words: "call" not as a phrasal verb ("called
# off"), "refer to" and "report" only with what they report ("refer to it as", "reported that")
VERB_FORMS = frozenset(
    {
        *_IRREGULAR_FORMS.split(),
        *(
            w
            for lemma in " ".join((_VERB_LEMMAS, _CLASS_LEMMAS, PERCEPTION_LEMMAS)).split()
            for w in _plural_forms(lemma)
        ),
        *(w for lemma in vc.ANY_LEMMAS for w in vc.plural_forms(lemma)),
    }
    - THINK_FORMS
    - _NOT_OPINION
)
# the definition's verbs (looked up in VERB_FORMS; only the tests compile this): a plain alternation, the longer
# first, which the closing \b makes equal to a trie at no cost at import
_VERBS = "|".join(sorted(VERB_FORMS, key=len, reverse=True)) + "|" + VERB_PHRASES
# auxiliaries, negations, adverbs before the verb (none a verb), a progressive "are" before -ing, a "(mis)" prefix
AUX_WORDS = (
    r"(?:(?:have|has|had|will|would|may|might|could|do|did|does|continue\s+to|tend\s+to|also|often|earlier|"
    r"widely|generally|since|always|increasingly|privately|openly|long|now|still|already|rightly|wrongly|publicly|"
    r"(?:previous|former|initial|original|recent|subsequent|separate)ly|later|repeatedly|quietly|reportedly|not|never|"
    r"(?:do|does|did|have|has|had|would|could|wo|ca)n['’]t|"
    # (stop 44) and any other adverb in -ly after one of them ("Critics have alternately described it as")
    r"(?<=\s)(?-i:[a-z]{3,}ly)|"
    rf"{fam.CATENATIVE})\s+){{0,3}}"
)
PROGRESSIVE = fam.PROGRESSIVE
PAREN = r"\(\w+\)"
_AUX = rf"{AUX_WORDS}(?:{PROGRESSIVE})?(?:{PAREN})?"
# where the group is ("Officials in the region say", "people familiar with the talks")
BARE_HERE = r"(?:here|there)\b(?!\s+(?:in|at)\b)"  # "here" with no "in" or "at" after it: a scope of its own
SCOPE_HEAD = (  # and "here" or "there" before "in" or "at" ("Energy analysts here in Houston")
    r"\s*,?\s+(?:(?:here|there)\s+(?=in\b|at\b))?"
    r"(?:of|in|at|from|within|on|across|inside|outside|close\s+to|familiar\s+with|around|for)\s+"
)
# a scope ends on no preposition, conjunction, article or quantifier: their object or noun follows ("people of Ukraine
# and of holding …", "some of the | alleged bribes", "investigations into several | documented allegations")
OPEN_WORDS = (
    "of in at from within on across inside outside close familiar around by for with about against among between "
    "into upon toward towards and or to the a an its their our his several various numerous"
)
OPEN_END = "".join(rf"(?<!\b{w}\s)" for w in OPEN_WORDS.split())
# a group right after a preposition is its object, not the subject of a verb after it ("the stance adopted by
# some bloggers may be considered …": the stance may be)
OBJECT_WORDS = "by of for with from about against among between into upon toward towards through during despite"
OBJECT_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in OBJECT_WORDS.split())
SCOPE_WORDS = 5  # "on both sides of the aisle"
_SCOPE = (  # no auxiliary in it; or a place's noun or a title and a name in commas after it (group_ends.py)
    rf"(?:{SCOPE_HEAD}(?:(?:{fam.GROUP_RUN}\s+){{1,{SCOPE_WORDS}}}?(?:{OPEN_END},?|{APPOSITION}))"
    # (stop 43) or "here" or "there" alone, the place the report is from ("Soldiers here say", "residents there say")
    rf"|\s+{BARE_HERE})?"
)
# a relative clause that restricts the group without naming anyone ("Officials who spoke on condition of
# anonymity said", "Analysts who follow the talks say"), or a participle clause ("People opposing the ordinance
# said", "Scientists using a computer model found"): one to six words, then the verb; not "including", which names
RELATIVE_HEAD = (  # not a preposition or a pronoun in "-ing" ("most attention during 2008 after one bitterly disputed")
    r"\s*\b(?:who|(?!(?:including|according|regarding|concerning|during|pending|notwithstanding|"
    r"(?:no|some|any|every)thing)\b)[a-z]{2,}ing)\s+"
)
_RELATIVE = rf"(?:{RELATIVE_HEAD}(?:[\w'’\-]+\s+){{1,6}}?)?"
# an aside between commas right after the group, in words that name and count nobody and report no speech:
# "Critics, however, argue", "Analysts, citing the cost, warn", "Residents, who live near the plant, say"
ASIDE = rf"\s*,(?:{ASIDE_WORD}){{1,8}}?\s*,"
# the same between dashes, where it may add a crowd of its own ("environmental groups — and some scientists — warn")
DASH_ASIDE = rf"\s*[—–](?:{ASIDE_WORD}){{1,8}}?\s*[—–]"
# "those" as a crowd, restricted by a relative clause or a scope that names nobody ("Those who oppose
# the plan argue", "Those close to the minister say"; "those accused of fraud" are the accused, "those of us" the
# author's own)
THOSE = r"those(?=\s+(?:who|in|at|from|within|on|across|inside|outside|close|familiar|around)\b)"
# feelings and hopes a crowd holds ("unease among some at the ministry", "the hopes of many that")
_FEELINGS = (
    "concern unease anger discontent frustration resentment dissatisfaction alarm anxiety dismay hopes expectations"
)
_FEELING_ALT = _FEELINGS.replace(" ", "|")
# plural office-holders and professionals: with no determiner or number before them ("Regional officials warn", "U.S.
# officials said"), or after "some"/"many", an anonymous group
GROUPS = (
    "officials diplomats lawmakers legislators ministers aides advisers advisors bankers economists executives "
    "negotiators commanders politicians leaders scientists academics strategists planners regulators investors "
    "traders governments groups organizations organisations activists advocates campaigners netizens media residents "
    "allies parents families voters authorities ngos monitors unions"
)
GROUP_ALT = _GROUP_ALT = GROUPS.replace(" ", "|")
# the head nouns of an anonymous group, one word each, as a trie (cheaper to compile than an alternation)
_HEADS = trie_regex(
    sorted(
        {
            *GROUPS.split(),
            *"observers critics analysts experts commentators pundits skeptics sceptics insiders "
            "watchers detractors opponents supporters proponents scholars researchers sources people".split(),
        }
    )
)
# adjectives of time and number that research is described by ("Recent studies", "Many studies": no body named)
RECENCY = "recent new previous earlier past prior numerous multiple many some most various countless several other"
QUANT = _QUANT = (
    r"(?:some|many|most|numerous|various|certain|a\s+(?:number|handful)\s+of|a\s+growing\s+number\s+of|"
    r"lots?\s+of|plenty\s+of|countless|majority\s+of)"  # and those of plain speech (families.PLAIN_QUANTS)
)
# a quantified group of up to three words, or four content words (families.GROUP_FUNCTION_WORDS), as vague.py reads it
_CONTENT = rf"(?!(?:{'|'.join(sorted(fam.GROUP_FUNCTION_WORDS))})(?![\w'’\-])){fam.GROUP_RUN}"
_GROUP = rf"(?:{fam.GROUP_RUN}\s+){{0,2}}?{fam.GROUP_RUN}|(?:{_CONTENT}\s+){{3}}{_CONTENT}"
# The built-in vague attributions, tried in this order, each with the words it can start with.
# A pattern is compiled the first time a brief has one of its words (all of them at once took
# 19 ms to compile). ``(?P<who>…)`` is a word that must not be a role ("several ministers said");
# ``(?P<bare>…)`` a group that must stand without a determiner or number before it.
SUBJECT_VERB = 0  # the pattern vague.py reads in two stages (its verbs looked up in VERB_FORMS)
# the opinion nouns an adjunct holds with their clause ("despite concerns that"), and what may stand before them
ADJUNCT_NOUNS = (
    "concerns fears worries doubts suspicions hopes claims warnings predictions expectations speculation "
    "allegations complaints criticism"
)
ADJUNCT_PREPOSITIONS = frozenset("despite amid amidst over".split())  # (stop 41) "halted over fears that"
ADJUNCT_ADJECTIVES = frozenset(
    "growing widespread mounting persistent lingering early initial earlier repeated some many clear crystal ample "
    "ongoing continuing continued renewed "
    "strong overwhelming considerable compelling".split()
)
EXISTENTIAL_OPINIONS = hv.EXISTENTIAL_OPINIONS
EVIDENCE_VERBS = sf.EVIDENCE_VERBS  # the verbs research reports evidence with ("studies show", "research predicts")
VAGUE_PATTERNS: tuple[tuple[str, str], ...] = (
    # a plural subject and its verb: a vague noun ("critics argue"), a quantified group ("some diplomats
    # privately concede") or a bare group ("Regional officials warn"). One expression for the three, so
    # that the verbs (most of its size) are compiled once, not three times.
    (
        "observers critics analysts experts commentators pundits skeptics sceptics insiders watchers detractors "
        "opponents supporters proponents backers scholars researchers sources many some others most people "
        "numerous various certain a those " + fam.PLAIN_QUANTS + " " + GROUPS,
        rf"{OBJECT_BEFORE}\b(?:(?:{_NOUNS})|{_QUANT}\s+(?P<group>(?:{_GROUP})(?![\w'’\-]))|(?P<bare>{_GROUP_ALT})"
        rf"|{THOSE})"
        rf"(?:{_SCOPE}{_RELATIVE}|{ASIDE})\s*{_AUX}(?:{_VERBS})\b",
    ),
    # a quantified subject of coordinated groups ("many state leaders, interest groups and activists may
    # broadly agree"): the quantifier covers every conjunct; modal auxiliaries and adverbs before the verb
    (
        "many some most numerous various",
        r"\b(?:many|some|most|numerous|various)\s+(?P<group>(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)"
        r"(?:\s*,\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+){0,4},?\s+(?:and|or)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+\s+"
        r"(?:(?:may|might|would|will|could|can|do|did|also|all|still|now|[a-z]+ly)\s+){0,3}"
        rf"(?:{fam.COORDINATED_VERBS})\b",
    ),
    (
        "several a",
        r"\b(?:several|a\s+few)\s+(?P<mods>(?:(?!(?:of|the|them|their)\s)[\w'’\-]+\s+){0,2}?)(?P<who>(?!other\b)[\w'’\-]+)"
        r"(?:\s*,\s*(?:however|though|also|too|meanwhile)\s*,)?\s+(?:(?:have|had|also|further|generally|largely|broadly|"
        r"strongly|often|repeatedly)\s+){0,2}"
        rf"(?:{fam.SEVERAL_VERBS})\b",
    ),
    (
        "it this",
        # (stop 42) not inside a document a relative names ("Documentation was provided in which it was stated that")
        r"(?<!\bin\swhich\s)(?<!\bwherein\s)"
        r"\b(?:it|this)(?:\s+(?:is|was|has\s+been|had\s+been|is\s+being|could\s+be|can\s+be|might\s+be|may\s+be|"
        r"would\s+be)|['’]s(?:\s+been)?)\s+"
        r"(?:widely\s+|often\s+|generally\s+|commonly\s+|sometimes\s+|frequently\s+|increasingly\s+|now\s+|also\s+|"
        r"later\s+|earlier\s+|previously\s+|initially\s+|originally\s+|first\s+|once\s+|long\s+|repeatedly\s+|"
        r"privately\s+|"
        r"publicly\s+|falsely\s+|wrongly\s+|(?:well|already)\s+(?=known\b))?"  # (stop 42) "It was well known that"
        r"(?:said|believed|thought|argued|claimed|suggested|rumou?red|alleged|speculated|whispered|reported|estimated|"
        r"pointed\s+out|"
        # (stop 44) and a claim disputed by nobody ("It has been disputed that the voyage took place")
        rf"(?:expected|understood|known|feared|assumed|accepted|acknowledged|held|felt|hoped|disputed|contested|"
        rf"doubted|{sf.IT_PARTICIPLES})"
        # (stop 44) an aside between commas before the clause ("It has been disputed, however, that")
        r"(?=(?:\s*,\s*(?:however|though|moreover|therefore|nonetheless|nevertheless)\s*,)?\s+that))\b(?!\s+by\b)",
    ),
    ("there", THERE),  # "there are indications that", "there were people who felt" (existential.py)
    ("according", ACCORDING_DATA),  # "according to 2020 data shared with the newspaper" (according.py)
    ("according", ACCORDING_CROWD),  # "according to some analysts", "according to independent sources" (according.py)
    (
        "some many others several",
        r"\b(?:some|many|others|several)\s+(?:have|had)\s+(?:\w+\s+)?(?:argued|said|suggested|claimed|speculated|noted|warned|contended)\b",
    ),
    ("widely", sf.WIDELY),  # "is widely seen as" (style_forms.py)
    (
        "people those sources officials",
        # a counted or definite group is not anonymous ("two officials familiar with"): read as a bare group
        r"\b(?P<bare>people|those|sources|officials)\s+(?:familiar\s+with|close\s+to|briefed\s+on|"
        r"with\s+knowledge\s+of)\b",
    ),
    (
        "conventional received prevailing common",
        r"\b(?:conventional|received|prevailing|common)\s+wisdom\s+(?:holds|has\s+it|says|is)\b",
    ),
    (sf.COMMON_BELIEF_TRIGGERS, sf.COMMON_BELIEF),  # "the commonly held belief that" (style_forms.py)
    # unnamed outlets quoting or citing sources they do not name ("Afghan media quoted unnamed sources as saying"); a
    # named outlet is the source that reports ("Reuters, citing anonymous sources, reported", set 96)
    (
        "media outlets newspapers press agencies websites",
        r"\b(?:media|outlets|newspapers|press|agencies|websites)\s+(?:\w+\s+){0,2}?(?:citing|quoting|quoted|cited)\s+"
        r"(?:unnamed|anonymous|unidentified)\s+(?:[a-z]+\s+)?"
        r"(?:sources?|officials?|diplomats?|people|persons|witnesses|residents|insiders|aides)\b",
    ),
    ("rumor rumour word legend", r"\b(?:rumou?r|word|legend)\s+has\s+it\b|(?<![\w'’,]\s)\bword\s+is\s+that\b"),
    # research that nobody did: "Recent studies show", "Research suggests", "polls have found" (a
    # determiner, a number, a possessor or a named body before it says whose: "two studies", "World Bank
    # research"; a citation in the clause names it)
    (
        # the class of inquiries, not only the words prose showed: experiments, analyses, trials,
        # investigations and demonstrations report evidence as studies do ("demonstrations have shown")
        f"{sf.RESEARCH_PLAIN.replace('|', ' ')} evidence science",
        rf"\b(?P<research>{sf.RESEARCH_PLAIN}|"
        # and uncited evidence, not as a condition ("where evidence suggests"), and MOS:WEASEL's "Science says"
        r"(?<!\bwhere\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)evidence|science)\s+"
        # a complement of the noun before the verb ("Research on microfinance in rural districts predicts"); "by"
        # or "from" would name who did it
        r"(?:(?:on|of|into|about)\s+(?:(?!by\b|from\b)[\w'’\-]+\s+){1,6}?" + OPEN_END + ")?"
        r"(?:(?:have|has|had|consistently|repeatedly|also|now|increasingly|generally|clearly)\s+){0,2}"
        # or as a participle after its noun ("despite decades of research suggesting that …")
        rf"(?:(?:{EVIDENCE_VERBS})(?<!\bpoint)(?<!\bpoints)(?<!\bpointed)(?<!\bpointing)|(?<=science )says|"
        r"(?:points?|pointed|pointing)\s+to)\b",
    ),
    ("data", fam.DATA),  # uncited data as the speaker (families.py)
    ("literature", sf.LITERATURE),  # "the literature shows" (style_forms.py)
    ("it", r"\bit\s+(?:has\s+been|is)\s+(?:suggested|argued|claimed|said|noted|speculated)\s+that\b"),
    # an agentless passive of opinion ("has been seen as", "is said to be"): routed by the participle,
    # the auxiliary before it checked in context (a trigger as common as "is" would cost every brief)
    (passives.OPINION_PASSIVE_TRIGGERS, passives.OPINION_PASSIVE),  # "has been seen as" (passives.py)
    (
        "accusations allegations claims charges criticism concerns questions doubts fears suspicions rumors rumours "
        "speculation criticisms warnings complaints objections outcry arguments assertions reports concern",
        r"\b(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears|arguments|assertions)\s+"
        r"(?:are|were|is|was|have\s+been|has\s+been)\s+(?:(?:now|also|increasingly|being|again|already)\s+){0,2}"
        r"(?:made|raised|voiced|leveled|levelled|expressed|aired|sparked|prompted|triggered)\b(?!\s+by\b)|"
        # the verb of growth elided after "so" ("As enrollment has risen, so have concerns about oversight")
        r"(?:(?<=\bso have )|(?<=\bso has )|(?<=\bso did )|(?<=\bso are )|(?<=\bso were )|(?<=\bso do ))"
        r"(?:accusations|allegations|claims|charges|criticism|concerns|questions|doubts|fears|suspicions|rumou?rs|"
        r"speculation)\b|" + OPINIONS_SPREADING,  # opinions that grow or spread voiced by nobody (censure.py)
    ),
    (
        "being",
        r"\bbeing\s+(?:made|raised|voiced|leveled|levelled|expressed|aired)\b(?!\s+by\b)(?P<claims>)",
    ),
    ("by", passives.BY_CROWD),  # "welcomed by some", "criticized by scholars" (passives.py)
    # the agent of a passive that is an anonymous group ("claimed by officials", "criticized by Western
    # governments"): a bare group after "by", checked in context like the bare subjects
    (
        "by",
        rf"\b(?P<agent>by)\s+(?:[\w.'’\-]+\s+){{0,3}}?(?P<bare>{_GROUP_ALT})\b",
    ),
    # a hearsay adverb reports what someone said without saying who ("officials have reportedly discussed", "the
    # funds were allegedly diverted"): checked in context (a named source in the sentence answers it)
    (
        "reportedly allegedly purportedly supposedly reputedly",
        r"\b(?P<hearsay>reportedly|allegedly|purportedly|supposedly|reputedly)\b",
    ),
    # the speaker after the verb, closing a clause: "…, say civil society groups", "…," said officials.
    # (a ``bare`` group: "said two officials", "said the IMF's economists" name or count them)
    (
        "say says said warn warned argue argued claim claimed contend contended believe believe fear feared "
        "suggest suggested caution cautioned note noted complain complained allege alleged",
        rf"\b(?P<inverted>say|says|said|warn|warned|argue|argued|claim|claimed|contend|contended|believe|fear|feared|"
        rf"suggest|suggested|caution|cautioned|note|noted|complain|complained|allege|alleged)\s+"
        rf"(?:[\w.'’\-]+\s+){{0,3}}?(?P<bare>{_HEADS})\b(?:\s+(?:in|at|from|of)(?:\s+[\w'’\-]+){{1,3}}?)?"
        # a relative clause that restricts them and names nobody, to the end of the sentence ("…, say
        # legislators who face an uphill battle to raise pay.")
        r"(?:\s+who\s+[^.;:!?\n\x00,]{1,80}?)?(?=\s*(?:[.;:!?\n\x00]|$))",
    ),
    # an opinion and the anonymous people it comes from: "criticism from some Cambodians", "doubts among
    # analysts", "scepticism in some quarters"
    (
        "criticism condemnation praise complaints concerns warnings objections accusations allegations "
        "skepticism scepticism doubts fears backlash outrage speculation suspicion suspicions reviews " + _FEELINGS,
        rf"\b(?:criticism|condemnation|praise|complaints|concerns|warnings|objections|accusations|allegations|"
        # (stop 44) and a work's reviews ("overwhelmingly negative reviews from academics and critics")
        rf"skepticism|scepticism|doubts|fears|backlash|outrage|speculation|suspicions?|reviews|{_FEELING_ALT})\s+"
        rf"(?:(?:from|by|among|in)\s+(?:{_QUANT}\s+(?P<group>(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+)|"
        rf"those\s+(?:who|with|without)|(?:[\w'’\-]+\s+){{0,2}}?(?P<bare>{_HEADS}))|"
        # the holder after "of" only as a bare quantifier or "those who" ("the hopes of many that …"):
        # "criticism of officials" is criticism aimed at them
        r"of\s+(?:(?:many|some|others|most)(?=\s*(?:that\b|[,.;:—]))|those\s+who))\b",
    ),
    ("some many certain several various", r"\b(?:some|many|certain|several|various)\s+quarters\b"),
    # an opinion or a rumour held by nobody, opening its sentence: "One rumor is that …", "The perception
    # that … has been damaging" (a possessor or a holder names whose it is: "The IMF's view")
    (
        "rumor rumour perception impression suspicion allegation accusation claim belief speculation suggestion "
        "consensus view",  # and "The consensus is that", "The prevailing view is that"
        r"\b(?P<opening>(?:rumou?r|perception|impression|suspicion|allegation|accusation|claim|belief|speculation|"
        r"suggestion|(?:consensus|view)(?=\s+(?:is|was)\b))\s+(?:(?:is|was|has\s+been)\s+)?that)\b",
    ),
    # opinion with no holder as the subject: "online speculation points to", "rumours suggest"
    (
        "speculation rumors rumours chatter whispers gossip reports allegations accusations",
        r"\b(?P<bare>speculation|rumou?rs|chatter|whispers|gossip|reports)\s+(?:as\s+of\s+\w+\s+|\w+\s+)?"
        r"(?:suggest(?:s|ed)?|points?\s+to|indicat(?:es?|ed)|has\s+it|holds?|claim(?:s|ed)?|alleg(?:es?|ed)|says?|said|stated|"
        r"quot(?:es?|ed)|critici[sz](?:es?|ed))\b|"
        # reports and rumours of something, from nobody ("amid reports of a campaign", "reports Monday that")
        # (stop 42) or with a participle saying what they say ("with reports indicating he was beaten")
        r"\b(?P<hearsay_noun>reports|rumou?rs|allegations|accusations)\s+(?:(?-i:[A-Z][a-z]+day)\s+)?"
        r"(?:of|that|(?:indicating|suggesting|saying|claiming|alleging)(?:\s+that)?)\s+"
        r"(?!(?:the|a|an|its|his|her|their)\s+(?-i:[A-Z]))(?!(?-i:[A-Z]))",
    ),
    # the press as a crowd that speaks, agentless participles of opinion (reduced_passive.py), hearsay (families.py)
    (rp.PRESS_TRIGGERS, rp.PRESS),
    (rp.REPORTERS_TRIGGERS, rp.REPORTERS),  # "NGOs reported", "several NGOs reported" (reduced_passive.py)
    (sf.BEEN_TRIGGERS, sf.BEEN),  # the style guides' forms (style_forms.py): "has been described as"
    (sf.ACCOUNTS_TRIGGERS, sf.ACCOUNTS),  # "By some accounts"
    (sf.MUCH_SAID_TRIGGERS, sf.MUCH_SAID),  # "Much has been said about"
    (sf.GENERAL_ADVERBS, sf.GENERIC),  # "has often been attributed to", "is widely expected to" (style_forms.py)
    (sf.PERSPECTIVE_TRIGGERS, sf.PERSPECTIVE),  # "To many readers," (style_forms.py)
    (sf.CONSENSUS_TRIGGERS, sf.CONSENSUS),  # "A consensus quickly formed that"
    (sf.REACTION_TRIGGERS, sf.REACTION),  # "The experiment disappointed many" (style_forms.py)
    (hv.UNOWNED_CLAIM_TRIGGERS, hv.UNOWNED_CLAIM),  # "the contention that", "Warnings that …" (held_views.py)
    (fam.HEARD_TRIGGERS, fam.HEARD),
    (rp.REDUCED_TRIGGERS, rp.REDUCED),
    (rp.LABELLED_TRIGGERS, rp.LABELLED),
    # an opinion with its content inside an adjunct, held by nobody ("Despite concerns that turnout would fall", "amid
    # growing fears that"): routed by the opinion noun ("despite" alone is common, a scan of every brief); vague.py
    # reads back to "despite", "amid" or "amidst" before it (ADJUNCT_OPINION)
    # a view held by a crowd named by a noun phrase ("the consensus among economists is that", "Analysts' view is
    # that"): vague.py checks the holder (held_views.py)
    (AMONG_TRIGGERS, AMONG),
    (POSSESSED_TRIGGERS, POSSESSED),
    # censure received from nobody ("has come under fire", "drew sharp criticism"): routed by the noun, vague.py
    # reads back to the verb of meeting or receiving it (censure.py)
    (CENSURE_NOUNS, CENSURE),
    (
        ADJUNCT_NOUNS,
        rf"\b(?:{ADJUNCT_NOUNS.replace(' ', '|')})\s+that\b",
    ),
    # uncited evidence in an adjunct ("despite evidence to the contrary", "amid mounting evidence that"): read
    # back to the preposition as the opinion nouns above are; "evidence from the census" names its source
    ("evidence", r"\bevidence\s+(?:to\s+the\s+contrary|that)\b"),
    # uncited evidence as a predicate ("the benefits are well documented", "is firmly established"), the
    # predicate counterpart of "have been shown to": routed by the participle, vague.py reads back to the
    # copula and the adverb of degree before it; a source after it in the clause names it
    (
        "documented established attested",
        r"\b(?:documented|established|attested)\b"
        r"(?![^.;:!?\n]{0,80}(?:\b(?:by|according\s+to|in\s+(?:a|an|the|their|its|his|her)|through)\b|\[@|\]\())",
    ),
    # a bare plural subject the groups above do not list, read back from its verb (bare_subject.py):
    # "Foes call it a ban", "Residents have been complaining", "parents and families say"; the
    # expression is the verb, the subject before it is read by vague.py through bare_subject.crowd_span
    (" ".join(sorted(CROWD_VERBS)), rf"\b(?:{'|'.join(sorted(CROWD_VERBS, key=len, reverse=True))})\b"),
)
BARE_SUBJECT = len(VAGUE_PATTERNS) - 1  # the pattern vague.py reads back to its subject
EVIDENCE_PREDICATE = len(VAGUE_PATTERNS) - 2  # the pattern vague.py reads back to its copula
# the patterns vague.py reads back to their preposition
ADJUNCT_OPINION = len(VAGUE_PATTERNS) - 4
ADJUNCT_EVIDENCE = len(VAGUE_PATTERNS) - 3
RECEIVED_CENSURE = len(VAGUE_PATTERNS) - 5  # the pattern vague.py reads back to its verb
HELD_VIEWS = frozenset({len(VAGUE_PATTERNS) - 7, len(VAGUE_PATTERNS) - 6})  # the holder checked by vague.py
POSSESSED_VIEW = len(VAGUE_PATTERNS) - 6  # "Analysts' view is that": tried only where a possessor's mark follows
# the heads of the groups the patterns above read (the bare-subject reading leaves them to those)
LISTED_HEADS = frozenset(
    {*GROUPS.split(), *(w for w in _NOUNS.replace("\\s+", " ").replace("|", " ").split()), "sources", "reports"}
)


# the small expressions of the two-stage reading of VAGUE_PATTERNS[SUBJECT_VERB] (vague.py): the
# subject, the scope, a relative clause and the auxiliaries; the verb itself is looked up in VERB_FORMS
STAGES: Mapping[str, str] = MappingProxyType(
    {
        "nouns": rf"\b(?:{NOUNS_LONGEST_FIRST})",
        "quant": rf"\b{QUANT}\s+",
        "group": rf"\b{QUANT}\s+(?P<group>(?:[\w'’\-]+\s+){{0,3}}[\w'’\-]+)",
        "bare": rf"\b(?P<bare>{trie_regex(GROUP_ALT.split('|'))})",
        "those": rf"\b{THOSE}",
        "run": fam.GROUP_RUN,  # not an auxiliary (families.py)
        "word": r"[\w'’\-]+\s+",
        "here": rf"\s+{BARE_HERE}",
        "scope": SCOPE_HEAD + rf"({fam.GROUP_RUN}\s+)" + rf"({fam.GROUP_RUN}\s+)?" * (SCOPE_WORDS - 1),
        "aux": rf"\s*{AUX_WORDS}",
        "relative": RELATIVE_HEAD,
        "aside": ASIDE,
        "dash_aside": DASH_ASIDE,
        "clause": r"([\w'’\-]+\s+)" + r"([\w'’\-]+\s+)?" * 5,  # the relative clause's words, each an end
        "progressive": PROGRESSIVE,
        "paren": PAREN,
        "verb": r"\w+",
        "phrase": rf"(?:{BASE_PHRASES})\b",
    }
)
