"""The content cache: a hit is never stale, and a change to any part of the key is a miss.

Every test runs the real engine over files really written to disk, counts how
many files the loader actually reads (``engine.load``), and compares the
findings of a cached run with those of an uncached one.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from support import ONE_TOPIC

from brieflint.checks.registry import RuleSet
from brieflint.cli.main import main
from brieflint.config.settings import Overrides
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule
from brieflint.run import cache as cache_mod
from brieflint.run import engine, fingerprint
from brieflint.run import planner as planner_mod
from brieflint.run.cache import CACHE_DIR, Cache
from brieflint.run.engine import Planner, RunResult, run

BRIEF = ONE_TOPIC + '"Tariffs will rise for everyone who uses more than the social block," one official warned.\n'


@pytest.fixture(autouse=True)
def package_files_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The package's own files are part of the key; hold them still, as in an installed copy.

    (In a checkout being edited, every save of a module rightly invalidates the cache.)
    """
    frozen = fingerprint._package_files()
    monkeypatch.setattr(fingerprint, "_package_files", lambda: frozen)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    for i in range(3):
        (tmp_path / f"brief-{i}.md").write_text(BRIEF.replace("Morocco's parliament", f"Parliament {i}"), "utf-8")
    (tmp_path / "other.brief.yaml").write_text(
        "title: A brief in YAML form about the water tariffs\nsections:\n  - heading: One\n    body: Text.\n", "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the loader really reads, in this process."""
    seen: list[str] = []
    real = engine.load

    def counting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(os.path.basename(str(path)))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "load", counting)
    return seen


def lint(folder: Path, *, use_cache: bool = True, jobs: int = 1) -> RunResult:
    planner = Planner(Overrides(), str(folder / ".brieflint.yaml"))
    return run([str(folder)], planner, jobs=jobs, cache=Cache() if use_cache else None)


def as_json(result: RunResult) -> list[dict[str, object]]:
    return [f.to_json() for f in result.findings]


def entries(folder: Path) -> list[Path]:
    return sorted((folder / CACHE_DIR).rglob("*.json"))


