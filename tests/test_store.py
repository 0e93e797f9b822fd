"""The SQLite store: round trips, revisions, idempotent re-ingest, migrations."""

import dataclasses
import sqlite3

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from bantin.store import SQLiteStore, StoreError
from bantin.store.migrations import MIGRATIONS
from conftest import article


def test_an_article_round_trips(store):
    original = article(title="Quân sự địa phương", authors=("Minh Anh",), section="Quốc phòng", lead="Sapo.",
                       extra={"encoding": "utf-8"})
    assert ["new"] == [r.status for r in store.write_batch([original])]
    assert original == store.get(original.url)


def test_the_same_page_twice_is_a_no_op(store):
    store.write_batch([article()])
    assert ["unchanged"] == [r.status for r in store.write_batch([article()])]
    assert 1 == store.stats()["revisions"]


def test_a_changed_page_is_a_new_revision_and_the_old_text_is_kept(store):
    first = article(text="Bản đầu tiên của bài báo.")
    edited = dataclasses.replace(first, text="Bản đã sửa của bài báo, thêm một câu.")
    store.write_batch([first])
    assert [("revised", 2)] == [(r.status, r.revision) for r in store.write_batch([edited])]
    assert edited.text == store.get(first.url).text
    assert [1, 2] == [r["revision"] for r in store.revisions(first.url)]
    # going back to an earlier version is not a new edit
    assert ["unchanged"] == [r.status for r in store.write_batch([first])]


def test_a_batch_is_all_or_nothing(store):
    good = article(url="https://baotest.vn/good.html")
    bad = dataclasses.replace(article(url="https://baotest.vn/bad.html"), title=None)  # NOT NULL fails
    with pytest.raises(StoreError):
        store.write_batch([good, bad])
    assert store.get(good.url) is None


def test_drops_are_recorded_by_reason_and_cleared_when_the_page_later_succeeds(store):
    from bantin.types import Rejected

    store.write_batch([], [Rejected(locator="a.html", reason="no_main_text"), Rejected(locator="b.html", reason="too_large")])
    assert {"no_main_text": 1, "too_large": 1} == store.stats()["drops"]
    store.write_batch([article(locator="a.html")])
    assert {"too_large": 1} == store.stats()["drops"]


def test_the_file_is_in_wal_mode_with_the_latest_schema(tmp_path):
    path = tmp_path / "news.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert "wal" == conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert len(MIGRATIONS) == conn.execute("PRAGMA user_version").fetchone()[0]


def test_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "news.db"
    with SQLiteStore(path) as s:
        s.write_batch([article()])
    with SQLiteStore(path) as s:
        assert 1 == s.count()


def test_a_store_from_a_newer_bantin_is_refused(tmp_path):
    path = tmp_path / "news.db"
    SQLiteStore(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer than this bantin"):
        SQLiteStore(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        SQLiteStore(path)


def test_readonly_open_of_a_missing_store_says_to_ingest_first(tmp_path):
    with pytest.raises(StoreError, match="run 'bantin ingest' first"):
        SQLiteStore(tmp_path / "missing.db", readonly=True)


vietnamese = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ .,\n", min_size=1)


@hsettings(max_examples=50, deadline=None)
@given(title=vietnamese, text=vietnamese)
def test_any_vietnamese_text_round_trips_unchanged(title, text):
    with SQLiteStore(":memory:") as s:
        original = article(title=title, text=text)
        s.write_batch([original])
        assert original == s.get(original.url)


def test_the_language_layer_round_trips_and_entities_merge_across_articles(store):
    from bantin.types import Entity, ProvinceMention

    hung = Entity(text="Nguyễn Văn Hùng", type="PER", start=8, end=23, canonical="Nguyễn Văn Hùng", title="Đại tá")
    first = article("https://a.vn/1", entities=(hung,), topic="Chính trị Xã hội", topic_confidence=0.91,
                    keyphrases=("quân sự", "hội nghị"),
                    provinces=(ProvinceMention(name="Quảng Trị", name_2025="Quảng Trị", weight=3.0, mentions=2),))
    second = article("https://b.vn/2", entities=(dataclasses.replace(hung, title=None, start=0, end=15, text="Nguyễn Văn Hùng"),))
    store.write_batch([first, second])
    assert first == store.get(first.url)
    assert 1 == store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert 2 == store.conn.execute("SELECT count(*) FROM article_entities").fetchone()[0]
