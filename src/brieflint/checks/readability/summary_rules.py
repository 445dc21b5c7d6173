"""R103–R105: the summary (the deck): grade, reading ease, length."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from brieflint.checks.readability import examples as ex
from brieflint.checks.readability import report
from brieflint.checks.readability.analysis import Analysis, analyse
from brieflint.checks.readability.options import OPTIONS
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule


def _longest_sentence(a: Analysis) -> int:
    return max((s.counts.words for s in a.summary.sentences), default=0) if a.summary is not None else 0


def _dense(a: Analysis, options: Mapping[str, Any]) -> bool:
    """R103's test: the deck above its grade target, with a sentence longer than most of the register's."""
    if a.summary is None or not a.summary.counts.words:
        return False
    grade = report.r(a.summary.counts.grade or 0.0)
    return grade > float(options["summary-max-grade"]) and _longest_sentence(a) >= int(
        options["summary-sentence-words"]
    )


@rule(
    "R103",
    "summary-grade",
    "warning",
    options=OPTIONS.pick("summary-max-grade", "summary-sentence-words"),
    bad=ex.brief(
        ex.PLAIN,
        "The reorganization of municipal distribution into regional multiservice companies, which the "
        "government presents as overdue, presupposes administrative capabilities and regulatory "
        "independence that existing institutions have demonstrated only intermittently in the past.",
    ),
    good=ex.GOOD,
)
def summary_grade(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary reads above its target Flesch–Kincaid grade, in a sentence longer than most.

    What it does
    Computes the Flesch–Kincaid grade of the summary (the deck) and reports it
    above `summary-max-grade` (default 16, stricter than a section's 18) when
    a sentence of the deck has at least `summary-sentence-words` words
    (default 30, about the 75th percentile of a sentence of published
    analysis): a deck that is dense because it is one long sentence, which an
    editor can split. A short deck whose grade comes from a few long words
    (an agency's name, "constitutional authority") is left alone. The summary
    is scored however short it is. One finding per deck: R104 (off by default)
    leaves a deck R103 reports alone.

    Why is this bad?
    The deck is what most readers read: on the home page, in newsletters and
    in search results. A deck that is one 35-word sentence loses them before
    the brief begins.

    Example
    "The reorganization of municipal distribution into regional multiservice
    companies presupposes administrative capabilities …" reads at grade 32.
    Write two short sentences: what is happening, and what it means.
    """
    a = analyse(doc)
    options = {name: OPTIONS.value(ctx, name) for name in ("summary-max-grade", "summary-sentence-words")}
    if a.summary is None or not _dense(a, options):
        return
    target = OPTIONS.number(ctx, "summary-max-grade")
    c = a.summary.counts
    grade = report.r(c.grade or 0.0)
    p = report.summary_problem(
        a,
        f"the summary reads at Flesch–Kincaid grade {report.fmt(grade)}, "
        f"above the summary target of {report.fmt(target)}: {report.why(c)}",
        {"measured": grade, "target": target, "words": c.words, "longest_sentence": _longest_sentence(a)},
    )
    if p is not None:
        yield p


@rule(
    "R104",
    "summary-reading-ease",
    "warning",
    options=OPTIONS.pick("summary-min-reading-ease"),
    bad=ex.brief(
        ex.PLAIN,
        "Regional operators administer distribution infrastructure. Independent regulatory institutions "
        "determine tariff methodologies. Vulnerable communities anticipate affordability difficulties.",
    ),
    good=ex.GOOD,
    enabled_by_default=False,
)
def summary_reading_ease(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary's Flesch reading ease is below its target. Off by default.

    What it does
    Computes the Flesch reading ease of the summary and reports it below
    `summary-min-reading-ease` (default 15, stricter than a section's 10). A
    deck that R103 reports (when it runs) is not reported again here: one
    finding per problem.

    Off by default: on real published analysis (`benchmarks/accuracy/`) half of
    its findings were plain news ledes and decks whose score comes from an
    agency's name or a quotation (precision 0.50, below the project's floor of
    0.90), and the rest were decks R103 reports. Switch it on by naming it
    (`select: [R104]`) for a plain-language house style.

    Why is this bad?
    A deck of long words ("administer", "infrastructure", "methodologies")
    asks for a specialist's patience before the reader knows whether the
    brief is worth it.

    Example
    "Regional operators administer distribution infrastructure." scores below
    zero; "Regional companies will run the pipes." says the same.
    """
    a = analyse(doc)
    if a.summary is None or not a.summary.counts.words:
        return
    target = OPTIONS.number(ctx, "summary-min-reading-ease")
    c = a.summary.counts
    ease = report.r(c.reading_ease or 0.0)
    r103 = report.reported_by(ctx, "R103")
    if ease < target and not (r103 is not None and _dense(a, r103)):
        p = report.summary_problem(
            a,
            f"the summary has a Flesch reading ease of {report.fmt(ease)}, "
            f"below the summary target of {report.fmt(target)}: {report.why(c)}",
            {"measured": ease, "target": target, "words": c.words},
        )
        if p is not None:
            yield p


@rule(
    "R105",
    "summary-length",
    "warning",
    options=OPTIONS.pick("summary-min-words", "summary-max-words"),
    languages=("en", "ar"),  # word counts: the same in Arabic (issue 22)
    bad=ex.brief(ex.PLAIN, "Water reform in Morocco."),
    good=ex.GOOD,
)
def summary_length(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary is shorter or longer than the deck should be.

    What it does
    Counts the summary's words (as textstat counts them: a hyphenated compound
    is one word, citations and URLs are not words) and reports a summary
    outside `summary-min-words`–`summary-max-words` (default 15–80). The
    finding carries the word count and the bound it crosses.

    Why is this bad?
    A deck of a few words is a label, not a summary; one of over 80 words is
    a second introduction that templates cut mid-sentence.

    Example
    `summary: Water reform in Morocco.` has 4 words: say what is happening
    and why it matters, in one or two sentences.
    """
    a = analyse(doc)
    if a.summary is None:
        return
    low, high = OPTIONS.integer(ctx, "summary-min-words"), OPTIONS.integer(ctx, "summary-max-words")
    n = a.summary.counts.words
    if n < low:
        p = report.summary_problem(
            a,
            f"the summary has {n} word{'s' if n != 1 else ''}, fewer than {low}: "
            "say what the brief argues in one or two sentences",
            {"measured": n, "target": low},
        )
    elif n > high:
        p = report.summary_problem(
            a,
            f"the summary has {n} words, more than {high}: "
            "keep the deck to one or two sentences and move detail to the body",
            {"measured": n, "target": high},
        )
    else:
        return
    if p is not None:
        yield p
