"""The JSON API and the dashboard's pages through FastAPI's test client: contract fields, 4xx
for bad input (never 500), untrusted content rendered inert, the admin token."""

from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient

from bantin.web import charts
from bantin.web.app import create_app, safe_snippet
from web_support import XSS_TITLE, XSS_URL, build_demo_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("web") / "demo.db")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def test_search_has_the_contract_fields_and_facets(client):
    body = client.get("/api/search", params={"q": "quan su", "facets": "true", "limit": 5}).json()
    assert body["total"] >= 10 and len(body["hits"]) == 5
    assert ["id", "url", "title", "source", "published", "snippet", "score"] == list(body["hits"][0])
    assert "<mark>" in body["hits"][0]["snippet"]
    assert body["ranked_in_blocks_of"] is None  # fewer matches than a ranking block: ranked as a whole
    assert {"source", "topic", "province", "entity", "sampled", "complete"} <= set(body["facets"])
    source, n = body["facets"]["source"][0]
    narrowed = client.get("/api/search", params={"q": "quan su", "source": source}).json()
    assert n == narrowed["total"] and {source} == {h["source"] for h in narrowed["hits"]}


def test_pages_of_results_do_not_overlap(client):
    first = client.get("/api/search", params={"q": "quan su", "limit": 4}).json()["hits"]
    second = client.get("/api/search", params={"q": "quan su", "limit": 4, "offset": 4}).json()["hits"]
    assert not {h["id"] for h in first} & {h["id"] for h in second}


@pytest.mark.parametrize("query", ['"quân sự', "(", "a OR", "-", "title:", ")", "()", "OR OR"])
def test_a_malformed_query_is_a_400_with_the_message(client, query):
    response = client.get("/api/search", params={"q": query})
    assert 400 == response.status_code
    assert response.json()["detail"].startswith("bad query: ")


@pytest.mark.parametrize("query", ["'; DROP TABLE articles; --", 'NEAR(a b)', "a* b^", "{title body}: x", "col:x",
                                   "\x00", "ＱＵÂＮ", "😀", '"""', "a AND NOT b", "title:(a OR b)"])
def test_hostile_queries_never_break_sql_or_fts(client, query):
    for url in ("/api/search", "/api/trends", "/api/export", "/search", "/trends"):
        response = client.get(url, params={"q": query})
        assert response.status_code in (200, 400), (url, query, response.text[:200])
    assert client.get("/api/stats").json()["articles"] == 49


def test_invalid_parameters_are_4xx_json(client):
    for url, params in [("/api/search", {"q": "a", "since": "yesterday"}), ("/api/search", {"q": "a", "limit": 0}),
                        ("/api/search", {"q": "a", "since": "2023-06-02", "until": "2023-06-01"}),
                        ("/api/trends", {"interval": "hour"}), ("/api/entities", {"type": "XYZ"}),
                        ("/api/export", {"q": "a", "format": "xlsx"}), ("/api/articles/abc", {})]:
        response = client.get(url, params=params)
        assert 422 == response.status_code, (url, response.text)
        assert "detail" in response.json()
    assert 404 == client.get("/api/articles/999999").status_code
    assert 404 == client.get("/api/entities/999999").status_code
    assert 404 == client.get("/article/999999").status_code


def test_article_has_text_metadata_entities_and_provinces(client):
    hits = client.get("/api/search", params={"q": '"Quân sự tỉnh Quảng Trị"'}).json()["hits"]
    hit = next(h for h in hits if h["source"] != "xss.example")
    article = client.get(f"/api/articles/{hit['id']}").json()
    assert article["title"] == hit["title"] and len(article["text"]) > 200
    assert any(e["type"] == "ORG" for e in article["entities"])
    assert "Quảng Trị" in {p["name"] for p in article["provinces"]}
    assert "duplicates" in article and "story" in article


def test_trends_compare_queries_and_add_up(client):
    body = client.get("/api/trends", params={"q": "quân sự", "compare": ["bão", "Đảng ủy"]}).json()
    assert ["quân sự", "bão", "Đảng ủy"] == [s["query"] for s in body["series"]]
    for series in body["series"]:
        total = client.get("/api/search", params={"q": series["query"], "limit": 1}).json()["total"]
        assert total == series["total"] == sum(c["count"] for c in series["counts"])
    assert "day" == body["interval"]


