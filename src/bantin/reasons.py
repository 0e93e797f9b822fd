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

# Collecting from the web (bantin.collect.fetch and bantin.crawl).
FETCH_ERROR = "fetch_error"  # timeout, refused connection, TLS or protocol error (after retries)
HTTP_STATUS = "http_status"  # a final status that is not 2xx (404, 410, 5xx after retries...)
ROBOTS_DISALLOWED = "robots_disallowed"  # robots.txt forbids the URL for our user agent
ROBOTS_UNREACHABLE = "robots_unreachable"  # robots.txt could not be read (network error, 5xx, 429): not now
BLOCKED_ADDRESS = "blocked_address"  # a private/loopback/link-local address or a non-http(s) scheme
BODY_TOO_LARGE = "body_too_large"  # more bytes (after decompression) than the configured cap
REDIRECT_ERROR = "redirect_error"  # a redirect loop, too many redirects, or a bad Location
