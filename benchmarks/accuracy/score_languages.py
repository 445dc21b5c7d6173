"""Score Q101 (unattributed quote) and Q102 (vague attribution) on the labelled Arabic and French passages.

Each passage of ``benchmarks/accuracy/<language>/passages.yaml`` becomes the body of a minimal
brief that declares the passage's language, and brieflint's own Q101 and Q102 run on it (the
same code as ``brieflint check``). A finding is matched to a label by overlapping its span:

* Q101: a true positive overlaps a quote labelled ``kind: quote`` and ``attributed: false``;
  every other Q101 finding is a false positive. Recall is over the quotes labelled unattributed
  (all of them, and those of more than ``min-words`` words, the ones the rule is meant to see).
* Q102: recall is over the labelled vague attributions; a finding that overlaps none is counted
  (an unlabelled one is a false alarm by the labels, since every vague phrase of a passage is
  labelled).

Each set has an in-sample part (``passages.yaml``: the grammar was written and tuned on it) and
may have a held-out part (``heldout*.yaml``, one file a round: passages added later and labelled
before any rule was run on them, each file scored once before the grammar changes after it). The
figures are reported for each part and for both together (``--part``; ``--part FILE.yaml`` scores
one file, one round's first run).

A passage marked ``derived: attribution removed`` is a real passage whose attribution clause was
deleted (nothing added), so that its quotes are unattributed: published text almost never leaves a
quote unattributed. Such passages are scored with the others unless ``--derived exclude`` leaves
them out (``--derived only`` scores them alone); figures are to be given with and without them.

``--markdown`` prints the rows of the table in docs/accuracy.md ("Arabic and French passages"): for
each set, its parts, the published passages alone and the derived ones alone, then all.

Usage: python benchmarks/accuracy/score_languages.py [--json | --markdown] [--part all|in-sample|held-out|FILE.yaml]
       [--derived include|exclude|only] [--min-words N] [arabic french]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGUAGE = {"arabic": "ar", "french": "fr"}
PARTS = ("in-sample", "held-out", "all")
FRONT = """---
title: Labelled passage {id} for the quote rules
type: brief-analysis
date: 2026-01-01
language: {lang}
authors:
  - name: Labelled Passages
    bio: Real published passages labelled by hand for brieflint's quote rules.
summary: A labelled passage from the accuracy benchmark, checked by brieflint's quote rules.
topics: [Energy]
regions: [Iraq]
---

"""


def _load(path: Path) -> list[dict[str, Any]]:
    from brieflint.document.yamldata import load_yaml

    return list(load_yaml(path.read_text(encoding="utf-8")).data)


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts[line - 1] + column - 1


NEAR = 120  # a Q102 finding this many characters before an unattributed quote flags it (as in evaluate.py)


def findings(
    passage: dict[str, Any], lang: str, options: dict[str, Any] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Q101 and Q102 spans (offsets in the passage text) for one passage (``options`` over the rules' defaults)."""
    from brieflint.checks.quotes.rules import unattributed_quote, vague_attribution
    from brieflint.document.brief import parse
    from brieflint.model import Context

    head = FRONT.format(id=passage["id"], lang=lang)
    doc = parse(f"{passage['id']}.md", head + passage["text"] + "\n", form="markdown")
    out: dict[str, list[tuple[int, int]]] = {}
    for rule in (unattributed_quote, vague_attribution):
        spans = []
        for p in rule.check(doc, Context(options={**rule.defaults(), **(options or {})})):
            a = _offset(doc.text, p.line, p.column) - len(head)
            b = _offset(doc.text, p.end_line or p.line, p.end_column or p.column + 1) - len(head)
            spans.append((a, max(b, a + 1)))
        out[rule.code] = spans
    return out


def _where(text: str, snippet: str) -> tuple[int, int]:
    at = text.find(snippet)
    if at == -1:
        raise ValueError(f"label {snippet!r} is not in its passage")
    return at, at + len(snippet)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def files_of(name: str, part: str = "all") -> list[Path]:
    """The files of one set's part: a part name, or one file's name."""
    held_out = sorted((HERE / name).glob("heldout*.yaml"))
    if part == "in-sample":
        return [HERE / name / "passages.yaml"]
    if part == "held-out":
        return held_out
    if part == "all":
        return [HERE / name / "passages.yaml", *held_out]
    return [HERE / name / part]


