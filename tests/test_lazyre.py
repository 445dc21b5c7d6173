"""Expressions compiled at first use: the same results as re.compile, compiled only when a brief needs them."""

from __future__ import annotations

import copy
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
