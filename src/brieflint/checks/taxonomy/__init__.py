"""T rules: the publisher's taxonomy and the rules that read it."""
