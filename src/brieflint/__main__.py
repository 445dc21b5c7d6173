"""``python -m brieflint``."""

import sys

from brieflint.cli.main import entry

if __name__ == "__main__":
    sys.exit(entry())
