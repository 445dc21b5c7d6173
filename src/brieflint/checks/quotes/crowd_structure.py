"""Whether a plural subject and its verb credit a claim to an anonymous crowd (issue 19): read after a
subject-and-verb match of vague.py, from the sentence's structure, not from a list of phrases.

Not credited to an anonymous crowd: a named body's people by their scope ("researchers at UNR estimate") or a
reporter's sources by their possessor ("Meduza's sources agree"); deliberation with no object ("the restrictions
lawmakers are debating in the Assembly"); a jurisdiction or an institution applying a rule ("States have
interpreted the exemption differently", "Courts interpret the statute broadly"); a noun after a quantifier that
agrees with a singular verb ("some notice is being paid": "some" its determiner, not a crowd that notices).
"""

from __future__ import annotations

import re

from brieflint.checks.quotes.acts import act
from brieflint.checks.quotes.bare_subject import ORGANISATIONS, person_noun
from brieflint.checks.quotes.families import PLAIN_QUANTS
from brieflint.checks.quotes.group_ends import name_between
from brieflint.checks.quotes.lexicon import OFFICE_HOLDERS
from brieflint.checks.quotes.scopes import name_after_scope, named_scope
from brieflint.checks.quotes.style_forms import RESEARCH_PLAIN, superlative_or_definite
from brieflint.checks.quotes.subjects import ALPHA_ROLES
from brieflint.checks.quotes.vague_patterns import GROUP_ALT, VERB_FORMS
from brieflint.checks.quotes.verb_classes import REPORTING_WORDS
from brieflint.checks.quotes.verb_phrases import FINDING_VERBS
from brieflint.lazyre import lazy

_WORD_HEAD = lazy(r"[^'’\-]*")  # a role followed by an apostrophe or a hyphen is still that role

# the nouns of the quantifiers of plain speech, which "a" opens ("a lot of", "a majority of")
_QUANTIFIER_NOUNS = frozenset(PLAIN_QUANTS.split())


def modifies_singular(s: str, start: int, word: str = "") -> bool:
    """The plural at ``start`` follows "a" or "an": it modifies a singular head ("a media call", "an activists
    meeting"), so it is no subject; not a quantifier's noun ("A lot of people say", "A majority of economists")."""
    if word.lower() in _QUANTIFIER_NOUNS:
        return False
    before = s[max(0, start - 4) : start]
    return before.endswith((" a ", " an ", " A ", " An ")) or before in ("a ", "an ", "A ", "An ")


# a possessor of "sources" is who reports them ("Meduza's sources agree", "the paper's sources"): named
_SOURCES_OF = lazy(r"['’]s?\s+$")


def possessed_sources(s: str, start: int, word: str) -> bool:
    """``word`` at ``start`` is "sources" after a possessor: the possessor reports them."""
    return word == "sources" and _SOURCES_OF.search(s, max(0, start - 3), start) is not None


# "debate" with an object credits a dispute over it ("analysts have debated the credibility of the threats"); with
# none, or its object a noun before it ("the restrictions lawmakers are debating in the Assembly", "Lawmakers debated
# for hours"), or a question ("have debated how to", "argue about how much to regulate": sets 39, 43 and 44 labelled
# none), it is deliberation, an act
_DEBATE_FORMS = frozenset("debate debated debating".split())
# verbs of weighing a matter: with a question after them, deliberation ("as decisionmakers consider how to address
# these challenges", set 50); with a clause or an object, a view ("many consider it a failure")
_WEIGH_FORMS = frozenset("consider considers considered considering weigh weighs weighed weighing".split())
_ARGUE_FORMS = frozenset("argue argued arguing disagree disagreed disagreeing".split())
_QUESTION_AFTER = lazy(r"\s+(?:(?:about|over)\s+)?(?:how|whether|what|why|which|who|if)\b", re.I)
_ABOUT_AFTER = lazy(r"\s+(?:about|over|on)\b", re.I)
# a question about what is the case, a claim in dispute ("Historians debate whether the famine was deliberate",
# "Scholars disagree over whether it was"), not what to do ("how to", "whether to", "whether the city should")
_DISPUTED_FACT = lazy(
    r"\s+(?:(?:about|over)\s+)?(?:whether|if)\s+(?!to\b)(?:(?!should|shall|ought|must|to)[\w'’\-]+\s+){1,5}?"
    r"(?:was|were|is|are|had|has|have|did|does|do|existed|exists|happened|occurred|took)\b",
    re.I,
)
_NO_OBJECT = lazy(
    r"\s*(?:[.;:!?,)\x00\n—]|$|(?:in|at|during|for|until|since|this|last|on\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b)",
    re.I,
)


