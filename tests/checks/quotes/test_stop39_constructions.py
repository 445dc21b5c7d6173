"""Q101's and Q102's general constructions of stop 39, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 39"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "an example of no one in particular names no member of the crowd": [
        (
            "Several participants noted that the rules are vague. For example, one participant stated that the "
            "terms differ.",
            ["Several participants noted"],
        ),
        (
            "Some Chinese netizens disagreed. For example, blogger Zuo Zhijian pointed out that the rules overlap.",
            [],
        ),
    ],
    "a quantifier of few or most after 'according to'": [
        ("According to a few participants, the agency's efforts have been helpful.", ["According to a few"]),
        ("According to most participants, cost is a significant factor.", ["According to most"]),
        ("According to the participants, cost is a significant factor.", []),
    ],
    "'several' people who agree that, with an adverb before the verb": [
        (
            "Several participants generally agreed that industry expends significant resources.",
            ["Several participants generally agreed that"],
        ),
        ("Several countries agreed to the deal.", []),
    ],
    "concern expressed over something by a crowd": [
        ("Some experts expressed concern over the peak.", ["Some experts expressed concern"]),
        ("Critics have expressed concern over the peak.", ["Critics have expressed concern"]),
        ("Many residents expressed support for the plan.", []),
        ("Some experts expressed their gratitude to the minister.", []),
    ],
    "'supposed to' with an act after it is a duty": [
        ("Most Ukrainians had supporters who were supposed to ensure they had housing.", []),
        ("Critics were supposed to ensure the vote was fair.", []),
    ],
    "hearsay nouns whose clause names the record they stand in": [
        (
            "Reports of forced labor by PRC fishing vessels were described in the Department's 2020 Human Rights "
            "Report.",
            [],
        ),
        ("Allegations of abuse were documented by Human Rights Watch.", []),
        ("Reports of abuse were denied by the government.", ["Reports of"]),
        ("Allegations of abuse were described in a report.", ["Allegations of"]),
    ],
    "a headline's crowd, capitalised, answered by a lede that names the journal": [
        (
            "Scientists describe how warm water breaks the ice shelf\n\nIn findings published Wednesday in Science "
            "Advances, researchers from the University of Colorado reported a new mechanism.",
            [],
        ),
        (
            "Scientists say the virus spreads like flu\n\nIn Kentucky, officials reported new cases.",
            ["Scientists say"],
        ),
    ],
    "a name alone before a relative clause is what the hearsay is about, not its source": [
        ("Lukasz, who reportedly works at the hall as a chef, joined the chase.", ["reportedly"]),
        ("Regulators ordered ISPs to block sites that allegedly spread lies.", []),
    ],
    "reports with an adjective set off by commas": [
        ("The tremor left five dead and, by early reports, at least 30 injured.", ["by early reports"]),
        ("The tremor left five dead and, by some reports, at least 30 injured.", ["by some reports"]),
    ],
    "a hearsay adverb has no group whose members a place list names": [
        (
            "Reportedly, at least two towns —including Makilala in the province of North Cotabato— declared a state "
            "of calamity.",
            ["Reportedly"],
        ),
    ],
    "a report with its clause and no 'that'": [
        ("Some residents reported they had no power.", ["Some residents reported"]),
        ("Some residents reported it to the police.", []),
    ],
    "a definite record after 'according to' sources the clause": [
        (
            "According to the itinerary originally proposed for the process, it was estimated that the vote would "
            "take place in September.",
            [],
        ),
        (
            "According to reports, it was estimated that the vote would take place in September.",
            ["According to reports", "it was estimated"],
        ),
    ],
    "a legal category after 'considered' is the law's, not a view": [
        ("Any open speech of secession is considered a crime as well.", []),
        ("Such acts are considered to be a criminal offence.", []),
        ("The plan is considered a failure.", ["considered"]),
    ],
    "'argue' with nothing argued is a quarrel": [
        ("But trade ministers argued and free trade opponents rioted.", []),
        ("Many argued over the seats.", []),
        ("Critics argued that the plan would fail.", ["Critics argued"]),
        ("Critics argued, and rightly, that it fails.", ["Critics argued"]),
    ],
    # batch 2 (sets 141-145)
    "an indirect question after a verb of hearing or asking credits no view": [
        ("Would love to hear what others think.", []),
        ("We asked whether some believe it.", []),
        ("SPICe set out what researchers thought.", ["researchers thought"]),
    ],
    "concerns sparked or prompted by no one named": [
        ("Concerns have been sparked over the crackdown on protesters.", ["Concerns have been sparked"]),
        ("Concerns have been sparked by the minister's remarks.", []),
    ],
    "initial reports after 'according to'": [
        ("According to initial reports, the police have been investigating.", ["According to initial reports"]),
    ],
    "views expressed with no view given are an act": [
        ("Several commenters expressed a wide range of views regarding the WTO dispute.", []),
        ("Some residents expressed their views on the plan.", []),
        ("Several commenters expressed concern that the rule is costly.", ["Several commenters expressed"]),
    ],
    "the author's own earlier report is the author's claim": [
        ("We have previously reported that these practices are often associated with high performance.", []),
        ("They say that these practices are often associated with high performance.", ["often associated with"]),
    ],
    "a conditional's case credits no one": [
        ("If scientific evidence indicates that a taxon is a pest, we will publish a notice.", []),
        ("Scientific evidence indicates that a taxon is a pest.", ["evidence indicates"]),
    ],
    "a belief named on the way to its clause": [
        ("Some commenters stated their belief that the rule is not authorized.", ["Some commenters stated"]),
        ("Some commenters stated their names.", []),
    ],
    # batch 3 (sets 146-150)
    "a noun of view before 'of' is no verb": [
        ("History will judge poorly those who choose fear of their party over courage.", []),
        ("Critics warn of a crisis.", ["Critics warn"]),
        ("Some complain of delays.", ["Some complain"]),
    ],
    "the literature as research's voice": [
        ("Given that need, the literature shows that teachers complain.", ["literature shows"]),
        ("The literature on schools is vast.", []),
    ],
    "a consensus among a crowd that says": [
        (
            "While current consensus among scientists says birds evolved from dinosaurs, ideas differ.",
            ["consensus among scientists says"],
        ),
        ("The consensus among the three scientists says birds evolved.", []),
    ],
    "a day or 'yesterday' between the press and its verb, or between reports and their clause": [
        ("State media on Saturday reported a block of flats collapsed in Aleppo.", ["media on Saturday reported"]),
        (
            "The US expressed concern following reports Wednesday that lawyers were detained.",
            ["reports Wednesday that"],
        ),
    ],
    "authors listed with commas in an author-date citation": [
        (
            "Researchers suggest that regular practice improves visual skills (Li, Polat, Scalzo, & Bavelier, 2010).",
            [],
        ),
        ("Researchers suggest that regular practice improves visual skills.", ["Researchers suggest"]),
    ],
    "'can best be' is the author's judgement": [
        ("The government of the United States can best be described as a republic.", []),
        ("The government is often described as a republic.", ["often described as"]),
    ],
    "reports the sentence's subject makes are its own": [
        ("So we decided to offer new reports that contain the latest information.", []),
        ("Amid reports that the minister fled, prices fell.", ["reports that"]),
    ],
    # batch 4 (sets 151-155)
    "a question opens after a preposition, no scope goes on": [
        ("I have some evidence-based thoughts on how fear is abused in politics.", []),
        ("Critics on both sides say the plan fails.", ["Critics on both sides say"]),
    ],
    "a group of more words ends in a plural, or in an infinitive's 'to', or in coordinated verbs": [
        ("It is a fact that some politicians use fear to win votes.", []),
        ("It faced some related to alleged fraud.", []),
        # (since stop 42 the existential reading, which starts first, gives the span)
        ("There is plenty of evidence to suggest democracy is in trouble.", ["There is plenty of evidence to suggest"]),
        (
            "A number of comments requested or recommended that the agency include paired measures.",
            ["A number of comments requested or recommended"],
        ),
    ],
    "fields in -ics are no crowd": [
        ("According to frame semantics, words evoke frames.", []),
        ("According to academics, words evoke frames.", ["According to academics"]),
    ],
    "initials and abbreviations end no sentence for a named speaker's report": [
        ("President Bush says the U.S. and others feel they must act.", []),
        ("He left the U.S. Others feel they must act.", ["Others feel"]),
        ("The news reports (BBC etc.) were encouraging in that the authorities were reportedly making efforts.", []),
        ("He left. The authorities were reportedly making efforts.", ["reportedly"]),
    ],
    "a hedge after charges named before it is legal caution": [
        (
            "He was sentenced on charges that he violated her house arrest. For allegedly harboring him, her "
            "sentence extends a detention.",
            [],
        ),
        (
            "He was sentenced to 20 years in jail. The grandfather was believed to have died of cancer.",
            ["believed to have"],
        ),
    ],
    "reports all read, the speaker's": [
        ("From all reports that I have seen, the government was well prepared.", ["From all reports"]),
        ("He learned it from reports in the press.", []),
    ],
    "considered as part of something, and what cannot be considered": [
        ("Warhol's new meaning can't be considered as part of Factor 1.", []),
        ("The plan is considered as a failure.", ["considered as"]),
    ],
    "a thing written is no report of its words": [
        (
            "In 2002, Plame wrote a memo to her superiors in which she expressed her hesitance to recommend her "
            "husband, Joseph C. Wilson, for a mission to investigate claims that Iraq had bought uranium.",
            ["claims that"],
        ),
    ],
    # batch 5 (sets 156-160)
    "a vague noun conjoined with another group before their verb": [
        ("Analysts and opposition parties say there is no crackdown.", ["Analysts and opposition parties say"]),
        ("Critics and rights groups argue the law is harsh.", ["Critics and rights groups argue"]),
        ("Experts and the minister say the plan fails.", []),
    ],
    "'as' a named reporter reported, closing the clause": [
        (
            "From Midlands Province, there were reports of witch-hunts, as correspondent Taurai Shava reported.",
            [],
        ),
        ("There were reports of witch-hunts, as many expected.", ["There were reports", "many expected"]),
    ],
    # batch 6 (sets 161-165)
    "a thing kept going is an act of 'maintain'": [
        ("We identify those who oppress them and attempt to maintain a repressive system.", []),
        ("Critics maintain that the system is repressive.", ["Critics maintain"]),
    ],
    "after a clause in -ing, a finite verb, not another -ing form": [
        ("People bearing the Festival's red badges saying Press walk around.", []),
        ("Residents living near the plant say the air is foul.", ["Residents living near the plant say"]),
    ],
    "reports 'as of' a day, and reports that state": [
        ("Reports as of Wednesday said two hundred vehicles had been damaged.", ["Reports as of Wednesday said"]),
        ("Initial reports stated that the man fled.", ["reports stated"]),
    ],
    "an office's holders of a named body are its people": [
        ("Leaders of Hezbollah say they will stay until the government resigns.", []),
        ("Officials of the World Bank say growth slowed.", []),
        ("Residents of Gaza say the water is foul.", ["Residents of Gaza say"]),
        ("Supporters of Odinga say the vote was rigged.", ["Supporters of Odinga say"]),
    ],
    "criticism from nobody, with its ground after a comma": [
        (
            "But his policies have been widely criticized, especially over allegations that soldiers killed civilians.",
            ["criticized", "allegations that"],
        ),
        ("The plan was criticized, he said.", []),
    ],
    "a crowd as the agent of 'referred to'": [
        ("The event is referred to by some as a peaceful revolution.", ["by some"]),
    ],
    # batch 7 (sets 166-170)
    "an acronym in parentheses between reporters and their verb": [
        (
            "Nongovernmental organizations (NGOs) reported that police beat detainees.",
            ["Nongovernmental organizations"],
        ),
    ],
    "reports a sentence lists as issues": [
        ("Human rights issues included reports of unlawful killings.", ["reports of"]),
    ],
    "'accused of' with no one between is the crowd's participle": [
        ("The government punished public officials accused of abuses.", []),
        ("Officials accused him of fraud.", ["Officials accused"]),
    ],
    "reports that continued to be, and a perception of something": [
        (
            "However, there continued to be credible reports that police beat detainees.",
            ["there continued to be credible reports"],
        ),
        ("There was a widespread perception of corruption.", ["There was a widespread perception"]),
        ("There was a sense of urgency.", []),
    ],
    "praise from someone is the noun": [
        ("Sotomayor faced additional questions and some praise from senators.", []),
        ("Some praise the plan as bold.", ["Some praise"]),
    ],
    # batch 8 (sets 171-175)
    "observers who conclude that": [
        (
            "Domestic and international observers also concluded that the elections were fair.",
            ["observers also concluded"],
        ),
        ("Researchers concluded the study.", []),
    ],
    "credible reports of something": [
        ("The elections were held amid widespread, credible reports of vote buying.", ["reports of"]),
    ],
    "a thing's features raise doubts as causes, not as holders": [
        ("Various procedural aspects of the elections raised doubts about fairness.", []),
        ("Various critics raised doubts about fairness.", ["Various critics raised doubts"]),
        ("Many comments noted that the rule is costly.", ["Many comments noted"]),
    ],
    "networks kept going": [
        ("Nairobi-based labor recruiters maintain networks in Uganda that recruit workers.", []),
    ],
    "a prosecution or an investigation of the accused in the hedge's sentence": [
        (
            "While the government initiated an investigation into two allegedly complicit officials, it fined none.",
            [],
        ),
        ("These efforts included prosecuting officials allegedly complicit in forced labor.", []),
        ("Officials were allegedly complicit in forced labor.", ["allegedly"]),
    ],
    # batch 9 (sets 176-180)
    "a crowd with an adjective of scope after 'by'": [
        (
            "The elections were characterized by international observers as generally free.",
            ["by international observers"],
        ),
        ("The elections were characterized by critics as flawed.", ["by critics"]),
    ],
    "an apparatus kept": [
        ("The government maintains an extensive security apparatus in the north.", []),
        ("Officials maintain that the vote was fair.", ["Officials maintain"]),
    ],
    "a conviction or an arrest in the hedge's sentence": [
        ("Two officers were convicted of beating a detainee who allegedly stole a phone.", []),
        ("Police arrested a man who allegedly stole a phone.", []),
        ("Police allegedly beat the man.", ["allegedly"]),
    ],
    "a scope ends on its noun, not on its article": [
        ("Some of the alleged bribes were paid in cash.", []),
        ("Many families, in the hope of a better life, moved north.", []),
        ("Officials in the region say the vote was fair.", ["Officials in the region say"]),
    ],
    "an including-list of the hearsay reported before it": [
        (
            "There were allegations of violations of human rights by police, including allegations of killings.",
            ["There were allegations"],
        ),
        ("Police were accused of beatings, including allegations of torture.", ["accused of"]),
        (
            "Police were accused of beatings. There were also allegations of torture.",
            ["accused of", "There were also allegations"],
        ),
    ],
    "accusations a name raises": [
        ("The feud began when Der Spiegel raised accusations of bribery against the minister.", []),
        ("Local residents raised accusations of bribery against the minister.", ["accusations of"]),
    ],
    # batch 10 (sets 181-185)
    "a perception or reports denied with 'not' or 'no … or …'": [
        ("There was not a widespread perception of impunity.", []),
        ("There was a widespread perception of impunity.", ["There was a widespread perception"]),
        ("There were no formal complaints or confirmed reports that government officials employed them.", []),
    ],
    "legal action in the sentence after the hedge": [
        (
            "On January 17, prison guard Sandy Mackey allegedly killed inmate Neil Brown. The coroner's court"
            " recommended murder charges against the guard.",
            [],
        ),
        ("On July 28, police allegedly killed one protester. The protests continued for a week.", ["allegedly"]),
    ],
    "a vague phrase right after another is one attribution": [
        ("Iran is widely seen by many to be a country with internet censorship.", ["widely seen"]),
    ],
    "the last of a list of what hearsay reported": [
        (
            "Nonetheless, there were occasional reports of police brutality, corruption, excessive force, and"
            " allegations of abuse by prison guards.",
            ["there were occasional reports"],
        ),
        ("Reports of torture continued, and allegations of abuse grew.", ["Reports of", "allegations of abuse grew"]),
    ],
    # batch 11 (sets 186-190)
    "a hedge in an adverbial clause, not a reduced relative": [
        ("Mahsa Amini died after reportedly having been beaten in custody.", ["reportedly"]),
        ("The NGO was raided twice for allegedly operating without a license.", ["allegedly"]),
    ],
    "bail, a trial or a sentence in the hedge's sentence": [
        ("Aljasem was released on bail after 48 days behind bars for allegedly defaming the prime minister.", []),
        ("Singapore Couple on Trial for Allegedly Starving Filipina Maid", []),
        ("Two soldiers have been sentenced to death for the second time, having been accused of spying.", []),
        ("Two soldiers died in Congo, having been accused of spying.", ["accused of"]),
    ],
    "denied something, a refusal": [
        ("She was denied exit by officials at the airport.", []),
        ("The claim was denied by officials at the airport.", ["by officials"]),
    ],
    "a research noun's scope ends on no quantifier": [
        ("The government did not report investigations into several documented allegations.", []),
        (
            "Research on microfinance in rural districts predicts growth.",
            ["Research on microfinance in rural districts predicts"],
        ),
    ],
    "things maintained in a place": [
        (
            "NGOs, with the support of the government, maintained mobile victim identification units in three regions.",
            [],
        ),
        ("NGOs maintained the units were underfunded.", ["NGOs maintained"]),
    ],
    "cite … as, a verdict": [
        ("Many observers cite corruption as the main factor.", ["Many observers cite"]),
        ("Researchers cite the 2019 study.", []),
    ],
    "a name between a lowercase word and its verb-like part": [
        ("Followers of Muslim theologian Said Nursi gathered in the square.", []),
        ("Some said the vote was fair.", ["Some said"]),
    ],
}


def test_a_hypothetical_thought_in_marks_is_doubtful_not_an_error() -> None:
    """'it's not "oh, he retired; I'm done"' puts words in no one's mouth: no error; "it is "…"" with no "not" or
    "like" before the marks stays a quote with no speaker."""
    assert (
        q101("You can still watch it, it's not “oh, he retired; that's it, I'm done, I can't watch it anymore.”") == []
    )
    assert q101('The law passed, but it is "unenforceable in every province that matters and every town".') != []


def test_excerpts_of_a_source_named_before_are_doubtful_not_an_error() -> None:
    """ "… updates are being published in Aam Janata blog. Some excerpts:" and a block quote: the source is named the
    sentence before; with no source before, the block quote stays unattributed."""
    block = (
        "\n\n> The Government has enacted laws that give it a free pass to censor our posts and track our location.\n"
    )
    named = (
        "On behalf of Save Your Voice, a Facebook campaign, updates are published in Aam Janata blog. Some excerpts:"
    )
    assert q101(named + block) == []
    assert q101("The weather was bad. Some excerpts:" + block) != []


def test_an_enumeration_of_a_documents_items_is_the_documents_text() -> None:
    """'the first bullet point is "…"', then 'Second, "…"': the slide's items; an ordinal with no document before it
    stays a quote with no speaker."""
    body = (
        'He used a slide. The first bullet point is "she accidentally set the house on fire with a cigarette". '
        'Second, "she decided to fight the fire and stay inside the house." Third, "she fell into a burning chair."'
    )
    assert q101(body) == []
    assert q101('The meeting was long. Second, "she decided to fight the fire and would not leave the house."') != []


def test_a_note_call_after_the_full_stop_cites_the_sentence() -> None:
    """An encyclopaedia's numbered note call cites its sentence as "[@id]" does, after the full stop too."""
    quote = '"the fullest recreation of a national idiom with that of the symphonic tradition, absorbing influences"'
    assert q101(f"Dvořák's own style has been described as {quote}. [1]") == []
    assert q101(f"Dvořák's own style has been described as {quote}.") != []


