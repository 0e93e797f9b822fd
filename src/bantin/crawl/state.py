"""The crawl's state in the store (migration 002): sources, validators of feeds and sitemaps,
and the frontier of article URLs.

Everything a pass learns is written as it goes, each step in its own transaction, so a crawl
stopped at any point (even killed) resumes where it was: pending URLs stay pending, stored ones
are never fetched again unless asked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from bantin.collect.feeds import Link
from bantin.crawl.sources import Source

# What ``CrawlState.add_source`` did with a source.
ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"


def utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class CrawlState:
    """The crawl tables of one store (``store.conn``: autocommit, explicit transactions)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- sources -----------------------------------------------------------------------

    def add_source(self, source: Source, *, keep: Iterable[str] = ()) -> tuple[Source, str]:
        """Adds or updates (same URL) a source; returns it with its id, and ``ADDED``, ``UPDATED`` or
        ``UNCHANGED`` (nothing differed from the stored row: nothing is written).

        ``keep`` names fields ("kind", "name", "tags"...) an existing source keeps rather than take from
        ``source``: what ``bantin sources add`` was not told. Feeds and sitemaps already known (given
        earlier or discovered by a crawl) are kept, ``source``'s are added after them: importing a
        sources file again does not make a crawled site forget its feeds.
        """
        with self.transaction() as conn:
            row = conn.execute("SELECT * FROM sources WHERE url = ?", (source.url,)).fetchone()
            if row is None:
                cursor = conn.execute(
                    "INSERT INTO sources (url, kind, name, tags, feeds, sitemaps, confirmed, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (source.url, *_columns(source), _iso(utc_now())))
                return self._source_by_id(cursor.lastrowid), ADDED
            existing = _source(row)
            known = {"feeds": tuple(dict.fromkeys([*existing.feeds, *source.feeds])),
                     "sitemaps": tuple(dict.fromkeys([*existing.sitemaps, *source.sitemaps]))}
            source = dataclasses.replace(source, id=existing.id,
                                         **known | {field: getattr(existing, field) for field in keep})
            if source == existing:
                return existing, UNCHANGED
            conn.execute("UPDATE sources SET kind = ?, name = ?, tags = ?, feeds = ?, sitemaps = ?, confirmed = ?"
                         " WHERE id = ?", (*_columns(source), row["id"]))
            return self._source_by_id(row["id"]), UPDATED

    def _source_by_id(self, source_id: int) -> Source:
        return _source(self.conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)).fetchone())

    def sources(self) -> list[Source]:
        return [_source(r) for r in self.conn.execute("SELECT * FROM sources ORDER BY id")]

    def due_sources(self, now: datetime | None = None) -> list[Source]:
        now_iso = _iso(now or utc_now())
        rows = self.conn.execute("SELECT * FROM sources WHERE next_due IS NULL OR next_due <= ? ORDER BY id", (now_iso,))
        return [_source(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the earliest source is next due (None: no sources)."""
        row = self.conn.execute("SELECT count(*) AS n, min(coalesce(next_due, '')) AS due FROM sources").fetchone()
        if not row["n"]:
            return None
        return _moment(row["due"]) or utc_now()

    def set_discovered(self, source_id: int, feeds: Iterable[str], sitemaps: Iterable[str]) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sources SET feeds = ?, sitemaps = ?, discovered_at = ? WHERE id = ?",
                         (json.dumps(list(feeds)), json.dumps(list(sitemaps)), _iso(utc_now()), source_id))

    def record_pass(self, source_id: int, *, found: int, ok: bool, error: str | None, next_due: datetime) -> None:
        """``ok``: at least one of the source's feeds or sitemaps was read (``error`` may concern others).

        The last error stays until a pass without errors reads the source (a pass that neither read
        it nor failed, e.g. one stopped, leaves it).
        """
        now = _iso(utc_now())
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sources SET last_attempt = ?, last_success = CASE WHEN ? THEN ? ELSE last_success END,"
                " last_error = CASE WHEN ? IS NOT NULL THEN ? WHEN ? THEN NULL ELSE last_error END,"
                " articles_found = articles_found + ?, next_due = ? WHERE id = ?",
                (now, ok, now, error, error, ok, found, _iso(next_due), source_id))

    def status(self) -> list[dict]:
        """Per source: what ``bantin sources check`` shows."""
        rows = self.conn.execute(
            """SELECT s.*, (SELECT count(*) FROM frontier f WHERE f.source_id = s.id AND f.state = 'done') AS stored,
                      (SELECT count(*) FROM frontier f WHERE f.source_id = s.id AND f.state = 'pending') AS pending,
                      (SELECT count(*) FROM frontier f WHERE f.source_id = s.id AND f.state = 'failed') AS failed
               FROM sources s ORDER BY s.id""")
        out = []
        for row in rows:
            source = _source(row)
            out.append({
                "id": source.id, "name": source.name, "url": source.url, "kind": source.kind, "tags": list(source.tags),
                "feeds": list(source.feeds), "sitemaps": list(source.sitemaps), "confirmed": source.confirmed,
                "last_attempt": row["last_attempt"], "last_success": row["last_success"], "last_error": row["last_error"],
                "articles_found": row["articles_found"], "stored": row["stored"], "pending": row["pending"],
                "failed": row["failed"], "next_due": row["next_due"] or "now",
            })
        return out

    # -- feeds and sitemaps ------------------------------------------------------------

    def validators(self, url: str) -> dict[str, str]:
        row = self.conn.execute("SELECT etag, last_modified FROM endpoints WHERE url = ?", (url,)).fetchone()
        if row is None:
            return {}
        return {k: v for k, v in (("etag", row["etag"]), ("last-modified", row["last_modified"])) if v}

    def save_validators(self, url: str, status: int, validators: dict[str, str]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO endpoints (url, etag, last_modified, status, fetched_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET etag = coalesce(excluded.etag, etag),"
                " last_modified = coalesce(excluded.last_modified, last_modified), status = excluded.status,"
                " fetched_at = excluded.fetched_at",
                (url, validators.get("etag"), validators.get("last-modified"), status, _iso(utc_now())))

    def forget_validators(self, url: str) -> None:
        """After a response that could not be read: the next request is not conditional."""
        with self.transaction() as conn:
            conn.execute("UPDATE endpoints SET etag = NULL, last_modified = NULL WHERE url = ?", (url,))

    # -- the frontier ------------------------------------------------------------------

    def add_links(self, source_id: int | None, links: Iterable[Link], *, refetch: bool = False) -> int:
        """Queues the URLs not yet stored nor queued; returns how many are new. ``refetch`` re-queues all."""
        now = _iso(utc_now())
        rows = [(link.url, source_id, link.title, _iso(link.published), now, link.url) for link in links]
        with self.transaction() as conn:
            before = conn.total_changes
            if refetch:
                conn.executemany(
                    "INSERT INTO frontier (url, source_id, title, published, discovered_at) SELECT ?, ?, ?, ?, ?"
                    " WHERE ? IS NOT NULL ON CONFLICT(url) DO UPDATE SET state = 'pending', attempts = 0"
                    " WHERE state != 'pending'", rows)
            else:
                conn.executemany(
                    "INSERT INTO frontier (url, source_id, title, published, discovered_at) SELECT ?, ?, ?, ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM articles WHERE url = ?) ON CONFLICT(url) DO NOTHING", rows)
            return conn.total_changes - before

    def pending(self, limit: int) -> list[tuple[str, Link, int | None]]:
        """(url, link, source id) of URLs to fetch, oldest discovered first."""
        rows = self.conn.execute(
            "SELECT url, title, published, source_id FROM frontier WHERE state = 'pending'"
            " ORDER BY discovered_at, rowid LIMIT ?", (limit,))
        return [(r["url"], Link(url=r["url"], title=r["title"], published=_moment(r["published"])), r["source_id"])
                for r in rows]

    def pending_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM frontier WHERE state = 'pending'").fetchone()[0]

    def settle(self, done: Iterable[str], failed: Iterable[tuple[str, str, bool]], max_attempts: int, *,
               postponed: Iterable[tuple[str, str]] = ()) -> None:
        """Marks fetched URLs done, failed ones (url, error, retryable) failed or pending again, and
        postponed ones (url, error: not asked for, e.g. robots.txt unreachable) pending without an attempt."""
        now = _iso(utc_now())
        with self.transaction() as conn:
            conn.executemany("UPDATE frontier SET state = 'done', done_at = ?, last_error = NULL WHERE url = ?",
                             [(now, url) for url in done])
            conn.executemany(
                "UPDATE frontier SET attempts = attempts + 1, last_error = ?,"
                " state = CASE WHEN ? AND attempts + 1 < ? THEN 'pending' ELSE 'failed' END,"
                " done_at = CASE WHEN ? AND attempts + 1 < ? THEN NULL ELSE ? END WHERE url = ?",
                [(error, retry, max_attempts, retry, max_attempts, now, url) for url, error, retry in failed])
            conn.executemany("UPDATE frontier SET state = 'pending', done_at = NULL, last_error = ? WHERE url = ?",
                             [(error, url) for url, error in postponed])


def _columns(source: Source) -> tuple:
    """kind, name, tags, feeds, sitemaps, confirmed as the sources table holds them."""
    return (source.kind, source.name, json.dumps(list(source.tags), ensure_ascii=False), json.dumps(list(source.feeds)),
            json.dumps(list(source.sitemaps)), None if source.confirmed is None else int(source.confirmed))


def _source(row: sqlite3.Row) -> Source:
    return Source(
        id=row["id"], url=row["url"], kind=row["kind"], name=row["name"], tags=tuple(json.loads(row["tags"])),
        feeds=tuple(json.loads(row["feeds"])), sitemaps=tuple(json.loads(row["sitemaps"])),
        confirmed=None if row["confirmed"] is None else bool(row["confirmed"]),
    )
