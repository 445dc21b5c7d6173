"""R101, R102, R108–R110: the body's sections and paragraphs (grade, reading ease, length)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from brieflint.checks.readability import examples as ex
from brieflint.checks.readability import report
from brieflint.checks.readability.analysis import SectionStat, analyse
from brieflint.checks.readability.authored import authored
from brieflint.checks.readability.counts import EMPTY, Counts
from brieflint.checks.readability.options import ARABIC_OPTIONS, OPTIONS
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.model import Context, Problem, rule


def _dense(c: Counts, options: Mapping[str, Any]) -> bool:
    """R101's test: above the grade target, and because its sentences are long (what an editor can change)."""
    grade = report.r(c.grade or 0.0)
    return grade > float(options["max-grade"]) and (c.mean_sentence_words or 0.0) >= float(
        options["dense-sentence-words"]
    )


def _own_sections(doc: Document, ctx: Context) -> Iterator[tuple[SectionStat, Counts]]:
    """The scored sections with the counts of their prose outside block quotes.

    A block quote is somebody else's text, which the author cannot split, so it
    neither makes a section dense nor counts towards ``min-section-words``.
    """
    least = OPTIONS.integer(ctx, "min-section-words")
    for s in report.scored_sections(analyse(doc), ctx):
        c = s.counts
        if any(p.paragraph.kind == "blockquote" for p in s.paragraphs):
            c = EMPTY
            for p in s.paragraphs:
                if p.paragraph.kind != "blockquote":
                    c = c + p.counts
        if c.words >= least and c.sentences:
            yield s, c


