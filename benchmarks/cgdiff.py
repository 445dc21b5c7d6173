#!/usr/bin/env python3
"""Two cachegrind output files diffed by function: instructions, first-level misses, a cycle estimate.

    valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=old.out OLD/bin/brieflint check …
    valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=new.out NEW/bin/brieflint check …
    python benchmarks/cgdiff.py old.out new.out [--top 30]

The estimate is instructions + 10 x first-level misses (instruction, data read, data write): rough, but it
tells a change of instruction mix (tight C loops against interpreter work) that a count of instructions hides.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

Totals = dict[str, list[int]]


def load(path: str) -> tuple[list[str], Totals]:
    events: list[str] = []
    fl = fn = ""
    tot: Totals = defaultdict(lambda: [0] * 16)
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("events:"):
                events = line.split()[1:]
            elif line.startswith("fl="):
                fl = line[3:].strip()
            elif line.startswith("fn="):
                fn = fl.rsplit("/", 1)[-1] + ":" + line[3:].strip()
            elif line[:1].isdigit() and fn:
                t = tot[fn]
                for i, v in enumerate(line.split()[1:]):
                    t[i] += int(v)
    return events, tot


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    events, a = load(args.old)
    _, b = load(args.new)
    ix = {e: i for i, e in enumerate(events)}

    def cycles(v: list[int]) -> int:
        return v[ix["Ir"]] + 10 * sum(v[ix[e]] for e in ("I1mr", "D1mr", "D1mw") if e in ix)

    zero = [0] * 16
    print(f"estimate: old {sum(map(cycles, a.values())) / 1e9:.2f} G, new {sum(map(cycles, b.values())) / 1e9:.2f} G")
    rows = []
    for k in set(a) | set(b):
        va, vb = a.get(k, zero), b.get(k, zero)
        miss = sum(vb[ix[e]] - va[ix[e]] for e in ("D1mr", "D1mw") if e in ix)
        i1 = vb[ix["I1mr"]] - va[ix["I1mr"]] if "I1mr" in ix else 0
        rows.append((cycles(vb) - cycles(va), vb[ix["Ir"]] - va[ix["Ir"]], i1, miss, k))
    rows.sort(reverse=True)
    print(f"{'est. (M)':>9} {'instr. (M)':>10} {'I1 (M)':>8} {'D1 (M)':>8}  function")
    for r in rows[: args.top] + rows[-args.top // 2 :]:
        print(f"{r[0] / 1e6:9.0f} {r[1] / 1e6:10.0f} {r[2] / 1e6:8.1f} {r[3] / 1e6:8.1f}  {r[4][:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
