"""Apply safe fixes atomically."""
