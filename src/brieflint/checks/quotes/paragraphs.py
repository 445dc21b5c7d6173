"""What the Q rules know of each paragraph: its quotes, its prose with quotes blanked, its
sentences and the sentences its citations belong to (built once per paragraph per document).
"""

from __future__ import annotations

from collections.abc import Sequence

from brieflint.checks.quotes.marks import Marks, find_quotes, has_quote_mark, masked
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.sentences import Sentence, sentences
from brieflint.records import NamedTuple


def sentence_of(sents: Sequence[Sentence], pos: int) -> int:
    """Index of the sentence ``pos`` is in (or follows)."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


_NO_MARKS = Marks((), ())


class ParaInfo(NamedTuple):
    para: text.Paragraph
    marks: Marks
    masked: str
    sents: tuple[Sentence, ...]
    cite_sents: tuple[int, ...]  # for each citation (in order), the sentence it belongs to (the one it follows)
    cite_pos: tuple[int, ...]  # the prose offsets where the citations stood, sorted


def para_infos(doc: Document, scopes: tuple[str, ...]) -> tuple[ParaInfo, ...]:
    def build() -> tuple[ParaInfo, ...]:
        # one ParaInfo per paragraph, shared by every scope set; kept on the document, not on the
        # paragraph (an info names its paragraph: a cycle would leave each brief to the garbage collector)
        shared: dict[int, ParaInfo] = doc.memo("quotes.info", dict)
        return tuple(_para_info(p, shared) for p in text.paragraphs(doc, scopes))

    return doc.memo(f"quotes.info:{','.join(scopes)}", build)


def _para_info(p: text.Paragraph, shared: dict[int, ParaInfo]) -> ParaInfo:
    """The quotes, masked prose, sentences and citation sentences of one paragraph (once per paragraph)."""
    got = shared.get(id(p))
    if got is None:
        prose = p.prose.value
        marks = find_quotes(prose) if has_quote_mark(prose) else _NO_MARKS
        sents = sentences(p)
        # a binary search per citation (a scan of the sentences per citation was quadratic, issue 21)
        at = [p.prose_offset(c.start) for c in p.citations] if p.citations else []
        cite_pos = tuple(sorted(at))
        got = tuple.__new__(  # not ParaInfo(…): its __new__ is a Python function, and this runs per paragraph
            ParaInfo,
            (
                p,
                marks,
                masked(prose, marks.quotes) if marks.quotes else prose,
                sents,
                tuple(sentence_of(sents, pos) for pos in at) if sents else tuple(0 for _ in at),
                cite_pos,
            ),
        )
        shared[id(p)] = got
    return got
