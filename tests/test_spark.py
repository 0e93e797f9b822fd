"""`bantin spark run` + `bantin import` give the store `bantin ingest` gives, on a small WARC,
JSONL and HTML set, with Spark in local mode (a real JVM, real Parquet)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime (java not on PATH)", allow_module_level=True)

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"
MASTER = "local[2]"


def bantin(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "bantin", *args], check=False, capture_output=True, text=True, timeout=900)
    if check and result.returncode not in (0, 1):
        raise AssertionError(f"bantin {' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


def _warc(path: Path, pages: list[Path]) -> None:
    from bantin.collect.files import read_html_file

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for file in pages:
            page = read_html_file(file, 5_000_000)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(page.url, "response", payload=io.BytesIO(page.html),
                                                          http_headers=headers))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://baothu.vn/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                                                      http_headers=headers))


REPORT = ("Sáng 26/5, tại Hà Nội, Bộ Y tế tổ chức hội nghị sơ kết công tác phòng chống dịch sốt xuất huyết "
          "trong 5 tháng đầu năm. Thứ trưởng Bộ Y tế Nguyễn Văn Hùng cho biết số ca mắc tại các tỉnh phía Nam "
          "tăng mạnh so với cùng kỳ, nhất là tại Thành phố Hồ Chí Minh, Đồng Nai và Bình Dương. Bộ đề nghị các địa "
          "phương tăng cường diệt lăng quăng, bọ gậy và giám sát ổ dịch ngay từ đầu mùa mưa.")


def _jsonl(path: Path) -> None:
    lines = [
        {"url": "https://baotest.vn/y-te/sot-xuat-huyet.html", "source": "baotest.vn", "title": "Sốt xuất huyết tăng mạnh",
         "text": REPORT, "published": "2023-05-26T10:00:00+07:00"},
        {"url": "https://tinkhac.vn/suc-khoe/sot-xuat-huyet-tang.html", "source": "tinkhac.vn",
         "title": "Bộ Y tế: sốt xuất huyết tăng mạnh ở phía Nam", "text": REPORT + " (Theo Báo Test)",
         "published": "2023-05-26T15:30:00+07:00"},
        "{not json",
        {"url": "https://baotest.vn/the-thao/bong-da.html", "source": "baotest.vn", "title": "Đội tuyển tập trung",
         "text": "Chiều 27/5, đội tuyển bóng đá quốc gia tập trung tại Hà Nội chuẩn bị cho vòng loại. Huấn luyện viên "
                 "trưởng gọi 28 cầu thủ, trong đó có 5 gương mặt mới từ các câu lạc bộ V-League.",
         "published": "2023-05-27T16:00:00+07:00"},
        {"url": "https://baotest.vn/y-te/sot-xuat-huyet.html", "source": "baotest.vn",
         "title": "Sốt xuất huyết tăng mạnh ở phía Nam", "text": REPORT + " Bộ sẽ cử đoàn công tác vào các tỉnh.",
         "published": "2023-05-26T10:00:00+07:00"},
    ]
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
                    + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("spark")
    pages = sorted(DEMO.rglob("*.html"))
    _warc(root / "archive.warc.gz", pages[:30])
    _jsonl(root / "extra.jsonl")
    html = root / "saved"
    for page in pages[30:]:
        target = html / page.relative_to(DEMO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    inputs = [str(root / "archive.warc.gz"), str(root / "extra.jsonl"), str(html)]
    out = root / "out"
    spark = bantin("spark", "run", *inputs, "--out", str(out), "--master", MASTER, "--json")
    bantin("import", str(out), "--db", str(root / "imported.db"))
    ingest = bantin("ingest", *inputs, "--db", str(root / "ingested.db"), "--json")
    return {"root": root, "out": out, "inputs": inputs, "spark": spark, "ingest": ingest,
            "imported": root / "imported.db", "ingested": root / "ingested.db"}


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


SAME = {
    "articles": "SELECT id, url, source, title, lead, text, published, published_utc, day, authors, section, language,"
                " extractor, content_hash, revision, locator, topic, topic_confidence, keyphrases, extra"
                " FROM articles ORDER BY id",
    "revisions": "SELECT article_id, revision, content_hash, title, text FROM revisions ORDER BY 1, 2",
    "entities": "SELECT ae.article_id, e.type, e.key, e.name, ae.mentions, ae.title, ae.spans"
                " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id ORDER BY 1, 2, 3",
    "provinces": "SELECT article_id, name, name_2025, weight, mentions FROM article_provinces ORDER BY 1, 2",
    "drops": "SELECT locator, url, reason, detail, step FROM drops ORDER BY locator",
    "duplicate groups": "SELECT article_id, group_id, similarity, exact FROM duplicates ORDER BY article_id",
    "duplicate candidates": "SELECT article_id, band, hash FROM minhash_bands ORDER BY 1, 2",  # the tasks' band hashes
    "signatures": "SELECT article_id, content_hash, text_key, signature FROM connect_articles ORDER BY 1",
    "stories": "SELECT sa.article_id, sa.story_id, s.label, s.size FROM story_articles sa"
               " JOIN stories s ON s.id = sa.story_id ORDER BY 1",
    "daily counts": "SELECT kind, key, day, count FROM daily_counts ORDER BY 1, 2, 3",
    "alerts": "SELECT day, kind, key, count, explanation FROM alerts ORDER BY 1, 2, 3",
}


@pytest.mark.parametrize("what", list(SAME))
def test_spark_and_ingest_give_the_same_store(runs, what):
    expected = rows(runs["ingested"], SAME[what])
    assert rows(runs["imported"], SAME[what]) == expected
    if what in ("articles", "entities", "duplicate groups", "duplicate candidates", "drops"):
        assert expected, f"the inputs were meant to produce some {what}"


def test_the_run_reports_like_a_local_ingest(runs):
    spark, ingest = json.loads(runs["spark"].stdout), json.loads(runs["ingest"].stdout)["ingest"]
    assert runs["spark"].returncode == runs["ingest"].returncode == 1  # the bad JSONL line is dropped by both
    assert (spark["pages"], spark["articles"], spark["dropped"]) == (ingest["pages"], ingest["articles"], ingest["dropped"])
    assert spark["dropped"] == {"bad_record": 1}
    assert set(spark["step_seconds"]) == set(ingest["step_seconds"]) == {"extract", "understand"}
    assert spark["outputs"]["duplicates"] >= 2


def test_articles_are_parquet_partitioned_by_publication_month(runs):
    months = sorted(p.name for p in (runs["out"] / "articles").iterdir())
    entity_months = sorted(p.name for p in (runs["out"] / "entities").iterdir() if p.name.startswith("month="))
    assert set(entity_months) <= set(months) and entity_months
    stored = {r[0] for r in rows(runs["ingested"], "SELECT coalesce(substr(day, 1, 7), 'undated') FROM articles")}
    assert months == sorted(f"month={m}" for m in stored)
    table = ds.dataset(runs["out"] / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == json.loads(runs["spark"].stdout)["articles"]  # the repeated URL is there twice
    assert len(set(table.column("url").to_pylist())) == rows(runs["ingested"], "SELECT count(*) FROM articles")[0][0]


def test_spark_daily_counts_are_the_stores(runs):
    spark = ds.dataset(runs["out"] / "daily_counts", format="parquet").to_table().to_pylist()
    entity_keys = dict(rows(runs["ingested"], "SELECT CAST(id AS TEXT), type || ':' || key FROM entities"))
    # undated articles count on the day a store first saw them, which a Spark run cannot know
    undated = {r[0] for r in rows(runs["ingested"], "SELECT c.day FROM connect_articles c JOIN articles a"
                                                    " ON a.id = c.article_id WHERE a.published_utc IS NULL")}
    assert undated and not undated & {r["day"] for r in spark}
    stored = {(kind, entity_keys[key] if kind == "entity" else key, day): count
              for kind, key, day, count in rows(runs["ingested"], SAME["daily counts"]) if day not in undated}
    assert {(r["kind"], r["key"], r["day"]): r["count"] for r in spark} == stored


def test_entities_say_whether_each_is_public_as_the_store_does(runs):
    from bantin.text.normalize import key

    mentions = ds.dataset(runs["out"] / "entities", format="parquet", partitioning="hive").to_table().to_pylist()
    spark = {(r["type"], key(r["canonical"])): r["public"] for r in mentions}
    stored = {(kind, k): bool(public) for kind, k, public in rows(runs["ingested"], "SELECT type, key, public FROM entities")}
    assert {k: stored[k] for k in spark} == spark
    assert {False, True} == {public for (kind, _), public in spark.items() if kind == "PER"}


def test_a_rerun_skips_finished_inputs_and_redoes_an_unfinished_one_without_duplicates(runs):
    out = runs["out"]
    again = json.loads(bantin("spark", "run", *runs["inputs"], "--out", str(out), "--master", MASTER, "--json",
                              "--no-connect").stdout)
    assert again["processed"] == 0 and again["skipped"] == again["shards"] >= 3
    first = json.loads(runs["spark"].stdout)
    assert again["articles"] == first["articles"]  # the stats of finished shards are kept
    (out / "_done" / "shard-00000.json").unlink()  # as if the run had been killed before the WARC was finished
    before = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table().num_rows
    redo = json.loads(bantin("spark", "run", *runs["inputs"], "--out", str(out), "--master", MASTER, "--json",
                             "--no-connect").stdout)
    assert redo["processed"] == 1 and redo["articles"] == first["articles"]
    assert ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table().num_rows == before


def test_importing_twice_changes_nothing(runs):
    before = {what: rows(runs["imported"], sql) for what, sql in SAME.items()}
    report = json.loads(bantin("import", str(runs["out"]), "--db", str(runs["imported"]), "--json").stdout)
    assert report["stored"] == {"unchanged": len(before["articles"]) + 1}  # + the repeated URL
    assert {what: rows(runs["imported"], sql) for what, sql in SAME.items()} == before


def test_import_refuses_a_directory_that_is_no_spark_run(tmp_path):
    result = bantin("import", str(tmp_path), "--db", str(tmp_path / "x.db"), check=False)
    assert result.returncode == 2 and "no bantin Spark run" in result.stderr


def test_groups_are_the_same_joined_on_the_driver_or_by_spark_rounds():
    from bantin.spark import runner, stages

    spark = runner.session("local[1]", partitions=2)
    try:
        links = spark.createDataFrame([(5, 9), (9, 12), (1, 3), (3, 7), (7, 2), (20, 21)], "a long, b long")
        on_driver = {tuple(r) for r in stages.components(links).collect()}
        by_rounds = {tuple(r) for r in stages.components(links, driver_max=0).collect()}
    finally:
        spark.stop()
    assert on_driver == by_rounds == {(5, 5), (9, 5), (12, 5), (1, 1), (3, 1), (7, 1), (2, 1), (20, 20), (21, 20)}


def test_into_a_store_with_articles_the_duplicates_are_recomputed_with_them(runs, tmp_path):
    db = tmp_path / "busy.db"
    bantin("ingest", runs["inputs"][1], "--db", str(db), "--json")  # the JSONL part was ingested before
    report = json.loads(bantin("import", str(runs["out"]), "--db", str(db), "--json").stdout)
    assert report["duplicates_from_spark"] is False

    def groups(path: Path) -> set[frozenset[str]]:
        members: dict[int, set[str]] = {}
        for group, url in rows(path, "SELECT d.group_id, a.url FROM duplicates d JOIN articles a ON a.id = d.article_id"):
            members.setdefault(group, set()).add(url)
        return {frozenset(m) for m in members.values()}

    assert groups(db) == groups(runs["ingested"]) and len(groups(db)) >= 2
