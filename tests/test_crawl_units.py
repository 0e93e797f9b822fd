"""Collecting from the web, piece by piece: feeds, sitemaps, discovery, robots, addresses, limits."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime, timedelta

import pytest

from bantin.collect.discover import feed_links, guess_kind, sniff
from bantin.collect.feeds import FeedError, parse_feed
from bantin.collect.fetch import retry_after
from bantin.collect.inflate import Inflater, TooLarge, gunzip_capped
from bantin.collect.netguard import AddressPolicy, BlockedAddress
from bantin.collect.robots import parse_robots
from bantin.collect.sitemaps import SitemapError, parse_sitemap
from bantin.collect.urls import canonicalize_url
from bantin.crawl.runner import parse_duration
from bantin.crawl.sources import (
    SourceError,
    bundled_sources_path,
    make_source,
    parse_sources,
    read_sources_file,
)

VN = timedelta(hours=7)


# -- URLs ---------------------------------------------------------------------------------------


def test_urls_are_canonical_before_anything_is_fetched():
    assert "https://baothu.vn/bai-1.html?id=7" == canonicalize_url(
        "HTTPS://BaoThu.VN:443/bai-1.html?utm_source=fb&id=7&fbclid=abc#binh-luan")


@pytest.mark.parametrize("url, kind", [
    ("https://vnexpress.net/rss/tin-moi-nhat.rss", "feed"),
    ("https://baothu.vn/atom.xml", "feed"),
    ("https://baothu.vn/feed", "feed"),
    ("https://vnexpress.net/sitemap.xml", "sitemap"),
    ("https://baothu.vn/sitemaps/news.xml.gz", "sitemap"),
    ("https://baothu.vn/sitemap_index.xml", "sitemap"),
    ("https://nhandan.vn/", "site"),
    ("https://baothu.vn/thoi-su", "site"),
])
def test_the_kind_of_a_source_is_guessed_from_its_url(url, kind):
    assert kind == guess_kind(url)


# -- feeds ------------------------------------------------------------------------------------------

RSS2 = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Báo Thử</title>
<item><title>Hội nghị Trung ương</title><link>https://baothu.vn/bai-1.html?utm_source=rss</link>
<pubDate>Mon, 29 May 2023 10:15:00 +0700</pubDate></item>
<item><title>Không có ngày</title><link>/bai-2.html</link></item>
<item><title>Lặp lại</title><link>https://baothu.vn/bai-1.html#top</link></item>
</channel></rss>""".encode()

RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://baothu.vn/"><title>B</title><link>https://baothu.vn/</link></channel>
<item rdf:about="https://baothu.vn/a.html"><title>A</title><link>https://baothu.vn/a.html</link>
<dc:date>2023-05-29T10:15:00+07:00</dc:date></item></rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>B</title><link>https://baothu.vn/</link>
<item><title>A</title><link>https://baothu.vn/a.html</link></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Thử</title>
<id>urn:x</id><updated>2023-05-29T03:15:00Z</updated>
<entry><title>Quân đội</title><link rel="alternate" href="https://baothu.vn/qd.html"/><id>urn:1</id>
<published>2023-05-29T10:15:00+07:00</published><updated>2023-05-30T00:00:00Z</updated></entry></feed>""".encode()


def test_rss2_entries_are_canonical_deduplicated_links_with_the_feed_date_as_a_fallback():
    links = parse_feed(RSS2, "https://baothu.vn/rss/home.rss")
    assert ["https://baothu.vn/bai-1.html", "https://baothu.vn/bai-2.html"] == [link.url for link in links]
    assert datetime(2023, 5, 29, 3, 15, tzinfo=UTC) == links[0].published
    assert "Hội nghị Trung ương" == links[0].title
    assert links[1].published is None


@pytest.mark.parametrize("body", [RSS1, RSS091])
def test_rss_0_9x_and_1_0_feeds(body):
    assert ["https://baothu.vn/a.html"] == [link.url for link in parse_feed(body, "https://baothu.vn/rss")]


def test_atom_feeds_use_the_published_date():
    [link] = parse_feed(ATOM, "https://baothu.vn/atom.xml")
    assert ("https://baothu.vn/qd.html", datetime(2023, 5, 29, 3, 15, tzinfo=UTC)) == (link.url, link.published)


@pytest.mark.parametrize("body", [b"<?xml version='1.0'?><rss><channel><item><title>Broken", b"<html><body>404</body></html>", b""])
def test_a_malformed_feed_or_a_page_is_an_error_not_an_empty_feed(body):
    with pytest.raises(FeedError):
        parse_feed(body, "https://baothu.vn/rss")


def test_an_empty_but_valid_feed_has_no_links():
    assert [] == parse_feed(b"<rss version='2.0'><channel><title>B</title></channel></rss>", "https://baothu.vn/rss")


# -- sitemaps ----------------------------------------------------------------------------------------

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://baothu.vn/a.html?utm_campaign=x</loc><lastmod>2023-06-01</lastmod><news:news>
<news:publication><news:name>Báo Thử</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>2023-05-29T10:15:00+07:00</news:publication_date><news:title>Đảng ủy họp</news:title></news:news></url>
<url><loc>https://baothu.vn/b.html</loc><lastmod>2023-05-30</lastmod></url>
<url><loc>javascript:alert(1)</loc></url>
</urlset>""".encode()

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://baothu.vn/sitemaps/news.xml.gz</loc><lastmod>2023-06-01T00:00:00Z</lastmod></sitemap>
<sitemap><loc>https://baothu.vn/sitemaps/2019.xml</loc></sitemap></sitemapindex>"""


