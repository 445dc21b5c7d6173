"""The data files brieflint ships inside its packages (``brieflint.rules``, ``brieflint.schemas``).

They are read from beside the package's ``__init__.py``: importing
``importlib.resources`` costs about 13 ms (it pulls in ``tempfile`` and
``shutil``), a twentieth of a pre-commit run. An installation whose packages
are not plain files (a zip archive) is read through ``importlib.resources``.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module


def folder(package: str) -> str | None:
    """The directory of ``package`` on disk, or None when it is not a plain directory."""
    module = sys.modules.get(package) or import_module(package)
    init = getattr(module, "__file__", None)
    if not init:
        return None
    directory = os.path.dirname(init)
    return directory if os.path.isdir(directory) else None


def read_text(package: str, name: str) -> str:
    """The text (UTF-8) of the file ``name`` shipped in ``package``; ``OSError`` when it is missing."""
    directory = folder(package)
    if directory is not None:
        with open(os.path.join(directory, name), encoding="utf-8") as fh:
            return fh.read()
    from importlib import resources

    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def json_copy(data: object) -> str:
    """The text of a shipped JSON copy of ``data`` (compact, UTF-8 as is): what the generators write."""
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


__all__ = ["folder", "json_copy", "read_text"]
