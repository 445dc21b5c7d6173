"""brieflint: a linter and schema validator for structured policy briefs.

Importing the package is cheap: it imports nothing else, so that
``brieflint --version`` starts fast.
"""

__version__ = "0.1.0"
