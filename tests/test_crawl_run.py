"""Whole crawl passes over the fixture news site on 127.0.0.1, through the API and the command line.

What was fetched, how often, how far apart and with which headers is read from the server's log.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fixtures.site.server import NewsSite, build_big_site, build_site, crawl_settings

import bantin
from bantin import reasons
from bantin.crawl.runner import PassOptions, crawl
from bantin.crawl.sources import make_source
from bantin.crawl.state import CrawlState
from bantin.store import SQLiteStore

# read_timeout: under the slow endpoint's 3 s, over a loaded machine's worst response time (1.5 s was
# missed once at a load average of 8 on 2 cores, with extraction sharing the server's process)
SETTINGS = {"per_host_concurrency": 1, "max_attempts": 1, "retries": 2, "read_timeout": 2.5}
INTERVAL = 0.08


@pytest.fixture
def site():
    with NewsSite() as s:
        s.plan = build_site(s)
        yield s


@pytest.fixture
def followed(site, store):
    CrawlState(store.conn).add_source(make_source(site.url("/"), name="Báo Thử"))
    return store


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One pass over the fixture site, shared by the tests that only read what it did."""
    with NewsSite() as site, SQLiteStore(tmp_path_factory.mktemp("crawl") / "t.db") as store:
        site.plan = build_site(site)
        CrawlState(store.conn).add_source(make_source(site.url("/"), name="Báo Thử"))
        [report] = crawl(store, crawl_settings(**SETTINGS, min_interval=INTERVAL))
        yield site, store, report


def stored_paths(store, site) -> set[str]:
    return {row[0].removeprefix(site.base) for row in store.conn.execute("SELECT url FROM articles")}


def test_a_pass_fetches_exactly_the_allowed_articles_each_once(crawled):
    site, store, report = crawled
    hits = Counter(site.paths())
    assert set(site.plan.articles) == stored_paths(store, site)
    retried = {"/bai/bai-11.html": 3, "/bai/bai-12.html": 2}  # two 500s, then one 429
    assert {p: retried.get(p, 1) for p in site.plan.articles} == {p: hits[p] for p in site.plan.articles}
    assert [] == [p for p in site.plan.never if hits[p]]  # disallowed, too old, malformed: never asked for
    assert 1 == hits["/robots.txt"] and 1 == hits["/"]
    assert {reasons.ROBOTS_DISALLOWED: 1, reasons.REDIRECT_ERROR: 1, reasons.BLOCKED_ADDRESS: 2,
            reasons.BODY_TOO_LARGE: 2, reasons.FETCH_ERROR: 1} == dict(report.failures)
    assert len(site.plan.articles) == report.stored["new"]
    summary = report.sources[1]
    assert ("Báo Thử", 4, len(site.plan.articles) + 7) == (summary.label, summary.endpoints, summary.new_urls)


def test_requests_to_the_site_are_spaced_by_the_politeness_interval(crawled):
    site, _, _ = crawled
    starts = [hit.at for hit in site.hits]
    # The server shares the test's process (and its GIL with extraction) on a busy machine: it logs a
    # request late by up to tens of ms now and then, so a single gap may look shorter than the
    # interval; the k-th request can never be logged before k intervals after the first, though.
    assert len(starts) > 25
    assert all(t - starts[0] >= k * INTERVAL - 0.1 for k, t in enumerate(starts)), starts


def test_the_user_agent_identifies_bantin(crawled):
    site, _, _ = crawled
    agents = {hit.headers["user-agent"] for hit in site.hits}
    assert 1 == len(agents) and agents.pop().startswith("bantin/")


def test_redirected_pages_are_stored_under_their_final_url(crawled):
    site, store, _ = crawled
    article = store.get(site.url("/bai/bai-5.html"))
    assert article.locator == site.url("/chuyen/bai-5")  # the URL the feed listed, without utm_*


def test_the_feed_date_is_only_a_fallback_for_the_page_date(crawled):
    site, store, _ = crawled
    dated = store.get(site.url("/bai/bai-3.html"))
    undated = store.get(site.url("/bai/bai-17.html"))
    assert "date_source" in dated.extra  # the page's own date
    assert undated.published is not None and "date_source" not in undated.extra  # the feed's pubDate


def test_a_wrong_charset_header_does_not_garble_the_text(crawled):
    site, store, _ = crawled
    article = store.get(site.url("/bai/bai-16.html"))
    assert article.title.startswith("Bộ Chỉ huy Quân sự tỉnh") and article.extra["encoding"] == "cp1258"


