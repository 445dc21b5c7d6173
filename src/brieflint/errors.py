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


__all__ = ["ConfigError", "SchemaError"]
