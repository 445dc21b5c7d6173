"""Readability rules (``R``): targets per section and for the summary, hard sentences, long blocks.

Every figure comes from :func:`brieflint.checks.readability.analysis.analyse`, computed once per
document (prose only: Markdown stripped, citations, code and URLs gone,
headings and table cells not counted) and shared by the rules and by
``brieflint stats``. Findings carry ``data={"measured": …, "target": …}``.

Defaults were calibrated on published analysis writing; ``docs/readability.md``
says how and what they give on the examples.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from brieflint.checks.readability.analysis import Analysis, Counts, SectionStat, SentenceStat, analyse
from brieflint.document.brief import Document
from brieflint.model import Context, Option, Problem, Rule, rule

# ----- defaults (see docs/readability.md, "Calibration") ---------------------

MAX_GRADE = 18.0
MIN_READING_EASE = 10.0
MIN_SECTION_WORDS = 100
SUMMARY_MAX_GRADE = 16.0
SUMMARY_MIN_READING_EASE = 15.0
SUMMARY_MIN_WORDS = 15
SUMMARY_MAX_WORDS = 80
SENTENCE_MIN_WORDS = 25
HARD_GRADE = 22.0
VERY_HARD_GRADE = 26.0
MAX_SENTENCE_WORDS = 50
MAX_PARAGRAPH_WORDS = 200
MAX_SECTION_WORDS = 800
MIN_BODY_WORDS = 50

_NUMBER = (int, float)


def _r(x: float) -> float:
    """Figures are compared as they are shown: to one decimal."""
    return round(x, 1)


def _fmt(x: float) -> str:
    return f"{x:g}" if float(x).is_integer() else f"{x:.1f}"


def _scored_sections(a: Analysis, ctx: Context) -> Iterator[SectionStat]:
    least = ctx.options["min-section-words"]
    for s in a.sections:
        if s.counts.words and s.counts.sentences and s.counts.words >= least:
            yield s


def _why(c: Counts) -> str:
    asl = c.mean_sentence_words or 0.0
    spw = c.syllables_per_word or 0.0
    if asl >= 22:
        return f"sentences average {asl:.0f} words; split the longest"
    if spw >= 1.7:
        return f"words average {spw:.2f} syllables; prefer shorter, plainer words"
    return "split long sentences and prefer plainer words"


def _section_problem(s: SectionStat, message: str, data: dict[str, Any]) -> Problem:
    line, col, end_line, end_col = s.anchor()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def _summary_problem(a: Analysis, message: str, data: dict[str, Any]) -> Problem | None:
    if a.summary is None:
        return None
    line, col, end_line, end_col = a.summary.span()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


def _sentence_problem(s: SentenceStat, message: str, data: dict[str, Any]) -> Problem:
    line, col, end_line, end_col = s.span()
    return Problem(line, col, message, end_line=end_line, end_column=end_col, data=data)


# ----- examples ---------------------------------------------------------------

_FRONT = """\
---
title: "Pricing Scarcity: Morocco's Water Tariffs"
type: brief-analysis
date: 2026-03-12
authors:
  - name: Leila Benkirane
    bio: Leila Benkirane is a fellow who studies utility regulation in North Africa.
summary: >-
  {summary}
