"""T108/T109 count a region only where the text is about the place (issue 19, item 7)."""

from __future__ import annotations

from support import co_author, edited, summary

from brieflint.testing import lint

SHORT = "Rabat's plan to hand water distribution to regional companies could fund investment."


def _brief(body: str, regions: str = "[Morocco]", author_extra: str = "") -> str:
    changes = (co_author(author_extra), summary(SHORT), ("regions: [Morocco]", f"regions: {regions}"))
    return edited(*changes) + f"\n{body}\n"


def _t108(source: str, **options: object) -> list[str]:
    config = {"tags": dict(options)} if options else None
    return [f.data["region"] for f in lint(source, select=["T108"], config=config)]


def test_the_country_named_as_an_actor_is_counted() -> None:
    body = "Algeria tried the same reform. Algerian officials reversed it. Algiers rejected the offer."
    assert _t108(_brief(body)) == ["Algeria"]


def test_a_place_inside_the_name_of_an_agreement_is_no_evidence() -> None:
    body = (
        "The Oslo Accords set the frame. Negotiators returned to the Oslo Accords often. "
        "Critics of the Oslo Accords never tired."
    )
    assert _t108(_brief(body)) == []
    # the same city as an actor's metonym does count
    assert _t108(_brief("Oslo objected. Oslo insisted on talks. Oslo's envoy left.")) == ["Norway"]


def test_origin_compounds_name_things_not_places() -> None:
    body = "A Turkish-made drone fell. Another Turkish-made drone followed. A third Turkish-built drone crashed."
    assert _t108(_brief(body)) == []
    # an actor compound is about the country
    body = "Turkish-backed forces advanced. Turkish-backed militias held. Turkish-backed units stayed."
    assert _t108(_brief(body)) == ["Turkey"]


def test_a_capital_as_a_location_is_not_its_country_acting() -> None:
    body = "Talks were held in Oslo on Monday. More met in Oslo, and later in Oslo again."
    assert _t108(_brief(body)) == []
    # the country's own name in a locative phrase is about the country
    body = "Talks were held in Norway on Monday. More met in Norway, and later in Norway again."
    assert _t108(_brief(body)) == ["Norway"]


def test_south_american_is_not_the_united_states() -> None:
    body = "South American leaders met. South American trade grew. The South American bloc expanded."
    found = _t108(_brief(body))
    assert "United States" not in found and found == ["Latin America & Caribbean"]


def test_mentions_are_weighed_by_the_briefs_length() -> None:
    filler = " ".join(["Tariffs will rise for the largest users first and poor homes keep a social tariff."] * 100)
    body = "Algeria tried the same reform. Algerian officials reversed it. Algiers rejected the offer.\n\n" + filler
    assert _t108(_brief(body)) == []  # three mentions in about 1,600 words: a passing reference
    assert _t108(_brief(body), **{"mentions-per-1000-words": 0}) == ["Algeria"]


def test_the_briefs_home_is_never_suggested_and_counts_as_named() -> None:
    body = "The United States condemns the tariffs. The United States will act. The United States calls for talks."
    home = "    affiliation: U.S. Department of State\n"
    assert _t108(_brief(body)) == ["United States"]
    assert _t108(_brief(body, author_extra=home)) == []
    # a tagged home region that the text never names is not reported by T109
    source = _brief("Rates rose.", regions="[Morocco, United States]", author_extra=home)
    assert [f.code for f in lint(source, select=["T109"])] == []
    source = _brief("Rates rose.", regions="[Morocco, United States]")
    assert [f.code for f in lint(source, select=["T109"])] == ["T109"]


def test_the_eu_names_europe() -> None:
    source = _brief("The EU offered funds for the pipes.", regions="[Morocco, Europe]")
    assert [f.code for f in lint(source, select=["T109"])] == []


def test_currencies_and_longer_names_are_not_the_place() -> None:
    body = "The road costs US$700m. The plan costs US$4bn. Some dream of the United States of South America."
    assert "United States" not in _t108(_brief(body))


def test_body_words_counts_as_split_does() -> None:
    """body_words counts words without splitting (ASCII): the same count as str.split on every blank and mark."""
    import random

    from brieflint.checks.taxonomy.usage import body_words

    rng = random.Random(11)
    blanks = [chr(c) for c in range(128) if chr(c).isspace()]
    alphabet = [*blanks, *"ab.,;-'x9", "\x00", "\x7f", "\u00a0", "\u2003", "é"]
    for _ in range(3000):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.7:
            texts = [t.encode("ascii", "ignore").decode() for t in texts]
        assert body_words(texts) == sum(len(t.split()) for t in texts), texts
    assert body_words([]) == 0
    assert body_words(["Two words", "\x1fthree\x1cmore\x0bwords "]) == 5


def test_mention_starts_are_the_expressions_matches() -> None:
    """In ASCII text, mentions are looked for only where an initial stands: the same matches, in the same
    order, as the expression's own search, for random tries and texts (and the class "A-Z" of an empty trie)."""
    import random

    from brieflint.checks.taxonomy.mentions import MentionIndex

    rng = random.Random(5)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdeflmnorstuxyz_0123456789 .-'\n\u00c5\u00e9"
    for _ in range(300):
        words = {"".join(rng.choice(letters[:40]) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(0, 8))}
        trie = {w: {"": w} for w in words if w.strip()}
        index = MentionIndex.of_trie(trie)
        for _ in range(20):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 60)))
            if rng.random() < 0.8:
                text = text.encode("ascii", "ignore").decode()
            want = [m.span() for m in index.starts.finditer(text)]
            assert [m.span() for m in index._starts(text)] == want, (sorted(trie), text)
