"""The L family's options (``links:`` in the configuration), declared once."""

from __future__ import annotations

from brieflint.checks.options import Options
from brieflint.model import Option

OPTIONS = Options(
    Option("schemes", list, ["https", "http"], "the URL schemes allowed (http: still gets L105)"),
    Option(
        "insecure-since",
        str,
        "2018-07-24",
        "briefs published or updated before this date (YYYY-MM-DD) are not checked for http: links",
    ),
)
