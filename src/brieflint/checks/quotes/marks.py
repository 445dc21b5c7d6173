"""Quotation marks: the quotes of a paragraph (double, single, guillemets), masking, titles.

Double quotes are paired (straight ones alternately open and close); single quotes
count as quotation marks only where an apostrophe cannot be (see ``docs/quotes.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from brieflint import lazyre
from brieflint.document import prose as text
from brieflint.lazyre import lazy
from brieflint.records import NamedTuple

# "titled", "the so-called", "the phrase": the quote names a thing, it reports no speech
MENTION = lazyre.compile(
    r"(?:\b(?:titled|entitled|headlined|headed|named|nicknamed|codenamed|code-named|so-called|"
    # (stop 44) a label renamed ("the occupation of priest was changed to \"servitor of a cult\" in the forms")
    r"renamed(?:\s+to)?|rebranded(?:\s+as)?|retitled|changed\s+to|"
    r"known\s+as|(?:the|a|its|their|his|her)\s+(?:\w+\s+)?(?:phrase|term|word|words|expression|slogan|"
    r"motto|label|title|banner|hashtag|headline|chant|catchphrase|mantra|refrain|rubric|heading|name|"
    r"nickname|byword|watchword|tagline|box|checkbox|button|tab|menu|option|field|setting)|"
    r"(?:book|report|article|essay|paper|study|op-ed|column|"
    r"speech|film|song|poem|program|programme|plan|strategy|initiative|campaign|operation|doctrine|"
    r"law|bill|act)\s+(?:called|titled|entitled|named))|\bcalled\s+it\s+simply|"
    # an event or a work with its name in apposition ("a conference 'Where to from here?'", sweep D)
    r"\b(?:the|a|an|its|their|his|her|this)\s+(?:[\w'’\-]+\s+){0,2}?(?:conference|summit|forum|symposium|workshop|"
    r"seminar|exhibition|festival|series|podcast|documentary|album|novel)\b)[\s,:]*$",
    re.I,
)
# what a text that MENTION matches ends with, its trailing blanks, commas and colons stripped (ASCII text,
# lower-cased): each of its alternatives ends with one of these words (or a word that ends like one:
# "entitled", "code-named", "so-called", "catchphrase", "byword", "nickname"). A cheap test before the search
MENTION_ENDS = (
    "titled", "named", "called", "headed", "headlined", "as", "simply", "phrase", "term", "word", "words",
    "changed to", "renamed to", "rebranded",
    "expression", "slogan", "motto", "label", "title", "banner", "hashtag", "headline", "chant", "mantra",
    "refrain", "rubric", "heading", "name", "tagline", "conference", "summit", "forum", "symposium", "workshop",
    "seminar", "exhibition", "festival", "series", "podcast", "documentary", "album", "novel", "box", "button",
    "tab", "menu", "option", "field", "setting",
)  # fmt: skip
# the characters MENTION's ``[\s,:]*$`` reads in ASCII text: the blanks of ``\s`` (``str.isspace``), "," and ":"
ASCII_TRAILING = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f,:"


def mention_head(head: str) -> bool:
    """``MENTION.search(head)``: the words before a quote name it (titled, the so-called, the phrase).
    ASCII text is searched only when it ends with a word one of MENTION's alternatives ends with."""
    if head.isascii() and not head.lower().rstrip(ASCII_TRAILING).endswith(MENTION_ENDS):
        return False
    return MENTION.search(head) is not None


TITLE_SMALL = {
    *"a an the of and or in on at for to by with from vs as".split(),
    # (stop 43) and the articles and particles of a title in another language ("Las Voces del Secuestro", a radio
    # show; "Le Monde"; "Frankfurter Allgemeine Zeitung für Deutschland"), set 321
    *"el la las los lo del de da das do dos di du des le les et y e al von van der den die und für".split(),
}


OPEN_BOUNDARY = set(" \t\n([{—–-/\"“'‘«:;")
CLOSE_BOUNDARY = set(" \t\n)]}—–-/.,;:!?\"”'’»…")


