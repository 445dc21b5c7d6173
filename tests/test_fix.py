"""``--fix`` and ``--diff``: whole files compared byte for byte, and nothing ever lost.

The fixes come from small rules defined here (a substitution "Irak" → "Iraq",
trailing whitespace, and rules whose fixes are unsafe on purpose), added to the
real rule set by wrapping ``brieflint.run.planner.collect``, and run through the real command
line with ``--select`` so that only they run. Every file is really written,
fixed on disk and read back.
"""

from __future__ import annotations

import io
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from brieflint.checks.registry import RuleSet
from brieflint.cli.main import main
from brieflint.document.brief import Document
from brieflint.fix import apply as fix
from brieflint.fix import write as fix_write
from brieflint.model import Context, Fix, Problem, rule
from brieflint.run import planner as planner_mod


def _word_fixes(doc: Document, pattern: str, new: str, message: str) -> Iterator[Problem]:
    for m in re.finditer(pattern, doc.text):
        line, col = doc.index.position(m.start())
        end_line, end_col = doc.index.position(m.end())
        yield Problem(
            line,
            col,
            message,
            end_line=end_line,
            end_column=end_col,
            fix=Fix(line, col, end_line, end_col, m.group(), new),
        )


@rule("X901", "test-irak", "warning", fixable=True)
def irak(doc: Document, ctx: Context) -> Iterator[Problem]:
    """'Irak' is spelled 'Iraq' (a substitution, in the front matter and the body)."""
    yield from _word_fixes(doc, r"\bIrak\b", "Iraq", "write 'Iraq', not 'Irak'")


