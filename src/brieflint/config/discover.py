"""Finding the configuration that applies to a file: the nearest one above it."""

from __future__ import annotations

from pathlib import Path

CONFIG_NAMES = (".brieflint.yaml", ".brieflint.yml", "pyproject.toml")


def find(directory: Path) -> Path | None:
    """The nearest configuration file at or above ``directory``."""
    d = directory.resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.brieflint]`` table (as bytes: an undecodable one is reported)."""
    from brieflint.errors import ReadError
    from brieflint.safeio import read_bytes

    try:
        data = read_bytes(str(path))
    except ReadError:
        return False
    return b"[tool.brieflint" in data
