#!/usr/bin/env python3
"""How well brieflint's sentence segmenter finds the sentences an editor reads, on real text.

    python tests/quotes_eval/score_sentences.py [--verbose] [--set FILE]

The labelled set is ``benchmarks/accuracy/sentences.yaml`` (paragraphs of the real-prose
corpus and the sentences in them, labelled by hand). A boundary is the offset where a
sentence starts; precision and recall are over the boundaries inside the paragraphs (the
first sentence of a paragraph is not counted), and a paragraph is right when every one of
its sentences is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruamel.yaml import YAML

from brieflint.document.sentences import segment

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "benchmarks" / "accuracy" / "sentences.yaml"


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """Start offsets of the labelled sentences in ``text`` (after the first)."""
    out: set[int] = set()
    at = 0
    for k, s in enumerate(sentences):
        i = text.find(s.strip(), at)
        if i == -1:
            raise ValueError(f"labelled sentence not in its paragraph: {s[:60]!r}")
        if k:
            out.add(i)
        at = i + len(s.strip())
    return out


def score(path: Path, verbose: bool = False) -> dict[str, float]:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    tp = fp = fn = right = 0
    paras = data["paragraphs"]
    for item in paras:
        text = str(item["text"])
        want = boundaries(text, [str(s) for s in item["sentences"]])
        got = {s.start for s in segment(text)[1:]}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        right += want == got
        if verbose and want != got:
            for i in sorted(got - want):
                print(f"  split where an editor does not: …{text[max(0, i - 50) : i]}|{text[i : i + 30]}…")
            for i in sorted(want - got):
                print(f"  missed boundary: …{text[max(0, i - 50) : i]}|{text[i : i + 30]}…")
    n_sent = sum(len(item["sentences"]) for item in paras)
    return {
        "paragraphs": len(paras),
        "sentences": n_sent,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "paragraphs_right": right / len(paras) if paras else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT, help="labelled paragraphs (default: %(default)s)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every wrong boundary")
    args = ap.parse_args(argv)
    r = score(args.set, args.verbose)
    print(
        f"{r['paragraphs']} paragraphs, {r['sentences']} sentences: boundary precision {r['precision']:.3f}, "
        f"recall {r['recall']:.3f} (tp {r['tp']}, fp {r['fp']}, fn {r['fn']}); "
        f"paragraphs segmented exactly right {r['paragraphs_right']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
