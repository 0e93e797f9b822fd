"""JSONL(.gz) dumps: one object per line with ``url`` and ``html`` or ``text``
(optionally ``title``, ``published``, ``source``).

A line without an http(s) ``url`` is dropped with its reason. A ``published`` value that holds
no valid date ("2023-02-30") does not lose the article: it is stored undated, and the date is
counted under ``bantin.pipeline.stats.INVALID_PUBLISHED`` and logged as a warning.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from bantin import reasons
from bantin.collect.urls import canonicalize_url, url_problem
from bantin.pipeline.stats import INVALID_PUBLISHED, Stats
from bantin.text.encoding import looks_binary
from bantin.types import Page, Rejected

log = logging.getLogger(__name__)

# How much of the (decompressed) file is looked at to tell a binary file from JSON lines.
SNIFF_BYTES = 4096


def read_jsonl(path: Path, max_bytes: int, stats: Stats | None = None) -> Iterator[Page | Rejected]:
    # the extract layer is loaded only when needed
    from bantin.extract.dates import parse_date

    stats = stats if stats is not None else Stats()
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            if looks_binary(fh.read(SNIFF_BYTES)):
                yield Rejected(locator=str(path), reason=reasons.BINARY, detail="binary file, not HTML/WARC/JSONL")
                return
            fh.seek(0)
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                locator = f"{path}:{number}"
                if len(raw) > max_bytes:
                    yield Rejected(locator=locator, reason=reasons.TOO_LARGE, detail=f"line of {len(raw):,} bytes")
                    continue
                try:
                    page, published = _page(json.loads(raw), locator)
                except (ValueError, TypeError) as exc:
                    yield Rejected(locator=locator, reason=reasons.BAD_RECORD, detail=str(exc)[:200])
                    continue
                if published:
                    when = parse_date(published)
                    if when is None:
                        stats.add(INVALID_PUBLISHED)
                        log.warning("%s: invalid published date %r ignored (the article is kept, undated)",
                                    locator, published[:80])
                    page = dataclasses.replace(page, published=when)
                yield page
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Rejected(locator=str(path), reason=reasons.BAD_RECORD, detail=f"unreadable after the last good line: {exc}")


def _page(obj: object, locator: str) -> tuple[Page, str | None]:
    """The page of one line, undated, and its ``published`` text for the caller to parse."""
    if not isinstance(obj, dict):
        raise TypeError("a line must be a JSON object")
    url = obj.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ValueError('missing "url"')
    problem = url_problem(url)
    if problem:
        raise ValueError(f"{problem}: {url[:100]!r}")
    html, text = obj.get("html"), obj.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        raise TypeError('needs "html" or "text" (a string)')
    published = obj.get("published")
    page = Page(
        url=canonicalize_url(url),
        locator=locator,
        html=html.encode("utf-8") if isinstance(html, str) else None,
        text=text if not isinstance(html, str) else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        charset="utf-8",
    )
    return page, None if published is None else str(published).strip()