DERIVED = ("include", "exclude", "only")


def passages_of(name: str, part: str = "all", derived: str = "include") -> list[dict[str, Any]]:
    """The labelled passages of one set's part (a file that does not exist is empty), with, without or only
    the derived ones (``derived: attribution removed``)."""
    found = [p for file in files_of(name, part) if file.exists() for p in _load(file)]
    if derived == "include":
        return found
    return [p for p in found if bool(p.get("derived")) == (derived == "only")]


def score(
    name: str,
    min_words: int = 3,
    part: str = "all",
    options: dict[str, Any] | None = None,
    derived: str = "include",
) -> dict[str, Any]:
    from brieflint.document import prose
    from brieflint.document.language.normalize import fold_text

    lang = LANGUAGE[name]
    passages = passages_of(name, part, derived)
    q = {
        "tp": 0,
        "fp": 0,
        "positives": 0,
        "positives_long": 0,
        "found_long": 0,
        "found": 0,
        "flagged_long": 0,
        "quotes": 0,
        "on_attributed": 0,
    }
    v = {"labelled": 0, "found": 0, "unlabelled_findings": 0}
    misses: list[str] = []
    for passage in passages:
        text = passage["text"]
        got = findings(passage, lang, options)
        unattributed = []
        for label in passage.get("quotes") or ():
            if label.get("kind", "quote") != "quote":
                continue
            q["quotes"] += 1
            if label.get("attributed"):
                q["on_attributed"] += _overlaps(_where(text, label["text"]), got["Q101"])
                continue
            span = _where(text, label["text"])
            unattributed.append(span)
            long = len(prose.words(fold_text(label["text"]))) > min_words
            q["positives"] += 1
            q["positives_long"] += long
            hit = _overlaps(span, got["Q101"])
            q["found"] += hit
            q["found_long"] += hit and long
            # flagged by either rule, as tests/quotes_eval/evaluate.py counts it: Q101 on the quote, or Q102 on its only
            # (vague) source just before it (annotation rule 10's "attributed only vaguely")
            q["flagged_long"] += long and (hit or any(span[0] - NEAR <= a < span[1] for a, _ in got["Q102"]))
            if not hit:
                misses.append(f"{passage['id']} Q101 missed: {label['text'][:60]}")
        for span in got["Q101"]:
            if _overlaps(span, unattributed):
                q["tp"] += 1
            else:
                q["fp"] += 1
                misses.append(f"{passage['id']} Q101 false alarm: {text[span[0] : span[1]][:60]}")
        vague_spans = [_where(text, label["text"]) for label in passage.get("vague") or ()]
        v["labelled"] += len(vague_spans)
        for span in vague_spans:
            if _overlaps(span, got["Q102"]):
                v["found"] += 1
            else:
                misses.append(f"{passage['id']} Q102 missed: {text[span[0] : span[1]][:60]}")
        for span in got["Q102"]:
            if not _overlaps(span, vague_spans):
                v["unlabelled_findings"] += 1
                misses.append(f"{passage['id']} Q102 unlabelled: {text[span[0] : span[1]][:60]}")
    fired = q["tp"] + q["fp"]
    return {
        "language": lang,
        "part": part,
        "derived": derived,
        "passages": len(passages),
        "words": sum(len(prose.words(fold_text(p["text"]))) for p in passages),
        "direct_quotes": q["quotes"],
        "unattributed": q["positives"],
        "unattributed_over_min_words": q["positives_long"],
        "q101_fired": fired,
        "q101_true_positive": q["tp"],
        "q101_false_positive": q["fp"],
        "q101_on_attributed_quotes": q["on_attributed"],
        "q101_precision": round(q["tp"] / fired, 2) if fired else None,
        "q101_recall": round(q["found"] / q["positives"], 2) if q["positives"] else None,
        "q101_recall_over_min_words": round(q["found_long"] / q["positives_long"], 2) if q["positives_long"] else None,
        "flagged_by_either_over_min_words": (
            round(q["flagged_long"] / q["positives_long"], 2) if q["positives_long"] else None
        ),
        "vague_labelled": v["labelled"],
        "q102_recall": round(v["found"] / v["labelled"], 2) if v["labelled"] else None,
        "q102_found": v["found"],
        "q102_unlabelled_findings": v["unlabelled_findings"],
        "notes": misses,
    }


