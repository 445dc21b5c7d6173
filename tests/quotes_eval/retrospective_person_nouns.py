#!/usr/bin/env python3
"""What the lexicon of person nouns (``rules/person_nouns.txt``) would have done on first sight: each held-out
set scored by the rules exactly as they were at its first run (the tree of that commit, read with ``git
archive``), unchanged and then with one change at a time, so that nothing learnt since counts.

    python tests/quotes_eval/retrospective_person_nouns.py [--set heldout5 ...]

The changes, each tried alone:

- ``groups``: the closed list of groups (``GROUPS`` in ``vague_patterns.py``: "officials", "residents",
  "allies" …, read bare, after "say", after "by") extended by the plural of every lemma of the lexicon;
- ``bare``: the bare-subject reading's test of a noun of people (``bare_subject._person_noun``) accepting a
  plural of the lexicon, as this change ships it (the reading exists from set 11's first run on).

For each set and variant: Q102 found / labelled, and the findings no label has (false alarms). Then, with the
rules as they are now, whether the lexicon could stand in for the list of groups: the bare-subject reading alone
deciding every bare plural (no head left to the listed groups) on every labelled set, with and without the lexicon.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = (  # each set and the commit of its first run (docs/accuracy.md)
    ("heldout5", "c37f197"),
    ("heldout6", "86b22f5"),
    ("heldout7", "de3445b"),
    ("heldout8", "3d30ae6"),
    ("heldout9", "bd1cff0"),
    ("heldout10", "cf9a701"),
    ("heldout11", "3e78c75"),
)
_Q102 = re.compile(r"Q102\s+vague\s+precision \S+\s+recall \S+\s+\(tp (\d+), fp (\d+), fn (\d+)\)")


def plural(lemma: str) -> str:
    """The regular plural of ``lemma`` (and the -man compounds' and a few irregular ones)."""
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("man") and len(lemma) > 4:
        return lemma[:-3] + "men"
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


def lexicon() -> list[str]:
    text = (ROOT / "rules" / "person_nouns.txt").read_text(encoding="utf-8")
    return [w for w in text.splitlines() if w and not w.startswith("#")]


def tree(commit: str, into: Path) -> None:
    """The commit's src, rules, schemas and tests/quotes_eval under ``into``, importable from ``into/src``."""
    blob = subprocess.run(
        ["git", "archive", commit, "src", "rules", "schemas", "tests/quotes_eval"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    # the installed layout: brieflint.rules and brieflint.schemas are the top-level folders
    (into / "src" / "brieflint" / "rules").symlink_to(into / "rules")
    (into / "src" / "brieflint" / "schemas").symlink_to(into / "schemas")
    # the lexicon as this change ships it, in every old tree
    (into / "rules" / "person_nouns.txt").write_bytes((ROOT / "rules" / "person_nouns.txt").read_bytes())
    (into / "src" / "brieflint" / "checks" / "quotes" / "person_nouns.py").write_bytes(
        (ROOT / "src" / "brieflint" / "checks" / "quotes" / "person_nouns.py").read_bytes()
    )


def patch_groups(into: Path, words: list[str]) -> None:
    path = into / "src" / "brieflint" / "checks" / "quotes" / "vague_patterns.py"
    src = path.read_text(encoding="utf-8")
    anchor = 'GROUP_ALT = _GROUP_ALT = GROUPS.replace(" ", "|")'
    assert anchor in src, "no GROUPS alternation at this commit"
    extra = " ".join(sorted({plural(w) for w in words}))
    path.write_text(src.replace(anchor, f"GROUPS = GROUPS + {extra!r}\n" + anchor, 1), encoding="utf-8")


def patch_bare(into: Path) -> bool:
    path = into / "src" / "brieflint" / "checks" / "quotes" / "bare_subject.py"
    if not path.exists():
        return False
    src = path.read_text(encoding="utf-8")
    old = 'or w.endswith("men"))'
    assert old in src, "no person-noun test to extend at this commit"
    src = src.replace(old, 'or w.endswith("men") or is_person_plural(w))', 1)
    src = src.replace(
        "from brieflint.lazyre import lazy\n",
        "from brieflint.lazyre import lazy\nfrom brieflint.checks.quotes.person_nouns import is_person_plural\n",
        1,
    )
    path.write_text(src, encoding="utf-8")
    return True


def score(into: Path, name: str) -> tuple[int, int, int, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(into / "src")}
    out = subprocess.run(
        [sys.executable, str(into / "tests" / "quotes_eval" / "evaluate.py"), "--set", name, "-v"],
        cwd=into,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m = _Q102.search(out)
    assert m, out[-2000:]
    tp, fp, fn = (int(g) for g in m.groups())
    section = out[m.end() :].split("\n  Q10", 1)[0]  # the verbose lines under Q102's figures
    extra = [ln.strip()[:140] for ln in section.splitlines() if ln.strip().startswith("FP ")]
    return tp, fp, fn, extra


def without_the_list() -> None:
    from ruamel.yaml import YAML

    from brieflint.checks.quotes import bare_subject, person_nouns

    sets = ["passages", "heldout", *(f"heldout{i}" for i in range(2, 12))]
    passages = [
        (name, str(item["text"]), item.get("vague") or [])
        for name in sets
        for item in YAML(typ="safe").load((ROOT / "tests" / "quotes_eval" / f"{name}.yaml").read_text("utf-8"))
    ]
    lexicon_test = person_nouns.is_person_plural
    for label, test in (("by its ending alone", lambda word: False), ("by its ending or the lexicon", lexicon_test)):
        person_nouns.is_person_plural = test
        on = off = 0
        unlabelled = []
        for name, text, vague in passages:
            spans = [(text.find(v), text.find(v) + len(v)) for v in vague]
            for m in re.finditer(r"[a-z]+", text.lower()):
                if m.group() in bare_subject.TRIGGERS:
                    got = bare_subject.crowd_span(text, m.start(), m.group(), frozenset())
                    if got and any(a < got[1] and got[0] < b for a, b in spans):
                        on += 1
                    elif got:
                        off += 1
                        unlabelled.append(f"{name}: {text[got[0] : got[1]]!r}")
        print(f"no list of groups, the noun of people {label}: {on} on labelled phrases, {off} elsewhere {unlabelled}")
    person_nouns.is_person_plural = lexicon_test


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--set", nargs="*", default=[n for n, _ in RUNS])
    args = ap.parse_args(argv)
    words = lexicon()
    print(f"lexicon: {len(words)} lemmas")
    print("| set | first-run commit | as it was: found / labelled (false alarms) | groups + lexicon | bare + lexicon |")
    print("|---|---|---|---|---|")
    for name, commit in RUNS:
        if name not in args.set:
            continue
        cells = []
        notes = []
        for variant in ("none", "groups", "bare"):
            with tempfile.TemporaryDirectory(prefix="pn-retro-") as tmp:
                into = Path(tmp)
                tree(commit, into)
                if variant == "groups":
                    patch_groups(into, words)
                if variant == "bare" and not patch_bare(into):
                    cells.append("(no reading)")
                    continue
                tp, fp, fn, extra = score(into, name)
                cells.append(f"{tp} / {tp + fn} ({fp})")
                notes += [f"  {variant}: {x}" for x in extra]
        print(f"| {name} | {commit} | " + " | ".join(cells) + " |")
        for n in sorted(set(notes)):
            print(n)
    without_the_list()
    return 0


if __name__ == "__main__":
    sys.exit(main())
