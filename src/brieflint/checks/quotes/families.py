"""Q102's construction families read across publishers (issue 19, docs/accuracy.md "Q102 families, stop 31"):
the parts of the vague patterns that read a family rather than a phrase. A crowd counted in plain speech
("An awful lot of Kansans believed it"), a catenative between a crowd and its verb ("People like to believe"),
first-person hearsay ("We've heard that"), uncited data as a speaker ("Data show that").
"""

from __future__ import annotations

from brieflint.checks.quotes.lexicon import inflect

# the quantifiers of plain speech ("lots of", "plenty of", "a majority of", "countless"), read as "many" is; they
# start at their noun ("an awful lot of Kansans", "quite a lot of people": the finding starts at "lot")
PLAIN_QUANTS = "lot lots plenty countless majority"
# and catenative verbs and adjectives, the class of "tend to" ("People like to believe", "Critics are quick to
# point out", "Many have come to believe"): not before a verb of perceiving, holding or deliberating, which is an
# act after them ("came to see the parade", "like to hold rallies", "began to debate the bill")
CATENATIVE = (
    r"(?:(?:are|were|is|was|be|been)\s+(?:quick|eager|keen|apt|inclined)|like|likes|liked|love|loved|"
    r"seem|seemed|appear|appeared|come|came|begin|began|begun|start|started|used|prefer|preferred)\s+to"
    r"(?!\s+(?:see|seen|saw|hold|held|debate|debated|consider|considered|question|questioned|echo|echoed)\b)"
)
# their words, each before "to" (the bare-plural reading strips them back from the verb: "Kansans like to believe")
CATENATIVE_WORDS = frozenset(
    "like likes liked love loved seem seemed appear appeared come came begin began begun start started used prefer "
    "preferred quick eager keen apt inclined".split()
)
# first-person hearsay, what the author heard or was told by nobody named ("We've heard that", "we are told that",
# "The plan, we're told, is dead"): a source after "by" or "from" ("we were told by the mayor that") is not read
_ADVERBS = r"(?:(?:all|often|also|always|repeatedly|constantly|frequently|sometimes|long|now|increasingly)\s+){0,2}"
HEARD_TRIGGERS = "we i"
HEARD = (
    rf"\b(?:we|i)(?:['’]ve|['’]d|\s+have|\s+had)?\s+{_ADVERBS}(?:heard|hear)\s+(?:it\s+said\s+)?that\b"
    r"(?!\s+(?:before|one|a\s+lot|argument|claim|story|song|name|word|phrase|complaint|line|voice|sound|noise)\b)|"
    rf"\b(?:we|i)(?:['’]re|['’]m|\s+(?:are|were|was|am)|(?:['’]ve|\s+have|\s+had)\s+been)\s+{_ADVERBS}"
    r"(?:told|assured|reminded)(?:\s+that\b|\s*,)"
)
# the verbs of a quantified crowd of coordinated nouns ("many state leaders, interest groups and activists may broadly
# agree", "many political commentators and journalists predict"): of saying, believing, predicting and doubting
COORDINATED_VERBS = (
    "agree|agreed|say|said|believe|believed|argue|argued|think|fear|feared|worry|worried|claim|claimed|suggest|"
    "suggested|warn|warned|contend|contended|insist|insisted|accept|accepted|predict|predicted|expect|expected|"
    "doubt|doubted|suspect|suspected|caution|cautioned|complain|complained|question|questioned|maintain|maintained|"
    r"express(?:ed)?\s+that"  # with its clause: "many organisations and entities have expressed that" (set 60)
)
# uncited data as the speaker, read as "studies show" is (a determiner, a possessor or a named body before it says
# whose: "the data show", "BLS data show"): its verb right after it, so that "data on agency estimates" or "data
# points" stay nouns
DATA = (
    r"\b(?P<research>data)\s+(?:(?:have|has|had|consistently|repeatedly|also|now|clearly)\s+){0,2}"
    r"(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|reveals?|revealed|(?:points?|pointed)\s+to)\b"
)
# a name after a crowd or reports and a preposition says whose they are ("reports on CNN", "residents of Elm Street"); a
# day or a month does not ("officials on Saturday")
_DATES = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    "September|October|November|December"
)
NAME_AFTER = rf"\s+(?:at|of|from|with|in|for|on|by)\s+(?:the\s+)?(?!(?:{_DATES})\b)(?-i:[A-Z])"
OUTLET_AFTER = rf"\s+(?:on|by)\s+(?:the\s+)?(?!(?:{_DATES})\b)(?-i:[A-Z])"
# a bare plural of people after "according to" ("according to residents", "according to local farmers"): up to two
# lower-case modifiers and the noun, not a named body's people after it ("according to researchers at Stanford");
# vague_context.accept keeps it only for a noun of people with no determiner (bare_subject.person_noun)
ACCORDING_CROWD = (
    r"(?P<according_crowd>(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?-i:[a-z])[\w\-]*s)\b"
    rf"(?!{NAME_AFTER})"
)
# a quantified group is one to three words, or four content words ("Some small-scale black tobacco farmers"), never
# four with one of these ("various strands of research to"): vague_patterns' definition and vague.py's reading agree
GROUP_FUNCTION_WORDS = frozenset("of to the a an and or in for with on at by from that this these those".split())

