"""The taxonomy's records and lookups: terms of each kind, how a written value resolves, the hierarchy.

:class:`Taxonomy` is what the layers leave (:mod:`.layering`) and what the T
rules read: exact and lenient lookups (case, blanks, curly apostrophes), the
did-you-mean suggestions, ancestors and descendants, and the matcher of its
terms' names in prose (:mod:`.mentions`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property

from brieflint.checks.taxonomy.mentions import MentionIndex, is_code
from brieflint.records import NamedTuple

KINDS = ("types", "topics", "regions")
SINGULAR = {"types": "type", "topics": "topic", "regions": "region"}


class Term(NamedTuple):
    """One term of one kind, as the layers left it."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    use: str | None = None  # deprecated: the canonical name of the term to use instead
    note: str | None = None
    mentions: tuple[str, ...] = ()
    description: str | None = None
    origin: str = ""  # "file:line" where the term was (last) defined

    @property
    def deprecated(self) -> bool:
        return self.use is not None


class Match(NamedTuple):
    """How a written value resolves: ``via`` is ``name``, ``alias``, ``spelling`` (case, blanks) or ``deprecated``.

    ``term`` is the term written (or aliased); ``target`` is the term the
    brief should carry: ``term`` itself, or for a deprecated term its replacement.
    """

    written: str
    term: Term
    via: str
    target: Term

    @property
    def canonical(self) -> bool:
        return self.via == "name"


def exact_spellings(terms: Iterable[Term]) -> dict[str, tuple[str, str]]:
    """Exact spellings of one kind's terms: each name, then each alias not already a spelling."""
    terms = list(terms)
    ex = {term.name: (term.name, "name") for term in terms}
    for term in terms:
        for alias in term.aliases:
            ex.setdefault(alias, (term.name, "alias"))
    return ex


def fold(value: str) -> str:
    """The key for lenient lookups: NFKC, case-folded, one blank between words, straight apostrophes.

    Arabic script is folded as the language layer folds it (harakat and tatweel dropped, ``أ إ آ`` →
    ``ا``, ``ة`` → ``ه``, ``ى`` → ``ي``), so ``ايران`` resolves to Iran as a variant spelling.
    """
    v = unicodedata.normalize("NFKC", value).casefold()
    v = v.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    if not v.isascii() and any("\u0600" <= c <= "\u06ff" for c in v):  # issue 22: ايران is إيران
        from brieflint.document.language.normalize import fold_text  # harakat, tatweel, hamza forms

        v = fold_text(v)
    return " ".join(v.split())


# ----- the taxonomy ------------------------------------------------------------------


