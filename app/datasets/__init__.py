"""Built-in atlas and the planner's own files -> validated tables, with provenance."""