def test_entities_provinces_and_sources(client):
    people = client.get("/api/entities", params={"type": "PER", "limit": 5}).json()["entities"]
    assert 5 == len(people) and all(p["type"] == "PER" for p in people)
    assert people == sorted(people, key=lambda p: -p["articles"])
    one = client.get(f"/api/entities/{people[0]['id']}").json()
    assert one["articles"] == people[0]["articles"] == sum(d["count"] for d in one["timeline"])
    provinces = client.get("/api/provinces").json()
    quang_tri = next(p for p in provinces["provinces_2025"] if p["name_2025"] == "Quảng Trị")
    assert {"Quảng Bình", "Quảng Trị"} >= {f["name"] for f in quang_tri["former"]}
    assert quang_tri["articles"] == client.get("/api/provinces/Quảng Trị").json()["articles"]
    sources = client.get("/api/sources").json()
    assert 49 == sum(s["articles"] for s in sources["sources"])
    assert abs(1 - sum(s["share"] for s in sources["sources"])) < 0.01


def _without_connect_data(db, tmp_path):
    """A copy of the store as if the connect layer (bantin.connect, migration 004) had never run."""
    import sqlite3

    copy = tmp_path / "bare.db"
    copy.write_bytes(db.read_bytes())
    with sqlite3.connect(copy) as conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'connect_articles'").fetchone():
            conn.execute("DELETE FROM connect_articles")
    return copy


def test_stories_and_alerts_say_when_they_are_not_computed(db, tmp_path):
    with TestClient(create_app(_without_connect_data(db, tmp_path))) as bare:
        assert {"available": False, "stories": []} == bare.get("/api/stories").json()
        assert {"available": False, "alerts": []} == bare.get("/api/alerts").json()
        assert 404 == bare.get("/api/stories/1").status_code
        assert {"duplicates": None, "story": None} == {k: bare.get("/api/articles/1").json()[k] for k in ("duplicates", "story")}
        for url in ("/stories", "/alerts", "/sources", "/article/1", "/story/1"):
            page = bare.get(url)
            assert page.status_code in (200, 404) and "Chưa có dữ liệu" in page.text, url


def test_stories_light_up_when_the_connect_layer_has_run(client, db):
    from bantin.web import connected
    from bantin.store.sqlite import SQLiteStore

    with SQLiteStore(db, readonly=True) as store:
        if not connected.available(store.conn):
            pytest.skip("the connect layer (bantin.connect) did not run on this store")
    stories = client.get("/api/stories").json()
    assert stories["available"] and stories["stories"]
    top = stories["stories"][0]
    assert top["size"] >= 2 and top["origin_source"]
    story = client.get(f"/api/stories/{top['id']}").json()
    assert top["size"] == len(story["articles"]) and story["origin_id"] == story["articles"][0]["id"]
    page = client.get(f"/story/{top['id']}", params={"lang": "vi"}).text
    assert "svg" in page and "Nguồn đưa tin đầu tiên" in page
    assert "Chưa có dữ liệu" not in client.get("/stories").text


def test_the_dashboard_shows_the_stories_and_duplicates_that_bantin_api_returns(client, db):
    from bantin import api
    from bantin.store.sqlite import SQLiteStore
    from bantin.web import connected

    with SQLiteStore(db, readonly=True) as store:
        if not connected.available(store.conn):
            pytest.skip("the connect layer (bantin.connect) did not run on this store")
        largest = api.largest_stories(store, limit=5)
        shown = client.get("/api/stories", params={"limit": 5}).json()["stories"]
        assert [s.id for s in largest] == [s["id"] for s in shown]
        assert [len(s.articles) for s in largest] == sorted((len(s.articles) for s in largest), reverse=True)

        story = api.story(store, largest[0].id)
        assert [a.id for a in story.articles] == [a["id"] for a in client.get(f"/api/stories/{story.id}").json()["articles"]]
        assert story == api.story_of(store, story.articles[-1].id)
        assert story in api.stories(store)  # bantin stories lists it the same way

        copied = store.conn.execute("SELECT article_id FROM duplicates ORDER BY article_id LIMIT 1").fetchone()
        if copied:
            group = api.duplicates_of(store, copied[0])
            assert group in api.duplicates(store)  # as bantin duplicates lists it
            members = [group.origin.id, *(c.id for c in group.copies)]
            shown = client.get(f"/api/articles/{copied[0]}").json()["duplicates"]
            assert [m for m in members if m != copied[0]] == [d["id"] for d in shown]
        assert api.story(store, 10**9) is None and api.duplicates_of(store, 10**9) is None