topics: [Water & Environment]
regions: [Morocco]
---
"""

_SUMMARY = (
    "Rabat wants regional companies to run water and power. The plan could pay for new pipes, "
    "but only if tariffs protect poor homes."
)

_PLAIN = (
    "Morocco's parliament passed a law to move water and power to regional companies. "
    "The state will own most of each company. Towns will lose their old utility boards. "
    "The reform starts next year in four regions.\n\n"
    "## What it means for tariffs\n\n"
    "Prices will rise for the largest users first. Poor homes keep a social tariff for the first "
    "block of water. The new regulator will publish its rules before the first bills arrive. "
    "Small towns fear they will pay more than cities.\n"
)


def _brief(body: str, summary: str = _SUMMARY) -> str:
    return _FRONT.format(summary=summary) + "\n" + body


_GOOD = _brief(_PLAIN)

# a section of over 100 words written in long, heavily subordinated sentences
_DENSE = (
    "## Institutional arrangements\n\n"
    "The reorganization of municipal distribution responsibilities into regional multiservice "
    "companies, which the legislation envisages as majority state-owned entities operating under "
    "delegated management contracts, presupposes administrative capabilities, regulatory "
    "independence and financial transparency that the existing institutional architecture has "
    "historically demonstrated only intermittently. "
    "Consequently, the effectiveness of the tariff regulator, whose statutory independence remains "
    "ambiguously defined relative to the interior ministry's supervisory prerogatives, will "
    "determine whether the anticipated efficiency improvements materialize or whether operational "
    "deficiencies simply migrate from municipalities to regional administrations. "
    "Additionally, international development institutions conditioning concessional financing on "
    "cost-recovery benchmarks could precipitate politically consequential tariff adjustments before "
    "compensatory social protection mechanisms become operational.\n"
)

# a section of over 100 words in short sentences of long words (low reading ease, moderate grade)
_JARGON = (
    "## Institutional arrangements\n\n"
    "Regional operators administer distribution infrastructure. Municipal authorities relinquish "
    "operational responsibilities. Independent regulatory institutions determine tariff "
    "methodologies. Ministerial supervisory prerogatives remain ambiguously delineated. "
    "International development institutions prioritize cost-recovery considerations. "
    "Concessional financing necessitates comprehensive administrative reorganization. "
    "Vulnerable communities anticipate considerable affordability difficulties. "
    "Compensatory redistributive mechanisms remain underdeveloped. "
    "Parliamentary oversight capabilities appear insufficiently consolidated. "
    "Environmental sustainability considerations necessitate infrastructure rehabilitation. "
    "Hydrological variability intensifies operational uncertainties. "
    "Consequently, regulatory independence constitutes a fundamental precondition. "
    "Administrative decentralization necessitates institutional capability development. "
    "Operational efficiency improvements presuppose organizational transformation. "
    "Municipal authorities relinquish operational responsibilities. "
    "Independent regulatory institutions determine tariff methodologies. "
    "Ministerial authorities anticipate considerable institutional difficulties. "
    "Regional distribution administrators anticipate considerable institutional difficulties.\n"
)

_HARD_SENTENCE = (
    "The regional companies will take over distribution from the municipal boards, which have "
    "accumulated substantial unpaid obligations to the national electricity utility, according to "
    "the interior ministry.\n"
)

_VERY_HARD_SENTENCE = (
    "The reorganization of municipal distribution into regional multiservice companies presupposes "
    "administrative capabilities, regulatory independence and financial transparency that the "
    "existing institutional architecture has historically demonstrated only intermittently.\n"
)

_LONG_PARAGRAPH = " ".join(["Prices will rise for the largest users first, and poor homes keep a social tariff."] * 15)

_LONG_SECTION = "## The reform in detail\n\n" + "\n\n".join(
    ["The state will own most of each company. Towns will lose their old boards. " * 6] * 10
)

# ----- rules ------------------------------------------------------------------


@rule(
    "R101",
    "section-grade",
    "warning",
    options=[
        Option("max-grade", _NUMBER, MAX_GRADE, "highest Flesch–Kincaid grade a section may read at"),
        Option(
            "min-section-words",
            int,
            MIN_SECTION_WORDS,
            "sections with fewer words are not scored (the formulas need about 100 words)",
        ),
    ],
    bad=_brief(_PLAIN + "\n" + _DENSE),
    good=_GOOD,
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
    target = float(ctx.options["max-grade"])
    for s in _scored_sections(analyse(doc), ctx):
        grade = _r(s.counts.grade or 0.0)
        if grade > target:
            yield _section_problem(
                s,
                f"{s.label()} reads at Flesch–Kincaid grade {_fmt(grade)}, "
                f"above the target of {_fmt(target)}: {_why(s.counts)}",
                {"measured": grade, "target": target, "words": s.counts.words},
            )


@rule(
    "R102",
    "section-reading-ease",
    "warning",
    options=[
        Option("min-reading-ease", _NUMBER, MIN_READING_EASE, "lowest Flesch reading ease a section may have"),
        Option(
            "min-section-words",
            int,
            MIN_SECTION_WORDS,
            "sections with fewer words are not scored (the formulas need about 100 words)",
        ),
    ],
    bad=_brief(_PLAIN + "\n" + _JARGON),
    good=_GOOD,
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
    target = float(ctx.options["min-reading-ease"])
    for s in _scored_sections(analyse(doc), ctx):
        ease = _r(s.counts.reading_ease or 0.0)
        if ease < target:
            yield _section_problem(
                s,
                f"{s.label()} has a Flesch reading ease of {_fmt(ease)}, "
                f"below the target of {_fmt(target)}: {_why(s.counts)}",
                {"measured": ease, "target": target, "words": s.counts.words},
            )


@rule(
    "R103",
    "summary-grade",
    "warning",
    options=[
        Option("summary-max-grade", _NUMBER, SUMMARY_MAX_GRADE, "highest Flesch–Kincaid grade the summary may read at")
    ],
    bad=_brief(
        _PLAIN,
        "The reorganization of municipal distribution into regional multiservice companies presupposes "
        "administrative capabilities and regulatory independence that existing institutions have "
        "demonstrated only intermittently.",
    ),
    good=_GOOD,
)
def summary_grade(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary reads above its target Flesch–Kincaid grade.

    What it does
    Computes the Flesch–Kincaid grade of the summary (the deck) and reports it
    above `summary-max-grade` (default 16, stricter than a section's 18). The
    summary is scored however short it is.

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
    if a.summary is None or not a.summary.counts.words:
        return
    target = float(ctx.options["summary-max-grade"])
    c = a.summary.counts
    grade = _r(c.grade or 0.0)
    if grade > target:
        p = _summary_problem(
            a,
            f"the summary reads at Flesch–Kincaid grade {_fmt(grade)}, "
            f"above the summary target of {_fmt(target)}: {_why(c)}",
            {"measured": grade, "target": target, "words": c.words},
        )
        if p is not None:
            yield p


@rule(
    "R104",
    "summary-reading-ease",
    "warning",
    options=[
        Option(
            "summary-min-reading-ease",
            _NUMBER,
            SUMMARY_MIN_READING_EASE,
            "lowest Flesch reading ease the summary may have",
        )
    ],
    bad=_brief(
        _PLAIN,
        "Regional operators administer distribution infrastructure. Independent regulatory institutions "
        "determine tariff methodologies. Vulnerable communities anticipate affordability difficulties.",
    ),
    good=_GOOD,
)
def summary_reading_ease(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary's Flesch reading ease is below its target.

    What it does
    Computes the Flesch reading ease of the summary and reports it below
    `summary-min-reading-ease` (default 15, stricter than a section's 10).

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
    target = float(ctx.options["summary-min-reading-ease"])
    c = a.summary.counts
    ease = _r(c.reading_ease or 0.0)
    if ease < target:
        p = _summary_problem(
            a,
            f"the summary has a Flesch reading ease of {_fmt(ease)}, "
            f"below the summary target of {_fmt(target)}: {_why(c)}",
            {"measured": ease, "target": target, "words": c.words},
        )
        if p is not None:
            yield p


@rule(
    "R105",
    "summary-length",
    "warning",
    options=[
        Option("summary-min-words", int, SUMMARY_MIN_WORDS, "fewest words the summary may have"),
        Option("summary-max-words", int, SUMMARY_MAX_WORDS, "most words the summary may have"),
    ],
    bad=_brief(_PLAIN, "Water reform in Morocco."),
    good=_GOOD,
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
    low, high = int(ctx.options["summary-min-words"]), int(ctx.options["summary-max-words"])
    n = a.summary.counts.words
    if n < low:
        p = _summary_problem(
            a,
            f"the summary has {n} word{'s' if n != 1 else ''}, fewer than {low}: "
            "say what the brief argues in one or two sentences",
            {"measured": n, "target": low},
        )
    elif n > high:
        p = _summary_problem(
            a,
            f"the summary has {n} words, more than {high}: "
            "keep the deck to one or two sentences and move detail to the body",
            {"measured": n, "target": high},
        )
    else:
        return
    if p is not None:
        yield p


def _very_hard(s: SentenceStat, options: Any) -> bool:
    c = s.counts
    if c.words > options["max-sentence-words"]:
        return True
    return c.words >= options["min-words"] and _r(c.grade or 0.0) >= options["very-hard-grade"]


def _sentence_data(s: SentenceStat, target: float, measured: float | None = None) -> dict[str, Any]:
    return {
        "measured": measured if measured is not None else _r(s.counts.grade or 0.0),
        "target": target,
        "words": s.counts.words,
    }


@rule(
    "R106",
    "hard-sentence",
    "info",
    options=[
        Option("min-words", int, SENTENCE_MIN_WORDS, "sentences with fewer words are never reported"),
        Option("hard-grade", _NUMBER, HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is hard"),
    ],
    bad=_brief(_PLAIN + "\n" + _HARD_SENTENCE),
    good=_GOOD,
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
    target = float(ctx.options["hard-grade"])
    least = int(ctx.options["min-words"])
    settings = ctx.settings
    very: Any = None
    if settings is not None and "R107" in settings.enabled:
        very = settings.options.get("R107")
    for s in analyse(doc).sentences:
        c = s.counts
        if c.words < least:
            continue
        grade = _r(c.grade or 0.0)
        if grade < target:
            continue
        if very is not None and _very_hard(s, very):
            continue
        yield _sentence_problem(
            s,
            f"hard sentence: {c.words} words at grade {_fmt(grade)} "
            f"(hard from grade {_fmt(target)}): split it, or cut a clause",
            _sentence_data(s, target, grade),
        )


@rule(
    "R107",
    "very-hard-sentence",
    "warning",
    options=[
        Option("min-words", int, SENTENCE_MIN_WORDS, "sentences with fewer words are never reported for their grade"),
        Option(
            "very-hard-grade", _NUMBER, VERY_HARD_GRADE, "Flesch–Kincaid grade from which a long sentence is very hard"
        ),
        Option(
            "max-sentence-words", int, MAX_SENTENCE_WORDS, "a sentence with more words is very hard whatever its grade"
        ),
    ],
    bad=_brief(_PLAIN + "\n" + _VERY_HARD_SENTENCE),
    good=_GOOD,
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
    opts = ctx.options
    least = int(opts["min-words"])
    target = float(opts["very-hard-grade"])
    longest = int(opts["max-sentence-words"])
    for s in analyse(doc).sentences:
        c = s.counts
        grade = _r(c.grade or 0.0)
        if c.words >= least and grade >= target:
            yield _sentence_problem(
                s,
                f"very hard sentence: {c.words} words at grade {_fmt(grade)} "
                f"(very hard from grade {_fmt(target)}): split it into two or three sentences",
                _sentence_data(s, target, grade),
            )
        elif c.words > longest:
            yield _sentence_problem(
                s,
                f"very hard sentence: {c.words} words, more than {longest}: split it into two or three sentences",
                {"measured": c.words, "target": longest, "grade": grade},
            )


@rule(
    "R108",
    "long-paragraph",
    "warning",
    options=[Option("max-paragraph-words", int, MAX_PARAGRAPH_WORDS, "most words a paragraph may have")],
    bad=_brief(_PLAIN + "\n" + _LONG_PARAGRAPH + "\n"),
    good=_GOOD,
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
    limit = int(ctx.options["max-paragraph-words"])
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
    options=[Option("max-section-words", int, MAX_SECTION_WORDS, "most words a section may have")],
    bad=_brief(_PLAIN + "\n" + _LONG_SECTION + "\n"),
    good=_GOOD,
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
    limit = int(ctx.options["max-section-words"])
    for s in analyse(doc).sections:
        n = s.counts.words
        if n > limit:
            what = s.label()
            yield _section_problem(
                s,
                f"{what} has {n} words, more than {limit}: break it up under subheadings",
                {"measured": n, "target": limit},
            )


@rule(
    "R110",
    "short-body",
    "warning",
    options=[Option("min-body-words", int, MIN_BODY_WORDS, "fewest prose words the body may have")],
    bad=_brief("Morocco's parliament passed a water law. Details to follow.\n"),
    good=_GOOD,
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
    limit = int(ctx.options["min-body-words"])
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


RULES: tuple[Rule, ...] = (
    section_grade,
    section_reading_ease,
    summary_grade,
    summary_reading_ease,
    summary_length,
    hard_sentence,
    very_hard_sentence,
    long_paragraph,
    long_section,
    short_body,
)
