"""document/places.py: countries and first-level subdivisions, folded."""

from __future__ import annotations

from brieflint.document.places import fold, is_place


def test_places_and_not_places() -> None:
    for place in ("Baghdad", "Tehran", "Iraq", "Kuwait", "Oslo", "Côte d'Ivoire", "United States"):
        assert is_place(place), place
    for other in ("Haddad", "Mansour", "Leila", "Nasr", "Smith", ""):
        assert not is_place(other), other


def test_fold() -> None:
    assert fold("Tehrān") == "tehran"
    assert fold("  Côte  d'Ivoire ") == "cote divoire"
