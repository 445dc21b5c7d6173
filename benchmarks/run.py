#!/usr/bin/env python3
"""brieflint's benchmark: whole runs, phases, peers and the floor, on one machine.

    python benchmarks/run.py                 # everything; writes benchmarks/RESULTS.md
    python benchmarks/run.py --quick         # phases and start-up only (no peers, fewer repeats)
    python benchmarks/run.py --timings       # also print the per-phase table to stdout
    python benchmarks/run.py --profile       # cProfile: the top functions of each phase

The corpus comes from ../shared/bench/make_corpus.py (1,000 briefs in both
forms, seed 7), generated once into benchmarks/corpus/ and reused. Peers
(check-jsonschema, proselint, yamllint) are installed into
benchmarks/.peers/ (a separate virtual environment) on first use. Every
figure is a median over --repeat runs (the two cold runs taken in turns,
so a slow spell of a shared machine hits both).

Processes run as an installed brieflint runs: with compiled bytecode cached
(in benchmarks/.pycache, through PYTHONPYCACHEPREFIX), even where the
environment sets PYTHONDONTWRITEBYTECODE, as a pip-installed package always
has it; each command runs once untimed first.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
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
from typing import Any

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


def run_env() -> dict[str, str]:
    """The environment of every timed process: bytecode cached, as in an installed package."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(HERE / ".pycache")
    return env


def wall(
    cmd: Sequence[str],
    repeat: int,
    *,
    cwd: Path | None = None,
    before: Callable[[], None] | None = None,
    warm_up: bool = True,
) -> float:
    env = run_env()
    if warm_up:  # bytecode written, files in the page cache: not what is measured
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def calibrate() -> float:
    """Milliseconds for a fixed pure-Python workload: the machine's speed at that moment.

    The development machine is shared; its speed drifts by half over minutes.
    Taken at the start, middle and end of a run, these say how far the
    figures of one run can be compared with another's.
    """
    best = math.inf
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for i in range(300_000):
            total += i * i % 7
        best = min(best, time.perf_counter() - start)
    return best * 1000


def interleaved(cmds: dict[str, Sequence[str]], repeat: int, *, cwd: Path | None = None) -> dict[str, float]:
    """Median wall time of each command, run in turns (a, b, a, b, …).

    On a shared machine the speed drifts over minutes; taking turns exposes
    every command to the same drift, so their ratio (``--jobs 2`` over
    ``--jobs 1``) is not decided by which ran during a slow spell.
    """
    env = run_env()
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(repeat):
        for name, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def peak_memory_mb(cmd: Sequence[str], cwd: Path | None = None) -> float | None:
    """Peak RSS of the command and its children (GNU time), in MB."""
    gnu_time = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if gnu_time:
        proc = subprocess.run([gnu_time, "-v", *cmd], cwd=cwd, capture_output=True, text=True, env=run_env())
        for line in proc.stderr.splitlines():
            if "Maximum resident set size" in line:
                return int(line.split(":")[1]) / 1024
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=run_env())
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # the largest single child; children of workers are not summed


def _prose_layer(doc: Any) -> None:
    """The shared prose layer every prose family reads: paragraphs of every scope, sentences."""
    from brieflint.document import prose as text
    from brieflint.document.sentences import sentences

    for p in text.paragraphs(doc, text.SCOPES):
        sentences(p)


