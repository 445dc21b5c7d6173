"""Positions are where the text stands in the file as written (property-based)."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brieflint.document.brief import parse
from brieflint.document.positions import LineIndex, Text, TextBuilder

KEY = st.text(alphabet=string.ascii_lowercase + "_-", min_size=1, max_size=12).filter(lambda k: k[0].isalpha())
PLAIN = (
    st.text(alphabet=string.ascii_letters + " éü؟عربي😀", min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda s: s and s[0].isalpha())
)


@st.composite
def front_matter(draw):
    """A front matter as lines, and for each key path the (line, column) where its key stands."""
    keys = draw(st.lists(KEY, min_size=1, max_size=8, unique=True))
    lines: list[str] = []
    expected: dict[tuple, tuple[int, int]] = {}
    for key in keys:
        shape = draw(st.sampled_from(["plain", "quoted", "list", "map", "block", "empty", "flow"]))
        indent = ""
        line_no = len(lines) + 2  # line 1 is '---'
        expected[(key,)] = (line_no, 1)
        if shape == "plain":
            lines.append(f"{key}: {draw(PLAIN)}")
        elif shape == "quoted":
            lines.append(f'{key}: "{draw(PLAIN)}"')
        elif shape == "empty":
            lines.append(f"{key}:")
        elif shape == "flow":
            items = draw(st.lists(PLAIN.filter(lambda s: "," not in s), min_size=1, max_size=3))
            lines.append(f"{key}: [{', '.join(items)}]")
        elif shape == "block":
            lines.append(f"{key}: >-")
            for _ in range(draw(st.integers(1, 3))):
                lines.append(f"  {draw(PLAIN)}")
        elif shape == "list":
            lines.append(f"{key}:")
            subkeys = draw(st.lists(KEY, min_size=1, max_size=3, unique=True))
            indent = draw(st.sampled_from(["  ", "    ", ""]))
            for j, sub in enumerate(subkeys):
                expected[(key, j, sub)] = (len(lines) + 2, len(indent) + 3)
                lines.append(f"{indent}- {sub}: {draw(PLAIN)}")
        else:  # map
            lines.append(f"{key}:")
            subkeys = draw(st.lists(KEY, min_size=1, max_size=3, unique=True))
            for sub in subkeys:
                expected[(key, sub)] = (len(lines) + 2, 3)
                lines.append(f"  {sub}: {draw(PLAIN)}")
    return lines, expected


def _doc(lines: list[str], newline: str, bom: bool):
    text = "---" + newline + newline.join(lines) + newline + "---" + newline + newline + "Body." + newline
    raw = ("\ufeff" if bom else "") + text
    # what document.load does after reading: strip the BOM, normalise newlines
    decoded = raw.lstrip("\ufeff").replace("\r\n", "\n")
    return parse("x.md", decoded, form="markdown", bom=bom, newline=newline), text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(front_matter(), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_every_key_is_located_where_it_stands(fm, newline, bom):
    lines, expected = fm
    doc, text = _doc(lines, newline, bom)
    assert doc.ok, doc.problems
    file_lines = text.split(newline)
    for path, (line, col) in expected.items():
        assert doc.where(path, key=True) == (line, col), path
        assert file_lines[line - 1][col - 1 :].startswith(str(path[-1]))


@settings(max_examples=100, deadline=None)
@given(front_matter(), st.sampled_from(["\n", "\r\n"]))
def test_string_values_map_back_to_their_characters(fm, newline):
    lines, _ = fm
    doc, text = _doc(lines, newline, False)
    normalised = text.replace("\r\n", "\n")
    for path in doc.nodes:
        value = doc.text_at(path)
        if value is None or not value.value:
            continue
        # every non-space character of the value is found at the position its Text gives
        for i, ch in enumerate(value.value):
            if ch.isspace():
                continue
            offset = value.offset(i)
            assert normalised[offset] == ch, (path, i, ch)


def test_empty_value_is_located_at_its_key():
    doc, _ = _doc(["title:", "type: brief-analysis"], "\n", False)
    assert doc.where(("title",)) == (2, 1)


def test_block_scalar_text_starts_on_the_next_line():
    doc, _ = _doc(["summary: |", "  First line here.", "  Second line."], "\n", False)
    t = doc.text_at(("summary",))
    assert t.locate(t.value.index("Second")) == (4, 3)
    assert t.locate(0) == (3, 3)


def test_alias_is_located_at_the_alias_not_the_anchor():
    doc, _ = _doc(["a: &x hello", "b: *x"], "\n", False)
    assert doc.where(("b",)) == (3, 1)  # the key of the alias
    assert doc.data["b"] == "hello"


def test_columns_count_code_points():
    index = LineIndex.of("ab😀c\nعربي x\n")
    assert index.position(3) == (1, 4)  # 'c' after one emoji: column 4
    assert index.position(5 + 5) == (2, 6)  # 'x' after four Arabic letters and a space


def test_text_builder_keeps_the_map():
    index = LineIndex.of("say *hello* there\n")
    b = TextBuilder(index)
    b.add("say ", 0)
    b.add("hello", 5)
    b.add(" there", 11)
    t = b.build()
    assert t.value == "say hello there"
    assert t.locate(t.value.index("hello")) == (1, 6)
    assert t.locate(t.value.index("there")) == (1, 13)
    part = t.slice(4, 15)
    assert part.value == "hello there" and part.locate(6) == (1, 13)


def test_text_span_round_trip():
    index = LineIndex.of("line one\nline two\n")
    t = Text.span("line two", 9, index)
    assert t.locate(0) == (2, 1) and t.locate_end(8) == (2, 9)


def test_escaped_quotes_keep_positions():
    doc, _ = _doc(
        ["title: 'A Really Long Summer: Iraq''s Grid'", 'subtitle: "Caf\\u00e9 \\"quoted\\" here"'], "\n", False
    )
    title = doc.text_at(("title",))
    assert title.value == "A Really Long Summer: Iraq's Grid"
    assert title.locate(title.value.index("Really")) == (2, 11)
    assert title.locate(title.value.index("s Grid")) == (2, 37)
    sub = doc.text_at(("subtitle",))
    assert sub.value == 'Café "quoted" here'
    assert sub.locate(sub.value.index("quoted")) == (3, 24)
    assert sub.locate(sub.value.index("here")) == (3, 33)
