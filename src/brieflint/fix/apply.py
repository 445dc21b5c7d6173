"""``--fix`` and ``--diff``: apply the fixes that findings carry, and never lose data.

How a file is fixed
-------------------
1. It is read once, as bytes (with its ``stat``), and decoded exactly as the
   loader does (UTF-8, an optional BOM); a file that is not UTF-8 text, or
   that does not parse (any ``E`` problem from the loader, ``Document.ok``
   false), is never touched.
2. It is checked again from those bytes, so every fix applies to the text it
   was made for, and each fix is checked: its span must exist and the file
   must still say ``old`` there. Fixes that overlap (or insert at the same
   place) are deferred to the next pass; identical fixes from two rules are
   applied once.
3. The edits are made on the text *as written*: every byte outside the fixed
   spans is kept, so CRLF, lone-CR and mixed line endings, a BOM, trailing
   whitespace, comments, key order, quoting and indentation survive by
   construction. Text a fix inserts gets the file's own line ending.
4. The result is proved before anything is written (otherwise the fixes are
   tried one at a time and those that fail are left out and named): it must
   load with no ``E`` problem; when a fix touches YAML (the front matter, or
   a YAML brief), ruamel.yaml's round-trip scanner must read the same tokens
   before and after, with the same comments, quoting styles and indentation,
   every changed scalar must be one a fix targeted, and every value must keep
   its type. This is why fixes are text edits verified by round-trip rather
   than a round-trip *dump*: a dump re-renders the YAML (line widths, spacing,
   some quoting), so bytes no fix asked to change would change.
5. The file is checked again, and fixed again, until nothing more can be fixed
   (at most ``MAX_PASSES`` passes, stopping on a cycle), so a second
   ``--fix`` run changes nothing. The findings of the final text are what
   the run reports.
6. It is written atomically: a temporary file in the same folder (mode and,
   where allowed, owner of the original; fsynced), then ``os.replace``, then
   the folder is fsynced. Just before the rename the file on disk is compared
   with what was read (inode, size, mtime and every byte): a file changed
   meanwhile is not overwritten. A read-only file is not replaced (although
   the folder would allow it) and gets a clear error. A crash before the
   rename leaves the original as it was (and at worst a hidden
   ``.NAME.*.brieflint-tmp`` file beside it, which brieflint never checks);
   an exception removes the temporary file. A symlink is followed and its
   target rewritten; a hard-linked file becomes a file of its own.
"""

from __future__ import annotations

import difflib
import os
import stat
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from brieflint.document.brief import Document, form_of
from brieflint.fix.proof import verify
from brieflint.fix.text import BREAK, Applied, FileFix, FixError, Source, Span, decode, edit, parse_source, split_lines
from brieflint.fix.write import TMP_SUFFIX, commit
from brieflint.model import Finding

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.engine import Plan, Planner, RunResult

MAX_PASSES = 10

__all__ = ["TMP_SUFFIX", "FileFix", "FixError", "apply_fixes", "commit", "fix_file", "show_diff", "unified_diff"]


