"""The embedded store: one SQLite file in WAL mode.

Every batch is one transaction, so a killed ingest leaves the store as it was after the last
committed batch, and a re-run skips what is already there (same URL and content hash).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bantin.local_time import LOCAL_TZ, local_day
from bantin.search.filters import entity_keys, province_name, topic_name
from bantin.search.query import Node, positive_terms
from bantin.search.snippet import make_snippet
from bantin.store import fts, language
from bantin.store.base import SearchFilters, StoreError
from bantin.store.migrations import migrate
from bantin.types import Article, Rejected, SearchHit, WriteResult

# Waiting for another writer (a second ingest, the web server) before giving up.
BUSY_TIMEOUT_SECONDS = 30
# bm25 weights of the FTS columns title, body, title_fold, body_fold: a title match counts 5x.
BM25_WEIGHTS = (5.0, 1.0, 5.0, 1.0)
# A query matching more than this many articles is ranked in blocks of this many, the most recently
# stored first (SQLiteStore.search): bm25 costs ~2 us per match, so ranking all 46,000 matches of
# "quân sự" on bench/serve.py's 100,000-article store took ~85-116 ms of CPU and one block of 2,000
# ~13 ms (bench/queries.py: the 15 queries' searches 715 ms in all unblocked, 324 in blocks of
# 2,000, 618 in blocks of 10,000). Blocks of 2,000 made the top-20 of broad queries much worse
# ("quân sự": 20 -> 4 titles with both words; unquoted syllables are ANDed anywhere in the text,
# and the newest 2,000 hold few strong matches), so only a query matching more than 50,000 articles
# is ranked in blocks: relevance first, a bound on the very broadest. Re-run bench/queries.py
# after changing it.
RANK_BLOCK = 50_000
# Trends without filters count matches per day through an array of each id's day (DayIndex): 4
# bytes per id, so at most 40 MB per connection; above this many ids they are counted by SQL.
# On bench/serve.py's 100,000 articles: 'quân sự' (46,000 matches) ~31 -> ~15 ms CPU, building
# the array ~10 ms once per store change (bench/queries.py, trends_ms).
DAY_INDEX_MAX_ID = 10_000_000
# The schema version that added article_facts (005_facts.sql), and article_counts (006_counts.sql).
FACTS_VERSION = 5
COUNTS_VERSION = 6


def content_hash(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\x1f{article.text}".encode()).hexdigest()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SQLiteStore:
    """``Store`` on one SQLite file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = ":memory:", *, readonly: bool = False, snippet_chars: int = 160,
                 rank_block: int = RANK_BLOCK) -> None:
        self.path = str(path)
        self.snippet_chars = snippet_chars
        self.rank_block = rank_block
        self._days: tuple[tuple[int, int], DayIndex | None] | None = None
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"no store at {self.path}: run 'bantin ingest' first")
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
            elif self.conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                raise StoreError(f"{self.path} is not a bantin store (no schema)")
            else:
                language.listed_view(self.conn)
            self.facts = facts_table(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    # -- writing -------------------------------------------------------------------------

    def write_batch(self, articles: Sequence[Article], rejected: Sequence[Rejected] = ()) -> list[WriteResult]:
        results: list[WriteResult] = []
        now = _now()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for article in articles:
                    results.append(self._write(article, now))
                self.conn.executemany(
                    "INSERT OR REPLACE INTO drops (locator, url, reason, detail, step, at) VALUES (?, ?, ?, ?, ?, ?)",
                    [(r.locator, r.url, r.reason, r.detail, r.step, now) for r in rejected],
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        return results

    def _write(self, article: Article, now: str) -> WriteResult:
        digest = content_hash(article)
        row = self.conn.execute("SELECT id, content_hash, revision FROM articles WHERE url = ?", (article.url,)).fetchone()
        if article.locator:
            self.conn.execute("DELETE FROM drops WHERE locator = ?", (article.locator,))
        if row is not None:
            seen = row["content_hash"] == digest or self.conn.execute(
                "SELECT 1 FROM revisions WHERE article_id = ? AND content_hash = ?", (row["id"], digest)
            ).fetchone()
            if seen:
                self.conn.execute("UPDATE articles SET last_seen = ? WHERE id = ?", (now, row["id"]))
                return WriteResult(url=article.url, status="unchanged", revision=row["revision"])
        values = {
            "url": article.url,
            "source": article.source,
            "title": article.title,
            "lead": article.lead,
            "text": article.text,
            "published": _iso(article.published),
            "published_utc": _utc(article.published),
            "day": local_day(article.published) if article.published else None,
            "authors": json.dumps(list(article.authors), ensure_ascii=False),
            "section": article.section,
            "language": article.language,
            "extractor": article.extractor,
            "content_hash": digest,
            "locator": article.locator,
            "fetched_at": _iso(article.fetched_at),
            "last_seen": now,
            "extra": json.dumps(dict(article.extra), ensure_ascii=False, default=str),
        }
        if row is None:
            values.update(revision=1, first_seen=now)
            columns = ", ".join(values)
            cursor = self.conn.execute(
                f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(values))})", tuple(values.values())
            )
            article_id, revision, status = cursor.lastrowid, 1, "new"
        else:
            article_id, revision, status = row["id"], row["revision"] + 1, "revised"
            values["revision"] = revision
            assignments = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*values.values(), article_id))
            self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        self.conn.execute(
            "INSERT INTO revisions (article_id, revision, content_hash, title, lead, text, published, extractor, locator, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, revision, digest, article.title, article.lead, article.text, values["published"],
             article.extractor, article.locator, now),
        )
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body, title_fold, body_fold) VALUES (?, ?, ?, ?, ?)",
            (article_id, *fts.index_columns(article.title, article.text)),
        )
        language.write(self.conn, article_id, article)
        return WriteResult(url=article.url, status=status, revision=revision)

    # -- reading -------------------------------------------------------------------------

    def get(self, url: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE url = ?", (url,)).fetchone()
        return _article(row, **language.read(self.conn, row)) if row else None

    def revisions(self, url: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT r.revision, r.content_hash, r.title, r.published, r.extractor, r.seen_at, r.locator"
            " FROM revisions r JOIN articles a ON a.id = r.article_id WHERE a.url = ? ORDER BY r.revision",
            (url,),
        )
        return [dict(r) for r in rows]

    def search(self, query: Node, filters: SearchFilters) -> list[SearchHit]:
        """One page of matches, best first: those with the words as typed (diacritics kept, a run of
        words together), then those with the words together whatever their diacritics, then the
        rest; by bm25 within each tier, then the latest.

        A query matching more than ``rank_block`` (RANK_BLOCK) articles is ranked block by block:
        the ``rank_block`` most recently stored matches first (ranked as above among themselves),
        then the next ``rank_block``, and so on, so that a broad query's first page costs the
        ranking of one block and not of every match; pages stay consistent (one total order).
        Queries with fewer matches are ranked as one block, whatever the store's size. The text
        is read, and a snippet made, for the page's rows only."""
        where, params = filter_sql(filters, "a.published_utc")
        where.insert(0, "articles_fts MATCH :folded")
        params.update(folded=fts.folded_match(query), exact=fts.exact_match(query), together=fts.together_match(query))
        terms = list(positive_terms(query))
        rows = []
        for block, low, high in self._rank_blocks(where, params, filters.offset, filters.limit):
            start = max(0, filters.offset - block * self.rank_block)
            wanted = filters.limit - len(rows)
            rows += self._ranked(where, params, low, high, wanted, start)
            if len(rows) >= filters.limit:
                break
        return [self._hit(row, terms) for row in rows]

    def _rank_blocks(self, where: list[str], params: dict[str, Any], offset: int, limit: int
                     ) -> list[tuple[int, int | None, int | None]]:
        """(block number, lowest rowid, highest rowid) of the blocks the page [offset, offset + limit)
        falls in; (0, None, None) when every match is in the first block (one ranking, no bounds).
        A block's bounds are the rowids at its first and last positions in rowid-descending order,
        which FTS5 walks without ranking."""
        def rowid_at(position: int) -> int | None:
            row = self.conn.execute(
                f"SELECT articles_fts.rowid FROM articles_fts JOIN {self.facts} a ON a.id = articles_fts.rowid"
                f" WHERE {' AND '.join(where)} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET {int(position)}",
                params).fetchone()
            return row[0] if row else None

        size = self.rank_block
        if rowid_at(size) is None:
            return [(0, None, None)]
        blocks = []
        for block in range(offset // size, (offset + limit - 1) // size + 1):
            high = rowid_at(block * size)
            if high is None:
                break
            blocks.append((block, rowid_at((block + 1) * size - 1), high))
        return blocks

    def _ranked(self, where: list[str], params: dict[str, Any], low: int | None, high: int | None,
                limit: int, offset: int) -> list[sqlite3.Row]:
        """The page ``[offset, offset + limit)`` of the matches whose rowid is in [low, high]
        (unbounded where None), ranked, with the columns a hit needs."""
        bounds = []
        if low is not None:
            bounds.append("{rowid} >= :low")
        if high is not None:
            bounds.append("{rowid} <= :high")
        within = lambda rowid: "".join(f" AND {b.format(rowid=rowid)}" for b in bounds)  # noqa: E731
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        together = "1" if params.get("together") is None else (
            f'(articles_fts.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :together{within("rowid")}))')
        sql = f"""
            SELECT art.id, art.url, art.title, art.source, art.published, art.text, page.rank, page.exact
            FROM (SELECT articles_fts.rowid AS id, bm25(articles_fts, {weights}) AS rank, a.published_utc AS moment,
                         (articles_fts.rowid IN (SELECT rowid FROM articles_fts
                                                 WHERE articles_fts MATCH :exact{within("rowid")}))
                         + {together} AS exact
                  FROM articles_fts JOIN {self.facts} a ON a.id = articles_fts.rowid
                  WHERE {' AND '.join(where)}{within("articles_fts.rowid")}
                  ORDER BY exact DESC, rank, moment DESC
                  LIMIT :limit OFFSET :offset) page
            JOIN articles art ON art.id = page.id
            ORDER BY page.exact DESC, page.rank, page.moment DESC"""
        return self.conn.execute(sql, {**params, "low": low, "high": high, "limit": limit, "offset": offset}).fetchall()

    def _hit(self, row: sqlite3.Row, terms: list) -> SearchHit:
        relevance = -row["rank"]
        return SearchHit(
            id=row["id"],
            url=row["url"],
            title=row["title"],
            source=row["source"],
            published=datetime.fromisoformat(row["published"]) if row["published"] else None,
            snippet=make_snippet(row["text"], terms, self.snippet_chars),
            # the words as typed and together score in [2, 3), together with other diacritics in
            # [1, 2), apart in [0, 1): the order shown within a block
            score=round(int(row["exact"]) + relevance / (1.0 + relevance), 4),
        )

    def matching(self, query: Node | None, filters: SearchFilters) -> list[tuple[int, str, str]]:
        """(id, local day of publication or None, source) of every article matching ``query`` (all
        articles when None), without ranking or snippets: the set that counts and top lists are
        computed over (undated articles count at their first_seen). ``limit``/``offset`` are ignored."""
        source, where, params = self._matching_sql(query, filters)
        sql = f"SELECT a.id, a.day, a.source FROM {source}" + (f" WHERE {' AND '.join(where)}" if where else "")
        return [(r[0], r[1], r[2]) for r in self.conn.execute(sql, params)]

    def day_counts(self, query: Node | None, filters: SearchFilters) -> dict[str, int]:
        """Articles per local day among ``matching(query, filters)`` (undated ones are not counted),
        counted by SQLite: the input of trends, without a row per article in Python.

        Without filters other than the query, the matches' ids come from the full-text index alone
        and are counted by day through ``DayIndex`` (each id's day, kept while the store is
        unchanged): about half the work of joining every match to its facts row and grouping."""
        if not _narrowed(filters):
            index = self._day_index()
            if index is not None:
                if query is None:
                    return index.totals()
                ids = self.conn.execute("SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ?",
                                        (fts.folded_match(query),)).fetchone()[0]
                return index.count(ids)
        source, where, params = self._matching_sql(query, filters)
        where.append("a.day IS NOT NULL")
        sql = f"SELECT a.day, count(*) FROM {source} WHERE {' AND '.join(where)} GROUP BY a.day ORDER BY a.day"
        return {r[0]: r[1] for r in self.conn.execute(sql, params)}

    def _day_index(self) -> DayIndex | None:
        """This connection's ``DayIndex``, rebuilt after any write to the store (by this connection:
        ``total_changes``; by another: ``PRAGMA data_version``); None above DAY_INDEX_MAX_ID."""
        version = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        if self._days is None or self._days[0] != version:
            self._days = (version, DayIndex.build(self.conn, self.facts))
        return self._days[1]

    def _matching_sql(self, query: Node | None, filters: SearchFilters) -> tuple[str, list[str], dict[str, Any]]:
        where, params = filter_sql(filters, "coalesce(a.published_utc, a.first_seen)")
        if query is None:
            return f"{self.facts} a", where, params
        where.insert(0, "articles_fts MATCH :folded")
        params["folded"] = fts.folded_match(query)
        return f"articles_fts JOIN {self.facts} a ON a.id = articles_fts.rowid", where, params

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        """The store's summary. Counts by source, day and topic read ``article_facts``; by extractor,
        language and revised articles ``article_counts`` (migration 006, kept by triggers): never
        the articles rows with their text, except in a read-only store older than those tables."""
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        pairs = lambda sql: {r[0]: r[1] for r in self.conn.execute(sql)}  # noqa: E731
        facts = self.facts
        if self.conn.execute("PRAGMA user_version").fetchone()[0] >= COUNTS_VERSION:
            counted = lambda kind: pairs(  # noqa: E731
                f"SELECT key, n FROM article_counts WHERE kind = '{kind}' AND n > 0 ORDER BY n DESC, key")
            revised = one("SELECT coalesce(sum(n), 0) FROM article_counts WHERE kind = 'revised'")
            extractors, languages = counted("extractor"), counted("language")
        else:
            revised = one("SELECT count(*) FROM articles WHERE revision > 1")
            extractors = pairs("SELECT extractor, count(*) FROM articles GROUP BY extractor ORDER BY count(*) DESC")
            languages = pairs("SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        return {
            "articles": one(f"SELECT count(*) FROM {facts}"),
            "revisions": one("SELECT count(*) FROM revisions"),
            "revised_articles": revised,
            "sources": pairs(f"SELECT source, count(*) FROM {facts} GROUP BY source ORDER BY count(*) DESC, source"),
            "days": pairs(f"SELECT coalesce(day, 'undated'), count(*) FROM {facts} GROUP BY day ORDER BY day"),
            "first_published": one(f"SELECT min(published_utc) FROM {facts}"),
            "last_published": one(f"SELECT max(published_utc) FROM {facts}"),
            "extractors": extractors,
            "languages": languages,
            "drops": pairs("SELECT reason, count(*) FROM drops GROUP BY reason ORDER BY count(*) DESC, reason"),
            # the articles_topic index answers this alone (article_facts has no index on topic)
            "topics": pairs("SELECT topic, count(*) FROM articles WHERE topic IS NOT NULL GROUP BY topic ORDER BY 2 DESC, 1"),
            "provinces": pairs(
                "SELECT name, count(*) FROM article_provinces GROUP BY name ORDER BY 2 DESC, 1 LIMIT 20"
            ),
            "provinces_2025": pairs(
                "SELECT name_2025, count(DISTINCT article_id) FROM article_provinces GROUP BY name_2025 ORDER BY 2 DESC, 1 LIMIT 20"
            ),
            "entities": self._top_entities(15),
        }

    def _top_entities(self, n: int) -> dict[str, dict[str, int]]:
        """The ``n`` listed entities of each type (public persons only) in the most articles: one pass
        over the entity index."""
        top: dict[str, dict[str, int]] = {kind: {} for kind in ("PER", "ORG", "LOC")}
        rows = self.conn.execute(
            "SELECT type, name, articles FROM (SELECT e.type, e.name, t.articles,"
            "  row_number() OVER (PARTITION BY e.type ORDER BY t.articles DESC, e.name) AS place"
            "  FROM (SELECT entity_id, count(*) AS articles FROM article_entities GROUP BY entity_id) t"
            "  JOIN listed_entities e ON e.id = t.entity_id)"
            " WHERE place <= ? ORDER BY type, place", (n,))
        for kind, name, articles in rows:
            top.setdefault(kind, {})[name] = articles
        return top

    def recent_texts(self, limit: int) -> list[tuple[str, str]]:
        """(title, text) of the most recently published articles, for term statistics."""
        rows = self.conn.execute(
            "SELECT title, text FROM articles ORDER BY published_utc DESC NULLS LAST, id DESC LIMIT ?", (limit,)
        )
        return [(r[0], r[1]) for r in rows]

    def drops(self, limit: int = 100) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM drops ORDER BY at DESC, locator LIMIT ?", (limit,))]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DayIndex:
    """The local day of publication of every article id, as a small integer per id (one numpy
    array): counting matches per day is then one array lookup and a bincount over their ids."""

    def __init__(self, days: list[str], day_of_id: np.ndarray) -> None:
        self.days = days
        self.day_of_id = day_of_id  # index into days, -1 for undated or missing ids

    @classmethod
    def build(cls, conn: sqlite3.Connection, facts: str) -> DayIndex | None:
        top = conn.execute(f"SELECT max(id) FROM {facts}").fetchone()[0] or 0
        if top > DAY_INDEX_MAX_ID:
            return None
        day_of_id = np.full(top + 1, -1, dtype=np.int32)
        days = []
        for day, ids in conn.execute(f"SELECT day, group_concat(id) FROM {facts} WHERE day IS NOT NULL GROUP BY day ORDER BY day"):
            day_of_id[np.fromstring(ids, dtype=np.int64, sep=",")] = len(days)
            days.append(day)
        return cls(days, day_of_id)

    def count(self, ids: str | None) -> dict[str, int]:
        """Articles per day among ``ids`` (comma-separated, as group_concat gives them)."""
        if not ids:
            return {}
        found = self.day_of_id[np.fromstring(ids, dtype=np.int64, sep=",")]
        return self._by_day(found[found >= 0])

    def totals(self) -> dict[str, int]:
        return self._by_day(self.day_of_id[self.day_of_id >= 0])

    def _by_day(self, day_numbers: np.ndarray) -> dict[str, int]:
        counts = np.bincount(day_numbers, minlength=len(self.days))
        return {self.days[i]: int(counts[i]) for i in np.flatnonzero(counts)}


def _narrowed(filters: SearchFilters) -> bool:
    return bool(filters.since or filters.until or filters.sources or filters.topics or filters.provinces
                or filters.entities)


def facts_table(conn: sqlite3.Connection) -> str:
    """``article_facts``, or ``articles`` in a store opened read-only whose schema predates it:
    the same columns (source, topic, day, published_utc, first_seen), the same answers, slower."""
    return "article_facts" if conn.execute("PRAGMA user_version").fetchone()[0] >= FACTS_VERSION else "articles"


def filter_sql(filters: SearchFilters, moment: str) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses and named parameters for the filters other than the text query, over an
    ``articles`` or ``article_facts`` table aliased ``a``; ``moment`` is the column expression the
    date range applies to. The one place filters become SQL (search, matching, the web layer)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if filters.since:
        where.append(f"{moment} >= :since")
        params["since"] = _utc(filters.since)
    if filters.until:
        where.append(f"{moment} < :until")
        params["until"] = _utc(filters.until)
    topics = tuple(topic_name(t) for t in filters.topics)
    for prefix, column, values in (("s", "a.source", filters.sources), ("t", "a.topic", topics)):
        if values:
            names = {f"{prefix}{i}": v for i, v in enumerate(values)}
            where.append(f"{column} IN ({', '.join(':' + k for k in names)})")
            params.update(names)
    for i, province in enumerate(filters.provinces):  # each one must match (AND)
        params[f"p{i}"] = province_name(province)
        where.append(f"a.id IN (SELECT article_id FROM article_provinces WHERE name = :p{i} OR name_2025 = :p{i})")
    for i, name in enumerate(filters.entities):
        keys = {f"e{i}_{j}": k for j, k in enumerate(entity_keys(name))}
        params.update(keys)
        where.append(
            "a.id IN (SELECT ae.article_id FROM article_entities ae JOIN listed_entities e ON e.id = ae.entity_id"
            f" WHERE e.key IN ({', '.join(':' + k for k in keys)}))"
        )
    return where, params


def _article(row: sqlite3.Row, **fields: Any) -> Article:
    return Article(
        **fields,
        url=row["url"],
        source=row["source"],
        title=row["title"],
        text=row["text"],
        lead=row["lead"],
        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
        authors=tuple(json.loads(row["authors"])),
        section=row["section"],
        language=row["language"],
        extractor=row["extractor"],
        locator=row["locator"] or "",
        fetched_at=datetime.fromisoformat(row["fetched_at"]) if row["fetched_at"] else None,
        extra=json.loads(row["extra"]),
    )