def test_every_page_answers_in_both_languages(client):
    entity_id = client.get("/api/entities", params={"limit": 1}).json()["entities"][0]["id"]
    urls = ["/", "/search?q=quân+sự", "/search?source=baothoidai.vn", "/article/1", "/trends?q=bão", "/stories",
            "/entities?type=PER", "/entities?type=ORG&name=quân", "/entities?type=LOC", f"/entity/{entity_id}",
            "/provinces", "/province/Quảng Trị", "/sources", "/alerts", "/?since=2023-06-01&until=2023-06-30"]
    for url in urls:
        vi = client.get(url, params={"lang": "vi"})
        en = client.get(url, params={"lang": "en"})
        assert 200 == vi.status_code == en.status_code, url
        assert '<html lang="vi">' in vi.text and '<html lang="en">' in en.text
    assert "Overview" in client.get("/").text  # the last choice is kept in a cookie
    assert "Tổng quan" in client.get("/?lang=vi").text and "Tổng quan" in client.get("/").text


def test_bad_input_on_pages_is_a_message_not_a_500(client):
    response = client.get("/search", params={"q": '"quân sự', "lang": "vi"})
    assert 400 == response.status_code and "Truy vấn không hợp lệ" in response.text
    assert 200 == client.get("/search", params={"q": "bão", "since": "hôm qua", "page": "x"}).status_code
    assert 400 == client.get("/trends", params={"q": "("}).status_code


def test_untrusted_article_content_is_inert(client):
    hits = client.get("/api/search", params={"q": '"tin độc hại"'}).json()["hits"]
    assert 1 == len(hits) and "<script>" not in hits[0]["snippet"] and "&lt;script&gt;" in hits[0]["snippet"]
    page = client.get(f"/article/{hits[0]['id']}").text
    body = page.split("<main>", 1)[1]
    for raw in ("<script", "<img", 'href="javascript:'):
        assert raw not in body
    assert "&lt;script&gt;alert(&#34;tiêu đề&#34;)&lt;/script&gt;" in body
    assert XSS_URL in body  # shown as text, not as a link
    results = client.get("/search", params={"q": '"tin độc hại"'}).text.split("<main>", 1)[1]
    assert "<script" not in results and "<img" not in results
    listing = client.get("/").text
    assert XSS_TITLE not in listing and "&lt;script&gt;" in listing


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "nosniff" == headers["x-content-type-options"]


def test_snippet_markup_allows_only_mark():
    assert "a <mark>b</mark> &lt;c&gt;" == str(safe_snippet("a <mark>b</mark> &lt;c&gt;"))
    assert "&lt;script&gt;" in str(safe_snippet("<mark>x</mark><script>"))


def test_chart_labels_are_escaped():
    from datetime import date

    svg = charts.line_chart({"<script>x</script>": {date(2023, 1, 1): 2, date(2023, 1, 3): 5}, "b": {}})
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<polyline" in svg
    assert "<script" not in charts.bar_chart([('"><script>', 3)])


def test_export_streams_every_match_in_each_format(client):
    total = client.get("/api/search", params={"q": "quan su", "limit": 1}).json()["total"]
    lines = client.get("/api/export", params={"q": "quan su", "format": "jsonl"}).text.splitlines()
    assert total == len(lines) and "title" in json.loads(lines[0])
    csv_text = client.get("/api/export", params={"q": "quan su", "format": "csv"}).content.decode("utf-8-sig")
    assert csv_text.startswith("id,url,source,published,title")
    import pyarrow.parquet as pq

    response = client.get("/api/export", params={"format": "parquet"})
    assert 'filename="bantin-export.parquet"' in response.headers["content-disposition"]
    table = pq.read_table(io.BytesIO(response.content))
    assert 49 == table.num_rows
    assert any("Quảng Trị" in p for p in table.column("provinces").to_pylist())
    assert 400 == client.get("/api/export", params={"q": "(", "format": "csv"}).status_code


def test_admin_ingest_needs_the_token(db, tmp_path):
    from bantin.settings import load_settings

    line = json.dumps({"url": "https://baothu.vn/admin-1.html", "title": "Bài gửi qua API quản trị zyxwvu",
                       "text": "Nội dung bài gửi qua API quản trị về phòng chống lụt bão ở miền Trung. " * 8,
                       "published": "2023-06-30T08:00:00+07:00", "source": "baothu.vn"}, ensure_ascii=False)
    with TestClient(create_app(db)) as readonly:
        assert 403 == readonly.post("/api/admin/ingest", content=line).status_code
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    settings = load_settings(env={"BANTIN_WEB_ADMIN_TOKEN": "s3cret"})
    with TestClient(create_app(copy, settings=settings)) as admin:
        assert 401 == admin.post("/api/admin/ingest", content=line).status_code
        assert 401 == admin.post("/api/admin/ingest", content=line, headers={"Authorization": "Bearer nope"}).status_code
        response = admin.post("/api/admin/ingest", content=line, headers={"Authorization": "Bearer s3cret"})
        assert 200 == response.status_code, response.text
        assert {"new": 1} == response.json()["stored"]
        assert 1 == admin.get("/api/search", params={"q": "zyxwvu"}).json()["total"]
