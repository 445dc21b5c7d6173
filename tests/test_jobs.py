"""``--jobs N``: the same findings as a serial run, in the same order, whatever N is.

A few dozen generated briefs in both forms, with every rule on: good ones,
planted mistakes (schema, quotes, taxonomy, links, YAML syntax), CRLF and
a BOM, an empty file and a binary one, checked with ``jobs=1`` and
``jobs=2`` (and ``--jobs`` left to its default), compared finding by finding.
"""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path

import pytest

from brieflint.cli.main import main
from brieflint.config.settings import Overrides
from brieflint.run import engine, jobs
from brieflint.run.engine import Planner, run

TOPICS = ["Water & Environment", "Energy & Economics", "Counterterrorism", "Sanctions", "Shia Politics", "Waters"]
REGIONS = ["Iraq", "Morocco", "Syria", "Lebanon", "Jordan", "Atlantis"]
SENTENCES = [
    "The cabinet has struggled to reform the electricity subsidy system as oil revenues fall.",
    '"The state must hold a monopoly on the use of force and we will not wait," the prime minister said.',
    '"Every delay makes the eventual reform more painful for ordinary families across the country."',
    "Observers say the plan cannot work without foreign money [@imf-2025].",
    "Parliament passed the law after months of deadlock [@unknown-source].",
    "Critics argue that the tariff will hurt the poor, according to a [report](http://example.org/report).",
    "The central bank, which has quietly begun to restructure its balance sheet after years of losses and "
    "political interference, is expected to publish a credible budget for the coming year despite pressure.",
]


