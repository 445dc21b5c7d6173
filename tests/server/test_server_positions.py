"""Positions: brieflint's 1-based code-point columns and LSP's 0-based UTF-16 (or UTF-8, UTF-32) characters."""

from __future__ import annotations

import pytest

from brieflint.server.positions import UTF8, UTF16, UTF32, Lines, Pos

TEXT = "title: \U0001f30a waves\r\nsecond \u00e9 line\rthird\n\U0001d54f\U0001d54fx\n"


@pytest.mark.parametrize("encoding", [UTF8, UTF16, UTF32])
def test_every_column_goes_there_and_back(encoding: str):
    lines = Lines(TEXT, encoding)
    for n, line in enumerate(lines.lines, 1):
        for column in range(1, len(line) + 2):
            pos = lines.to_lsp(n, column)
            width = len(line[: column - 1].encode({UTF8: "utf-8", UTF16: "utf-16-le", UTF32: "utf-32-le"}[encoding]))
            assert pos == Pos(n - 1, width // {UTF8: 1, UTF16: 2, UTF32: 4}[encoding])
            assert lines.from_lsp(pos.line, pos.character) == (n, column)


def test_surrogate_pairs_count_twice_in_utf16():
    lines = Lines(TEXT)
    assert lines.to_lsp(1, 8) == Pos(0, 7)  # the wave
    assert lines.to_lsp(1, 9) == Pos(0, 9)  # after it: two code units
    assert lines.to_lsp(4, 3) == Pos(3, 4)
    assert lines.from_lsp(0, 8) == (1, 8)  # inside the pair: the character itself


def test_line_breaks_are_the_loaders_and_columns_past_the_end_are_clamped():
    lines = Lines(TEXT)
    assert lines.lines[:3] == ["title: \U0001f30a waves", "second \u00e9 line", "third"]
    assert lines.to_lsp(2, 99) == Pos(1, len("second \u00e9 line"))
    assert lines.to_lsp(99, 1) == Pos(4, 0)
    assert lines.at_offset(TEXT.index("second")) == Pos(1, 0)
    assert lines.at_offset(TEXT.index("third")) == Pos(2, 0)
    assert lines.at_offset(TEXT.index("x")) == Pos(3, 4)
