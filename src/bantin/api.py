"""bantin's public API: what the CLI, the web app and scripts call."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bantin.analyze.terms import top_terms
from bantin.collect.inputs import InputError, check_inputs, read_inputs
from bantin.extract.article import ExtractArticle
from bantin.local_time import LOCAL_TZ
from bantin.pipeline.local import LocalRunner
from bantin.pipeline.stats import ARTICLES_OUT, PAGES_IN, STORE, Stats, counted
from bantin.pipeline.step import Step
from bantin.search.query import QueryError, parse
from bantin.settings import Settings, load_settings
from bantin.store.base import SearchFilters, StoreError
from bantin.store.sqlite import SQLiteStore
from bantin.types import Article, Page, Rejected, SearchHit

# How many of the latest articles the summary's top terms are computed over (bounded work).
TOP_TERMS_SAMPLE = 5_000


@dataclasses.dataclass(slots=True)
class IngestReport:
    stats: Stats
    rejected: list[Rejected]  # the first MAX_REPORTED_REJECTS, for messages; all are counted in stats
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.stats.dropped > 0

    def as_dict(self) -> dict[str, Any]:
        counts = self.stats.counts
        return {
            "pages": counts[PAGES_IN],
            "articles": counts[ARTICLES_OUT],
            "stored": self.stats.store_counts(),
            "dropped": self.stats.drops,
            "warnings": self.stats.warnings,  # something ignored in a kept article (a "published" that is no date)
            "seconds": round(self.seconds, 3),
            "step_seconds": {k: round(v, 3) for k, v in self.stats.seconds.items()},
        }


MAX_REPORTED_REJECTS = 1_000


def open_store(path: str | Path | None = None, *, settings: Settings | None = None, readonly: bool = False) -> SQLiteStore:
    settings = settings or load_settings()
    return SQLiteStore(path or settings.store.path, readonly=readonly, snippet_chars=settings.search.snippet_chars)


def default_steps(settings: Settings) -> list[Step]:
    """The steps every page goes through between reading and storing."""
    steps: list[Step] = [ExtractArticle(settings.extract)]
    if settings.nlp.enabled:
        from bantin.nlp.step import Understand

        steps.append(Understand(settings.nlp))
    return steps


def ingest(
    paths: Iterable[str | Path],
    store: SQLiteStore,
    *,
    settings: Settings | None = None,
    on_item: Callable[[Article | Rejected], None] | None = None,
) -> IngestReport:
    """Reads every page under ``paths``, extracts, and stores in batches (one transaction each).

    Raises ``InputError``, before anything is read or written, for a path that does not exist or
    a directory without any HTML, WARC or JSONL file (as ``bantin ingest`` exits 2). Unreadable or
    bad pages inside the inputs are drops, counted with a reason; the rest is stored."""
    paths = list(paths)
    check_inputs(paths)
    settings = settings or load_settings()
    stats = Stats()
    pages = read_inputs(paths, max_page_bytes=settings.ingest.max_page_bytes, stats=stats)
    return ingest_pages(pages, store, settings=settings, on_item=on_item, stats=stats)


def ingest_pages(
    pages: Iterable[Page | Rejected],
    store: SQLiteStore,
    *,
    settings: Settings | None = None,
    on_item: Callable[[Article | Rejected], None] | None = None,
    stats: Stats | None = None,
) -> IngestReport:
    """Extracts and stores pages from any collector (files, a crawl...): the same steps for all.

    Pages are written in batches, one transaction each: a crash loses at most the batch in flight,
    and a re-run skips what was stored (same URL and content hash)."""
    import time as _time

    settings = settings or load_settings()
    started = _time.perf_counter()
    stats = stats if stats is not None else Stats()
    report = IngestReport(stats=stats, rejected=[])
    runner = LocalRunner(
        default_steps(settings), workers=settings.ingest.worker_count, batch_size=settings.ingest.batch_size
    )
    pages = counted(pages, stats)
    articles: list[Article] = []
    rejected: list[Rejected] = []

    def flush() -> None:
        for result in store.write_batch(articles, rejected):
            stats.add(STORE + result.status)
        articles.clear()
        rejected.clear()

    for item in runner.run(pages, stats):
        if isinstance(item, Rejected):
            rejected.append(item)
            if len(report.rejected) < MAX_REPORTED_REJECTS:
                report.rejected.append(item)
        else:
            stats.add(ARTICLES_OUT)
            articles.append(item)
        if on_item:
            on_item(item)
        if len(articles) + len(rejected) >= settings.ingest.batch_size:
            flush()
    flush()
    if settings.connect.after_ingest:
        _connect_after_ingest(store, settings)
    report.seconds = _time.perf_counter() - started
    return report


def _connect_after_ingest(store: Any, settings: Settings) -> None:
    """Duplicates, stories, counts and alerts follow every ingest and crawl pass, for the new and
    revised articles only (``connect.after_ingest``). The crawl hands in a wrapper that keeps the
    store as ``.store``."""
    target = store if isinstance(store, SQLiteStore) else getattr(store, "store", None)
    if isinstance(target, SQLiteStore):
        connect(target, settings=settings)


def search(
    store: SQLiteStore,
    query: str,
    *,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    sources: Sequence[str] = (),
    topics: Sequence[str] = (),
    provinces: Sequence[str] = (),
    entities: Sequence[str] = (),
    limit: int = 20,
    offset: int = 0,
) -> list[SearchHit]:
    """Diacritic-insensitive full-text search; raises ``QueryError`` for a malformed query."""
    import sqlite3

    node = parse(query)
    filters = SearchFilters(
        since=_moment(since), until=_moment(until, end_of_day=True), sources=tuple(sources), topics=tuple(topics),
        provinces=tuple(provinces), entities=tuple(entities), limit=limit, offset=offset,
    )
    try:
        return store.search(node, filters)
    except sqlite3.OperationalError as exc:  # the compiled expression is always valid; this is a safety net
        raise QueryError(f"the search index rejected the query: {exc}") from None


def _moment(value: date | datetime | None, *, end_of_day: bool = False) -> datetime | None:
    if value is None:
        return None
    tz = LOCAL_TZ
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    moment = datetime.combine(value, time.min, tz)
    return moment + timedelta(days=1) if end_of_day else moment


# -- connecting the news (bantin.connect, bantin.analyze) ----------------------------------


def connect(store: SQLiteStore, *, settings: Settings | None = None):
    """Brings duplicates, stories, daily counts and alerts up to date with the store's new and
    revised articles (incremental, idempotent). Returns a ``ConnectReport``."""
    from bantin.connect import connect as run

    settings = settings or load_settings()
    try:
        return run(store, settings.connect)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot connect the articles of {store.path}: {exc}") from exc


def _utc_bound(value: date | datetime | None, *, end_of_day: bool = False) -> str | None:
    moment = _moment(value, end_of_day=end_of_day)
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def duplicates(store: SQLiteStore, *, since: date | datetime | None = None, until: date | datetime | None = None,
               limit: int | None = None):
    """Duplicate groups (exact and near copies) whose origin was published in the period, newest first."""
    from bantin.connect.duplicates import groups

    return groups(store.conn, since=_utc_bound(since), until=_utc_bound(until, end_of_day=True), limit=limit)


def syndication(store: SQLiteStore, *, since: date | datetime | None = None,
                until: date | datetime | None = None) -> dict[str, Any]:
    """Per (origin, copier) source pair: texts taken and the median lag; per source: the share of originals."""
    from bantin.connect.duplicates import syndication as run

    return run(store.conn, since=_utc_bound(since), until=_utc_bound(until, end_of_day=True))


def stories(store: SQLiteStore, *, since: date | datetime | None = None, until: date | datetime | None = None,
            query: str | None = None, min_articles: int = 1, limit: int | None = None):
    """Stories active in the period (with an article matching ``query`` if given), latest first."""
    from bantin.connect.stories import stories as run

    ids = None
    if query:
        ids = {r[0] for r in store.matching(parse(query), SearchFilters(since=_moment(since),
                                                                          until=_moment(until, end_of_day=True)))}
    return run(store.conn, since=_utc_bound(since), until=_utc_bound(until, end_of_day=True), ids=ids,
               min_articles=min_articles, limit=limit)


def largest_stories(store: SQLiteStore, *, since: date | datetime | None = None, until: date | datetime | None = None,
                    min_articles: int = 2, limit: int = 50):
    """Stories active in the period with at least ``min_articles`` articles, largest first (the
    dashboard's stories list); each a ``Story`` as ``stories`` returns it."""
    from bantin.connect.views import largest_stories as run

    return run(store.conn, since=_utc_bound(since), until=_utc_bound(until, end_of_day=True),
               min_articles=min_articles, limit=limit)


def story(store: SQLiteStore, story_id: int):
    """One ``Story``: its articles earliest first (the first is the origin), or None."""
    from bantin.connect.views import story as run

    return run(store.conn, story_id)


def story_of(store: SQLiteStore, article_id: int):
    """The ``Story`` an article belongs to, or None."""
    from bantin.connect.views import story_of as run

    return run(store.conn, article_id)


def duplicates_of(store: SQLiteStore, article_id: int):
    """The article's ``DuplicateGroup`` (origin and copies, the article among them), or None."""
    from bantin.connect.views import duplicates_of as run

    return run(store.conn, article_id)


def alerts(store: SQLiteStore, *, since: date | None = None, until: date | None = None, kinds: Sequence[str] = (),
           limit: int | None = None):
    """Emerging-issue alerts of the days in [since, until], latest day first."""
    from bantin.connect.bursts import alerts as run

    return run(store.conn, since=since.isoformat() if since else None, until=until.isoformat() if until else None,
               kinds=kinds, limit=limit)


def trends(store: SQLiteStore, queries: Sequence[str], *, interval: str = "day", since: date | datetime | None = None,
           until: date | datetime | None = None, sources: Sequence[str] = (), topics: Sequence[str] = (),
           provinces: Sequence[str] = (), entities: Sequence[str] = ()):
    """Articles per period for each query, absolute, normalised by the volume of the articles that
    pass the filters (the sources' volume), and as share of voice."""
    from bantin.analyze.trends import attention

    filters = SearchFilters(since=_moment(since), until=_moment(until, end_of_day=True), sources=tuple(sources),
                            topics=tuple(topics), provinces=tuple(provinces), entities=tuple(entities))
    return attention(store, queries, interval=interval, filters=filters)


def top(store: SQLiteStore, query: str | None = None, *, since: date | datetime | None = None,
        until: date | datetime | None = None, sources: Sequence[str] = (), n: int = 10) -> dict[str, Any]:
    """Top terms (against a background corpus), entities, provinces, topics and sources of a query and period."""
    from bantin.analyze.top import top as run

    filters = SearchFilters(since=_moment(since), until=_moment(until, end_of_day=True), sources=tuple(sources))
    return run(store, query, filters=filters, n=n)


def summary(store: SQLiteStore, *, terms: int = 15) -> dict[str, Any]:
    """``store.stats()`` plus top terms of the latest articles."""
    stats = store.stats()
    stats["top_terms"] = top_terms((f"{t}\n{x}" for t, x in store.recent_texts(TOP_TERMS_SAMPLE)), n=terms)
    stats["store"] = store.path
    return stats


__all__ = [
    "IngestReport",
    "InputError",
    "QueryError",
    "StoreError",
    "alerts",
    "connect",
    "default_steps",
    "duplicates",
    "duplicates_of",
    "ingest",
    "ingest_pages",
    "largest_stories",
    "open_store",
    "search",
    "stories",
    "story",
    "story_of",
    "summary",
    "syndication",
    "top",
    "trends",
]
