#!/usr/bin/env python3
"""Compare sentence segmenters on policy-prose hard cases and on speed (the numbers in docs/quotes.md).

    python tests/quotes_eval/compare_segmenters.py

Each hard case lists the sentences it must split into. Speed is measured on
the paragraphs of the shared synthetic corpus (plus the hard cases), each
paragraph segmented separately, as brieflint does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HARD: list[list[str]] = [
    ["The U.S.-Iraq agreement was signed in 2008.", "It later lapsed."],
    ["Officials in the U.S. administration disagreed.", "Others did not."],
    ["She holds a Ph.D. from Georgetown.", "She later worked in Baghdad."],
    ["The vote is set for Apr. 29 in the capital.", "Turnout may be low."],
    ["He ranks No. 2 in the party.", "He resigned anyway."],
    ["Sen. Lindsey Graham met Rep. Adam Smith and Gen. David Petraeus.", "They talked."],
    ["The report by J. Smith was released.", "It was long."],
    ['He said, "We will not retreat."', "Then he left."],
    ["Is it over?", '"Are we done?" she asked.', "Nobody replied."],
    ["Dr. Haddad met Mr. Saleh in St. Louis on Jan. 5.", "The talks failed."],
    ["Growth was 2.5 percent, i.e. below target.", "Prices rose."],
    ["The U.N. Security Council met.", "It adopted Resolution 2254."],
    ['"The state must hold a monopoly on the use of force."', "The prime minister said it twice."],
    ['The minister asked, "Who will pay?"', "No one answered."],
    ["The U.S. Treasury designated four exchange houses.", "Tehran protested."],
    ["Lt. Gen. Ahmed met Col. Karimi at 10 a.m. on Monday.", "They agreed."],
    ["Kata'ib Hezbollah's leader spoke.", "Iraq's prime minister did not."],
    # a quote of several sentences is kept whole: the sentence "before" a quote is the one before all of it
    ["Mr. Haddad disagreed.", '"The problem is not the law. The problem is enforcement."'],
    ["Revenue fell 12 pct. in the first quarter.", "Spending rose."],
    ["The E.U. and the U.K. issued a statement (see p. 4).", "It was brief."],
]


def _sentencex() -> Callable[[str], list[str]]:
    from sentencex import segment

    return lambda t: [s.strip() for s in segment("en", t) if s.strip()]


def _pysbd() -> Callable[[str], list[str]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda t: [s.strip() for s in seg.segment(t) if s.strip()]


def _syntok() -> Callable[[str], list[str]]:
    from syntok import segmenter

    def run(t: str) -> list[str]:
        out = []
        for para in segmenter.analyze(t):
            for sent in para:
                toks = list(sent)
                if toks:
                    start = toks[0].offset - len(toks[0].spacing)
                    end = toks[-1].offset + len(toks[-1].value)
                    out.append(t[start:end].strip())
        return out

    return run


def corpus_paragraphs() -> list[str]:
    make = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "make_corpus.py"
    paras: list[str] = []
    if make.exists():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [sys.executable, str(make), tmp, "--count", "40", "--form", "md"], check=True, capture_output=True
            )
            for p in sorted(Path(tmp).glob("*.md")):
                body = p.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
                paras += [x for x in body.split("\n\n") if x.strip() and not x.startswith("#")]
    return paras + [" ".join(c) for c in HARD]


def _brieflint() -> Callable[[str], list[str]]:
    from brieflint.document.sentences import segment

    return lambda t: [s.text for s in segment(t)]


def main() -> int:
    segmenters = {
        "sentencex": _sentencex,
        "pysbd": _pysbd,
        "syntok": _syntok,
        "brieflint (sentencex + merge)": _brieflint,
    }
    paras = corpus_paragraphs()
    print(f"{len(HARD)} hard cases; speed on {len(paras)} paragraphs")
    for name, make in segmenters.items():
        try:
            seg = make()
        except ImportError as exc:
            print(f"{name:<30} not installed ({exc})")
            continue
        right = 0
        wrong = []
        for case in HARD:
            got = seg(" ".join(case))
            if got == case:
                right += 1
            else:
                wrong.append(got)
        t0 = time.perf_counter()
        n = 0
        for p in paras:
            n += len(seg(p))
        dt = time.perf_counter() - t0
        print(f"{name:<30} {right}/{len(HARD)} hard cases right, {n / dt:,.0f} sentences/s")
        for w in wrong:
            print(f"    wrong: {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
