"""Configuration mistakes, all of them at once: sorted by file, line and column, each with a did-you-mean."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from brieflint.errors import ConfigError


class ConfigErrors(ConfigError):
    """Several configuration mistakes, reported together (one line each, in the order of the file)."""

    def __init__(self, errors: Sequence[ConfigError]) -> None:
        ordered = sorted(errors, key=lambda e: (e.path or "", e.line or 0, e.column or 0, e.message))
        first = ordered[0]
        super().__init__(first.message, first.path, first.line, first.column)
        self.errors: tuple[ConfigError, ...] = tuple(ordered)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def raise_all(errors: Sequence[ConfigError]) -> None:
    """Raise the mistakes found, if any: one as itself, several as :class:`ConfigErrors`."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ConfigErrors(errors)


def did_you_mean(word: str, choices: Iterable[str], *, listing: bool = True) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``choices``, else (with ``listing``) the choices there are."""
    import difflib

    names = [str(c) for c in choices]
    close = difflib.get_close_matches(str(word), names, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    if listing and names:
        return f"; expected one of: {', '.join(names)}"
    return ""