def test_warm_run_reads_no_brief_and_reports_the_same(folder: Path, loads: list[str]) -> None:
    cold = lint(folder)
    assert len(loads) == 4
    assert len(entries(folder)) == 4
    assert (folder / CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (folder / CACHE_DIR / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    loads.clear()
    warm = lint(folder)
    assert loads == []
    assert as_json(warm) == as_json(cold) == as_json(lint(folder, use_cache=False))
    assert any(f.path == str(folder / "other.brief.yaml") and f.code == "S101" for f in warm.findings)


def test_changed_bytes_are_a_miss_even_with_the_same_size_and_mtime(folder: Path, loads: list[str]) -> None:
    lint(folder)
    target = folder / "brief-1.md"
    st = target.stat()
    data = target.read_bytes()
    changed = data.replace(b"  - name: Leila Benkirane\n    bio:", b"  - name: Leila Benkirane\n    xyz:")
    assert len(changed) == len(data)
    target.write_bytes(changed)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    loads.clear()
    result = lint(folder)
    assert loads == ["brief-1.md"]
    assert {(os.path.basename(f.path), f.code) for f in result.findings if f.code in ("S101", "S106")} - {
        ("other.brief.yaml", "S101")
    } == {
        ("brief-1.md", "S101"),
        ("brief-1.md", "S106"),
    }
    target.write_bytes(data)  # back as it was: the old entry is found again
    loads.clear()
    lint(folder)
    assert loads == []


def test_configuration_change_is_a_miss(folder: Path, loads: list[str]) -> None:
    before = lint(folder)
    (folder / ".brieflint.yaml").write_text("severity: {S101: warning}\n", encoding="utf-8")
    loads.clear()
    after = lint(folder)
    assert len(loads) == 4
    assert {str(f.severity) for f in after.findings if f.code == "S101"} == {"warning"}
    assert {str(f.severity) for f in before.findings if f.code == "S101"} == {"error"}


def _shipped(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        pytest.skip(f"{package}/{name} is not shipped yet")


@pytest.mark.parametrize(
    ("key", "package", "name", "extra"),
    [
        ("schema", "brieflint.schemas", "brief.schema.json", None),
        ("taxonomy", "brieflint.rules", "taxonomy.yaml", None),
        ("rule-packs", "brieflint.rules", "house-style.yaml", "house-style: false\n"),
    ],
)
def test_schema_taxonomy_and_pack_contents_are_part_of_the_key(
    folder: Path, loads: list[str], key: str, package: str, name: str, extra: str | None
) -> None:
    text = _shipped(package, name)
    local = folder / "conf" / name
    local.parent.mkdir()
    local.write_text(text, encoding="utf-8")
    value = f"[conf/{name}]" if key == "rule-packs" else f"conf/{name}"
    (folder / ".brieflint.yaml").write_text(f"{key}: {value}\n{extra or ''}", encoding="utf-8")
    lint(folder)
    loads.clear()
    lint(folder)
    assert loads == []
    # the same configuration file, a changed file it names
    if name.endswith(".json"):
        data = json.loads(text)
        data["description"] = "changed by a test"
        local.write_text(json.dumps(data), encoding="utf-8")
    else:
        local.write_text(text + "\n# changed by a test\n", encoding="utf-8")
    lint(folder)
    assert len(loads) == 4


def test_version_is_part_of_the_key(folder: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lint(folder)
    monkeypatch.setattr(fingerprint, "__version__", "99.0.0")
    loads.clear()
    lint(folder)
    assert len(loads) == 4


def test_installed_package_files_are_part_of_the_key(
    folder: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lint(folder)
    frozen = fingerprint._package_files()
    names = {line.rsplit(":", 2)[0] for line in frozen}
    assert {"brieflint:run/engine.py", "brieflint.schemas:brief.schema.json"} <= names
    monkeypatch.setattr(fingerprint, "_package_files", lambda: [*frozen, "brieflint:checks/new.py:10:1\n"])
    loads.clear()
    lint(folder)
    assert len(loads) == 4


@rule("X950", "test-long-title", "info")
def long_title(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A rule that a plugin adds."""
    if isinstance(doc.data, dict) and len(str(doc.data.get("title", ""))) > 20:
        yield Problem(2, 1, "long title")


@rule("X950", "test-long-title", "info")
def long_title_v2(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The same rule, same code and name, new code (a plugin upgraded in place)."""
    yield Problem(1, 1, "changed")


def test_rule_set_and_rule_code_are_part_of_the_key(
    folder: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lint(folder)
    real = planner_mod.collect
    monkeypatch.setattr(planner_mod, "collect", lambda *a, **k: RuleSet.of([*real(*a, **k).rules, long_title]))
    loads.clear()
    result = lint(folder)
    assert len(loads) == 4
    assert sum(f.code == "X950" for f in result.findings) == 4
    monkeypatch.setattr(planner_mod, "collect", lambda *a, **k: RuleSet.of([*real(*a, **k).rules, long_title_v2]))
    loads.clear()
    result = lint(folder)
    assert len(loads) == 4
    assert {f.message for f in result.findings if f.code == "X950"} == {"changed"}


def test_schema_only_runs_have_their_own_entries(folder: Path, loads: list[str]) -> None:
    lint(folder)
    loads.clear()
    planner = Planner(Overrides(), str(folder / ".brieflint.yaml"))
    only = run([str(folder)], planner, cache=Cache(), only=("E", "S"))
    assert len(loads) == 4
    assert {f.code[0] for f in only.findings} <= {"E", "S"}


@rule("X951", "test-crashes", "warning")
def crashes(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A rule that raises: its E100 depends on the machine, not the file."""
    raise RuntimeError("boom")
    yield  # pragma: no cover


def test_crashed_rule_findings_are_not_stored(folder: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = planner_mod.collect
    monkeypatch.setattr(planner_mod, "collect", lambda *a, **k: RuleSet.of([*real(*a, **k).rules, crashes]))
    first = lint(folder)
    assert sum(f.code == "E100" for f in first.findings) == 4
    assert entries(folder) == []
    loads.clear()
    lint(folder)
    assert len(loads) == 4


def test_corrupt_entry_is_a_miss_and_is_replaced(folder: Path, loads: list[str]) -> None:
    cold = lint(folder)
    for entry in entries(folder):
        entry.write_bytes(entry.read_bytes()[:20])  # torn
    loads.clear()
    again = lint(folder)
    assert len(loads) == 4
    assert as_json(again) == as_json(cold)
    loads.clear()
    lint(folder)
    assert loads == []


def test_unwritable_cache_folder_is_no_error(folder: Path) -> None:
    (folder / CACHE_DIR).write_text("not a folder", encoding="utf-8")
    assert as_json(lint(folder)) == as_json(lint(folder, use_cache=False))


def test_no_cache_flag_neither_reads_nor_writes(folder: Path, loads: list[str]) -> None:
    out, err = io.StringIO(), io.StringIO()
    main(["check", "--no-cache", "--format", "json", "."], out, err)
    assert not (folder / CACHE_DIR).exists()
    main(["check", "--format", "json", "."], io.StringIO(), io.StringIO())
    assert len(entries(folder)) == 4
    loads.clear()
    out2 = io.StringIO()
    main(["check", "--no-cache", "--format", "json", "."], out2, io.StringIO())
    assert len(loads) == 4
    assert json.loads(out2.getvalue()) == json.loads(out.getvalue())


def test_parallel_workers_fill_the_cache(folder: Path, loads: list[str]) -> None:
    for i in range(3, 40):
        (folder / f"brief-{i}.md").write_text(BRIEF.replace("Morocco's parliament", f"Parliament {i}"), "utf-8")
    cold = lint(folder, jobs=2)
    assert len(entries(folder)) == 41
    loads.clear()
    warm = lint(folder, jobs=2)
    assert loads == []
    assert as_json(warm) == as_json(cold)


def test_concurrent_runs_share_the_cache_safely(folder: Path) -> None:
    for i in range(3, 30):
        (folder / f"brief-{i}.md").write_text(BRIEF.replace("Morocco's parliament", f"Parliament {i}"), "utf-8")
    cmd = [sys.executable, "-m", "brieflint", "check", "--format", "json", "--jobs", "1", "."]
    procs = [subprocess.Popen(cmd, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert len({o for o in outputs}) == 1
    for entry in entries(folder):
        json.loads(entry.read_bytes())  # whole entries only
    assert not [p for p in (folder / CACHE_DIR).rglob(".tmp-*")]
    warm = subprocess.run(cmd, cwd=folder, capture_output=True)
    assert warm.stdout == outputs[0]


def test_configurations_unused_for_a_month_are_pruned(folder: Path, loads: list[str]) -> None:
    lint(folder)
    top = folder / CACHE_DIR / cache_mod.FORMAT
    (current,) = [p for p in top.iterdir() if p.is_dir()]
    old = top / "0123456789abcdef01234567"
    (old / "ab").mkdir(parents=True)
    (old / "ab" / "cdef.json").write_text("{}", encoding="utf-8")
    (old / "last-used").write_text("", encoding="utf-8")
    long_ago = (current / "last-used").stat().st_mtime - 31 * 86400
    os.utime(old / "last-used", (long_ago, long_ago))
    os.utime(current / "last-used", (long_ago + 2 * 86400, long_ago + 2 * 86400))
    loads.clear()
    lint(folder)  # a warm run reads only, and marks its configuration as used
    assert loads == []
    assert old.exists()
    (folder / "brief-0.md").write_text(BRIEF + "\nOne more line.\n", encoding="utf-8")
    lint(folder)  # a run that writes prunes what no run used for 30 days
    assert not old.exists()
    assert current.exists() and (current / "last-used").stat().st_mtime > long_ago + 29 * 86400


def test_temporary_names_skip_the_ones_taken(tmp_path):
    from brieflint.run.cache import _create_temporary

    taken = tmp_path / f".tmp-{os.getpid()}-0"
    taken.write_text("someone else's")
    fd, name = _create_temporary(str(tmp_path))
    os.close(fd)
    assert name == str(tmp_path / f".tmp-{os.getpid()}-1")
    assert taken.read_text() == "someone else's"
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o600


def test_cache_dir_puts_the_cache_where_asked(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    from brieflint.cli.main import main

    elsewhere = tmp_path_factory.mktemp("ci-cache") / "brieflint"
    code = main(["check", "--cache-dir", str(elsewhere), "."], io.StringIO(), io.StringIO())
    assert code in (0, 1)
    assert list((elsewhere / CACHE_DIR).rglob("*.json"))
    assert not (folder / CACHE_DIR).exists()
