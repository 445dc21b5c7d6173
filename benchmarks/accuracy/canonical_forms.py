#!/usr/bin/env python3
"""Q102 on the forms issue 19 names, in every position: which of them the rule reports.

    python benchmarks/accuracy/canonical_forms.py [--misses]

The issue lists indefinite and collective subjects ("some", "others", "many", "critics", "observers",
"people familiar with the talks", "a number of officials") with speech, belief and blame verbs ("say",
"claim", "blame", "suspect", "feel", "believe"), "wherever they stand in the sentence", and existential and
impersonal forms. This crosses 22 such subjects with 16 verbs in six positions (opening the sentence, in the
past, as an aside, closing it, after an introductory phrase, with an auxiliary and an adverb), adds blame and 24
existential and impersonal forms, and prints how many the rule reports and which it leaves. These are written
sentences, a check of coverage, not a measure of accuracy on real prose (docs/accuracy.md has those).

A second table holds 100 sentences of the unsupported attributions that Wikipedia's Manual of Style (MOS:WEASEL,
"Unsupported attributions": "Some people say", "Many scholars state", "Most feel", "Experts declare", "Science says",
"It has been mentioned") and journalism style guides name, on one invented topic: the forms as the guides give them,
none taken from the labelled sets. Seven are left by decision (STYLE_GUIDE_LEFT, each with its reason).
"""

from __future__ import annotations

import argparse
import itertools

from brieflint.checks.quotes.common import FRONT
from brieflint.testing import lint

SUBJECTS = (
    "some|others|many|critics|observers|people familiar with the talks|a number of officials|some analysts|"
    "many experts|several diplomats|sources close to the ministry|western officials|some economists|most observers|"
    "a few lawmakers|skeptics|opponents of the plan|local residents|human rights groups|industry insiders|"
    "senior officials|many Iraqis"
).split("|")
PRESENT = "say claim suspect feel believe argue contend fear warn insist worry maintain think allege suggest note"
PAST = "said claimed suspected felt believed argued contended feared warned insisted worried maintained thought alleged"
PAST += " suggested noted"
TEMPLATES = (
    ("{S} {V} that the ceasefire will not hold through the winter.", PRESENT),
    ("{S} {V} that the ceasefire would not hold through the winter.", PAST),
    ("The ceasefire, {s} {V}, will not hold through the winter.", PRESENT),
    ("The ceasefire will not hold through the winter, {s} {V}.", PRESENT),
    ("In Baghdad, {s} {V} that the ceasefire will not hold.", PRESENT),
    ("{S} have long {V} that the ceasefire will not hold.", PAST),
)
BLAME = ("{S} blame the ministry for the shortages.", "{S} blamed the ministry for the shortages.")
IMPERSONAL = (
    "It is widely believed that|There is a widespread sense that|There are indications that|It has been reported that|"
    "It is said that|It is thought that|It has been suggested that|It is rumoured that|There are fears that|"
    "There is speculation that|There have been reports that|There is growing concern that|It is generally accepted that|"
    "It is often argued that|Reports suggest that|Some reports say"
).split("|")
IMPERSONAL_WHOLE = (
    "According to some, the ceasefire will not hold.",
    "According to critics, the ceasefire will not hold.",
    "According to people familiar with the talks, the ceasefire will not hold.",
    "The ceasefire is widely seen as fragile.",
    "The ceasefire is widely expected to collapse.",
    "The deal has been criticised as one-sided.",
    "The deal is said to be one-sided.",
    "The minister is believed to have resigned.",
)

