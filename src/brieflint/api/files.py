"""Which files a run checks, as ruff finds them.

- A file named on the command line is checked, once, whatever a directory walk
  saw of it (unless ``--force-exclude`` and the configuration's ``exclude:`` or a
  ``.gitignore`` say otherwise).
- A path that does not exist is reported (``E001`` at 1:1); the others are
  still checked.
- Directories are walked for ``*.md``, ``*.markdown``, ``*.brief.yaml`` and
  ``*.brief.yml``, skipping hidden folders, the usual tool and build folders
  (:data:`SKIPPED_DIRS`, and any virtual environment), the configuration's
  ``exclude:`` globs, and what ``.gitignore`` files ignore (``pathspec``,
  imported only for a walk); a Markdown file found by the walk that does not
  begin with ``---`` is not a brief and is counted as skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from brieflint.records import NamedTuple

SKIPPED_DIRS = frozenset(
    {
        "node_modules",
        "venv",
        "__pycache__",
        "__pypackages__",
        "site-packages",
        "build",
        "dist",
        "_build",
        "buck-out",
        "htmlcov",
    }
)
SUFFIXES = (".md", ".markdown", ".brief.yaml", ".brief.yml")


class Found(NamedTuple):
    """The files of a run: briefs to check, paths that do not exist, files the walk skipped."""

    files: tuple[str, ...]
    missing: tuple[str, ...]
    skipped: int
    excluded: tuple[str, ...] = ()  # named files left out by --force-exclude


def is_brief_name(name: str) -> bool:
    return name.lower().endswith(SUFFIXES) if not name.startswith(".") else False


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def find_files(
    paths: Sequence[str],
    excluded: Callable[[str], bool],
    *,
    respect_gitignore: bool = True,
    force_exclude: bool = False,
) -> Found:
    """The briefs under ``paths``: named files first (each once), then what directory walks find.

    ``excluded(path)`` says whether the configuration that applies to ``path``
    excludes it.
    """
    files: list[str] = []
    seen: set[str] = set()
    missing: list[str] = []
    left_out: list[str] = []
    directories: list[str] = []
    ignores = _GitIgnores() if respect_gitignore else None
    for raw in paths:
        if not os.path.lexists(raw):
            missing.append(raw)
        elif os.path.isdir(raw) and not is_brief_name(os.path.basename(os.path.normpath(raw))):
            directories.append(raw)
        elif _key(raw) not in seen:
            seen.add(_key(raw))
            if force_exclude and (excluded(raw) or (ignores is not None and ignores.ignored(raw, False))):
                left_out.append(raw)
                continue
            files.append(raw)
    skipped = 0
    for top in directories:
        for path in _walk(top, excluded, ignores):
            key = _key(path)
            if key in seen:
                continue
            seen.add(key)
            if path.endswith((".md", ".markdown")) and not _starts_with_fence(path):
                skipped += 1
                continue
            files.append(path)
    return Found(tuple(files), tuple(missing), skipped, tuple(left_out))


def _walk(top: str, excluded: Callable[[str], bool], ignores: _GitIgnores | None) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(Path(top), followlinks=False):
        here = Path(dirpath)  # as the loader names files: "./a.md" is "a.md"
        kept = []
        for d in sorted(dirnames):
            sub = str(here / d)
            if d.startswith(".") or d in SKIPPED_DIRS or os.path.isfile(os.path.join(sub, "pyvenv.cfg")):
                continue
            if excluded(sub) or (ignores is not None and ignores.ignored(sub, True)):
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not is_brief_name(name):
                continue
            path = str(here / name)
            if excluded(path) or (ignores is not None and ignores.ignored(path, False)):
                continue
            out.append(path)
    return out


def _starts_with_fence(path: str) -> bool:
    """Whether a Markdown file begins with ``---`` (after a BOM); anything odd is left to the loader to report."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return True  # never opened here: a FIFO could block
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return True
    return head.removeprefix(b"\xef\xbb\xbf").startswith(b"---")


class _GitIgnores:
    """The ``.gitignore`` files (and ``.git/info/exclude``) that apply to a path, read once each."""

    def __init__(self) -> None:
        self._specs: dict[str, Any] = {}
        self._roots: dict[str, str | None] = {}

    def _repository(self, directory: str) -> str | None:
        """The top of the git work tree that holds ``directory`` (None outside one)."""
        if directory not in self._roots:
            parent = os.path.dirname(directory)
            if os.path.exists(os.path.join(directory, ".git")):
                self._roots[directory] = directory
            elif parent == directory:
                self._roots[directory] = None
            else:
                self._roots[directory] = self._repository(parent)
        return self._roots[directory]

    def _spec(self, directory: str, names: tuple[str, ...]) -> Any:
        key = os.path.join(directory, *names)
        if key not in self._specs:
            spec = None
            try:
                with open(key, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read(1 << 20).splitlines()
            except OSError:
                lines = []
            if lines:
                import pathspec

                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            self._specs[key] = spec
        return self._specs[key]

    def ignored(self, path: str, is_dir: bool) -> bool:
        absolute = os.path.abspath(path)
        root = self._repository(os.path.dirname(absolute))
        if root is None:
            return False
        # the .gitignore of every folder from the repository's top down to the path's own folder
        folders = [root]
        rel_parent = Path(os.path.relpath(os.path.dirname(absolute), root))
        for part in rel_parent.parts if str(rel_parent) != "." else ():
            folders.append(os.path.join(folders[-1], part))
        verdict = False
        candidates = [(root, (".git", "info", "exclude"))] + [(f, (".gitignore",)) for f in folders]
        for folder, names in candidates:
            spec = self._spec(folder, names)
            if spec is None:
                continue
            rel = Path(os.path.relpath(absolute, folder)).as_posix() + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                verdict = bool(result.include)
        return verdict


def briefs_under(paths: Sequence[str], planner: Any, *, respect_gitignore: bool = True) -> tuple[list[str], int]:
    """The briefs ``brieflint check`` finds under ``paths`` (each file's ``exclude``, ``.gitignore``),
    and the count of files the walk skipped: what ``report`` and the language server's workspace
    check go through. Reads each brief's configuration, so an unknown ``--select`` or ``--ignore``
    code is an error before any work."""
    found = find_files(
        list(paths), lambda p: planner.for_file(p).settings.is_excluded(Path(p)), respect_gitignore=respect_gitignore
    )
    for f in found.files:
        planner.for_file(f)
    planner.check_cli()
    return list(found.files), found.skipped