def test_a_formula_in_marks_is_a_term_not_a_quote() -> None:
    """Words joined by "+" in marks are a formula, named: Q101 stays silent; the same length of words without it is a
    quote with no speaker."""
    body = (
        'It breaks up sequences like "noun + adjective", "verb + adverb", "auxiliary verb + main verb", among others.'
    )
    assert q101(body) == []
    assert q101('The analysis was long, and "the old model cannot finance the pipes anymore" was the view.') != []


def q101(body: str) -> list[int]:
    return [f.line for f in lint(FRONT + body + "\n", select=["Q101"])]


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_39_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_sets_136_to_190_after_their_constructions() -> None:
    """Sets 136-190 (the GAO, the Congressional Research Service, the State Department's press releases and its human
    rights, terrorism, religious freedom and trafficking reports, Voice of America, Wikinews, Global Voices,
    Wikipedia, the Federal Register, the GUM corpus), labelled blind in eleven batches: no false Q101 error when each
    passage is read after the one before it from its page (first sight: eight false errors, each passage read alone);
    Q102 finds 337 of 558 with 62 false alarms (first sight: 292, with 112); since stop 40, 336 with 61: "during" opens
    no participle clause, so set 136's "Some of these studies were conducted during the COVID-19 pandemic and noted
    that", found only by that misreading, is missed, and set 180's "what he was accused of" in the sentence of his
    conviction is legal caution. Since stop 42, 340 with 62: uncited evidence that exists ("There is evidence that")
    finds sets 220's, 227's and 264's, and reads set 143's GAO audit ("There was evidence that the OPR assistant …
    prepared two deposits": the auditors' own) as vague."""
    tp, fp = q102_sums_read_in_page(136, 190)
    assert tp >= 353 and fp <= 64, (tp, fp)
