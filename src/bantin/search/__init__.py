"""Search queries: the query language (parsed once, compiled by each store) and snippets."""
