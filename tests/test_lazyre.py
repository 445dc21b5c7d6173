"""Expressions compiled at first use: the same results as re.compile, compiled only when a brief needs them."""

from __future__ import annotations

import copy
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from brieflint.lazyre import LazyPattern, lazy

ROOT = Path(__file__).resolve().parents[1]


def test_nothing_is_compiled_before_the_first_use():
    p = lazy(r"(b+)", re.I)
    assert isinstance(p, LazyPattern) and "search" not in vars(p)
    assert p.search("aBbc").group(1) == "Bb"
    assert {"search", "match", "finditer", "sub", "pattern"} <= set(vars(p))  # kept: later calls go straight to re


@pytest.mark.parametrize("flags", [0, re.I | re.M])
def test_every_method_answers_as_the_compiled_pattern_does(flags):
    source = r"^(?P<word>[a-z]+)(\d)?"
    text = "abc1 Def\nghi xyz2"
    for method, args in [
        ("search", (text,)),
        ("match", (text, 5)),
        ("fullmatch", ("abc1",)),
        ("findall", (text,)),
        ("sub", (r"<\g<word>>", text)),
        ("subn", ("-", text)),
        ("split", (text,)),
    ]:
        compiled = re.compile(source, flags)
        ours, theirs = getattr(lazy(source, flags), method)(*args), getattr(compiled, method)(*args)
        if isinstance(theirs, re.Match):
            assert ours is not None and (ours.span(), ours.groups()) == (theirs.span(), theirs.groups())
        else:
            assert ours == theirs
    p = lazy(source, flags)
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in re.compile(source, flags).finditer(text)]
    assert (p.pattern, p.flags, p.groups, p.groupindex) == (source, re.compile(source, flags).flags, 2, {"word": 1})


def test_other_attributes_are_missing_and_copies_work():
    p = lazy("a")
    assert not hasattr(p, "scanner_of_nothing") and not hasattr(p, "__array__")
    assert copy.deepcopy(p).search("ba").span() == (1, 2)
    assert pickle.loads(pickle.dumps(p)).search("ba").span() == (1, 2)
    assert repr(p) == "lazy('a', 0)"


def test_a_brief_without_html_urls_or_dash_attributions_leaves_their_expressions_uncompiled():
    code = (
        "import sys\n"
        "from brieflint.cli.main import main\n"
        "from brieflint.document import prose as text\n"
        "from brieflint.checks.quotes import cues\n"
        "rc = main(['check', '--no-cache', sys.argv[1]])\n"
        "lazies = {'_HTML_TAG': text._HTML_TAG, '_URL': text._URL, 'DASH_LINE': cues.DASH_LINE}\n"
        "print('COMPILED', sorted(n for n, p in lazies.items() if 'search' in vars(p)))\n"
    )
    brief = ROOT / "examples" / "iraq-electricity-imports.md"
    assert "<" not in brief.read_text(encoding="utf-8").split("---", 2)[2]
    proc = subprocess.run([sys.executable, "-c", code, str(brief)], capture_output=True, text=True)
    assert "COMPILED []" in proc.stdout, proc.stdout + proc.stderr


BROKEN = ROOT / "examples" / "broken-brief.md"  # a brief with findings of every family


def _run(tmp_path: Path, brief: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), **extra})
    return subprocess.run(
        [sys.executable, "-m", "brieflint", "check", "--no-cache", "--format", "json", str(brief)],
        capture_output=True,
        text=True,
        env=env,
    )


def _stores(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "pycache").rglob("lazyre.*.regex"))


def test_the_stored_programs_are_the_ones_re_compiles_and_give_the_same_findings(tmp_path):
    import _sre
    import marshal
    from re import _compiler, _parser

    brief = BROKEN
    first = _run(tmp_path, brief)
    [store] = _stores(tmp_path)  # written by the first run, next to the bytecode
    programs = marshal.loads(store.read_bytes())
    assert len(programs) > 20
    for (source, flags), (all_flags, code, groups, groupindex, indexgroup) in programs.items():
        reference = re.compile(source, flags)
        assert code == [int(c) for c in _compiler._code(_parser.parse(source, flags), flags)], source
        built = _sre.compile(source, all_flags, code, groups, groupindex, indexgroup)
        assert (built.flags, built.groups, built.groupindex) == (
            reference.flags,
            reference.groups,
            reference.groupindex,
        )
    second = _run(tmp_path, brief)  # built from the store
    assert first.returncode == second.returncode == 1 and json.loads(first.stdout) == json.loads(second.stdout)
    assert first.stderr == second.stderr == ""


def test_a_damaged_store_is_ignored_and_replaced(tmp_path):
    brief = BROKEN
    reference = _run(tmp_path, brief)
    [store] = _stores(tmp_path)
    for damage in (b"", b"\x00garbage" * 100, b"\xe9" * 10):  # unreadable, not a table, not marshal at all
        store.write_bytes(damage)
        again = _run(tmp_path, brief)
        assert (again.returncode, again.stdout, again.stderr) == (reference.returncode, reference.stdout, ""), damage
    import marshal

    store.write_bytes(marshal.dumps({("[a-z]+", 0): (0, [1, 2, 3], 0, {}, ())}))  # a program _sre rejects
    assert lazyre_compile_in_subprocess(tmp_path, "[a-z]+") == "ok"


def lazyre_compile_in_subprocess(tmp_path: Path, source: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    code = (
        f"from brieflint import lazyre; p = lazyre.compile({source!r}); "
        "print('ok' if p.findall('ab 12 cd') == ['ab', 'cd'] else 'wrong')"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env).stdout.strip()


def test_nothing_is_stored_where_bytecode_is_not_written(tmp_path):
    brief = BROKEN
    proc = _run(tmp_path, brief, PYTHONDONTWRITEBYTECODE="1")
    assert proc.returncode == 1 and proc.stderr == ""
    assert _stores(tmp_path) == []
    _run(tmp_path, brief)  # written by a run that may write bytecode …
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"), "PYTHONDONTWRITEBYTECODE": "1"}
    code = "from brieflint import lazyre; s = lazyre.store(); print(len(s.programs), s.writable)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env).stdout.split()
    assert int(out[0]) > 20 and out[1] == "False"  # … and read by one that may not


def test_a_store_that_cannot_be_written_changes_nothing(tmp_path):
    reference = _run(tmp_path / "a", BROKEN)
    (tmp_path / "b").write_text("a file where the bytecode folder would be", encoding="utf-8")
    proc = _run(tmp_path / "b", BROKEN)  # nothing can be created under a file (as under a read-only folder)
    assert (proc.returncode, proc.stdout, proc.stderr) == (reference.returncode, reference.stdout, "")
    assert [p.name for p in tmp_path.rglob("*regex*")] == [_stores(tmp_path / "a")[0].name]  # no temporary left
