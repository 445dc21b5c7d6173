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

from collections.abc import Mapping, Sequence
from typing import Any

from brieflint.checks.taxonomy.files import Layer, Where, layer_of, read_layer, read_trusted
from brieflint.checks.taxonomy.layering import Builder
from brieflint.checks.taxonomy.mentions import MentionIndex
from brieflint.checks.taxonomy.terms import KINDS, Taxonomy, Term, exact_spellings
from brieflint.errors import ConfigError, ReadError
from brieflint.safeio import read_text

SHIPPED = "taxonomy.yaml"
SHIPPED_LABEL = "<shipped taxonomy>"


SHIPPED_JSON = "taxonomy.json"


def shipped_layer() -> Layer:
    """The shipped taxonomy, from its JSON copy (``scripts/make_taxonomy.py`` writes both).

    Reading the 32 KB YAML file event by event took 16 ms at every start;
    ``json.loads`` of the same data takes well under one.
    ``tests/checks/taxonomy/test_taxonomy.py`` checks the two files hold the same data.
    """
    import json

    from brieflint import shipped

    try:
        data = json.loads(shipped.read_text("brieflint.rules", SHIPPED_JSON))
    except (OSError, ValueError):  # an installation without the copy: read the YAML
        return read_trusted(shipped_text(), SHIPPED_LABEL)
    nowhere = Where(SHIPPED_LABEL, None, None)
    return layer_of(data if isinstance(data, dict) else {}, SHIPPED_LABEL, lambda p: nowhere)


SHIPPED_BUILT = "taxonomy.built.json"
_BUILT_FORMAT = 1
_MENTION_KINDS = ("regions",)  # the kinds whose prose matcher the rules use (region_rules.py)


def shipped_built() -> Taxonomy | None:
    """The shipped taxonomy as :func:`build` leaves it, prose matcher included, or None.

    ``taxonomy.built.json`` holds the finished terms, the lookup tables and the
    mention trie, so a run with no taxonomy of its own skips layering, folding
    and indexing (about 35 M instructions, a tenth of a one-brief run).
    ``scripts/make_taxonomy.py`` writes it; ``tests/checks/taxonomy/test_taxonomy.py`` checks it
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
    exact = {kind: exact_spellings(terms[kind].values()) for kind in KINDS}
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
    builder = Builder()
    builder.apply(shipped_layer() if text is None else read_trusted(text, SHIPPED_LABEL))
    return builder.finish([SHIPPED_LABEL])


def built_json(tax: Taxonomy) -> str:
    """The text of ``taxonomy.built.json`` for ``tax``."""
    from brieflint.shipped import json_copy

    return json_copy(built_data(tax))


def shipped_text() -> str:
    from brieflint import shipped

    return shipped.read_text("brieflint.rules", SHIPPED)


def build(files: Sequence[str] = (), *, shipped: bool = True) -> Taxonomy:
    """The taxonomy of the shipped file (unless ``shipped`` is false) with ``files`` layered over it."""
    if shipped and not files:
        built = shipped_built()
        if built is not None:
            return built
    builder = Builder()
    sources: list[str] = []
    if shipped:
        builder.apply(shipped_layer())
        sources.append(SHIPPED_LABEL)
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
    builder = Builder()
    sources: list[str] = []
    if shipped:
        builder.apply(shipped_layer())
        sources.append(SHIPPED_LABEL)
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

    return ctx.shared_value("taxonomy", build)
