"""Quote, attribution and source rules (``Q``).

Quotes are found per paragraph of prose (:mod:`brieflint.document.prose`, so Markdown,
code spans, URLs and link targets are already gone): straight and curly double
quotes, single quotes used as quotation marks (told apart from apostrophes by
the characters on each side), and Markdown block quotes. A quote needs an
attribution in its own sentence (or sentences, when it spans several) or the
one before: a citation, or an attribution cue (said, told, according to, as …
put it) with a speaker, which is a name, a specific office or role, or a
pronoun whose antecedent is one of those. Text inside quotes never counts.
See ``docs/quotes.md`` for the details and the measurements.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from brieflint.checks.quotes.anaphora import taken_up
from brieflint.checks.quotes.attribution import WINDOW, unattributed
from brieflint.checks.quotes.balance import unbalanced_quotes
from brieflint.checks.quotes.common import FRONT, OPT_CUES, OPT_MIN_WORDS, OPT_VAGUE, configured_lexicon, span
from brieflint.checks.quotes.conjecture import conjecture
from brieflint.checks.quotes.cues import CLAUSE_BREAK, PASSIVE_ONLY, VAGUE
from brieflint.checks.quotes.in_text import cited_in_text
from brieflint.checks.quotes.interviewees import interviewed_heads, interviewee
from brieflint.checks.quotes.marks import is_title, names_in_place
from brieflint.checks.quotes.multilingual import LANGUAGES, multilingual_unattributed, multilingual_vague
from brieflint.checks.quotes.paragraphs import ParaInfo, para_infos, sentence_of, sourced_nearby
from brieflint.checks.quotes.roundup import hedge_sourced, members_follow, members_named, reported_by_named
from brieflint.checks.quotes.sources import duplicate_source_id, unknown_claim_source, unknown_source, unused_source
from brieflint.checks.quotes.vague import HEARSAY, vague_spans
from brieflint.document import prose as text
from brieflint.document.brief import Document
from brieflint.document.language import language_of
from brieflint.lazyre import lazy
from brieflint.model import Context, Problem, Rule, rule


@rule(
    "Q101",
    "unattributed-quote",
    "error",
    options=[OPT_MIN_WORDS, OPT_CUES],
    languages=LANGUAGES,
    bad=FRONT
    + """
The reform moves distribution to twelve regional companies [@minister-speech].
The plan was described as "a turning point for the whole region and its people."
""",
    good=FRONT
    + """
