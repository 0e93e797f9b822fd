"""Exports of any result set, without a cap: CSV, JSON lines and Parquet, streamed.

Rows come from one SQL cursor in the order articles were stored (``articles.id``: the order FTS5
returns matches in, so nothing is sorted in memory), and are written in batches of
``BATCH_ROWS``: memory stays flat whatever the number of articles. ``stream`` yields bytes for
an HTTP response; ``write`` writes them to a file. The ``entities`` column names organisations,
places and public persons only (``listed_entities``): bantin does not profile private individuals.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from bantin.store import language
from bantin.web.queries import Selection, compile_selection

FORMATS = ("csv", "jsonl", "parquet")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}
# Rows per Parquet row group and per chunk written: ~2-10 MB of article text.
BATCH_ROWS = 2_000
FIELDS = ("id", "url", "source", "published", "title", "lead", "text", "authors", "section", "topic",
          "keyphrases", "provinces", "entities")
LIST_FIELDS = ("authors", "keyphrases", "provinces", "entities")


class ExportError(ValueError):
    """An unknown format or an unusable output."""


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection usable from any thread (a streamed HTTP response moves between threads)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    language.listed_view(conn)
    return conn


def rows(conn: sqlite3.Connection, selection: Selection) -> Iterator[dict[str, Any]]:
    """Every selected article, with its language-layer fields; raises ``QueryError`` before any row."""
    source, where, params = compile_selection(selection)
    sql = (
        "SELECT a.id, a.url, a.source, a.published, a.title, a.lead, a.text, a.authors, a.section, a.topic, a.keyphrases,"
        " (SELECT json_group_array(name) FROM (SELECT name FROM article_provinces WHERE article_id = a.id"
        "   ORDER BY weight DESC, name)) AS provinces,"
        " (SELECT json_group_array(name) FROM (SELECT e.name FROM article_entities ae JOIN listed_entities e ON e.id = ae.entity_id"
        "   WHERE ae.article_id = a.id ORDER BY ae.mentions DESC, e.name)) AS entities"
        f" FROM {source} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY a.id"
    )
    for row in conn.execute(sql, params):
        record = dict(row)
        for name in LIST_FIELDS:
            record[name] = json.loads(record[name]) if record[name] else []
        yield record


def _batches(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH_ROWS:
            yield batch
            batch = []
    if batch:
        yield batch


def stream(records: Iterable[dict[str, Any]], fmt: str) -> Iterator[bytes]:
    """The records encoded as ``fmt``, in chunks of bytes."""
    if fmt == "csv":
        return _csv(records)
    if fmt == "jsonl":
        return _jsonl(records)
    if fmt == "parquet":
        return _parquet(records)
    raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def write(records: Iterable[dict[str, Any]], fmt: str, out: BinaryIO) -> None:
    for chunk in stream(records, fmt):
        out.write(chunk)


def _csv(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FIELDS)
    yield ("\ufeff" + buffer.getvalue()).encode()  # a BOM, so that spreadsheet programs read UTF-8
    for batch in _batches(records):
        buffer.seek(0)
        buffer.truncate()
        for r in batch:
            writer.writerow(["; ".join(r[f]) if f in LIST_FIELDS else r[f] for f in FIELDS])
        yield buffer.getvalue().encode()


def _jsonl(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for batch in _batches(records):
        yield "".join(json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False) + "\n" for r in batch).encode()


class _Chunks:
    """A write-only file object that hands what was written to a generator."""

    closed = False

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def parquet_schema():
    import pyarrow as pa

    strings = pa.list_(pa.string())
    return pa.schema([
        ("id", pa.int64()), ("url", pa.string()), ("source", pa.string()), ("published", pa.string()),
        ("title", pa.string()), ("lead", pa.string()), ("text", pa.string()), ("authors", strings),
        ("section", pa.string()), ("topic", pa.string()), ("keyphrases", strings), ("provinces", strings),
        ("entities", strings),
    ])


def _parquet(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    sink = _Chunks()
    writer = pq.ParquetWriter(pa.PythonFile(sink, mode="w"), schema, compression="zstd")
    try:
        for batch in _batches(records):
            writer.write_batch(pa.RecordBatch.from_pylist([{f: r[f] for f in FIELDS} for r in batch], schema=schema))
            yield sink.take()
    finally:
        writer.close()
    yield sink.take()
