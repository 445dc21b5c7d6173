"""Region names in Arabic prose (issue 22): T108 and T109 on a brief with ``language: ar``.

:class:`~brieflint.checks.taxonomy.mentions.MentionIndex` reads English: a name starts with a
capital letter and is matched case-sensitively. Arabic has no case, and attaches conjunctions and
prepositions to the word: ``بمصر`` ("in Egypt"), ``والعراق`` ("and Iraq"), ``للسعودية`` ("for Saudi
Arabia", ``ل`` + ``ال`` written ``لل``). Here the taxonomy's names, aliases and mentions written in
Arabic script (``rules/taxonomy.yaml``, from ``scripts/taxonomy-ar.yaml``) are matched on the language
layer's folded text (:mod:`brieflint.document.language.normalize`: harakat and tatweel dropped,
``أ إ آ`` → ``ا``, ``ة`` → ``ه``, ``ى`` → ``ي``), a word through its clitic readings (the Arabic
lexicon's conjunctions and particles, :func:`brieflint.document.language.grammar.readings`; no
pronoun suffix is taken off a name), whole words, the longest phrase first (``المغرب العربي``
is North Africa, ``المغرب`` Morocco). The finding spans the word as written, clitics included.

In tags, an Arabic brief may write a region or topic by its Arabic name (an alias): T104 leaves it
alone (:func:`own_language_names`); in a brief in another language it is reported as any alias.

Which mentions are about the place (T108 counts those): a name or alias always; a capital or
demonym (a taxonomy ``mention``) unless it follows the preposition ``في`` ("in") or carries ``ب``
("in, at"), where it is a location only (``في القاهرة``, as ``talks in Cairo`` in English). The
English readings of :mod:`.usage` (hyphenated compounds, capitalised heads) do not apply to Arabic.

Built only when an Arabic brief is checked (the Arabic lexicon is read then, not at start-up).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache, reduce
from typing import TYPE_CHECKING, Any

from brieflint.checks.taxonomy.mentions import Mention
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    from brieflint.checks.taxonomy.terms import Taxonomy, Term
    from brieflint.document.brief import Document
    from brieflint.document.language.grammar import Clitics

_ARABIC = lazy("[\u0600-\u06ff]")
_WORD = lazy(r"[^\W\d_]+")
_GAP = lazy(r"[ \t\n\u00a0\-]{1,3}")
_END = ""  # a trie node's term: no word is empty
_IN = "في"  # folded


class ArabicMentions(NamedTuple):
    """Arabic names of one kind's terms: a trie of folded words; a leaf is ``(term, is_name)``."""

    trie: Mapping[str, Any]
    clitics: Clitics

    @classmethod
    def build(cls, terms: Iterable[Term]) -> ArabicMentions:
        from brieflint.document.language import lexicon
        from brieflint.document.language.grammar import Clitics
        from brieflint.document.language.normalize import fold_text

        owner: dict[tuple[str, ...], tuple[str, bool] | None] = {}
        for term in terms:
            if term.deprecated:
                continue
            phrases = [(p, True) for p in (term.name, *term.aliases)] + [(m, False) for m in term.mentions]
            for phrase, is_name in phrases:
                if not _ARABIC.search(phrase):
                    continue
                toks = tuple(_WORD.findall(fold_text(phrase)))
                if not toks:
                    continue
                if toks in owner and (owner[toks] or ("", False))[0] != term.name:
                    owner[toks] = None  # a phrase that would name two terms names neither
                elif owner.get(toks) is None or is_name:
                    owner[toks] = (term.name, is_name)
        trie: dict[str, Any] = {}
        for toks, leaf in owner.items():
            if leaf is not None:  # the leaf hangs under the phrase's last word
                reduce(lambda node, tok: node.setdefault(tok, {}), toks, trie)[_END] = leaf
        clitics = lexicon("ar").grammar.clitics
        return cls(trie, Clitics(clitics.prefixes, clitics.particles, ()))

    def find(self, text: str) -> Iterator[tuple[Mention, bool]]:
        """Every Arabic mention in ``text``, left to right, and whether it is about the place (T108)."""
        from brieflint.document.language.grammar import readings
        from brieflint.document.language.normalize import fold

        folded = fold(text)
        value = folded.value
        words = list(_WORD.finditer(value))
        i = 0
        while i < len(words):
            best: tuple[int, tuple[str, bool], str] | None = None
            for reading in readings(words[i].group(), self.clitics):
                node = self.trie.get(reading)
                j = i
                while node is not None:
                    if _END in node and (best is None or j > best[0]):
                        best = (j, node[_END], reading)
                    if j + 1 >= len(words) or not _GAP.fullmatch(value, words[j].end(), words[j + 1].start()):
                        break
                    j += 1
                    node = node.get(words[j].group())
            if best is None:
                i += 1
                continue
            j, (term, is_name), reading = best
            start, end = folded.span(words[i].start(), words[j].end())
            located = i > 0 and words[i - 1].group() == _IN or words[i].group() == "ب" + reading
            yield Mention(term, start, end, text[start:end]), is_name or not located
            i = j + 1


def own_language_names(doc: Document) -> Callable[[str], bool]:
    """For T104: whether a tag is written in the brief's own script, Arabic in an Arabic brief.

    An Arabic brief that tags ``العراق`` uses the name the shipped taxonomy gives Iraq in Arabic
    (an alias, which resolves to the same term): not a finding. In any other brief it is one.
    """
    from brieflint.document.language import language_of

    if language_of(doc) != "ar":
        return _never
    return lambda written: _ARABIC.search(written) is not None


def _never(written: str) -> bool:
    del written
    return False


@lru_cache(maxsize=4)
def index(tax: Taxonomy, kind: str = "regions") -> ArabicMentions:
    """The Arabic names of ``tax``'s terms of ``kind`` (built once per taxonomy)."""
    return ArabicMentions.build(tax.terms.get(kind, {}).values())
