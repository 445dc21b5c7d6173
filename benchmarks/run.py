#!/usr/bin/env python3
"""brieflint's benchmark: whole runs, phases, peers and the floor, on one machine.

    python benchmarks/run.py                 # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick         # phases and start-up only (no peers, fewer repeats)
    python benchmarks/run.py --timings       # also print the per-phase table to stdout

The corpus comes from ../shared/bench/make_corpus.py (1,000 briefs in both
forms, seed 7), generated once into benchmarks/corpus/ and reused. Peers
(check-jsonschema, proselint, yamllint) are installed into
benchmarks/.peers/ (a separate virtual environment) on first use. Every
figure is a median over --repeat runs.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
CORPUS = HERE / "corpus"
PEERS = HERE / ".peers"
PEER_PACKAGES = ["check-jsonschema", "proselint", "yamllint"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def ensure_corpus(count: int) -> Path:
    marker = CORPUS / "manifest.json"
    if marker.exists() and len(json.loads(marker.read_text())) == 2 * count:
        return CORPUS
    maker = SHARED / "bench" / "make_corpus.py"
    if not maker.exists():
        sys.exit(f"cannot find {maker}: the benchmark needs ../shared beside the repository")
    shutil.rmtree(CORPUS, ignore_errors=True)
    subprocess.run([sys.executable, str(maker), str(CORPUS), "--count", str(count), "--form", "both"], check=True)
    return CORPUS


def brieflint_cmd() -> list[str]:
    exe = shutil.which("brieflint", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "brieflint"]


def wall(
    cmd: Sequence[str], repeat: int, *, cwd: Path | None = None, before: Callable[[], None] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb(cmd: Sequence[str], cwd: Path | None = None) -> float | None:
    """Peak RSS of the command and its children (GNU time), in MB."""
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if gnu_time:
        proc = subprocess.run([gnu_time, "-v", *cmd], cwd=cwd, capture_output=True, text=True)
        for line in proc.stderr.splitlines():
            if "Maximum resident set size" in line:
                return int(line.split(":")[1]) / 1024
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # the largest single child; children of workers are not summed


def phases(corpus: Path, limit: int) -> dict[str, float]:
    """Median milliseconds per brief for each phase, inside one process (after warm-up)."""
    from brieflint.config import Overrides
    from brieflint.document import load
    from brieflint.engine import Planner, prepare
    from brieflint.model import Context

    files = sorted(str(p) for p in corpus.glob("brief-*.md"))[:limit]
    files += sorted(str(p) for p in corpus.glob("brief-*.brief.yaml"))[:limit]
    empty = Path(tempfile.mkdtemp()) / "empty.yaml"
    empty.write_text("{}\n")
    planner = Planner(Overrides(), str(empty))
    plan = planner.for_file(files[0])
    prepare(plan)
    families: dict[str, list] = {}
    for rule in plan.rules.rules:
        families.setdefault(rule.family if rule.origin == "brieflint" else rule.origin, []).append(rule)
    samples: dict[str, list[float]] = {"load": []}
    for name in families:
        samples[name] = []
    # warm-up: first-use costs (imports, syllable tables, taxonomy) are measured separately
    first_use: dict[str, float] = {}
    for name, rules in families.items():
        doc = load(files[0])
        start = time.perf_counter()
        for rule in rules:
            if rule.code in plan.settings.enabled and (doc.ok or not rule.needs_data):
                list(rule.check(doc, Context(plan.settings.options_for(rule), plan.settings, plan.shared)))
        first_use[name] = (time.perf_counter() - start) * 1000
    for path in files:
        start = time.perf_counter()
        doc = load(path)
        samples["load"].append(time.perf_counter() - start)
        for name, rules in families.items():
            start = time.perf_counter()
            for rule in rules:
                if rule.code not in plan.settings.enabled or (rule.needs_data and not doc.ok):
                    continue
                list(rule.check(doc, Context(plan.settings.options_for(rule), plan.settings, plan.shared)))
            samples[name].append(time.perf_counter() - start)
    out = {f"{k}": statistics.median(v) * 1000 for k, v in samples.items()}
    out["total (sum of medians)"] = sum(out.values())
    means = {f"{k}": statistics.fmean(v) * 1000 for k, v in samples.items()}
    return {"median": out, "mean": means, "first_use": first_use, "files": len(files)}  # type: ignore[return-value]


FLOOR = r"""
import sys, pathlib
from _ruamel_yaml import CParser
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    if not p.name.startswith("brief-"):
        continue
    text = p.read_text(encoding="utf-8")
    if p.suffix == ".md":
        end = text.find("\n---", 3)
        text = text[4:end]
    parser = CParser(text)
    try:
        parser.get_single_node()
    except Exception:
        pass
    n += 1
