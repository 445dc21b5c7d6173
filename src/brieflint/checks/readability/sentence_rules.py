"""R106, R107: hard and very hard sentences, weighed on the words their author wrote.

Words inside a quotation do not count against the author's sentence (a
quotation cannot be rewritten; see :mod:`.authored`), and a block quote is not
the author's prose at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from brieflint.checks.readability import examples as ex
from brieflint.checks.readability import report
from brieflint.checks.readability.analysis import analyse
from brieflint.checks.readability.authored import Authored, authored
from brieflint.checks.readability.enumeration import read_as_list
from brieflint.checks.readability.options import ARABIC_OPTIONS, OPTIONS
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.model import Context, Problem, rule


def _very_hard(a: Authored, options: Any) -> bool:
    c = a.counts
    if c.words > options["max-sentence-words"]:
        return True
    return c.words >= options["min-words"] and report.r(c.grade or 0.0) >= options["very-hard-grade"]


def _sentence_data(a: Authored, target: float, measured: float) -> dict[str, Any]:
    data: dict[str, Any] = {"measured": measured, "target": target, "words": a.counts.words}
    if a.counts.words != a.sentence.counts.words:
        data["quoted_words"] = a.sentence.counts.words - a.counts.words
    return data


def _own(a: Authored) -> str:
    """'43 words' or '43 words of the author's (12 more quoted)'."""
    quoted = a.sentence.counts.words - a.counts.words
    return f"{a.counts.words} words" + (f" of the author's ({quoted} more quoted)" if quoted else "")


@rule(
    "R106",
    "hard-sentence",
    "info",
    options=OPTIONS.pick("min-words", "hard-grade"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.HARD_SENTENCE),
    good=ex.GOOD,
    enabled_by_default=False,
)
def hard_sentence(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A sentence is hard to read: long, and above the hard grade. Off by default.

    What it does
    In the manner of the Hemingway editor, reports a sentence of at least
    `min-words` words (default 25) whose own Flesch–Kincaid grade is at least
    `hard-grade` (default 22). Only the author's words count: words inside a
    quotation are taken out, and block quotes are not measured. Sentences that
    are very hard (R107) are reported there instead, while R107 is enabled.
    Shorter sentences are never reported, whatever their words.

    Off by default: on real published analysis (`benchmarks/accuracy/`) fewer
    than half of its findings were sentences an editor would split (precision
    0.41, below the project's floor of 0.90): 30-to-40-word sentences are the
    ordinary register of policy writing. Switch it on by naming it
    (`select: [R106]`, `--select R106`) for a plain-language house style.

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
    for a in authored(doc, analyse(doc)):
        c = a.counts
        if c.words < least:
            continue
        grade = report.r(c.grade or 0.0)
        if grade < target:
            continue
        if very is not None and _very_hard(a, very):
            continue
        yield report.sentence_problem(
            a.sentence,
            f"hard sentence: {_own(a)} at grade {report.fmt(grade)} "
            f"(hard from grade {report.fmt(target)}): split it, or cut a clause",
            _sentence_data(a, target, grade),
        )


@rule(
    "R107",
    "very-hard-sentence",
    "warning",
    options=OPTIONS.pick("min-words", "very-hard-grade", "max-sentence-words")
    + ARABIC_OPTIONS.pick("arabic-max-sentence-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.VERY_HARD_SENTENCE),
    good=ex.GOOD,
    languages=("en", "ar"),  # Arabic: words per sentence only (arabic.py)
)
def very_hard_sentence(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A sentence is very hard to read: longer than nearly every sentence of published analysis.

    What it does
    Reports a sentence with more than `max-sentence-words` words of its
    author's (default 47), and one of at least `min-words` words (default 25)
    whose own Flesch–Kincaid grade is at least `very-hard-grade` (default 30).
    Words inside a quotation do not count against the sentence (a quotation
    cannot be rewritten), and block quotes are not measured. A sentence that
    numbers two or three items inline in order ("examines (1) …; (2) …; and
    (3) …") is read as a list: it is as long as its lead-in and its longest
    item. The defaults sit just above the 97th percentile of sentence length
    and at the 99th percentile of sentence grade in published analysis
    (`docs/readability.md`), so a brief in the ordinary register of policy
    writing gets none or one. Sentences of 43 to 47 words, which editors
    split about as often as they leave (`docs/accuracy.md`), are not
    reported. The data carries the measure and the author's word count
    (`{"measured": 52, "target": 47, "words": 52}`; for a sentence over the
    grade limit, `measured` is its grade).

    Why is this bad?
    Readers lose the subject before they reach the verb. In published
    analysis, about one sentence in forty is this long; editors split them.

    Example
    "The reorganization of municipal distribution into regional multiservice
    companies presupposes administrative capabilities, regulatory
    independence and financial transparency that the existing institutional
    architecture has historically demonstrated only intermittently."
    (27 words, grade 34): name who does what, in two sentences.
    """
    if language_of(doc) == "ar":  # issue 22: an Arabic sentence is weighed by its words (no Arabic grade)
        from brieflint.checks.readability import arabic  # loaded only for Arabic briefs

        yield from arabic.long_sentences(doc, analyse(doc), ctx)
        return
    least = OPTIONS.integer(ctx, "min-words")
    target = OPTIONS.number(ctx, "very-hard-grade")
    longest = OPTIONS.integer(ctx, "max-sentence-words")
    for a in authored(doc, analyse(doc)):
        c = a.counts
        if c.words < least and c.words <= longest:
            continue  # most sentences: too short to be very hard, and no grade to work out
        if c.words > longest and (listed := read_as_list(a.sentence.text)) is not None and listed <= longest:
            continue  # "(1) …; (2) …; and (3) …": a list set inline, read an item at a time
        grade = report.r(c.grade or 0.0)
        if c.words > longest:
            yield report.sentence_problem(
                a.sentence,
                f"very hard sentence: {_own(a)}, more than {longest}: split it into two or three sentences",
                {**_sentence_data(a, longest, c.words), "grade": grade},
            )
        elif c.words >= least and grade >= target:
            yield report.sentence_problem(
                a.sentence,
                f"very hard sentence: {_own(a)} at grade {report.fmt(grade)} "
                f"(very hard from grade {report.fmt(target)}): split it into two or three sentences",
                _sentence_data(a, target, grade),
            )
