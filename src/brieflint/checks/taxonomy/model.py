"""The taxonomy: content types, topics and regions, with aliases, deprecations and hierarchy.

A taxonomy is one or more YAML files (``schemas/taxonomy.schema.json``)
layered in order: the shipped ``rules/taxonomy.yaml`` first (unless the
configuration says ``taxonomy-replace: true``), then the configuration's
files. A later layer adds terms, adds aliases, children and mentions to
terms of the same name, and wins every conflict:

- a name or alias that an earlier layer used as an alias of another term
  moves to the later layer's term;
- an alias that names an earlier term merges that term into the later one
  (``- name: Türkiye`` with ``aliases: [Turkey]`` makes ``Türkiye`` canonical
  and ``Turkey`` its alias, keeping Turkey's aliases, children and mentions);
- ``remove: {regions: [...]}`` drops earlier terms.

Inside one file, a name defined twice or an alias claimed by two terms is an
error, as is a child cycle or a deprecation that points nowhere; every error
is a :class:`~brieflint.config.settings.ConfigError` with file, line and column.

``for_context(ctx)`` builds the run's taxonomy once (``ctx.shared_value``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from brieflint.errors import ConfigError, ReadError
from brieflint.lazyre import lazy
from brieflint.safeio import read_text

KINDS = ("types", "topics", "regions")
SINGULAR = {"types": "type", "topics": "topic", "regions": "region"}
SHIPPED = "taxonomy.yaml"
_SHIPPED_LABEL = "<shipped taxonomy>"


# ----- records -------------------------------------------------------------------


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


def _exact(terms: Iterable[Term]) -> dict[str, tuple[str, str]]:
    """Exact spellings of one kind's terms: each name, then each alias not already a spelling."""
    terms = list(terms)
    ex = {term.name: (term.name, "name") for term in terms}
    for term in terms:
        for alias in term.aliases:
            ex.setdefault(alias, (term.name, "alias"))
    return ex


def fold(value: str) -> str:
    """The key for lenient lookups: NFKC, case-folded, one blank between words, straight apostrophes."""
    v = unicodedata.normalize("NFKC", value).casefold()
    v = v.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(v.split())


def _is_code(alias: str) -> bool:
    """ISO-style codes (``US``, ``IRN``): matched exactly in tags, never in prose unless listed in mentions."""
    return len(alias) <= 3 and alias.isascii() and alias.isalpha() and alias.isupper()


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
            ex = _exact(terms.get(kind, {}).values())
            fo: dict[str, str | None] = {}
            for written, (name, _via) in ex.items():
                if _is_code(written) and written != name:
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


_TOKEN = lazy(r"\w+")
_GAP_WORD = re.compile(r"[ \t\n.\-'\u2019\u2010\u2011]{1,3}(\w+)")


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase.replace("&", " and ")))


class Mention(NamedTuple):
    """A term named in a text: offsets ``start``–``end`` of the words as written."""

    term: str
    start: int
    end: int
    written: str


_END = ""  # key of a trie node's term: no word is empty


