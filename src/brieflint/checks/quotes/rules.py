"""Quote, attribution and source rules (``Q``).

Quotes are found per paragraph of prose (:mod:`brieflint.document.prose`, so Markdown,
code spans, URLs and link targets are already gone): straight and curly double
quotes, single quotes used as quotation marks (told apart from apostrophes by
the characters on each side), and Markdown block quotes. A quote needs an
attribution in its own sentence (or sentences, when it spans several) or the
one before: a citation, or an attribution cue (said, told, according to, as …
put it) with a speaker, which is a name, a specific office or role, or a
pronoun whose antecedent is one of those. Text inside quotes never counts.
See ``docs/quotes.md`` for the details and the measurements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from brieflint.checks.quotes.attribution import WINDOW, unattributed
from brieflint.checks.quotes.balance import unbalanced_quotes
from brieflint.checks.quotes.common import FRONT, OPT_CUES, OPT_MIN_WORDS, OPT_VAGUE, configured_lexicon, span
from brieflint.checks.quotes.cues import PASSIVE_ONLY, VAGUE
from brieflint.checks.quotes.multilingual import LANGUAGES, multilingual_unattributed, multilingual_vague
from brieflint.checks.quotes.paragraphs import para_infos, sentence_of
from brieflint.checks.quotes.sources import duplicate_source_id, unknown_claim_source, unknown_source, unused_source
from brieflint.checks.quotes.vague import vague_spans
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.model import Context, Problem, Rule, rule


@rule(
    "Q101",
    "unattributed-quote",
    "error",
    options=[OPT_MIN_WORDS, OPT_CUES],
    languages=LANGUAGES,
    bad=FRONT
    + """
The reform moves distribution to twelve regional companies [@minister-speech].
The plan was described as "a turning point for the whole region and its people."
""",
    good=FRONT
    + """
The reform moves distribution to twelve regional companies. The minister told
deputies that "the old model cannot finance the pipes" [@minister-speech].
"Every delay makes the reform more painful," he added.
""",
)
def unattributed_quote(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A direct quote has no speaker or source.

    What it does
    Finds direct quotes in the body (double quotes, straight or curly; single
    quotes used as quotation marks; Markdown block quotes) of more than
    `min-words` words, and checks that the quote's sentence, or the one
    before, names who said it: a speaker (a name, a specific office or role
    such as "the foreign minister", or a pronoun whose antecedent is one of
    those) with an attribution cue (said, told, wrote, warned, according to,
    as … put it), or a citation (`[@id]` or a link). A block quote may be
    attributed by a `— Name` line, a citation, or the sentence introducing
    it. Words inside quotes never count as attribution. Title Case quotes and
    quotes after "titled", "so-called", "the phrase" name things and are skipped.

    Why is this bad?
    A quote without a speaker cannot be checked, weighed or answered; an
    editor's first question about any quote is who said it.

    Example
    The plan was described as "a turning point for the whole region."

    Use instead: The foreign minister described the plan as "a turning point
    for the whole region" [@speech].
    """
    if language_of(doc) != "en":  # another language: its profile's marks and grammar (issue 22)
        yield from multilingual_unattributed(doc, ctx)
        return
    lex = configured_lexicon(ctx)
    for f in unattributed(doc, lex, int(ctx.options.get("min-words", 3))):
        line, col, end_line, end_col = span(f.para, f.start, f.end)
        what = "block quote" if f.block else "quote"
        if f.verdict == VAGUE:
            why = "its only attribution is vague (critics, analysts, observers…)"
        elif f.verdict == PASSIVE_ONLY:
            why = 'it is attributed in the passive with no speaker ("was described as")'
        else:
            why = "it has no speaker or source in this sentence or the one before"
        if f.block:
            where = "add an attribution line (— Name, role) or a citation [@id]"
            why = "it has no attribution line, citation or introducing speaker"
            if f.para.markup.value:
                # point at the '>' marker when the line has one
                ln, c0 = f.para.prose.locate(0)
                raw = doc.line_text(ln)
                gt = raw.rfind(">", 0, c0 - 1)
                if gt != -1:
                    col = gt + 1
        else:
            where = 'name who said it with a cue ("…," the minister said) or cite it ([@id])'
        yield Problem(
            line,
            col,
            f"{what} of {f.words} words: {why}; {where}",
            end_line=end_line,
            end_column=end_col,
            data={"words": f.words},
        )


