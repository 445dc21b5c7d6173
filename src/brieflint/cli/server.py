"""``brieflint server``: the language server, over stdin and stdout (see docs/editors.md).

pygls and lsprotocol (the ``lsp`` extra) are imported only here, when the
server starts; ``brieflint --version`` and every other command import none
of it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TextIO

from brieflint.cli.common import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stdio", action="store_true", help="talk over stdin and stdout (the default and only way)")
    parser.add_argument(
        "--log-level",
        choices=("error", "warning", "info", "debug"),
        default="warning",
        help="what the server logs to stderr (default: warning)",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import importlib

    try:
        # by name, as main.py reaches every subcommand: cli and server are independent packages of the top layer
        serve = importlib.import_module("brieflint.server.app").serve
    except ModuleNotFoundError as exc:
        if exc.name not in ("pygls", "lsprotocol", "cattrs") and not str(exc.name).startswith(
            ("pygls.", "lsprotocol.")
        ):
            raise
        raise UsageError(
            f"brieflint server needs pygls and lsprotocol ({exc}); install them with: pip install 'brieflint[lsp]'"
        ) from None
    logging.basicConfig(stream=sys.stderr, level=args.log_level.upper(), format="brieflint server: %(message)s")
    code = serve()
    # the message loop's reader thread may still wait on stdin: end the process here
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
