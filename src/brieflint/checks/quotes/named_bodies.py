"""A named body's people before a group (Q102, issue 19): "Treasury officials", "IMF experts", "World Bank
analysts" are identified, as the body that employs them is; a nationality, a place, a capital the sentence's first
word has, a modifier by its form or a field's noun ("Russian experts", "Gaza residents", "School leaders",
"Frustrated residents", "Union leaders") identify nobody.
"""

from __future__ import annotations

import re

from brieflint.document.places import is_place
from brieflint.lazyre import lazy

# a named body right before the group ("FSA officials", "Treasury officials", "Kremlin aides"): the
# group is that body's people, identified; a nationality or region ("Russian", "U.S.", "Western",
# "regional") identifies nobody; a body's initials that paid for the work name it too ("AHRQ-funded research")
BODY_BEFORE = lazy(
    r"\b(?!(?:US|UK|EU|U\.S|U\.K|U-S|U-K|E-U)\b)(?:[A-Z]{2,}(?:-(?:funded|sponsored|backed|commissioned|supported|"
    # and the spelling with hyphens of VOA's Special English ("U-N organizers say")
    r"financed|led)(?=\s))?|[A-Z](?:-[A-Z])+|[A-Z][a-z]+)(?:[’']s)?\s+$"
)
# a nationality, a region or a leaning ("Conservative lawmakers", "Progressive legislators") identifies nobody
NATIONALITY = lazy(r"(?:an|ian|ese|i|ish|ic|ern|al|ch|sh|ive)(?:[’']s)?\s+$")
# but an adjective of that shape that ends a body's name of more words is the name's ("Amnesty International
# officials"): "International observers" alone is still no one's
_NAME_ENDING = lazy(r"[A-Z][\w&'’\-]*\s+(?:International|National|Federal|Central|General|Royal|Global)\s+$")


def nationality(clause: str) -> bool:
    """The words before a group end with a nationality, a region or a leaning, not with a body's name."""
    return NATIONALITY.search(clause) is not None and _NAME_ENDING.search(clause) is None


# words that may open a sentence before the opinion that opens it ("But one rumor is that …")
SENTENCE_OPENERS = frozenset("but yet and still however so indeed".split())


def place_before(clause: str) -> bool:
    """The capitalised word right before a group is a known place ("Wisconsin residents", "Gaza
    residents"): like a nationality ("Iowan farmers"), it says where the crowd is, not whose body it is."""
    m = BODY_BEFORE.search(clause)
    if m is None:
        return False
    word = m.group().strip()
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    if is_place(word):
        return True
    # (stop 42) or a place of two words ending there ("United States officials say", "Sierra Leone residents")
    two = clause[: m.start()].split()[-1:] + [word]
    return len(two) == 2 and two[0][:1].isupper() and is_place(" ".join(two))


def after_opener(clause: str) -> str:
    """The clause without its quotes and a conjunction that opens it ("but DOT officials expect")."""
    lead = clause.strip(" \"“”‘’'•·")  # and a bullet typed as a character ("• But officials say")
    first, _, rest = lead.partition(" ")
    return rest.lstrip() if first.lower() in SENTENCE_OPENERS else lead


def _common_first_word(s: str, start: int, head: str, cut: int) -> bool:
    """The one capitalised word before the group at ``start`` is its sentence's first word, and its paragraph
    writes the same word in lower case elsewhere ("School leaders said … rural school districts"): the
    capital is the sentence's, the word a common noun, not a named body's ("Treasury officials")."""
    if cut != -1 and head[cut] not in ".!?\x00\n":
        return False  # after a comma, a colon or a dash: not the sentence's first word
    if cut == -1 and start > len(head):
        return False  # the window does not reach the sentence's start
    words = head[cut + 1 :].split()
    if len(words) != 1 or not words[0].isalpha() or not words[0][1:].islower():
        return False
    lo = s.rfind("\x00", 0, start) + 1
    hi = s.find("\x00", start)
    low = words[0].lower()
    return re.search(rf"\b{low}\b", s[lo : hi if hi != -1 else len(s)]) is not None


# a capitalised first word that is a modifier by its form, not a body's name: a participle or an adjective of
# feeling, rank or time ("Frustrated residents", "Worried officials", "Senior officials", "Longtime residents",
# "Elderly voters"), or one of the few plain adjectives that grade a crowd ("Former officials", "Top aides")
_MODIFIER = lazy(r"[A-Z][a-z]+(?:ed|ing|ful|ous|less|ior|ly|time|term)|Former|Top|Angry|Young|Old|Older|Younger")
# or a field or sector the crowd works in, a common noun whose capital is the sentence's ("Business leaders", "Union
# leaders claim", "Intelligence officials said", "State officials said"), unlike a body's name ("Treasury officials")
_FIELDS = frozenset(
    """
    business industry labor labour union unions community security intelligence military defense defence health
    education election campaign energy school police government administration opposition state city county
    church faith farm trade finance tax climate technology tech media press border immigration prison transport
    transit water housing agriculture aviation banking insurance mining oil gas shipping tourism retail aid relief
    """.split()
)


