"""What one Spark task does with one shard: the local pipeline, then Parquet files.

The task runs the very step objects of a local ingest (``bantin.api.default_steps``) with the
local runner's ``chain``, over the pages ``bantin.collect.inputs.read_inputs`` reads from the
shard's files. It writes one Parquet file per publication month
(``articles/month=YYYY-MM/shard-NNNNN.parquet``) and the shard's rejected pages, each to a hidden
temporary name first, then moves them into place and writes ``_done/shard-NNNNN.json`` (its
stats) last: a shard is finished exactly when its marker exists, and re-running an unfinished
shard overwrites the same file names, so a crash never leaves duplicates behind.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from bantin.pipeline.local import chain
from bantin.pipeline.stats import ARTICLES_OUT, Stats, counted
from bantin.pipeline.step import Step
from bantin.spark import rows
from bantin.spark.files import filesystem, join, list_names, write_text
from bantin.spark.inputs import Shard, is_remote, staged
from bantin.types import Article, Page, Rejected

ARTICLES_DIR = "articles"
REJECTED_DIR = "rejected"
DONE_DIR = "_done"
# Rows buffered per month before they are written as one row group: bounds a task's memory on a
# WARC of tens of thousands of pages while keeping row groups large enough to read fast.
ROWS_PER_GROUP = 2_000


def shard_name(shard_id: int) -> str:
    return f"shard-{shard_id:05d}"


def done_name(shard_id: int) -> str:
    return f"{DONE_DIR}/{shard_name(shard_id)}.json"


def finished(out: str) -> set[int]:
    """The ids of the shards whose marker is written."""
    names = list_names(out, DONE_DIR)
    return {int(n.removeprefix("shard-").removesuffix(".json")) for n in names if n.startswith("shard-")}


def _relocated(items: Iterable[Page | Rejected], local: str, original: str) -> Iterator[Page | Rejected]:
    """Locators name the remote file, not the task's local copy of it."""
    for item in items:
        if item.locator.startswith(local):
            item = dataclasses.replace(item, locator=original + item.locator[len(local):])
        yield item


class _MonthWriters:
    """One Parquet writer per month, each writing to a hidden temporary file until ``commit``."""

    def __init__(self, out: str, folder: str, name: str, schema) -> None:
        self.fs, root = filesystem(out)
        self.root, self.folder, self.name, self.schema = root, folder, name, schema
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.writers: dict[str, Any] = {}

    def _paths(self, month: str) -> tuple[str, str]:
        directory = join(self.root, self.folder, f"month={month}") if month else join(self.root, self.folder)
        return join(directory, f".{self.name}.parquet.tmp"), join(directory, f"{self.name}.parquet")

    def add(self, month: str, row: dict[str, Any]) -> None:
        buffer = self.buffers.setdefault(month, [])
        buffer.append(row)
        if len(buffer) >= ROWS_PER_GROUP:
            self._flush(month)

    def _flush(self, month: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        buffer = self.buffers.get(month)
        if not buffer:
            return
        if month not in self.writers:
            tmp, _ = self._paths(month)
            self.fs.create_dir(tmp.rsplit("/", 1)[0], recursive=True)
            self.writers[month] = pq.ParquetWriter(tmp, self.schema, filesystem=self.fs, compression="zstd")
        self.writers[month].write_table(pa.Table.from_pylist(buffer, schema=self.schema))
        buffer.clear()

    def commit(self) -> None:
        for month in list(self.buffers):
            self._flush(month)
        for month, writer in self.writers.items():
            writer.close()
            tmp, final = self._paths(month)
            self.fs.move(tmp, final)


def run_shard(shard: Shard, steps: Sequence[Step], out: str, max_page_bytes: int) -> dict[str, Any]:
    """Processes one shard and returns its stats (``Stats.as_dict``); idempotent."""
    from bantin.collect.inputs import read_inputs

    began = time.process_time()
    stats = Stats()
    articles = _MonthWriters(out, ARTICLES_DIR, shard_name(shard.id), rows.ARTICLES)
    rejected = _MonthWriters(out, REJECTED_DIR, shard_name(shard.id), rows.REJECTED)
    with tempfile.TemporaryDirectory(prefix="bantin-shard-") as workdir:
        for offset, file in enumerate(shard.files):
            rank = shard.first_rank + offset
            local = staged(file, workdir)
            pages = read_inputs([local], max_page_bytes=max_page_bytes, stats=stats)
            if is_remote(file):
                pages = _relocated(pages, local, file)
            for record, item in enumerate(chain(steps, counted(pages, stats), stats)):
                if isinstance(item, Article):
                    stats.add(ARTICLES_OUT)
                    row = rows.article_row(item, rank, record)
                    articles.add(rows.month_of(row), row)
                else:
                    rejected.add("", rows.rejected_row(item, rank, record))
    articles.commit()
    rejected.commit()
    result = {**stats.as_dict(), "task_cpu_seconds": round(time.process_time() - began, 3)}
    write_text(out, done_name(shard.id), json.dumps(result, ensure_ascii=False))
    return result


def stats_from(data: dict[str, Any]) -> Stats:
    stats = Stats()
    stats.counts.update(data.get("counts", {}))
    stats.seconds.update(data.get("seconds", {}))
    return stats