# those whose office is to deliberate: a question they debate is a decision to make, whatever its form ("Lawmakers are
# debating whether the levy is lawful", stop 35), not a fact in dispute ("Historians debate whether the famine was
# deliberate")
_DELIBERATORS = frozenset(
    "lawmakers legislators councillors councilors senators mps delegates parliamentarians congressmen representatives "
    "members ministers officials regulators commissioners judges justices".split()
)


def deliberation(s: str, end: int, start: int) -> bool:
    """The crowd's verb ending at ``end`` is "debate" with no object or with a question after it, "argue" or
    "disagree" about something ("Labor rights groups and business groups disagree about that issue", set 65), or
    "consider" or "weigh" a question: an act, no claim. A question of fact debated is a claim in dispute, unless the
    crowd opening at ``start`` holds a deliberative office (_DELIBERATORS)."""
    word = s[max(0, end - 9) : end].rsplit(None, 1)[-1].lower() if end else ""
    if word in _ARGUE_FORMS:
        return _ABOUT_AFTER.match(s, end) is not None and _DISPUTED_FACT.match(s, end) is None
    if word in _WEIGH_FORMS:
        return _QUESTION_AFTER.match(s, end) is not None
    office = s[start : start + 40].split(None, 1)[0].lower() in _DELIBERATORS
    return word in _DEBATE_FORMS and (
        _NO_OBJECT.match(s, end) is not None
        or (_QUESTION_AFTER.match(s, end) is not None and (office or _DISPUTED_FACT.match(s, end) is None))
    )


# bodies that apply rules: jurisdictions and institutions, not people. What they "interpret" is a law or a rule
# they apply ("States have interpreted the exemption differently", "Courts interpret the statute broadly"),
# their practice, not a view credited to a crowd; "interpret the strike as a warning" judges, and stays vague
_INSTITUTIONS = frozenset(
    "states countries nations courts agencies jurisdictions provinces counties cities districts municipalities "
    "governments departments ministries schools universities hospitals insurers employers".split()
)
_INTERPRET = ("interpret", "misinterpret", "constru")
_AS_AHEAD = lazy(r"[^.;:!?\x00\n]{0,80}?\bas\b", re.I)


def applies_rule(s: str, start: int, end: int) -> bool:
    """The crowd at ``start``–``end`` is a jurisdiction or institution whose verb is "interpret" with no
    "as" after it: how it applies a rule."""
    words = s[start:end].lower().split()
    if len(words) < 2 or not words[-1].startswith(_INTERPRET):
        return False
    return any(w in _INSTITUTIONS for w in words[:-1]) and _AS_AHEAD.match(s, end) is None


# a singular auxiliary or copula: it agrees with a noun, never with a plural pronoun's verb
_SINGULAR_VERB = lazy(r"\s+(?:is|was|has|does)(?:n['’]t)?\b", re.I)
# pronouns of people, plural: their verb agrees with a plural subject ("some notice that", "many say")
_PLURAL_PRONOUNS = frozenset("some many most others several few".split())
# what may stand before a quantifier that opens its clause ("Today, some notice is", "but some concern was"):
# a mark, or one of these words; any other word may be a noun or a wh-word whose clause has a gap ("What some
# claim is untrue", "the reason some notice is that"), where the word after the quantifier is its verb
_OPENING_MARKS = frozenset(",;:([\x00\n—–\"“”‘’'.!?")
_CLAUSE_OPENERS = frozenset(
    (
        "and but or yet so because although though while whereas if when since as once unless until after before "
        "today now yesterday recently lately already still also meanwhile then nowadays finally however indeed "
        "moreover"
    ).split()
)


