#!/usr/bin/env python3
"""Which first-run misses of held-out sets 5 to 10 the constructions added after set 10 would have caught on
first sight, each tried alone with the vocabulary of groups and verbs the rules had at that set's first run
(``vague_patterns.py`` at the commit of the run, read with git).

    python tests/quotes_eval/retrospective.py
"""

import re
import subprocess
from pathlib import Path

from ruamel.yaml import YAML

from brieflint.checks.quotes import bare_subject as bs
from brieflint.checks.quotes import vague_patterns as vp
from brieflint.checks.quotes.lexicon import inflect

RUNS = (  # each set and the commit of its first run
    ("heldout5", "c37f197"),
    ("heldout6", "86b22f5"),
    ("heldout7", "de3445b"),
    ("heldout8", "3d30ae6"),
    ("heldout9", "bd1cff0"),
    ("heldout10", "cf9a701"),
)
# the first-run misses, as the headers and docs/accuracy.md list them (label snippets)
FIRST = {
    "heldout5": [
        "Journalists who",
        "Residents have been complaining",
        "allegations of forced labor",
        "Standard fare",
        "Recent studies show",
        "commonly held belief",
    ],
    "heldout6": ["expectations of many"],
    "heldout7": ["Other Democrats worried", "many state leaders", "speculation builds"],
    "heldout8": [
        "Conservative lawmakers have long argued",
        "discontent among those",
        "left wondering",
        "allies in the alternative medicine world",
        "proponents say",
        "critics say",
        "have hounded",
        "sources told ProPublica",
        "concern among some",
        "Blockchain advocates argue",
    ],
    "heldout9": [
        "parents and families say",
        "parents across the city echoed",
        "according to 2020 data",
        "Democrats believe",
        "some intellectuals",
    ],
    "heldout10": [
        "proponents of the measure assured",
        "Many understand",
        "foes call it",
        "say legislators who",
        "so have concerns",
        "decades of research suggesting",
        "The locals are worried",
    ],
}

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent


def old_vocab(commit):
    src = subprocess.run(
        ["git", "show", f"{commit}:src/brieflint/checks/quotes/vague_patterns.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    groups = re.search(r'GROUPS = \(\n((?:\s+".*"\n)+)\)', src).group(1)
    groups = " ".join(re.findall(r'"([^"]*)"', groups)).split()
    nouns = re.search(r'_NOUNS = \(\n((?:\s+r".*"\n)+)\)', src).group(1)
    nouns = " ".join(re.findall(r'r"([^"]*)"', nouns)).replace("\\s+", " ").replace("|", " ").split()
    lem = re.search(r'_VERB_LEMMAS = \(\n((?:\s+".*"\n)+)\)', src).group(1)
    lem = set(" ".join(re.findall(r'"([^"]*)"', lem)).split())
    if "call(?:ed|ing)" in src:
        lem.add("call")
    if "told" in src:
        lem.add("tell")
    return frozenset(groups) | frozenset(nouns) | {"sources", "reports"}, lem


def labelled(name):
    data = YAML(typ="safe").load((HERE / f"{name}.yaml").open(encoding="utf-8"))
    out = {}
    for item in data:
        for lab in item.get("vague") or []:
            out[lab] = str(item["text"])
    return out


new_lemmas = set(vp._CLASS_LEMMAS.split())
for name, commit in RUNS:
    listed, lemmas = old_vocab(commit)
    labels = labelled(name)
    for snippet in FIRST[name]:
        lab = next((x for x in labels if snippet.lower() in x.lower()), None)
        if lab is None:
            print(name, "NOT FOUND", snippet)
            continue
        text = labels[lab]
        a = text.find(lab)
        b = a + len(lab)
        hits = []
        # 1. the bare-subject reading, with the heads listed at the first run, and the verbs of its classes that
        # were either in the first run's list or come with this change's classes
        allowed = {w for lem in (lemmas | new_lemmas) for w in inflect(lem)} | {"said", "thought", "felt", "understood"}
        low = text.lower()
        for m in re.finditer(r"[a-z]+", low):
            w = m.group()
            if w in bs.TRIGGERS and w in allowed:
                got = bs.crowd_span(text, m.start(), w, listed)
                if got and got[0] < b and a < got[1]:
                    hits.append("bare plural subject")
        # 2. the verbs' classes taken whole: the label's verb is of this change's classes, not of the first run's list
        forms = {w for lem in new_lemmas - lemmas for w in inflect(lem)}
        if any(w in forms for w in re.findall(r"[a-z]+", lab.lower())):
            hits.append("verb classes")
        # 3. the inverted verb with a relative clause
        if re.search(
            r",\s+(?:say|said|warn|argue|claim)\w*\s+(?:\w+\s+){0,3}?\w+\s+who\s+[^.;:!?,]{1,80}?[.;:!?]",
            text[max(0, a - 2) : b + 100],
        ):
            hits.append("inverted + relative clause")
        # 4. research as a participle's subject
        if re.search(
            r"\b(?:studies|research|surveys|polls)\s+(?:showing|suggesting|indicating|finding|pointing\s+to)\b",
            lab,
            re.I,
        ):
            hits.append("research participle")
        # 5. concerns rising with the verb elided
        if re.search(r"\bso\s+(?:have|has|did|are|were|do)\s+(?:concerns|doubts|questions|fears)", lab, re.I):
            hits.append("so have + opinion noun")
        print(f"{name:10} {lab[:48]!r:52} {', '.join(sorted(set(hits))) or '-'}")

print("\nthe bare-subject reading alone, with each set's first-run vocabulary, on every passage of the set:")
for name, commit in RUNS:
    listed, lemmas = old_vocab(commit)
    allowed = {w for lem in (lemmas | new_lemmas) for w in inflect(lem)} | {"said", "thought", "felt", "understood"}
    data = YAML(typ="safe").load((HERE / f"{name}.yaml").open(encoding="utf-8"))
    tp = fp = 0
    for item in data:
        text = str(item["text"])
        labs = [(text.find(x), text.find(x) + len(x)) for x in item.get("vague") or []]
        for m in re.finditer(r"[a-z]+", text.lower()):
            w = m.group()
            if w in bs.TRIGGERS and w in allowed:
                got = bs.crowd_span(text, m.start(), w, listed)
                if got:
                    if any(a < got[1] and got[0] < b for a, b in labs):
                        tp += 1
                    else:
                        fp += 1
                        print("   unlabelled:", name, repr(text[got[0] : got[1]]))
    print(f"  {name}: {tp} on labelled vague phrases, {fp} elsewhere")
