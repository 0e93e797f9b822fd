"""The JSON API and the dashboard's pages through FastAPI's test client: contract fields, 4xx
for bad input (never 500), untrusted content rendered inert, the admin token."""

from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient
from web_support import XSS_TITLE, XSS_URL, build_demo_store

from bantin.web import charts
from bantin.web.app import create_app, safe_snippet


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
    from bantin.store.sqlite import SQLiteStore
    from bantin.web import connected

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


def test_admin_ingest_refuses_a_binary_body_and_keeps_the_good_lines_of_a_text_one(db, tmp_path):
    from bantin.settings import load_settings

    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    admin = {"Authorization": "Bearer s3cret"}
    good = json.dumps({"url": "https://baothu.vn/admin-2.html", "title": "Bài thứ hai qua API quản trị qwertz",
                       "text": "Nội dung bài thứ hai gửi qua API quản trị về mùa mưa lũ ở miền Trung. " * 8},
                      ensure_ascii=False)
    with TestClient(create_app(copy, settings=load_settings(env={"BANTIN_WEB_ADMIN_TOKEN": "s3cret"}))) as client:
        for body in (bytes(range(256)) * 40, (good + "\n").encode("utf-16")):  # an archive, UTF-16 text
            response = client.post("/api/admin/ingest", content=body, headers=admin)
            assert 415 == response.status_code
            assert {"detail": "the body is binary: send UTF-8 text, one JSON object per line"} == response.json()
        response = client.post("/api/admin/ingest", content=f"{good}\nnot json\n".encode(), headers=admin)
        assert 200 == response.status_code
        assert {"new": 1} == response.json()["stored"]
        assert [{"line": "2", "reason": "bad_record", "detail": "Expecting value: line 1 column 1 (char 0)"}] == (
            response.json()["rejected"])
        assert 1 == client.get("/api/search", params={"q": "qwertz"}).json()["total"]


def test_a_reject_of_the_whole_body_has_no_line_number():
    from bantin.web.api_routes import _line_number

    assert "12" == _line_number("/tmp/x/request.jsonl:12", "/tmp/x/request.jsonl")
    assert _line_number("/tmp/x/request.jsonl", "/tmp/x/request.jsonl") is None  # never the temporary path


# -- what a new user's review found ------------------------------------------------------------


def test_the_api_docs_are_rendered_here_without_script_or_cdn(client):
    page = client.get("/docs", params={"lang": "en"})
    assert 200 == page.status_code and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script" not in page.text and "cdn." not in page.text and "//" not in page.text.replace("http://www.w3.org", "")
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"<code>GET {path}</code>" in page.text or f"<code>POST {path}</code>" in page.text
    assert "Only these sources (repeatable)" in page.text  # each parameter's description
    assert "csv | jsonl | parquet" in page.text


def test_unknown_paths_are_an_html_page_except_under_api(client):
    page = client.get("/khong-co", params={"lang": "vi"})
    assert 404 == page.status_code and "text/html" in page.headers["content-type"] and "Không tìm thấy" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert {"detail": "Not Found"} == client.get("/api/khong-co").json()


def test_export_of_star_is_every_article_as_with_the_cli(client):
    import csv

    rows = list(csv.reader(io.StringIO(client.get("/api/export", params={"q": "*", "format": "csv"}).content.decode("utf-8-sig"))))
    assert 49 == len(rows) - 1


def test_alerts_page_speaks_one_language(client):
    vi = client.get("/alerts", params={"lang": "vi"}).text.split("<main>", 1)[1]
    en = client.get("/alerts", params={"lang": "en"}).text.split("<main>", 1)[1]
    if "<table" not in vi:
        pytest.skip("no alerts on this store")
    for english in ("articles on", "/day over", '"meta">keyphrase<', '"meta">entity<', '"meta">province<'):
        assert english not in vi
    assert "bài ngày" in vi and "/ngày" in vi and "cụm từ khóa" in vi
    assert " on " in en and "/day" in en and "keyphrase" in en


def test_an_alert_says_how_many_of_its_articles_are_copies(client):
    """The storm day's alerts are one text run by three outlets: 3 articles, 1 distinct text."""
    alerts = client.get("/api/alerts").json()["alerts"]
    storm = [a for a in alerts if a["day"] == "2023-06-14"]
    if not storm:
        pytest.skip("no alerts on this store")
    assert {(3, 1, 9)} == {(a["count"], a["distinct_texts"], a["window_days"]) for a in storm}
    assert {"áp thấp nhiệt đới"} == {a["phrase"] for a in storm if a["kind"] == "province"}
    assert {None} == {a["phrase"] for a in storm if a["kind"] != "province"}
    vi = client.get("/alerts", params={"lang": "vi"}).text.split("<main>", 1)[1]
    en = client.get("/alerts", params={"lang": "en"}).text.split("<main>", 1)[1]
    assert "1 bài gốc, 2 bài đăng lại" in vi and "1 original, 2 copies" in en
    assert "&#39;áp thấp nhiệt đới&#39; ở Khánh Hòa" in vi  # the province's phrase, from its column


def test_a_malformed_query_is_explained_in_the_page_language(client):
    vi = client.get("/search", params={"q": '"quân sự', "lang": "vi"})
    assert 400 == vi.status_code and "thiếu dấu ngoặc kép đóng" in vi.text and "unbalanced" not in vi.text
    assert "unbalanced quote" in client.get("/search", params={"q": '"quân sự', "lang": "en"}).text
    trends = client.get("/trends", params={"q": '"bão', "lang": "vi"})
    assert 400 == trends.status_code and "thiếu dấu ngoặc kép đóng" in trends.text and "unbalanced" not in trends.text


