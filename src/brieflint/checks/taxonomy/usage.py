"""How a region is named in a sentence: about the place, as an actor, or only inside the name of something else.

A region's name, demonym or capital found in prose (:mod:`.mentions`) is not
always evidence that the text is about the place. Three readings of the words
around a mention decide, from English grammar rather than from lists of
places:

* **origin compounds**: a mention joined by a hyphen to a participle or noun of
  origin or location (``a Turkish-made drone``, ``a London-based fund``,
  ``Iraqi-born``, ``Soviet-style``) describes a thing, not the place. Actor
  compounds (``Iranian-backed``, ``Saudi-led``) are kept: they name what the
  country does.
* **longer names and currencies**: a mention followed by ``of`` and a
  capitalised word (``the United States of South America``) is the start of
  another name; one glued to a currency sign (``US$4.3bn``) is a currency.
* **named instruments**: a mention written as a demonym or a city (not as the
  region's own name) and followed by the capitalised head of a proper name of
  an agreement, process, meeting or institution (``the Oslo Accords``, ``the
  Astana process``, ``the Washington Post``) names that thing, not the place.
* **a capital as a location**: a capital stands for its country (metonymy) only
  as an actor (``Tehran rejected the offer``, ``Tehran's proxies``); as a
  location after a locative preposition and before punctuation or a function
  word (``talks in Oslo on Monday``) it is not evidence about the country.
  Written as the region's own name (``in Iraq``) it is.

The brief's **home** is where it speaks from: the regions named in its
authors' ``affiliation`` and, in a bio, in the name of the author's institution
(``The U.S. Government Accountability Office``, ``a fellow at the Washington
Institute``): a State Department statement names the United States as the
speaker in every paragraph and is filed under the country it is about.
"""

from __future__ import annotations

from typing import Any

from brieflint.checks.taxonomy.mentions import Mention
from brieflint.checks.taxonomy.terms import Taxonomy
from brieflint.lazyre import lazy

# a hyphen, then a participle or noun of origin, location or kind: the mention describes a thing
_ORIGIN = lazy(
    r"[-\u2010\u2011](?:made|built|manufactured|produced|assembled|based|headquartered|born|bred|educated|"
    r"trained|raised|style|type|class|model|listed|flagged|registered|designed|brand|branded)\b"
)
# the capitalised head of a proper name of an instrument, a process, a meeting or an institution
_INSTRUMENT = lazy(
    r"\s+(?:Accords?|Agreements?|Protocols?|Conventions?|Treaty|Treaties|Declaration|Communiqu[eé]|Process|"
    r"Format|Framework|Consensus|Plan|Summit|Talks|Round|Conference|Charter|Principles|Rules|Group|Club|"
    r"Post|Times|Herald|Journal|Institute|Center|Centre|School|University|Airport|Exchange)\b"
)
# "the United States of South America", "Bank of England" read from the other side: a longer proper name
_OF_NAME = lazy(r" of (?:the )?[A-Z][a-z]")
_LOCATIVE_BEFORE = lazy(r"\b(?:in|at|near|outside|inside|around|across|via|throughout)\s+(?:the\s+)?$")
# what may follow a location: punctuation, the end, or a function word (not a noun the mention modifies)
_AFTER_LOCATION = lazy(
    r"\s*(?:$|[^\w\s]|(?:on|in|at|and|or|of|to|for|with|by|as|from|where|when|last|this|next|during|after|"
    r"before|since|until)\b)"
)
_ATTRIBUTIVE = lazy(r"[ \u00a0]+[A-Z][a-z]")


def is_name(tax: Taxonomy, mention: Mention) -> bool:
    """Whether the mention is written as the region's name or an alias (not a demonym, capital or city)."""
    found = tax.resolve("regions", mention.written.rstrip("."))
    return found is not None and found.target.name == mention.term


def names_something_else(tax: Taxonomy, text: str, mention: Mention) -> bool:
    """The mention is part of an origin compound or of a named instrument: no evidence of the place."""
    after = text[mention.end : mention.end + 1]  # the expressions below each need a particular next character
    if after in ("-", "\u2010", "\u2011") and _ORIGIN.match(text, mention.end):
        return True
    if after == " " and _OF_NAME.match(text, mention.end):
        return True
    if after == "$":
        return True  # a currency: US$4.3bn
    # the cheap test at the mention's end first; then whether it is written as the region's name
    return after.isspace() and _INSTRUMENT.match(text, mention.end) is not None and not is_name(tax, mention)


def as_location_only(tax: Taxonomy, text: str, mention: Mention) -> bool:
    """A capital or city in a locative phrase (``talks in Oslo on Monday``): the place, not its country acting."""
    before = text[max(0, mention.start - 20) : mention.start]
    if not _LOCATIVE_BEFORE.search(before) or _AFTER_LOCATION.match(text, mention.end) is None:
        return False
    return not is_name(tax, mention)


def home(doc: Any, tax: Taxonomy) -> set[str]:
    """The regions the brief speaks from: named in an author's affiliation, or in the name of a bio's institution
    (found once a document; a new set each call)."""
    found: frozenset[str] = doc.memo("taxonomy.home", lambda: frozenset(_home(doc, tax)))
    return set(found)


def _home(doc: Any, tax: Taxonomy) -> set[str]:
    index = tax.mentions("regions")
    out: set[str] = set()
    authors = (doc.data or {}).get("authors")
    for author in authors if isinstance(authors, list) else []:
        if not isinstance(author, dict):
            continue
        affiliation = author.get("affiliation")
        if isinstance(affiliation, str):
            out.update(m.term for m in index.find(affiliation))
        bio = author.get("bio")
        if isinstance(bio, str):
            out.update(m.term for m in index.find(bio) if _ATTRIBUTIVE.match(bio, m.end))
    return out


# ASCII read as blank (" ", as ``str.split`` reads it) or not ("x"), for counting words without making them
_BLANK_OR_NOT = bytes(32 if chr(c).isspace() else 120 for c in range(128)) + bytes(128)


def body_words(texts: list[str]) -> int:
    """A brief's words, roughly (blank-separated tokens): what a region's mentions are weighed against.

    ``sum(len(t.split()) for t in texts)``, without making a string per word (two thirds of the cost):
    in ASCII text (the common case), every word is a blank followed by a character that is not one,
    counted once the texts are joined by blanks behind a blank and read as blank or not.
    """
    joined = " " + " ".join(texts)
    if not joined.isascii():
        return sum(len(t.split()) for t in texts)
    return joined.encode("ascii").translate(_BLANK_OR_NOT).count(b" x")