print(n)
"""


def ensure_peers() -> Path | None:
    py = PEERS / "bin" / "python"
    if not py.exists():
        log("installing peers into benchmarks/.peers …")
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        proc = subprocess.run(
            [str(py), "-m", "pip", "install", "--quiet", *PEER_PACKAGES], capture_output=True, text=True
        )
        if proc.returncode != 0:
            log(f"could not install peers: {proc.stderr[-500:]}")
            return None
    return PEERS / "bin"


def version_of(bin_dir: Path, package: str) -> str:
    proc = subprocess.run([str(bin_dir / "python"), "-m", "pip", "show", package], capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return "?"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000, help="briefs per form in the corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="phases and start-up only")
    ap.add_argument("--timings", action="store_true", help="print the per-phase table")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)

    corpus = ensure_corpus(args.count)
    n_md = len(list(corpus.glob("brief-*.md")))
    n_yaml = len(list(corpus.glob("brief-*.brief.yaml")))
    n = n_md + n_yaml
    bl = brieflint_cmd()
    results: dict[str, float] = {}

    log("phases …")
    ph = phases(corpus, 200 if not args.quick else 50)
    version = wall([*bl, "--version"], max(5, args.repeat * 3))
    results["version"] = version
    one = str(sorted(corpus.glob("brief-*.md"))[0])
    workdir = Path(tempfile.mkdtemp())
    one_brief = wall([*bl, "check", "--no-cache", one], max(5, args.repeat * 3), cwd=workdir)
    results["one_brief"] = one_brief

    if not args.quick:
        for jobs in (1, 2):
            log(f"cold --jobs {jobs} …")
            t = wall(
                [*bl, "check", "--no-cache", "--quiet", "--jobs", str(jobs), str(corpus)], args.repeat, cwd=workdir
            )
            results[f"cold_j{jobs}"] = t
        cache_dir = workdir / ".brieflint_cache"
        subprocess.run(
            [*bl, "check", "--quiet", str(corpus)], cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        results["warm"] = wall([*bl, "check", "--quiet", str(corpus)], args.repeat, cwd=workdir)
        results["warm_cache_exists"] = float(cache_dir.exists())
        results["peak_mb_j2"] = (
            peak_memory_mb([*bl, "check", "--no-cache", "--quiet", "--jobs", "2", str(corpus)], cwd=workdir) or -1
        )
        floor_script = workdir / "floor.py"
        floor_script.write_text(FLOOR)
        results["floor"] = wall([sys.executable, str(floor_script), str(corpus)], args.repeat)
        peers_bin = None if args.no_peers else ensure_peers()
        if peers_bin:
            yaml_files = sorted(str(p) for p in corpus.glob("brief-*.brief.yaml"))
            md_files = sorted(str(p) for p in corpus.glob("brief-*.md"))
            log("check-jsonschema …")
            results["check_jsonschema"] = wall(
                [
                    str(peers_bin / "check-jsonschema"),
                    "--schemafile",
                    str(ROOT / "schemas" / "brief.schema.json"),
                    *yaml_files,
                ],
                args.repeat,
            )
            log("proselint …")
            results["proselint"] = wall([str(peers_bin / "proselint"), "check", *md_files], args.repeat)
            log("yamllint …")
            results["yamllint"] = wall([str(peers_bin / "yamllint"), "-d", "relaxed", *yaml_files], args.repeat)

    # ----- the report ------------------------------------------------------
    def per_sec(t: float, files: int) -> str:
        return f"{files / t:,.0f} briefs/s" if t > 0 else "-"

    med = ph["median"]  # type: ignore[index]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.date.today().isoformat()} by `python benchmarks/run.py{' --quick' if args.quick else ''}` "
        f"on {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"brieflint {__import__('brieflint').__version__}. Corpus: {n_md:,} Markdown + {n_yaml:,} YAML briefs "
        f"from `shared/bench/make_corpus.py` (seed 7). Medians of {args.repeat} runs unless noted.",
        "",
        "## Whole runs",
        "",
        "| what | time | rate | target |",
        "|---|---|---|---|",
        f"| `brieflint --version` | {version * 1000:.0f} ms | | < 150 ms |",
        f"| one brief, as pre-commit runs it (process start to exit) | {one_brief * 1000:.0f} ms | | < 300 ms |",
    ]
    if "cold_j1" in results:
        lines += [
            f"| cold, `--jobs 1`, every default rule, {n:,} briefs | {results['cold_j1']:.2f} s | {per_sec(results['cold_j1'], n)} | ≥ 100 briefs/s |",
            f"| cold, `--jobs 2` | {results['cold_j2']:.2f} s | {per_sec(results['cold_j2'], n)} | ≥ 1.7 × jobs 1 ({results['cold_j1'] / results['cold_j2']:.2f} ×) |",
            f"| warm cache | {results['warm']:.2f} s | {per_sec(results['warm'], n)} | ≥ 2,000 briefs/s |",
            f"| peak memory, `--jobs 2` (largest process) | {results['peak_mb_j2']:.0f} MB | | < 250 MB |",
            f"| floor: read + split + ruamel C parse, {n:,} files | {results['floor']:.2f} s | {per_sec(results['floor'], n)} | cold within 4 × ({results['cold_j1'] / results['floor']:.1f} ×) |",
        ]
    if "check_jsonschema" in results:
        pv = {p: version_of(PEERS / "bin", p) for p in PEER_PACKAGES}
        lines += [
            "",
            "## Peers (each doing part of the job, same corpus)",
            "",
            "| tool | files | time | per brief | brieflint `--jobs 2` (all rules, both forms) is |",
            "|---|---|---|---|---|",
            f"| check-jsonschema {pv['check-jsonschema']} (schema only) | {n_yaml:,} YAML | {results['check_jsonschema']:.2f} s | {results['check_jsonschema'] / n_yaml * 1000:.2f} ms | {results['check_jsonschema'] / results['cold_j2']:.2f} × faster |",
            f"| proselint {pv['proselint']} (prose only) | {n_md:,} Markdown | {results['proselint']:.2f} s | {results['proselint'] / n_md * 1000:.2f} ms | {results['proselint'] / results['cold_j2']:.2f} × faster |",
            f"| yamllint {pv['yamllint']} (YAML only) | {n_yaml:,} YAML | {results['yamllint']:.2f} s | {results['yamllint'] / n_yaml * 1000:.2f} ms | {results['yamllint'] / results['cold_j2']:.2f} × faster |",
        ]
    lines += [
        "",
        f"## Phases (milliseconds per brief, median over {ph['files']} briefs in one process)",  # type: ignore[index]
        "",
        "| phase | median ms | mean ms | first use ms |",
        "|---|---|---|---|",
    ]
    for name, value in med.items():
        mean = ph["mean"].get(name)  # type: ignore[index, union-attr]
        first = ph["first_use"].get(name)  # type: ignore[index, union-attr]
        lines.append(
            f"| {name} | {value:.2f} | {'' if mean is None else f'{mean:.2f}'} | {'' if first is None else f'{first:.1f}'} |"
        )
    lines += [
        "",
        "`load` is reading, decoding, front matter (ruamel.yaml C parser) and body sections (markdown-it);",
        "each family line is that family's rules on an already loaded document (`S` includes schema",
        "validation). First use is the family's cost on the first brief of a process (imports, tables).",
    ]
    report = "\n".join(lines) + "\n"
    if args.timings or args.quick:
        print(report)
    args.output.write_text(report, encoding="utf-8")
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