class MentionIndex(NamedTuple):
    """Whole-word, case-sensitive matching of names, aliases and mentions; the longest wins.

    Each phrase is a sequence of words (``\\w+``) whose first word is
    capitalised (places are proper nouns), stored in a trie of words; words in
    the text may be joined by a blank, a hyphen, a dot or an apostrophe
    (``U.S.``, ``Guinea-Bissau``, ``Côte d'Ivoire``); the last word may carry
    a plural ``s`` (``Iraqis``). A phrase that would name two terms is
    dropped. Only capitalised words of the text start a match, which keeps a
    1,500-word body well under a millisecond.
    """

    trie: Mapping[str, Any]
    starts: re.Pattern[str]

    @classmethod
    def build(cls, terms: Any) -> MentionIndex:
        owner: dict[tuple[str, ...], str | None] = {}
        for term in terms:
            if term.deprecated:
                continue
            listed = set(term.mentions)
            phrases = [term.name, *(a for a in term.aliases if not _is_code(a) or a in listed), *term.mentions]
            for phrase in phrases:
                toks = _tokens(phrase)
                if not toks or not toks[0][0].isupper():
                    continue
                if toks in owner and owner[toks] != term.name:
                    owner[toks] = None
                else:
                    owner[toks] = term.name
        trie: dict[str, Any] = {}
        for toks, name in owner.items():
            if name is None:
                continue
            node = trie
            for tok in toks:
                node = node.setdefault(tok, {})
            node[_END] = name
        return cls.of_trie(trie)

    @classmethod
    def of_trie(cls, trie: Mapping[str, Any]) -> MentionIndex:
        """The index of an already built trie (as :meth:`build` makes, or as the built taxonomy stores it)."""
        initials = sorted({t[0] for t in trie})
        cls_chars = "".join(re.escape(c) for c in initials) or "A-Z"
        starts = re.compile(rf"[{cls_chars}]\w*")  # word start checked on hits (a lookbehind is 3x slower)
        return cls(trie, starts)

    def find(self, text: str) -> Iterator[Mention]:
        """Every mention in ``text``, left to right, not overlapping."""
        trie = self.trie
        gap_word = _GAP_WORD.match
        consumed = 0
        for m in self.starts.finditer(text):
            start = m.start()
            if start < consumed:
                continue
            tok = m.group()
            node = trie.get(tok)
            if node is None:
                if len(tok) > 4 and tok[-1] == "s":
                    node = trie.get(tok[:-1])
                    if node is None or _END not in node or len(tok) <= 5:
                        continue
                    node = {_END: node[_END]}  # a plural ends the phrase
                else:
                    continue
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word ('iPhone')
            best: tuple[int, str] | None = (m.end(), node[_END]) if _END in node else None
            pos = m.end()
            while len(node) > (1 if _END in node else 0):
                w = gap_word(text, pos)
                if w is None:
                    break
                word = w.group(1)
                nxt = node.get(word)
                if nxt is None:
                    if len(word) > 4 and word[-1] == "s":
                        last = node.get(word[:-1])
                        if last is not None and _END in last:
                            best = (w.end(), last[_END])
                    break
                node = nxt
                pos = w.end()
                if _END in node:
                    best = (pos, node[_END])
            if best is None:
                continue
            stop, name = best
            if stop < len(text) and text[stop] == "." and stop >= 2 and text[stop - 2] == ".":
                stop += 1  # the closing dot of an abbreviation: 'U.S.', 'U.K.'
            consumed = stop
            yield tuple.__new__(Mention, (name, start, stop, text[start:stop]))  # a Python __new__ skipped


# ----- reading files -------------------------------------------------------------------


