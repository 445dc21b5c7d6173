#!/usr/bin/env python3
"""How long the Q rules take per brief, on the shared synthetic corpus.

    python tests/quotes_eval/bench_quotes.py [--count 200] [--repeat 3]

Writes a corpus with ../shared/bench/make_corpus.py into a temporary folder,
loads every brief once (not timed), then times all Q rules on each freshly
loaded document: "cold" includes building the shared prose layer (paragraphs,
Markdown blocks, sentences), which other rule families reuse; "warm" times the
Q rules alone on documents whose prose layer is already built. CPU time
(time.process_time), so that other processes on the machine skew it less. Prints the
median milliseconds per brief and per 1,500 words.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from brieflint.checks.quotes import rules as quotes
from brieflint.document import prose as text
from brieflint.document.brief import load
from brieflint.document.sentences import sentences
from brieflint.model import Context

# the shared corpus generator beside the repository (or beside the folder of a git worktree)
MAKE = next(
    (
        d / "shared" / "bench" / "make_corpus.py"
        for d in Path(__file__).resolve().parents
        if (d / "shared" / "bench" / "make_corpus.py").exists()
    ),
    Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "make_corpus.py",
)


def run(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, str(MAKE), tmp, "--count", str(count), "--form", "md"], check=True, capture_output=True
        )
        paths = sorted(Path(tmp).glob("*.md"))
        contexts = {r.code: Context(options=r.defaults()) for r in quotes.RULES}
        cold: list[float] = []
        warm: list[float] = []
        words: list[int] = []
        for _ in range(repeat):
            for p in paths:
                doc = load(p)
                if not doc.ok:
                    continue
                t0 = time.process_time()
                for r in quotes.RULES:
                    list(r.check(doc, contexts[r.code]))
                cold.append(time.process_time() - t0)
                doc2 = load(p)
                ps = text.paragraphs(doc2, ("title", "summary", "heading", "body", "bio"))
                for para in ps:
                    sentences(para)
                t0 = time.process_time()
                for r in quotes.RULES:
                    list(r.check(doc2, contexts[r.code]))
                warm.append(time.process_time() - t0)
                words.append(sum(len(text.words(x.prose.value)) for x in ps if x.scope == "body"))
        per_word_cold = statistics.median(c / max(w, 1) for c, w in zip(cold, words, strict=True)) * 1500 * 1000
        per_word_warm = statistics.median(c / max(w, 1) for c, w in zip(warm, words, strict=True)) * 1500 * 1000
        print(f"{len(paths)} briefs x {repeat}, median body {statistics.median(words):.0f} words")
        print(
            f"Q rules, cold (prose layer built here): median {statistics.median(cold) * 1000:.2f} ms/brief, "
            f"{per_word_cold:.2f} ms per 1,500 words"
        )
        print(
            f"Q rules, warm (prose layer shared):      median {statistics.median(warm) * 1000:.2f} ms/brief, "
            f"{per_word_warm:.2f} ms per 1,500 words"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not MAKE.exists():
        print(f"no corpus generator at {MAKE}", file=sys.stderr)
        return 2
    run(a.count, a.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