def test_news_sitemaps_give_the_publication_date_and_title():
    sitemap = parse_sitemap(NEWS_SITEMAP, max_bytes=1 << 20)
    assert [] == sitemap.sitemaps
    a, b = sitemap.links
    assert ("https://baothu.vn/a.html", "Đảng ủy họp", datetime(2023, 5, 29, 3, 15, tzinfo=UTC)) == (
        a.url, a.title, a.published)
    assert a.published.utcoffset() == VN
    assert datetime(2023, 5, 30).date() == b.published.date() and b.published.utcoffset() == VN  # lastmod, local time


def test_sitemap_indexes_list_their_sitemaps_with_lastmod():
    sitemap = parse_sitemap(INDEX, max_bytes=1 << 20)
    assert ["https://baothu.vn/sitemaps/news.xml.gz", "https://baothu.vn/sitemaps/2019.xml"] == [s.url for s in sitemap.sitemaps]
    assert datetime(2023, 6, 1, tzinfo=UTC) == sitemap.sitemaps[0].published and sitemap.sitemaps[1].published is None


def test_gzipped_and_text_sitemaps():
    assert 2 == len(parse_sitemap(gzip.compress(NEWS_SITEMAP), max_bytes=1 << 20).links)
    text = b"https://baothu.vn/a.html\nhttps://baothu.vn/b.html\n"
    assert ["https://baothu.vn/a.html", "https://baothu.vn/b.html"] == [link.url for link in parse_sitemap(text, max_bytes=1000).links]


def test_sitemaps_never_resolve_entities():
    evil = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://baothu.vn/&e;</loc></url></urlset>"""
    links = parse_sitemap(evil, max_bytes=1 << 20).links
    assert all("root:" not in link.url for link in links)


@pytest.mark.parametrize("body", [b"<html><body>not a sitemap</body></html>", b"", b"{json}"])
def test_what_is_not_a_sitemap_is_an_error(body):
    with pytest.raises(SitemapError):
        parse_sitemap(body, max_bytes=1000)


def test_a_gzip_bomb_is_refused_without_inflating_it():
    bomb = gzip.compress(b"\0" * (20 << 20))  # 20 MB of zeros in about 20 KB
    assert len(bomb) < 100_000
    with pytest.raises(TooLarge):
        gunzip_capped(bomb, 1 << 20)
    with pytest.raises(TooLarge):
        parse_sitemap(bomb, max_bytes=1 << 20)


def test_the_inflater_counts_decoded_bytes_across_chunks_and_gzip_members():
    data = gzip.compress(b"a" * 1000) + gzip.compress(b"b" * 1000)
    inflater = Inflater("gzip", 2000)
    for i in range(0, len(data), 7):
        inflater.feed(data[i:i + 7])
    assert b"a" * 1000 + b"b" * 1000 == inflater.finish()
    deflated = zlib.compress(b"c" * 3000)
    with pytest.raises(TooLarge):
        Inflater("deflate", 2999).feed(deflated)
    with pytest.raises(ValueError):
        Inflater("br", 10)


# -- discovery -----------------------------------------------------------------------------------------


def test_a_home_page_announces_its_feeds():
    html = """<html><head>
    <link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/home.rss">
    <link rel="alternate" type="application/atom+xml" href="https://baothu.vn/atom.xml">
    <link rel="alternate" hreflang="en" href="https://en.baothu.vn/">
    <link rel="stylesheet" href="/s.css"></head><body></body></html>""".encode()
    assert ["https://baothu.vn/rss/home.rss", "https://baothu.vn/atom.xml"] == feed_links(html, "https://baothu.vn/")


@pytest.mark.parametrize("body, kind", [
    (RSS2, "feed"), (ATOM, "feed"), (RSS1, "feed"), (NEWS_SITEMAP, "sitemap"), (INDEX, "sitemap"),
    (gzip.compress(INDEX), "sitemap"), (b"<!DOCTYPE html><html><head>", "html"), (b"\x89PNG", "unknown"),
])
def test_listings_are_told_apart_by_their_content(body, kind):
    assert kind == sniff(body)


# -- robots.txt -----------------------------------------------------------------------------------------


def test_robots_rules_for_bantin():
    rules = parse_robots("User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nUser-agent: bantin\nDisallow: /tim-kiem\n"
                         "Crawl-delay: 5\n\nSitemap: https://baothu.vn/sitemap.xml\n")
    ua = "bantin/0.1.0 (+https://github.com/bantin/bantin)"
    assert rules.allowed("https://baothu.vn/bai-1.html", ua)
    assert not rules.allowed("https://baothu.vn/tim-kiem?q=x", ua)
    assert rules.allowed("https://baothu.vn/private/x", ua)  # the bantin group replaces the * group
    assert 5.0 == rules.crawl_delay(ua)
    assert ["https://baothu.vn/sitemap.xml"] == rules.sitemaps