def test_an_invalid_date_is_ignored_with_a_note_and_no_chip(client):
    bad = client.get("/search", params={"q": "bão", "since": "2023-13-01", "lang": "vi"}).text.split("<main>", 1)[1]
    plain = client.get("/search", params={"q": "bão", "lang": "vi"}).text
    assert "&#39;2023-13-01&#39; không phải ngày hợp lệ" in bad and "bỏ qua" in bad
    assert "2023-13-01 ✕" not in bad and "since=2023-13-01" not in bad  # no chip, no link carries it on
    total = plain.split('id="total">', 1)[1].split("·", 1)[0]
    assert total == bad.split('id="total">', 1)[1].split("·", 1)[0]


def test_a_page_beyond_the_last_says_so_and_links_back(client):
    page = client.get("/search", params={"q": "bão", "page": 999, "lang": "vi"}).text
    assert "Trang 999 / 1" in page and "Trang 500" not in page
    assert 'href="/search?q=b%C3%A3o&amp;page=1"' in page


def test_article_page_lead_once_publisher_link_and_day_only_dates(client, db):
    import sqlite3

    with sqlite3.connect(db) as conn:
        article_id, lead = conn.execute(
            "SELECT id, lead FROM articles WHERE lead != '' AND substr(text, 1, length(lead)) = lead"
            " AND published LIKE '%T00:00:00+07:00' LIMIT 1").fetchone()
    page = client.get(f"/article/{article_id}", params={"lang": "vi"}).text
    assert 1 == page.count(lead)
    assert "Xem trên trang báo" in page and ">Bài gốc<" not in page.split("<aside", 1)[0]
    meta = page.split('class="meta">', 1)[1].split("</p>", 1)[0]
    assert "00:00" not in meta
    assert "View on the publisher&#39;s site" in client.get(f"/article/{article_id}", params={"lang": "en"}).text


def test_story_header_is_in_local_time(client):
    stories = client.get("/api/stories").json()["stories"]
    if not stories:
        pytest.skip("no stories on this store")
    header = client.get(f"/story/{stories[0]['id']}", params={"lang": "vi"}).text.split('id="story-range">', 1)[1]
    header = header.split("</p>", 1)[0]
    assert "UTC" not in header and "00:00" not in header and "→" in header


def test_a_missing_or_private_entity_says_why(client, db):
    import sqlite3

    missing = client.get("/entity/999999", params={"lang": "vi"})
    assert 404 == missing.status_code and "Không tìm thấy" in missing.text and "riêng tư" not in missing.text
    with sqlite3.connect(db) as conn:
        private = conn.execute("SELECT e.id, min(ae.article_id) FROM entities e JOIN article_entities ae ON ae.entity_id = e.id"
                               " WHERE e.type = 'PER' AND e.id NOT IN (SELECT id FROM listed_entities)").fetchone()
    if private[0] is None:
        pytest.skip("no private person in the demo store")
    page = client.get(f"/entity/{private[0]}", params={"lang": "vi"})
    assert 404 == page.status_code and "Không hiển thị: bantin không lập hồ sơ cá nhân riêng tư" in page.text
    assert f'href="/entity/{private[0]}"' not in client.get(f"/article/{private[1]}").text


def test_counts_agree_in_english_and_vietnamese_has_no_plural():
    from bantin.web.i18n import counter, decimal

    assert ["1 article", "2 articles", "1,234 articles"] == [counter("en")(n, "articles") for n in (1, 2, 1234)]
    assert ["1 bài", "2 bài", "1.234 bài"] == [counter("vi")(n, "articles") for n in (1, 2, 1234)]
    assert ("0,8", "0.8", "1.234,5") == (decimal(0.8, "vi"), decimal(0.8, "en"), decimal(1234.5, "vi"))


def test_story_labels_take_the_casing_of_the_articles():
    from bantin.web.connected import cased_label

    titles = ["Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An", "Đảng bộ tỉnh Nghệ An họp", "Thi tốt nghiệp THPT 2023"]
    assert "Đảng bộ tỉnh Nghệ An, THPT, không có" == cased_label("đảng bộ tỉnh nghệ an, thpt, không có", titles)
    assert "Hội nghị, Đảng bộ tỉnh Nghệ An" == cased_label("hội nghị, đảng bộ tỉnh nghệ an", titles)


def test_an_unknown_filter_on_a_page_is_an_html_message_in_its_language(client):
    page = client.get("/search", params={"province": "Atlantis", "lang": "vi"})
    assert 400 == page.status_code and "text/html" in page.headers["content-type"]
    assert "không có tỉnh thành" in page.text and "unknown province" not in page.text
    assert client.get("/api/search", params={"q": "a", "province": "Atlantis"}).json()["detail"].startswith("bad query: ")


def test_the_lead_is_taken_out_of_the_text_once():
    from bantin.web.pages import body_paragraphs

    assert ["Thân bài."] == body_paragraphs("Sapo của bài.\nThân bài.", "Sapo của bài.")
    assert ["Câu tiếp theo.", "Thân bài."] == body_paragraphs("Sapo  của bài. Câu tiếp theo.\nThân bài.", "Sapo của bài.")
    assert ["Mở đầu khác.", "Thân bài."] == body_paragraphs("Mở đầu khác.\nThân bài.", "Sapo của bài.")
