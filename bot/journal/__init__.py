"""The maintainers' tools: the journal of questions, its report, statistics and grouping."""
