"""Q101's and Q102's general constructions of stop 38, on sentences written for these tests, each with near misses
that must stay silent or stay reported. See docs/accuracy.md, "Stop 38"."""

from __future__ import annotations

import pytest
from test_stop34_constructions import params, q102, q102_sums_read_in_page

# each construction (a test id): sentences, and the phrases Q102 reports in them as the file is written ([]: none)
CONSTRUCTIONS: dict[str, list[tuple[str, list[str]]]] = {
    "reports nobody made, as a source in a phrase": [
        ("Per reports, the sources said he died a year ago.", ["Per reports"]),
        ("The outbreak had, by reports, infected 4,200 people.", ["by reports"]),
        ("He was, by all reports, a gifted man.", ["by all reports"]),
        ("The story was in the news in July based on unconfirmed reports.", ["based on unconfirmed reports"]),
        ("The estimate is based on reports.", ["based on reports"]),
        ("The ruling was based on reports from the police.", []),
        ("This account is based on reports and experiences of a VOA correspondent.", []),
        ("The price per report is high.", []),
        ("Officials were hit by reports of fraud.", []),
    ],
    "outlets nobody names, and reports citing sources nobody names": [
        ("On July 31, multiple news outlets reported him dead.", ["multiple news outlets reported"]),
        ("Several news organizations reported him dead.", ["Several news organizations reported"]),
        ("Biden was projected by multiple media outlets to have won.", ["projected by multiple media outlets"]),
        (
            "Reports citing sources within the party have indicated he was asked to leave.",
            ["Reports citing sources within the party have indicated"],
        ),
        ("Reports citing unnamed officials said prices rose.", ["Reports citing unnamed officials said"]),
        ("Reports citing the ministry said prices rose.", []),
        ("Several news outlets turned their headlines to the library.", []),
        ("Several media outlets, including SyriaUntold, launched a campaign.", []),
    ],
    "an adverb of later time between the crowd and its verb": [
        ("Saudi officials subsequently said output had been cut.", ["officials subsequently said"]),
        ("Critics later argued that the plan failed.", ["Critics later argued"]),
        ("Officials separately said the talks would resume.", ["Officials separately said"]),
        # no crowd says it; since stop 42 the raising participle after its noun is read: said by no one named
        ("The pieces later said to be fakes were sold.", ["said to be"]),
    ],
    "a place named after 'like' in the clause is no member of the crowd": [
        (
            "Experts say demand is rising in large developing countries like China and India.",
            ["Experts say"],
        ),
        ("Critics, including Senator Smith, say the plan fails.", []),
        ("Officials like Ana Ruiz say the plan fails.", []),
        ("Groups such as the Red Cross warn that aid is short.", []),
        ("Many critics say the plan fails, including Senator Smith.", []),
    ],
    "initials written with points are a body's name, and end no clause": [
        ("W.H.O. officials say leaders need to invest more.", []),
        ("U.N. officials say the talks failed.", []),
        ("U.S. officials say the talks failed.", ["officials say"]),
        (
            "Officials at the U.S. central bank have said prices will rise.",
            ["Officials at the U.S. central bank have said"],
        ),
        ("He left the U.S. Officials say he fled.", ["Officials say"]),
    ],
    "'here' or 'there' before the crowd's place": [
        ("Energy analysts here in Houston do not expect price hikes.", ["analysts here in Houston do not expect"]),
        ("Officials there in Kabul say the talks failed.", ["Officials there in Kabul say"]),
    ],
    "a field's noun opening the sentence: aid and relief": [
        ("Aid officials worry about the refugees.", ["officials worry"]),
        ("Relief officials say the camps are full.", ["officials say"]),
        ("Oxfam officials say the camps are full.", []),
    ],
    "concerns held nobody knows where, which grow": [
        (
            "As prices fluctuate, concerns across the agricultural industry have heightened.",
            ["concerns across the agricultural industry have heightened"],
        ),
        ("Concerns have grown that the plan will fail.", ["Concerns have grown"]),
        ("Claims rose by a third.", []),
    ],
    "a view in a general condition, in the present": [
        ("Officers must check status when there is reasonable suspicion that a person is here illegally.", []),
        ("If there are fears that the dam may burst, the town is evacuated.", []),
        ("In 2010, when there were fears that the dam would burst, people left.", ["there were fears that"]),
        ("There is a widespread sense that the plan failed.", ["There is a widespread sense that"]),
    ],
    "another name in parentheses": [
        ("Habitual offender laws (commonly referred to as three-strikes laws) are statutes.", []),
        ("Often referred to as the father of economics, Smith wrote much.", ["Often referred to as"]),
    ],
    "research a body's initials paid for is that body's": [
        ("AHRQ-funded research indicates that directives are underused.", []),
        ("Government-funded research indicates that directives are underused.", ["research indicates"]),
        ("Research indicates that directives are underused.", ["Research indicates"]),
    ],
    "other studies, as recent studies, name nobody": [
        ("Other studies have also found that patients received fewer procedures.", ["studies have also found"]),
        ("The other studies have found that patients received fewer procedures.", []),
    ],
    "a source note after the sentence, or a reference before the paragraph, gives the source": [
        ("Data show that the share rose to 43 percent in 2003. [Source: Agency for Healthcare Research.]", []),
        ("Data show that the share rose to 43 percent in 2003.", ["Data show"]),
        (
            'Anstrom, K.J., Kong, D.F., and others (2008, August). "Long-term outcomes following stenting." '
            "Archives of Internal Medicine 168(15), pp. 1647-1655.\n\n"
            "Patients have been shown to be less likely to need surgery.",
            [],
        ),
        ("Patients have been shown to be less likely to need surgery.", ["shown to"]),
    ],
    "a named institution's people, whatever place its name holds": [
        ("Researchers at Imperial College London estimate the toll may exceed 1000.", []),
        ("Officials at the London School of Economics say the plan fails.", []),
        ("Officials in London say the plan fails.", ["Officials in London say"]),
        ("Residents of New York City say the plan fails.", ["Residents of New York City say"]),
    ],
    "an adverb of office before a passive of describing": [
        ("His death was officially described as viral pneumonia.", []),
        ("The reform was described as a failure.", ["described as"]),
    ],
    "a headline's crowd that the lede names with its source": [
        (
            "COVID-19 may spread like flu, say scientists\n\nIn a report released in The New England Journal of "
            "Medicine, scientists reported that the virus spreads like flu.",
            ["scientists reported that"],
        ),
        (
            "Bill could hide public business, advocates warn\n\nFRANKFORT — Advocates for open government in "
            "Kentucky urged lawmakers to close loopholes.",
            ["advocates warn"],
        ),
        ("COVID-19 may spread like flu, say scientists\n\nThe virus has killed thousands.", ["say scientists"]),
    ],
    "a news agency's name is no crowd of persons": [
        ("Reuters estimated around 200 people attended.", []),
        ("Farmers estimated around 200 people attended.", ["Farmers estimated"]),
    ],
    "'most' before a participle with its agent is a degree": [
        ("The Internet is the tool most feared today by the elites.", []),
        ("Most feared the plan would fail.", ["Most feared"]),
    ],
    "a newspaper's name after 'according to' is no demonym's media": [
        ("According to Turkish Daily News, the lawyers said the video incites hate.", []),
        ("According to Turkish media reports, the video incites hate.", ["According to Turkish media reports"]),
    ],
    "officials who confirm": [
        ("Oil industry officials have confirmed the attack.", ["officials have confirmed"]),
        ("Chinese officials confirmed it has infected over 200 people.", ["officials confirmed"]),
        ("Police confirmed the attack.", []),
        ("Tests confirmed the diagnosis.", []),
    ],
    "'several' or 'a few' people with the verbs of speech and stance": [
        ("Several commenters questioned the need for the rule.", ["Several commenters questioned"]),
        ("Several commenters, however, state that the rule is costly.", ["Several commenters, however, state that"]),
        ("A few certificate holders state that the rule is costly.", ["A few certificate holders state that"]),
        ("Several officials questioned the need.", []),
        ("A few states expect growth.", []),
    ],
    "the press as a passive's agent": [
        ("The vote was described by the media as a farce.", ["by the media"]),
        ("The vote was covered by the media in depth.", []),
    ],
    "a passive of claiming before 'to'": [
        ("The election was claimed to be marred by fraud.", ["claimed to be"]),
        ("He claimed to be a doctor.", []),
        ("The prize was claimed by a farmer.", []),
    ],
    "a claim weighed by a verb, whose owner nobody names": [
        ("Wilson went to Niger to investigate claims that Iraq had bought uranium.", ["claims that"]),
        ("The minister denied his claims that he took bribes.", []),
        ("The court dismissed claims that were filed late.", []),
    ],
    "a thing given as an example names no member of the crowd": [
        (
            "Some commenters believed that more data is needed, such as a State-by-State review.",
            ["Some commenters believed"],
        ),
        ("Critics, including a Senator Smith aide, say the plan fails.", []),
    ],
    "'several' people who are concerned": [
        (
            "Several commenters were concerned that the rule would hurt small States.",
            ["Several commenters were concerned"],
        ),
        ("Several officials were concerned about the cost.", []),
    ],
    "a count in words counts the crowd; 'a couple of' counts two": [
        ("More than one hundred governments agreed on the findings.", []),
        ("A dozen analysts said the plan fails.", []),
        ("A couple of comments suggested that the rule is unclear.", []),
        ("A number of comments suggested that the rule is unclear.", ["A number of comments suggested"]),
    ],
    "an announcement or a confirmation in the impersonal passive makes an act public": [
        ("In July 2019, it was announced that Facebook was to be fined.", []),
        ("It was confirmed that the attack happened.", []),
        ("It was claimed that the attack happened.", ["It was claimed"]),
    ],
    "what a named outlet reports with 'that' is its claim": [
        ("On the same day, CNN reported that he had admitted faking his findings after questions had emerged.", []),
    ],
    "the media's report is its claim, not its coverage": [
        ("State media reported the cockpit voice recorder was recovered.", ["media reported"]),
        ("Local media reported most of the deceased suffocated.", ["media reported"]),
        ("The media reported on the case for weeks.", []),
        ("The press reported it widely.", []),
    ],
    "those whose work is to report, reporting": [
        ("NGOs reported security forces beat detainees.", ["NGOs reported"]),
        ("Several NGOs reported that police beat detainees.", ["NGOs reported"]),
        ("Journalists reported a chilling effect.", ["Journalists reported"]),
        ("Participants reported feeling tired.", []),
        ("Several states reported increases.", []),
        ("The NGOs reported abuses.", []),
        ("Journalists reported to the police.", []),
    ],
    "'several' reports in the existential form; two are counted": [
        ("There were several reports that police beat detainees.", ["There were several reports"]),
        ("There were two reports that police beat detainees.", []),
    ],
    "'several other' things, and a verb that is also a noun": [
        ("It is currently petitioning in several other states.", []),
        ("Several other commenters said the rule is costly.", ["Several other commenters said"]),
    ],
    "one person's verb and medium": [
        ('Sanders said in his live stream, "I do not make this decision lightly."', []),
        ("Farmers said in their statement that the rains failed.", ["Farmers said"]),
    ],
    "an active verb's object is no passive's agent": [
        ("NGO reports described the use of torture by authorities in several facilities.", []),
        ("The plan was described as a failure by critics.", ["described as", "by critics"]),
    ],
    "a participle of deciding with 'to be' after the crowd is a reduced passive": [
        ("The authorities restricted movement for any residents deemed to be under threat.", []),
        ("Officials believed to have fled were arrested.", ["Officials believed"]),
        ("Many residents claimed to have seen the attack.", ["Many residents claimed"]),
    ],
    "'maintain' with what is kept is an act": [
        ("Civilian authorities generally maintained effective control over the security forces.", []),
        ("Authorities at times did not maintain effective control over the security forces.", []),
        ("Critics maintain that the plan is flawed.", ["Critics maintain"]),
        ("Critics maintain the plan is flawed.", ["Critics maintain"]),
    ],
    "a passive of naming after a group names the group": [
        ("Offences committed in certain circumstances are called aggravated offences.", []),
        ("Many called him a hero.", ["Many called"]),
    ],
    "'Media' opening a sentence, reporting": [
        ("Media reported that soldiers shot two men.", ["Media reported that"]),
        ("But local media have lately reported that the army shelled the town.", ["media have lately reported that"]),
    ],
    "organizations that report": [
        (
            "Local nongovernmental organizations reported that police beat detainees.",
            ["nongovernmental organizations reported"],
        ),
        (
            # (stop 41) the quantifier opens the finding, now that events reported are what a crowd reports
            "Numerous nongovernmental organizations reported abuses.",
            ["Numerous nongovernmental organizations reported"],
        ),
    ],
    "a headline's scientists, whose research the lede names with its journal": [
        (
            "Wash your hands, say scientists\n\nIn findings published Tuesday in The Lancet Infectious Diseases, "
            "researchers in the United Kingdom established that poor hygiene spreads E. coli.",
            [],
        ),
    ],
    "a religion's adherents after a quantifier are a crowd; a party's members stay a body's": [
        ("Some Muslims have alleged discrimination.", ["Some Muslims have alleged"]),
        ("Some Democrats say the bill fails.", []),
    ],
    "commenters who commend": [
        ("Several commenters commended the agency.", ["Several commenters commended"]),
    ],
    "few reports are the writer's count, not hearsay": [
        ("There were very few reports of violence.", []),
        ("There were numerous reports of violence.", ["There were numerous reports"]),
    ],
    "a singular auxiliary before the verb: one body, no crowd": [
        ("OSHA continues to believe that the standard is needed.", []),
        ("Farmers continue to believe that the rains will come.", ["Farmers continue to believe"]),
    ],
    "an adjective of nationality's shape that ends a body's name is the name's": [
        ("Amnesty International officials said abuses occurred.", []),
        ("International observers said the vote was flawed.", ["observers said"]),
        ("Regional officials said the vote was flawed.", ["officials said"]),
    ],
}


@pytest.mark.parametrize(("body", "expected"), params(CONSTRUCTIONS))
def test_stop_38_construction(body: str, expected: list[str]) -> None:
    assert q102(body) == expected


def test_sets_96_to_135_after_their_constructions() -> None:
    """Sets 96-135 (Wikinews, Voice of America, Global Voices, Wikipedia, the Federal Register, the State Department's
    human rights, religious freedom and trafficking reports, seven federal agencies), labelled blind in eight batches:
    no false Q101 error when each passage is read after the one before it from its page (first sight: two, both the
    scorer's, a quote split from the paragraph that names its speaker); Q102 finds 347 of 557 with 42 false alarms
    (first sight: 288, with 86)."""
    tp, fp = q102_sums_read_in_page(96, 135)
    assert tp >= 359 and fp <= 42, (tp, fp)