class _Where(NamedTuple):
    path: str
    line: int | None
    column: int | None

    def error(self, message: str) -> ConfigError:
        return ConfigError(message, self.path, self.line, self.column)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class _Def:
    """One term definition in one file, before layering.

    (This and the drafts below are built up field by field, so plain classes: a
    dataclass costs every start of brieflint about 4 M instructions to create.)
    """

    __slots__ = ("kind", "name", "where", "aliases", "children", "mentions", "use", "note", "description", "full")

    def __init__(self, kind: str, name: str, where: _Where, *, full: bool = False) -> None:
        self.kind = kind
        self.name = name
        self.where = where
        self.aliases: list[tuple[str, _Where]] = []
        self.children: list[tuple[str, _Where]] = []
        self.mentions: list[str] = []
        self.use: tuple[str, _Where] | None = None
        self.note: str | None = None
        self.description: str | None = None
        self.full = full  # a mapping (or a top-level string), not a mere reference

    def __eq__(self, other: object) -> bool:
        return type(other) is _Def and all(getattr(self, k) == getattr(other, k) for k in _Def.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"_Def({self.kind!r}, {self.name!r}, full={self.full})"


class _Layer(NamedTuple):
    path: str
    defs: list[_Def]
    removes: list[tuple[str, str, _Where]]


SHIPPED_JSON = "taxonomy.json"


def _shipped_layer() -> _Layer:
    """The shipped taxonomy, from its JSON copy (``scripts/make_taxonomy.py`` writes both).

    Reading the 32 KB YAML file event by event took 16 ms at every start;
    ``json.loads`` of the same data takes well under one.
    ``tests/test_taxonomy.py`` checks the two files hold the same data.
    """
    import json

    from brieflint import shipped

    try:
        data = json.loads(shipped.read_text("brieflint.rules", SHIPPED_JSON))
    except (OSError, ValueError):  # an installation without the copy: read the YAML
        return _read_trusted(shipped_text(), _SHIPPED_LABEL)
    nowhere = _Where(_SHIPPED_LABEL, None, None)
    return _layer(data if isinstance(data, dict) else {}, _SHIPPED_LABEL, lambda p: nowhere)


SHIPPED_BUILT = "taxonomy.built.json"
_BUILT_FORMAT = 1
_MENTION_KINDS = ("regions",)  # the kinds whose prose matcher the rules use (checks/taxonomy.py)


def _shipped_built() -> Taxonomy | None:
    """The shipped taxonomy as :func:`build` leaves it, prose matcher included, or None.

    ``taxonomy.built.json`` holds the finished terms, the lookup tables and the
    mention trie, so a run with no taxonomy of its own skips layering, folding
    and indexing (about 35 M instructions, a tenth of a one-brief run).
    ``scripts/make_taxonomy.py`` writes it; ``tests/test_taxonomy.py`` checks it
    equals what building the shipped file gives.
    """
    import json

    from brieflint import shipped

    try:
        data = json.loads(shipped.read_text("brieflint.rules", SHIPPED_BUILT))
        if data.get("format") != _BUILT_FORMAT:
            return None
        return from_built(data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # missing or not this version's: build it
        return None


def from_built(data: Mapping[str, Any]) -> Taxonomy:
    """The taxonomy :func:`built_data` describes."""
    terms: dict[str, dict[str, Term]] = {}
    for kind in KINDS:
        terms[kind] = {
            name: Term(kind, name, tuple(aliases), tuple(parents), tuple(children), use, note, tuple(mentions), *rest)
            for name, aliases, parents, children, use, note, mentions, *rest in data["terms"][kind]
        }
    exact = {kind: _exact(terms[kind].values()) for kind in KINDS}
    tax = Taxonomy(terms, tuple(data["sources"]), exact, dict(data["folded"]))
    for kind, trie in data["mentions"].items():
        tax._mention_cache[kind] = MentionIndex.of_trie(trie)
    return tax


def built_data(tax: Taxonomy) -> dict[str, Any]:
    """``tax`` as JSON data for :func:`from_built`: terms, folded spellings, prose matchers of ``_MENTION_KINDS``.

    (Exact spellings are left out: rebuilt from the terms in a fraction of what
    parsing them would cost.)
    """
    return {
        "format": _BUILT_FORMAT,
        "sources": list(tax.sources),
        "terms": {kind: [list(t)[1:] for t in tax.terms[kind].values()] for kind in KINDS},
        "folded": {kind: dict(tax._folded[kind]) for kind in KINDS},
        "mentions": {kind: tax.mentions(kind).trie for kind in _MENTION_KINDS},
    }


def build_shipped(text: str | None = None) -> Taxonomy:
    """The shipped taxonomy built from its data (or from ``text``, its YAML), never from ``taxonomy.built.json``.

    For the generator (``scripts/make_taxonomy.py``) and the tests.
    """
    builder = _Builder()
    builder.apply(_shipped_layer() if text is None else _read_trusted(text, _SHIPPED_LABEL))
    return builder.finish([_SHIPPED_LABEL])


def built_json(tax: Taxonomy) -> str:
    """The text of ``taxonomy.built.json`` for ``tax``."""
    from brieflint.shipped import json_copy

    return json_copy(built_data(tax))


def shipped_text() -> str:
    from brieflint import shipped

    return shipped.read_text("brieflint.rules", SHIPPED)


def read_layer(text: str, path: str, *, validate: bool = True) -> _Layer:
    """Parse and validate one taxonomy file's text (errors located in it)."""
    from brieflint.document.yamldata import load_yaml

    loaded = load_yaml(text.replace("\r\n", "\n"))
    if loaded.problems:
        p = loaded.problems[0]
        raise ConfigError(f"taxonomy: {p.message}", path, p.line, p.column)
    data = loaded.data
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("a taxonomy must be a mapping with types:, topics: and regions:", path, 1, 1)

    def where(p: tuple[Any, ...]) -> _Where:
        q = p
        while q:
            node = loaded.nodes.get(q)
            if node is not None:
                return _Where(path, node.start.line + 1, node.start.column + 1)
            q = q[:-1]
        return _Where(path, 1, 1)

    if validate:
        _validate(data, path, where)
    return _layer(data, path, where)


def _read_trusted(text: str, label: str) -> _Layer:
    """The shipped file, read fast: events straight to data, no positions (the tests validate it)."""
    from _ruamel_yaml import CParser

    from brieflint.document.yamldata import resolve_plain

    parser = CParser(text)
    stack: list[Any] = []
    keys: list[Any] = []
    root: Any = None
    while True:
        event = parser.get_event()
        if event is None:
            break
        kind = type(event).__name__
        if kind == "ScalarEvent":
            value: Any = resolve_plain(event.value) if not event.style and event.implicit[0] else event.value
        elif kind == "MappingStartEvent" or kind == "SequenceStartEvent":
            container: Any = {} if kind == "MappingStartEvent" else []
            stack.append(container)
            keys.append(None)
            continue
        elif kind == "MappingEndEvent" or kind == "SequenceEndEvent":
            value = stack.pop()
            keys.pop()
        elif kind == "AliasEvent":
            raise ConfigError("taxonomy: the shipped taxonomy must not use YAML aliases", label)
        else:
            continue
        if not stack:
            root = value
        elif isinstance(stack[-1], list):
            stack[-1].append(value)
        elif keys[-1] is None:
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = None
    nowhere = _Where(label, None, None)
    return _layer(root if isinstance(root, dict) else {}, label, lambda p: nowhere)


def _layer(data: dict[str, Any], path: str, where: Any) -> _Layer:
    defs: list[_Def] = []

    def walk(kind: str, items: Any, base: tuple[Any, ...], parent: _Def | None) -> None:
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            p = (*base, i)
            if isinstance(item, str):
                if parent is not None:
                    parent.children.append((item, where(p)))
                    defs.append(_Def(kind, item, where(p), full=False))
                else:
                    defs.append(_Def(kind, item, where(p), full=True))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            d = _Def(kind, item["name"], where((*p, "name")), full=True)
            for j, a in enumerate(item.get("aliases") or []):
                if isinstance(a, str):
                    d.aliases.append((a, where((*p, "aliases", j))))
            d.mentions = [m for m in item.get("mentions") or [] if isinstance(m, str)]
            dep = item.get("deprecated")
            if isinstance(dep, dict) and isinstance(dep.get("use"), str):
                d.use = (dep["use"], where((*p, "deprecated", "use")))
                d.note = dep.get("note") if isinstance(dep.get("note"), str) else None
            if isinstance(item.get("description"), str):
                d.description = item["description"]
            if parent is not None:
                parent.children.append((d.name, where((*p, "name"))))
            defs.append(d)
            walk(kind, item.get("children"), (*p, "children"), d)

    for kind in KINDS:
        walk(kind, data.get(kind), (kind,), None)
    removes: list[tuple[str, str, _Where]] = []
    remove = data.get("remove")
    if isinstance(remove, dict):
        for kind in KINDS:
            for j, name in enumerate(remove.get(kind) or []):
                if isinstance(name, str):
                    removes.append((kind, name, where(("remove", kind, j))))
    _check_file(defs, path)
    return _Layer(path, defs, removes)


def _validate(data: Any, path: str, where: Any) -> None:
    from brieflint.checks.quickschema import shipped_check
    from brieflint.checks.schemastore import shipped

    quick = shipped_check("taxonomy.schema.json", formats=False)
    if quick is not None and quick(data):
        return  # certainly valid: jsonschema is imported only to word an error
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(shipped("taxonomy.schema.json"))
    error = best_match(validator.iter_errors(data))
    if error is None:
        return
    loc = tuple(error.absolute_path)
    shown = ".".join(str(p) for p in loc) or "taxonomy"
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in (error.instance or {}) if k not in allowed]
        message = f"{shown}: unknown key '{extra[0] if extra else '?'}'; allowed keys: {', '.join(allowed)}"
    elif error.validator == "pattern":
        message = f"{shown}: {error.instance!r} must be a name on one line, with no blanks at either end"
    else:
        message = f"{shown}: {error.message}"
    raise where(loc).error(f"taxonomy: {message}")


def _check_file(defs: list[_Def], path: str) -> None:
    """Conflicts inside one file are mistakes: a name defined twice, an alias claimed twice."""
    for kind in KINDS:
        names: dict[str, _Def] = {}
        for d in defs:
            if d.kind != kind or not d.full:
                continue
            if d.name in names:
                first = names[d.name]
                raise d.where.error(
                    f"taxonomy: {SINGULAR[kind]} '{d.name}' is defined twice in this file "
                    f"(first at line {first.where.line}); merge the two definitions"
                )
            names[d.name] = d
        claimed: dict[str, tuple[str, _Where]] = {}
        for d in defs:
            if d.kind != kind:
                continue
            for alias, w in d.aliases:
                if alias == d.name:
                    raise w.error(f"taxonomy: '{alias}' is listed as an alias of itself")
                if alias in names:
                    raise w.error(
                        f"taxonomy: alias '{alias}' of '{d.name}' is also a {SINGULAR[kind]} of its own "
                        f"(line {names[alias].where.line}); a name can be only one of the two"
                    )
                if alias in claimed and claimed[alias][0] != d.name:
                    raise w.error(
                        f"taxonomy: alias '{alias}' is claimed by '{claimed[alias][0]}' "
                        f"(line {claimed[alias][1].line}) and by '{d.name}'; keep it on one term"
                    )
                claimed[alias] = (d.name, w)


# ----- layering ----------------------------------------------------------------------------


class _Draft:
    """A term while the layers are applied."""

    __slots__ = ("name", "where", "aliases", "children", "mentions", "use", "note", "description")

    def __init__(self, name: str, where: _Where) -> None:
        self.name = name
        self.where = where
        self.aliases: dict[str, _Where] = {}
        self.children: list[tuple[str, _Where]] = []
        self.mentions: list[str] = []
        self.use: tuple[str, _Where] | None = None
        self.note: str | None = None
        self.description: str | None = None


class _Builder:
    """Applies layers in order (a local, short-lived object: one per build)."""

    def __init__(self) -> None:
        self.terms: dict[str, dict[str, _Draft]] = {k: {} for k in KINDS}
        self.alias_owner: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        self.removed: dict[str, set[str]] = {k: set() for k in KINDS}

    def apply(self, layer: _Layer) -> None:
        for kind, name, w in layer.removes:
            self._remove(kind, name, w)
        for d in layer.defs:
            self._define(d)

    def _lookup(self, kind: str, name: str) -> str | None:
        if name in self.terms[kind]:
            return name
        return self.alias_owner[kind].get(name)

    def _remove(self, kind: str, name: str, w: _Where) -> None:
        target = self._lookup(kind, name)
        if target is None:
            raise w.error(f"taxonomy: cannot remove {SINGULAR[kind]} '{name}': no earlier layer defines it")
        draft = self.terms[kind].pop(target)
        for alias in draft.aliases:
            self.alias_owner[kind].pop(alias, None)
        self.removed[kind].update({target, *draft.aliases})

    def _define(self, d: _Def) -> None:
        kind = d.kind
        terms = self.terms[kind]
        owners = self.alias_owner[kind]
        if not d.full:
            # a reference by name: resolved at the end; creates the term only if nobody defines it
            return
        if d.name in owners and owners[d.name] != d.name:
            # an earlier layer's alias becomes this layer's own term
            terms[owners[d.name]].aliases.pop(d.name, None)
            del owners[d.name]
        self.removed[kind].discard(d.name)
        draft = terms.get(d.name)
        if draft is None:
            draft = terms[d.name] = _Draft(d.name, d.where)
        else:
            draft.where = d.where
        for alias, w in d.aliases:
            if alias in terms and alias != d.name:
                # an earlier term renamed: fold it into this one
                old = terms.pop(alias)
                for a, aw in old.aliases.items():
                    if a != d.name:
                        draft.aliases.setdefault(a, aw)
                        owners[a] = d.name
                owners.pop(d.name, None)
                draft.children.extend(old.children)
                draft.mentions.extend(m for m in old.mentions if m not in draft.mentions)
                if draft.use is None and old.use is not None and old.use[0] != d.name:
                    draft.use = old.use
                draft.description = draft.description or old.description
            elif alias in owners and owners[alias] != d.name:
                terms[owners[alias]].aliases.pop(alias, None)
            draft.aliases[alias] = w
            owners[alias] = d.name
            self.removed[kind].discard(alias)
        draft.children.extend(d.children)
        draft.mentions.extend(m for m in d.mentions if m not in draft.mentions)
        if d.use is not None:
            draft.use = d.use
            draft.note = d.note
        if d.description is not None:
            draft.description = d.description

    def finish(self, sources: Sequence[str]) -> Taxonomy:
        out: dict[str, dict[str, Term]] = {}
        for kind in KINDS:
            out[kind] = self._finish_kind(kind)
        return Taxonomy.of(out, sources)

    def _finish_kind(self, kind: str) -> dict[str, Term]:
        terms = self.terms[kind]
        owners = self.alias_owner[kind]
        removed = self.removed[kind]
        # children by reference: resolve names and aliases; an unknown name creates a term
        edges: dict[str, list[tuple[str, _Where]]] = {}
        for name in list(terms):
            draft = terms[name]
            seen: set[str] = set()
            resolved: list[tuple[str, _Where]] = []
            for ref, w in draft.children:
                target = ref if ref in terms else owners.get(ref)
                if target is None:
                    if ref in removed:
                        continue
                    terms[ref] = _Draft(ref, w)
                    target = ref
                if target == name:
                    raise w.error(f"taxonomy: {SINGULAR[kind]} '{name}' lists itself among its children")
                if target not in seen:
                    seen.add(target)
                    resolved.append((target, w))
            edges[name] = resolved
        for name in terms:
            edges.setdefault(name, [])
        _find_cycle(kind, edges)
        parents: dict[str, list[str]] = {n: [] for n in terms}
        for name, kids in edges.items():
            for kid, _w in kids:
                parents[kid].append(name)
        # deprecations: follow to a live term
        uses: dict[str, str] = {}
        for name, draft in terms.items():
            if draft.use is None:
                continue
            ref, w = draft.use
            target = ref if ref in terms else owners.get(ref)
            if target is None:
                raise w.error(
                    f"taxonomy: deprecated {SINGULAR[kind]} '{name}' says to use '{ref}', "
                    f"which is not a {SINGULAR[kind]} of the taxonomy"
                )
            if target == name:
                raise w.error(f"taxonomy: deprecated {SINGULAR[kind]} '{name}' says to use itself")
            uses[name] = target
        final: dict[str, str] = {}
        for name in uses:
            chain = [name]
            cur = uses[name]
            while cur in uses:
                if cur in chain:
                    w = terms[name].use[1]  # type: ignore[index]
                    raise w.error(
                        f"taxonomy: deprecated {SINGULAR[kind]}s point at each other: {' → '.join([*chain, cur])}"
                    )
                chain.append(cur)
                cur = uses[cur]
            final[name] = cur
        out: dict[str, Term] = {}
        for name, draft in terms.items():
            out[name] = Term(
                kind=kind,
                name=name,
                aliases=tuple(a for a in draft.aliases if owners.get(a) == name),
                parents=tuple(parents[name]),
                children=tuple(k for k, _w in edges[name]),
                use=final.get(name),
                note=draft.note,
                mentions=tuple(draft.mentions),
                description=draft.description,
                origin=str(draft.where),
            )
        return out


def _find_cycle(kind: str, edges: Mapping[str, list[tuple[str, _Where]]]) -> None:
    """Raise at the child reference that closes a cycle, naming the cycle."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in edges}
    for root in edges:
        if colour[root] != WHITE:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path = [root]
        colour[root] = GREY
        while stack:
            node, i = stack[-1]
            kids = edges[node]
            if i >= len(kids):
                stack.pop()
                path.pop()
                colour[node] = BLACK
                continue
            stack[-1] = (node, i + 1)
            kid, w = kids[i]
            if colour[kid] == GREY:
                cycle = path[path.index(kid) :] + [kid]
                raise w.error(
                    f"taxonomy: {SINGULAR[kind]}s form a cycle: {' → '.join(cycle)}; a term cannot be its own ancestor"
                )
            if colour[kid] == WHITE:
                colour[kid] = GREY
                stack.append((kid, 0))
                path.append(kid)


# ----- building ------------------------------------------------------------------------------


def build(files: Sequence[str] = (), *, shipped: bool = True) -> Taxonomy:
    """The taxonomy of the shipped file (unless ``shipped`` is false) with ``files`` layered over it."""
    if shipped and not files:
        built = _shipped_built()
        if built is not None:
            return built
    builder = _Builder()
    sources: list[str] = []
    if shipped:
        builder.apply(_shipped_layer())
        sources.append(_SHIPPED_LABEL)
    for path in files:
        try:  # the safe reader: no FIFO, device or symlink loop; bounded; a bad byte located
            text = read_text(path)
        except ReadError as exc:
            raise exc.config_error("taxonomy") from None
        builder.apply(read_layer(text, path))
        sources.append(path)
    return builder.finish(sources)


def from_texts(texts: Sequence[tuple[str, str]], *, shipped: bool = True) -> Taxonomy:
    """Like :func:`build`, from ``(label, text)`` pairs instead of files (tests, tools)."""
    builder = _Builder()
    sources: list[str] = []
    if shipped:
        builder.apply(_shipped_layer())
        sources.append(_SHIPPED_LABEL)
    for label, text in texts:
        builder.apply(read_layer(text, label))
        sources.append(label)
    return builder.finish(sources)


def for_settings(settings: Any) -> Taxonomy:
    files = tuple(getattr(settings, "taxonomy", ()) or ())
    replace = bool(getattr(settings, "taxonomy_replace", False)) and bool(files)
    return build(files, shipped=not replace)


def for_context(ctx: Any) -> Taxonomy:
    """The run's taxonomy, built once and shared by every rule and document.

    A taxonomy that cannot be built raises its :class:`ConfigError` again on
    every call without being re-read (the engine's ``prepare`` can turn it
    into a configuration error before any file is checked).
    """
    failed = ctx.shared.get("taxonomy.error") if isinstance(getattr(ctx, "shared", None), dict) else None
    if failed is not None:
        raise failed

    def build() -> Taxonomy:
        try:
            return for_settings(ctx.settings)
        except ConfigError as exc:
            if isinstance(getattr(ctx, "shared", None), dict):
                ctx.shared["taxonomy.error"] = exc
            raise

    return ctx.shared_value("taxonomy", build)  # type: ignore[no-any-return]


# ----- writing YAML scalars (for fixes and the generator) -----------------------------------

_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"}


def plain_ok(value: str, *, flow: bool = False) -> bool:
    """Whether ``value`` can be written as a plain YAML scalar and read back as the same string."""
    from brieflint.document.yamldata import resolve_plain

    if not value or value != value.strip() or "\n" in value:
        return False
    indicator_ok = value[0] in "-?:" and len(value) > 1 and value[1] not in " \t" and not flow
    if value[0] in _PLAIN_BAD_START and not indicator_ok:
        return False
    if ": " in value or " #" in value or value.endswith(":") or "\t" in value:
        return False
    if flow and any(c in value for c in ",[]{}"):
        return False
    if value.lower() in _YAML11_WORDS or value[0] in "0123456789+.":
        return False  # YAML 1.1 readers would take it for a boolean or a number
    return resolve_plain(value) == value and isinstance(resolve_plain(value), str)


def yaml_scalar(value: str, *, flow: bool = False) -> str:
    """``value`` as YAML: plain when that is safe, otherwise double-quoted."""
    import json

    return value if plain_ok(value, flow=flow) else json.dumps(value, ensure_ascii=False)
