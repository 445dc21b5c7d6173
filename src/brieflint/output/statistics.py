"""``check --statistics``: how many findings of each code (and how many of them ``--fix`` can fix), most first."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from brieflint.output.reporters import ReportOptions

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.checks.registry import RuleSet
    from brieflint.run.engine import RunResult


def statistics(result: RunResult, rules: RuleSet, out: TextIO, options: ReportOptions, *, fmt: str = "text") -> None:
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    names: dict[str, str] = {}
    for f in result.findings:
        counts[f.code] += 1
        fixable[f.code] += f.fix is not None
        names[f.code] = f.rule
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        payload = [{"code": c, "name": names[c], "count": n, "fixable": fixable[c]} for c, n in rows]
        json.dump(payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    width = max((len(f"{n:,}") for _, n in rows), default=1)
    for code, n in rows:
        fix = f"  [{fixable[code]:,} fixable]" if fixable[code] else ""
        out.write(f"{n:>{width},}  {code:<6}  {names[code]}{fix}\n")
    if not options.quiet:
        total, fixes = sum(counts.values()), sum(fixable.values())
        out.write(f"{total:,} finding{'' if total == 1 else 's'} in all, {fixes:,} fixable.\n")
