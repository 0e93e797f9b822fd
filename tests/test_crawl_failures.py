"""What a crawl does when a source fails: it says why, keeps saying it until the source works, and
tries again on the next run. Real servers on 127.0.0.1, real stores, and the command line in real processes.
"""

from __future__ import annotations

import functools
import http.server
import json
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fixtures.site.server import (
    NewsSite,
    Response,
    article_html,
    build_big_site,
    conditional,
    crawl_settings,
    fail_then,
    news_sitemap,
    page,
    rss,
    sitemap_index,
)
from test_crawl_run import bantin_cli, config, count_articles, start, wait_for

from bantin.collect.feeds import Link
from bantin.collect.robots import ROBOTS_UNREACHABLE
from bantin.crawl.runner import PassOptions, crawl
from bantin.crawl.sources import make_source
from bantin.crawl.state import CrawlState

FAST = {"retries": 0, "min_interval": 0.02}
AGAIN = PassOptions(all_sources=True)


def robots_down_until_up(site: NewsSite, status: int = 503) -> threading.Event:
    """robots.txt answers ``status`` until the returned event is set, then allows everything."""
    up = threading.Event()
    site.routes["/robots.txt"] = lambda _h, _s: (Response(200, {"Content-Type": "text/plain"}, b"User-agent: *\n")
                                                 if up.is_set() else Response(status, {}, b"down"))
    return up


def home_page_with_feed(site: NewsSite, feed: str = "/rss/all.rss") -> None:
    site.routes["/"] = page(f'<html><head><link rel="alternate" type="application/rss+xml" href="{feed}"></head></html>')


# -- robots.txt that cannot be read (RFC 9309: do not crawl for now, try again later) ---------------------


def test_an_unreachable_robots_txt_is_reported_as_such_and_the_next_pass_crawls_once_it_is_back(store):
    with NewsSite() as site:
        paths = build_big_site(site, 3)
        home_page_with_feed(site)
        up = robots_down_until_up(site)
        state = CrawlState(store.conn)
        state.add_source(make_source(site.url("/"), name="Báo Thử"))

        [down] = crawl(store, crawl_settings(**FAST))
        [error, *_] = down.sources[1].errors
        assert f"{ROBOTS_UNREACHABLE}: robots.txt of {site.base}/ could not be fetched: HTTP 503" in error
        assert [1] == [s.id for s in down.failed_sources]
        assert ["/robots.txt"] == site.paths()  # nothing else of the host was asked for
        [status] = state.status()
        assert (None, True) == (status["last_success"], ROBOTS_UNREACHABLE in status["last_error"])
        due = datetime.fromisoformat(status["next_due"])
        assert due <= datetime.now(UTC) + timedelta(minutes=1)  # due again soon, not after crawl.every

        up.set()
        [back] = crawl(store, crawl_settings(**FAST), options=AGAIN)
        assert ([], 3) == (back.failed_sources, back.stored["new"])
        assert {p: 1 for p in paths} == {p: site.paths().count(p) for p in paths}
        [status] = state.status()
        assert status["last_success"] and status["last_error"] is None


def test_article_urls_of_a_host_whose_robots_txt_is_down_wait_without_using_up_their_attempts(store):
    with NewsSite() as site:
        paths = build_big_site(site, 2)
        up = robots_down_until_up(site)
        state = CrawlState(store.conn)
        state.add_links(None, [Link(url=site.url(p)) for p in paths])
        for _ in range(3):  # three passes while it is down, with max_attempts = 1
            [down] = crawl(store, crawl_settings(**FAST, max_attempts=1), options=PassOptions(discover=False))
            assert {ROBOTS_UNREACHABLE: 2} == dict(down.failures)
        assert (2, 0) == tuple(store.conn.execute(
            "SELECT count(*), max(attempts) FROM frontier WHERE state = 'pending'").fetchone())
        assert ["/robots.txt"] * 3 == site.paths()  # asked again at every pass, and nothing else
        up.set()
        [back] = crawl(store, crawl_settings(**FAST), options=PassOptions(discover=False))
        assert 2 == back.stored["new"]


@pytest.mark.parametrize("status", [404, 410, 403])
def test_a_missing_robots_txt_allows_the_whole_site(store, status):
    with NewsSite() as site:
        build_big_site(site, 2)
        site.routes["/robots.txt"] = lambda _h, _s: Response(status, {}, b"")
        CrawlState(store.conn).add_source(make_source(site.url("/rss/all.rss")))
        [report] = crawl(store, crawl_settings(**FAST))
        assert ([], 2) == (report.failed_sources, report.stored["new"])


