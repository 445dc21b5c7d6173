#!/usr/bin/env python3
"""Two brieflint installations timed in turns: ``--version``, one brief, cold ``--jobs 1`` and ``--jobs 2``.

    python benchmarks/compare.py OLD_BRIEFLINT NEW_BRIEFLINT [--repeat 5]

A shared machine's speed drifts over minutes; two runs of ``benchmarks/run.py`` an
hour apart do not compare. Here each repeat runs the old and then the new command,
so a slow spell hits both: ``--version`` and one brief five times each per repeat,
the cold runs once. Medians; bytecode and kept expressions cached for each side
(``PYTHONPYCACHEPREFIX``), as ``run.py`` does. The corpus is ``benchmarks/corpus/``
(``run.py`` makes it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


def env(side: str) -> dict[str, str]:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(HERE / f".pycache-compare-{side}")
    return e


def commands(exe: str) -> dict[str, list[str]]:
    helptext = subprocess.run([exe, "check", "--help"], capture_output=True, text=True).stdout
    # the corpus is git-ignored: a version that respects .gitignore must be told not to
    walk = ["--no-respect-gitignore"] if "--no-respect-gitignore" in helptext else []
    corpus = str(CORPUS)
    return {
        "version": [exe, "--version"],
        "one": [exe, "check", "--no-cache", str(sorted(CORPUS.glob("brief-*.md"))[0])],
        "j1": [exe, "check", *walk, "--no-cache", "--quiet", "--jobs", "1", corpus],
        "j2": [exe, "check", *walk, "--no-cache", "--quiet", "--jobs", "2", corpus],
    }


def timed(cmd: list[str], side: str) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env(side), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    if not (CORPUS / "manifest.json").exists():
        sys.exit("benchmarks/corpus/ is missing: run python benchmarks/run.py once")
    sides = {"old": commands(args.old), "new": commands(args.new)}
    times: dict[str, dict[str, list[float]]] = {s: {name: [] for name in sides[s]} for s in sides}
    for side, cmds in sides.items():  # once untimed: bytecode, kept expressions
        for cmd in cmds.values():
            timed(cmd, side)
    for _ in range(args.repeat):
        for name in ("version", "one"):
            for _ in range(5):
                for side in sides:
                    times[side][name].append(timed(sides[side][name], side))
        for name in ("j1", "j2"):
            for side in sides:
                times[side][name].append(timed(sides[side][name], side))
    briefs = len(list(CORPUS.glob("brief-*")))
    for name in ("version", "one", "j1", "j2"):
        old, new = statistics.median(times["old"][name]), statistics.median(times["new"][name])
        if name in ("j1", "j2"):
            rates = f"old {briefs / old:.0f} briefs/s, new {briefs / new:.0f} briefs/s"
            print(f"cold --jobs {name[1]}: {rates} ({old / new - 1:+.1%})")
        else:
            label = "--version" if name == "version" else "one brief"
            print(f"{label}: old {old * 1000:.1f} ms, new {new * 1000:.1f} ms ({new / old - 1:+.1%})")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
