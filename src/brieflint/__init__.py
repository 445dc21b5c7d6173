"""brieflint: a linter and schema validator for structured policy briefs.

Importing the package is cheap: it imports nothing else, so that
``brieflint --version`` starts fast. The Python API (``brieflint.check``,
``brieflint.Report``, ``brieflint.Finding``) loads on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (15 M instructions of `--version`)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from brieflint.api import CheckError, CheckOptions, Finding, Report, Severity, check

__all__ = ["CheckError", "CheckOptions", "Finding", "Report", "Severity", "__version__", "check"]


def __getattr__(name: str) -> Any:
    """The API's names, loaded on first use (by name: every layer imports this package for ``__version__``,
    and the API sits near the top of the layers)."""
    if name in ("check", "CheckError", "CheckOptions", "Finding", "Report", "Severity"):
        from importlib import import_module

        return getattr(import_module("brieflint.api"), name)
    raise AttributeError(f"module 'brieflint' has no attribute {name!r}")