class Quote(NamedTuple):
    """A quotation in a paragraph's prose: ``start``/``end`` include the marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    closed: bool

    def inner(self, prose: str) -> str:
        return prose[self.inner_start : self.inner_end]


class Marks(NamedTuple):
    """The quotes of a paragraph, and the stray closing marks (for the balance rule)."""

    quotes: tuple[Quote, ...]
    stray: tuple[int, ...]


ANY_QUOTE = lazyre.compile("[\"“”'‘«»]")
_DOUBLE = lazyre.compile('["“”«»]')
_SINGLE = lazyre.compile("['‘]")
# the same on ASCII text (most paragraphs of many briefs): one literal, found with a fast string search
# rather than a character class tried at every position
_DOUBLE_ASCII = lazyre.compile('"')
# … and of the single marks in ASCII text only those that can open a quote (at the start or after an
# OPEN_BOUNDARY character, before a letter): the apostrophes inside words ("Iraq's", "don't"), most of the
# marks, are passed over by the search rather than looked at one by one
_SINGLE_OPEN_ASCII = lazyre.compile(r"""'(?<![^ \t\n(\[{\-/"':;]')(?=[A-Za-z])""")


def has_quote_mark(s: str) -> bool:
    """Whether ``s`` has any quotation mark at all (``ANY_QUOTE``)."""
    if s.isascii():  # a flag of the string: no scan
        return '"' in s or "'" in s
    return ANY_QUOTE.search(s) is not None


def may_quote(s: str) -> bool:
    """Whether :func:`find_quotes` can find anything in ``s`` (a quote or a stray mark): any mark at all,
    except that in ASCII text a single mark must be one that can open a quote (not "Iraq's")."""
    if s.isascii():
        return '"' in s or ("'" in s and _SINGLE_OPEN_ASCII.search(s) is not None)
    return ANY_QUOTE.search(s) is not None


# a closing single quote: after a non-space, before a space, punctuation or the end
_SINGLE_CLOSE = lazy(r"(?<=\S)['’](?=[\s)\]}—–\-/.,;:!?\"”'’»…]|$)")


def find_quotes(s: str) -> Marks:
    """Double quotes (straight and curly, «guillemets»), then single quotes outside them."""
    quotes: list[Quote] = []
    stray: list[int] = []
    open_at = -1
    open_mark = ""
    n = len(s)
    double, single = (_DOUBLE_ASCII, _SINGLE_OPEN_ASCII) if s.isascii() else (_DOUBLE, _SINGLE)
    reversed_at = -1  # a closing ” where a quote opens: a pair written the other way round (”…“), as RTL text may
    for dm in double.finditer(s):
        i = dm.start()
        ch = s[i]
        if ch == "“" and open_at == -1 and reversed_at != -1 and not s[i + 1 : i + 2].isalpha():
            stray.pop()
            quotes.append(Quote(reversed_at, i + 1, reversed_at + 1, i, "”", True))  # "”دولة داخل الدولة“"
            reversed_at = -1
        elif ch in "“«":
            if open_at != -1:
                quotes.append(Quote(open_at, i, open_at + 1, i, open_mark, False))
            open_at, open_mark = i, ch
        elif ch in "”»":
            if open_at != -1:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, open_mark, True))
                open_at = -1
            else:
                stray.append(i)
                opens = ch == "”" and (i == 0 or not s[i - 1].isalnum()) and s[i + 1 : i + 2].isalpha()
                reversed_at = i if opens else -1
        else:  # straight: opens when not open, closes when open
            if open_at == -1:
                open_at, open_mark = i, ch
            else:
                quotes.append(Quote(open_at, i + 1, open_at + 1, i, open_mark, True))
                open_at = -1
    if open_at != -1:
        quotes.append(Quote(open_at, n, open_at + 1, n, open_mark, False))
    # single quotes as quotation marks, outside double quotes
    covered = [(q.start, q.end) for q in quotes]
    singles: list[Quote] = []
    i = 0
    while i < n:
        sm = single.search(s, i)
        if sm is None:
            break
        i = sm.start()
        ch = s[i]
        if ch in "'‘" and (i == 0 or s[i - 1] in OPEN_BOUNDARY) and i + 1 < n and s[i + 1].isalpha():
            if any(a <= i < b for a, b in covered):
                i += 1
                continue
            close = -1
            stop = double.search(s, i + 2)
            limit = stop.start() if stop else n
            for cm in _SINGLE_CLOSE.finditer(s, i + 2, limit):
                j = cm.start()
                # a plural possessive ("the ministers' plan") is followed by a word, not punctuation;
                # accept it as a close only when another candidate does not follow shortly
                if s[j - 1] == "s" and j + 2 < n and s[j + 1] == " " and s[j + 2].isalpha() and _later_close(s, j + 1):
                    continue
                close = j
                break
            if close == -1 and stop is None:
                break  # no closing mark anywhere after this one: none after later ones either
            if close != -1:
                singles.append(Quote(i, close + 1, i + 1, close, ch, True))
                i = close + 1
                continue
        i += 1
    if singles:
        quotes = sorted([*quotes, *singles], key=lambda q: q.start)
    return tuple.__new__(Marks, (tuple(quotes), tuple(stray)))


