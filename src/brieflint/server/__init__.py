"""``brieflint server``: a Language Server Protocol server (stdio, on pygls and lsprotocol).

Modules, each one idea: :mod:`~brieflint.server.positions` (1-based code-point
columns to LSP positions and back), :mod:`~brieflint.server.buffers` (check an
editor's unsaved text exactly as ``brieflint check`` checks the file),
:mod:`~brieflint.server.worker` (checks off the message loop, the newest edit
cancelling older ones), :mod:`~brieflint.server.features` (diagnostics, code
actions, hover, completion, definition), :mod:`~brieflint.server.app` (the
protocol wiring). Nothing here is imported by ``brieflint --version``.
"""
