"""WARC and WARC.gz archives (Common Crawl's CC-NEWS among them), read with warcio.

HTML responses become pages; other records are skipped and counted. A corrupt record is
reported with its offset, and reading resumes at the next record boundary, so one bad record
never loses the rest of the archive.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import StatusAndHeadersParserException

from bantin import reasons
from bantin.collect.urls import canonicalize_url, url_problem
from bantin.types import Page, Rejected

HTML_TYPES = ("text/html", "application/xhtml+xml")
# How far to look for the next record after a corrupt one, in one read.
RESYNC_CHUNK = 1 << 20
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_HEADER = b"WARC/1."
_READ_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError, OSError)


class Skip:
    """A record that is not an HTML page (request, metadata, image...): counted, not dropped."""


SKIP = Skip()


def read_warc(path: Path, max_bytes: int) -> Iterator[Page | Rejected | Skip]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejected(locator=str(path), reason=reasons.UNREADABLE, detail=exc.strerror or str(exc))
        return
    with fh:
        offset = 0
        while offset is not None:
            offset = yield from _read_from(fh, path, offset, max_bytes)


def _read_from(fh: BinaryIO, path: Path, start: int, max_bytes: int) -> Iterator[Page | Rejected | Skip]:
    """Reads records from ``start``; returns the offset to resume from after a corrupt record, or None."""
    fh.seek(start)
    records = ArchiveIterator(fh, check_digests=False)
    offset = start
    try:
        for record in records:
            offset = records.offset  # absolute (warcio tracks fh.tell()); get_record_offset() would consume the record
            yield _page(record, f"{path}#{offset}", max_bytes)
    except _READ_ERRORS as exc:
        offset = max(offset, getattr(records, "offset", offset))  # where the failing record starts
        yield Rejected(
            locator=f"{path}#{offset}",
            reason=reasons.BAD_RECORD,
            detail=f"corrupt WARC record near byte {offset}: {type(exc).__name__}: {str(exc)[:120]}",
        )
        return _next_boundary(fh, offset + 1)
    return None


def _page(record, locator: str, max_bytes: int) -> Page | Rejected | Skip:
    if record.rec_type not in ("response", "resource"):
        return SKIP
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None or not (headers.get_statuscode() or "").startswith("2"):
            return SKIP
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().lstrip().startswith(HTML_TYPES):
        return SKIP
    url = canonicalize_url(record.rec_headers.get_header("WARC-Target-URI") or "")
    problem = url_problem(url)
    if problem:
        return Rejected(locator=locator, reason=reasons.BAD_RECORD, detail=f"{problem}: {url[:100]!r}")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Rejected(locator=locator, url=url, reason=reasons.TOO_LARGE, detail=f"record body over {max_bytes:,} bytes")
    if not body.strip():
        return Rejected(locator=locator, url=url, reason=reasons.EMPTY_FILE, detail="empty response body")
    return Page(
        url=url,
        locator=locator,
        html=body,
        fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        charset=_charset(content_type),
    )


def _next_boundary(fh: BinaryIO, position: int) -> int | None:
    fh.seek(position)
    while chunk := fh.read(RESYNC_CHUNK):
        hits = [i for i in (chunk.find(_GZIP_MEMBER), chunk.find(_WARC_HEADER)) if i >= 0]
        if hits:
            return position + min(hits)
        position += len(chunk) - len(_WARC_HEADER)  # overlap so a marker across chunks is found
        fh.seek(position)
        if len(chunk) < RESYNC_CHUNK:
            break
    return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