def _read(path: str, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file and the ``stat`` of the very file read (a FIFO is never opened for blocking)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise FixError("not a regular file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise FixError("not a regular file")
            if st.st_size > max_bytes:
                raise FixError(f"over the {max_bytes:,}-byte limit")
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise FixError(f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise FixError(f"over the {max_bytes:,}-byte limit")
    return raw, st


def fix_file(path: str, planner: Planner, *, only: Sequence[str] | None = None) -> FileFix:
    """Work out the fixed content of one file, proved safe; write nothing.

    Raises :class:`FixError` when the file must not be touched at all.
    """
    plan = planner.for_file(path)
    raw, st = _read(path, plan.settings.max_file_size)
    return fix_bytes(path, raw, plan, only=only, st=st)


def fix_bytes(
    path: str, raw: bytes, plan: Plan, *, only: Sequence[str] | None = None, st: os.stat_result | None = None
) -> FileFix:
    """:func:`fix_file` on ``raw``, the content of ``path`` (for instance an editor's unsaved buffer)."""
    from brieflint.run.engine import check_document, in_order

    source = decode(raw)
    if source is None:
        raise FixError("it is not UTF-8 text, so it was not touched")
    form = form_of(path) or "markdown"
    applied: list[Applied] = []
    notes: list[str] = []
    seen = {source.text}
    written: list[tuple[int, int]] = []  # text earlier passes wrote: no later fix rewrites it
    findings: tuple[Finding, ...] = ()
    for n in range(MAX_PASSES + 1):
        doc = parse_source(path, source, form)
        if not doc.ok or doc.problems:
            if n == 0:
                p = doc.problems[0] if doc.problems else None
                why = f"{p.code} at {p.line}:{p.column}: {p.message}" if p else "it is not a mapping of keys"
                raise FixError(f"it did not parse ({why}), so it was not touched")
            raise AssertionError("a verified fix broke the file")  # pragma: no cover - _verify forbids it
        findings = in_order(check_document(doc, plan, only=only))
        candidates = [f for f in findings if f.fix is not None]
        notes = []  # only the last pass's reasons matter: they explain the fixable findings that remain
        if not candidates:
            break
        if n == MAX_PASSES:
            notes.append(f"still fixable after {MAX_PASSES} passes; stopped (run --fix again)")
            break
        spans, dupes, notes = _select(source, doc, candidates, written)
        new_source, took, failed = _apply_verified(path, source, doc, spans, form)
        notes.extend(failed)
        if not took:
            break
        if new_source.text in seen:
            notes.append("the fixes undo each other (two rules disagree); stopped")
            break
        for span in took:
            applied.append(_applied(span))
            for d in dupes.get(id(span), ()):
                applied.append(_applied(d))
        written = _written_after(written, took, source.newline)
        source = new_source
        seen.add(source.text)
    after = source.encode()
    return FileFix(path, raw, after if after != raw else None, applied, findings, list(dict.fromkeys(notes)), st)


def _written_after(written: list[tuple[int, int]], took: Sequence[Span], newline: str) -> list[tuple[int, int]]:
    """Where the text fixes wrote stands after this pass's edits (earlier regions shifted, new ones added)."""
    edits = sorted(took, key=lambda s: s.start)
    out: list[tuple[int, int]] = []
    for a, b in written:
        shift = sum(_inserted(s, newline) - (s.end - s.start) for s in edits if s.end <= a)
        out.append((a + shift, b + shift))
    delta = 0
    for s in edits:
        size = _inserted(s, newline)
        if size:
            out.append((s.start + delta, s.start + delta + size))
        delta += size - (s.end - s.start)
    return out


def _inserted(span: Span, newline: str) -> int:
    fx = span.finding.fix
    assert fx is not None
    return len(fx.new) + (len(newline) - 1) * fx.new.count("\n")


def _applied(span: Span) -> Applied:
    fx = span.finding.fix
    assert fx is not None
    return Applied(span.finding, fx.line, fx.column, fx.old, fx.new)


def _select(
    source: Source, doc: Document, candidates: list[Finding], written: Sequence[tuple[int, int]] = ()
) -> tuple[list[Span], dict[int, list[Span]], list[str]]:
    """The fixes to apply this pass: valid, still matching, not overlapping. Also duplicates and notes."""
    notes: list[str] = []
    spans: list[Span] = []
    fence_lines = {1, doc.front_matter_end} if doc.form == "markdown" else set()
    for f in candidates:
        fx = f.fix
        assert fx is not None
        where = f"{f.code} at {fx.line}:{fx.column}"
        start = source.offset(fx.line, fx.column)
        end = source.offset(fx.end_line, fx.end_column)
        if start is None or end is None or end < start:
            notes.append(f"{where}: its fix points outside the file; not applied")
            continue
        if BREAK.sub("\n", source.text[start:end]) != fx.old:
            notes.append(f"{where}: the file no longer says {_show(fx.old)} there; not applied")
            continue
        if fx.old == fx.new:
            continue
        if any(start < b and a < max(end, start + 1) for a, b in written):
            notes.append(
                f"{where}: its fix would rewrite text another fix just wrote (a rule that does not settle); not applied"
            )
            continue
        if fence_lines.intersection(range(fx.line, fx.end_line + (1 if fx.end_column > 1 else 0))):
            notes.append(f"{where}: its fix would edit a front matter '---' line; not applied")
            continue
        try:
            fx.new.encode("utf-8")
        except UnicodeEncodeError:
            notes.append(f"{where}: its replacement is not valid text; not applied")
            continue
        norm_start = doc.index.offset(fx.line, fx.column)
        norm_end = doc.index.offset(fx.end_line, fx.end_column)
        spans.append(Span(start, end, norm_start, norm_end, f))
    spans.sort(key=lambda s: (s.start, s.end, s.finding.code))
    chosen: list[Span] = []
    dupes: dict[int, list[Span]] = {}
    for s in spans:
        if chosen:
            last = chosen[-1]
            assert last.finding.fix is not None and s.finding.fix is not None
            if (s.start, s.end, s.finding.fix.new) == (last.start, last.end, last.finding.fix.new):
                dupes.setdefault(id(last), []).append(s)
                continue
            touching_insert = s.start == last.end and (s.start == s.end or last.start == last.end)
            if s.start < last.end or touching_insert:
                continue  # deferred: the next pass sees the file after the others
        chosen.append(s)
    return chosen, dupes, notes


def _apply_verified(
    path: str, source: Source, doc: Document, spans: list[Span], form: str
) -> tuple[Source, list[Span], list[str]]:
    """Apply ``spans`` if the result is proved safe; otherwise each one that is, one by one."""
    if not spans:
        return source, [], []
    whole = edit(source, spans)
    if verify(path, doc, whole, spans, form) is None:
        return whole, spans, []
    took: list[Span] = []
    failed: list[str] = []
    current = source
    for s in spans:
        candidate = edit(source, [*took, s])
        why = verify(path, doc, candidate, [*took, s], form)
        if why is None:
            took.append(s)
            current = candidate
        else:
            failed.append(f"{s.finding.code} at {s.finding.line}:{s.finding.column}: not applied: {why}")
    return current, took, failed


# ----- the command line -----------------------------------------------------------


def _show(s: str, limit: int = 40) -> str:
    return repr(s) if len(s) <= limit else repr(s[: limit - 1]) + "…"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _candidates(result: RunResult) -> list[int]:
    return [i for i, r in enumerate(result.files) if any(f.fix is not None for f in r.findings)]


def apply_fixes(
    result: RunResult,
    planner: Planner,
    *,
    write: bool,
    out: TextIO,
    err: TextIO,
    only: Sequence[str] | None = None,
) -> RunResult:
    """Fix the files whose findings carry fixes; the run's result with each fixed file's remaining findings.

    ``write=False`` prints the unified diff instead and returns ``result`` unchanged.
    What was fixed, what could not be and why, goes to ``err``; the findings
    that remain are for the reporter.
    """
    if not write:
        show_diff(result, planner, out=out, err=err, only=only)
        return result
    from brieflint.run.engine import RunResult

    files = list(result.files)
    fixed_files = 0
    fixed_count = 0
    for i in _candidates(result):
        path = files[i].path
        try:
            fixed = fix_file(path, planner, only=only)
            commit(fixed)
        except FixError as exc:
            err.write(f"{path}: not fixed: {exc}\n")
            continue
        for note in fixed.notes:
            err.write(f"{path}: {note}\n")
        if fixed.after is not None:
            fixed_files += 1
            fixed_count += len(fixed.applied)
            err.write(f"{path}: fixed {_plural(len(fixed.applied), 'problem')}\n")
            for a in fixed.applied:
                err.write(f"  {a.line}:{a.column} {a.finding.code} {_show(a.old)} -> {_show(a.new)}\n")
        files[i] = files[i]._replace(findings=fixed.remaining)  # (keeps the language skips: issue 22)
    remaining = sum(len(r.findings) for r in files)
    fixable = sum(1 for r in files for f in r.findings if f.fix is not None)
    left = f"; {_plural(fixable, 'fixable problem')} could not be fixed (see above)" if fixable else ""
    if fixed_count:
        head = f"Fixed {_plural(fixed_count, 'problem')} in {_plural(fixed_files, 'file')}"
    else:
        head = "Nothing fixed" if fixable else "Nothing to fix"
    err.write(f"{head}{left}; {_plural(remaining, 'problem')} remain{'s' if remaining == 1 else ''}.\n")
    return RunResult(tuple(files), result.skipped, result.load_errors)


def show_diff(
    result: RunResult, planner: Planner, *, out: TextIO, err: TextIO, only: Sequence[str] | None = None
) -> int:
    """Print what ``--fix`` would change as a unified diff (``git apply``-able); return how many files."""
    files = 0
    count = 0
    for i in _candidates(result):
        path = result.files[i].path
        try:
            fixed = fix_file(path, planner, only=only)
        except FixError as exc:
            err.write(f"{path}: would not fix: {exc}\n")
            continue
        for note in fixed.notes:
            err.write(f"{path}: {note}\n")
        if fixed.after is None:
            continue
        files += 1
        count += len(fixed.applied)
        out.write(unified_diff(path, fixed.before, fixed.after))
    err.write(f"Would fix {_plural(count, 'problem')} in {_plural(files, 'file')}; run with --fix to apply.\n")
    return files


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A unified diff of two versions of a file, line breaks as written, ``\\ No newline`` marked."""
    a = decode(before)
    b = decode(after)
    old = split_lines(a.text if a else before.decode("utf-8", "replace"))
    new = split_lines(b.text if b else after.decode("utf-8", "replace"))
    shown = path.replace(os.sep, "/")
    relative = not os.path.isabs(path)
    name = os.path.normpath(shown).replace(os.sep, "/")
    lines = difflib.unified_diff(
        old, new, f"a/{name}" if relative else shown, f"b/{name}" if relative else shown, lineterm="\n"
    )
    parts: list[str] = []
    for line in lines:
        if line.endswith(("\n", "\r")):
            parts.append(line)
        else:
            parts.append(line + "\n\\ No newline at end of file\n")
    return "".join(parts)
