"""Findings into bytes: one module per format, and the rule documentation."""
