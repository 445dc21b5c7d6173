"""Puts this folder on the import path, so that tests in any sub-folder can ``from support import ...``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
