"""Which files a run checks: paths expanded into briefs, the configuration's ``exclude`` applied."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from brieflint.document.brief import form_of

if TYPE_CHECKING:  # pragma: no cover
    from brieflint.run.planner import Planner


def discover(paths: list[str], *, exclude: Callable[[Path], bool] | None = None) -> tuple[list[tuple[str, bool]], int]:
    """Expand paths into brief files: ``[(path, named_explicitly)]`` and a count of skipped files.

    Directories are walked (hidden directories skipped, symlinked directories
    not followed, so a loop cannot trap the walk); explicitly named files are
    always checked, whatever their name.
    """
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()
    skipped = 0
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and not form_of(raw):
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                here = Path(dirpath)
                if exclude is not None:
                    dirnames[:] = [d for d in dirnames if not exclude(here / d)]
                for name in sorted(filenames):
                    if name.startswith(".") or form_of(name) is None:
                        continue
                    f = here / name
                    if exclude is not None and exclude(f):
                        continue
                    key = os.path.normpath(str(f))
                    if key in seen:
                        continue
                    seen.add(key)
                    if form_of(name) == "markdown" and not _starts_with_fence(f):
                        skipped += 1
                        continue
                    out.append((str(f), False))
        else:
            key = os.path.normpath(raw)
            if key in seen:
                continue
            seen.add(key)
            out.append((raw, True))
    return out, skipped


def _starts_with_fence(path: Path) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return True  # a FIFO or device: never opened here (it could block); the loader reports it
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return True  # let the loader report it
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.startswith(b"---")


def discover_files(paths: Sequence[str], planner: Planner) -> tuple[list[str], int]:
    """The briefs under ``paths`` (each file's own configuration's ``exclude`` applied) and a count of skipped files.

    Reads the configuration of every file found, so that a ``--select`` or
    ``--ignore`` no configuration knows is an error before any work.
    """

    def excluded(p: Path) -> bool:
        return planner.for_file(str(p)).settings.is_excluded(p)

    found, skipped = discover(list(paths), exclude=excluded)
    for p, _ in found:
        planner.for_file(p)
    planner.check_cli()
    return [p for p, _ in found], skipped
