"""The loaded brief: positions, YAML with positions, Markdown blocks, prose and sentences, the Document."""
