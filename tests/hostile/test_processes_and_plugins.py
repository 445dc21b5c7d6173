"""Issue 21, items 6 and 8: workers never outlive the run; a plugin cannot take the run down.

Each case runs brieflint in a child process under a memory and time limit,
with test rules added to the real rule set (the way tests/test_fix.py does).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bounded import GOOD, MEMORY, kill_group, python, run

from brieflint.run import jobs

SCRIPT = """
import os, sys, time
from pathlib import Path
from brieflint.checks.registry import RuleSet
from brieflint.model import Problem, rule
from brieflint.run import planner as planner_mod

MODE = sys.argv[1]
PIDS = Path(sys.argv[2])

@rule("X990", "test-hostile-plugin", "warning")
def hostile(doc, ctx):
    '''A plugin rule that misbehaves as MODE says.'''
    (PIDS / str(os.getpid())).touch()
    if MODE == "slow":
        time.sleep(30)
    elif MODE == "exit":
        sys.exit(3)
    elif MODE == "print":
        print("}{ not json", flush=True)
    elif MODE == "swallow":
        while True:
            try:
                time.sleep(30)
            except BaseException:
                pass
    yield Problem(1, 1, "seen")

real = planner_mod.collect
planner_mod.collect = lambda *a, **k: RuleSet.of([*real(*a, **k).rules, hostile])
from brieflint.cli.main import main
sys.exit(main(["check", "--no-cache", "--format", "json", *sys.argv[3:]]))
"""


@pytest.fixture
def spawned() -> Iterator[list[subprocess.Popen[str]]]:
    """The processes a test starts: each killed with its whole process group when the test ends, pass or fail."""
    procs: list[subprocess.Popen[str]] = []
    try:
        yield procs
    finally:
        for proc in procs:
            kill_group(proc)


def _start(
    tmp_path: Path, mode: str, *args: str, files: int = 1, spawned: list[subprocess.Popen[str]]
) -> tuple[subprocess.Popen[str], Path]:
    pids = tmp_path / "pids"
    pids.mkdir()
    (tmp_path / ".brieflint.yaml").write_text("rule-timeout: 1\n", encoding="utf-8")
    for i in range(files):
        (tmp_path / f"brief-{i:03}.md").write_text(GOOD.replace("Morocco's", f"Morocco's {i}"), encoding="utf-8")
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY}))\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", prelude + SCRIPT, mode, str(pids), *args],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the fixture kills it and its workers
    )
    spawned.append(proc)
    return proc, pids


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def _wait_for_pids(pids: Path, n: int, timeout: float = 20) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [int(p.name) for p in pids.iterdir()]
        if len(found) >= n:
            return found
        time.sleep(0.05)
    raise AssertionError(f"only {len(list(pids.iterdir()))} of {n} workers started")


def test_jobs_is_capped_at_the_cpus() -> None:
    assert jobs.workers(400, 1000) == min(jobs.available_cpus(), 1000)


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")


@needs_proc
@pytest.mark.parametrize("sig,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_the_run_within_a_second_and_leaves_no_worker(
    tmp_path: Path, sig: int, status: int, spawned: list[subprocess.Popen[str]]
) -> None:
    workers = min(2, jobs.available_cpus())
    proc, pids = _start(tmp_path, "slow", "--jobs", str(workers), ".", files=8, spawned=spawned)
    busy = _wait_for_pids(pids, workers)
    started = time.monotonic()
    proc.send_signal(sig)
    proc.communicate(timeout=10)
    elapsed = time.monotonic() - started
    assert proc.returncode == status, proc.stderr
    assert elapsed < 1.5, elapsed
    time.sleep(0.2)
    assert not [p for p in busy if p != proc.pid and _alive(p)]


@needs_proc
def test_workers_die_with_a_killed_parent(tmp_path: Path, spawned: list[subprocess.Popen[str]]) -> None:
    if jobs.available_cpus() < 2:
        pytest.skip("one CPU: no workers")
    proc, pids = _start(tmp_path, "slow", "--jobs", "2", ".", files=8, spawned=spawned)
    busy = [p for p in _wait_for_pids(pids, 2) if p != proc.pid]
    proc.kill()
    proc.communicate(timeout=10)  # stdout reaches EOF: no worker holds it open
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and any(_alive(p) for p in busy):
        time.sleep(0.05)
    assert not [p for p in busy if _alive(p)]


@pytest.mark.parametrize("mode", ["exit", "swallow"])
def test_a_rule_that_exits_or_swallows_the_stop_is_an_e100(
    tmp_path: Path, mode: str, spawned: list[subprocess.Popen[str]]
) -> None:
    proc, _ = _start(tmp_path, mode, ".", spawned=spawned)
    started = time.monotonic()
    out, err = proc.communicate(timeout=25)
    assert time.monotonic() - started < 15
    assert proc.returncode == 1, err
    e100 = [f for f in json.loads(out)["findings"] if f["code"] == "E100"]
    assert len(e100) == 1 and "X990" in e100[0]["message"] and "test-hostile-plugin" in e100[0]["message"]


def test_print_in_a_rule_never_reaches_the_report(tmp_path: Path, spawned: list[subprocess.Popen[str]]) -> None:
    proc, _ = _start(tmp_path, "print", ".", spawned=spawned)
    out, err = proc.communicate(timeout=25)
    assert "}{ not json" in err
    assert [f["code"] for f in json.loads(out)["findings"]].count("X990") == 1


PLUGINS = {
    "exits": "import sys\nsys.exit(3)\n",
    "sleeps": "import time\ntime.sleep(60)\n",
    "swallows": "import time\nwhile True:\n    try:\n        time.sleep(60)\n    except BaseException:\n        pass\n",
    "prints": "print('}{ not json')\nRULES = []\n",
}


def test_a_plugin_that_exits_sleeps_or_prints_at_import_is_left_out_and_named(tmp_path: Path) -> None:
    for name, code in PLUGINS.items():
        (tmp_path / f"hostile_{name}.py").write_text(code, encoding="utf-8")
    script = f"""
