#!/usr/bin/env python3
"""Precision and recall of Q101 (unattributed quote) and Q102 (vague attribution) on the labelled passages.

    python tests/quotes_eval/evaluate.py [--verbose]

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


def evaluate(passages: list[dict[str, object]] | None = None) -> dict[str, Score]:
    passages = passages if passages is not None else load_passages()
    scores = {code: Score() for code in KINDS}
    rules = {r.code: r for r in quotes.RULES}
    for n, item in enumerate(passages, 1):
        body = str(item["text"])
        source = FRONT + body.rstrip("\n") + "\n"
        doc = parse(f"passage-{n}.md", source, form="markdown")
        body_start = len(FRONT)
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
                found.append((a, b, p.message))
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
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every false positive and false negative")
    args = ap.parse_args(argv)
    passages = load_passages()
    scores = evaluate(passages)
    print(f"{len(passages)} passages")
    for code, s in scores.items():
        print(
            f"{code} {KINDS[code]:<13} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"(tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )
        if args.verbose:
            for e in s.errors:
                print("   ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
