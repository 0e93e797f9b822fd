"""Labels for dropped pages and counters, so that no string literal is scattered around.

Every drop has one of these reasons; ``bantin stats`` and the ingest summary count by them.
"""

EMPTY_FILE = "empty_file"
BINARY = "binary_content"
TOO_LARGE = "too_large"
NOT_HTML = "not_html"
DECODE_ERROR = "decode_error"
BAD_RECORD = "bad_record"  # a corrupt WARC record or an unparsable JSONL line
UNREADABLE = "unreadable"  # the file could not be opened or read
NO_CONTENT = "no_main_text"  # no extractor found enough main text
BROKEN_HTML = "broken_html"  # the parser could not build a tree at all
STEP_ERROR = "step_error"  # an unexpected exception inside a step (a bug: please report)