def test_the_second_pass_sends_conditional_requests_and_fetches_no_article_again(site, followed):
    settings = crawl_settings(**SETTINGS)
    crawl(followed, settings)
    before = Counter(site.paths())
    [second] = crawl(followed, settings, options=PassOptions(all_sources=True))
    again = Counter(site.paths()) - before
    listings = {"/rss/thoi-su.rss": 1, "/atom.xml": 1, "/sitemap_index.xml": 1}
    assert dict(listings, **{"/robots.txt": 1}) == dict(again)  # robots.txt: once per crawl process
    for path in listings:
        assert "if-none-match" in site.hits_for(path)[-1].headers
    assert (3, 0, 0) == (second.sources[1].not_modified, second.sources[1].new_urls, second.fetched)
    [third] = crawl(followed, settings)  # not due again before crawl.every
    assert {} == third.sources
    [refetched] = crawl(followed, settings, options=PassOptions(all_sources=True, refetch=True))
    assert 2 == Counter(site.paths())["/bai/bai-1.html"]
    assert refetched.stored["unchanged"] == len(site.plan.articles)


def test_since_reaches_back_into_older_sitemaps(site, followed):
    crawl(followed, crawl_settings(**SETTINGS), options=PassOptions(since=datetime.now(UTC) - timedelta(days=500)))
    hits = Counter(site.paths())
    assert 1 == hits["/sitemaps/2019-01.xml"] and 1 == hits["/bai/2019.html"] and 1 == hits["/bai/bai-cu.html"]


def test_a_malformed_feed_is_reported_on_its_source(site, store):
    state = CrawlState(store.conn)
    state.add_source(make_source(site.url("/rss/hong.rss")))
    [report] = crawl(store, crawl_settings(**SETTINGS))
    assert "malformed feed" in report.sources[1].errors[0]
    [status] = state.status()
    assert status["last_success"] is None and "malformed feed" in status["last_error"]


def test_raw_responses_are_archived_to_warc_and_ingest_back(site, followed, tmp_path):
    settings = crawl_settings(**SETTINGS)
    [report] = crawl(followed, settings, warc_dir=str(tmp_path / "warc"))
    [warc] = list((tmp_path / "warc").glob("*.warc.gz"))
    assert report.warc == str(warc)
    with SQLiteStore(":memory:") as again:
        bantin.ingest([warc], again, settings=settings)
        assert stored_paths(followed, site) == stored_paths(again, site)


# -- the command line, in real processes ---------------------------------------------------------------


def config(tmp_path: Path, **crawl_values) -> Path:
    values = {"min_interval": 0.02, "allowed_networks": ["127.0.0.0/8"], "retries": 1, "backoff": 0.05,
              "read_timeout": 1.5, "max_attempts": 1, "every": "1s"}
    values.update(crawl_values)
    lines = ["[ingest]", "workers = 1", "batch_size = 4", "progress = false", "[crawl]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in values.items()]
    path = tmp_path / "bantin.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def bantin_cli(*args: str, cfg: Path, ok: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "bantin", "--config", str(cfg), *args], capture_output=True, check=False,
                            text=True, timeout=60)
    if ok:
        assert 0 == result.returncode, result.stderr
    return result