# -- a feed that cannot be parsed -----------------------------------------------------------------------


def test_a_malformed_feed_is_fetched_again_and_reported_again_until_it_is_fixed(store):
    with NewsSite() as site:
        paths = build_big_site(site, 2)
        good = site.routes["/rss/all.rss"]
        now = datetime.now(UTC)
        site.routes["/rss/all.rss"] = conditional("<?xml version='1.0'?><rss><channel><item><title>Hỏng".encode(),
                                                  "application/rss+xml", last_modified=now)
        state = CrawlState(store.conn)
        state.add_source(make_source(site.url("/rss/all.rss")))
        settings = crawl_settings(**FAST)

        for _ in range(2):  # the broken feed answers 304 to a conditional GET: none must be sent
            [broken] = crawl(store, settings, options=AGAIN)
            assert "malformed feed" in broken.sources[1].errors[0]
            assert "malformed feed" in state.status()[0]["last_error"]
        assert [] == [h for h in site.hits_for("/rss/all.rss") if "if-none-match" in h.headers]

        body = good({}, site).body
        site.routes["/rss/all.rss"] = conditional(body, "application/rss+xml", last_modified=now + timedelta(seconds=1))
        [fixed] = crawl(store, settings, options=AGAIN)
        assert ([], 2) == (fixed.sources[1].errors, fixed.stored["new"])
        [unchanged] = crawl(store, settings, options=AGAIN)  # now a 304 means "read before, nothing new"
        assert (1, [], None) == (unchanged.sources[1].not_modified, unchanged.sources[1].errors,
                                 state.status()[0]["last_error"])
        assert len(paths) == count_rows(store, "articles")


def test_a_sitemap_index_whose_child_failed_is_read_again_with_its_children(store):
    with NewsSite() as site:
        [path] = build_big_site(site, 1)
        now = datetime.now(UTC)
        child = news_sitemap([(site.url(path), "Bài một", now)])
        site.routes["/news.xml"] = fail_then(page(child, "application/xml"), "/news.xml", failures=1, status=404)
        site.routes["/sitemap.xml"] = conditional(sitemap_index([(site.url("/news.xml"), now)]), "application/xml",
                                                  last_modified=now)
        CrawlState(store.conn).add_source(make_source(site.url("/sitemap.xml")))
        [failed] = crawl(store, crawl_settings(**FAST))
        assert "/news.xml: http_status: HTTP 404" in failed.sources[1].errors[0]
        [again] = crawl(store, crawl_settings(**FAST), options=AGAIN)
        assert ([], 1) == (again.sources[1].errors, again.stored["new"])
        assert "if-none-match" not in site.hits_for("/sitemap.xml")[1].headers


