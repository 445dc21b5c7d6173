"""The plain-text fast path of the block parser gives exactly markdown-it's blocks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from brieflint.document.markdown import Block, _parsed_blocks, _plain_blocks, parse_blocks

# line starts that are (or look like) block markers, and plain ones
_STARTS = [
    "", "", "", "A", "The ", "É", "“", "\"", "(", "$5 ", "2024 ", "1.5 ", "1. ", "1) ", "123456789. ", "1234567890. ",
    "#", "# ", "## ", "###### ", "####### ", "#x", " ", "  ", "   ", "    ", "\t", "- ", "-", "* ", "+ ", "> ", ">",
    "```", "~~~", "<div>", "<!-- ", "[a]: /u", "[a]", "===", "---", "___", "***", "| a |", "|", ":--", ":-|-", "--|--",
    "\xa0", "\u3000", "\x1c", "\x85", "\u2028", "\x0b", "\f", "\0", "\r", "١. ", "\\#",
]  # fmt: skip
_TEXT = st.text(alphabet="ab #|-*:\t\xa0\u3000\x85\u2028\x1c.)1>`<", max_size=12)


@st.composite
def _sources(draw: st.DrawFn) -> str:
    ends = st.sampled_from(["", "", " ", "  ", "\xa0"])
    lines = draw(st.lists(st.tuples(st.sampled_from(_STARTS), _TEXT, ends), max_size=8))
    text = "\n".join(start + body + end for start, body, end in lines)
    return text + draw(st.sampled_from(["", "\n", "\n\n", "\n  "]))


@settings(max_examples=3000, deadline=None)
@given(_sources())
def test_fast_path_equals_markdown_it(source: str) -> None:
    plain = _plain_blocks(source)
    if plain is not None:
        assert plain == _parsed_blocks(source)
    assert parse_blocks(source) == _parsed_blocks(source)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.from_regex(r"[A-Za-z“\"(][a-z ,.’'0-9]{0,60}( [a-z]+)*", fullmatch=True).map(lambda s: [s]),
            st.lists(st.from_regex(r"[A-Z][a-z ,.]{0,40}", fullmatch=True), min_size=1, max_size=4),
            st.from_regex(r"#{1,3} [A-Z][a-z ]{0,20}[a-z]", fullmatch=True).map(lambda s: [s]),
        ),
        max_size=6,
    )
)
def test_prose_takes_the_fast_path(chunks: list[list[str]]) -> None:
    """Paragraphs and headings are read without markdown-it, and the same as markdown-it reads them."""
    source = "\n\n".join("\n".join(lines) for lines in chunks)
    plain = _plain_blocks(source)
    assert plain is not None
    assert plain == _parsed_blocks(source)


def test_markers_take_the_parser() -> None:
    for source in [
        "Para\n- item",
        "Para\n1. item",
        "Para\n===",
        "> quote",
        "    code",
        "Para\n```\ncode\n```",
        "[a]: https://example.org",
        "a | b\n--|--\n1 | 2",
        "## C# in use",
        "Para\n<div>",
        "Ends with a no-break space\xa0",
    ]:
        assert _plain_blocks(source) is None, source


def test_examples_and_headings() -> None:
    source = "Intro line\nsecond line  \n## Background\nText right after.\n\n###### Six #\n\n#\n\nLast"
    assert _plain_blocks(source) is None  # '#' inside a heading's text: the parser decides
    source = "Intro line\nsecond line  \n## Background\nText right after.\n\n#\n\nLast\n"
    assert parse_blocks(source) == [
        Block("paragraph", 0, 2, "Intro line\nsecond line"),
        Block("heading", 2, 3, "Background", 2),
        Block("paragraph", 3, 4, "Text right after."),
        Block("heading", 5, 6, "", 1),
        Block("paragraph", 7, 8, "Last"),
    ]
    assert parse_blocks(source) == _parsed_blocks(source)


def test_shipped_examples_read_the_same() -> None:
    root = Path(__file__).resolve().parent.parent
    bodies = [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for p in sorted(root.glob("examples/*.md"))]
    assert bodies
    for body in bodies:
        assert parse_blocks(body) == _parsed_blocks(body)
