"""The JSON Schemas shipped with brieflint (data files, installed as brieflint.schemas)."""
