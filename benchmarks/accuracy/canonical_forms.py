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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
