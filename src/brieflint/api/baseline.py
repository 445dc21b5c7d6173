"""``--baseline FILE``: adopt brieflint on an existing archive, reporting only findings that are new.

The first run (no such file yet) records every finding in ``FILE`` and
reports none; later runs report only findings not recorded there. A finding is
matched by its code, its file (relative to the baseline's folder) and the text
around it (the flagged text and its line, whitespace folded), never by line
number, so editing above a finding does not make it new. Each recorded
finding absorbs one finding, so a second identical problem is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from brieflint.api.records import CheckError
from brieflint.model import Finding
from brieflint.output.locations import SourceLines
from brieflint.run.engine import RunResult

VERSION = 1


def _key(f: Finding, folder: str, lines: SourceLines) -> tuple[str, str, str, str]:
    text = lines.line(f.path, f.line) or ""
    if f.end_line == f.line and f.end_column and f.end_column > f.column:
        flagged = text[f.column - 1 : f.end_column - 1]
    else:
        flagged = text[f.column - 1 :]
    rel = Path(os.path.relpath(os.path.abspath(f.path), folder)).as_posix()
    return f.code, rel, " ".join(flagged.split()), " ".join(text.split())


def apply_baseline(result: RunResult, path: str) -> RunResult:
    """``result`` without the findings the baseline at ``path`` records (which is written first when missing)."""
    folder = os.path.dirname(os.path.abspath(path))
    lines = SourceLines(result.findings)
    if not os.path.exists(path):
        write_baseline(result, path, folder, lines)
        return result._replace(files=tuple(r._replace(findings=()) for r in result.files))
    known = read_baseline(path)
    files = []
    for r in result.files:
        kept = []
        for f in r.findings:
            key = _key(f, folder, lines)
            if known[key] > 0:
                known[key] -= 1
            else:
                kept.append(f)
        files.append(r._replace(findings=tuple(kept)))
    return result._replace(files=tuple(files))


def write_baseline(result: RunResult, path: str, folder: str, lines: SourceLines) -> None:
    entries: list[dict[str, Any]] = []
    for f in result.findings:
        code, rel, flagged, context = _key(f, folder, lines)
        entries.append({"code": code, "path": rel, "flagged": flagged, "context": context, "message": f.message})
    payload = {"version": VERSION, "tool": "brieflint", "findings": entries}
    try:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    except OSError as exc:
        raise CheckError(f"--baseline {path}: cannot write it: {exc.strerror or exc}") from None


def read_baseline(path: str) -> Counter[tuple[str, str, str, str]]:
    try:
        with open(path, encoding="utf-8") as fh:
            payload = json.load(fh)
        entries = payload["findings"]
        return Counter((e["code"], e["path"], e["flagged"], e["context"]) for e in entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CheckError(f"--baseline {path}: not a brieflint baseline ({type(exc).__name__}: {exc})") from None
