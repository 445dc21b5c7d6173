"""``python -m brieflint``."""

import sys

from brieflint.cli import main

if __name__ == "__main__":
    sys.exit(main())