def phases(corpus: Path, limit: int, profile: bool = False) -> dict[str, Any]:
    """Median milliseconds per brief for each phase, inside one process (after warm-up).

    ``prose`` is the shared prose layer (paragraphs of every scope, sentences),
    built before the families so that none of them is charged for it;
    ``whole file`` is ``load`` + ``check_document`` (every rule, the engine's own
    work: time bounds, suppressions, sorting) on a fresh document.
    With ``profile``, each phase also runs under cProfile and its top
    functions (by own time) are returned.
    """
    from brieflint.config.settings import Overrides
    from brieflint.document.brief import load
    from brieflint.model import Context
    from brieflint.run.engine import Planner, check_document, prepare

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
    samples: dict[str, list[float]] = {"load": [], "prose": []}
    for name in families:
        samples[name] = []
    samples["whole file"] = []
    profilers: dict[str, Any] = {}
    if profile:
        import cProfile

        profilers = {name: cProfile.Profile() for name in samples}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        prof = profilers.get(name)
        start = time.perf_counter()
        if prof is not None:
            prof.enable()
        try:
            return fn()
        finally:
            if prof is not None:
                prof.disable()
            samples[name].append(time.perf_counter() - start)

    # warm-up: first-use costs (imports, syllable tables, taxonomy) are measured separately
    first_use: dict[str, float] = {}
    for name, rules in families.items():
        doc = load(files[0])
        start = time.perf_counter()
        for rule in rules:
            if rule.code in plan.settings.enabled and (doc.ok or not rule.needs_data):
                list(rule.check(doc, Context(plan.settings.options_for(rule), plan.settings, plan.shared)))
        first_use[name] = (time.perf_counter() - start) * 1000

    def family(doc: Any, rules: list[Any]) -> None:
        for rule in rules:
            if rule.code not in plan.settings.enabled or (rule.needs_data and not doc.ok):
                continue
            list(rule.check(doc, Context(plan.settings.options_for(rule), plan.settings, plan.shared)))

    for path in files:
        doc = timed("load", lambda path=path: load(path))
        timed("prose", lambda doc=doc: _prose_layer(doc))
        for name, rules in families.items():
            timed(name, lambda doc=doc, rules=rules: family(doc, rules))
        timed("whole file", lambda path=path: check_document(load(path), plan))
    out = {f"{k}": statistics.median(v) * 1000 for k, v in samples.items()}
    means = {f"{k}": statistics.fmean(v) * 1000 for k, v in samples.items()}
    parts = [k for k in samples if k != "whole file"]
    out["sum of the phases"] = sum(out[k] for k in parts)
    means["sum of the phases"] = sum(means[k] for k in parts)
    top: dict[str, list[tuple[str, int, float, float]]] = {}
    for name, prof in profilers.items():
        import pstats

        st = pstats.Stats(prof)
        rows = []
        for (filename, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
            short = filename.split("site-packages/")[-1].split("/src/")[-1]
            rows.append((f"{short}:{line}({func})", nc, tt * 1000 / len(files), ct * 1000 / len(files)))
        rows.sort(key=lambda r: -r[2])
        top[name] = rows[:12]
    return {"median": out, "mean": means, "first_use": first_use, "files": len(files), "top": top}


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
    ap.add_argument("--profile", action="store_true", help="print each phase's top functions (cProfile)")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)

    corpus = ensure_corpus(args.count)
    n_md = len(list(corpus.glob("brief-*.md")))
    n_yaml = len(list(corpus.glob("brief-*.brief.yaml")))
    n = n_md + n_yaml
    bl = brieflint_cmd()
    # the corpus sits in benchmarks/corpus/, which this repository's .gitignore lists: a directory walk
    # that respects .gitignore (the default) would check nothing
    walk = ["--no-respect-gitignore"]
    checked = json.loads(
        subprocess.run(
            [*bl, "check", *walk, "--no-cache", "--exit-zero", "--format", "json", str(corpus)],
            capture_output=True,
            text=True,
            env=run_env(),
        ).stdout
    )["summary"]["files"]
    if checked != n:
        raise SystemExit(f"brieflint checked {checked} of the corpus's {n} briefs: the figures would mean nothing")
    results: dict[str, float] = {}

    speed = [calibrate()]
    log("phases …")
    ph = phases(corpus, 200 if not args.quick else 50)
    if args.profile:  # a separate pass: the profiler's overhead stays out of the table
        for name, rows in phases(corpus, 100, profile=True)["top"].items():
            print(f"\n## {name}: top functions by own time (ms per brief; cumulative ms per brief)")
            for where, calls, own, cum in rows:
                print(f"{own:8.3f} {cum:8.3f} {calls:8d}  {where}")
    version = wall([*bl, "--version"], max(5, args.repeat * 3))
    results["version"] = version
    one = str(sorted(corpus.glob("brief-*.md"))[0])
    workdir = Path(tempfile.mkdtemp())
    one_brief = wall([*bl, "check", "--no-cache", one], max(15, args.repeat * 5), cwd=workdir)
    results["one_brief"] = one_brief

    speed.append(calibrate())
    if not args.quick:
        log("cold --jobs 1 and --jobs 2, in turns …")
        cold = interleaved(
            {
                f"cold_j{jobs}": [*bl, "check", *walk, "--no-cache", "--quiet", "--jobs", str(jobs), str(corpus)]
                for jobs in (1, 2)
            },
            args.repeat,
            cwd=workdir,
        )
        results.update(cold)
        cache_dir = workdir / ".brieflint_cache"
        subprocess.run(
            [*bl, "check", *walk, "--quiet", str(corpus)],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=run_env(),
        )
        results["warm"] = wall([*bl, "check", *walk, "--quiet", str(corpus)], args.repeat, cwd=workdir, warm_up=False)
        results["warm_cache_exists"] = float(cache_dir.exists())
        results["peak_mb_j2"] = (
            peak_memory_mb([*bl, "check", *walk, "--no-cache", "--quiet", "--jobs", "2", str(corpus)], cwd=workdir)
            or -1
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
                warm_up=False,
            )
            log("proselint …")
            results["proselint"] = wall([str(peers_bin / "proselint"), "check", *md_files], args.repeat, warm_up=False)
            log("yamllint …")
            results["yamllint"] = wall(
                [str(peers_bin / "yamllint"), "-d", "relaxed", *yaml_files], args.repeat, warm_up=False
            )

    speed.append(calibrate())

    # ----- the report ------------------------------------------------------
    def per_sec(t: float, files: int) -> str:
        return f"{files / t:,.0f} briefs/s" if t > 0 else "-"

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    med = ph["median"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.date.today().isoformat()} by `python benchmarks/run.py{' --quick' if args.quick else ''}` "
        f"on {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"brieflint {__import__('brieflint').__version__}. Corpus: {n_md:,} Markdown + {n_yaml:,} YAML briefs "
        f"from `shared/bench/make_corpus.py` (seed 7). Medians of {args.repeat} runs unless noted "
        f"(cold `--jobs 1` and `--jobs 2` run in turns; one brief: {max(15, args.repeat * 5)} runs). "
        f"Load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work ran on the machine). "
        f"Machine speed (a fixed pure-Python loop, lower is faster) at the start, before the whole runs and at the end: "
        f"{', '.join(f'{x:.1f} ms' for x in speed)}; figures of runs whose speeds differ are not comparable.",
        "",
        "## Whole runs",
        "",
        "| what | time | rate | target | |",
        "|---|---|---|---|---|",
        f"| `brieflint --version` | {version * 1000:.0f} ms | | < 150 ms | {verdict(version < 0.150)} |",
        f"| one brief, as pre-commit runs it (process start to exit) | {one_brief * 1000:.0f} ms | | < 300 ms | {verdict(one_brief < 0.300)} |",
    ]
    if "cold_j1" in results:
        j1, j2, warm, floor = results["cold_j1"], results["cold_j2"], results["warm"], results["floor"]
        lines += [
            f"| cold, `--jobs 1`, every default rule, {n:,} briefs | {j1:.2f} s | {per_sec(j1, n)} | ≥ 100 briefs/s | {verdict(n / j1 >= 100)} |",
            f"| cold, `--jobs 2` | {j2:.2f} s | {per_sec(j2, n)} | ≥ 1.7 × jobs 1 ({j1 / j2:.2f} ×) | {verdict(j1 / j2 >= 1.7)} |",
            f"| warm cache | {warm:.2f} s | {per_sec(warm, n)} | ≥ 2,000 briefs/s | {verdict(n / warm >= 2000)} |",
            f"| peak memory, `--jobs 2` (largest process) | {results['peak_mb_j2']:.0f} MB | | < 250 MB | {verdict(0 < results['peak_mb_j2'] < 250)} |",
            f"| floor: read + split + ruamel C parse, {n:,} files | {floor:.2f} s | {per_sec(floor, n)} | cold within 4 × ({j1 / floor:.1f} ×) | {verdict(j1 / floor <= 4)} |",
        ]
    if "check_jsonschema" in results:
        pv = {p: version_of(PEERS / "bin", p) for p in PEER_PACKAGES}
        lines += [
            "",
            "## Peers (each doing part of the job, same corpus)",
            "",
            "| tool | files | time | per brief | brieflint `--jobs 2` (all rules, both forms) is |",
            "|---|---|---|---|---|",
            f"| check-jsonschema {pv['check-jsonschema']} (schema only) | {n_yaml:,} YAML | {results['check_jsonschema']:.2f} s | {results['check_jsonschema'] / n_yaml * 1000:.2f} ms | {results['check_jsonschema'] / results['cold_j2']:.2f} × faster (target: faster, {verdict(results['check_jsonschema'] > results['cold_j2'])}) |",
            f"| proselint {pv['proselint']} (prose only) | {n_md:,} Markdown | {results['proselint']:.2f} s | {results['proselint'] / n_md * 1000:.2f} ms | {results['proselint'] / results['cold_j2']:.2f} × faster (target: ≥ 5 ×, {verdict(results['proselint'] >= 5 * results['cold_j2'])}) |",
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
        "`prose` is the shared prose layer (paragraphs of every scope with Markdown stripped, sentences);",
        "each family line is that family's rules on an already loaded document with that layer built",
        "(`S` includes schema validation); `whole file` is load plus every rule through the engine",
        "(time bounds, suppressions, sorting) on a fresh document, so it is the in-process cost of one",
        "brief. First use is the family's cost on the first brief of a process (imports, tables).",
    ]
    report = "\n".join(lines) + "\n"
    if args.timings or args.quick:
        print(report)
    args.output.write_text(report, encoding="utf-8")
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
