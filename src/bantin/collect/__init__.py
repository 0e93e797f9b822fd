"""Getting pages in: saved HTML files and trees, WARC archives, JSONL dumps (and, later, the web)."""
