"""Immutable records: :class:`typing.NamedTuple`'s class syntax at :func:`collections.namedtuple`'s cost.

``typing.NamedTuple`` checks every annotation when a class is made; under
``from __future__ import annotations`` each annotation is a string, which it
turns into a ``ForwardRef`` by compiling it: 140 µs a class against 50 µs for
``collections.namedtuple``, and a one-brief run makes about fifty record classes.

Type checkers see ``typing.NamedTuple`` itself (the ``TYPE_CHECKING`` branch).
At run time a class statement on :data:`NamedTuple` is built as typing builds it,
without the check: ``collections.namedtuple`` over the annotated names, with
their defaults, and the class body's docstring, methods and properties copied
on. The functional form (``NamedTuple("P", [...])``) is not offered.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import collections

    # what typing.NamedTupleMeta refuses in a class body, and what it does not copy
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace"}
        | {"_asdict", "_source"}
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _RecordMeta(type):
        def __new__(mcs, typename, bases, ns):  # noqa: N804 - a metaclass's first argument
            if ns.get("__module__") == __name__:  # the base class below, made once
                return super().__new__(mcs, typename, bases, ns)
            annotations = ns.get("__annotations__", {})
            names = tuple(annotations)
            defaults = [ns[n] for n in names if n in ns]
            for before, after in zip(names, names[1:], strict=False):
                if before in ns and after not in ns:
                    raise TypeError(f"Non-default namedtuple field {after} cannot follow default field {before}")
            cls = collections.namedtuple(typename, names, defaults=defaults, module=ns["__module__"])
            cls.__annotations__ = dict(annotations)
            for key, value in ns.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in names:
                    setattr(cls, key, value)
            return cls

    class NamedTuple(metaclass=_RecordMeta):
        """Subclass me as ``typing.NamedTuple`` (see the module's docstring)."""
