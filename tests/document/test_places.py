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


def test_the_shipped_names_are_what_pycountry_gives() -> None:
    """rules/places.txt (read instead of pycountry's tables: 1 ms, not 80) cannot drift from them."""
    from brieflint import shipped
    from brieflint.document.places import SHIPPED, build_names, shipped_text

    assert shipped.read_text("brieflint.rules", SHIPPED) == shipped_text(build_names()), (
        "rules/places.txt is stale: run scripts/make_places.py"
    )


def test_without_the_shipped_names_they_are_built(monkeypatch) -> None:
    from brieflint import shipped
    from brieflint.document import places

    def gone(package: str, name: str) -> str:
        raise OSError(name)

    places._names.cache_clear()
    monkeypatch.setattr(shipped, "read_text", gone)
    try:
        assert places.is_place("Baghdad") and not places.is_place("Haddad")
    finally:
        places._names.cache_clear()
