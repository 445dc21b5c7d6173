#!/usr/bin/env python3
"""Score the precision sweep (``sweep/``): per rule, findings, sampled, useful, precision.

Runs ``brieflint check sweep/corpus --format json --no-cache`` (the defaults) and judges
findings against ``sweep_verdicts.yaml``:

* every ``error``-severity finding, and every Q101 and Q102 finding, is judged;
* of every other rule that fires, a seeded random sample of up to 25 findings is judged
  (``random.Random(19)`` over the rule's findings in file/line/column order);
* the taxonomy rules (T1xx) and the summary rules (R103-R105) are left out: the sweep's
  front matter is generated (regions from the publisher's categories, the deck from the
  first sentence; see ``sweep/README.md``), so they would measure the generator, not the
  publisher.

Precision is useful / judged with a 95 % Wilson interval; *per 1,000 words* counts all of
a rule's findings over the sweep's body words.  Sampled findings with no verdict are
listed (``--skeleton`` prints them as YAML to fill in).

Usage: ``python sweep_score.py [--findings FILE] [--skeleton] [--details] [--markdown]``.
The briefs are built from the local dataset snapshots by ``sweep/build.py`` (run it
first on a fresh clone: the texts are not committed, see ``sweep/README.md``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import FileText, load_verdicts, norm, verdict_for, words_of  # noqa: E402

SWEEP = HERE / "sweep"
CORPUS = SWEEP / "corpus"
VERDICTS = HERE / "sweep_verdicts.yaml"
SEED = 19
SAMPLE = 25
EXCLUDED_PREFIX = "T1"
EXCLUDED = frozenset({"R103", "R104", "R105"})  # they read the generated deck


def run_brieflint(corpus: Path = CORPUS) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "brieflint",
            "check",
            str(corpus),
            "--format",
            "json",
            "--no-cache",
            "--no-respect-gitignore",
        ],
        capture_output=True,
        text=True,
        cwd=HERE,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"brieflint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _rel(path: str) -> str:
    p = Path(path)
    return f"corpus/{p.name}"


def sample(findings: list[dict]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Per rule: the findings to judge (all, or a seeded sample of 25), and how many fired."""
    by: dict[str, list[dict]] = {}
    for f in findings:
        if f["code"].startswith(EXCLUDED_PREFIX) or f["code"] in EXCLUDED:
            continue
        by.setdefault(f["code"], []).append(f)
    chosen: dict[str, list[dict]] = {}
    fired: dict[str, int] = {}
    for code in sorted(by):
        fs = sorted(by[code], key=lambda f: (f["path"], f["line"], f["column"]))
        fired[code] = len(fs)
        every = code in ("Q101", "Q102") or any(f["severity"] == "error" for f in fs)
        if every or len(fs) <= SAMPLE:
            chosen[code] = fs
        else:
            rng = random.Random(f"{SEED}:{code}")
            chosen[code] = sorted(rng.sample(fs, SAMPLE), key=lambda f: (f["path"], f["line"], f["column"]))
    return chosen, fired