_THERE_IS = lazy(r"\bthere\s*(?:is|was|['’]s|has\s+been|had\s+been|remains|will\s+be|seems\s+to\s+be)\s+$", re.I)


def noun_after_quantifier(s: str, start: int, end: int, word: str) -> bool:
    """The plural pronoun ``word`` at ``start`` and the word after it, ending at ``end``, are a quantifier and
    its noun: a singular auxiliary or copula follows that word ("some notice is being paid", "some concern
    was raised"), which agrees with a noun, not with "some" as people ("some notice that", "some say"), in a
    clause the quantifier opens; or any word after "there is" or after a verb of the view ("there is some debate on
    including them", "some see some hope that": the quantifier determines the noun that follows it)."""
    if word in _PLURAL_PRONOUNS and _THERE_IS.search(s, max(0, start - 30), start) is not None:
        return True
    words_before = s[max(0, start - 20) : start].split()
    if word in _PLURAL_PRONOUNS and words_before and words_before[-1].lower() in VERB_FORMS:
        return True  # "some see some hope that": the quantifier after a verb of the view determines its object
    if word not in _PLURAL_PRONOUNS or len(s[start:end].split()) != 2 or _SINGULAR_VERB.match(s, end) is None:
        return False
    before = s[max(0, start - 20) : start].rstrip()
    if not before or before[-1] in _OPENING_MARKS:
        return True
    return before.rsplit(None, 1)[-1].rsplit("\x00", 1)[-1].lower() in _CLAUSE_OPENERS  # NUL: a paragraph's end


# a crowd of research: the people who find things out ("researchers have found that", "economists found that");
# any other crowd's "found that" is an experience ("many residents found that the buses were late")
_RESEARCH_CROWDS = frozenset(
    "researchers scientists scholars economists academics experts analysts epidemiologists investigators".split()
)
# a determiner before the crowd takes up a team named before ("The researchers found that", "these scientists")
_TEAM_BEFORE = lazy(r"\b(?:the|these|those|their|our|its|his|her|both|two|three|four|five)\s+(?:[\w'’\-]+\s+)?$", re.I)
# the study or the team named in the sentence before the crowd or in the one before it ("In a 2021 study,
# researchers found that", "Smith and colleagues tracked 400 children. Researchers found that …")
_STUDY_NAMED = lazy(
    r"\b(?:study|studies|paper|article|report|survey|analysis|experiment|trial|team|journal|et\s+al|colleagues|"
    r"published|led\s+by)\b",
    re.I,
)
_STUDY_REACH = 300  # characters before the crowd where its study or team may be named


def finding_by_others(s: str, start: int, end: int) -> bool:
    """The crowd's verb ending at ``end`` is one of finding ("found that") and the crowd at ``start`` is no
    uncited crowd of research: not one of research ("residents found that"), or a team taken up by a determiner
    or named (with its study) in the sentence before ("In a 2021 study, researchers found that")."""
    words = s[start:end].lower().split()
    if len(words) < 3 or words[-1] != "that" or words[-2] not in FINDING_VERBS:
        return False
    if not any(w in _RESEARCH_CROWDS for w in words[:-2]):
        return True
    if _TEAM_BEFORE.search(s, max(0, start - 30), start):
        return True
    lo = max(0, start - _STUDY_REACH)
    ends = [m.end() for m in _SENTENCE_MARK.finditer(s, lo, start)]
    lo = ends[-2] if len(ends) >= 2 else lo  # the sentence before the crowd's and its own, up to the crowd
    return _STUDY_NAMED.search(s, lo, start) is not None


_SENTENCE_MARK = lazy(r"[.!?](?=\s)|[\x00\n]")


_BARE_GROUPS = frozenset(GROUP_ALT.split("|"))