def _later_close(s: str, start: int) -> bool:
    """Another closing single mark follows shortly, and no single mark opens a quote before it: single
    quotes do not nest in single quotes, so a fresh opening mark ("‘Adult-oriented business’ bill …,
    foes call it ‘anti drag’") means the quote closed at the plural possessive's mark."""
    end = min(len(s), start + 200)
    stop = _DOUBLE.search(s, start, end)
    later = _SINGLE_CLOSE.search(s, start, stop.start() if stop else end)
    if later is None:
        return False
    opening = s.find("‘", start, later.start())
    if opening == -1:
        opening = s.find(" '", start, later.start())
        opening = opening + 1 if opening != -1 and s[opening + 2 : opening + 3].isalpha() else -1
    return opening == -1


def crosses_parenthesis(inner: str) -> bool:
    """The quoted words close a parenthesis they did not open ('at "Brent + $0.25 a barrel). The IPE claims …"'): a
    quotation cannot end a parenthesis opened before it, so its marks are mispaired and which words are quoted,
    and so who speaks, is unknown."""
    if ")" not in inner:
        return False
    depth = 0
    for ch in inner:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


def masked(s: str, quotes: Iterable[Quote]) -> str:
    """``s`` with the inside of every quote blanked (same length): quoted words never attribute."""
    parts = []
    last = 0
    for q in quotes:
        if q.inner_start < last:
            continue
        parts.append(s[last : q.inner_start])
        parts.append(" " * (q.inner_end - q.inner_start))
        last = q.inner_end
    parts.append(s[last:])
    return "".join(parts)


def names_in_place(prose: str, q: Quote) -> bool:
    """The quote ``q`` names a thing where it stands: it is the whole of its line (a heading set as a slogan or a
    question: "## “And what would you do with a basic income?”"), or the words before it name it (``mention_head``)."""
    if not prose[: q.start].strip() and not prose[q.end :].strip(" \t\n.!?"):
        return True
    return mention_head(prose[max(0, q.start - 80) : q.start])


def is_title(inner: str) -> bool:
    """Title Case ("Water Security in the Maghreb") names a work; it is not reported speech."""
    return title_words(text.words(inner))


def title_words(ws: Sequence[str]) -> bool:
    """:func:`is_title` on the words of the quote (``text.words``): at least two content words (not in
    ``TITLE_SMALL``), each capitalised or a number, and the first word not "I" or "we"."""
    content = 0
    for w in ws:
        if w[0].isupper() or w[0].isdigit():
            if w.lower() not in TITLE_SMALL:
                content += 1
        elif w.lower() not in TITLE_SMALL:
            return False  # a content word in lower case (most quotes: their first few words tell)
    return content >= 2 and ws[0].lower() not in ("i", "we")


def title_case_line(s: str, at: int) -> bool:
    """The line around ``at`` (at most 60 characters either side) is a headline: every word but the small ones
    ("in", "of", "the" …) is capitalised, as in "Levee Plan Raises Fears Among Coastal Farmers in Northern
    Districts"; a sentence naming a person has its verbs in lower case ("Ryan Walters will resign")."""
    lo = max(s.rfind(c, max(0, at - 60), at) for c in "\n\x00") + 1
    ends = [i for i in (s.find(c, at, at + 60) for c in "\n\x00") if i != -1]
    words = s[max(lo, at - 60) : min(ends) if ends else at + 60].split()[1:-1]  # whole words only
    content = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL]
    return len(content) >= 4 and all(w[0].isupper() for w in content)
