"""R101, R102, R108–R110: the body's sections and paragraphs (grade, reading ease, length)."""

from __future__ import annotations

from collections.abc import Iterator

from brieflint.checks.readability import examples as ex
from brieflint.checks.readability import report
from brieflint.checks.readability.analysis import analyse
from brieflint.checks.readability.options import OPTIONS
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule


@rule(
    "R101",
    "section-grade",
    "warning",
    options=OPTIONS.pick("max-grade", "min-section-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.DENSE),
    good=ex.GOOD,
)
def section_grade(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section reads above the target Flesch–Kincaid grade.

    What it does
    Computes the Flesch–Kincaid grade (0.39 × words per sentence + 11.8 ×
    syllables per word − 15.59) of each section's prose and reports a section
    above `max-grade` (default 18). Sections shorter than `min-section-words`
    (default 100) are not scored: the formula is unstable on a few sentences.
    The finding points at the section's heading and carries
    `{"measured": grade, "target": max-grade}`.

    Why is this bad?
    Grade is driven mostly by sentence length. A section at grade 19 or more
    averages 30-word sentences or more; readers skim it, and the argument is
    lost. Published analysis writing reads at grade 13–17.

    Example
    A section of three 35-to-40-word sentences full of "institutional
    architecture", "supervisory prerogatives" and "compensatory mechanisms"
    reads at grade 35:
    split the sentences and name the actors ("the interior ministry can
    overrule the regulator").
    """
    target = OPTIONS.number(ctx, "max-grade")
    for s in report.scored_sections(analyse(doc), ctx):
        grade = report.r(s.counts.grade or 0.0)
        if grade > target:
            yield report.section_problem(
                s,
                f"{s.label()} reads at Flesch–Kincaid grade {report.fmt(grade)}, "
                f"above the target of {report.fmt(target)}: {report.why(s.counts)}",
                {"measured": grade, "target": target, "words": s.counts.words},
            )


@rule(
    "R102",
    "section-reading-ease",
    "warning",
    options=OPTIONS.pick("min-reading-ease", "min-section-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.JARGON),
    good=ex.GOOD,
)
def section_reading_ease(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section's Flesch reading ease is below the target.

    What it does
    Computes the Flesch reading ease (206.835 − 1.015 × words per sentence −
    84.6 × syllables per word) of each section's prose and reports a section
    below `min-reading-ease` (default 10). Sections shorter than
    `min-section-words` are not scored. Reading ease weighs long words more
    than the grade does, so it catches jargon written in short sentences.

    Why is this bad?
    A reading ease under 10 means nearly every word has three syllables or
    more: "operational", "institutional", "prerogatives". Readers outside the
    field stop reading; plain words ("rules", "power", "the ministry") carry
    the same argument.

    Example
    "Municipal authorities relinquish operational responsibilities." has a
    reading ease below zero. Write "Towns hand over the running of the
    network."
    """
    target = OPTIONS.number(ctx, "min-reading-ease")
    for s in report.scored_sections(analyse(doc), ctx):
        ease = report.r(s.counts.reading_ease or 0.0)
        if ease < target:
            yield report.section_problem(
                s,
                f"{s.label()} has a Flesch reading ease of {report.fmt(ease)}, "
                f"below the target of {report.fmt(target)}: {report.why(s.counts)}",
                {"measured": ease, "target": target, "words": s.counts.words},
            )


@rule(
    "R108",
    "long-paragraph",
    "warning",
    options=OPTIONS.pick("max-paragraph-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.LONG_PARAGRAPH + "\n"),
    good=ex.GOOD,
)
def long_paragraph(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A paragraph is longer than the limit.

    What it does
    Counts the words of each body paragraph (list items and block-quote
    paragraphs included; headings, tables and code are not prose) and reports
    one over `max-paragraph-words` (default 200).

    Why is this bad?
    On a screen, a paragraph of over 200 words is a wall that readers scroll
    past. Each paragraph should make one point.

    Example
    Split a 240-word paragraph where its subject changes, and give each part
    its own first sentence.
    """
    limit = OPTIONS.integer(ctx, "max-paragraph-words")
    for sec in analyse(doc).sections:
        for p in sec.paragraphs:
            n = p.counts.words
            if n > limit:
                line, col, end_line, end_col = p.span()
                yield Problem(
                    line,
                    col,
                    f"paragraph of {n} words, more than {limit}: split it where its subject changes",
                    end_line=end_line,
                    end_column=end_col,
                    data={"measured": n, "target": limit},
                )


@rule(
    "R109",
    "long-section",
    "warning",
    options=OPTIONS.pick("max-section-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.LONG_SECTION + "\n"),
    good=ex.GOOD,
)
def long_section(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section is longer than the limit.

    What it does
    Counts the prose words of each section of the body (the lead, before the
    first heading, is a section too) and reports one over
    `max-section-words` (default 800). The finding points at the heading.

    Why is this bad?
    Subheadings are how readers of a brief find their way and skim. A section
    of 800 words or more (half a typical brief) hides its argument.

    Example
    Break a 950-word section under two or three subheadings that state its
    points ("Tariffs will rise first for the largest users").
    """
    limit = OPTIONS.integer(ctx, "max-section-words")
    for s in analyse(doc).sections:
        n = s.counts.words
        if n > limit:
            what = s.label()
            yield report.section_problem(
                s,
                f"{what} has {n} words, more than {limit}: break it up under subheadings",
                {"measured": n, "target": limit},
            )


@rule(
    "R110",
    "short-body",
    "warning",
    options=OPTIONS.pick("min-body-words"),
    bad=ex.brief("Morocco's parliament passed a water law. Details to follow.\n"),
    good=ex.GOOD,
)
def short_body(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The body is shorter than the minimum.

    What it does
    Counts the prose words of the whole body (all sections; headings, tables,
    code and citations not counted) and reports a body under
    `min-body-words` (default 50). Publishers with a house minimum set it
    (e.g. `readability: {min-body-words: 600}`).

    Why is this bad?
    A body of a few sentences is a placeholder or an unfinished draft, not a
    brief; it should not reach the publishing pipeline.

    Example
    A body that says "Details to follow." needs the analysis written.
    """
    limit = OPTIONS.integer(ctx, "min-body-words")
    if not doc.sections:
        return  # no body at all: the schema rules report it
    a = analyse(doc)
    n = a.body.words
    if n >= limit:
        return
    first = next((p for s in a.sections for p in s.paragraphs), None)
    if first is not None:
        line, col, _, _ = first.span()
    else:
        line, col = doc.sections[0].body.locate(0)
    yield Problem(
        line,
        col,
        f"the body has {n} word{'s' if n != 1 else ''} of prose, fewer than {limit}: write the analysis",
        data={"measured": n, "target": limit},
    )
