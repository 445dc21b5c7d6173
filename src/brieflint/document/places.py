"""Place names a sentence can be about: countries and their first-level subdivisions (ISO 3166).

A rule that must be certain a word is a place, not a person (``Baghdad hosted the summit``
against ``Haddad chaired the session``), asks :func:`is_place`. The names come from
pycountry's ISO 3166-1 and 3166-2 tables, folded (accents and marks dropped, lower case).
Reading pycountry's tables and folding every name takes about 80 ms, so the folded names are
shipped as ``rules/places.txt`` (one a line; ``scripts/make_places.py`` writes it, and a test
holds it to what pycountry gives): loaded the first time they are asked for (about 1 ms)
and kept for the run.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from brieflint import lazyre

_NOT_LETTERS = lazyre.compile(r"[^a-z ]+")


def fold(name: str) -> str:
    """``name`` without accents, marks or punctuation, in lower case: ``Tehrān`` → ``tehran``."""
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(_NOT_LETTERS.sub("", ascii_only.lower()).split())


SHIPPED = "places.txt"  # in brieflint.rules


def build_names() -> frozenset[str]:
    """The folded names, from pycountry's tables (what ``rules/places.txt`` holds)."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(fold(value))
    for sub in pycountry.subdivisions:
        names.add(fold(sub.name))
    names.discard("")
    return frozenset(names)


def shipped_text(names: frozenset[str]) -> str:
    """The text of ``rules/places.txt`` for ``names``."""
    return "".join(f"{n}\n" for n in sorted(names))


@cache
def _names() -> frozenset[str]:
    from brieflint import shipped

    try:
        return frozenset(shipped.read_text("brieflint.rules", SHIPPED).splitlines())
    except OSError:  # an installation without the shipped copy: build it
        return build_names()


def is_place(word: str) -> bool:
    """Whether ``word`` (one or more words) is the name of a country or a first-level subdivision."""
    return fold(word) in _names()


__all__ = ["build_names", "fold", "is_place", "shipped_text"]
