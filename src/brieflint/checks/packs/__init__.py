"""Declarative rule packs (YAML) compiled into rules."""
