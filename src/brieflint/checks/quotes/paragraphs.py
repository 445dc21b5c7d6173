"""What the Q rules know of each paragraph: its quotes, its prose with quotes blanked, its
sentences and the sentences its citations belong to (built once per paragraph per document).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from brieflint.checks.quotes.in_text import NOTE_CALL
from brieflint.checks.quotes.marks import Marks, find_quotes, masked, may_quote
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.sentences import Sentence, sentences
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple


def sentence_of(sents: Sequence[Sentence], pos: int) -> int:
    """Index of the sentence ``pos`` is in (or follows)."""
    k = bisect_right(sents, pos, key=_START) - 1  # the search in C: the key is a C getter, not a lambda
    return k if k > 0 else 0


_START = itemgetter(0)  # a Sentence's start


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
        out = []
        for p in text.paragraphs(doc, scopes):
            got = shared.get(id(p))  # looked up here, not in a call per paragraph: most scope sets find all made
            if got is None:
                got = shared[id(p)] = _para_info(p)
            out.append(got)
        return tuple(out)

    return doc.memo(f"quotes.info:{','.join(scopes)}", build)


def _para_info(p: text.Paragraph) -> ParaInfo:
    """The quotes, masked prose, sentences and citation sentences of one paragraph (once per paragraph)."""
    prose = p.prose.value
    marks = find_quotes(prose) if may_quote(prose) else _NO_MARKS
    sents = sentences(p)
    # a numbered note call printed in the text ("… described as "…". [1]"), as encyclopaedias print them, cites as
    # "[@id]" does; one after a full stop belongs to the sentence it follows
    notes = [_note_at(prose, m.start()) for m in NOTE_CALL.finditer(prose)] if "[" in prose else []
    if p.citations or notes:
        # a binary search per citation (a scan of the sentences per citation was quadratic, issue 21)
        at = [p.prose_offset(c.start) for c in p.citations] + notes
        cite_sents = tuple([sentence_of(sents, pos) for pos in at]) if sents else (0,) * len(at)
        cite_pos = tuple(sorted(at))
    else:
        cite_sents = cite_pos = ()
    return tuple.__new__(  # not ParaInfo(…): its __new__ is a Python function, and this runs per paragraph
        ParaInfo,
        (p, marks, masked(prose, marks.quotes) if marks.quotes else prose, sents, cite_sents, cite_pos),
    )


def heading_sourced(infos: Sequence[ParaInfo], n: int) -> bool:
    """Paragraph ``n`` is a heading and its section's first paragraph cites a source: the heading names what its
    section says, and the section says whose ("## First rumors spread" above "speculation about his whereabouts
    [spreads on micro-blogs](…)"); a vague phrase in it is the section's, answered there. (A heading's findings
    are few: the scan for its section's first paragraph runs only for them.)"""
    head = infos[n].para
    if head.scope != "heading":
        return False
    first = next((i for i in infos if i.para.scope == "body" and i.para.section == head.section), None)
    return first is not None and bool(first.cite_pos)


# a reference in the style of the sciences, a paragraph of its own: "Anstrom, K.J., Kong, D.F., and others (2008,
# August). \"Long-term clinical outcomes …\" Archives of Internal Medicine 168(15)": the research a summary reports
_REFERENCE = lazy(r"\s*[A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s?){1,3}[^\n]{0,300}?\(\d{4}[^()]{0,20}\)\.")
# a note of the source right after the sentence ("… rose to 43.1 percent. [Source: Agency for …]")
_SOURCE_NOTE = lazy(r"\s*[\[(]?Sources?:\s")


def sourced_nearby(infos: Sequence[ParaInfo], n: int, start: int) -> bool:
    """The vague phrase at ``start`` of paragraph ``n`` has its source given next to it: a heading whose section
    opens with a citation (``heading_sourced``), a reference as the paragraph before it (a research summary under
    its paper), or a source note right after its sentence ("Data show that … rose. [Source: Agency …]")."""
    if heading_sourced(infos, n):
        return True
    if n > 0 and len(infos[n - 1].masked) < 600 and _REFERENCE.match(infos[n - 1].masked):
        return True
    info = infos[n]
    k = sentence_of(info.sents, start)
    after = info.sents[k + 1][0] if k + 1 < len(info.sents) else len(info.masked)
    if _SOURCE_NOTE.match(info.masked, after):
        return True
    return k + 1 >= len(info.sents) and n + 1 < len(infos) and _SOURCE_NOTE.match(infos[n + 1].masked) is not None


def _note_at(prose: str, at: int) -> int:
    """Where a note call at ``at`` belongs: the full stop it follows, if it follows one."""
    before = prose[:at].rstrip()
    return len(before) - 1 if before[-1:] in (".", "!", "?") else at
