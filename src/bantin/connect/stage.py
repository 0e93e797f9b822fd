"""The connect stages and the runner that feeds them the articles added or revised since the last run.

Cross-document work is split into stages whose outputs are tables (as datatrove splits MinHash
dedup): each stage reads the batch and the tables of the stages before it, and writes its own.
A stage implements one hook, ``run(conn, batch, stats)``; the runner (``run_stages``) picks the
pending articles in publication order, hands them out in batches, one transaction each, and
records each processed revision in ``connect_articles``. Running it again with nothing new does
nothing; a killed run resumes after its last committed batch.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from bantin.local_time import local_day
from bantin.pipeline.stats import Stats

# Stats labels.
ARTICLES = "connect/articles"
DUPLICATES = "connect/duplicates"  # articles found to copy or be copied by another
STORIES_NEW = "connect/stories_new"
STORIES_JOINED = "connect/stories_joined"
DAYS = "connect/days"
ALERTS = "connect/alerts"


@dataclasses.dataclass(slots=True)
class Row:
    """One pending article, as the stages need it (read once per batch)."""

    id: int
    title: str
    lead: str
    text: str
    source: str
    content_hash: str
    moment: str  # UTC ISO ("...Z"): published, or first seen when undated
    day: str  # local date of moment
    topic: str | None
    keyphrases: list[str]
    revised: bool  # an earlier revision was processed before


class Stage:
    """One connect stage: ``run`` updates its tables for a batch, inside the batch's transaction."""

    name = "stage"

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        raise NotImplementedError

    def finish(self, conn: sqlite3.Connection, stats: Stats) -> None:
        """Called once after the last batch, in its own transaction (cross-day work)."""


def moment_of(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def pending(conn: sqlite3.Connection) -> list[tuple[int, bool]]:
    """(article id, revised) of the articles whose current revision no stage has seen, oldest first."""
    rows = conn.execute(
        "SELECT a.id, c.article_id IS NOT NULL FROM articles a LEFT JOIN connect_articles c ON c.article_id = a.id"
        " WHERE c.article_id IS NULL OR c.content_hash != a.content_hash"
        " ORDER BY coalesce(a.published_utc, a.first_seen), a.id"
    )
    return [(r[0], bool(r[1])) for r in rows]


def read_batch(conn: sqlite3.Connection, ids: Sequence[tuple[int, bool]]) -> list[Row]:
    revised = dict(ids)
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT id, title, lead, text, source, content_hash, coalesce(published_utc, first_seen) AS moment, day,"
        f" published_utc IS NULL AS undated, topic, keyphrases FROM articles WHERE id IN ({marks})"
        " ORDER BY moment, id",
        [i for i, _ in ids],
    )
    return [
        Row(id=r[0], title=r[1], lead=r[2], text=r[3], source=r[4], content_hash=r[5], moment=r[6],
            day=local_day(moment_of(r[6])) if r[8] or not r[7] else r[7], topic=r[9],
            keyphrases=json.loads(r[10] or "[]"), revised=revised[r[0]])
        for r in rows
    ]


def run_stages(conn: sqlite3.Connection, stages: Sequence[Stage], *, batch_size: int, stats: Stats) -> Stats:
    todo = pending(conn)
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        conn.execute("BEGIN IMMEDIATE")
        try:
            batch = read_batch(conn, chunk)
            for stage in stages:
                began = time.process_time()
                stage.run(conn, batch, stats)
                stats.time(stage.name, time.process_time() - began)
            stats.add(ARTICLES, len(batch))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    conn.execute("BEGIN IMMEDIATE")
    try:
        for stage in stages:
            began = time.process_time()
            stage.finish(conn, stats)
            stats.time(stage.name, time.process_time() - began)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return stats


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
