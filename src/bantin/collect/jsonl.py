"""JSONL(.gz) dumps: one object per line with ``url`` and ``html`` or ``text``
(optionally ``title``, ``published``, ``source``)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from bantin import reasons
from bantin.collect.urls import canonicalize_url
from bantin.types import Page, Rejected


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Page | Rejected]:
    from bantin.extract.dates import parse_date  # the extract layer is loaded only when needed

    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for number, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                locator = f"{path}:{number}"
                if len(raw) > max_bytes:
                    yield Rejected(locator=locator, reason=reasons.TOO_LARGE, detail=f"line of {len(raw):,} bytes")
                    continue
                try:
                    yield _page(json.loads(raw), locator, parse_date)
                except (ValueError, TypeError) as exc:
                    yield Rejected(locator=locator, reason=reasons.BAD_RECORD, detail=str(exc)[:200])
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Rejected(locator=str(path), reason=reasons.BAD_RECORD, detail=f"unreadable after the last good line: {exc}")


def _page(obj: object, locator: str, parse_date) -> Page:
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    url = obj.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ValueError('missing "url"')
    html, text = obj.get("html"), obj.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        raise ValueError('needs "html" or "text" (a string)')
    published = obj.get("published")
    return Page(
        url=canonicalize_url(url),
        locator=locator,
        html=html.encode("utf-8") if isinstance(html, str) else None,
        text=text if not isinstance(html, str) else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=parse_date(published) if isinstance(published, str) else None,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        charset="utf-8",
    )
