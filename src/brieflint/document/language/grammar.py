"""Small attribution grammars over folded words: word classes, clitics and patterns.

A language's lexicon (``rules/lang/<code>.yaml``) names **word classes** (verbs of saying,
indefinite or collective subjects, prepositional cues …) and **patterns** over them. A
pattern is a sequence of elements, separated by spaces:

``@class``
    one word of that class;
``word``
    one word, that word (folded: see :mod:`brieflint.document.language.normalize`);
``word-``
    the next word begins with ``word`` (Arabic ``ل-``: ``وفقا ل- @reports`` matches
    ``وفقًا لتقارير``); at the end of a pattern, some next word begins with it;
``~N``
    up to N words of anything (the shortest gap that lets the rest match);
``word?`` / ``@class?``
    an optional word;
``!word`` / ``!@class``
    one word that is not that word or not of that class (after ``word-``: a word that begins with it
    and whose rest is not);
``:`` / ``,`` / ``.``
    that punctuation (``:``, ``,`` or ``.``; the Arabic comma folds to ``,``) stands between the words on
    either side of it, or at the start or end of the text: ``@go-on :`` is ``وتابع: «…»``, not
    ``تابع الابتسام`` ("went on smiling"); ``حسبما @allege .`` closes its sentence (``حسبما زُعم.``, not
    ``حسبما زعم الوزير``). It matches no word. An opening quotation mark (``"``, ``«``, ``“``, and ``”``, which
    right-to-left text also opens with; written ``"«“`` or ``"«“”`` for any of them) is read the same way.
``^``
    the start of the text read (a paragraph, for Q102): no word before. ``^ @they-describe ب- @that-it`` is a
    paragraph that opens with a third-person plural verb, whose subject nothing before it names (``يصفونها بأنها``).

Either order of subject and verb is two patterns (``@crowd ~2 @say`` and
``@say ~1 @crowd``): a grammar, not a list of sentences.

A word matches through its **readings**: the word itself, and the word with a conjunction
prefix (Arabic ``و``, ``ف``), then a particle (``ب``, ``ل``, ``ك``, ``س``; ``لل`` reads ``ال``),
then a pronoun suffix (``ه``, ``ها``, ``هم``, ``نا`` …; a plural verb's ``و`` regains its
``ا``: ``أخبرونا`` reads ``اخبروا``) taken off. The definite article is never taken off,
so a class of indefinite subjects (``مراقبون``) does not match ``المراقبون``. A particle that
attaches to nouns only (the prepositions ``ب``, ``ك``: clitics ``nominal``) never makes a word
read as a member of a **verbal** class (``verbal`` in the lexicon): the name ``كيري`` is not
``ك`` + ``يرى`` ("as he sees"), ``بيقول`` is not a form of ``يقول``.
A word of a **subject** class (``subject`` in the lexicon: nouns that must stand as the subject
of the verb, such as ``المتظاهرون``) is read with its conjunction only, never through a particle:
``قال للمتظاهرين`` ("said to the protesters") does not make the protesters the speakers. A **bare**
class (``bare`` in the lexicon) is read the same way: a verb form that is a passive only without an
object pronoun (``وُصف بأنه`` "was described as"; ``وصفه بأنه`` "he described him as" is active).

Class entries are folded words, or generated forms:

``past/present`` (Arabic)
    a verb's perfect and imperfect third-person forms: ``قال/يقول`` gives قال قالت قالوا
    قالا قالتا يقول تقول يقولون يقولان تقولان يقلن …;
``stem+`` (Arabic active participles used as adverbs of manner, الحال)
    ``قائل+`` gives قائلا قائله قائلين قائلات قائلون (masculine and feminine, singular and plural;
    the tanwin is folded away, ة reads ه);
``stem*`` (French ``-er`` verbs)
    ``estimer*`` gives estime estiment estimait estimaient estimé(e)(s) estimant estimera …;
``a|b|c``
    the forms listed (irregular verbs: ``dit|disent|disait``);
``re:…``
    a word shape, a regular expression a whole folded reading must match (Arabic ``re:م\\w{3,}ون``: the
    nominative plurals of participles, people named by what they do: محامون، مسلحون، مستثمرون).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from brieflint import lazyre
from brieflint.document.language.normalize import Folded, fold, fold_text
from brieflint.records import NamedTuple

_TOKEN = lazyre.compile(r"[^\W\d_]+'?|\d+")
# a sentence end between two words: a full stop, question or exclamation mark (a footnote mark such as
# ``[1]`` may follow it) before a space, or a line break. No pattern matches across one: a subject is
# in its verb's sentence (``… إصابة أربعة أشخاص.[1] وأفاد مراسل`` is not "people reported")
_BREAK = lazyre.compile(r"[.!?؟](?:\[\d+\])*\s|\n")


class Token(NamedTuple):
    text: str
    start: int  # offsets in the folded text
    end: int


class Element(NamedTuple):
    kind: str  # "class" | "word" | "prefix" | "gap" | "punct" | "start"
    value: str
    optional: bool = False
    size: int = 0  # for a gap: the most words it may skip
    negated: bool = False  # "!@class", "!word": one word that is not this one (see the module docstring)


class Pattern(NamedTuple):
    source: str
    elements: tuple[Element, ...]


class Clitics(NamedTuple):
    prefixes: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    nominal: tuple[str, ...] = ()  # particles that attach to nouns only (Arabic ب, ك: كيري is not ك + يرى)


class Reading(NamedTuple):
    """A text folded, cut into words and each word read once: every kind of pattern can be matched on it
    (:meth:`Grammar.find` with a reading runs no second pass over the words)."""

    text: str
    folded: Folded
    tokens: tuple[Token, ...]
    reads: tuple[frozenset[str], ...]


class Match(NamedTuple):
    """A span in the original text (end exclusive), the pattern that matched and the matched text."""

    start: int
    end: int
    pattern: str
    text: str


# ----- class entries ------------------------------------------------------------------


def arabic_verb(past: str, present: str) -> set[str]:
    """The third-person perfect and imperfect forms of an Arabic verb (folded)."""
    past, present = fold_text(past), fold_text(present)
    forms = {past, past + "ت", past + "وا", past + "ا", past + "تا", past + "ن"}
    if len(past) >= 3 and past[-1] in "اي":  # a weak last letter (دعا، روى) drops before ت and وا: دعت، رووا
        forms |= {past[:-1] + "ت", past[:-1] + "وا", past[:-1] + "تا"}
    if present.startswith("ي"):
        stem = present[1:]
        forms |= {present, "ت" + stem, present + "ون", present + "ان", "ت" + stem + "ان", present + "ن"}
        forms |= {"ت" + stem + "ون"}
        if len(stem) >= 3 and stem[-1] in "وي":  # and before ون: يدعون، يروون
            forms |= {present[:-1] + "ون", "ت" + stem[:-1] + "ون"}
    else:
        forms.add(present)
    return forms


_PARTICIPLE_ENDINGS = ("ا", "ه", "ين", "ات", "ون")


def arabic_participle(stem: str) -> set[str]:
    """The forms of an Arabic active participle (folded): ``مضيف`` gives مضيفا مضيفه مضيفين مضيفات مضيفون."""
    stem = fold_text(stem)
    return {stem + e for e in _PARTICIPLE_ENDINGS}


_ER_ENDINGS = ("e", "es", "ent", "ait", "aient", "é", "ée", "és", "ées", "ant", "era", "eront", "erait", "eraient")


def french_er(infinitive: str) -> set[str]:
    """The third-person forms and participles of a regular French ``-er`` verb (folded)."""
    stem = fold_text(infinitive)[:-2]
    forms = {stem + e for e in _ER_ENDINGS}
    if stem.endswith("g"):  # juger → jugeait, jugeant
        forms |= {stem + "eait", stem + "eaient", stem + "eant"}
    if stem.endswith("c"):  # annoncer → annonçait
        soft = stem[:-1] + "ç"
        forms |= {soft + "ait", soft + "aient", soft + "ant"}
    return forms


def expand(entry: str) -> set[str]:
    """The folded forms one class entry stands for."""
    entry = entry.strip()
    if "/" in entry:
        past, _, present = entry.partition("/")
        return arabic_verb(past, present)
    if entry.endswith("*"):
        return french_er(entry[:-1])
    if entry.endswith("+") and len(entry) > 1:
        return arabic_participle(entry[:-1])
    return {fold_text(form) for form in entry.split("|") if form}


# ----- patterns -----------------------------------------------------------------------

_GAP = lazyre.compile(r"~(\d+)$")
_PUNCT = frozenset(':,."«“”')  # and ”, which right-to-left text also opens with (”…“, quotes.py)


def compile_pattern(source: str, classes: Mapping[str, frozenset[str]]) -> Pattern:
    """Parse one pattern; an unknown class is a ``ValueError`` (a broken data file)."""
    elements: list[Element] = []
    for raw in source.split():
        gap = _GAP.match(raw)
        if gap:
            elements.append(Element("gap", "", size=int(gap.group(1))))
            continue
        if set(raw) <= _PUNCT:
            elements.append(Element("punct", raw))
            continue
        if raw == "^":
            elements.append(Element("start", ""))
            continue
        optional = raw.endswith("?") and len(raw) > 1
        body = raw[:-1] if optional else raw
        negated = body.startswith("!") and len(body) > 1
        body = body[1:] if negated else body
        if body.startswith("@"):
            if body[1:] not in classes:
                raise ValueError(f"pattern {source!r}: unknown class {body!r}")
            elements.append(Element("class", body[1:], optional, negated=negated))
        elif body.endswith("-") and len(body) > 1 and not negated:
            elements.append(Element("prefix", fold_text(body[:-1])))
        else:
            elements.append(Element("word", fold_text(body), optional, negated=negated))
    if not elements or all(e.kind in ("gap", "punct", "start") or e.optional for e in elements):
        raise ValueError(f"pattern {source!r} matches nothing in particular")
    return Pattern(source, tuple(elements))


def readings(word: str, clitics: Clitics) -> frozenset[str]:
    """The word and what it reads as with its clitics taken off (see the module docstring)."""
    if not (clitics.prefixes or clitics.particles or clitics.suffixes):
        return frozenset((word,))
    bases = [word]
    for p in clitics.prefixes:
        if word.startswith(p) and len(word) - len(p) >= 2:
            bases.append(word[len(p) :])
    more = []
    for b in bases:
        for q in clitics.particles:
            if b.startswith(q) and len(b) - len(q) >= 2:
                more.append(b[len(q) :])
        if b.startswith("لل") and len(b) > 3:
            more.append("ال" + b[2:])
    bases += more
    out = set(bases)
    for b in bases:
        for s in clitics.suffixes:
            if b.endswith(s) and len(b) - len(s) >= 2:
                stem = b[: -len(s)]
                out.add(stem)
                if stem.endswith("و"):
                    out.add(stem + "ا")
    return frozenset(out)


class Grammar:
    """A language's word classes and patterns, ready to match folded sentences.

    Built once per language and run (see :func:`brieflint.document.language.lexicon`);
    read-only after construction.
    """

    __slots__ = ("classes", "clitics", "patterns", "regexes", "_index", "_verbal", "_plain", "_subject", "_shapes")

    def __init__(
        self,
        classes: Mapping[str, Iterable[str]],
        clitics: Clitics,
        patterns: Mapping[str, Sequence[str]],
        regexes: Mapping[str, Sequence[str]] | None = None,
        verbal: Iterable[str] = (),
        subject: Iterable[str] = (),
    ) -> None:
        self.classes: dict[str, frozenset[str]] = {
            name: frozenset(f for entry in entries if not _shape(entry) for f in expand(entry))
            for name, entries in classes.items()
        }
        # word shapes (``re:`` entries): a reading that matches one is in its class
        self._shapes: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
            ("@" + name, lazyre.compile(entry.strip()[3:]))
            for name, entries in classes.items()
            for entry in entries
            if _shape(entry)
        )
        self.clitics = clitics
        # word -> the "@class" tags of the classes it is in, so a word's classes are one lookup per reading
        index: dict[str, set[str]] = {}
        for name, members in self.classes.items():
            for word in members:
                index.setdefault(word, set()).add("@" + name)
        self._index = {word: frozenset(tags) for word, tags in index.items()}
        self._verbal = frozenset("@" + name for name in verbal)
        self._subject = frozenset("@" + name for name in subject)
        for key, tags in (("verbal", self._verbal), ("subject", self._subject)):
            unknown = sorted(t[1:] for t in tags if t[1:] not in self.classes)
            if unknown:
                raise ValueError(f"{key}: unknown class {unknown[0]!r}")
        # the clitics without the nominal particles: a verbal class is read through these only
        self._plain = clitics._replace(particles=tuple(p for p in clitics.particles if p not in clitics.nominal))
        self.patterns: dict[str, tuple[Pattern, ...]] = {
            kind: tuple(compile_pattern(p, self.classes) for p in sources) for kind, sources in patterns.items()
        }
        self.regexes: dict[str, tuple[re.Pattern[str], ...]] = {
            kind: tuple(lazyre.compile(r) for r in sources) for kind, sources in (regexes or {}).items()
        }

    def read(self, text: str) -> Reading:
        """``text`` folded and its words read, for several :meth:`find` calls on the same text."""
        folded = fold(text)
        tokens = tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded.value))
        known: dict[str, frozenset[str]] = {}
        reads = []
        for t in tokens:
            got = known.get(t.text)
            if got is None:
                got = known[t.text] = self._read(t.text)
            reads.append(got)
        return Reading(text, folded, tokens, tuple(reads))

    def find(self, kind: str, text: str | Reading) -> list[Match]:
        """The matches of the ``kind`` patterns (``"cue"``, ``"vague"``) in ``text``, in order.

        Overlapping matches are merged into one span (``بحسب مصادر`` and ``مصادر مطلعة`` are one
        attribution); the pattern named is the first one's. Spans are offsets in ``text`` as given.
        ``text`` may be a :meth:`read` of it, shared by the kinds matched on it.
        """
        reading = self.read(text) if isinstance(text, str) else text
        text, folded, tokens, reads = reading
        value = folded.value
        found: list[tuple[int, int, str]] = []
        for pattern in self.patterns.get(kind, ()):
            first = pattern.elements[0]
            # most words cannot start a match: test the first element here, without a call
            key = (
                (first.value if first.kind == "word" else "@" + first.value) if first.kind in ("word", "class") else ""
            )
            if first.optional:
                key = ""
            for i in range(len(tokens)):
                if key and key not in reads[i]:
                    continue
                end = self._match(pattern.elements, 0, i, tokens, reads, value)
                if end is not None and end > i and not _BREAK.search(value, tokens[i].end, tokens[end - 1].start):
                    found.append((tokens[i].start, tokens[end - 1].end, pattern.source))
        for rx in self.regexes.get(kind, ()):
            for m in rx.finditer(value):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rx.pattern))
        found.sort(key=lambda f: (f[0], -f[1]))
        merged: list[tuple[int, int, str]] = []
        for a, b, source in found:  # overlapping matches are one attribution
            if merged and a < merged[-1][1]:
                prev = merged[-1]
                merged[-1] = (prev[0], max(prev[1], b), prev[2])
            else:
                merged.append((a, b, source))
        out: list[Match] = []
        for a, b, source in merged:
            start, end = folded.span(a, b)
            out.append(Match(start, end, source, text[start:end]))
        return out

    def _match(
        self,
        elements: Sequence[Element],
        k: int,
        i: int,
        tokens: Sequence[Token],
        reads: Sequence[frozenset[str]],
        value: str,
        prefix: str = "",
    ) -> int | None:
        """The token index after a match of ``elements[k:]`` from token ``i``, or None."""
        if k == len(elements):
            if prefix:
                return i + 1 if i < len(tokens) and _strip(tokens[i].text, prefix) is not None else None
            return i
        e = elements[k]
        if e.kind == "gap":
            for skip in range(e.size + 1):
                if i + skip > len(tokens):
                    break
                got = self._match(elements, k + 1, i + skip, tokens, reads, value)
                if got is not None:
                    return got
            return None
        if e.kind == "prefix":
            return self._match(elements, k + 1, i, tokens, reads, value, prefix + e.value)
        if e.kind == "start":
            return self._match(elements, k + 1, i, tokens, reads, value) if i == 0 and not prefix else None
        if e.kind == "punct":
            if prefix:
                return None
            # the text between the word before and the word after (or the start or end of the text)
            gap = value[tokens[i - 1].end if i > 0 else 0 : tokens[i].start if i < len(tokens) else len(value)]
            return self._match(elements, k + 1, i, tokens, reads, value) if set(gap) & set(e.value) else None
        if i < len(tokens) and self._word(e, tokens[i].text, reads[i], prefix):
            got = self._match(elements, k + 1, i + 1, tokens, reads, value)
            if got is not None:
                return got
        if e.optional and not prefix:
            return self._match(elements, k + 1, i, tokens, reads, value)
        return None

    def _read(self, word: str) -> frozenset[str]:
        """A word's readings and tags; a reading that only a nominal particle gives gets no verbal tag,
        and a subject class's tag comes from the word itself or the word without its conjunction only."""
        tagged = self._read_verbal(word)
        if not self._subject or not tagged & self._subject:
            return tagged
        bare = {word} | {
            word[len(p) :] for p in self.clitics.prefixes if word.startswith(p) and len(word) - len(p) >= 2
        }
        return tagged - (self._subject - self._tagged(frozenset(bare)))

    def _read_verbal(self, word: str) -> frozenset[str]:
        read = readings(word, self.clitics)
        if not self._verbal or not self.clitics.nominal:
            return self._tagged(read)
        plain = readings(word, self._plain)
        extra = read - plain
        tagged = self._tagged(plain)
        return tagged | (self._tagged(extra) - self._verbal) if extra else tagged

    def _tagged(self, read: frozenset[str]) -> frozenset[str]:
        """A word's readings with the ``@class`` tags of the classes they are in."""
        tags = [self._index[r] for r in read if r in self._index]
        if self._shapes:
            tags += [frozenset(t for t, rx in self._shapes if rx.fullmatch(r)) for r in read]
        return read.union(*tags) if tags else read

    def _word(self, e: Element, text: str, read: frozenset[str], prefix: str) -> bool:
        if prefix:
            rest = _strip(text, prefix)
            if rest is None:
                return False
            read = self._tagged(readings(rest, Clitics((), (), self.clitics.suffixes)) | {rest})
        return ((e.value if e.kind == "word" else "@" + e.value) in read) != e.negated


def _shape(entry: str) -> bool:
    """A class entry that is a word shape (``re:…``), not a word."""
    return entry.strip().startswith("re:")


def _strip(word: str, prefix: str) -> str | None:
    """``word`` without ``prefix`` (after a conjunction ``و``/``ف``); ``ل`` before ``ال`` reads ``لل``."""
    for w in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        if not w:
            continue
        if prefix == "ل" and w.startswith("لل") and len(w) > 3:
            return "ال" + w[2:]
        if w.startswith(prefix) and len(w) > len(prefix) + 1:
            return w[len(prefix) :]
    return None
