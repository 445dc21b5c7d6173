"""The words the quote rules know: attribution verbs and phrases, roles, vague nouns, stop words.

Plain data and one helper (:func:`trie_regex`) that turns a word list into a fast
regular expression. No rule logic here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

CUE_VERBS = (
    "say said says saying told tell tells telling wrote write writes writing warned warn warns warning "
    "argued argue argues arguing noted note notes noting added add adds adding insisted insist insists "
    "explained explain explains stated state states declared declare declares announced announce announces "
    "asked ask asks replied reply replies responded respond responds acknowledged acknowledges admitted "
    "admits conceded concedes claimed claims contended contends observed observes remarked remarks "
    "commented comments stressed stresses emphasized emphasised emphasizes emphasises urged urges "
    "called calls calling described describes describing tweeted tweets posted posts testified testifies "
    "recalled recalls cautioned cautions predicted predicts promised promises vowed vows pledged pledges "
    "concluded concludes continued continues complained complains lamented laments confirmed confirms "
    "denied denies suggested suggests maintained maintains asserted asserts affirmed affirms boasted "
    "quipped joked countered counters retorted objected proclaimed proclaims reported reports "
    "summarized summarised summed put puts quoted quotes cited cites read reads labeled labelled branded "
    "dubbed termed characterized characterised shouted chanted chant chants whispered pleaded "
    "demanded demands threatened threatens predicted reiterated reiterates recounted recounts "
    "acknowledging adding arguing explaining insisting noting warning stressing urging declaring "
    "described depicted portrayed hailed praised criticized criticised condemned welcomed "
    "muttered murmured mused sighed scoffed snapped grumbled complained conceded answered responded "
    "recalled repeated repeats wondered wonders joked quipped concluded concludes replied "
    # (stop 36) informing, assuring and reasoning: '"…," the party informed the press', 'The city reasoned, "…"'
    "informed informs advised advises assured assures reassured reassures reasoned opined"
).split()
CUE_PHRASES = (
    "according to",
    "in the words of",
    "in a statement",
    "in an interview",
    "in a speech",
    "in remarks",
    "in a letter",
    "in testimony",
    "in an op-ed",
    "in a post",
    "in his words",
    "in her words",
    "in their words",
    "in his view",
    "in her view",
    "in their view",
    "in its view",
    "in the view of",
    "in his telling",
    "in her telling",
    "as quoted by",
    "quoted by",
)
# offices, roles and documents that can speak; among them the singular "source", "insider", "aide" and
# "member": one person each, however anonymous ("said a source close to …", "this unnamed member
# commented"), a specific speaker as the annotation guide's "a Senate aide" is ("sources" stays vague)
ROLES = set(
    """
    minister ministers president presidents premier chancellor spokesman spokeswoman spokesperson
    spokespeople official officials ambassador ambassadors envoy envoys governor governors secretary
    general generals commander commanders chairman chairwoman chair chairperson director directors chief
    chiefs head leader leaders king queen prince princess emir sultan ayatollah cleric clerics imam
    senator senators representative congressman congresswoman lawmaker lawmakers legislator legislators
    deputy deputies mp mps parliamentarian diplomat diplomats negotiator negotiators adviser advisers
    advisor advisors economist economists analyst researcher scholar professor author authors
    report study survey statement communique communiqué memo memorandum document transcript filing
    cable readout letter editorial website newspaper paper broadcaster agency ministry government
    cabinet parliament court judge judges prosecutor prosecutors council committee bank fund office
    department administration embassy army military police party movement group militia coalition
    union company firm organization organisation institute commission regulator authority authorities
    elder elders spokesmen spokeswomen mayor mayors ceo founder cofounder co-founder executive executives candidate
    candidates activist activists protester protesters protestors demonstrators campaigners organizer
    organizers farmer farmers resident residents worker workers student students teacher doctor
    journalist journalists reporter correspondent editor lawyer lawyers attorney engineer fighter
    fighters soldier soldiers officer officers voter refugee refugees trader shopkeeper businessman
    businesswoman owner owners manager managers witness witnesses survivor survivors victim mother
    father villager villagers mufti rabbi patriarch pope bishop monarch crown vizier sheikh shaykh
    colonel major captain lieutenant admiral marshal brigadier sergeant inspector auditor ombudsman
    comptroller treasurer registrar clerk speaker whip premier counselor counsellor attaché attache regulators
    consul delegate delegates delegation side sides envoys mediator mediators coordinator rapporteur
    investigator investigators inspectors monitors monitor observer-mission press-office
    source insider aide member
    resolution decree constitution treaty agreement charter manifesto platform communiqué
    petition complaint indictment ruling verdict judgment judgement order testimony speech
    interview post tweet blog column op-ed article book memoir biography
    """.split()
)
DOC_ROLES = set(
    """
    report study survey statement communique communiqué memo memorandum document transcript filing
    cable readout letter editorial website newspaper paper resolution decree constitution treaty
    agreement charter manifesto platform petition complaint indictment ruling verdict judgment
    judgement order testimony speech interview post tweet blog column op-ed article book memoir
    biography banner placard poster graffiti leaflet audit review assessment analysis
    plan directive policy strategy guidance regulation proclamation framework declaration doctrine
    proposal notice announcement advisory guidelines
    """.split()
)
# the plural roles that hold an office: counted ("several governors said"), the guide's identified group, unlike
# a few residents or journalists
OFFICE_HOLDERS = frozenset(
    """
    ministers presidents officials ambassadors envoys governors secretaries generals commanders chairmen directors
    chiefs leaders senators representatives congressmen congresswomen lawmakers legislators deputies mps
    parliamentarians diplomats negotiators advisers advisors mayors judges prosecutors councillors councilors
    commissioners delegates members spokesmen spokeswomen spokespeople aides officers executives regulators
    inspectors auditors envoys mediators
    """.split()
)
# deliberative bodies debate; their members speak: not the subject that attributes a bare quote
BODIES = {
    *"parliament congress senate assembly chamber house legislature knesset majlis committee council".split(),
}
VAGUE_NOUNS = set(
    """
    observers critics analysts experts commentators pundits skeptics sceptics insiders watchers
    detractors supporters opponents backers people sources some many others scholars researchers
    proponents advocates everyone somebody someone half majority minority
    """.split()
)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its"}
CAP_STOP = set(
    """
    The A An This That These Those It Its In On At For But And Or If When While As After Before Since
    Yet So Still Such Some Many Most Several Other Others Both Each Every All No Not Despite Although
    Though Because Even There Here What Why How Who Whom Whose Which Where Instead However Meanwhile
    Moreover Indeed Thus Then Now One Two Three Four Five Last Next Over Under With Without By From To
    Of Their His Her Our We They He She I You My Your Only Also Few More Less Much Any Neither Either
    Nor Once Until Unless Whether Given Like Unlike Amid Among Through During Against Toward Towards
    Beyond Within Across Along Around Behind Upon Perhaps Already Again First Second Third Finally
    Today Yesterday Tomorrow Earlier Later Nevertheless Nonetheless Similarly Likewise Furthermore
    Otherwise Rather Whatever Whoever Whenever Wherever Ultimately Overall Still Hence Therefore
    Accordingly Notably Importantly Clearly Obviously Of Mr Mrs Ms Dr Sen Rep Gen Gov Prof
    January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Is Are Was Were Do Does Did Has Have Had Will Would Can Could Should Must Might Let Yes
    Observers Critics Analysts Experts Commentators Pundits Skeptics Sceptics Insiders Watchers
    Detractors Supporters Opponents Backers People Sources Scholars Researchers Proponents Advocates Everyone
    Somebody Someone According Asked Speaking Writing Describing Calling
    """.split()
)

CUE_LEMMAS = (
    "say tell write warn argue note add insist explain state declare announce ask reply respond acknowledge "
    "admit concede claim contend observe remark comment stress emphasize emphasise urge call describe tweet "
    "post testify recall caution predict promise vow pledge conclude continue complain lament confirm deny "
    "suggest maintain assert affirm boast quip joke counter retort object proclaim report summarize summarise "
    "quote cite read label brand dub term characterize characterise shout chant whisper plead demand "
    "threaten reiterate recount depict portray hail praise criticize criticise condemn welcome mutter "
    "murmur muse sigh scoff snap grumble answer repeat wonder put refer agree"
).split()
_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",), "put": ("put",)}


def inflect(lemma: str) -> set[str]:
    out = {lemma, *(_IRREGULAR.get(lemma, ()))}
    if lemma.endswith("ee"):
        out |= {lemma + "s", lemma + "d", lemma + "ing"}  # "agreeing"
    elif lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("sh", "ch", "s", "x")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if lemma in ("snap", "quip", "admit", "regret", "refer"):
            out -= {lemma + "ed", lemma + "ing"}
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma in _IRREGULAR:
        out.discard(lemma + "ed")
        out.discard(lemma + "d")
    return out


CUE_VERBS = sorted({*CUE_VERBS, *(w for lemma in CUE_LEMMAS for w in inflect(lemma))})
CUE_WORDS = set(CUE_VERBS)


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression for many literal words, factored as a trie ("add(?:ed|s)?"), which
    Python's engine matches far faster than a flat alternation of hundreds of words."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(root)


# a member of a crowd named after it ("critics, including Senator X,", "groups such as the Red Cross"):
# not an anonymous crowd (Q102 reads it after a match, after a bare subject's verb and after a bare group);
# after "including" or "such as", the member's description may stand before the name ("many, including
# perennial dissident and controversial figure Eduard Limonov"), but no pronoun, quantifier or preposition
# ("including those in the Bronx" names a part of the crowd, not a member)
MEMBERS_NAMED = (
    r"(?:(?:including|such\s+as|among\s+them)\s+(?:the\s+)?"
    # (stop 44) nor a verb's words before a name ("practices, including failing to staff the Centre")
    r"(?:(?!(?:those|these|some|many|most|other|others|who|in|of|at|from|on|across|around|to|for|with|by|"
    r"that|[a-z]+ing)\b)[a-z][\w'’\-]*\s+){0,5}?"
    r"|(?:like|led\s+by)\s+(?:the\s+)?)[A-Z]"
)