def judge(findings: list[dict], verdicts_path: Path = VERDICTS, corpus: Path = CORPUS) -> dict:
    verdicts = load_verdicts_from(verdicts_path)
    chosen, fired = sample(findings)
    texts: dict[str, FileText] = {}
    words = sum(words_of(FileText(p)) for p in sorted(corpus.glob("*.md")))
    rows = []
    unjudged: list[dict] = []
    details: list[dict] = []
    for code, fs in chosen.items():
        useful = wrong = 0
        severity = fs[0]["severity"]
        for f in fs:
            name = _rel(f["path"])
            ft = texts.setdefault(name, FileText(corpus / Path(f["path"]).name))
            start, end = ft.span(f)
            covered = ft.text[start:end]
            line_text = ft.text[ft.starts[f["line"] - 1] :].split("\n", 1)[0]
            v = verdict_for(verdicts, name, code, covered, line_text)
            entry = {
                "file": name,
                "code": code,
                "line": f["line"],
                "column": f["column"],
                "text": norm(covered)[:60],
                "message": f["message"],
                "context": line_text,
            }
            if v is None:
                unjudged.append(entry)
                continue
            entry["verdict"] = v["verdict"]
            entry["reason"] = v.get("reason", "")
            details.append(entry)
            if v["verdict"] == "useful":
                useful += 1
            else:
                wrong += 1
        judged = useful + wrong
        lo, hi = wilson(useful, judged)
        rows.append(
            {
                "rule": code,
                "severity": severity,
                "findings": fired[code],
                "sampled": len(fs),
                "judged": judged,
                "useful": useful,
                "precision": useful / judged if judged else None,
                "wilson_low": lo,
                "wilson_high": hi,
                "per_1000_words": 1000 * fired[code] / words if words else 0.0,
            }
        )
    rows.sort(key=lambda r: (r["precision"] if r["precision"] is not None else 2, r["rule"]))
    errors = sum(1 for f in findings if f["severity"] == "error")
    return {
        "briefs": len(list(corpus.glob("*.md"))),
        "words": words,
        "rows": rows,
        "errors": errors,
        "unjudged": unjudged,
        "details": details,
    }


def load_verdicts_from(path: Path) -> list[dict]:
    import score

    old = score.VERDICTS
    score.VERDICTS = path
    try:
        return load_verdicts()
    finally:
        score.VERDICTS = old


def table(res: dict) -> str:
    out = [
        f"Sweep: {res['briefs']} briefs, {res['words']:,} words; `error` findings: {res['errors']}.",
        "",
        "| rule | severity | findings | sampled | useful | precision | 95 % Wilson | per 1,000 words |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in res["rows"]:
        p = "–" if r["precision"] is None else f"{r['precision']:.2f}"
        ci = "–" if r["precision"] is None else f"{r['wilson_low']:.2f}–{r['wilson_high']:.2f}"
        out.append(
            f"| {r['rule']} | {r['severity']} | {r['findings']} | {r['sampled']} | {r['useful']} | {p} | {ci} "
            f"| {r['per_1000_words']:.2f} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--findings", type=Path, help="a saved `brieflint check sweep/corpus --format json --no-cache`")
    ap.add_argument("--skeleton", action="store_true", help="print unjudged sampled findings as YAML stubs")
    ap.add_argument("--details", action="store_true", help="list every judged finding with its verdict")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dir", type=Path, default=SWEEP, help="the sweep directory (its corpus/ is checked)")
    ap.add_argument("--verdicts", type=Path, default=VERDICTS, help="the verdicts file")
    args = ap.parse_args(argv)
    corpus = args.dir / "corpus"
    if not corpus.is_dir():
        sys.exit("no sweep/corpus: build it first with `python sweep/build.py` (needs the dataset snapshots)")
    data = json.loads(args.findings.read_text(encoding="utf-8")) if args.findings else run_brieflint(corpus)
    res = judge(data["findings"], args.verdicts, corpus)
    if args.json:
        print(json.dumps({k: v for k, v in res.items() if k != "details"}, indent=1))
        return 0
    if args.skeleton:
        for u in res["unjudged"]:
            print(f"# {u['message'][:160]}\n# {u['context'][:400]}")
            print(f"- file: {u['file']}\n  code: {u['code']}\n  text: {json.dumps(u['text'], ensure_ascii=False)}")
            print(f"  line: {u['line']}\n  verdict: \n  reason: ")
        return 0
    print(table(res))
    if args.details:
        for d in res["details"]:
            print(f"- {d['file']}:{d['line']} {d['code']} {d['verdict']}: {d['reason']} {d['text'][:50]!r}")
    if res["unjudged"]:
        print(f"\nUnjudged sampled findings: {len(res['unjudged'])} (--skeleton prints them to judge)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
