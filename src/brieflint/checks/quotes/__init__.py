"""Q rules: direct quotes, attribution, vague attribution, sources."""
