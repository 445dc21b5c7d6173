"""Nouns of people from a lexicon, not from a guessed list (issue 19).

Whether a bare plural names people ("Allies say", "Foes warn", not "Records suggest") was decided by a
word's ending (-ers, -ists, -ians …) and a handful of words: a closed, guessed vocabulary that every unseen
set outran. Here the question goes to Open English WordNet (CC BY 4.0, from Princeton WordNet 3.1): a
noun counts when its first, most frequent sense is a person (the lexicographer file ``noun.person``), so
``critic``, ``foe``, ``parent``, ``neighbor`` do and ``study``, ``source``, ``model``, ``figure`` (whose
person senses are rare) do not. ``scripts/make_person_nouns.py`` writes the lemmas to
``rules/person_nouns.txt`` (source, commit and licence in its header); they are read the first time a
plural is asked about (about 2 ms) and kept for the run.
"""

from __future__ import annotations

from functools import cache

SHIPPED = "person_nouns.txt"  # in brieflint.rules
# plurals that no suffix rule undoes
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


@cache
def lemmas() -> frozenset[str]:
    """The shipped lemmas (empty when the file is missing: the endings' test still runs)."""
    from brieflint import shipped

    try:
        text = shipped.read_text("brieflint.rules", SHIPPED)
    except OSError:
        return frozenset()
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def singulars(plural: str) -> tuple[str, ...]:
    """The singulars ``plural`` (lower case) may be of, by the regular rules and the irregular plurals."""
    w = plural.lower()
    if w in _IRREGULAR:
        return (_IRREGULAR[w],)
    if w.endswith("men") and len(w) > 5:
        return (w[:-3] + "man",)  # "chairmen", "businesswomen"
    if not w.endswith("s") or w.endswith("ss"):
        return ()
    out = [w[:-1]]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")  # "allies", "authorities"
    elif w.endswith("ves"):
        out += [w[:-3] + "f", w[:-3] + "fe"]  # "thieves", "wives"
    if w.endswith("es"):
        out.append(w[:-2])  # "witnesses", "bosses"
    return tuple(out)


def is_person_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a noun whose first sense is a person (``Allies``, ``foes``)."""
    known = lemmas()
    return any(s in known for s in singulars(word))


__all__ = ["SHIPPED", "is_person_plural", "lemmas", "singulars"]
