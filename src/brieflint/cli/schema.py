"""``brieflint schema``: print the JSON Schema in use (the configured one, or the shipped one)."""

from __future__ import annotations

import argparse
from typing import TextIO

from brieflint.cli.common import planner


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", metavar="FILE", help="use this configuration (default: the nearest one above the current directory)"
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from brieflint.checks.schemastore import shipped_text

    settings = planner(args).default().settings
    if settings.schema:
        with open(settings.schema, encoding="utf-8") as fh:
            out.write(fh.read())
    else:
        out.write(shipped_text("brief.schema.json"))
    return 0
