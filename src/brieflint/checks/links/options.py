"""The L family's options (``links:`` in the configuration), declared once."""

from __future__ import annotations

from brieflint.checks.options import Options
from brieflint.model import Option

OPTIONS = Options(
    Option("schemes", list, ["https", "http"], "the URL schemes allowed (http: still gets L105)"),
)