def _modifier_first(clause: str, head: str, cut: int) -> bool:
    """The one word before the group opens its sentence and is a modifier by its form ("Frustrated residents
    say"), so its capital is the sentence's, not a body's name ("Treasury officials")."""
    if cut != -1 and head[cut] not in ".!?\x00\n":
        return False  # after a comma, a colon or a dash: not the sentence's first word
    words = after_opener(clause).split()
    return len(words) == 1 and (_MODIFIER.fullmatch(words[0]) is not None or words[0].lower() in _FIELDS)


# a body's initials in parentheses after its name ("Johns Hopkins University (JHU) data"): the name stands before
_ACRONYM_END = lazy(r"\s*\([A-Z][A-Za-z]*[A-Z]\)\s+$")


def drop_acronym(head: str) -> str:
    """``head`` without a parenthesised acronym at its end, so that the name before it is the word before the group."""
    m = _ACRONYM_END.search(head)
    return head if m is None else head[: m.start()] + " "


# a body's initials written with points ("W.H.O. officials", "U.N. experts"): read as its acronym, so that the points
# end no clause; the same length, so that positions hold
_INITIALS = lazy(r"\b(?:[A-Z]\.){2,}(?=\s)")


def _undotted(m: re.Match[str]) -> str:
    letters = m.group().replace(".", "")
    return letters + " " * (len(m.group()) - len(letters))


def undot_initials(text: str) -> str:
    """``text`` with the points of initials ("U.S.", "W.H.O.") made blanks, the same length: a point in them ends no
    clause ("Officials at the U.S. central bank said")."""
    return _INITIALS.sub(_undotted, text) if "." in text else text


def _clause_before(s: str, start: int) -> tuple[str, str, int]:
    """The 40 characters before ``start``, the clause after the last mark of a clause's end in them, and where it is."""
    head = undot_initials(drop_acronym(s[max(0, start - 40) : start]))
    cut = max(head.rfind(c) for c in ".;:!?,—(\x00\n")
    return head, head[cut + 1 :], cut


# a body of a kind a country has one of, named by its function in lower case ("election commission officials", "the
# interior ministry's officials"): identified as a name is; not a body's kind alone ("government officials")
_FUNCTION_BODY = lazy(
    r"\b(?:election|electoral|interior|health|foreign|finance|justice|defen[cs]e|education|labou?r|trade|energy)\s+"
    r"(?:commission|ministry|committee|department|agency|council|tribunal)\s+$",
    re.I,
)


def body_people(s: str, start: int) -> bool:
    """A named body stands right before the group at ``start``: its people, identified ("Treasury officials", "IMF
    experts", '"…," White House officials said', "election commission officials"); not a nationality, a place ("Gaza
    residents"), a capital the sentence's first word has ("School leaders said"), nor a modifier by its form
    ("Frustrated residents")."""
    head, clause, cut = _clause_before(s, start)
    if _FUNCTION_BODY.search(clause):
        return True
    return bool(
        BODY_BEFORE.search(clause)
        and not nationality(clause)
        and not place_before(clause)
        and after_opener(clause)[:1].isupper()
        and not _common_first_word(s, start, head, cut)
        and not _modifier_first(clause, head, cut)
    )


# the listed vague nouns that name a profession, which a named body can employ ("IMF experts", "World Bank
# analysts"); not the camps named by their stand ("Trump supporters": a possessor names no crowd) nor "sources"
_PROFESSIONS = frozenset(
    "observers analysts experts commentators pundits insiders watchers scholars researchers".split()
)


def body_professionals(s: str, start: int, word: str) -> bool:
    """The listed noun ``word`` at ``start`` is a profession a named body right before it employs, as "Treasury
    officials" are the Treasury's: an acronym ("IMF experts warn", "ILRI and UN experts say") or a name of two
    capitalised words or more ("World Bank analysts"); not one capitalised word, which is as often a field opening
    its sentence ("Security experts warn", "Industry analysts claimed"), nor a country's ("US experts")."""
    if word.lower() not in _PROFESSIONS:
        return False
    clause = _clause_before(s, start)[1]
    words = after_opener(clause).split()
    if not words or nationality(clause) or place_before(clause):
        return False
    last = words[-1]
    if last.isupper() and last.isalpha() and len(last) >= 2:
        return last not in ("US", "UK", "EU", "USA")
    return len(words) >= 2 and last[:1].isupper() and words[-2][:1].isupper() and words[-2] not in ("The", "A", "An")
