#!/usr/bin/env python3
"""Precision and recall of Q101 (unattributed quote) and Q102 (vague attribution) on the labelled passages.

    python tests/quotes_eval/evaluate.py [--verbose]
        [--set passages|heldout|heldout2|…|heldout22|wikiwho|all]   (every *.yaml of this folder is a set)

Each passage of ``passages.yaml`` becomes the body of a brief, which is parsed
and checked by the two rules exactly as the command line would (default
options). A finding counts as a true positive when its span overlaps a labelled
span of the same kind in the passage; a labelled span no finding overlaps is a
false negative.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from brieflint.checks.quotes import rules as quotes
from brieflint.document.brief import Document, parse
from brieflint.model import Context

HERE = Path(__file__).parent
FRONT = """---
title: An evaluation passage for the quote rules
type: brief-analysis
date: 2026-01-01
authors:
  - name: Eval Author
    bio: Eval Author is a fellow at the institute who writes test passages for linters.
summary: A passage from the labelled evaluation set for the quote and attribution rules.
topics: [U.S. Policy]
regions: [Iraq]
---

"""
KINDS = {"Q101": "unattributed", "Q102": "vague"}
# an unattributed quote is flagged either by Q101 (error: nobody at all) or, when its only
# attribution is vague ("critics argue that "…""), by Q102 on that attribution (warning)
FLAGGED = "Q101|Q102"
NEAR = 120  # a Q102 finding this many characters before an unattributed quote flags it


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_passages(path: Path = HERE / "passages.yaml") -> list[dict[str, object]]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _offset(doc: Document, line: int, col: int) -> int:
    return doc.index.offset(line, col)


def _page_before(passages: list[dict[str, object]], n: int) -> str:
    """The passage before passage ``n`` (1-based) when both come from the same page (the same ``source``), as the
    paragraph before it, so that a quotation split by its labeller from the words that introduce it is read as the
    page prints it; "" otherwise."""
    if n < 2:
        return ""
    here, before = passages[n - 1].get("source"), passages[n - 2].get("source")
    return str(passages[n - 2]["text"]).rstrip("\n") + "\n\n" if here and here == before else ""


def evaluate(passages: list[dict[str, object]] | None = None, in_page: bool = False) -> dict[str, Score]:
    """Each passage as a brief's body; with ``in_page``, after the passage before it from the same page (read, not
    scored: only findings and labels in the passage itself count)."""
    passages = passages if passages is not None else load_passages()
    scores = {code: Score() for code in (*KINDS, FLAGGED)}
    rules = {r.code: r for r in quotes.RULES}
    for n, item in enumerate(passages, 1):
        body = str(item["text"])
        before = _page_before(passages, n) if in_page else ""
        source = FRONT + before + body.rstrip("\n") + "\n"
        doc = parse(f"passage-{n}.md", source, form="markdown")
        body_start = len(FRONT) + len(before)
        spans: dict[str, list[tuple[int, int]]] = {}
        quotes_labelled: list[tuple[int, int, str]] = []
        for code, kind in KINDS.items():
            labels = []
            for label in item.get(kind) or []:  # type: ignore[union-attr]
                at = source.find(str(label), body_start)
                if at == -1:
                    raise ValueError(f"passage {n}: label {label!r} is not in the text")
                labels.append((at, at + len(str(label)), str(label)))
            r = rules[code]
            found = []
            for p in r.check(doc, Context(options=r.defaults())):
                a = _offset(doc, p.line, p.column)
                b = _offset(doc, p.end_line or p.line, p.end_column or p.column + 1)
                if a >= body_start:  # a finding in the page's passage before is not this passage's
                    found.append((a, b, p.message))
            spans[code] = [(a, b) for a, b, _ in found]
            if code == "Q101":
                quotes_labelled = labels
            matched: set[int] = set()
            for a, b, msg in found:
                hit = next((i for i, (la, lb, _) in enumerate(labels) if i not in matched and a < lb and la < b), None)
                if hit is None:
                    scores[code].fp += 1
                    scores[code].errors.append(f"FP passage {n}: {source[a:b]!r}: {msg}\n    {body.strip()[:160]}")
                else:
                    matched.add(hit)
                    scores[code].tp += 1
            for i, (_, _, label) in enumerate(labels):
                if i not in matched:
                    scores[code].fn += 1
                    scores[code].errors.append(f"FN passage {n}: {label!r}\n    {body.strip()[:160]}")
        for la, lb, label in quotes_labelled:
            by_101 = any(a < lb and la < b for a, b in spans["Q101"])
            by_102 = any(la - NEAR <= a < lb for a, _ in spans["Q102"])
            if by_101 or by_102:
                scores[FLAGGED].tp += 1
            else:
                scores[FLAGGED].fn += 1
                scores[FLAGGED].errors.append(f"FN passage {n}: {label!r}\n    {body.strip()[:160]}")
        scores[FLAGGED].fp = scores["Q101"].fp
    return scores


def labelled_sets() -> list[str]:
    """Every labelled set in this folder, in the order they were made (a new set needs no edit here)."""

    def order(name: str) -> tuple[int, int]:
        digits = name.removeprefix("heldout")
        if name == "passages":
            return (0, 0)
        if name.startswith("heldout"):
            return (1, int(digits or 1))
        return (2, 0)

    return sorted((p.stem for p in HERE.glob("*.yaml")), key=order)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every false positive and false negative")
    sets = labelled_sets()
    ap.add_argument("--set", choices=[*sets, "all"], default="all", help="which labelled set (default: all)")
    ap.add_argument(
        "--in-page",
        action="store_true",
        help="read each passage after the one before it from the same page (scored alone by default, as since set 1)",
    )
    args = ap.parse_args(argv)
    names = sets if args.set == "all" else [args.set]
    for name in names:
        passages = load_passages(HERE / f"{name}.yaml")
        scores = evaluate(passages, in_page=args.in_page)
        print(f"{name}.yaml: {len(passages)} passages")
        for code, s in scores.items():
            what = KINDS.get(code, "unattributed, flagged by either")
            print(
                f"  {code:<9} {what:<31} precision {s.precision:.3f}  recall {s.recall:.3f}  "
                f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
            )
            if args.verbose:
                for e in s.errors:
                    print("   ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
