"""The T family's options (``tags:`` in the configuration), declared once."""

from __future__ import annotations

from brieflint.checks.options import Options
from brieflint.model import Option

OPTIONS = Options(
    Option("kinds", list, ["topics"], "which tag lists must carry a term's parent with it: topics, regions"),
    Option("min-mentions", int, 3, "how many times a region must be named in the body before it is suggested"),
    Option(
        "mentions-per-1000-words",
        (int, float),
        2.5,
        "how often per 1,000 words of body a region must be named before it is suggested (long briefs name more)",
    ),
    Option("exclude", list, [], "regions never suggested (for instance the publisher's home country)"),
)