# the negated auxiliaries, one word each ("don't", "didn’t"), read before a crowd's verb ("Many don't believe")
NEGATED_WORDS = frozenset(f"{a}n{m}t" for a in "do does did have has had would could wo ca".split() for m in "'’")
# the finite auxiliaries and copulas: no word of a noun phrase ("Some are going home eagerly anticipating" has no
# group "are going home"), so a word of a quantified group is none of them (vague_patterns.STAGES["run"]); but a
# passive's auxiliary before its participle closes the group the verb reads ("Some bloggers are considered traitors")
FINITE_WORDS = (
    frozenset("are is was were been have has had will would can could may might should must do does did".split())
    | NEGATED_WORDS
)
GROUP_RUN = (
    rf"(?!(?i:{'|'.join(sorted(FINITE_WORDS))})\s+(?![a-z]+ed\b|said\b|seen\b|thought\b|felt\b|held\b|told\b))"
    # nor a subject pronoun, which opens a clause of its own ("so many things that I could say", set 53)
    r"(?!(?-i:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)\s)"
    r"(?:(?:(?-i:[A-Z])\.){2,}(?=\s)|[\w'’\-]+)"  # and initials ("the U.S. central bank")
)
# a passive's "be" right before a participle, with an adverb between ("was widely seen", "were later deemed"), and
# (stop 43) the "both" or "either" of a coordination before it ("was both widely condemned and widely defended"): read
# backwards from the participle (vague_context, verb_senses)
BE_BEFORE = (
    r"\b(?:is|are|was|were|been|being|be)\s+(?:(?:both|either)\s+)?(?:(?:\w+ly|often|sometimes|still|now|also|long|"
    r"increasingly|later|again|once|first|soon|since|then)\s+)?$"
)
# a progressive "are" before an -ing form, with an adverb between ("are left wondering", "were also questioning")
PROGRESSIVE = (
    r"(?:are|were|is|was|been)\s+(?:(?:left|also|now|still|increasingly|already|openly|privately|quietly)\s+)?"
    r"(?=[a-z]+ing\b)"
)
# the verbs "several" or "a few" people speak, believe or object with ("several commenters questioned the need",
# "Several commenters, however, state that", "several residents said"): as the crowd's verbs, of speech and of
# stance (crowd_structure.several_crowd checks that the crowd holds no office); not a forecast ("A few states expect
# growth") nor an act ("Several countries agreed to the deal", "several states oppose the rule"; "several participants
# agreed that" is a stance)
SEVERAL_VERBS = (
    r"(?:are|were)\s+(?:concerned|worried|skeptical|sceptical)|stated|states?\s+that|agree[sd]?\s+that|"
    + "|".join(
        sorted(
            {
                w
                for lemma in (
                    "say believe argue think fear worry speculate claim view suggest question voice contend "
                    "assert allege insist maintain complain object express note warn urge recommend criticize "
                    "criticise doubt disagree commend compliment praise"
                ).split()
                for w in inflect(lemma)
                if not w.endswith("ing")  # "several residents saying": no finite verb
            },
            key=len,
            reverse=True,
        )
    )
)

# the subject pronouns of a reported clause with no "that", and their verb ("reported they were", "told VOA they
# were", stop 43): read after a verb of reporting or telling (verb_phrases, bare_subject)
CLAUSE_PRONOUNS = "they|it|he|she|there"
CLAUSE_VERB = r"(?:were|was|are|is|had|have|has|would|will|could)\b"
# "here" or "there" after a crowd, the place the report is from ("Soldiers here say", stop 43)
HERE_WORDS = frozenset({"here", "there"})

# (stop 43) "by" before a time is no agent ("was viewed as ineffective, and by the end of the century schools …",
# "by 1900", "by then", "by March 2004"): the passive's judges stay unnamed
_BY_TIME = (
    r"the\s+(?:end|time|turn|middle|start|beginning|close|mid|early|late|summer|spring|autumn|winter|fall)\b|"
    r"then\b|now\b|that\s+time\b|\d|(?:early|late|mid)\b|(?-i:[A-Z][a-z]+\s+\d)"
)


def no_agent(reach: int) -> str:
    """A lookahead: no agent of a passive within ``reach`` characters of its clause, "by" and someone named
    (not "by some", "by many", "by others", "by critics", "by observers": a crowd, no name; not "by" a time)."""
    # (stop 44) not the agent of another participle on the way ("was considered one of the most controversial laws
    # passed by the National Diet"); right after the passive's own participle it is its agent
    return (
        rf"(?!(?:\s+|[^.;:!?\n\x00]{{0,{reach}}}(?<![a-z]ed\s)(?<![a-z]en\s))"
        rf"\bby\s+(?!some\b|many\b|others\b|critics\b|observers\b|{_BY_TIME}))"
    )
