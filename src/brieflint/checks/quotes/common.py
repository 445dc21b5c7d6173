"""What the Q rules share: their options, the lexicon those configure, the example front
matter of their documentation, and locating a span of prose in the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brieflint import lazyre
from brieflint.checks.examples import GOOD
from brieflint.checks.quotes.cues import Cues, build_cues
from brieflint.document import prose as text
from brieflint.model import Context, Option
from brieflint.records import NamedTuple

ALL_PROSE = ("title", "summary", "heading", "body", "bio")


class Lexicon(NamedTuple):
    cues: Cues
    vague_extra: re.Pattern[str] | None


def extra_regex(extra: Sequence[str]) -> re.Pattern[str] | None:
    """The configured vague phrases (option ``vague``) as one expression: each a regular expression, or its words
    when it is not a valid one; None when there are none."""
    pats = []
    for e in extra:
        e = e.strip()
        if not e:
            continue
        try:
            re.compile(e)  # only to see whether it is a valid expression
            pats.append(rf"\b(?:{e})\b")
        except re.error:
            pats.append(rf"\b{re.escape(e)}\b")
    return lazyre.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def lexicon(ctx: Context, cues: Sequence[str] = (), vague: Sequence[str] = ()) -> Lexicon:
    cues_t = tuple(str(c) for c in cues if isinstance(c, str))
    vague_t = tuple(str(v) for v in vague if isinstance(v, str))
    return ctx.shared_value(
        f"quotes.lexicon:{cues_t!r}:{vague_t!r}",
        lambda: Lexicon(build_cues(cues_t), extra_regex(vague_t)),
    )


OPT_MIN_WORDS = Option(
    "min-words", int, 3, "quotes of this many words or fewer (scare quotes, terms, names) are not checked"
)
OPT_CUES = Option(
    "cues",
    list,
    [],
    "more attribution cues (verbs or phrases), added to the built-in list (said, told, according to, …)",
)
OPT_VAGUE = Option(
    "vague",
    list,
    [],
    "more vague-attribution patterns (phrases or regular expressions), added to the built-in list",
)


def configured_lexicon(ctx: Context) -> Lexicon:
    return lexicon(ctx, ctx.options.get("cues") or (), ctx.options.get("vague") or ())


def span(p: text.Paragraph, start: int, end: int) -> tuple[int, int, int, int]:
    line, col = p.prose.locate(start)
    end_line, end_col = p.prose.locate_end(end)
    return line, col, end_line, end_col


# the example brief of the rules' documentation: the shared one, with a source to cite
FRONT = (
    GOOD[: GOOD.index("\n---\n") + 1]
    + """sources:
  - id: minister-speech
    title: Address to the House of Representatives on water security
---
"""
)