import sys
sys.path.insert(0, {str(tmp_path)!r})
from brieflint.checks import registry
from brieflint.run import planner
planner.PLUGIN_LOAD_TIMEOUT = 1.0
names = {sorted(PLUGINS)!r}
eps = [registry.EntryPoint(n, f"hostile_{{n}}:RULES", "hostile", "1") for n in names]
registry.entry_points = lambda group=registry.GROUP: eps
rules = registry.collect(plugins=True, house_style=False, guard=planner.bounded_load)
print("\\n".join(rules.load_errors))
"""
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY}))\n"
    started = time.monotonic()
    proc = run([sys.executable, "-c", prelude + script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert time.monotonic() - started < 15
    assert proc.returncode == 0, proc.stderr
    errors = proc.stdout.splitlines()
    for name in ("exits", "sleeps", "swallows"):
        assert any(f"plugin '{name}'" in e for e in errors), errors
    assert "}{ not json" not in proc.stdout and "}{ not json" in proc.stderr


@needs_proc
def test_a_child_that_times_out_leaves_nothing_behind(tmp_path: Path) -> None:
    """The bounded helpers kill the child's whole process group: its own children die with it."""
    code = (
        "import subprocess, sys, time\n"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "open('grandchild', 'w').write(str(p.pid))\n"
        "time.sleep(60)\n"
    )
    with pytest.raises(subprocess.TimeoutExpired):
        python(code, cwd=tmp_path, timeout=3)
    pid = int((tmp_path / "grandchild").read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)
    assert not _alive(pid)


@pytest.mark.parametrize("name,stdin", [("exits", False), ("sleeps", False), ("exits", True)])
def test_a_plugin_that_fails_to_load_fails_the_run_with_an_e100(tmp_path: Path, name: str, stdin: bool) -> None:
    (tmp_path / f"hostile_{name}.py").write_text(PLUGINS[name], encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "other.md").write_text(GOOD, encoding="utf-8")
    args = ["-", "--stdin-filename", "good.md"] if stdin else ["."]
    script = f"""
import sys
sys.path.insert(0, {str(tmp_path)!r})
from brieflint.checks import registry
from brieflint.run import planner
planner.PLUGIN_LOAD_TIMEOUT = 1.0
real = registry.entry_points
ep = registry.EntryPoint({name!r}, "hostile_{name}:RULES", "hostile", "1")
registry.entry_points = lambda group=registry.GROUP: [*real(group), ep]
from brieflint.cli.main import main
sys.exit(main(["check", "--no-cache", "--format", "json", *{args!r}]))
"""
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY}))\n"
    with open(tmp_path / "good.md", encoding="utf-8") as brief:
        proc = run(
            [sys.executable, "-c", prelude + script],
            cwd=tmp_path,
            stdin=brief,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert proc.returncode == 1, proc.stderr
    e100 = [f for f in json.loads(proc.stdout)["findings"] if f["code"] == "E100"]
    assert len(e100) == 1, e100  # once per run, at the first file
    assert e100[0]["path"].endswith("good.md") and (e100[0]["line"], e100[0]["column"]) == (1, 1)
    assert f"plugin '{name}'" in e100[0]["message"] and e100[0]["severity"] == "error"