def reported_by_group(s: str, start: int, end: int, word: str) -> bool:
    """A bare group with a framed verb of reported speech ("agency officials stated that", verb_classes.py): the
    register of interview reporting, read only with a vague noun or a quantified group ("Many scholars state")."""
    if word not in _BARE_GROUPS:
        return False
    cut = end
    while cut > start and (s[cut - 1].isalpha()):
        cut -= 1
    return s[cut:end].lower() in REPORTING_WORDS


# a verb of knowing, negated: it presupposes what follows (the author asserts it) and reports that the crowd lacks
# it ("most do not understand that this reduction is temporary", "Many voters don't know that"); a negated verb of
# belief or stance is still a view the crowd holds ("Many do not believe the figures")
_UNAWARE = lazy(
    r"\b(?:not|n[’']t|never)\s+(?:\w+ly\s+|yet\s+)?(?:know|knew|known|understand|understood|realized?|realised?|"
    r"grasp|grasped|appreciate|appreciated|recogni[sz]ed?)(?:\s+(?:that|how|why|what|whether))?\s*$",
    re.I,
)


def unaware(s: str, start: int, end: int) -> bool:
    """The crowd's verb at ``start``–``end`` is a negated verb of knowing: the crowd's ignorance, no claim of
    theirs ("most people do not fully understand how the rule works")."""
    return _UNAWARE.search(s, start, end) is not None


# the text's own readers with a modal: the author addresses its audience ("Regular readers of this journal will note
# our new appearance", "Readers may recall"); readers credited with a view stay a crowd ("Many readers believe"). A
# part of the second or first person is the audience or the writers themselves ("Some of you may have noticed",
# "how many of us think about"), whatever their verb; and a survey's respondents are the sample the text measured
# ("Most respondents believed": the survey's finding, never labelled vague in any set)
_AUDIENCE = lazy(
    r"(?:[\w'’\-]+\s+){0,2}?readers\b[^.;:!?]{0,40}?\b(?:will|may|might|can|could|should)\s+\w+$|"
    r"[\w'’\-]+\s+of\s+(?:you|us)\b|(?:[\w'’\-]+\s+){0,3}?respondents\b",
    re.I,
)


def addresses_audience(s: str, start: int, end: int) -> bool:
    """The crowd at ``start``–``end`` is the text's readers, with a modal before their verb, a part of "you" or
    "us", or respondents: the author's address, the writers', or the sample the text measured."""
    return _AUDIENCE.match(s, start, end) is not None


# a determiner and up to two modifiers before a listed noun ("the black people called home", set 45; "the critics
# say"): a definite group, as "the officials" is, the text's own
_DETERMINED = lazy(r"\b(the|these|those|their|its|our|his|her)\s+(?:[a-z][\w\-]*\s+){0,2}$", re.I)
_CAMPS = frozenset("supporters critics opponents proponents backers detractors defenders advocates".split())
_NAMED_AND = lazy(r"(?-i:[A-Z])[\w'’\-]*\s+and\s+$")
# the quantifiers, which take no determiner: one before them belongs to a noun before ("the issue some see")
_NOT_DETERMINABLE = frozenset("some many most several few a numerous various certain others all both".split())
# a relative or participle clause after the noun restricts it to a kind ("the people who work there say")
_RESTRICTED = lazy(r"[\w'’\-]+\s+(?:who|that|whom|[a-z]+ing)\b", re.I)