# -- addresses (SSRF) -------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.1", "172.16.3.4", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1"])
def test_private_loopback_link_local_and_multicast_addresses_are_blocked_by_default(address):
    assert AddressPolicy().why_blocked(address)


def test_public_addresses_are_allowed():
    assert AddressPolicy().why_blocked("203.162.0.11") is None
    assert AddressPolicy().why_blocked("2001:4860:4860::8888") is None


def test_allowed_networks_open_only_themselves():
    policy = AddressPolicy.from_settings(False, ["127.0.0.0/8"])
    assert policy.why_blocked("127.0.0.1") is None
    assert policy.why_blocked("10.0.0.1") and policy.why_blocked("169.254.169.254")
    assert AddressPolicy.from_settings(True, []).why_blocked("10.0.0.1") is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://baothu.vn/x", "gopher://x", "http://10.0.0.1/",
                                 "http://[::1]:8080/", "http:///nohost"])
def test_urls_that_are_never_fetched(url):
    with pytest.raises(BlockedAddress):
        AddressPolicy().check_url(url)


# -- Retry-After, durations -----------------------------------------------------------------------------------


def test_retry_after_in_seconds_or_as_a_date():
    assert 120.0 == retry_after("120")
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=datetime(2015, 10, 21, 7, 27, tzinfo=UTC).timestamp()) == 60.0
    assert retry_after("soon") is None and retry_after(None) is None


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("30", 30)])
def test_durations(text, seconds):
    assert seconds == parse_duration(text).total_seconds()


@pytest.mark.parametrize("text", ["", "soon", "-5m", "0"])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


# -- sources ------------------------------------------------------------------------------------------------


def test_a_source_is_checked_and_canonical():
    source = make_source("https://NhanDan.vn/rss/home.rss?utm_source=x", name=" Nhân Dân ", tags=("national", " party"))
    assert ("https://nhandan.vn/rss/home.rss", "feed", "Nhân Dân", ("national", "party")) == (
        source.url, source.kind, source.name, source.tags)
    with pytest.raises(SourceError):
        make_source("ftp://nhandan.vn/")
    with pytest.raises(SourceError):
        make_source("https://nhandan.vn/", kind="podcast")


def test_a_sources_file_with_an_unknown_key_is_refused():
    with pytest.raises(SourceError, match="unknown key"):
        parse_sources({"source": [{"url": "https://baothu.vn/", "rss": "x"}]})


def test_the_bundled_sources_file_lists_vietnamese_outlets_honestly():
    sources = read_sources_file(bundled_sources_path())
    assert len(sources) >= 30
    names = {s.name for s in sources}
    assert {"Báo Nhân Dân", "Báo Quân đội Nhân dân", "VietnamPlus (TTXVN)", "VnExpress", "Tuổi Trẻ"} <= names
    assert any("provincial" in s.tags for s in sources) and any("agency" in s.tags for s in sources)
    assert all(s.confirmed is False for s in sources)  # nothing was checked live
    assert len({s.url for s in sources}) == len(sources)


def test_adding_a_source_again_says_whether_anything_changed(tmp_path):
    from bantin.crawl.state import ADDED, UNCHANGED, UPDATED, CrawlState
    from bantin.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "t.db") as store:
        state = CrawlState(store.conn)
        source = make_source("https://baothu.vn/", name="Báo Thử", tags=("tinh",))
        saved, status = state.add_source(source)
        assert (ADDED, 1) == (status, saved.id)
        assert (saved, UNCHANGED) == state.add_source(source)
        assert UPDATED == state.add_source(make_source("https://baothu.vn/", name="Báo Thử Mới", tags=("tinh",)))[1]
        assert "Báo Thử Mới" == state.sources()[0].name


def test_a_source_added_again_keeps_the_feeds_a_crawl_discovered(tmp_path):
    from bantin.crawl.state import UNCHANGED, UPDATED, CrawlState
    from bantin.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "t.db") as store:
        state = CrawlState(store.conn)
        source = make_source("https://baothu.vn/", feeds=("https://baothu.vn/rss/home.rss",))
        saved, _ = state.add_source(source)
        state.set_discovered(saved.id, ["https://baothu.vn/rss/home.rss", "https://baothu.vn/rss/tin.rss"],
                             ["https://baothu.vn/sitemap.xml"])
        assert UNCHANGED == state.add_source(source)[1]  # the file's feed is among them
        more = make_source("https://baothu.vn/", feeds=("https://baothu.vn/rss/moi.rss",))
        saved, status = state.add_source(more)
        assert UPDATED == status
        assert ("https://baothu.vn/rss/home.rss", "https://baothu.vn/rss/tin.rss", "https://baothu.vn/rss/moi.rss") == (
            saved.feeds)
        assert ("https://baothu.vn/sitemap.xml",) == saved.sitemaps
