"""Pure functions over the store: counts, terms, and (later) attention over time."""