def test_sources_add_list_import_and_check(site, tmp_path):
    cfg, db = config(tmp_path), str(tmp_path / "t.db")
    assert "added source 1" in bantin_cli("sources", "add", site.url("/"), "--name", "Báo Thử", "--tags", "test,local",
                                          "--db", db, cfg=cfg).stdout
    bantin_cli("sources", "add", site.url("/rss/thoi-su.rss"), "--db", db, cfg=cfg)
    listed = [json.loads(line) for line in bantin_cli("sources", "list", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert [("site", ["test", "local"]), ("feed", [])] == [(s["kind"], s["tags"]) for s in listed]
    out = bantin_cli("sources", "import", "vietnam", "--db", db, cfg=cfg).stdout
    assert "36 sources" in out and "36 added, 0 updated, 0 unchanged" in out
    again = json.loads(bantin_cli("sources", "import", "vietnam", "--db", db, "--json", cfg=cfg).stdout)
    assert {"sources": 36, "added": 0, "updated": 0, "unchanged": 36} == {k: again[k] for k in
                                                                         ("sources", "added", "updated", "unchanged")}
    bad = bantin_cli("sources", "add", "ftp://baothu.vn/", "--db", db, cfg=cfg, ok=False)
    assert 2 == bad.returncode and "not an http(s) URL" in bad.stderr
    checks = [json.loads(line) for line in bantin_cli("sources", "check", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert 38 == len(checks) and {"last_success", "articles_found", "last_error", "next_due"} <= set(checks[0])


def test_crawl_command_then_sources_check(site, tmp_path):
    cfg, db = config(tmp_path, retries=2, read_timeout=1.5), str(tmp_path / "t.db")
    bantin_cli("sources", "add", site.url("/"), "--name", "Báo Thử", "--db", db, cfg=cfg)
    result = bantin_cli("crawl", "--db", db, "--once", cfg=cfg, ok=False)
    assert 1 == result.returncode  # some pages were dropped, each reported with its reason
    assert "robots_disallowed" in result.stderr and "blocked_address" in result.stderr
    assert "By source:" in result.stdout and "Báo Thử" in result.stdout
    [check] = [json.loads(line) for line in bantin_cli("sources", "check", "--json", "--db", db, cfg=cfg).stdout.splitlines()]
    assert check["last_success"] and check["stored"] == len(site.plan.articles) and check["articles_found"] >= 14
    stats = json.loads(bantin_cli("stats", "--db", db, "--json", cfg=cfg).stdout)
    assert len(site.plan.articles) == stats["articles"] and stats["drops"]["body_too_large"] == 2


def test_private_addresses_need_an_explicit_setting(site, tmp_path):
    cfg, db = config(tmp_path, allowed_networks=[]), str(tmp_path / "t.db")
    bantin_cli("sources", "add", site.url("/rss/thoi-su.rss"), "--db", db, cfg=cfg)
    refused = bantin_cli("crawl", "--db", db, "--json", cfg=cfg, ok=False)
    assert json.loads(refused.stdout.splitlines()[0])["sources"][0]["errors"]
    assert [] == site.paths()
    allowed = bantin_cli("crawl", "--db", db, "--all", "--allow-private", "--json", cfg=cfg, ok=False)
    assert json.loads(allowed.stdout.splitlines()[0])["stored"]["new"] >= 5


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # no schema yet
        return 0


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def start(cfg: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bantin", "--config", str(cfg), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_crawl_killed_midway_and_restarted_stores_every_article_exactly_once(tmp_path):
    with NewsSite() as site:
        paths = build_big_site(site, 40)
        cfg, db = config(tmp_path, min_interval=0.04), tmp_path / "t.db"
        bantin_cli("sources", "add", site.url("/rss/all.rss"), "--db", str(db), cfg=cfg)
        process = start(cfg, "crawl", "--db", str(db), "--quiet")
        try:
            wait_for(lambda: count_articles(db) >= 8)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        assert count_articles(db) < 40
        bantin_cli("crawl", "--db", str(db), "--all", "--quiet", cfg=cfg)
        with sqlite3.connect(db) as conn:
            urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
            revisions = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
        assert sorted(site.url(p) for p in paths) == sorted(urls) and 40 == revisions
        fetched = Counter(p for p in site.paths() if p.startswith("/bai/"))
        # fetched again: at most what was in flight when killed: the page queue (2 batches of 4), one
        # page held by each of the 16 fetch workers, and the batch being stored
        assert set(paths) == set(fetched) and sum(fetched.values()) <= 40 + 2 * 4 + 16 + 4


def test_watch_stops_cleanly_on_sigterm_and_resumes_from_the_store(tmp_path):
    with NewsSite() as site:
        paths = build_big_site(site, 12)
        cfg, db = config(tmp_path), tmp_path / "t.db"
        bantin_cli("sources", "add", site.url("/rss/all.rss"), "--db", str(db), cfg=cfg)
        process = start(cfg, "watch", "--every", "1s", "--db", str(db))
        try:
            wait_for(lambda: count_articles(db) == 12)
            wait_for(lambda: len(site.hits_for("/rss/all.rss")) >= 2)  # a second pass, a second later
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=20)
        assert 0 == process.returncode, err
        assert "watch stopped" in err and "By source:" in out
        before = Counter(site.paths())
        process = start(cfg, "watch", "--every", "1s", "--db", str(db))
        try:
            wait_for(lambda: len(site.hits_for("/rss/all.rss")) > before["/rss/all.rss"])
        finally:
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=20)
        assert 0 == process.returncode, err
        fetched = Counter(p for p in site.paths() if p.startswith("/bai/"))
        assert {p: 1 for p in paths} == dict(fetched)  # nothing fetched twice across the restart


def test_sigterm_during_a_pass_stores_what_was_fetched_and_nothing_half(tmp_path):
    with NewsSite() as site:
        build_big_site(site, 60)
        cfg, db = config(tmp_path, min_interval=0.05), tmp_path / "t.db"
        bantin_cli("sources", "add", site.url("/rss/all.rss"), "--db", str(db), cfg=cfg)
        process = start(cfg, "crawl", "--db", str(db), "--json")
        try:
            wait_for(lambda: count_articles(db) >= 4)
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=20)
        assert 0 == process.returncode, err
        report = json.loads(out.splitlines()[-1])
        assert report["stopped"] and 0 < report["stored"]["new"] < 60 and report["pending"] > 0
        with sqlite3.connect(db) as conn:
            done = conn.execute("SELECT count(*) FROM frontier WHERE state = 'done'").fetchone()[0]
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert report["stored"]["new"] == articles == done
        assert os.path.exists(db)