@rule(
    "Q102",
    "vague-attribution",
    "warning",
    options=[OPT_VAGUE],
    languages=LANGUAGES,
    bad=FRONT + "\nObservers say the government has little room left to maneuver.\n",
    good=FRONT + "\nThe finance minister said the government has little room left to maneuver [@minister-speech].\n",
)
def vague_attribution(doc: Document, ctx: Context) -> Iterator[Problem]:
    """An attribution to unnamed people: "observers say", "critics argue", "it is said".

    What it does
    Flags weasel attributions in the body, the summary and the headings:
    "observers say/speculate", "critics argue", "analysts believe/view",
    "some say", "many believe", "experts agree", "it is said", "there are
    suggestions that", "according to some", "people familiar with" and
    similar. Words inside quotes are not checked; a sentence that carries a
    citation, or that names its people ("critics, including Senator X,"),
    is not flagged. The `vague` option adds phrases or regular expressions.

    Why is this bad?
    An unnamed crowd lends an opinion weight it has not earned and cannot be
    checked; name the people, cite them, or state the view as the author's.

    Example
    Observers say the government has little room left to maneuver.

    Use instead: The IMF's 2025 review [@imf-2025] found the government has
    little fiscal room left.
    """
    if language_of(doc) != "en":  # another language: its profile's grammar (issue 22)
        yield from multilingual_vague(doc, ctx)
        return
    lex = configured_lexicon(ctx)
    infos = para_infos(doc, ("summary", "heading", "body"))
    # one pass over the whole document (NUL between paragraphs: no pattern crosses it)
    starts = []
    at = 0
    for info in infos:
        starts.append(at)
        at += len(info.masked) + 1
    joined = "\x00".join(info.masked for info in infos)
    for js, je in vague_spans(joined, lex.vague_extra):
        n = bisect_right(starts, js) - 1
        info = infos[n]
        hs, he = js - starts[n], je - starts[n]
        if he > len(info.masked):
            continue
        p = info.para
        m = info.masked
        k = sentence_of(info.sents, hs) if info.sents else 0
        if k in info.cite_sents:
            continue
        sent = m[max(info.sents[k].start, hs - WINDOW) : min(info.sents[k].end, he + WINDOW)] if info.sents else m
        if re.search(r"\b(?:including|such\s+as|like|led\s+by|among\s+them)\s+(?:the\s+)?[A-Z]", sent):
            continue
        phrase = " ".join(m[hs:he].split())
        line, col, end_line, end_col = span(p, hs, he)
        yield Problem(
            line,
            col,
            f'vague attribution "{phrase}": say who (name them, or cite the source with [@id]) '
            "or state the point as your own",
            end_line=end_line,
            end_column=end_col,
        )


def _norm(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w'\s]", " ", s.lower()).split())


@rule(
    "Q108",
    "summary-quote-not-in-body",
    "warning",
    options=[OPT_MIN_WORDS],
    bad=FRONT.replace(
        "but only if tariffs protect poor households.",
        'but "the poor will pay the bill for decades," critics warn.',
    )
    + "\nThe minister said tariffs will rise [@minister-speech].\n",
    good=FRONT.replace(
        "but only if tariffs protect poor households.",
        'but "the old model cannot finance the pipes."',
    )
    + '\nThe minister said that "the old model cannot finance the pipes" [@minister-speech].\n',
)
def summary_quote_not_in_body(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary (or the title, or a heading) quotes words the body never shows.

    What it does
    For each quote of more than `min-words` words in the summary, the title
    or a heading, looks for the quoted words in the body (case, punctuation
    and quote style aside; an ellipsis may skip words). Reports the quote
    when the body does not contain them.

    Why is this bad?
    The deck promises what the piece delivers: a quote in the summary that
    the body never shows (with its speaker and source) is unattributed and
    unverifiable where readers meet it first.

    Example
    summary: … but "the poor will pay the bill," critics warn. (not in the body)

    Use instead: quote it in the body with its speaker and source, or paraphrase it in the summary.
    """
    min_words = int(ctx.options.get("min-words", 3))
    body = ""
    for info in para_infos(doc, ("title", "summary", "heading")):
        p = info.para
        prose = p.prose.value
        for q in info.marks.quotes:
            inner = q.inner(prose)
            nwords = len(text.words(inner))
            if nwords <= min_words:
                continue
            if not body:
                body = " " + " ".join(_norm(b.prose.value) for b in text.paragraphs(doc, ("body",))) + " "
            parts = [_norm(x) for x in re.split(r"\.\.\.|…|\[[^\]]*\]", inner)]
            if all((" " + x + " ") in body for x in parts if x):
                continue
            line, col, end_line, end_col = span(p, q.start, q.end)
            where = {"summary": "summary", "title": "title", "heading": "heading"}[p.scope]
            yield Problem(
                line,
                col,
                f"the {where} quotes {nwords} words that the body never shows; quote them in the body "
                "with their speaker and source, or paraphrase here",
                end_line=end_line,
                end_column=end_col,
            )


RULES: tuple[Rule, ...] = (
    unattributed_quote,
    vague_attribution,
    unknown_source,
    unused_source,
    unknown_claim_source,
    duplicate_source_id,
    unbalanced_quotes,
    summary_quote_not_in_body,
)


def analyse(doc: Document, options: dict[str, Any] | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Q101 and Q102 results for one document, as (line, column, message), for the evaluation script."""
    options = options or {}
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in (unattributed_quote, vague_attribution):
        ctx = Context(options={**r.defaults(), **{k: v for k, v in options.items() if k in r.defaults()}})
        out[r.code] = [(p.line, p.column, p.message) for p in r.check(doc, ctx)]
    return out
