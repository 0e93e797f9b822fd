"""The fetcher against a real HTTP server on 127.0.0.1: politeness, retries, limits, redirects, SSRF.

Every assertion about what was requested reads the server's own request log.
"""

from __future__ import annotations

import asyncio
import socket
import time
from datetime import UTC, datetime

import pytest
from fixtures.site.server import (
    HUGE_BYTES,
    NewsSite,
    Response,
    article_html,
    conditional,
    crawl_settings,
    fail_then,
    gzip_bomb,
    huge,
    page,
    redirect,
    slow,
)

from bantin import reasons
from bantin.collect.fetch import Fetcher, FetchFailed
from bantin.collect.robots import ROBOTS_UNREACHABLE

# How late the in-process server may log a request on a loaded machine (see the interval tests).
SCHEDULING_SLACK = 0.1


@pytest.fixture
def site():
    with NewsSite() as s:
        s.routes["/robots.txt"] = page("User-agent: *\nDisallow: /private/\n", "text/plain")
        yield s


def fetch(url: str, **settings):
    async def go():
        async with Fetcher(crawl_settings(**settings).crawl) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(go())


def failure(url: str, **settings) -> FetchFailed:
    with pytest.raises(FetchFailed) as info:
        fetch(url, **settings)
    return info.value


def free_port() -> int:
    """A port of 127.0.0.1 nothing listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_page_with_its_headers_and_an_identifying_user_agent(site):
    site.routes["/a.html"] = page("<p>Xin chào</p>", "text/html; charset=windows-1258")
    fetched = fetch(site.url("/a.html"))
    assert (200, "<p>Xin chào</p>".encode(), "windows-1258") == (fetched.status, fetched.body, fetched.charset)
    [hit] = site.hits_for("/a.html")
    assert hit.headers["user-agent"].startswith("bantin/") and "(+https://github.com/bantin/bantin)" in hit.headers["user-agent"]
    assert ["/robots.txt", "/a.html"] == site.paths()  # robots.txt first, once


def test_robots_txt_disallow_is_obeyed_before_any_request(site):
    assert reasons.ROBOTS_DISALLOWED == failure(site.url("/private/a.html")).reason
    assert "/private/a.html" not in site.paths()


@pytest.mark.parametrize("status", [500, 503, 429])
def test_a_robots_txt_that_fails_is_unreachable_and_nothing_of_the_host_is_fetched(site, status):
    site.routes["/robots.txt"] = lambda _h, _s: Response(status, {}, b"down")
    site.routes["/a.html"] = page("<p>a</p>")
    failed = failure(site.url("/a.html"), retries=0)
    assert ROBOTS_UNREACHABLE == failed.reason
    assert f"robots.txt of {site.base}/ could not be fetched: HTTP {status}" in failed.detail
    assert "/a.html" not in site.paths()


def test_a_robots_txt_nobody_answers_for_is_unreachable_with_the_cause():
    failed = failure(f"http://127.0.0.1:{free_port()}/a.html", retries=0)
    assert ROBOTS_UNREACHABLE == failed.reason and failed.detail.endswith("connection refused")


def test_a_robots_txt_that_times_out_is_unreachable(site):
    site.routes["/robots.txt"] = slow(1.0, page("User-agent: *\n", "text/plain"))
    failed = failure(site.url("/a.html"), retries=0, read_timeout=0.2)
    assert ROBOTS_UNREACHABLE == failed.reason and failed.detail.endswith("timeout after 1 attempts: ReadTimeout")


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_a_missing_robots_txt_allows_everything(site, status):
    site.routes["/robots.txt"] = lambda _h, _s: Response(status, {}, b"")
    site.routes["/a.html"] = page("<p>a</p>")
    assert 200 == fetch(site.url("/a.html")).status


def test_requests_to_one_host_start_at_least_min_interval_apart(site):
    for n in range(6):
        site.routes[f"/{n}.html"] = page(f"<p>{n}</p>")

    async def go():
        async with Fetcher(crawl_settings(min_interval=0.15, per_host_concurrency=1).crawl) as fetcher:
            await asyncio.gather(*(fetcher.get(site.url(f"/{n}.html")) for n in range(6)))

    asyncio.run(go())
    starts = [h.at for h in site.hits]
    # The server logs a request when its thread gets to run, late by up to tens of ms on a busy
    # machine, so a single gap may look shorter than the interval; the k-th request, though, can
    # never be logged before k intervals after the first (whose own lateness is the slack).
    assert 7 == len(starts)
    assert all(t - starts[0] >= k * 0.15 - SCHEDULING_SLACK for k, t in enumerate(starts)), starts


def test_at_most_per_host_concurrency_requests_at_once(site):
    in_flight, peak = [0], [0]

    def handler(_h, _s):
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.2)
        in_flight[0] -= 1
        return Response(200, {"Content-Type": "text/html"}, b"<p>x</p>")

    for n in range(5):
        site.routes[f"/{n}.html"] = handler

    async def go():
        async with Fetcher(crawl_settings(min_interval=0, per_host_concurrency=2).crawl) as fetcher:
            await asyncio.gather(*(fetcher.get(site.url(f"/{n}.html")) for n in range(5)))

    asyncio.run(go())
    assert 2 == peak[0]


def test_server_errors_are_retried_with_back_off_until_they_succeed(site):
    site.routes["/a.html"] = fail_then(page("<p>ok</p>"), "/a.html", failures=2, status=500)
    assert b"<p>ok</p>" == fetch(site.url("/a.html"), retries=2, backoff=0.1).body
    hits = site.hits_for("/a.html")
    assert 3 == len(hits)
    assert hits[2].at - hits[1].at >= 0.19  # the second wait is twice the first


def test_server_errors_past_the_retries_are_an_http_status_drop(site):
    site.routes["/a.html"] = lambda _h, _s: Response(502, {}, b"bad gateway")
    error = failure(site.url("/a.html"), retries=1)
    assert (reasons.HTTP_STATUS, "HTTP 502 after 2 attempts") == (error.reason, error.detail)
    assert 2 == len(site.hits_for("/a.html"))


def test_retry_after_is_honoured_on_429(site):
    site.routes["/a.html"] = fail_then(page("<p>ok</p>"), "/a.html", failures=1, status=429, headers={"Retry-After": "1"})
    assert 200 == fetch(site.url("/a.html")).status
    first, second = site.hits_for("/a.html")
    assert second.at - first.at >= 0.95


def test_a_retry_after_longer_than_allowed_postpones_the_url(site):
    site.routes["/a.html"] = lambda _h, _s: Response(429, {"Retry-After": "3600"}, b"")
    error = failure(site.url("/a.html"))
    assert reasons.HTTP_STATUS == error.reason and "postponed" in error.detail
    assert 1 == len(site.hits_for("/a.html"))


def test_a_slow_endpoint_times_out_and_is_retried_then_dropped(site):
    site.routes["/slow.html"] = slow(2.0, page("<p>late</p>"))
    started = time.monotonic()
    error = failure(site.url("/slow.html"), read_timeout=0.3, retries=1)
    assert reasons.FETCH_ERROR == error.reason and "timeout" in error.detail
    assert 2 == len(site.hits_for("/slow.html")) and time.monotonic() - started < 2.5


def test_redirect_chains_are_followed_and_the_final_url_kept(site):
    site.routes["/old"] = redirect("/tmp", 301)
    site.routes["/tmp"] = redirect(site.url("/new.html?utm_source=x"), 302)
    site.routes["/new.html"] = page("<p>new</p>")
    fetched = fetch(site.url("/old"))
    assert (site.url("/new.html"), (site.url("/old"), site.url("/tmp"))) == (fetched.url, fetched.redirects)


def test_redirect_loops_and_too_many_redirects_are_refused(site):
    site.routes["/a"] = redirect("/b")
    site.routes["/b"] = redirect("/a")
    error = failure(site.url("/a"))
    assert reasons.REDIRECT_ERROR == error.reason and "loop" in error.detail
    assert [1, 1] == [len(site.hits_for(p)) for p in ("/a", "/b")]
    for n in range(5):
        site.routes[f"/r{n}"] = redirect(f"/r{n + 1}")
    assert reasons.REDIRECT_ERROR == failure(site.url("/r0"), max_redirects=3).reason
    assert "/r4" not in site.paths()


@pytest.mark.parametrize("target", ["http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]/", "http://192.168.1.1:8080/", "file:///etc/passwd"])
def test_a_redirect_to_a_private_address_is_refused_before_connecting(site, target):
    site.routes["/go"] = redirect(target, 302)
    assert reasons.BLOCKED_ADDRESS == failure(site.url("/go")).reason


def test_host_names_are_checked_after_dns_resolution(site):
    site.routes["/a.html"] = page("<p>a</p>")
    url = site.url("/a.html").replace("127.0.0.1", "localhost")
    error = failure(url, allowed_networks=())  # localhost resolves to loopback, which is not allowed here
    assert reasons.BLOCKED_ADDRESS == error.reason and "localhost resolves to" in error.detail
    assert [] == site.paths()  # not even robots.txt was asked for
    assert 200 == fetch(url).status  # with 127.0.0.0/8 allowed


def test_allow_private_addresses_opens_every_private_address(site):
    site.routes["/a.html"] = page("<p>a</p>")
    assert 200 == fetch(site.url("/a.html"), allowed_networks=(), allow_private_addresses=True).status


def test_a_50_mb_body_is_refused_from_its_content_length(site):
    site.routes["/huge.html"] = huge()
    started = time.monotonic()
    error = failure(site.url("/huge.html"))
    assert reasons.BODY_TOO_LARGE == error.reason and f"{HUGE_BYTES:,}" in error.detail
    assert time.monotonic() - started < 2


def test_a_body_without_content_length_is_cut_at_the_limit(site):
    site.routes["/huge.html"] = huge(declare_length=False)
    assert reasons.BODY_TOO_LARGE == failure(site.url("/huge.html"), max_body_bytes=1_000_000).reason


def test_a_gzip_bomb_is_refused_by_counting_decoded_bytes(site):
    site.routes["/bomb.html"] = gzip_bomb()
    error = failure(site.url("/bomb.html"))
    assert reasons.BODY_TOO_LARGE == error.reason and "decoded" in error.detail


def test_gzip_bodies_are_decoded(site):
    import gzip

    body = "<p>Bộ Quốc phòng</p>".encode()
    site.routes["/z.html"] = lambda _h, _s: Response(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                                     gzip.compress(body))
    assert body == fetch(site.url("/z.html")).body


def test_conditional_requests_get_304_when_nothing_changed(site):
    site.routes["/rss"] = conditional(b"<rss/>", "application/rss+xml", last_modified=datetime(2024, 1, 2, tzinfo=UTC))

    async def go():
        async with Fetcher(crawl_settings().crawl) as fetcher:
            first = await fetcher.get(site.url("/rss"))
            second = await fetcher.get(site.url("/rss"), validators=first.validators)
            return first, second

    first, second = asyncio.run(go())
    assert (200, 304, b"") == (first.status, second.status, second.body)
    assert {"etag", "last-modified"} == set(first.validators)
    hit = site.hits_for("/rss")[1]
    assert first.validators["etag"] == hit.headers["if-none-match"]
    assert first.validators["last-modified"] == hit.headers["if-modified-since"]


def test_a_missing_page_is_an_http_status_drop_without_retries(site):
    error = failure(site.url("/khong-co.html"), retries=3)
    assert (reasons.HTTP_STATUS, "HTTP 404") == (error.reason, error.detail)
    assert 1 == len(site.hits_for("/khong-co.html"))


def test_article_pages_render(site):
    assert "Hội nghị" in article_html(0, published=datetime(2024, 1, 1, tzinfo=UTC), base=site.base)
