"""The T family's options (``tags:`` in the configuration), declared once."""

from __future__ import annotations

from brieflint.checks.options import Options
from brieflint.model import Option

OPTIONS = Options(
    Option("kinds", list, ["topics"], "which tag lists must carry a term's parent with it: topics, regions"),
    Option("min-mentions", int, 3, "how many times a region must be named in the body before it is suggested"),
    Option("exclude", list, [], "regions never suggested (for instance the publisher's home country)"),
)
