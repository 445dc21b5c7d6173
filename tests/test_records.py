"""brieflint.records.NamedTuple builds what typing.NamedTuple builds (without checking annotations),
and model.cleandoc dedents as inspect.cleandoc does."""

from __future__ import annotations

import inspect
import pickle

import pytest

from brieflint.model import Finding, Severity, cleandoc
from brieflint.records import NamedTuple


class Point(NamedTuple):
    """A point."""

    x: int
    y: int = 0
    label: str = ""

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def doubled(self) -> Point:
        return self._replace(x=2 * self.x, y=2 * self.y)


def test_a_record_is_a_named_tuple_with_its_body() -> None:
    p = Point(3, -4)
    assert p == (3, -4, "") and p.norm1() == 7 and p.doubled == Point(6, -8)
    assert Point._fields == ("x", "y", "label") and Point._field_defaults == {"y": 0, "label": ""}
    assert Point.__doc__ == "A point." and Point.__module__ == __name__ and Point.__qualname__ == "Point"
    assert Point.__annotations__ == {"x": "int", "y": "int", "label": "str"}
    assert pickle.loads(pickle.dumps(p)) == p  # --jobs sends records between processes


def test_a_record_refuses_what_typing_refuses() -> None:
    with pytest.raises(TypeError, match="cannot follow default field"):

        class Bad(NamedTuple):
            a: int = 0
            b: int  # type: ignore[misc]

    with pytest.raises(AttributeError, match="_replace"):

        class Overwrites(NamedTuple):
            a: int

            def _replace(self) -> None:  # type: ignore[override]
                pass


def test_findings_compare_by_place_and_code_not_by_message() -> None:
    a = Finding("b.md", 3, 1, "Q102", Severity.WARNING, "one")
    b = a._replace(message="another", severity=Severity.ERROR)
    c = a._replace(line=2)
    assert a == b and hash(a) == hash(b) and not a != b
    assert sorted([a, c]) == [c, a] and c < a <= b and a > c >= c
    assert (a == tuple(a)) is False  # a finding equals only a finding


@pytest.mark.parametrize(
    "doc",
    ["", "\n", "one", "Sum.\n\n    What it does\n\tTabbed\n    end\n   ", "\n\n  a\n    b\n\n", "x\n \n  y\n\u00a0 z"],
)
def test_cleandoc_is_inspects(doc: str) -> None:
    assert cleandoc(doc) == inspect.cleandoc(doc)
