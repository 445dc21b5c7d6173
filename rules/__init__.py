"""The taxonomy and rule packs shipped with brieflint (data files, installed as brieflint.rules)."""