def determined(s: str, start: int, word: str) -> bool:
    """A determiner stands before the group at ``start`` (a noun, ``word`` its first word, not a quantifier: "the
    issue some see" is no "the some") in its clause, and no relative clause restricts it ("the people who work there
    say" is generic)."""
    if word.lower() in _NOT_DETERMINABLE or _RESTRICTED.match(s, start):
        return False
    head = s[max(0, start - 40) : start]
    clause = head[max(head.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :]
    m = _DETERMINED.search(clause)
    if m is not None and word.lower() in _CAMPS and m.group(1).lower() in ("his", "her", "its", "their"):
        # (stop 44) a camp a possessive pronoun names, none of its members ("His supporters claimed", "its critics are
        # concerned"); not with the one it belongs to named beside it ("Zelaya and his supporters claim")
        return _NAMED_AND.search(clause, 0, m.start()) is not None
    return m is not None


# a crowd in a mandative clause does what is required of it, it holds no view ("normally only requiring that reusers
# acknowledge the original source", set 47)
_MANDATED = lazy(r"\b(?:requir|demand|ensur|stipulat|mandat)\w*\s+that\s+(?:[\w'’\-]+\s+){0,2}$", re.I)


def mandated(s: str, start: int) -> bool:
    """The group at ``start`` is the subject of a clause something requires ("requiring that reusers acknowledge")."""
    return _MANDATED.search(s, max(0, start - 50), start) is not None


def not_a_source(s: str, start: int, end: int) -> bool:
    """The crowd at ``start``–``end`` is the text's audience, its writers or its sample (``addresses_audience``), or
    does what a mandate requires (``mandated``), deliberates (``deliberation``), or its verb, read with what follows
    it, is an act, not a claim (acts.py): claiming money or a right, hoping or agreeing to act, holding an event,
    calling a thing or a person by name, saying no or yes to something. It is credited with no view."""
    return addresses_audience(s, start, end) or mandated(s, start) or deliberation(s, end, start) or act(s, end)


# a charge the writer calls false is an event the writer vouches for, no claim left to a crowd ("parents were wrongly
# accused of fraud", "false allegations of fraud made by the Tax and Customs Administration")
_REFUTED = lazy(
    r"\b(?:wrongly|falsely|wrongfully|unjustly|mistakenly|erroneously|false|unfounded|baseless|spurious|bogus|"
    r"fabricated|untrue)\s+(?:accus|alleg|charg|blam|suspect)\w*(?:\s+[^.;:!?]*)?$",
    re.I,
)


def refuted(s: str, start: int, end: int) -> bool:
    """The charge at ``start``–``end`` is one the writer calls false: "wrongly" or "false" right before its verb or
    noun, within it or just before it."""
    return _REFUTED.search(s[max(0, start - 30) : end]) is not None


# a view in a general condition, in the present ("when there is reasonable suspicion that", "if there are fears
# that"): a rule's case, a view nobody is said to hold; a past one is an event ("when there were fears that the dam
# would burst")
_CONDITION = lazy(r"\b(?:if|when|whenever|where|unless)\s+$", re.I)


def unasserted(s: str, start: int, end: int) -> bool:
    """The view at ``start``–``end`` is refuted (``refuted``), a general condition's (above), or asked about: an
    indirect question after a verb of hearing, knowing or asking ("Would love to hear what others think", "we do not
    know what many believe"; "SPICe set out what researchers thought" reports a view, vague_context reads it)."""
    if s.startswith(("there is ", "there are "), start) and _CONDITION.search(s, max(0, start - 12), start):
        return True
    if _IF.search(s, max(0, start - 40), start) is not None:
        return True  # "If scientific evidence indicates that a taxon is a pest, we will publish a notice": a case
    return _INDIRECT_QUESTION.search(s, max(0, start - 40), start) is not None or refuted(s, start, end)


_IF = lazy(r"\b(?:if|unless|whenever)\s+(?:[\w'’\-]+\s+){0,2}$", re.I)
_INDIRECT_QUESTION = lazy(
    r"\b(?:hear|know|ask|asked|asking|wonder|wondered|wondering|learn|find\s+out|understand|see)\s+"
    r"(?:what|how|whether|if)\s+$",
    re.I,
)


# a group conjoined inside a preposition's object ("Comments from manufacturers and industry trade groups contended":
# the comments contend; "the views of farmers and rights groups"): no verb between the preposition and the group
_CONJOINED_OBJECT = lazy(
    r"\b(?:from|of|by|with|among|between)\s+(?:[\w'’\-]+\s+){1,3}?(?:and|or)\s+(?:[\w'’\-]+\s+){0,2}$", re.I
)


def conjoined_object(s: str, start: int, word: str) -> bool:
    """The group at ``start`` (a noun, ``word`` its first word) is a conjunct of a preposition's object, its clause's
    subject another noun; not a quantifier standing alone, which may open a clause of its own ("Senate members
    disagree on the effect of this provision and some worry …")."""
    if word.lower() in _PLURAL_PRONOUNS:
        return False
    m = _CONJOINED_OBJECT.search(s, max(0, start - 70), start)
    return m is not None and not REPORTING_WORDS.intersection(m.group().lower().split())


# "do" before the subject asks a question ("What do Australian primary healthcare researchers believe works best?", a
# study's title; "Do economists agree?"); not a comparison's inversion ("…, as do many economists")
_ASKED = lazy(
    r"(?<!\bas\s)(?<!\bso\s)(?<!\bnor\s)(?<!\bneither\s)(?<![\w'’\-])(?:do|does|did)\s+(?:[\w'’\-]+\s+){0,3}$", re.I
)


def asked(s: str, start: int) -> bool:
    """The group at ``start`` is the subject of a question: "do" stands before it in its clause."""
    head = s[max(0, start - 50) : start]
    return _ASKED.search(head[max(head.rfind(c) for c in ".;:!?,—(\x00\n") + 1 :]) is not None


def group_not_credited(s: str, start: int, end: int, word: str) -> bool:
    """A plural subject and its verb at ``start``–``end`` (opening with ``word``) that credits no claim to an
    anonymous crowd: a named body's people by their scope or their possessor ("researchers at UNR",
    "Meduza's sources"), deliberation ("lawmakers are debating"), a jurisdiction applying a rule ("States have
    interpreted the exemption"), a quantifier and its noun ("some notice is being paid"), a plural modifying
    a singular head ("a media call"), a superlative or a definite few ("the most feared", "the few who"), a
    negated verb of knowing ("most do not understand how …": the crowd's ignorance), the text's readers with a modal
    ("Readers will notice": the author's address), or any other crowd credited with no view (``not_a_source``), a
    determiner before it ("the critics say"), a charge the writer calls false ("wrongly accused"), a conjunct of a
    preposition's object ("Comments from manufacturers and trade groups contended"), a crowd asked about ("What do
    researchers believe?")."""
    return (
        named_scope(s, start, end, word)
        or possessed_sources(s, start, word)
        or applies_rule(s, start, end)
        or noun_after_quantifier(s, start, end, word)
        or finding_by_others(s, start, end)
        or modifies_singular(s, start, word)
        or name_after_scope(s, start, end)
        or superlative_or_definite(s, start, word)
        or reported_by_group(s, start, end, word)
        or unaware(s, start, end)
        or not_a_source(s, start, end)
        or determined(s, start, word)
        or refuted(s, start, end)
        or conjoined_object(s, start, word)
        or asked(s, start)
        or verb_in_name(s, end)
    )


def verb_in_name(s: str, end: int) -> bool:
    """The verb ending at ``end`` is a capitalised word between a lowercase one and a capitalised one: part of a
    name ("followers of Muslim theologian Said Nursi"), not the crowd's verb."""
    i = end
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "'’-"):
        i -= 1
    return s[i : i + 1].isupper() and name_between(s, i, end)


_INQUIRIES = frozenset(RESEARCH_PLAIN.split("|"))
_OCCASIONS = frozenset("times cases occasions instances years months weeks days hours decades ways places".split())


def several_crowd(who: str, mods: str) -> bool:
    """The words "several" or "a few" and the head ``who`` (after the modifiers ``mods``) are an anonymous crowd:
    people who hold no office ("several residents said", "several Armenian journalists said"), not office holders,
    whom the guide counts ("several governors said", "a few senior diplomats say")."""
    head = _WORD_HEAD.match(who).group().lower()  # type: ignore[union-attr]
    if head in OFFICE_HOLDERS or head in _OCCASIONS or head in _INQUIRIES:
        return False  # and inquiries, which the research reading reads ("Several studies suggested")
    if mods:  # "several Armenian journalists": a people's noun after its modifiers
        return person_noun(head) or head in ORGANISATIONS
    return head not in ALPHA_ROLES or person_noun(head)  # "several reports said", "several residents said"
