"""Place names a sentence can be about: countries and their first-level subdivisions (ISO 3166).

A rule that must be certain a word is a place, not a person (``Baghdad hosted the summit``
against ``Haddad chaired the session``), asks :func:`is_place`. The names come from
pycountry's ISO 3166-1 and 3166-2 tables, folded (accents and marks dropped, lower case),
loaded the first time they are asked for (about 80 ms) and kept for the run.
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


@cache
def _names() -> frozenset[str]:
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


def is_place(word: str) -> bool:
    """Whether ``word`` (one or more words) is the name of a country or a first-level subdivision."""
    return fold(word) in _names()


__all__ = ["fold", "is_place"]
