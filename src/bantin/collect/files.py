"""Saved HTML pages: single files and directory trees.

A page's URL comes from its ``<link rel=canonical>`` or ``og:url``; else from a sidecar file
``<page>.url`` holding the URL; else from the file path (``file://...``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from bantin import reasons
from bantin.collect.urls import canonicalize_url
from bantin.text.encoding import looks_binary
from bantin.types import Page, Rejected

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
SIDECAR_SUFFIX = ".url"
# The canonical link sits in <head>; 64 KB covers heads bloated with inline scripts and styles.
HEAD_BYTES = 65_536

_TAG = re.compile(rb"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(rb"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def url_from_head(head: bytes) -> str | None:
    """``<link rel=canonical href>`` if present, else ``<meta property=og:url content>``."""
    og = None
    for tag in _TAG.finditer(head):
        attrs = {m[1].lower(): (m[2] or m[3] or m[4] or b"") for m in _ATTR.finditer(tag[0])}
        if tag[0][1:5].lower() == b"link" and b"canonical" in attrs.get(b"rel", b"").lower().split():
            href = attrs.get(b"href", b"").strip()
            if href.startswith((b"http://", b"https://")):
                return canonicalize_url(href.decode("utf-8", "replace"))
        elif attrs.get(b"property", attrs.get(b"name", b"")).lower() == b"og:url" and og is None:
            content = attrs.get(b"content", b"").strip()
            if content.startswith((b"http://", b"https://")):
                og = canonicalize_url(content.decode("utf-8", "replace"))
    return og


def read_html_file(path: Path, max_bytes: int) -> Page | Rejected:
    locator = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            return Rejected(locator=locator, reason=reasons.EMPTY_FILE, detail="the file is empty")
        if size > max_bytes:
            return Rejected(
                locator=locator,
                reason=reasons.TOO_LARGE,
                detail=f"{size:,} bytes is over the {max_bytes:,}-byte limit (ingest.max_page_bytes)",
            )
        data = path.read_bytes()
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as exc:
        return Rejected(locator=locator, reason=reasons.UNREADABLE, detail=exc.strerror or str(exc))
    if not data.strip():
        return Rejected(locator=locator, reason=reasons.EMPTY_FILE, detail="the file holds only whitespace")
    if looks_binary(data):
        return Rejected(locator=locator, reason=reasons.BINARY, detail="binary content, not an HTML page")
    url = url_from_head(data[:HEAD_BYTES]) or _sidecar_url(path) or path.resolve().as_uri()
    return Page(url=url, locator=locator, html=data, fetched_at=mtime)


def _sidecar_url(path: Path) -> str | None:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    try:
        url = sidecar.read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return canonicalize_url(url) if url.startswith(("http://", "https://")) else None


def walk(directory: Path) -> Iterator[Path]:
    """Every file under ``directory``, in a stable order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)
