"""``brieflint stats PATH... [--format text|json]``: readability figures per brief.

For each brief: the summary, each section and the whole body, with words,
sentences, mean sentence length, Flesch reading ease, Flesch–Kincaid grade,
Gunning fog, SMOG, Dale–Chall and the longest sentence with its line. The
figures are the ones the ``R`` rules use (:func:`brieflint.checks.readability.analysis.analyse`).
The JSON form is documented in ``docs/readability.md`` and stable (``"version": 1``).

Exit status: 0, or 2 when a path does not exist, nothing under the paths is a
brief, or a brief cannot be read or parsed (the others are still reported).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TextIO

JSON_VERSION = 1

# the rule options the table compares figures with (code, option, JSON name)
_TARGETS = (
    ("R101", "max-grade", "max_grade"),
    ("R102", "min-reading-ease", "min_reading_ease"),
    ("R101", "min-section-words", "min_section_words"),
    ("R103", "summary-max-grade", "summary_max_grade"),
    ("R104", "summary-min-reading-ease", "summary_min_reading_ease"),
    ("R105", "summary-min-words", "summary_min_words"),
    ("R105", "summary-max-words", "summary_max_words"),
    ("R109", "max-section-words", "max_section_words"),
)


@dataclass(frozen=True)
class Row:
    """One line of the table: a label and its figures (JSON-ready)."""

    label: str
    figures: dict[str, Any]
    marks: frozenset[str] = frozenset()  # figures beyond a target


def _row(label: str, stat: Any, counts: Any, longest: Any) -> dict[str, Any]:
    scores = counts.scores()
    mean = counts.mean_sentence_words
    out: dict[str, Any] = {
        "words": counts.words,
        "sentences": counts.sentences,
        "syllables": counts.syllables,
        "mean_sentence_words": None if mean is None else round(mean, 2),
        **scores,
        "longest_sentence": None,
    }
    if longest is not None:
        line, col, end_line, end_col = longest.span()
        grade = longest.counts.grade
        out["longest_sentence"] = {
            "words": longest.counts.words,
            "grade": None if grade is None else round(grade, 2),
            "line": line,
            "column": col,
            "end_line": end_line,
            "end_column": end_col,
        }
    return out


def targets(plan: Any) -> dict[str, Any]:
    """The targets in force for a file, from its configuration (defaults where the rule is absent)."""
    from brieflint.checks.readability import rules

    defaults = {
        "max_grade": rules.MAX_GRADE,
        "min_reading_ease": rules.MIN_READING_EASE,
        "min_section_words": rules.MIN_SECTION_WORDS,
        "summary_max_grade": rules.SUMMARY_MAX_GRADE,
        "summary_min_reading_ease": rules.SUMMARY_MIN_READING_EASE,
        "summary_min_words": rules.SUMMARY_MIN_WORDS,
        "summary_max_words": rules.SUMMARY_MAX_WORDS,
        "max_section_words": rules.MAX_SECTION_WORDS,
    }
    options: Mapping[str, Mapping[str, Any]] = getattr(plan.settings, "options", {}) or {}
    out = dict(defaults)
    for code, option, key in _TARGETS:
        value = options.get(code, {}).get(option)
        if value is not None:
            out[key] = value
    return out


def measure(doc: Any, plan: Any) -> dict[str, Any]:
    """The JSON record of one loaded, parsed brief."""
    from brieflint.checks.readability.analysis import analyse

    a = analyse(doc)
    title = doc.data.get("title") if isinstance(doc.data, dict) else None
    record: dict[str, Any] = {
        "path": doc.path,
        "title": title if isinstance(title, str) else None,
        "targets": targets(plan),
        "summary": None,
        "sections": [],
        "body": _row("body", a, a.body, a.longest()),
    }
    if a.summary is not None:
        record["summary"] = _row("summary", a.summary, a.summary.counts, _longest(a.summary.sentences))
    for s in a.sections:
        row = _row(s.heading or "", s, s.counts, s.longest())
        line, col, _, _ = s.anchor()
        record["sections"].append({"index": s.index, "heading": s.heading, "line": line, "column": col, **row})
    from brieflint.document.language import language_of

    if language_of(doc) == "ar":  # issue 22: OSMAN, not the English formulas (checks/readability/arabic.py)
        from brieflint.checks.readability.arabic import stats_record

        return stats_record(record, a)
    return record


def _longest(sentences: Any) -> Any:
    from brieflint.checks.readability.analysis import longest

    return longest(sentences)


# ----- text ---------------------------------------------------------------------

_COLUMNS = (
    # key, header, width, decimals
    ("words", "words", 6, 0),
    ("sentences", "sent.", 5, 0),
    ("mean_sentence_words", "w/sent", 6, 1),
    ("reading_ease", "ease", 6, 1),
    ("grade", "grade", 6, 1),
    ("fog", "fog", 5, 1),
    ("smog", "smog", 5, 1),
    ("dale_chall", "d-c", 5, 1),
)
_LABEL_WIDTH = 30


def _cut(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _cell(value: Any, width: int, decimals: int, mark: bool) -> str:
    if value is None:
        text = "—"
    elif decimals:
        text = f"{value:.{decimals}f}"
    else:
        text = str(value)
    text += "*" if mark else " "
    return text.rjust(width + 1)


def _marks(row: Mapping[str, Any], t: Mapping[str, Any], kind: str) -> set[str]:
    out: set[str] = set()
    grade, ease, words = row.get("grade"), row.get("reading_ease"), row.get("words", 0)
    if kind == "summary":
        if grade is not None and round(grade, 1) > t["summary_max_grade"]:
            out.add("grade")
        if ease is not None and round(ease, 1) < t["summary_min_reading_ease"]:
            out.add("reading_ease")
        if words < t["summary_min_words"] or words > t["summary_max_words"]:
            out.add("words")
    elif kind == "section":
        if words >= t["min_section_words"]:
            if grade is not None and round(grade, 1) > t["max_grade"]:
                out.add("grade")
            if ease is not None and round(ease, 1) < t["min_reading_ease"]:
                out.add("reading_ease")
        if words > t["max_section_words"]:
            out.add("words")
    return out


def render_text(record: Mapping[str, Any]) -> str:
    t = record["targets"]
    lines: list[str] = []
    title = record.get("title")
    lines.append(f"{record['path']}" + (f" — {title}" if title else ""))
    columns = _COLUMNS + (("osman", "osman", 6, 1),) if "osman" in record["body"] else _COLUMNS  # an Arabic brief
    header = "  " + "".ljust(_LABEL_WIDTH) + "".join(h.rjust(w + 1) for _, h, w, _ in columns) + "  longest sentence"
    lines.append(header)
    rows: list[tuple[str, Mapping[str, Any], str]] = []
    if record.get("summary") is not None:
        rows.append(("summary", record["summary"], "summary"))
    for s in record["sections"]:
        rows.append((s["heading"] if s["heading"] else "(lead, before any heading)", s, "section"))
    rows.append(("whole brief", record["body"], "body"))
    any_mark = False
    for label, row, kind in rows:
        marks = _marks(row, t, kind)
        any_mark = any_mark or bool(marks)
        cells = "".join(_cell(row.get(k), w, d, k in marks) for k, _, w, d in columns)
        longest = row.get("longest_sentence")
        tail = f"  {longest['words']} words, line {longest['line']}" if longest else "  —"
        if kind == "body":
            lines.append("  " + "-" * (len(header) - 2))
        lines.append("  " + _cut(label, _LABEL_WIDTH).ljust(_LABEL_WIDTH) + cells + tail)
    if any_mark:
        lines.append(
            f"  * beyond a target: sections grade ≤ {t['max_grade']:g}, ease ≥ {t['min_reading_ease']:g} "
            f"(from {t['min_section_words']} words), ≤ {t['max_section_words']} words; "
            f"summary grade ≤ {t['summary_max_grade']:g}, ease ≥ {t['summary_min_reading_ease']:g}, "
            f"{t['summary_min_words']}–{t['summary_max_words']} words"
        )
    return "\n".join(lines) + "\n"


# ----- the command --------------------------------------------------------------


def main(args: Any, planner: Any, out: TextIO, err: TextIO) -> int:
    from pathlib import Path

    from brieflint.api.files import find_files
    from brieflint.checks.readability.lexicon import SYLLABLE_SOURCE
    from brieflint.document.brief import load

    paths = list(args.paths)
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        err.write(f"brieflint: error: no such file or directory: {missing[0]}\n")
        return 2
    # the same walk as `check` (.gitignore, tool and build folders, exclude:)
    files = list(find_files(paths, lambda p: planner.for_file(p).settings.is_excluded(Path(p))).files)
    if not files:
        err.write(f"brieflint: error: no briefs found in {', '.join(paths)} (*.md with front matter, *.brief.yaml)\n")
        return 2
    records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for path in files:
        plan = planner.for_file(path)
        doc = load(path, max_bytes=plan.settings.max_file_size)
        if not doc.ok:
            p = next((p for p in doc.problems if p.code and p.code.startswith("E")), None)
            message = p.message if p is not None else "the brief could not be parsed"
            errors.append(
                {
                    "path": path,
                    "line": p.line if p else 1,
                    "column": p.column if p else 1,
                    "code": (p.code if p else None),
                    "message": message,
                }
            )
            continue
        records.append(measure(doc, plan))
    fmt = getattr(args, "format", "text") or "text"
    if fmt == "json":
        payload = {"version": JSON_VERSION, "syllable_source": SYLLABLE_SOURCE, "briefs": records, "errors": errors}
        out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write("\n".join(render_text(r) for r in records))
    for e in errors:
        code = f" ({e['code']})" if e["code"] else ""
        err.write(f"brieflint: error: {e['path']}:{e['line']}:{e['column']}: cannot measure: {e['message']}{code}\n")
    return 2 if errors else 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="briefs, or directories to search for briefs")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument(
        "--config", metavar="FILE", help="use this configuration (default: the nearest one above the current directory)"
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.cli.common import planner

    return main(args, planner(args), out, err)
