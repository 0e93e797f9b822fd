"""RSS 0.9x/1.0/2.0 and Atom feeds, parsed with feedparser, as links to articles.

A feed's date (pubDate, published, updated) is kept as a *fallback* publication date: the
page's own date, found by extraction, wins.
"""

from __future__ import annotations

import calendar
import dataclasses
import xml.sax
from datetime import UTC, datetime

import feedparser

from bantin.collect.urls import canonicalize_url


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """An article URL found in a feed or a sitemap, with what the listing said about it."""

    url: str
    title: str | None = None
    published: datetime | None = None


class FeedError(ValueError):
    """Not a feed, or one too malformed to read any entry from."""


def parse_feed(body: bytes, base_url: str, *, content_type: str = "") -> list[Link]:
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=True)
    links = _links(parsed.entries)
    if not links:
        problem = parsed.get("bozo_exception")
        if isinstance(problem, xml.sax.SAXException):
            raise FeedError(f"malformed feed: {problem}")
        if not parsed.get("version"):
            raise FeedError("not an RSS or Atom feed")
    return links


def _links(entries) -> list[Link]:
    links: dict[str, Link] = {}
    for entry in entries:
        href = entry.get("link") or _alternate(entry) or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        if not href or not href.strip().lower().startswith(("http://", "https://")):
            continue
        url = canonicalize_url(href.strip())
        stamp = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        links.setdefault(url, Link(url=url, title=(entry.get("title") or "").strip() or None, published=published))
    return list(links.values())


def _alternate(entry) -> str | None:
    for link in entry.get("links", ()):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None
