"""Q102: a citation written in the text, in the author-date form of academic and institutional prose (issue 19).

"… is seen as underpinning modern evidence-based policy (Head, 2009)", "(Smith et al., 2019)", "(Wiley 2006;
Wiley and Hilton 2009)", "(OECD, 2020, p. 4)": the parenthesis names the source of its clause as ``[@id]`` does,
so a vague phrase in the clause is sourced. Not a date ("(June 2000)", "(Published May 2013)"), nor a law's,
plan's or event's name with its year ("(Climate Change Act 2008)", "(FY 2020)").

A numbered note call, as research and encyclopaedias print them ("… is strongly associated with NCDs [1-6]", "[43]",
"[45] [46]"), points to a listed source the same way.

A named source in the words of the clause does the same: "according to" a name ("…, according to an investigation
by journalist Catalina Ruiz-Navarro", "according to the World Bank"; not a place after a preposition, "according
to sources in Baghdad"), a record with its definite article ("according to the itinerary"), or a name that
reports the clause, closing it
("…, reported Spanish newspaper El País."); not "according to critics" or "according to reports", which name no one.
"""

from __future__ import annotations

from brieflint.lazyre import lazy

_NOT_AUTHORS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|Published|Updated|"
    "Accessed|Revised|Released|Issued|Dated|Since|From|Until|Before|After|In|As|Circa|Est"
)
_TITLES = (
    "Act|Acts|Year|FY|Plan|Strategy|Agreement|Convention|Budget|Vision|Agenda|Rule|Law|Bill|Directive|Regulation|"
    "Order|Protocol|Treaty|Accord|Accords|Summit|Cup|Olympics|Games|Election|Elections|Census|Framework|Goals"
)
# an author (up to five capitalised words, "et al.", more authors after commas, the last after "and" or "&": "(Li,
# Polat, Scalzo, & Bavelier, 2010)"), a comma or not, a year
# with its letter, then anything up to the closing parenthesis (pages, more citations after ";"; at most 120 characters)
AUTHOR_DATE = lazy(
    rf"\((?:(?:see|e\.g\.|cf\.)\s*,?\s+)?(?!(?:{_NOT_AUTHORS})\b)(?:[A-Z][\w'’&.\-]*\s+){{0,4}}?"
    rf"(?!(?:{_TITLES})\b)[A-Z][\w'’.\-]*(?:\s+et\s+al\.?)?(?:,\s+[A-Z][\w'’\-]+){{0,5}}(?:,?\s+(?:and|&)\s+[A-Z][\w'’\-]+)?,?\s+"
    r"(?:1[89]|20)\d{2}[a-z]?\b[^()]{0,120}\)"
)


# "according to" and up to five lower-case words (an article, "an investigation by journalist"), then a capital
_ACCORDING_TO_NAME = lazy(
    r"\b(?i:according)\s+to\s+(?:[a-z][\w'’\-]*\s+){0,5}?"
    # not a place after a preposition ("according to sources in Baghdad", "residents of Gaza")
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bto\s)(?<!\bon\s)(?<!\bfrom\s)(?<!\bnear\s)(?<!\bacross\s)"
    r"(?<!\bwithin\s)(?<!\baround\s)(?<!\bamong\s)(?<!\bwith\s)(?<!\bfor\s)[A-Z]|"
    # or a record the text has in view, definite ("According to the itinerary originally proposed for the process,
    # it was estimated that"; "according to the report"); "according to reports" or "to a report" names none
    r"\b(?i:according)\s+to\s+(?:the|its|their|his|her)\s+(?:[a-z][\w'’\-]*\s+){0,2}?"
    r"(?:itinerary|schedule|timetable|plan|report|study|survey|census|statement|constitution|decree|agreement|"
    r"indictment|complaint|filing|ruling|judg(?:e)?ment|verdict|minutes|transcript|records?|documents?|data|figures)\b|"
    # a verb of reporting after a comma, then up to three lower-case words and a name, at the clause's end
    r",\s*(?:reported|reports|said|says|wrote|writes|told)\s+(?:[a-z][\w'’\-]*\s+){0,3}?[A-Z][^,;:()]*$|"
    # or "as" a named reporter reported, closing it (", as correspondent Taurai Shava reported.")
    r",\s*as\s+(?:[a-z][\w'’\-]*\s+){0,3}?[A-Z][^,;:()]*?\s(?:reported|reports|said|says|wrote|writes|noted)$"
)
# a numbered note call: one number, a range or a list in square brackets ("[1]", "[1-6]", "[12, 13]")
NOTE_CALL = lazy(r"\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]")
_REACH = 200  # the longest citation read: it opens in the clause and may close after it (at its ";")


def cited_in_text(m: str, lo: int, hi: int) -> bool:
    """An author-date citation opens in the clause ``lo:hi`` of ``m``, or a named source is given in it."""
    hit = AUTHOR_DATE.search(m, lo, min(len(m), hi + _REACH))
    if hit is not None and hit.start() < hi:
        return True
    clause = m[lo:hi]
    return ("[" in clause and NOTE_CALL.search(clause) is not None) or _ACCORDING_TO_NAME.search(
        clause.rstrip(" .!?")
    ) is not None
