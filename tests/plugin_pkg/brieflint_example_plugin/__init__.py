"""A third-party rule: titles must not end with a full stop."""

from brieflint.model import Problem, rule

GOOD = """---
title: A title without a full stop
---
Body.
"""


@rule("XT001", "title-full-stop", "warning", bad=GOOD.replace("full stop\n", "full stop.\n"), good=GOOD)
def title_full_stop(doc, ctx):
    """A title ends with a full stop.

    What it does
    Reports a title that ends with '.'.

    Why is this bad?
    Headlines do not end with a full stop.

    Example
    `title: Water tariffs.` should be `title: Water tariffs`.
    """
    text = doc.text_at(("title",))
    if text is not None and text.value.endswith("."):
        line, col = text.locate(len(text.value) - 1)
        yield Problem(line, col, "title ends with a full stop; remove it", end_line=line, end_column=col + 1)


RULES = (title_full_stop,)
