#!/usr/bin/env python3
"""How long ``brieflint report`` takes on the benchmark corpus, beside ``brieflint check``.

    python benchmarks/report_bench.py                # 1,000 briefs per form (2,000 files), 3 repeats
    python benchmarks/report_bench.py --repeat 5 --browser

The corpus is the one ``benchmarks/run.py`` uses (``../shared/bench/make_corpus.py``,
1,000 briefs in both forms, into ``benchmarks/corpus/``). Measured, each a median
of ``--repeat`` runs taken in turns (the machine is shared and drifts):

* whole processes: ``check --no-cache --jobs 1 --format json``, ``report -o FILE`` and
  ``report -o FILE --split`` (a report checks every brief too: it is check + drawing);
* in one process, ``report``'s own split of its time: checking (load and rules) and
  drawing (views, templates, writing);
* the sizes written; with ``--browser``, the time headless Chromium takes to load the
  one-file report and the ``--split`` overview (to its load event).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "output"))

from run import ensure_corpus  # noqa: E402  (benchmarks/run.py: the shared corpus)


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, env={**os.environ, "BRIEFLINT_NO_CACHE": "1"})
    if done.returncode not in (0, 1):  # check exits 1 for the corpus's findings
        sys.exit(f"{' '.join(cmd)}: exit status {done.returncode}")
    return time.perf_counter() - t0


def in_process(corpus: Path, out: Path) -> tuple[float, float]:
    from brieflint.cli import report

    timing = report.Timing()
    args = argparse.Namespace(
        paths=[str(corpus)], output=str(out), split=False, config=None, select=None, ignore=(), quiet=True
    )
    report.run(args, io.StringIO(), sys.stderr, timing)
    return timing.check, timing.report


def browser_load(url: str) -> float | None:
    from headless_chromium import Browser, find_chromium

    chromium = find_chromium()
    if chromium is None:
        return None
    with Browser(chromium, timeout=600) as b:
        t0 = time.perf_counter()
        b.open(url)
        return time.perf_counter() - t0


def mb(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000, help="briefs per form (default 1000)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--browser", action="store_true", help="also time Chromium loading the pages")
    ap.add_argument("--corpus", type=Path, help="a corpus made already (make_corpus.py DIR --count 1000 --form both)")
    opts = ap.parse_args()
    corpus = opts.corpus or ensure_corpus(opts.count)
    files = sum(1 for p in corpus.iterdir() if p.suffix in (".md", ".yaml"))
    exe = [sys.executable, "-m", "brieflint"]
    with tempfile.TemporaryDirectory(prefix="brieflint-report-bench-") as tmp:
        one, split = Path(tmp) / "one.html", Path(tmp) / "split.html"
        commands = {
            "check --jobs 1": [
                *exe,
                "check",
                str(corpus),
                "--no-respect-gitignore",
                "--no-cache",
                "--jobs",
                "1",
                "--format",
                "json",
            ],
            "report (one file)": [*exe, "report", str(corpus), "-o", str(one), "-q"],
            "report --split": [*exe, "report", str(corpus), "-o", str(split), "--split", "-q"],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        parts: list[tuple[float, float]] = []
        for _ in range(opts.repeat):
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
            parts.append(in_process(corpus, Path(tmp) / "inproc.html"))
        med = {k: statistics.median(v) for k, v in times.items()}
        check_s = statistics.median(p[0] for p in parts)
        draw_s = statistics.median(p[1] for p in parts)
        pages = sorted((Path(tmp) / "split_briefs").glob("*.html"))
        largest = max(pages, key=lambda p: p.stat().st_size)
        print(f"corpus: {files:,} briefs ({corpus}); medians of {opts.repeat} runs\n")
        print("| what | seconds | briefs/s |")
        print("|---|---|---|")
        for name, s in med.items():
            print(f"| `brieflint {name}` | {s:.2f} | {files / s:.0f} |")
        print(f"| in `report`: checking (load, rules) | {check_s:.2f} | {files / check_s:.0f} |")
        print(f"| in `report`: drawing (views, templates, writing) | {draw_s:.2f} | {files / draw_s:.0f} |")
        print(f"\ndrawing is {draw_s / check_s:.2f} x the checking it follows; ", end="")
        print(f"`report` takes {med['report (one file)'] / med['check --jobs 1']:.2f} x `check --jobs 1`")
        print(f"sizes: one file {mb(one)}; --split overview {mb(split)}, {len(pages):,} pages, largest {mb(largest)}")
        if opts.browser:
            for name, page in (("one file", one), ("--split overview", split), ("one --split page", largest)):
                s = browser_load(page.as_uri())
                print(f"Chromium loads the {name}: " + ("no Chromium" if s is None else f"{s:.2f} s"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
