"""What the user asked for: discover, read with positions, resolve to settings."""