def count_rows(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- the command line: the reviewer's session ------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def static_site(root: Path, port: int) -> Iterator[None]:
    """The files of ``root`` served on 127.0.0.1:``port`` (a site that comes up after it was followed)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *_: None
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield
        finally:
            server.shutdown()


def write_site(root: Path, base: str) -> None:
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (root / "index.html").write_text('<html><head><link rel="alternate" type="application/rss+xml" '
                                     'href="/tin.rss"></head><body>Báo Thử</body></html>', encoding="utf-8")
    published = datetime.now(UTC) - timedelta(hours=1)
    (root / "tin.rss").write_bytes(rss([(f"{base}/bai-1.html", "Bài một", published)]))
    (root / "bai-1.html").write_text(article_html(1, published=published, base=base), encoding="utf-8")


def test_a_source_followed_while_its_site_was_down_is_crawled_once_the_site_is_up(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cfg, db = config(tmp_path, retries=1), str(tmp_path / "t.db")
    bantin_cli("sources", "add", base + "/", "--name", "Báo Thử", "--db", db, cfg=cfg)

    down = bantin_cli("crawl", "--db", db, cfg=cfg, ok=False)
    assert 1 == down.returncode
    assert f"robots_unreachable: robots.txt of {base}/ could not be fetched: " in down.stdout
    assert "connection refused" in down.stdout and "robots_disallowed" not in down.stdout
    assert "Failed: 1 of 1 sources (Báo Thử)" in down.stdout
    assert "no feed or sitemap found" not in down.stdout  # the site was not reached: it was not looked at
    check = bantin_cli("sources", "check", "--db", db, cfg=cfg).stdout
    assert "last success never" in check and "last error: home page: robots_unreachable" in check
    assert "last error: home page: robots_unreachable" in bantin_cli("sources", "list", "--db", db, cfg=cfg).stdout

    write_site(tmp_path / "www", base)
    with static_site(tmp_path / "www", port):
        up = bantin_cli("crawl", "--all", "--db", db, "--json", cfg=cfg)  # exit 0: every source read
    report = json.loads(up.stdout.splitlines()[0])
    assert ([], 1) == (report["failed_sources"], report["stored"]["new"])
    [check] = [json.loads(line) for line in bantin_cli("sources", "check", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert check["last_success"] and check["last_error"] is None and check["stored"] == 1


def test_crawl_help_documents_the_exit_status(tmp_path):
    text = " ".join(bantin_cli("crawl", "--help", cfg=config(tmp_path)).stdout.split())
    assert "Exit status: 0 when every source was read" in text and "1 when a source failed" in text


def test_adding_a_followed_url_again_changes_only_what_is_given(tmp_path):
    cfg, db = config(tmp_path), str(tmp_path / "t.db")
    url = "https://baothu.vn/"
    bantin_cli("sources", "add", url, "--name", "Báo Thử", "--tags", "tinh,ngay", "--db", db, cfg=cfg)
    assert "unchanged source 1" in bantin_cli("sources", "add", url, "--db", db, cfg=cfg).stdout
    assert "updated source 1" in bantin_cli("sources", "add", url, "--name", "Báo Thử mới", "--db", db, cfg=cfg).stdout
    bantin_cli("sources", "add", url, "--name", "Báo Thử", "--db", db, cfg=cfg)
    [source] = [json.loads(line) for line in bantin_cli("sources", "list", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert ("Báo Thử", ["tinh", "ngay"], "site") == (source["name"], source["tags"], source["kind"])
    bantin_cli("sources", "add", url, "--name", "Báo Thử Mới", "--db", db, cfg=cfg)
    [source] = [json.loads(line) for line in bantin_cli("sources", "list", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert ("Báo Thử Mới", ["tinh", "ngay"]) == (source["name"], source["tags"])


# -- stopping ---------------------------------------------------------------------------------------------


def test_watch_stops_at_once_on_sigint_and_fetches_nothing_after_it(tmp_path):
    with NewsSite() as site:
        build_big_site(site, 30)
        # one request every 0.5 s, two at a time per host: at any moment a worker waits for its turn;
        # passes of 4 pages, so that the signal lands after a whole pass (its one-off imports) is done
        cfg, db = config(tmp_path, min_interval=0.5, max_pages_per_pass=4), tmp_path / "t.db"
        bantin_cli("sources", "add", site.url("/rss/all.rss"), "--db", str(db), cfg=cfg)
        process = start(cfg, "watch", "--db", str(db))
        try:
            wait_for(lambda: len([p for p in site.paths() if p.startswith("/bai/")]) >= 7)
        finally:
            asked = time.monotonic()
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        stopped = time.monotonic() - asked
        assert 0 == process.returncode, err
        fetched = [h for h in site.hits if h.path.startswith("/bai/")]
        # a request may already be on its way when the signal lands; none may start later than that
        assert [] == [round(h.at - asked, 2) for h in fetched if h.at > asked + 0.3]
        assert stopped < 2.0, stopped
        assert len(fetched) == count_articles(db)  # every page fetched was stored
        assert "watch stopped" in err and "(stopped)" in out


def test_a_crawl_with_no_source_due_says_when_the_next_one_is(tmp_path):
    with NewsSite() as site:
        build_big_site(site, 1)
        cfg, db = config(tmp_path, every="1h"), str(tmp_path / "t.db")
        bantin_cli("sources", "add", site.url("/rss/all.rss"), "--db", db, cfg=cfg)
        bantin_cli("crawl", "--db", db, cfg=cfg)
        again = bantin_cli("crawl", "--db", db, cfg=cfg)
        assert "no source is due before" in again.stderr and "--all crawls every source now" in again.stderr


def test_a_site_without_feeds_or_sitemaps_fails_and_says_so(store):
    with NewsSite() as site:
        site.routes["/"] = page("<html><body>Trang chủ, không có RSS</body></html>")
        CrawlState(store.conn).add_source(make_source(site.url("/")))
        [report] = crawl(store, crawl_settings(**FAST))
        assert ["no feed or sitemap found on the home page or in robots.txt"] == report.failed_sources[0].errors