The reform moves distribution to twelve regional companies. The minister told
deputies that "the old model cannot finance the pipes" [@minister-speech].
"Every delay makes the reform more painful," he added.
""",
)
def unattributed_quote(doc: Document, ctx: Context) -> Iterator[Problem]:
    """A direct quote has no speaker or source anywhere near it.

    What it does
    Finds direct quotes in the body (double quotes, straight or curly; single
    quotes used as quotation marks; Markdown block quotes) of more than
    `min-words` words, and reads the quote's sentence and the one before for
    who said it: a speaker with an attribution cue (`X said`, `said X`,
    `according to X`, `as X put it`), a speaker or a document as the subject
    that introduces it (`The envoy put it bluntly: "…"`, `Her answer was
    short: "…"`, `The directive defines them as "…"`), a speaker opening the
    sentence before, a pronoun whose antecedent is a person, a citation
    (`[@id]` or a link), or the sentence right after a quote that ends its
    own sentence (`That was how X put it.`). A line that is only a byline
    (`By Kazu Haga`; not `By 2030`, `By contrast`) credits the quotations
    that directly follow it, up to a heading or the author's own words
    (pull quotes or excerpts set under the author's name). A known place (a country or a
    province: `Baghdad hosted the summit.`) or a date is no speaker; a cue in
    another clause ('"…," and several governors said they …') speaks of
    something else; a quote alone in its paragraph does not borrow the
    previous paragraph's speaker. One anonymous but specific person speaks
    (`"…," said a source close to the talks`). Titles, terms, scare quotes
    (`min-words` words or fewer), a quotation named again and one a noun
    names as what it is (`The question asked of this panel is, "…"`, `A
    tenet of the movement is that "…"`) are not quotes to attribute.

    Severity policy: Q101 is an error, so it reports only the certain case, a
    quote with no attribution anywhere near it: no speaker or cue in its
    sentence or the one before, no pronoun with a person as antecedent, no
    citation, or only an agentless passive ("was described as"). Doubtful
    cases are not reported: a quote attributed only vaguely ("critics argue
    that") is Q102's warning; a lone quote after a paragraph that names a
    speaker, a capitalised word that may be a person opening the sentence
    before, or a quote in a paragraph that follows one ending by naming a
    document ("… issued an urgent notice.", then 'The sites include those
    "…"'), is left to the editor. A safety net makes sure of it: when the
    quote's sentence, the one before, or the one after a quote that ends
    its sentence (for a quote ending its paragraph, the next paragraph's
    first) holds anything the reader could not rule out as the speaker - a
    capitalised word that is no sentence opener, known place, month or day;
    a personal pronoun ("they" only after a possible person); a speech or
    cue verb in any form; a colon introducing the quote - the case is
    doubtful and not reported (for an agentless passive, its own sentence
    only). It stays reported when nothing at all could be a speaker
    ('The plan was described as "…"'). Nor is a quote reported in a
    paragraph whose marks do not pair (a double mark opening while another
    is open): which words are quoted is unknown, and Q107 reports the mark.
    A published, edited brief should never fail the gate on this rule.

    Why is this bad?
    A quote without a speaker cannot be checked, weighed or answered; an
    editor's first question about any quote is who said it.

    Example
    The plan was described as "a turning point for the whole region."

    Use instead: The foreign minister described the plan as "a turning point
    for the whole region" [@speech].
    """
    if language_of(doc) != "en":  # another language: its profile's marks and grammar (issue 22)
        yield from multilingual_unattributed(doc, ctx)
        return
    lex = configured_lexicon(ctx)
    for f in unattributed(doc, lex, int(ctx.options.get("min-words", 3))):
        if f.verdict == VAGUE:
            continue  # attributed, if only vaguely: Q102's warning, not a certain error
        line, col, end_line, end_col = span(f.para, f.start, f.end)
        what = "block quote" if f.block else "quote"
        if f.verdict == PASSIVE_ONLY:
            why = 'it is attributed in the passive with no speaker ("was described as")'
        else:
            why = "it has no speaker or source in this sentence or the one before"
        if f.block:
            where = "add an attribution line (— Name, role) or a citation [@id]"
            why = "it has no attribution line, citation or introducing speaker"
            if f.para.markup.value:
                # point at the '>' marker when the line has one
                ln, c0 = f.para.prose.locate(0)
                raw = doc.line_text(ln)
                gt = raw.rfind(">", 0, c0 - 1)
                if gt != -1:
                    col = gt + 1
        else:
            where = 'name who said it with a cue ("…," the minister said) or cite it ([@id])'
        yield Problem(
            line,
            col,
            f"{what} of {f.words} words: {why}; {where}",
            end_line=end_line,
            end_column=end_col,
            data={"words": f.words},
        )


@rule(
    "Q102",
    "vague-attribution",
    "warning",
    options=[OPT_VAGUE],
    languages=LANGUAGES,
    bad=FRONT + "\nObservers say the government has little room left to maneuver.\n",
    good=FRONT + "\nThe finance minister said the government has little room left to maneuver [@minister-speech].\n",
)
def vague_attribution(doc: Document, ctx: Context) -> Iterator[Problem]:
    """An attribution to unnamed people: "observers say", "some officials believe", "it is said".

    What it does
    Flags vague attributions in the body, the summary and the headings. It
    reads constructions, not a list of phrases:
    - a plural subject that names nobody (critics, observers, analysts,
      some, many, others, people familiar with the talks, a number of
      officials, authorities, those who oppose the plan; a bare group with no determiner or number: "Regional
      officials warn", "rights advocates warn", "Netizens suspect") with a
      verb of speech, belief, blame or naming (say, claim, believe, fear,
      blame, suspect, call, brand, condemn, interpret, refer to … as,
      reported that, sound the alarm, point to, counter that, liken, and the rest of their VerbNet
      classes, a member that is also a noun only in the construction that makes it a verb: "Many
      scholars state that", "Experts declare the reform a failure", "Detractors dismiss it as", not
      "Many state legislators"; "most" alone: "Most feel", not "the most feared"; a bare group's
      "officials stated" is left as the register of interviews; and,
      for a crowd of research only, found or discovered that:
      "researchers have found that", not "many tenants found that", "The
      researchers found that" or one whose study or team the sentence or
      the one before names), however many auxiliaries, adverbs, a
      prepositional scope, a relative or participle clause that names nobody
      ("People opposing the ordinance said"; not "including …") or an aside
      between commas or dashes stand between ("Officials in the region have
      long argued", "Officials who spoke on condition of anonymity said",
      "Critics, however, argue", "groups — and some scientists — warn";
      not "Officials, the mayor said, fear"), each camp of a debate too
      ("Supporters call the reform overdue; opponents call it
      privatization": which supporters, which opponents?);
    - a bare plural that no list names, read back from its verb, whose
      class decides: with a verb only people do (believe, doubt,
      understand, call, condemn …) any plural is a crowd ("Rivals call it
      a giveaway"), with one documents share (say, suggest, warn …) only a
      noun of people by its form ("Shopkeepers have been complaining",
      "Pharmacists and nurses say", "Former employees told the press
      that") or of organisations or people in roles ("Concrete companies
      say", "News outlets tell us that", "Landlords warn"; not "Records
      suggest", a body's or a party's people, a scope that names a body,
      "Companies at the Port of Houston say", or a participle: "books
      deemed obscene");
    - the same verbs closing a clause with the group after them ("…, say
      civil society groups", '"…," said senior diplomats', "…, say
      residents who live near the plant");
    - a passive whose agent is an anonymous group, however modified ("condemned by human rights groups", "slammed by
      rights groups as a sham"), or that has no agent: opinion and blame after an auxiliary or opening its clause ("has
      been accused of", "is widely seen as", "Once hailed for …", "is said to be", "are speculated to have", "is
      believed to control"; not the author's judgement: "can be said to be", "might be considered"); when the sentence
      before opens with a named actor, that actor is taken as the agent; praise and blame with a reason or closing the
      clause ("has been widely criticized.", "was decried as a giveaway"), also with no auxiliary after its noun ("a
      bill derided as a vehicle for …", "a plan widely criticized for its cost"; not "the bill that critics derided
      as"), a passive of describing or naming ("has been described as", "was branded a failure", "are characterized as",
      "has been called a failure"; not "as follows", "has been called for"), a judgement with "considered" ("is
      generally considered an area of research"; not "will be considered next week", "is considered complete when",
      "still considered taxpayer information"), credit ("is credited with") and interpretation ("was interpreted as a
      snub"; not "as requiring"), a label from nobody ("Often referred to as …"; not "is often referred to as", a term's
      usage), and a passive of judging, crediting, linking or forecasting right after an adverb of generality ("has
      often been attributed to", "is generally defined as", "is widely expected to", "commonly contrasted with"; not "is
      commonly known as", "traditionally", nor a plain "is expected to open in May"); censure received from nobody ("has
      come under fire for", "drew sharp criticism", "sparked a backlash"; not "drew criticism from the mayor");
    - an opinion and the anonymous people it comes from ("criticism from
      some residents", "doubts among analysts", "in some quarters"), and a
      view they hold as a noun phrase ("The consensus among economists is
      that", "Analysts' view is that"; not "the analysts' view");
    - existential and impersonal forms (there is a widespread sense that, there are indications that, it is widely
      believed, One rumor is that, The perception that …, The consensus is that, A consensus quickly formed that, The
      prevailing view is that, there has been criticism of, It has been mentioned that, It is estimated that, there have
      been concerns raised, there is evidence that, Word is that, By some accounts, To many readers, …), a voiced claim
      with its clause and no owner ("the contention that", "Warnings that chatbots produce …"; not "the senator's claims
      that", "claims that were filed"), a belief credited by how common it is ("the widely held view that"), opinions
      that arise or grow by themselves ("questions have arisen", "Concern is growing that", "Criticism of the war
      intensifies"; not "claims rose by a third", "Calls grow to create"), a question raised by a crowd ("some have
      asked whether"), research that nobody did ("Recent studies show", "Polls have found", "Experiments have shown",
      "years of research showing", "Evidence suggests", "Science says"), and hearsay: "reportedly" (before a verb of
      saying too: "the king reportedly declared that"), "amid reports of", "according to local media", "according to
      independent sources", and the press as a speaker ("the press speculated", "the media reported that").
    Words inside quotes and block quotes are not checked. A citation (``[@id]``, an author and year in parentheses:
    "(Head, 2009)", a note call: "[1-6]", or a named source: "according to the World Bank", ", reported El País")
    covers only its own clause; a group whose people are named ("critics, including Senator X,";
    "refugees like TPS holders" names a kind, not a member),
    counted ("two diplomats"), definite ("the officials") or a named body's
    ("Treasury officials", "IMF experts"; a place's name says only where a crowd is: "Texas
    residents"; a modifier opening the sentence is no name: "Senior
    officials", "Frustrated residents") is not vague, nor one that shares
    its verb with a person named in full ("Senator Maria Lopez and farm
    groups said"), nor a crowd whose view the same or the next sentence
    reports as a survey's or a study's finding ("…, a new survey shows"; "A
    survey found that most Americans believe"), nor a crowd's ignorance ("most
    do not understand that"), nor a view whose holders the next sentence
    names ("That was the judgement of …"),
    nor a body's own people in what it sets out ("SPICe set out what
    researchers thought"), nor a group whose members a roundup gives right
    after it (its sentence ends with a colon before a block quote; the next
    one opens with an example, "For example, blogger X pointed out", names
    members through the group's pronoun, "They include the mayor, Ana Ruiz",
    or names who speaks in the block quote it introduces, "At her blog, X
    writes:"), nor an accusation's hedge ("allegedly", "are accused of")
    after a named source in its paragraph or the one before ("According to
    Agência Estado, …", ", EFE reported."), nor a heading whose section opens
    with a citation, nor a group the text has named, taken up again
    ("SEC officials told us … . Officials also said", "some of them said"),
    or placed in a counted scope ("officials in five states"), nor the
    author's own interviewees, anywhere in the text ("Officials told us
    that", "Several stakeholders said" where stakeholders "told us" or "we
    interviewed" them), nor a named body's people by their scope
    ("researchers at UNR estimate"; "officials from Ohio" stays vague) or a
    reporter's sources ("Meduza's sources agree"), nor deliberation with no
    object ("the bill lawmakers are debating"), nor a jurisdiction applying
    a rule ("States have interpreted the exemption differently"), nor a
    noun after "some" or "many" that a singular verb agrees with ("some
    notice is being paid"; "Some notice that" stays vague), nor the
    author's conjecture of what a group may do to a thing ("states may
    continue to interpret this guidance differently"; "some might say" stays
    vague); nor is a hearsay adverb in a relative clause whose
    sentence has a speaker ("regulators blocked sites that allegedly …"). An
    agentless passive that introduces a quote is Q101's finding, not a
    second one. The `vague` option adds phrases or regular expressions.

    Severity policy: a warning. Whether an unnamed source is acceptable is an
    editor's call; the rule points at the phrase and never fails the gate.

    Why is this bad?
    An unnamed crowd lends an opinion weight it has not earned and cannot be
    checked; name the people, cite them, or state the view as the author's.

    Example
    Observers say the government has little room left to maneuver.

    Use instead: The IMF's 2025 review [@imf-2025] found the government has
    little fiscal room left.
    """
    if language_of(doc) != "en":  # another language: its profile's grammar (issue 22)
        yield from multilingual_vague(doc, ctx)
        return
    lex = configured_lexicon(ctx)
    infos = para_infos(doc, ("summary", "heading", "body"))
    # one pass over the whole document (NUL between paragraphs: no pattern crosses it)
    starts = []
    at = 0
    for info in infos:
        starts.append(at)
        at += len(info.masked) + 1
    joined = "\x00".join(info.masked for info in infos)
    reported: list[tuple[int, int]] = []  # the vague phrases reported so far (a later mention may take one up)
    interviewed: frozenset[str] | None = None  # the author's interviewees, read at the first vague phrase
    for js, je in vague_spans(joined, lex.vague_extra):
        n = bisect_right(starts, js) - 1
        info = infos[n]
        hs, he = js - starts[n], je - starts[n]
        if he > len(info.masked):
            continue
        p = info.para
        if p.kind == "blockquote":
            continue  # a block quote is someone else's words, not the author's attribution
        m = info.masked
        lo, hi = _clause(info, hs, he)
        c = bisect_left(info.cite_pos, lo)
        cited = c < len(info.cite_pos) and info.cite_pos[c] <= hi
        if (cited and _cites(info, hs, he, lo, hi)) or cited_in_text(m, lo, hi):
            continue  # a citation in the same clause names the source: "[@id]", or one in the text (in_text.py)
        if (m[hs:he].lower() in HEARSAY or _HEARSAY_DOCUMENTS.fullmatch(m, hs, he)) and cited:
            continue  # "has reportedly produced … [each other](…)", "According to reports …, … [closed](…)":
            # hearsay's source is the clause's link
        if members_named(m, hs, he, hi) or members_follow(infos, n, hs) or hedge_sourced(infos, n, hs, he):
            continue  # members named in the clause or given right after it; a hedge on a named report
        if reported_by_named(info, hs) or sourced_nearby(infos, n, hs):
            continue  # "the Committee tweeted that …"; a source given next to it (a heading's section, a note)
        if reported and js - reported[-1][1] in (0, 1) and joined[js - 1] == " " and joined.startswith("by ", js):
            continue  # the agent right after the passive reported before it, one attribution: "widely seen | by many"
        if taken_up(joined, js, je, reported):
            continue  # a group the text named before ("SEC officials … . Officials also said"), a counted scope
        if conjecture(joined, js, je):
            continue  # "states may continue to interpret this guidance differently": the author's conjecture
        if interviewed is None:
            interviewed = interviewed_heads(joined)
        if interviewee(joined, js, je, interviewed):
            continue  # "Several stakeholders said" in a report whose stakeholders "told us": the author's sources
        reported.append((js, je))
        phrase = " ".join(m[hs:he].split())
        line, col, end_line, end_col = span(p, hs, he)
        yield Problem(
            line,
            col,
            f'vague attribution "{phrase}": say who (name them, or cite the source with [@id]) '
            "or state the point as your own",
            end_line=end_line,
            end_column=end_col,
        )


# hearsay that credits documents, which a link can be ("according to reports", "according to local media")
_HEARSAY_DOCUMENTS = lazy(r"according\s+to\s+(?:[\w'’\-]+\s+)?(?:reports?|media|press|news|accounts?)", re.I)


LINK_REACH = 40  # a link names the source of a vague phrase when its text is this near it


def _cites(info: ParaInfo, start: int, end: int, lo: int, hi: int) -> bool:
    """A citation in the clause ``lo:hi`` sources the phrase at ``start:end``: a ``[@id]`` anywhere in
    the clause, or links in a parenthetical aside; a link in the running text only when its text is at
    or next to the phrase ("Other [observers](…) caution"), since a link on other words ("… and
    [missile defenses](…)") sources those words."""
    p = info.para
    for c in p.citations:
        at = p.prose_offset(c.start)
        if not lo <= at <= hi:
            continue
        if c.kind == "key" or _in_parentheses(info.masked, at, lo):
            return True  # a citation, or links given as references in an aside ("(e.g., [S. 1272](…))")
        if p.prose_offset(c.end) >= start - LINK_REACH and at <= end + LINK_REACH:
            return True
    return False


def _in_parentheses(m: str, at: int, lo: int) -> bool:
    """Offset ``at`` is inside a parenthesis opened after ``lo`` and not closed before it."""
    opened = m.rfind("(", lo, at)
    return opened != -1 and m.find(")", opened, at) == -1


def _clause(info: ParaInfo, start: int, end: int) -> tuple[int, int]:
    """The clause of ``info``'s prose around ``start:end`` (within its sentence and the window): a
    citation elsewhere in the sentence ("…, but the ministry disputes this [@x]") covers only its own."""
    m = info.masked
    if info.sents:
        s = info.sents[sentence_of(info.sents, start)]
        lo, hi = max(s.start, start - WINDOW), min(max(s.end, end), end + WINDOW)
    else:
        lo, hi = max(0, start - WINDOW), min(len(m), end + WINDOW)
    for b in CLAUSE_BREAK.finditer(m, lo, start):
        lo = b.end()
    nxt = CLAUSE_BREAK.search(m, end, hi)
    return lo, (nxt.start() if nxt else hi)


def _norm(s: str) -> str:
    """Lower case, words only: an apostrophe inside a word stays ("don't", "Putin's"); a single
    quotation mark at a word's edge does not ('the phrase ‘sources close to the Kremlin’' inside a
    quote shows the words "sources close to the kremlin")."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(_EDGE_APOSTROPHE.sub(" ", re.sub(r"[^\w'\s]", " ", s.lower())).split())


_EDGE_APOSTROPHE = lazy(r"(?<![\w'])'+|'+(?![\w'])")


@rule(
    "Q108",
    "summary-quote-not-in-body",
    "warning",
    options=[OPT_MIN_WORDS],
    bad=FRONT.replace(
        "but only if tariffs protect poor households.",
        'but "the poor will pay the bill for decades," critics warn.',
    )
    + "\nThe minister said tariffs will rise [@minister-speech].\n",
    good=FRONT.replace(
        "but only if tariffs protect poor households.",
        'but "the old model cannot finance the pipes."',
    )
    + '\nThe minister said that "the old model cannot finance the pipes" [@minister-speech].\n',
)
def summary_quote_not_in_body(doc: Document, ctx: Context) -> Iterator[Problem]:
    """The summary (or the title, or a heading) quotes words the body never shows.

    What it does
    For each quote of more than `min-words` words in the summary, the title
    or a heading, looks for the quoted words in the body (case, punctuation
    and quote style aside; an ellipsis may skip words). Reports the quote when the
    body does not contain them; not a title, a slogan set as a whole heading or
    a name the words before it give ("a conference 'Where to from here?'").

    Why is this bad?
    The deck promises what the piece delivers: a quote in the summary that
    the body never shows (with its speaker and source) is unattributed and
    unverifiable where readers meet it first.

    Example
    summary: … but "the poor will pay the bill," critics warn. (not in the body)

    Use instead: quote it in the body with its speaker and source, or paraphrase it in the summary.
    """
    min_words = int(ctx.options.get("min-words", 3))
    body = ""
    for info in para_infos(doc, ("title", "summary", "heading")):
        p = info.para
        prose = p.prose.value
        for q in info.marks.quotes:
            inner = q.inner(prose)
            nwords = len(text.words(inner))
            if nwords <= min_words or is_title(inner) or names_in_place(prose, q):
                continue  # a title, a slogan set as a heading, a conference's name
            if not body:
                body = " " + " ".join(_norm(b.prose.value) for b in text.paragraphs(doc, ("body",))) + " "
            parts = [_norm(x) for x in re.split(r"\.\.\.|…|\[[^\]]*\]", inner)]
            if all((" " + x + " ") in body for x in parts if x):
                continue
            line, col, end_line, end_col = span(p, q.start, q.end)
            where = {"summary": "summary", "title": "title", "heading": "heading"}[p.scope]
            yield Problem(
                line,
                col,
                f"the {where} quotes {nwords} words that the body never shows; quote them in the body "
                "with their speaker and source, or paraphrase here",
                end_line=end_line,
                end_column=end_col,
            )


RULES: tuple[Rule, ...] = (
    unattributed_quote,
    vague_attribution,
    unknown_source,
    unused_source,
    unknown_claim_source,
    duplicate_source_id,
    unbalanced_quotes,
    summary_quote_not_in_body,
)


def analyse(doc: Document, options: dict[str, Any] | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Q101 and Q102 results for one document, as (line, column, message), for the evaluation script."""
    options = options or {}
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in (unattributed_quote, vague_attribution):
        ctx = Context(options={**r.defaults(), **{k: v for k, v in options.items() if k in r.defaults()}})
        out[r.code] = [(p.line, p.column, p.message) for p in r.check(doc, ctx)]
    return out
