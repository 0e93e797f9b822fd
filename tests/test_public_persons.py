"""bantin analyses what has been published; it does not profile private individuals.

A person is listed (entity pages, "top people", reports, alerts, exports' names) only when at
least one of their mentions anywhere in the store names them in a public role
(``bantin.nlp.roles``): "Đại tá", "Chủ tịch UBND huyện", "ca sĩ"... A defendant, a patient, a
child or a house owner is not: their names stay in the article text, which is published, but
they have no page and are in no list or count. Real SQLite files throughout.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from conftest import article, store_at_version
from fastapi.testclient import TestClient
from web_support import build_demo_store

from bantin import api, export
from bantin.analyze.top import top
from bantin.report import build_report
from bantin.store.sqlite import SQLiteStore
from bantin.types import Entity
from bantin.web import queries
from bantin.web.app import create_app
from bantin.web.queries import Selection


def person(name: str, title: str | None = None) -> Entity:
    return Entity(text=name, type="PER", start=0, end=len(name), canonical=name, title=title)


COLONEL = person("Lã Văn Hào", "Đại tá")
DEFENDANT = person("Nguyễn Thị Lan", "bị can")
COUNCIL = Entity(text="UBND huyện Pác Nặm", type="ORG", start=0, end=18, canonical="UBND huyện Pác Nặm")


def names(store: SQLiteStore, kind: str = "PER") -> list[str]:
    return [e["name"] for e in queries.top_entities(store.conn, kind, limit=500)]


def entity_id(store: SQLiteStore, name: str) -> int:
    return store.conn.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0]


# -- one store, written article by article ------------------------------------------------------


def test_a_titled_official_is_listed_and_a_defendant_is_not(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        store.write_batch([article("https://baotest.vn/1.html", entities=(COLONEL, DEFENDANT, COUNCIL))])
        assert ["Lã Văn Hào"] == names(store)
        assert ["UBND huyện Pác Nặm"] == names(store, "ORG")  # organisations and places as they were
        assert queries.entity(store.conn, entity_id(store, "Lã Văn Hào")) is not None
        lan = entity_id(store, "Nguyễn Thị Lan")
        assert queries.entity(store.conn, lan) is None and queries.private_person(store.conn, lan)
        assert not queries.private_person(store.conn, entity_id(store, "Lã Văn Hào"))
        assert not queries.private_person(store.conn, 999_999)  # unknown: a plain 404
        assert {"Lã Văn Hào"} == set(store.stats()["entities"]["PER"])
        assert ["Lã Văn Hào"] == [e["name"] for e in queries.article(store.conn, 1)["entities"] if e["type"] == "PER"]


def test_a_person_first_seen_untitled_is_listed_once_named_in_a_public_role(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        store.write_batch([article("https://baotest.vn/1.html", day=1, entities=(person("Lã Văn Hào"),))])
        assert [] == names(store)
        store.write_batch([article("https://baotest.vn/2.html", day=2, entities=(COLONEL,))])
        assert [{"name": "Lã Văn Hào", "articles": 2}] == [
            {k: e[k] for k in ("name", "articles")} for e in queries.top_entities(store.conn, "PER")]


def test_a_revision_that_drops_the_only_public_title_makes_the_person_private_again(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as store:
        store.write_batch([article("https://baotest.vn/1.html", entities=(COLONEL,))])
        store.write_batch([article("https://baotest.vn/1.html", text="Bài đã sửa.", entities=(person("Lã Văn Hào"),))])
        assert [] == names(store)


def test_a_private_person_is_not_in_top_lists_nor_exports(tmp_path):
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        store.write_batch([article("https://baotest.vn/1.html", title="Xét xử vụ án", entities=(COLONEL, DEFENDANT))])
        assert [{"name": "Lã Văn Hào", "articles": 1}] == top(store)["entities"]["PER"]
    conn = export.connect(path)
    assert [["Lã Văn Hào"]] == [row["entities"] for row in export.rows(conn, Selection())]


# -- alerts --------------------------------------------------------------------------------------


def _week(store: SQLiteStore) -> None:
    """Two ordinary articles a day for six days, then on day 7 five articles about an official and
    five about a defendant."""
    ordinary = [article(f"https://baotest.vn/d{day}-{n}.html", title=f"Tin thường ngày {day} số {n}", day=day)
                for day in range(1, 7) for n in range(2)]
    official = [article(f"https://baotest.vn/ct-{n}.html", title=f"Chủ tịch huyện chỉ đạo {n}", day=7,
                        entities=(person("Hoàng Văn Thịnh", "Chủ tịch UBND huyện"),)) for n in range(5)]
    trial = [article(f"https://baotest.vn/xx-{n}.html", title=f"Xét xử bị can {n}", day=7, entities=(DEFENDANT,))
             for n in range(5)]
    store.write_batch(ordinary + official + trial)


def test_alerts_and_daily_counts_follow_public_persons_only(tmp_path, settings):
    with SQLiteStore(tmp_path / "s.db") as store:
        _week(store)
        api.connect(store, settings=settings)
        counted = {r[0] for r in store.conn.execute(
            "SELECT e.name FROM daily_counts d JOIN entities e ON CAST(e.id AS TEXT) = d.key WHERE d.kind = 'entity'")}
        raised = {a.name for a in api.alerts(store, kinds=["entity"])}
    assert {"Hoàng Văn Thịnh"} == counted
    assert {"Hoàng Văn Thịnh"} == raised


def test_an_official_whose_public_title_is_revised_away_loses_their_alert(tmp_path, settings):
    with SQLiteStore(tmp_path / "s.db") as store:
        _week(store)
        api.connect(store, settings=settings)
        store.write_batch([article(f"https://baotest.vn/ct-{n}.html", title=f"Chủ tịch huyện chỉ đạo {n}", day=7,
                                   text=f"Bài đã sửa {n}.", entities=(person("Hoàng Văn Thịnh"),)) for n in range(5)])
        assert [] == api.alerts(store, kinds=["entity"])  # hidden at once
        api.connect(store, settings=settings)
        assert [] == store.conn.execute("SELECT * FROM alerts WHERE kind = 'entity'").fetchall()  # and gone
        assert [] == store.conn.execute("SELECT * FROM daily_counts WHERE kind = 'entity'").fetchall()


def test_a_person_listed_later_has_their_earlier_days_counted(tmp_path, settings):
    with SQLiteStore(tmp_path / "s.db") as store:
        store.write_batch([article(f"https://baotest.vn/{d}.html", day=d, entities=(person("Lã Văn Hào"),))
                           for d in (1, 2)])
        api.connect(store, settings=settings)
        assert [] == store.conn.execute("SELECT * FROM daily_counts WHERE kind = 'entity'").fetchall()
        store.write_batch([article("https://baotest.vn/5.html", day=5, entities=(COLONEL,))])
        api.connect(store, settings=settings)
        days = store.conn.execute("SELECT day, count FROM daily_counts WHERE kind = 'entity' ORDER BY day").fetchall()
    assert [("2023-05-01", 1), ("2023-05-02", 1), ("2023-05-05", 1)] == [tuple(r) for r in days]


# -- an existing store ---------------------------------------------------------------------------


def _store_at_version_6(path) -> None:
    """A store as bantin wrote it before migration 007: every person counted and alerted on."""
    conn = store_at_version(path, 6)
    conn.execute("INSERT INTO articles (id, url, source, title, text, day, content_hash, first_seen, last_seen)"
                 " VALUES (1, 'https://baotest.vn/1.html', 'baotest.vn', 'Xét xử', 'Nội dung.', '2023-05-07', 'h',"
                 " '2023-05-07T03:00:00Z', '2023-05-07T03:00:00Z')")
    conn.executemany("INSERT INTO entities (id, type, key, name) VALUES (?, ?, ?, ?)",
                     [(1, "PER", "la van hao", "Lã Văn Hào"), (2, "PER", "nguyen thi lan", "Nguyễn Thị Lan"),
                      (3, "ORG", "ubnd huyen pac nam", "UBND huyện Pác Nặm")])
    conn.executemany("INSERT INTO article_entities (article_id, entity_id, mentions, title, spans) VALUES (1, ?, 1, ?, ?)",
                     [(1, None, '[[0, 10, "Lã Văn Hào", null], [20, 30, "Lã Văn Hào", "Đại tá"]]'),
                      (2, None, '[[40, 54, "Nguyễn Thị Lan", "bị can"]]'), (3, None, '[[60, 78, "UBND huyện Pác Nặm", null]]')])
    conn.executemany("INSERT INTO daily_counts (kind, key, day, count) VALUES ('entity', ?, '2023-05-07', 1)",
                     [("1",), ("2",), ("3",)])
    conn.executemany("INSERT INTO alerts (id, day, kind, key, name, count, baseline, score, explanation)"
                     " VALUES (?, '2023-05-07', 'entity', ?, ?, 5, 0, 5, '')", [(1, "1", "Lã Văn Hào"), (2, "2", "Nguyễn Thị Lan")])
    conn.executemany("INSERT INTO alert_articles (alert_id, article_id) VALUES (?, 1)", [(1,), (2,)])
    conn.close()


def test_an_existing_store_is_migrated_from_its_mentions_titles(tmp_path):
    path = tmp_path / "old.db"
    _store_at_version_6(path)
    with SQLiteStore(path) as store:
        assert 7 <= store.conn.execute("PRAGMA user_version").fetchone()[0]
        public = dict(store.conn.execute("SELECT name, public FROM entities").fetchall())
        assert {"Lã Văn Hào": 1, "Nguyễn Thị Lan": 0, "UBND huyện Pác Nặm": 1} == public  # a title in any span counts
        assert {"1", "3"} == {r[0] for r in store.conn.execute("SELECT key FROM daily_counts")}
        assert ["Lã Văn Hào"] == [r[0] for r in store.conn.execute("SELECT name FROM alerts")]
        assert [(1,)] == [tuple(r) for r in store.conn.execute("SELECT alert_id FROM alert_articles")]
        assert [] == store.conn.execute("SELECT * FROM connect_relisted").fetchall()


def test_a_store_opened_read_only_before_its_migration_lists_no_person(tmp_path):
    path = tmp_path / "old.db"
    _store_at_version_6(path)
    with SQLiteStore(path, readonly=True) as store:
        assert [] == names(store)
        assert ["UBND huyện Pác Nặm"] == names(store, "ORG")
    assert [["UBND huyện Pác Nặm"]] == [r["entities"] for r in export.rows(export.connect(path), Selection())]


# -- the demo corpus -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("demo") / "demo.db")


def test_the_demo_corpus_lists_its_officials_and_not_a_house_owner(demo, tmp_path):
    copy = tmp_path / "demo.db"
    shutil.copy(demo, copy)
    with SQLiteStore(copy, readonly=True) as store:
        listed = names(store)
        assert "Phạm Quốc Bảo" not in listed  # "Phạm Quốc Bảo, chủ một căn nhà"
        assert {"Nguyễn Văn Hòa", "Lê Quang Tùng", "Hoàng Minh Sơn"} <= set(listed)  # Đại tá, Bí thư, Thứ trưởng
        assert "Phạm Quốc Bảo" not in store.stats()["entities"]["PER"]
        assert "Phạm Quốc Bảo" not in {p["name"] for p in api.top(store, since=date(2023, 5, 1))["entities"]["PER"]}
        report = build_report(store.conn, since=date(2023, 5, 1), until=date(2023, 6, 30))
        assert "Nguyễn Văn Hòa" in {p["name"] for p in report.people}
        assert not {"Phạm Quốc Bảo"} & {p["name"] for p in report.people}


def test_a_private_persons_page_and_api_answer_404(demo):
    with SQLiteStore(demo, readonly=True) as store:
        bao, hoa = entity_id(store, "Phạm Quốc Bảo"), entity_id(store, "Nguyễn Văn Hòa")
    with TestClient(create_app(demo)) as client:
        assert 404 == client.get(f"/entity/{bao}").status_code
        assert 404 == client.get(f"/api/entities/{bao}").status_code
        assert 200 == client.get(f"/entity/{hoa}").status_code
        assert 200 == client.get(f"/api/entities/{hoa}").status_code
        people = client.get("/api/entities", params={"type": "PER", "limit": 500}).json()["entities"]
        assert "Phạm Quốc Bảo" not in {p["name"] for p in people}