def brief(i: int, rng: random.Random) -> tuple[str, bytes]:
    topics = rng.sample(TOPICS, 2)
    regions = rng.sample(REGIONS, 2)
    body = "\n\n".join(
        " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6))) for _ in range(rng.randint(1, 4))
    )
    kind = i % 9
    if i % 2:
        text = (
            f"title: Brief number {i} on water and power in the region\n"
            "type: brief-analysis\n"
            f"date: 2025-0{1 + i % 9}-1{i % 10}\n"
            "authors:\n"
            f"  - name: Author {i}\n"
            "    bio: Author is a fellow who studies utility regulation in North Africa and the Levant.\n"
            "summary: >-\n"
            "  Rabat's plan to hand water distribution to regional companies could fund investment,\n"
            "  but only if tariffs protect poor households.\n"
            f"topics: [{', '.join(topics)}]\n"
            f"regions: [{', '.join(regions)}]\n"
            "sources:\n"
            "  - id: imf-2025\n"
            "    title: IMF country report\n"
            + ("translations:\n  - language: english\n    url: http://example.org\n" if kind == 3 else "")
            + ("sections: [\n" if kind == 5 else "")
            + "sections:\n"
            "  - heading: The reform\n"
            "    body: |\n" + "".join(f"      {line}\n" for line in body.split("\n"))
        )
        return f"brief-{i:03d}.brief.yaml", text.encode("utf-8")
    front = (
        "---\n"
        f"title: Brief number {i} on water and power in the region\n"
        "type: brief-analysis\n"
        f"date: 2025-0{1 + i % 9}-1{i % 10}\n"
        "authors:\n"
        f"  - name: Author {i}\n"
        + ("" if kind == 2 else "    bio: Author is a fellow who studies utility regulation in North Africa.\n")
        + "summary: >-\n"
        "  Rabat's plan to hand water distribution to regional companies could fund investment,\n"
        "  but only if tariffs protect poor households.\n"
        f"topics: [{', '.join(topics)}]\n"
        f"{'region' if kind == 4 else 'regions'}: [{', '.join(regions)}]\n"
        "sources:\n"
        "  - id: imf-2025\n"
        "    title: IMF country report\n" + ("title: duplicate\n" if kind == 6 else "") + "---\n\n"
    )
    text = front + f"## Section {i}\n\n{body}\n"
    data = text.encode("utf-8")
    if kind == 8:
        data = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    return f"brief-{i:03d}.md", data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("jobs")
    (root / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    rng = random.Random(7)
    for i in range(48):
        name, data = brief(i, rng)
        sub = root / ("a" if i % 3 == 0 else "b")
        sub.mkdir(exist_ok=True)
        (sub / name).write_bytes(data)
    (root / "b" / "empty.md").write_bytes(b"---\n")
    (root / "b" / "binary.md").write_bytes(b"---\n\x00\x01\x02")
    return root


def findings(result: engine.RunResult) -> list[dict[str, object]]:
    return [f.to_json() for f in result.findings]


def test_jobs_2_same_findings_same_order_as_serial(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(corpus / ".brieflint.yaml")
    serial = run([str(corpus)], Planner(Overrides(), config), jobs=1)
    calls: list[int] = []
    real = jobs.run_parallel

    def spy(files, check, workers, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(workers)
        return real(files, check, workers, *args, **kwargs)

    monkeypatch.setattr(jobs, "run_parallel", spy)
    parallel = run([str(corpus)], Planner(Overrides(), config), jobs=2)
    assert calls == [2]  # really parallel
    assert len(serial.files) == 50
    assert len(serial.findings) > 100
    codes = {f.code for f in serial.findings}
    assert {"E002", "E003", "E004", "E006", "S101", "S106", "Q101"} <= codes  # the planted mistakes are found
    assert findings(parallel) == findings(serial)
    assert [r.path for r in parallel.files] == [r.path for r in serial.files]
    # each file's findings in a total order: by position, then code, then message
    for r in serial.files:
        keys = [(f.line, f.column, f.code, f.end_line or 0, f.end_column or 0, f.message) for f in r.findings]
        assert keys == sorted(keys)


def test_cli_json_identical_for_jobs_1_2_and_default(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    outputs = []
    for option in (["--jobs", "1"], ["--jobs", "2"], ["--jobs", "3"], []):
        out, err = io.StringIO(), io.StringIO()
        code = main(["check", "--no-cache", "--format", "json", *option, "."], out, err)
        assert code == 1
        outputs.append(json.loads(out.getvalue()))
    assert all(o == outputs[0] for o in outputs[1:])


def test_worker_that_dies_is_replaced_by_the_parent(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = str(corpus / ".brieflint.yaml")
    serial = run([str(corpus)], Planner(Overrides(), config), jobs=1)
    parent = os.getpid()
    real = engine.FileChecker.check

    def crashing(self, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.getpid() != parent and path.endswith("brief-040.md"):
            os._exit(3)  # a worker killed mid-batch (out of memory, a segfault in a C library)
        if os.getpid() != parent and path.endswith("brief-041.brief.yaml"):
            raise RuntimeError("a worker that fails")
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(engine.FileChecker, "check", crashing)
    parallel = run([str(corpus)], Planner(Overrides(), config), jobs=2)
    assert findings(parallel) == findings(serial)


def test_default_jobs_only_when_enough_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "available_cpus", lambda: 8)
    assert jobs.workers(None, 1) == 1
    assert jobs.workers(None, 20) == 1  # not worth starting processes
    assert jobs.workers(None, 40) == 2
    assert jobs.workers(None, 1000) == 8
    assert jobs.workers(4, 3) == 3  # an explicit --jobs is honoured, up to the number of files
    assert jobs.workers(1, 1000) == 1


def test_available_cpus_is_positive() -> None:
    n = jobs.available_cpus()
    assert 1 <= n <= (os.cpu_count() or 1)


def test_progress_reaches_the_total(corpus: Path) -> None:
    seen: list[tuple[int, int]] = []
    config = str(corpus / ".brieflint.yaml")
    run([str(corpus)], Planner(Overrides(), config), jobs=2, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (50, 50)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_batches_shrink_to_the_end_and_cover_every_file() -> None:
    """Guided batches: each file once, in order, large first, small last; every worker gets work in a small run."""
    for files, workers in ((1998, 2), (118, 2), (48, 2), (5, 2), (3, 2), (50, 3), (1, 2), (0, 2)):
        sizes = jobs.batch_sizes(files, workers)
        assert sum(sizes) == files
        assert all(s >= 1 for s in sizes)
        assert sizes == sorted(sizes, reverse=True)
        if files >= workers:
            assert len(sizes) >= workers
    sizes = jobs.batch_sizes(1998, 2)
    assert sizes[0] == 250 and sizes[-1] == jobs.SMALLEST_BATCH  # the last batch is a few files, not 125
