"""Finding a site's feeds and sitemaps, and telling feeds, sitemaps and pages apart."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml")
_FEED_PATH = re.compile(r"(\.rss|\.atom|/rss|/feed|/atom|rss\.xml|feed\.xml|atom\.xml|/rss/?[^/]*)$", re.IGNORECASE)
_SITEMAP_PATH = re.compile(r"sitemap[^/]*\.(xml|txt)(\.gz)?$|/sitemaps?/?$|\.xml\.gz$", re.IGNORECASE)


def guess_kind(url: str) -> str:
    """"feed", "sitemap" or "site" from the URL alone (``bantin sources add`` without --kind)."""
    path = urlsplit(url).path
    if _SITEMAP_PATH.search(path):
        return "sitemap"
    if _FEED_PATH.search(path):
        return "feed"
    return "site"


def feed_links(html: bytes, base_url: str) -> list[str]:
    """The feeds a page announces with ``<link rel="alternate" type="application/rss+xml" href=...>``."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES[:4] and href:
            url = urljoin(base_url, href)
            if url.startswith(("http://", "https://")) and url not in found:
                found.append(url)
    return found


def sniff(body: bytes) -> str:
    """"sitemap", "feed", "html" or "unknown", from the first kilobytes of a body."""
    if body[:2] == b"\x1f\x8b":
        return "sitemap"  # gzip: sitemaps are the only gzipped listings sites publish
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    head = re.sub(rb"<\?xml[^>]*\?>|<!--.*?-->|<\?xml-stylesheet[^>]*\?>", b"", head, flags=re.DOTALL).lstrip()
    if head.startswith((b"<urlset", b"<sitemapindex")) or re.match(rb"<[a-z0-9]+:(urlset|sitemapindex)", head):
        return "sitemap"
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")) or b"<channel" in head[:600]:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<head" in head or b"<body" in head:
        return "html"
    if head.startswith((b"http://", b"https://")):
        return "sitemap"  # a text sitemap
    return "unknown"


async def discover_site(fetcher, url: str) -> tuple[list[str], list[str], str | None]:
    """(feeds, sitemaps, error) of a site: its home page's feed links and robots.txt's Sitemap lines."""
    from bantin.collect.fetch import FetchFailed
    from bantin.collect.urls import canonicalize_url

    feeds: list[str] = []
    error = None
    try:
        home = await fetcher.get(url)
        feeds = [canonicalize_url(u) for u in feed_links(home.body, home.url)]
    except FetchFailed as exc:
        error = f"home page: {exc.reason}: {exc.detail}"
    rules = await fetcher.robots.rules(url)
    sitemaps = [canonicalize_url(u) for u in rules.sitemaps if u.lower().startswith(("http://", "https://"))]
    return list(dict.fromkeys(feeds)), list(dict.fromkeys(sitemaps)), error