class Taxonomy:
    """Resolved terms by kind, with the lookups rules need (made by :meth:`of`).

    (A plain class, as the other records that cache: a dataclass costs every start of
    brieflint about 4 M instructions to create.)
    """

    def __init__(
        self,
        terms: Mapping[str, Mapping[str, Term]],
        sources: tuple[str, ...] = (),
        exact: Mapping[str, Mapping[str, tuple[str, str]]] | None = None,
        folded: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.terms = terms
        self.sources = sources
        self._exact: Mapping[str, Mapping[str, tuple[str, str]]] = exact or {}
        self._folded: Mapping[str, Mapping[str, str]] = folded or {}

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(self.terms.get(k, {}))} {k}" for k in KINDS)
        return f"Taxonomy({counts}; from {', '.join(self.sources) or 'nothing'})"

    @classmethod
    def of(cls, terms: Mapping[str, Mapping[str, Term]], sources: Sequence[str] = ()) -> Taxonomy:
        exact: dict[str, dict[str, tuple[str, str]]] = {}
        folded: dict[str, dict[str, str]] = {}
        for kind in KINDS:
            ex = exact_spellings(terms.get(kind, {}).values())
            fo: dict[str, str | None] = {}
            for written, (name, _via) in ex.items():
                if is_code(written) and written != name:
                    continue  # 'and', 'can', 'per' must not resolve to Andorra, Canada, Peru
                key = fold(written)
                if key in fo and fo[key] != name:
                    fo[key] = None  # ambiguous once folded: only exact spellings resolve
                else:
                    fo[key] = name
            exact[kind] = ex
            folded[kind] = {k: v for k, v in fo.items() if v is not None}
        return cls({k: dict(terms.get(k, {})) for k in KINDS}, tuple(sources), exact, folded)

    # ----- lookups -----------------------------------------------------------------

    def get(self, kind: str, name: str) -> Term | None:
        return self.terms.get(kind, {}).get(name)

    def resolve(self, kind: str, value: str) -> Match | None:
        """How ``value`` resolves among the terms of ``kind`` (None: unknown)."""
        hit = self._exact.get(kind, {}).get(value)
        if hit is not None:
            name, via = hit
        else:
            folded = self._folded.get(kind, {}).get(fold(value))
            if folded is None:
                return None
            name, via = folded, "spelling"
        term = self.terms[kind][name]
        if term.use is not None:
            return Match(value, term, "deprecated", self.terms[kind][term.use])
        return Match(value, term, via, term)

    def kinds_of(self, value: str) -> list[str]:
        """The kinds in which ``value`` resolves."""
        key = fold(value)
        return [k for k in KINDS if value in self._exact.get(k, {}) or key in self._folded.get(k, {})]

    def suggest(self, kind: str, value: str, limit: int = 3) -> list[str]:
        """Canonical names close to ``value``, best first (edit distance, then similarity).

        Every name and alias is a candidate (an alias suggests its term); a
        suggestion is offered only when it is plausibly the same word: at most
        a third of the characters differ, or one string is a clear prefix of
        the other.
        """
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        query = fold(value)
        if not query:
            return []
        keys, owners = self._choices(kind)
        scored: dict[str, tuple[int, float]] = {}
        hits = process.extract(query, keys, scorer=fuzz.ratio, limit=40, score_cutoff=50)
        for choice, ratio, index in hits:
            name = owners[index]
            distance = OSA.distance(query, choice)
            allowed = max(1, len(max(query, choice, key=len)) // 3)
            if distance > allowed and not (len(query) >= 4 and choice.startswith(query)):
                continue
            rank = (distance, -ratio)
            if name not in scored or rank < scored[name]:
                scored[name] = rank
        ordered = sorted(scored, key=lambda n: (*scored[n], n))
        return ordered[:limit]

    def _choices(self, kind: str) -> tuple[list[str], list[str]]:
        cache = self._suggest_cache
        if kind not in cache:
            keys: list[str] = []
            owners: list[str] = []
            for written, (name, _via) in self._exact.get(kind, {}).items():
                term = self.terms[kind][name]
                keys.append(fold(written))
                owners.append(term.use or term.name)
            cache[kind] = (keys, owners)
        return cache[kind]

    @cached_property
    def _suggest_cache(self) -> dict[str, tuple[list[str], list[str]]]:
        return {}

    # ----- hierarchy -----------------------------------------------------------------

    def ancestors(self, kind: str, name: str) -> set[str]:
        out: set[str] = set()
        stack = list(self.terms[kind][name].parents) if name in self.terms.get(kind, {}) else []
        while stack:
            n = stack.pop()
            if n not in out:
                out.add(n)
                stack.extend(self.terms[kind][n].parents)
        return out

    def descendants(self, kind: str, name: str) -> set[str]:
        out: set[str] = set()
        stack = list(self.terms[kind][name].children) if name in self.terms.get(kind, {}) else []
        while stack:
            n = stack.pop()
            if n not in out:
                out.add(n)
                stack.extend(self.terms[kind][n].children)
        return out

    # ----- mentions in prose -----------------------------------------------------------

    def mentions(self, kind: str = "regions") -> MentionIndex:
        """The matcher of terms' names in prose (built once per kind)."""
        cache = self._mention_cache
        if kind not in cache:
            cache[kind] = MentionIndex.build(self.terms.get(kind, {}).values())
        return cache[kind]

    @cached_property
    def _mention_cache(self) -> dict[str, MentionIndex]:
        return {}