NAMES = {"ar": "Arabic", "fr": "French"}
HEAD = (
    "| set | passages | words | direct quotes labelled | unattributed (over min-words) | Q101 fired |"
    " Q101 precision | Q101 recall (over min-words) | vague labelled | Q102 recall | Q102 false alarms |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|"
)


def _ratio(value: float | None, num: int, den: int) -> str:
    return "–" if value is None else f"{value:.2f} ({num}/{den})"


def markdown_row(r: dict[str, Any]) -> str:
    """One row of the docs' table for one scored part."""
    part = {"in-sample": "in-sample", "held-out": "held-out", "all": "all parts"}.get(r["part"], r["part"])
    which = {"include": "", "exclude": ", published passages only", "only": ", derived passages only"}[r["derived"]]
    fired, tp = r["q101_fired"], r["q101_true_positive"]
    found_long = round((r["q101_recall_over_min_words"] or 0) * r["unattributed_over_min_words"])
    recall = _ratio(r["q101_recall"], round((r["q101_recall"] or 0) * r["unattributed"]), r["unattributed"])
    long = _ratio(r["q101_recall_over_min_words"], found_long, r["unattributed_over_min_words"])
    cells = [
        f"{NAMES[r['language']]}, {part}{which}",
        str(r["passages"]),
        f"{r['words']:,}",
        str(r["direct_quotes"]),
        f"{r['unattributed']} ({r['unattributed_over_min_words']})",
        str(fired),
        _ratio(r["q101_precision"], tp, fired),
        f"{recall}; {long}",
        str(r["vague_labelled"]),
        _ratio(r["q102_recall"], r["q102_found"], r["vague_labelled"]),
        str(r["q102_unlabelled_findings"]),
    ]
    return "| " + " | ".join(cells) + " |"


def _table(sets: list[str], options: dict[str, Any]) -> str:
    rows = []
    for name in sets:
        plan = [(part, "include") for part in ("in-sample", "held-out")]
        if passages_of(name, "all", "only"):
            plan += [("all", "exclude"), ("all", "only")]
        if passages_of(name, "held-out"):
            plan.append(("all", "include"))
        for part, derived in plan:
            if passages_of(name, part, derived):
                rows.append(markdown_row(score(name, part=part, options=options, derived=derived)))
    return "\n".join([HEAD, *rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help="arabic, french (default: both)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="the rows of the table in docs/accuracy.md")
    parser.add_argument("--part", help="in-sample, held-out, all, or one file (default: each part, then all)")
    parser.add_argument("--min-words", type=int, help="Q101's min-words option for this run (default: the rule's)")
    parser.add_argument(
        "--derived",
        choices=DERIVED,
        default="include",
        help="passages with their attribution removed (default: include)",
    )
    args = parser.parse_args(argv)
    options = {} if args.min_words is None else {"min-words": args.min_words}
    if args.markdown:
        print(_table(args.sets or sorted(LANGUAGE), options))
        return 0
    results = [
        score(name, part=part, options=options, derived=args.derived)
        for name in args.sets or sorted(LANGUAGE)
        for part in ([args.part] if args.part else PARTS)
        if passages_of(name, part, args.derived)
    ]
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for r in results:
        derived = "" if r["derived"] == "include" else f", derived passages: {r['derived']}"
        print(
            f"== {r['language']} ({r['part']}{derived}): {r['passages']} passages,"
            f" {r['direct_quotes']} direct quotes labelled"
        )
        for key, value in r.items():
            if key not in ("language", "part", "derived", "words", "notes"):
                print(f"  {key}: {value}")
        for note in r["notes"]:
            print(f"  - {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
