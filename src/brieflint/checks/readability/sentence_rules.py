"""R106, R107: hard and very hard sentences, in the manner of the Hemingway editor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from brieflint.checks.readability import examples as ex
from brieflint.checks.readability import report
from brieflint.checks.readability.analysis import SentenceStat, analyse
from brieflint.checks.readability.options import OPTIONS
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule


def _very_hard(s: SentenceStat, options: Any) -> bool:
    c = s.counts
    if c.words > options["max-sentence-words"]:
        return True
    return c.words >= options["min-words"] and report.r(c.grade or 0.0) >= options["very-hard-grade"]


def _sentence_data(s: SentenceStat, target: float, measured: float | None = None) -> dict[str, Any]:
    return {
        "measured": measured if measured is not None else report.r(s.counts.grade or 0.0),
        "target": target,
        "words": s.counts.words,
    }


@rule(
    "R106",
    "hard-sentence",
    "info",
    options=OPTIONS.pick("min-words", "hard-grade"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.HARD_SENTENCE),
    good=ex.GOOD,
)
def hard_sentence(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A sentence is hard to read: long, and above the hard grade.

    What it does
    In the manner of the Hemingway editor, reports a sentence of at least
    `min-words` words (default 25) whose own Flesch–Kincaid grade is at least
    `hard-grade` (default 22). Sentences that are very hard (R107) are
    reported there instead, while R107 is enabled. Shorter sentences are never
    reported, whatever their words.

    Why is this bad?
    A long sentence of long words makes the reader hold several clauses in
    mind at once. One or two in a brief are fine; a paragraph of them is not.

    Example
    "The regional companies will take over distribution from the municipal
    boards, which have accumulated substantial unpaid obligations to the
    national electricity utility, according to the interior ministry." (27
    words, grade 22.9): "The regional companies take over from the town
    boards. Those boards owe the national power company large sums, the
    interior ministry says."
    """
    target = OPTIONS.number(ctx, "hard-grade")
    least = OPTIONS.integer(ctx, "min-words")
    settings = ctx.settings
    very: Any = None
    if settings is not None and "R107" in settings.enabled:
        very = settings.options.get("R107")
    for s in analyse(doc).sentences:
        c = s.counts
        if c.words < least:
            continue
        grade = report.r(c.grade or 0.0)
        if grade < target:
            continue
        if very is not None and _very_hard(s, very):
            continue
        yield report.sentence_problem(
            s,
            f"hard sentence: {c.words} words at grade {report.fmt(grade)} "
            f"(hard from grade {report.fmt(target)}): split it, or cut a clause",
            _sentence_data(s, target, grade),
        )


@rule(
    "R107",
    "very-hard-sentence",
    "warning",
    options=OPTIONS.pick("min-words", "very-hard-grade", "max-sentence-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.VERY_HARD_SENTENCE),
    good=ex.GOOD,
)
def very_hard_sentence(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A sentence is very hard to read: long, and above the very hard grade, or simply too long.

    What it does
    Reports a sentence of at least `min-words` words (default 25) whose own
    Flesch–Kincaid grade is at least `very-hard-grade` (default 26), and any
    sentence of more than `max-sentence-words` words (default 50), as the
    Hemingway editor marks sentences red. The data carries the grade and the
    word count (`{"measured": grade, "target": 26, "words": 41}`; for a sentence
    over the length limit, `measured` is its word count).

    Why is this bad?
    Readers lose the subject before they reach the verb. In published
    analysis, fewer than one sentence in twenty is this hard.

    Example
    "The reorganization of municipal distribution into regional multiservice
    companies presupposes administrative capabilities, regulatory
    independence and financial transparency that the existing institutional
    architecture has historically demonstrated only intermittently."
    (27 words, grade 34): name who does what, in two sentences.
    """
    least = OPTIONS.integer(ctx, "min-words")
    target = OPTIONS.number(ctx, "very-hard-grade")
    longest = OPTIONS.integer(ctx, "max-sentence-words")
    for s in analyse(doc).sentences:
        c = s.counts
        grade = report.r(c.grade or 0.0)
        if c.words >= least and grade >= target:
            yield report.sentence_problem(
                s,
                f"very hard sentence: {c.words} words at grade {report.fmt(grade)} "
                f"(very hard from grade {report.fmt(target)}): split it into two or three sentences",
                _sentence_data(s, target, grade),
            )
        elif c.words > longest:
            yield report.sentence_problem(
                s,
                f"very hard sentence: {c.words} words, more than {longest}: split it into two or three sentences",
                {"measured": c.words, "target": longest, "grade": grade},
            )
