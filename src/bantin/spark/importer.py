"""``bantin import``: a Spark run's Parquet output into the embedded store.

Articles and rejected pages are written through ``SQLiteStore.write_batch`` in the order a local
ingest meets the same inputs (shard by shard, then by input rank and record), so a fresh store
gets the same article ids, revisions and drops as ``bantin ingest`` would give it. Then the
connect stages run as after an ingest, except that the duplicates come from the Spark run
(``duplicates/``, and the signatures and LSH band hashes in ``articles/``) instead of being
recomputed: the ``SparkDuplicates`` stage fills ``connect_articles``, ``minhash_bands`` and
``duplicates`` batch by batch, so stories, daily counts and alerts see them as they would after a
local ingest.

Into a store that already holds articles, the duplicates are recomputed by the embedded stage
(the Spark run never saw those articles). Importing twice changes nothing.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bantin.connect import default_stages
from bantin.connect.stage import DUPLICATES, Row, Stage, run_stages
from bantin.pipeline.stats import STORE, Stats
from bantin.settings import Settings
from bantin.spark import inputs, rows, shard
from bantin.spark.files import filesystem, join, list_names
from bantin.store.sqlite import SQLiteStore
from bantin.types import Article


class ImportError_(Exception):
    """The directory is not a finished Spark run's output."""


@dataclasses.dataclass(slots=True)
class ImportReport:
    stats: Stats
    shards: int
    unfinished: list[int]
    duplicates_from_spark: bool
    connect: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"shards": self.shards, "unfinished": self.unfinished, "stored": self.stats.store_counts(),
                "duplicates_from_spark": self.duplicates_from_spark, "connect": self.connect}


def _read(out: str, paths: list[str]) -> list[dict[str, Any]]:
    """The rows of those of ``paths`` that exist."""
    import pyarrow.parquet as pq
    from pyarrow import fs

    filesystem_, _ = filesystem(out)
    found = []
    for path in paths:
        if filesystem_.get_file_info(path).type == fs.FileType.File:
            found.extend(pq.read_table(path, filesystem=filesystem_).to_pylist())
    return found


