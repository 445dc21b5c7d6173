"""Q107: quotation marks that open and never close (or close and never opened), and empty pairs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from brieflint.checks.quotes.common import ALL_PROSE, FRONT, span
from brieflint.checks.quotes.marks import Quote
from brieflint.checks.quotes.multilingual import LANGUAGES
from brieflint.checks.quotes.paragraphs import ParaInfo, para_infos
from brieflint.document.brief import Document
from brieflint.model import Context, Problem, rule


@rule(
    "Q107",
    "unbalanced-quotes",
    "error",
    bad=FRONT + '\nThe minister said that "the old model cannot finance the pipes [@minister-speech].\n',
    good=FRONT + '\nThe minister said that "the old model cannot finance the pipes" [@minister-speech].\n',
    languages=LANGUAGES,  # « » “ ” " are the marks of Arabic and French too (not „ “: German is not read)
)
def unbalanced_quotes(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A paragraph opens a quotation mark it never closes, or closes one it never opened.

    What it does
    Pairs the double quotation marks (straight `"`, curly `“ ”`, `« »`) of
    every paragraph, heading, title, summary and bio. An opening mark with no
    closing mark, or a closing curly mark with no opening one, is reported.
    A quote that continues into the next paragraph in the news convention
    (the paragraph leaves it open and the next one starts with an opening
    mark) is accepted. Single quotes are not paired here, since they are
    also apostrophes.

    Why is this bad?
    The reader cannot tell where the quoted words end and the author's begin,
    and every quote rule after it sees the wrong quote.

    Example
    The minister said that "the old model cannot finance the pipes.

    Use instead: The minister said that "the old model cannot finance the pipes."
    """
    infos = para_infos(doc, ALL_PROSE)
    covered: set[tuple[int, int]] = set()  # continuation marks already judged with their chain
    for k, info in enumerate(infos):
        p = info.para
        prose = p.prose.value
        empty: list[Quote] = []
        if _doubtful(infos, k):
            continue
        for q in info.marks.quotes:
            if q.mark in "'‘":
                continue
            if q.closed:
                if not prose[q.inner_start : q.inner_end].strip():
                    empty.append(q)
                continue
            if (k, q.start) in covered:
                continue
            closes, run = _chain(infos, k, q, covered)
            if closes or _into_block_quote(infos, k):
                continue  # a quote running on over paragraphs, news style, and closed at last
            line, col, end_line, end_col = span(p, q.start, q.start + 1)
            snippet = " ".join(prose[q.start + 1 : q.start + 40].split())
            where = "in this paragraph" if run == 1 else f"in the {run} paragraphs it runs on through"
            yield Problem(
                line,
                col,
                f'quotation mark {prose[q.start]} opens "{snippet}…" but is never closed {where}; '
                "close the quote (or remove the stray mark)",
                end_line=end_line,
                end_column=end_col,
            )
        if empty:
            q = empty[0]
            line, col, end_line, end_col = span(p, q.start, q.end)
            more = f" ({len(empty)} such pairs in this paragraph)" if len(empty) > 1 else ""
            yield Problem(
                line,
                col,
                f"quotation marks with nothing between them{more}: a stray or doubled mark; remove it",
                end_line=end_line,
                end_column=end_col,
            )
        for i in info.marks.stray:
            if (k, i) in covered:
                continue
            line, col, end_line, end_col = span(p, i, i + 1)
            yield Problem(
                line,
                col,
                f"closing quotation mark {prose[i]} has no opening mark in this paragraph; "
                "add the opening mark or remove it",
                end_line=end_line,
                end_column=end_col,
            )


def _doubtful(infos: Sequence[ParaInfo], k: int) -> bool:
    """A paragraph whose odd mark an error must not report (issue 19: 'error is for the certain').

    A block quote reproduces someone else's text: a tweet's or a source's own marks, which no
    editor may change, and quotations that open or close in another paragraph of the block (or
    before the excerpt begins). A straight double mark right after a digit is a seconds or inch
    sign (a video's timestamp 0'18", a 12" pipe), not a quotation mark, and it puts the pairing of
    the paragraph's other straight marks in doubt."""
    p = infos[k].para
    if p.kind == "blockquote":
        return True
    value = p.prose.value
    i = value.find('"', 1)  # a scan in C from mark to mark (a Python loop over every character cost 5 M
    while i != -1:  # instructions a brief, a seventh of the whole run)
        if value[i - 1].isdigit():
            return True
        i = value.find('"', i + 1)
    return False


def _into_block_quote(infos: Sequence[ParaInfo], k: int) -> bool:
    """The paragraph ends with a colon and a block quote follows: a quotation opened in it may run
    on into the block ('… noted that "for the first time, officials have started …:' then '> …')."""
    value = infos[k].para.prose.value.rstrip()
    return value.endswith(":") and k + 1 < len(infos) and infos[k + 1].para.kind == "blockquote"


def _chain(infos: Sequence[ParaInfo], k: int, q: Quote, covered: set[tuple[int, int]]) -> tuple[bool, int]:
    """Does an unclosed quote close in a later paragraph, in the news convention (each continuing
    paragraph opens with a quotation mark; only the last one closes)? (closes, paragraphs spanned)."""
    p = infos[k].para
    if q.end != len(p.prose.value):
        return False, 1
    if p.kind == "list":
        return _list_chain(infos, k, covered)
    run = 1
    j = k + 1
    while j < len(infos):
        nxt = infos[j]
        if nxt.para.scope != p.scope or nxt.para.section != p.section:
            break
        value = nxt.para.prose.value
        lead = len(value) - len(value.lstrip())
        first = nxt.marks.quotes[0] if nxt.marks.quotes else None
        if first is None or first.start != lead or first.mark in "'‘":
            break
        run += 1
        covered.add((j, first.start))
        if first.closed:
            return True, run
        if first.end != len(value):
            break
        j += 1
    return False, run


def _list_chain(infos: Sequence[ParaInfo], k: int, covered: set[tuple[int, int]]) -> tuple[bool, int]:
    """A quotation of a list: opened in item ``k``, running through items with no double quotation
    mark, closed by a lone mark at the end of a later item ('- "Recipients will …', '- …', '- … point."')."""
    p = infos[k].para
    run = 1
    for j in range(k + 1, len(infos)):
        nxt = infos[j]
        if nxt.para.kind != "list" or nxt.para.scope != p.scope or nxt.para.section != p.section:
            break
        run += 1
        value = nxt.para.prose.value.rstrip()
        doubles = [x for x in nxt.marks.quotes if x.mark not in "'‘"]
        if not doubles and not nxt.marks.stray:
            continue
        last = len(value) - 1
        if len(doubles) == 1 and not nxt.marks.stray and not doubles[0].closed and doubles[0].start == last:
            covered.add((j, doubles[0].start))
            return True, run
        if not doubles and len(nxt.marks.stray) == 1 and nxt.marks.stray[0] >= last - 1:
            covered.add((j, nxt.marks.stray[0]))
            return True, run
        break
    return False, run
