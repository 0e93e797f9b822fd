"""What keeps the dashboard fast on a large store, and must not change its answers: the narrow
``article_facts`` table (migration 005) that counts and facets read, the cache keyed by the
normalised query, the trends views, and ``bantin serve --workers``. Speed itself is measured by
bench/serve.py, never here."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, datetime

import httpx
import pytest
from conftest import VN, article
from fastapi.testclient import TestClient
from web_support import build_demo_store, free_port

from bantin import api
from bantin.search.query import parse
from bantin.store.base import SearchFilters
from bantin.store.sqlite import SQLiteStore
from bantin.types import Article, Entity
from bantin.web import queries
from bantin.web.app import create_app
from bantin.web.queries import Selection
from bantin.web.state import Cache, Stores

FACT_COLUMNS = "id, source, topic, day, published_utc, first_seen"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("fast") / "demo.db")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def facts_and_articles(store: SQLiteStore) -> tuple[list, list]:
    return ([tuple(r) for r in store.conn.execute(f"SELECT {FACT_COLUMNS} FROM article_facts ORDER BY id")],
            [tuple(r) for r in store.conn.execute(f"SELECT {FACT_COLUMNS} FROM articles ORDER BY id")])


def test_article_facts_follow_every_write_of_the_articles(store):
    store.write_batch([article("https://a.vn/1", title="Bão số 3", topic="Xã hội"), article("https://a.vn/2", day=None)])
    facts, articles = facts_and_articles(store)
    assert 2 == len(facts) and facts == articles

    # a revision that moves the article to another day and topic
    store.write_batch([article("https://a.vn/1", title="Bão số 3 đổ bộ", day=9, topic="Thời sự")])
    facts, articles = facts_and_articles(store)
    assert facts == articles and "2023-05-09" == facts[0][3] and "Thời sự" == facts[0][2]

    store.conn.execute("DELETE FROM articles WHERE url = 'https://a.vn/2'")
    assert facts_and_articles(store)[0] == facts_and_articles(store)[1]


COUNTED_BY_SCANNING_ARTICLES = {
    "revised_articles": "SELECT count(*) FROM articles WHERE revision > 1",
    "extractors": "SELECT extractor, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
    "languages": "SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
}


def scanned(store: SQLiteStore) -> dict:
    one_or_pairs = lambda rows: rows[0][0] if len(rows[0]) == 1 else {r[0]: r[1] for r in rows}
    return {k: one_or_pairs(store.conn.execute(sql).fetchall()) for k, sql in COUNTED_BY_SCANNING_ARTICLES.items()}


def test_stats_counts_follow_every_write_of_the_articles(store):
    # article_counts (migration 006) answers what only a scan of the articles rows could
    summary = lambda: {k: store.stats()[k] for k in COUNTED_BY_SCANNING_ARTICLES}
    store.write_batch([article("https://a.vn/1", title="Bão số 3"), article("https://a.vn/2", day=None),
                       dataclasses.replace(article("https://a.vn/3"), extractor="jsonl", language="vi")])
    assert {"revised_articles": 0, "extractors": {"test": 2, "jsonl": 1}, "languages": {"unknown": 2, "vi": 1}} == summary()

    store.write_batch([dataclasses.replace(article("https://a.vn/1", title="Bão số 3 đổ bộ"), extractor="jsonl")])  # a revision
    assert {"revised_articles": 1, "extractors": {"jsonl": 2, "test": 1}, "languages": {"unknown": 2, "vi": 1}} == summary()
    assert scanned(store) == summary()

    store.conn.execute("DELETE FROM articles WHERE url IN ('https://a.vn/1', 'https://a.vn/3')")
    assert {"revised_articles": 0, "extractors": {"test": 1}, "languages": {"unknown": 1}} == summary() == scanned(store)


def day_counts_by_sql(store: SQLiteStore, query: str | None) -> dict[str, int]:
    """What ``day_counts`` answers with filters: the matches joined to their facts and grouped by SQL."""
    return store.day_counts(parse(query) if query else None, SearchFilters(since=datetime(2000, 1, 1, tzinfo=VN)))


def test_day_counts_without_filters_through_the_day_index_equal_sql(db):
    with SQLiteStore(db, readonly=True) as store:
        for query in (None, "quân sự", "bão OR lũ", '"không có trong kho"'):
            fast = store.day_counts(parse(query) if query else None, SearchFilters())
            assert day_counts_by_sql(store, query) == fast and list(fast) == sorted(fast)


def test_the_day_index_follows_writes_by_this_connection_and_others(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as writer, SQLiteStore(tmp_path / "s.db", readonly=True) as reader:
        writer.write_batch([article("https://a.vn/1", title="Bão số 3", day=2)])
        assert {"2023-05-02": 1} == writer.day_counts(parse("bão"), SearchFilters()) == reader.day_counts(parse("bão"), SearchFilters())
        writer.write_batch([article("https://a.vn/2", title="Bão số 4", day=3),
                            article("https://a.vn/1", title="Bão số 3 tan", day=4)])  # a new one, a revision moved
        expected = {"2023-05-03": 1, "2023-05-04": 1}
        assert expected == writer.day_counts(parse("bão"), SearchFilters()) == reader.day_counts(parse("bão"), SearchFilters())
        assert day_counts_by_sql(reader, "bão") == expected


def test_a_store_older_than_the_facts_table_is_read_through_articles_with_the_same_answers(db, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    with SQLiteStore(old) as store:  # what a store built before migration 005 looks like
        store.conn.executescript("DROP TABLE article_facts; PRAGMA user_version = 4;")
    sel = Selection(query="quân sự")
    with SQLiteStore(db, readonly=True) as new, SQLiteStore(old, readonly=True) as before:
        assert ("article_facts", "articles") == (new.facts, before.facts)
        for read in (queries.count, queries.facets, queries.figures, queries.sources, queries.timeline,
                     lambda conn, s: queries.latest(conn, s, 5)):
            assert read(new.conn, sel) == read(before.conn, sel)
        assert api.search(new, "quân sự") == api.search(before, "quân sự")
        assert api.trends(new, ["bão", "quan su"]) == api.trends(before, ["bão", "quan su"])


def test_facets_count_the_matching_articles_of_each_name(db):
    with SQLiteStore(db, readonly=True) as store:
        sel = Selection(query="quân sự")
        found = queries.facets(store.conn, sel)
        assert found["complete"] and found["sampled"] == queries.count(store.conn, sel)
        for name, n in found["entity"]:
            assert n == queries.count(store.conn, dataclasses.replace(sel, entities=(name,))), name
        for name, n in found["source"]:
            assert n == queries.count(store.conn, dataclasses.replace(sel, sources=(name,))), name


def test_one_query_spelled_differently_shares_its_cache_entry():
    key = Selection(query="quân sự").cache_key()
    assert key == Selection(query="Quân   Sự").cache_key() == Selection(query="quân  sự ").cache_key()
    assert key != Selection(query="quan su").cache_key()  # typed without diacritics it matches more
    assert key != Selection(query="quân sự", sources=("vnexpress.net",)).cache_key()
    assert Selection(entities=("Bộ Quốc phòng",)).cache_key() == Selection(entities=("bộ quốc phòng",)).cache_key()


def test_the_cache_computes_a_missing_answer_once_for_concurrent_requests(db):
    cache, calls = Cache(seconds=60), []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return len(calls)

    answers, stores = [], Stores(str(db))  # a connection per thread, as the server has
    threads = [threading.Thread(target=lambda: answers.append(cache.get(stores.get(), "k", slow))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stores.close()
    assert [1] * 8 == answers and 1 == len(calls)


def test_a_new_article_makes_cached_answers_stale(tmp_path):
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        store.write_batch([article("https://a.vn/1", title="Bão số 3")])
    with TestClient(create_app(path)) as client:
        assert 1 == client.get("/api/search", params={"q": "bão"}).json()["total"]
        with SQLiteStore(path) as store:
            store.write_batch([article("https://a.vn/2", title="Bão số 4", day=2)])
        assert 2 == client.get("/api/search", params={"q": "bao"}).json()["total"]


def test_trends_give_counts_ratios_and_share_of_voice_as_bantin_trends_does(client, db):
    body = client.get("/api/trends", params={"q": "quân sự", "compare": "bão", "interval": "week"}).json()
    with SQLiteStore(db, readonly=True) as store:
        expected = api.trends(store, ["quân sự", "bão"], interval="week")
    got = [(s["query"], p["period"], p["count"], p["total"], p["ratio"], p["share_of_voice"])
           for s in body["series"] for p in s["counts"]]
    assert [(p.query, p.period, p.count, p.total, p.ratio, p.share_of_voice) for p in expected] == got
    first = body["series"][0]["counts"]
    assert all(date.fromisoformat(p["day"]).weekday() == 0 for p in first)  # weeks are named by their Monday


def test_the_trends_page_switches_between_the_three_views(client):
    for view in ("count", "ratio", "share_of_voice"):
        html = client.get("/trends", params={"q": "quân sự\nbão", "view": view, "lang": "en"}).text
        assert f'id="trend-chart" data-view="{view}"' in html
        assert 'id="trend-table"' in html
    assert "Share of all articles" in html and "Share of voice" in html
    assert 200 == client.get("/trends", params={"q": "bão", "interval": "month"}).status_code


def test_trends_without_a_query_is_a_400(client):
    response = client.get("/api/trends")
    assert 400 == response.status_code and "query" in response.json()["detail"]


def test_serve_with_two_workers_answers_like_one(db, client):
    port = free_port()
    env = dict(os.environ, BANTIN_WEB_CACHE_SECONDS="0")
    server = subprocess.Popen([sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(port),
                               "--workers", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                got = httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "quân sự"}, timeout=30)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert got.json() == client.get("/api/search", params={"q": "quân sự"}).json()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_facts_survive_many_articles_in_one_batch(store):
    batch = [Article(url=f"https://b.vn/{i}", source=f"b{i % 3}.vn", title=f"Tin {i}", text=f"Tin số {i} về kinh tế.",
                     published=datetime(2023, 5, 1 + i % 20, 8, tzinfo=VN), extractor="test", topic="Kinh doanh",
                     entities=(Entity(text="Bộ Tài chính", type="ORG", start=0, end=12, canonical="Bộ Tài chính"),))
             for i in range(200)]
    store.write_batch(batch)
    facts, articles = facts_and_articles(store)
    assert 200 == len(facts) and facts == articles
    counts = store.day_counts(None, SearchFilters())
    assert 200 == sum(counts.values()) and 20 == len(counts)


def test_serve_says_where_it_serves_and_refuses_a_port_in_use(db):
    import socket

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        said = server.stderr.readline()
        while said.startswith("bantin: this store has schema"):  # an older store is said first
            said = server.stderr.readline()
        assert f"bantin: serving {db.resolve()} on http://127.0.0.1:{port} (Ctrl+C to stop)" == said.strip()
    finally:
        server.terminate()
        server.wait(timeout=30)

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        refused = subprocess.run([sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(busy)],
                                 capture_output=True, text=True, timeout=60, check=False)
    assert 2 == refused.returncode
    assert f"bantin: port {busy} on 127.0.0.1 is in use; choose another with --port" == refused.stderr.strip().splitlines()[-1]


# -- publication times: a day the page gave without a time is shown as a day --------------------------

EXAM = ("Sáng 27/6, hơn một triệu thí sinh trên cả nước làm thủ tục dự thi tốt nghiệp trung học phổ thông năm 2023. "
        "Bộ Giáo dục và Đào tạo cho biết công tác chuẩn bị đã hoàn tất, các điểm thi được bố trí lực lượng bảo đảm an "
        "ninh, y tế và phòng cháy chữa cháy; thí sinh được nhắc mang theo giấy tờ tùy thân và đến sớm.")


def published_at(url: str, published: datetime, precision: str | None, text: str) -> Article:
    """An article whose page gave its date with this precision (None: stored before precisions were recorded)."""
    return Article(url=url, source=url.split("/")[2], title=f"Tin {url[-1]} về kỳ thi", text=text, published=published,
                   extractor="test", extra={"published_precision": precision} if precision else {})


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("dated") / "bantin.db"
    with api.open_store(path) as store:
        store.write_batch([
            published_at("https://a.vn/1", datetime(2023, 6, 27, 17, 30, tzinfo=VN), "second", EXAM),
            published_at("https://b.vn/2", datetime(2023, 6, 28, tzinfo=VN), "day", EXAM + " Theo TTXVN."),
            published_at("https://c.vn/3", datetime(2023, 6, 20, tzinfo=VN), "minute", "Tin về bão số 1. " * 20),
            published_at("https://d.vn/4", datetime(2023, 6, 21, tzinfo=VN), None, "Tin về lũ quét ở vùng cao. " * 20),
        ])
        api.connect(store)
        ids = dict(store.conn.execute("SELECT url, id FROM articles"))
        [story] = [s.id for s in api.stories(store) if len(s.articles) == 2]
    with TestClient(create_app(path)) as client:
        yield client, ids, story


def article_meta(client, article_id: int) -> str:
    return client.get(f"/article/{article_id}").text.split('class="meta">', 1)[1].split("</p>", 1)[0]


def test_an_article_whose_page_gave_only_the_day_shows_the_day(dated_store):
    client, ids, _ = dated_store
    meta = article_meta(client, ids["https://b.vn/2"])
    assert "28/06/2023" in meta and "00:00" not in meta


def test_an_article_published_at_midnight_shows_00_00_when_its_page_said_so(dated_store):
    client, ids, _ = dated_store
    assert "00:00 20/06/2023" in article_meta(client, ids["https://c.vn/3"])
    assert "00:00 20/06/2023" in client.get("/", params={"since": "2023-06-01"}).text  # the home page's latest


def test_search_results_show_times_with_the_precision_their_pages_gave(dated_store):
    client, _, _ = dated_store
    page = client.get("/search", params={"q": "bão"}).text
    assert "00:00 20/06/2023" in page  # a real midnight: its page gave the time
    page = client.get("/search", params={"q": "thí sinh"}).text
    assert "17:30 27/06/2023" in page and "28/06/2023" in page and "00:00 28/06/2023" not in page


def test_a_midnight_without_a_recorded_precision_is_still_taken_for_a_day(dated_store):
    client, ids, _ = dated_store  # a store written before published_precision
    meta = article_meta(client, ids["https://d.vn/4"])
    assert "21/06/2023" in meta and "00:00" not in meta


def test_a_story_shows_its_range_and_articles_in_local_time_with_days_as_days(dated_store):
    client, _, story = dated_store
    page = client.get(f"/story/{story}").text
    header = page.split('id="story-range">', 1)[1].split("</p>", 1)[0]
    assert header.endswith("17:30 27/06/2023 → 28/06/2023")  # first_seen is 10:30 UTC
    timeline = page.split('<ol class="timeline-list">', 1)[1].split("</ol>", 1)[0]
    times = [li.split('class="meta">', 1)[1].split("</span>", 1)[0] for li in timeline.split("<li")[1:]]
    assert ["17:30 27/06/2023", "28/06/2023"] == times