def import_run(
    out: str | Path,
    store: SQLiteStore,
    *,
    settings: Settings,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    out = str(out)
    shards = inputs.load_manifest(out)
    if not shards:
        raise ImportError_(f"{out} holds no bantin Spark run (no {inputs.MANIFEST})")
    done = shard.finished(out)
    fresh = store.count() == 0
    root = filesystem(out)[1]
    months = [m for m in list_names(out, shard.ARTICLES_DIR) if m.startswith("month=")]  # listed once
    stats = Stats()
    batch_size = settings.ingest.batch_size
    for count, item in enumerate(shards, start=1):
        if item.id not in done:
            continue
        name = f"{shard.shard_name(item.id)}.parquet"
        articles = _read(out, [join(root, shard.ARTICLES_DIR, month, name) for month in months])
        rejected = _read(out, [join(root, shard.REJECTED_DIR, name)])
        records = [(r["input_rank"], r["input_record"], rows.to_article(r)) for r in articles]
        records += [(r["input_rank"], r["input_record"], rows.to_rejected(r)) for r in rejected]
        records.sort(key=lambda r: (r[0], r[1]))
        for start in range(0, len(records), batch_size):
            chunk = [r[2] for r in records[start : start + batch_size]]
            for result in store.write_batch([a for a in chunk if isinstance(a, Article)],
                                            [a for a in chunk if not isinstance(a, Article)]):
                stats.add(STORE + result.status)
        if on_progress:
            on_progress(count, len(shards))
    from_spark = fresh and _has_duplicates(out)
    stages = default_stages(settings.connect)
    if from_spark:
        _load_signatures(out, store.conn)
        stages[0] = SparkDuplicates()
    connect_stats = Stats()
    try:
        run_stages(store.conn, stages, batch_size=settings.connect.batch_size, stats=connect_stats)
    finally:
        for table in ("spark_keys", "spark_signatures", "spark_duplicates"):
            store.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    counts = {k.removeprefix("connect/"): v for k, v in sorted(connect_stats.counts.items()) if k.startswith("connect/")}
    return ImportReport(stats=stats, shards=len(shards), unfinished=sorted({s.id for s in shards} - done),
                        duplicates_from_spark=from_spark, connect=counts)


def _has_duplicates(out: str) -> bool:
    return bool(list_names(out, "duplicates"))


def _load_signatures(out: str, conn: sqlite3.Connection) -> None:
    """Temporary tables keyed by store id: each article's signature and band hashes (of its last
    occurrence in the inputs), and its duplicate group. Joined in SQLite, so memory stays flat
    however many."""
    import pyarrow.dataset as ds

    filesystem_, root = filesystem(out)
    conn.execute("CREATE TEMP TABLE spark_keys (article_key INTEGER PRIMARY KEY, article_id INTEGER NOT NULL)")
    cursor = conn.execute("SELECT id, url FROM articles")
    while chunk := cursor.fetchmany(10_000):
        conn.executemany("INSERT INTO spark_keys VALUES (?, ?)", [(rows.article_key(url), i) for i, url in chunk])
    conn.execute("CREATE TEMP TABLE spark_signatures (article_id INTEGER PRIMARY KEY, rank INTEGER, record INTEGER,"
                 " text_key TEXT, signature BLOB, bands BLOB)")
    articles = ds.dataset(join(root, shard.ARTICLES_DIR), filesystem=filesystem_, format="parquet", partitioning="hive",
                          exclude_invalid_files=True)
    columns = ["article_key", "input_rank", "input_record", "text_key", "signature", "bands"]
    for batch in articles.to_batches(columns=columns):
        conn.executemany(
            "INSERT INTO spark_signatures SELECT k.article_id, ?, ?, ?, ?, ? FROM spark_keys k WHERE k.article_key = ?"
            " ON CONFLICT (article_id) DO UPDATE SET rank = excluded.rank, record = excluded.record,"
            " text_key = excluded.text_key, signature = excluded.signature, bands = excluded.bands"
            " WHERE (excluded.rank, excluded.record) > (spark_signatures.rank, spark_signatures.record)",
            ((r["input_rank"], r["input_record"], r["text_key"], r["signature"], _pack_bands(r["bands"]),
              r["article_key"]) for r in batch.to_pylist()),
        )
    conn.execute("CREATE TEMP TABLE spark_duplicates (article_id INTEGER PRIMARY KEY, group_key INTEGER,"
                 " similarity REAL, exact INTEGER)")
    conn.execute("CREATE INDEX temp.spark_duplicates_group ON spark_duplicates(group_key)")
    duplicates = ds.dataset(join(root, "duplicates"), filesystem=filesystem_, format="parquet", exclude_invalid_files=True)
    for batch in duplicates.to_batches():
        conn.executemany(
            "INSERT INTO spark_duplicates SELECT k.article_id, ?, ?, ? FROM spark_keys k WHERE k.article_key = ?",
            ((r["group_key"], r["similarity"], int(r["exact"]), r["article_key"]) for r in batch.to_pylist()),
        )


def _pack_bands(bands: list[int] | None) -> bytes | None:
    return np.asarray(bands, dtype="<i8").tobytes() if bands is not None else None


def _unpack_bands(blob: bytes) -> list[int]:
    """The band hashes as ``signatures.band_hashes`` gives them: Python ints, signed 64-bit."""
    return np.frombuffer(blob, dtype="<i8").tolist()


class SparkDuplicates(Stage):
    """The embedded ``Duplicates`` stage's tables, filled from the Spark run's results; a group's
    id is its smallest store id, as the embedded stage names it. The band hashes are the tasks'
    (``rows.article_row``: ``signatures.band_hashes`` of the same signature, band i at position i),
    so ``minhash_bands`` holds what the embedded stage would have written, without hashing again."""

    name = "connect.duplicates"

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        marks = ",".join("?" * len(batch))
        ids = [r.id for r in batch]
        found = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
            f"SELECT article_id, text_key, signature, bands FROM temp.spark_signatures WHERE article_id IN ({marks})",
            ids)}
        conn.executemany(
            "INSERT OR REPLACE INTO connect_articles (article_id, content_hash, moment, day, text_key, signature)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(r.id, r.content_hash, r.moment, r.day, *found[r.id][:2]) for r in batch],
        )
        conn.executemany(
            "INSERT INTO minhash_bands (band, hash, article_id) VALUES (?, ?, ?)",
            [(band, value, r.id) for r in batch if found[r.id][2] is not None
             for band, value in enumerate(_unpack_bands(found[r.id][2]))],
        )
        members = conn.execute(
            "SELECT d.article_id, (SELECT min(g.article_id) FROM temp.spark_duplicates g WHERE g.group_key = d.group_key),"
            f" d.similarity, d.exact FROM temp.spark_duplicates d WHERE d.article_id IN ({marks})", ids).fetchall()
        conn.executemany("INSERT OR REPLACE INTO duplicates (article_id, group_id, similarity, exact) VALUES (?, ?, ?, ?)",
                         [(a, g, round(s, 4), e) for a, g, s, e in members])
        stats.add(DUPLICATES, len(members))
