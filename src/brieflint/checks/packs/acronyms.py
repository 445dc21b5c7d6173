"""Readings of an acronym use that needs no spelling out, for the ``conditional`` kind (HS005).

Beside a pack's exceptions and the publisher's own initials (:func:`.kinds.own_initials`):

- a word of a general dictionary: an all-capitals noun of WordNet that is no name of an
  organisation or a place and whose letters are no ordinary lower-case word (IT, HTML, IP,
  DNA, CEO; not FEMA, IAEA, PRC, nor ICE or IRA, which may stand for a name the dictionary
  does not mean), which readers meet as a word, not as a name to be spelled out
  (:mod:`.acronym_words`, generated);
- a spelling of the LGBT initialism (LGBTI, LGTBQI, LGBTQIA): the pack lists LGBT, and the
  letters added to it are the same initialism, not a new one;
- a part of an e-mail address written out to foil harvesters ("adminjob AT example DOT org");
- the name of a website or an account in the text of a link to it ("[ACI Prensa](https://www.aciprensa.com/…)",
  "[DAWN](http://dawn.com/…)"): the link text is only capitalised words, and the address's
  host, or its one path segment (an account), spells them; a link to an article about the
  name ("[NKVD](https://en.wikipedia.org/wiki/NKVD)") is no such link.
"""

from __future__ import annotations

from brieflint import lazyre

_LGBT = lazyre.compile(r"(?:LGBT|LGTB|GLBT)[QIA2S]*")
_ADDRESS = lazyre.compile(r"[\w.+-]+ AT [\w-]+(?: DOT [\w-]+)+")
_LINK_END = lazyre.compile(r"\]\(<?([^)\s>]+)")


def dictionary_word(key: str) -> bool:
    """``key`` is a noun of a general dictionary, no name of an organisation or a place."""
    from brieflint.checks.packs.acronym_words import WORDS

    return key in WORDS


def known_family(key: str, known: frozenset[str] | set[str]) -> bool:
    """``key`` spells the LGBT initialism, when the pack knows LGBT."""
    return "LGBT" in known and _LGBT.fullmatch(key) is not None


def in_written_address(text: str, start: int, end: int, key: str) -> bool:
    """The use at ``text[start:end]`` is the AT or DOT of an e-mail address written out."""
    if key not in ("AT", "DOT"):
        return False
    lo = max(0, start - 80)
    return any(m.start() <= start and end <= m.end() for m in _ADDRESS.finditer(text, lo, end + 80))


def names_its_link(source: str, start: int, end: int) -> bool:
    """The use at ``source[start:end]`` (the file) is in the text of a link to the site or account it names."""
    open_at = source.rfind("[", max(0, start - 80), start)
    if open_at < 0 or "]" in source[open_at:start] or "\n" in source[open_at:start]:
        return False
    close_at = source.find("]", end, end + 120)
    close = _LINK_END.match(source, close_at) if close_at >= 0 else None
    if close is None:
        return False
    label = source[open_at + 1 : close.start()].split()
    if not label or not all(w[:1].isupper() or w[:1].isdigit() for w in label):
        return False
    name = "".join(c for c in "".join(label).lower() if c.isalnum())
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(close.group(1))
    except ValueError:
        return False
    host = "".join(c for c in parts.netloc.lower() if c.isalnum() or c == ".").split(".")
    segments = [s for s in (parts.path + "/" + parts.fragment).split("/") if s and s != "#!" and s != "!"]
    account = segments[0].lower() if len(segments) == 1 else ""
    return bool(name) and (name in host or name == "".join(c for c in account if c.isalnum()))
