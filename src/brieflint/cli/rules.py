"""``brieflint rules`` (every rule) and ``brieflint explain CODE`` (one rule's documentation)."""

from __future__ import annotations

import argparse
from typing import TextIO

from brieflint.cli.common import UsageError, planner


def add_rules_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("text", "json", "markdown"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--config", metavar="FILE", help="use this configuration (default: the nearest one above the current directory)"
    )


def run_rules(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.output import ruledocs as docs

    rules = planner(args).default().rules
    out.write(docs.render_rules(rules, args.format))
    return 0


def add_explain_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE|NAME", help="a rule code (Q101) or name (unattributed-quote)")
    parser.add_argument(
        "--config", metavar="FILE", help="use this configuration (default: the nearest one above the current directory)"
    )


def run_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.output import ruledocs as docs

    rules = planner(args).default().rules
    rule = rules.get(args.code)
    if rule is None:
        raise UsageError(f"no rule with code or name '{args.code}'{rules.suggest(args.code)}")
    out.write(docs.explain(rule))
    return 0