@rule(
    "R101",
    "section-grade",
    "warning",
    options=OPTIONS.pick("max-grade", "dense-sentence-words", "min-section-words")
    + ARABIC_OPTIONS.pick("min-osman", "arabic-dense-sentence-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.DENSE),
    good=ex.GOOD,
    languages=("en", "ar"),  # Arabic: OSMAN (arabic.py)
)
def section_grade(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section is much denser than published analysis: above the grade target, in long sentences.

    What it does
    Computes the Flesch–Kincaid grade (0.39 × words per sentence + 11.8 ×
    syllables per word − 15.59) of each section's prose and reports a section
    above `max-grade` (default 18) whose sentences average at least
    `dense-sentence-words` words (default 32). Both defaults come from the
    distribution of sections of published analysis (`docs/readability.md`):
    18 is about its 80th percentile of grade, 32 words a sentence its 90th
    percentile of sentence length, so the rule reports the densest sections of
    the register, and only where the remedy is the editor's (split sentences),
    not the subject's vocabulary. Block quotes are left out of a section's
    figures: they are somebody else's text, which the author cannot split.
    Sections shorter than `min-section-words` (default 100, block quotes not
    counted) are not scored: the formula is unstable on a few sentences.
    One finding per section: R102 (off by default) leaves a section R101
    reports alone. The finding points at the section's heading and carries
    `{"measured": grade, "target": max-grade, "words": …, "mean_sentence_words": …}`.

    Why is this bad?
    A section whose sentences average over 30 words makes readers hold several
    clauses at once for paragraphs on end; they skim it, and the argument is
    lost. Published analysis writing reads at grade 13–17.

    Example
    A section of three 35-to-40-word sentences full of "institutional
    architecture", "supervisory prerogatives" and "compensatory mechanisms"
    reads at grade 35:
    split the sentences and name the actors ("the interior ministry can
    overrule the regulator").
    """
    if language_of(doc) == "ar":  # issue 22: an Arabic section is scored with OSMAN, not Flesch–Kincaid
        from brieflint.checks.readability import arabic  # loaded only for Arabic briefs

        yield from arabic.dense_sections(report.scored_sections(analyse(doc), ctx), ctx)
        return
    target = OPTIONS.number(ctx, "max-grade")
    options = {name: OPTIONS.value(ctx, name) for name in ("max-grade", "dense-sentence-words")}
    for s, c in _own_sections(doc, ctx):
        if _dense(c, options):
            grade = report.r(c.grade or 0.0)
            mean = round(c.mean_sentence_words or 0.0, 1)
            yield report.section_problem(
                s,
                f"{s.label()} reads at Flesch–Kincaid grade {report.fmt(grade)}, "
                f"above the target of {report.fmt(target)}: {report.why(c)}",
                {"measured": grade, "target": target, "words": c.words, "mean_sentence_words": mean},
            )


@rule(
    "R102",
    "section-reading-ease",
    "warning",
    options=OPTIONS.pick("min-reading-ease", "min-section-words"),
    bad=ex.brief(ex.PLAIN + "\n" + ex.JARGON),
    good=ex.GOOD,
    enabled_by_default=False,
)
def section_reading_ease(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section's Flesch reading ease is below the target. Off by default.

    What it does
    Computes the Flesch reading ease (206.835 − 1.015 × words per sentence −
    84.6 × syllables per word) of each section's prose and reports a section
    below `min-reading-ease` (default 10). Sections shorter than
    `min-section-words` are not scored. Reading ease weighs long words more
    than the grade does, so it catches jargon written in short sentences. A
    section that R101 reports (when it runs) is not reported again here: one
    finding per problem per section.

    Off by default: on real published analysis (`benchmarks/accuracy/`) its
    findings were either the sections R101 reports already or sections whose
    low score comes from the subject's vocabulary (precision 0.67, below the
    project's floor of 0.90). Switch it on by naming it (`select: [R102]`) for a
    plain-language house style, with a target of your own (e.g. 30).

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
    r101 = report.reported_by(ctx, "R101")
    dense = {s.index for s, c in _own_sections(doc, ctx) if _dense(c, r101)} if r101 is not None else set()
    for s in report.scored_sections(analyse(doc), ctx):
        ease = report.r(s.counts.reading_ease or 0.0)
        if ease < target and s.index not in dense:
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
    languages=("en", "ar"),  # word counts: the same in Arabic (issue 22)
    bad=ex.brief(ex.PLAIN + "\n" + ex.LONG_PARAGRAPH + "\n"),
    good=ex.GOOD,
)
def long_paragraph(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A paragraph is longer than the limit.

    What it does
    Counts the words of each body paragraph (list items included; headings,
    tables and code are not prose) and reports one over `max-paragraph-words`
    (default 200). Block quotes are not reported: a quotation is not the
    author's to split.

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
            if n > limit and p.paragraph.kind != "blockquote":  # a quotation is not the author's to split
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
    languages=("en", "ar"),  # word counts: the same in Arabic (issue 22)
    bad=ex.brief(ex.PLAIN + "\n" + ex.LONG_SECTION + "\n"),
    good=ex.GOOD,
)
def long_section(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A section is longer than the limit.

    What it does
    Counts the author's prose words in each section of the body (the lead,
    before the first heading, is a section too) and reports one over
    `max-section-words` (default 800). Quotations do not count: words inside
    quotation marks and block quotes are the quoted people's, and a news post
    of 900 words that is mostly block quotations needs no subheadings. The
    finding points at the heading.

    Why is this bad?
    Subheadings are how readers of a brief find their way and skim. A section
    of 800 words or more (half a typical brief) hides its argument.

    Example
    Break a 950-word section under two or three subheadings that state its
    points ("Tariffs will rise first for the largest users").
    """
    limit = OPTIONS.integer(ctx, "max-section-words")
    a = analyse(doc)
    if all(s.counts.words <= limit for s in a.sections):
        return  # the author's words are some of a section's words (a quotation is a mark-delimited word run)
    own: dict[int | None, int] = {}
    for sentence in authored(doc, a):
        key = sentence.sentence.paragraph.section
        own[key] = own.get(key, 0) + sentence.counts.words
    for s in a.sections:
        n = own.get(s.index, 0)
        if n > limit:
            quoted = s.counts.words - n
            more = f" of the author's ({quoted} more quoted)" if quoted else ""
            yield report.section_problem(
                s,
                f"{s.label()} has {n} words{more}, more than {limit}: break it up under subheadings",
                {"measured": n, "target": limit},
            )


@rule(
    "R110",
    "short-body",
    "warning",
    options=OPTIONS.pick("min-body-words"),
    languages=("en", "ar"),  # word counts: the same in Arabic (issue 22)
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