STYLE_GUIDE = (
    "Some people say the reform failed.",
    "Many scholars state that the reform failed.",
    "It is believed that the reform failed.",
    "The reform is regarded as a failure.",
    "Many are of the opinion that the reform failed.",
    "Most feel the reform failed.",
    "Experts declare the reform a failure.",
    "It is often reported that the reform failed.",
    "It is widely thought that the reform failed.",
    "Research has shown that the reform failed.",
    "Science says the reform failed.",
    "It is often said that the reform failed.",
    "Critics claim the reform failed.",
    "It has been mentioned that the reform failed.",
    "Some argue that the reform failed.",
    "Observers have noted that the reform failed.",
    "It is claimed that the reform failed.",
    "The reform reportedly failed.",
    "The reform allegedly failed.",
    "The reform is widely considered a failure.",
    "The reform has been described as a failure.",
    "The reform has been called a failure.",
    "The reform has been criticized for its cost.",
    "The reform has come under fire for its cost.",
    "The reform has drawn criticism for its cost.",
    "The reform drew widespread criticism.",
    "Concerns have been raised about the reform.",
    "Questions have been raised about the reform.",
    "There has been criticism of the reform.",
    "There is a growing consensus that the reform failed.",
    "The consensus is that the reform failed.",
    "Conventional wisdom holds that the reform failed.",
    "The prevailing view is that the reform failed.",
    "By some accounts, the reform failed.",
    "By most accounts, the reform failed.",
    "Sources say the reform failed.",
    "People close to the minister said the reform failed.",
    "Insiders say the reform failed.",
    "Analysts say the reform failed.",
    "Those familiar with the matter said the reform failed.",
    "Some have suggested that the reform failed.",
    "Others have described the reform as a failure.",
    "The reform is seen by many as a failure.",
    "Many point out that the reform failed.",
    "A growing number of economists say the reform failed.",
    "Some fear the reform will fail.",
    "The reform is widely expected to fail.",
    "The reform is thought to have failed.",
    "The reform is said to have failed.",
    "The reform is rumoured to have failed.",
    "The reform is reported to have failed.",
    "The reform is alleged to have failed.",
    "Word is that the reform failed.",
    "Rumours suggest the reform failed.",
    "Reports indicate that the reform failed.",
    "Studies suggest that the reform failed.",
    "Evidence suggests that the reform failed.",
    "Polls show the reform is unpopular.",
    "The reform is unpopular, observers say.",
    "The reform, critics charge, was a failure.",
    "Skeptics question whether the reform will work.",
    "Detractors dismiss the reform as cosmetic.",
    "Supporters hail the reform as a success.",
    "Proponents tout the reform as a success.",
    "Advocates praise the reform.",
    "The reform has been widely praised.",
    "The reform has been hailed as a success.",
    "The reform was widely panned.",
    "Many have questioned the reform.",
    "Some have blamed the reform for rising prices.",
    "Economists warn the reform will fail.",
    "Some commentators accuse the minister of lying.",
    "Critics accuse the minister of lying.",
    "Many accuse the minister of lying.",
    "The minister has been accused of lying.",
    "The minister is accused of lying.",
    "There are claims that the minister lied.",
    "There have been allegations that the minister lied.",
    "Allegations have surfaced that the minister lied.",
    "Speculation is mounting that the minister will resign.",
    "Rumours are swirling that the minister will resign.",
    "Some worry the reform will fail.",
    "Many wonder whether the reform will work.",
    "Some contend the reform failed.",
    "Many now acknowledge the reform failed.",
    "Others counter that the reform succeeded.",
    "The move was seen as a snub.",
    "The move was interpreted as a snub.",
    "The move was widely viewed as a snub.",
    "The reform is blamed for rising prices.",
    "The reform is widely blamed for rising prices.",
    "The reform is credited with lowering prices.",
    "The reform is often credited with lowering prices.",
)
STYLE_GUIDE_LEFT = {
    "A source close to the minister said the reform failed.": "one source, however anonymous: a specific speaker (the guide's 'a Senate aide')",
    "The reform is often associated with rising prices.": "an association the author states, held by no one",
    "The decision is expected to anger farmers.": "the author's own forecast",
    "Few doubt the reform will fail.": "how rare a view is, the author's own claim (set passages: 'Few expected …' labelled not vague)",
    "The reform has been linked to rising prices.": "an association the author states, held by no one",
    "Rising prices are attributed to the reform.": "'attributed to' names a source as often as a cause ('remarks attributed to the minister')",
    "Rising prices have been attributed to the reform.": "'attributed to' names a source as often as a cause ('remarks attributed to the minister')",
}


def sentences() -> list[str]:
    out = []
    for (template, verbs), subject in itertools.product(TEMPLATES, SUBJECTS):
        cap = subject[0].upper() + subject[1:]
        out += [template.format(S=cap, s=subject, V=v) for v in verbs.split()]
    out += [t.format(S=s[0].upper() + s[1:]) for t, s in itertools.product(BLAME, SUBJECTS)]
    out += [f"{form} the ceasefire will not hold." for form in IMPERSONAL]
    return out + list(IMPERSONAL_WHOLE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list every sentence the rule leaves")
    args = ap.parse_args(argv)
    todo = sentences()
    missed = [s for s in todo if not lint(f"{FRONT}\n{s}\n", select=["Q102"])]
    print(f"Q102 reports {len(todo) - len(missed)} of {len(todo)} sentences of the forms issue 19 names.")
    for s in missed if args.misses else ():
        print("  left:", s)
    guide = [*STYLE_GUIDE, *STYLE_GUIDE_LEFT]
    found = {s for s in guide if lint(f"{FRONT}\n{s}\n", select=["Q102"])}
    print(
        f"Q102 reports {len(found)} of {len(guide)} sentences of the style guides' forms "
        f"({sum(s in found for s in STYLE_GUIDE)} of the {len(STYLE_GUIDE)} vague by the guide; "
        f"{sum(s in found for s in STYLE_GUIDE_LEFT)} of the {len(STYLE_GUIDE_LEFT)} left by decision)."
    )
    for s in guide if args.misses else ():
        if s in STYLE_GUIDE and s not in found:
            print("  missed:", s)
        elif s in STYLE_GUIDE_LEFT:
            print(f"  left by decision ({'reported' if s in found else 'not reported'}): {s} ({STYLE_GUIDE_LEFT[s]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
