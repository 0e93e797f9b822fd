"""Sitemaps: indexes, url sets, Google News sitemaps (news:publication_date, news:title),
gzipped files, and plain-text lists of URLs.

Parsing never resolves entities or touches the network, and gzip is inflated with a cap.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime

from lxml import etree

from bantin.collect.feeds import Link
from bantin.collect.inflate import gunzip_capped
from bantin.collect.urls import canonicalize_url
from bantin.local_time import LOCAL_TZ


class SitemapError(ValueError):
    pass


@dataclasses.dataclass(frozen=True, slots=True)
class Sitemap:
    sitemaps: list[Link]  # child sitemaps of an index (``published`` is their lastmod)
    links: list[Link]  # article URLs (``published``: news:publication_date, else lastmod)


def parse_sitemap(body: bytes, *, max_bytes: int) -> Sitemap:
    data = gunzip_capped(body, max_bytes)
    head = data.lstrip()[:1]
    if head and head != b"<":
        return _text_sitemap(data)
    sitemaps: list[Link] = []
    links: list[Link] = []
    root_seen = False
    try:
        events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False,
                                 no_network=True, huge_tree=False, recover=True)
        for event, element in events:
            name = etree.QName(element).localname if isinstance(element.tag, str) else ""
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if name not in ("urlset", "sitemapindex"):
                        raise SitemapError(f"not a sitemap (root element <{name}>)")
                continue
            if name not in ("url", "sitemap"):
                continue
            fields = {etree.QName(child).localname: (child.text or "").strip()
                      for child in element.iter() if isinstance(child.tag, str)}
            loc = fields.get("loc", "")
            if loc.lower().startswith(("http://", "https://")):
                lastmod = parse_w3c_date(fields.get("lastmod"))
                if name == "sitemap":
                    sitemaps.append(Link(url=loc, published=lastmod))
                else:
                    published = parse_w3c_date(fields.get("publication_date")) or lastmod
                    links.append(Link(url=canonicalize_url(loc), title=fields.get("title") or None, published=published))
            element.clear()
    except etree.XMLSyntaxError as exc:
        raise SitemapError(f"malformed sitemap: {exc}") from None
    if not root_seen:
        raise SitemapError("empty sitemap")
    return Sitemap(sitemaps=sitemaps, links=links)


def _text_sitemap(data: bytes) -> Sitemap:
    lines = data.decode("utf-8", errors="replace").splitlines()
    links = [Link(url=canonicalize_url(line.strip())) for line in lines if line.strip().lower().startswith(("http://", "https://"))]
    if not links:
        raise SitemapError("not a sitemap (neither XML nor a list of URLs)")
    return Sitemap(sitemaps=[], links=links)


def parse_w3c_date(value: str | None) -> datetime | None:
    """W3C datetime as sitemaps write it: 2024-05-01, 2024-05-01T10:00+07:00, ...Z."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=LOCAL_TZ)
