"""The errors brieflint raises between layers: a configuration or a schema that cannot be used.

Both sit at the bottom so that every layer can raise them (a rule pack, a taxonomy,
a schema) and the command line can report them, without a lower layer importing
the configuration package.
"""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration (or rule pack, taxonomy, schema) that cannot be used, located."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}" if where else self.message


class SchemaError(Exception):
    """A schema cannot be used: unreadable, invalid, or it names a remote ``$ref``."""


class ReadError(Exception):
    """A file that cannot be read safely (see :mod:`brieflint.safeio`), with a one-line reason.

    ``kind``: ``missing``, ``directory``, ``special`` (FIFO, socket, device), ``loop``
    (a symlink loop, or a symlink where none is followed), ``size``, ``encoding``
    (then ``line`` and ``column`` locate the first bad byte) or ``os``.
    """

    def __init__(
        self,
        reason: str,
        path: str | None = None,
        *,
        kind: str = "os",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason
        self.path = path
        self.kind = kind
        self.line = line
        self.column = column

    def config_error(self, what: str) -> ConfigError:
        """The same failure as a configuration error: ``cannot read WHAT: it REASON``, at the file (line, column)."""
        return ConfigError(f"cannot read {what}: it {self.reason}", self.path, self.line, self.column)


__all__ = ["ConfigError", "ReadError", "SchemaError"]
