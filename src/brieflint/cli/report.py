"""``brieflint report PATH... -o report.html [--split]``: the editor's report, one self-contained HTML page.

Each brief is loaded once, checked with every rule in force (the findings are
those of ``brieflint check``), and drawn from the same document: the rules'
readability and quote analyses are reused, not redone. Jinja2 is imported here
only, when the command runs.

Exit status: 0 when the report is written (whatever it finds); 2 for a usage or
configuration error, or when nothing under the paths is a brief.
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Any, TextIO

from brieflint.cli.common import codes


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: the current directory)")
    p.add_argument(
        "-o", "--output", default="report.html", metavar="FILE", help="where to write (default: report.html)"
    )
    p.add_argument(
        "--split",
        action="store_true",
        help="an overview in FILE and one page per brief in FILE's stem + '_briefs/' (for runs over many briefs)",
    )
    p.add_argument("--config", metavar="FILE", help="use this configuration for every file")
    p.add_argument("--select", type=codes, metavar="CODES", help="comma-separated codes, prefixes or names to run")
    p.add_argument(
        "--ignore", type=codes, default=(), metavar="CODES", help="comma-separated codes, prefixes or names to skip"
    )
    p.add_argument(
        "--respect-gitignore",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="skip what .gitignore files ignore in directory walks, as check does (default on)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing when the report is written")


class Timing:
    """Seconds spent checking and drawing, for ``--quiet``-less runs and the benchmark."""

    def __init__(self) -> None:
        self.check = 0.0
        self.report = 0.0


def run(args: argparse.Namespace, out: TextIO, err: TextIO, timing: Timing | None = None) -> int:
    from brieflint import __version__
    from brieflint.api.files import briefs_under
    from brieflint.config.settings import Overrides
    from brieflint.document.brief import load
    from brieflint.output.html.page import ReportWriter, file_href
    from brieflint.output.html.views import brief_view
    from brieflint.run.engine import Planner, check_document, in_order, language_skips, prepare

    timing = timing or Timing()
    paths = args.paths or ["."]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        err.write(f"brieflint: error: no such file or directory: {missing[0]}\n")
        return 2
    if args.config is not None and not os.path.isfile(args.config):
        err.write(f"brieflint: error: --config {args.config}: no such file\n")
        return 2
    if os.path.isdir(args.output):
        err.write(f"brieflint: error: -o {args.output} is a directory; name the file to write\n")
        return 2
    out_dir = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(out_dir):
        err.write(f"brieflint: error: -o {args.output}: no such directory {out_dir}\n")
        return 2
    planner = Planner(Overrides(select=args.select, ignore=args.ignore), args.config)
    files, skipped = briefs_under(paths, planner, respect_gitignore=args.respect_gitignore)
    if not files:
        ignored = "; what .gitignore ignores is left out: --no-respect-gitignore" if args.respect_gitignore else ""
        err.write(
            f"brieflint: error: no briefs found in {', '.join(paths)} (*.md with front matter, *.brief.yaml{ignored})\n"
        )
        return 2
    for f in files:
        prepare(planner.for_file(f))
    default = planner.default()
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    n_files = f"{len(files):,} brief" + ("" if len(files) == 1 else "s")
    writer = ReportWriter(
        args.output,
        split=args.split,
        rules=default.rules,
        version=__version__,
        run_line=f"{n_files} checked with brieflint {__version__} on {stamp}: {', '.join(paths)}",
    )
    findings_total = 0
    for n, path in enumerate(files, 1):
        t0 = time.perf_counter()
        plan = planner.for_file(path)
        doc = load(path, max_bytes=plan.settings.max_file_size)
        findings = list(in_order(check_document(doc, plan)))
        t1 = time.perf_counter()
        steps = {rule.code: ctx for rule, ctx, _ in plan.steps}
        page_dir = writer.page_dir
        not_run = language_skips(doc, plan)
        writer.add(brief_view(n, doc, findings, steps, plan.rules, file_href(path, page_dir), not_run))
        timing.check += t1 - t0
        timing.report += time.perf_counter() - t1
        findings_total += len(findings)
    for message in _load_errors(planner):
        err.write(f"brieflint: warning: {message}\n")
    t2 = time.perf_counter()
    written = writer.finish(skipped)
    timing.report += time.perf_counter() - t2
    if not args.quiet:
        extra = f" and {len(written) - 1:,} brief pages in {writer.brief_dir}" if args.split else ""
        out.write(f"wrote {args.output}{extra}: {n_files}, {findings_total:,} findings\n")
    return 0


def _load_errors(planner: Any) -> list[str]:
    out: list[str] = []
    for plan in planner._plans.values():
        for e in plan.rules.load_errors:
            if e not in out:
                out.append(e)
    return out