@rule("X902", "test-trailing-space", "warning", fixable=True, needs_data=False)
def trailing(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Trailing spaces (runs even on files that did not parse, as a whitespace rule would)."""
    yield from _word_fixes(doc, r"(?m)[ \t]+$", "", "trailing whitespace")


@rule("X903", "test-unsafe-colon", "warning", fixable=True)
def unsafe_colon(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A broken fix: 'Basra' → 'Basra: city' (turns a YAML scalar into a mapping)."""
    yield from _word_fixes(doc, r"\bBasra\b", "Basra: city", "test")


@rule("X904", "test-stale", "warning", fixable=True)
def stale(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A fix whose ``old`` is not what the file says there."""
    for p in _word_fixes(doc, r"\bMosul\b", "Mosul!", "test"):
        assert p.fix is not None
        yield Problem(
            p.line,
            p.column,
            p.message,
            fix=Fix(p.fix.line, p.fix.column, p.fix.end_line, p.fix.end_column, "Erbil", "x"),
        )


@rule("X905", "test-irak-war", "warning", fixable=True)
def irak_war(doc: Document, ctx: Context) -> Iterator[Problem]:
    """Overlaps X901: 'Irak war' → 'Iraq War'."""
    yield from _word_fixes(doc, r"\bIrak war\b", "Iraq War", "test")


@rule("X906", "test-quote-breaker", "warning", fixable=True)
def quote_breaker(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A broken fix: 'Kirkuk' → 'Kirkuk"' (leaves a quoted YAML scalar unterminated)."""
    yield from _word_fixes(doc, r"\bKirkuk\b", 'Kirkuk"', "test")


EXTRA = (irak, trailing, unsafe_colon, stale, irak_war, quote_breaker)


@pytest.fixture(autouse=True)
def test_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    real = planner_mod.collect
    monkeypatch.setattr(planner_mod, "collect", lambda *a, **k: RuleSet.of([*real(*a, **k).rules, *EXTRA]))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--no-cache", *args], out, err)
    return code, out.getvalue(), err.getvalue()


MD = textwrap.dedent(
    """\
    ---
    # the title is quoted on purpose
    title: "Irak after the vote"   # keep this comment
    type: brief-analysis
    date: 2026-03-12
    authors:
      - name: 'Leila Benkirane'
        bio: >-
          Leila Benkirane studies Irak and its neighbours,
          with a focus on water.
    topics: [Irak,  Water & Environment]   # two spaces after the comma
    regions:
        - Irak        # deep indentation, kept
        - Syria
    ---

    # The Irak story

    Since the Irak war, the budget of Irak has shrunk.
    """
)


def expected(data: bytes) -> bytes:
    return data.replace(b"Irak", b"Iraq")


def test_fix_keeps_every_other_byte_comments_quoting_indentation(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X901", "--fix", "brief.md")
    assert brief.read_bytes() == expected(before)
    assert "brief.md: fixed 7 problems" in err
    assert "3:9 X901 'Irak' -> 'Iraq'" in err
    assert "Fixed 7 problems in 1 file; 0 problems remain." in err
    assert "No problems in 1 file." in out
    assert code == 0


@pytest.mark.parametrize(
    ("name", "prefix", "newline"),
    [
        ("crlf.md", b"", b"\r\n"),
        ("bom-crlf.md", b"\xef\xbb\xbf", b"\r\n"),
        ("bom.md", b"\xef\xbb\xbf", b"\n"),
        ("cr.md", b"", b"\r"),
    ],
)
def test_crlf_bom_and_cr_files_stay_as_they_are(folder: Path, name: str, prefix: bytes, newline: bytes) -> None:
    brief = folder / name
    before = prefix + MD.encode("utf-8").replace(b"\n", newline)
    brief.write_bytes(before)
    run_cli("--select", "X901", "--fix", name)
    after = brief.read_bytes()
    assert after == expected(before)
    assert after.startswith(prefix)
    assert after.count(newline) == before.count(newline)


def test_mixed_line_endings_kept_line_by_line(folder: Path) -> None:
    lines = MD.encode("utf-8").split(b"\n")
    before = b"".join(line + (b"\r\n" if i % 2 else b"\n") for i, line in enumerate(lines[:-1]))
    brief = folder / "mixed.md"
    brief.write_bytes(before)
    run_cli("--select", "X901", "--fix", "mixed.md")
    assert brief.read_bytes() == expected(before)


YAML_BRIEF = textwrap.dedent(
    """\
    # yaml-language-server: $schema=../brief.schema.json
    title: Water and power in Irak   # plain scalar
    topics:
      - "Irak"
      - 'Water & Environment'
    sections:
      - heading: Irak at a glance
        body: |
          Irak's parliament passed the law.

          Observers in Irak disagree.   # not a comment: inside the block scalar
      - heading: null
        body: >
          Folded text about Irak
          continues here.
    # a closing comment
    """
)


def test_yaml_brief_block_scalars_and_comments(folder: Path) -> None:
    brief = folder / "water.brief.yaml"
    before = YAML_BRIEF.encode("utf-8")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X901", "--fix", "water.brief.yaml")
    assert brief.read_bytes() == expected(before), err
    assert f"fixed {before.count(b'Irak')} problems" in err


def test_second_run_changes_nothing(folder: Path) -> None:
    brief = folder / "brief.md"
    brief.write_bytes(MD.replace("shrunk.", "shrunk.  ").encode("utf-8"))
    run_cli("--select", "X901,X902,X905", "--fix", "brief.md")
    once = brief.read_bytes()
    mtime = brief.stat().st_mtime_ns
    code, out, err = run_cli("--select", "X901,X902,X905", "--fix", "brief.md")
    assert brief.read_bytes() == once
    assert brief.stat().st_mtime_ns == mtime  # not even rewritten
    assert "Nothing to fix" in err
    assert b"Irak" not in once and b"shrunk.  " not in once


def test_overlapping_fixes_applied_in_passes(folder: Path) -> None:
    brief = folder / "brief.md"
    brief.write_bytes(MD.encode("utf-8"))
    run_cli("--select", "X901,X905", "--fix", "brief.md")
    text = brief.read_text(encoding="utf-8")
    # X905 ('Irak war' → 'Iraq War') starts where X901 does and is longer: X901 wins the first pass,
    # after which 'Irak war' no longer exists; the file ends consistent either way
    assert "Irak" not in text
    assert text.count("Iraq") == MD.count("Irak")


def test_trailing_whitespace_fix_keeps_crlf(folder: Path) -> None:
    brief = folder / "ws.md"
    before = MD.replace('vote"', 'vote"  ').replace("shrunk.", "shrunk. \t").encode("utf-8").replace(b"\n", b"\r\n")
    brief.write_bytes(before)
    run_cli("--select", "X902", "--fix", "ws.md")
    assert brief.read_bytes() == before.replace(b" \t\r\n", b"\r\n")
    # the spaces before the YAML comment are not trailing: kept
    assert b'vote"     # keep this comment' in brief.read_bytes()


def test_unsafe_yaml_fix_refused_body_fix_applied(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.replace("- Syria", "- Basra").replace("shrunk.", "shrunk in Basra.").encode("utf-8")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X903", "--fix", "brief.md")
    after = brief.read_bytes()
    assert b"- Basra\n" in after  # the front matter one would become a mapping: refused
    assert b"shrunk in Basra: city." in after  # the body one is just text
    assert "X903 at 14:7: not applied: it would change the YAML's structure" in err
    assert "brief.md:14:7: X903" in out  # it remains, and is reported
    # the rule does not settle ('Basra: city' still says 'Basra'): what a fix wrote is not rewritten
    assert "would rewrite text another fix just wrote" in err


def test_fix_that_breaks_parsing_refused(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.replace('title: "Irak after', 'title: "Kirkuk after').encode("utf-8")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X906", "--fix", "brief.md")
    assert brief.read_bytes() == before
    assert "not applied: the file would no longer parse" in err


def test_stale_fix_not_applied(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.replace("Syria", "Mosul").encode("utf-8")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X904", "--fix", "brief.md")
    assert brief.read_bytes() == before
    assert "the file no longer says 'Erbil' there; not applied" in err


def test_diff_writes_nothing_and_is_a_unified_diff(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8").replace(b"\n", b"\r\n")
    brief.write_bytes(before)
    code, out, err = run_cli("--select", "X901", "--diff", "brief.md")
    assert brief.read_bytes() == before
    assert code == 1
    assert out.startswith("--- a/brief.md\n+++ b/brief.md\n@@ -1,19 +1,19 @@\n")
    assert '-title: "Irak after the vote"   # keep this comment\r\n' in out
    assert '+title: "Iraq after the vote"   # keep this comment\r\n' in out
    assert "Would fix 7 problems in 1 file" in err
    # git can apply it, and the result is what --fix writes
    if subprocess.run(["git", "--version"], capture_output=True).returncode == 0:
        (folder / "fix.patch").write_bytes(out.encode("utf-8"))
        proc = subprocess.run(["git", "apply", "fix.patch"], cwd=folder, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert brief.read_bytes() == expected(before)
    code, out, err = run_cli("--select", "X901", "--diff", str(brief))
    assert (code, out) == (0, "")


def test_diff_marks_missing_final_newline(folder: Path) -> None:
    brief = folder / "brief.md"
    brief.write_bytes(MD.rstrip("\n").encode("utf-8"))
    code, out, err = run_cli("--select", "X901", "--diff", "brief.md")
    assert out.endswith("+Since the Iraq war, the budget of Iraq has shrunk.\n\\ No newline at end of file\n")


def test_unparseable_files_never_touched(folder: Path) -> None:
    cases = {
        "syntax.md": b"---\ntitle: [unclosed  \n---\n\nBody text   \n",
        "no-front-matter.md": b"---\ntitle: Irak  \nBody text   \n",
        "duplicate.md": b"---\ntitle: a  \ntitle: b\n---\n\nIrak   \n",
        "list.md": b"---\n- Irak  \n---\n\nBody   \n",
        "latin1.md": b"---\ntitle: caf\xe9  \n---\n\nIrak  \n",
        "nul.md": b"---\ntitle: x  \n---\n\nIrak\x00  \n",
        "empty.md": b"",
        "broken.brief.yaml": b"title: 'Irak  \nsections: [\n",
    }
    for name, data in cases.items():
        (folder / name).write_bytes(data)
    stamps = {name: (folder / name).stat().st_mtime_ns for name in cases}
    code, out, err = run_cli("--select", "E,X901,X902", "--fix", *cases)
    for name, data in cases.items():
        assert (folder / name).read_bytes() == data, name
        assert (folder / name).stat().st_mtime_ns == stamps[name], name
    assert "syntax.md: not fixed: it did not parse (E003" in err
    assert not [p for p in folder.iterdir() if p.name.endswith(fix.TMP_SUFFIX)]


def test_read_only_file_gets_a_clear_error(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8")
    brief.write_bytes(before)
    brief.chmod(0o444)
    try:
        code, out, err = run_cli("--select", "X901", "--fix", "brief.md")
        assert brief.read_bytes() == before
        assert stat.S_IMODE(brief.stat().st_mode) == 0o444
        assert "brief.md: not fixed: it is read-only, so it was not changed" in err
        assert out.count("X901") == 7  # the findings remain, reported
    finally:
        brief.chmod(0o644)


def test_mode_is_kept_and_symlink_followed(folder: Path) -> None:
    real = folder / "real.md"
    real.write_bytes(MD.encode("utf-8"))
    real.chmod(0o640)
    link = folder / "link.md"
    link.symlink_to(real.name)
    run_cli("--select", "X901", "--fix", "link.md")
    assert link.is_symlink()
    assert real.read_bytes() == expected(MD.encode("utf-8"))
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_file_changed_while_fixing_is_not_overwritten(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    brief = folder / "brief.md"
    brief.write_bytes(MD.encode("utf-8"))
    edited = MD.replace("shrunk", "shrank").encode("utf-8")  # same size
    real_fix_file = fix.fix_file

    def editor_saves_meanwhile(*args: object, **kwargs: object) -> fix.FileFix:
        result = real_fix_file(*args, **kwargs)  # type: ignore[arg-type]
        st = brief.stat()
        brief.write_bytes(edited)
        os.utime(brief, ns=(st.st_atime_ns, st.st_mtime_ns))  # same mtime: only the bytes tell
        return result

    monkeypatch.setattr(fix, "fix_file", editor_saves_meanwhile)
    code, out, err = run_cli("--select", "X901", "--fix", "brief.md")
    assert brief.read_bytes() == edited
    assert "it changed on disk while brieflint was fixing it, so it was not overwritten" in err
    assert not [p for p in folder.iterdir() if p.name.endswith(fix.TMP_SUFFIX)]


def test_interrupted_before_rename_leaves_original(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8")
    brief.write_bytes(before)

    def interrupted(src: str, dst: str) -> None:
        assert Path(src).read_bytes() == expected(before)  # the new content was complete
        raise KeyboardInterrupt

    monkeypatch.setattr(fix_write, "_rename", interrupted)
    code, out, err = run_cli("--select", "X901", "--fix", "brief.md")
    assert code == 130
    assert brief.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [".brieflint.yaml", "brief.md"]  # temporary file removed


CRASH = """
import os, re, signal, sys
from brieflint.run import planner as planner_mod
from brieflint.fix import write as fix_write
from brieflint.model import Fix, Problem, rule
from brieflint.checks.registry import RuleSet

@rule("X901", "test-irak", "warning", fixable=True)
def irak(doc, ctx):
    '''Irak.'''
    for m in re.finditer(r"\\bIrak\\b", doc.text):
        l, c = doc.index.position(m.start()); el, ec = doc.index.position(m.end())
        yield Problem(l, c, "x", end_line=el, end_column=ec, fix=Fix(l, c, el, ec, "Irak", "Iraq"))

real = planner_mod.collect
planner_mod.collect = lambda *a, **k: RuleSet.of([*real(*a, **k).rules, irak])
fix_write._rename = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL)  # the power goes out here
from brieflint.cli.main import main
main(["check", "--no-cache", "--select", "X901", "--fix", sys.argv[1]])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_between_temp_file_and_rename(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8")
    brief.write_bytes(before)
    proc = subprocess.run([sys.executable, "-c", CRASH, "brief.md"], cwd=folder, capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert brief.read_bytes() == before
    leftovers = [p for p in folder.iterdir() if p.name.endswith(fix.TMP_SUFFIX)]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".brief.md.")
    assert leftovers[0].read_bytes() == expected(before)  # fsynced whole before the rename
    # the leftover is hidden: a directory check does not lint it, and fixing works again
    code, out, err = run_cli("--select", "X901", ".")
    assert fix.TMP_SUFFIX not in out
    run_cli("--select", "X901", "--fix", "brief.md")
    assert brief.read_bytes() == expected(before)


def test_fix_summary_when_nothing_is_fixable(folder: Path) -> None:
    (folder / "brief.md").write_bytes(MD.replace("Irak", "Iraq").encode("utf-8"))
    code, out, err = run_cli("--select", "X901", "--fix", "brief.md")
    assert code == 0
    assert "Nothing to fix" in err


@rule("X907", "test-append-note", "warning", fixable=True, needs_data=False)
def append_note(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A fix for every file that has text: append ' <!-- checked -->' to its last line."""
    if doc.text:
        line = doc.index.lines
        col = len(doc.line_text(line)) + 1
        yield Problem(line, col, "note", fix=Fix(line, col, line, col, "", " <!-- checked -->"))


HOSTILE = Path(__file__).parent / "hostile" / "make_hostile.py"


@pytest.mark.skipif(not HOSTILE.exists(), reason="the hostile corpus generator is not there")
def test_fixing_the_hostile_corpus_changes_no_file_that_did_not_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from brieflint.document.brief import load

    real = planner_mod.collect
    monkeypatch.setattr(planner_mod, "collect", lambda *a, **k: RuleSet.of([*real(*a, **k).rules, append_note]))
    corpus = tmp_path / "hostile"
    subprocess.run([sys.executable, str(HOSTILE), str(corpus)], check=True, capture_output=True, timeout=120)
    (corpus / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
    monkeypatch.chdir(corpus)
    # every small file and oddity (a FIFO must not block); the multi-megabyte ones are over the size limit anyway
    names = sorted(
        p.name
        for p in corpus.iterdir()
        if not p.name.startswith(".") and (p.is_fifo() or p.is_dir() or p.stat().st_size < 100_000)
    )
    regular = [n for n in names if (corpus / n).is_file()]
    before = {n: (corpus / n).read_bytes() for n in regular}
    parsed = {n for n in regular if not load(str(corpus / n)).problems}
    code, out, err = run_cli("--select", "E,X907", "--fix", *names)
    assert code in (0, 1)
    assert "Traceback" not in err
    for n in regular:
        after = (corpus / n).read_bytes()
        if n in parsed:
            assert after != before[n], n  # the rule did fire, and fixed what could be fixed
        else:
            assert after == before[n], n
    assert len(parsed) >= 3 and len(regular) - len(parsed) >= 10
    assert not list(corpus.glob(f"*{fix.TMP_SUFFIX}"))


def test_fix_from_cached_findings(folder: Path) -> None:
    brief = folder / "brief.md"
    before = MD.encode("utf-8")
    brief.write_bytes(before)
    assert main(["check", "--select", "X901", "brief.md"], io.StringIO(), io.StringIO()) == 0  # fills the cache
    assert list((folder / ".brieflint_cache").rglob("*.json"))
    err = io.StringIO()
    main(["check", "--select", "X901", "--fix", "brief.md"], io.StringIO(), err)  # fixes carried by cached findings
    assert brief.read_bytes() == expected(before), err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    main(["check", "--select", "X901", "--fix", "brief.md"], out, err)
    assert brief.read_bytes() == expected(before)
    assert "Nothing to fix" in err.getvalue()
