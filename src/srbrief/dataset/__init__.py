"""The cleaned dataset: its schemas, reading and writing tables, the per-document tables
for a corpus, and the cross-source steps (happenings, positions)."""
