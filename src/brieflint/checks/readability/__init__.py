"""R rules: readability measures and their rules."""
