"""Duplicates, stories and alerts, as the connect layer (``bantin.connect``, migration 004) left
them in the store. Every function returns ``None`` when that layer has not run on this store (no
tables, or nothing computed yet), so that a page says "chưa có dữ liệu" instead of failing.

Alerts and syndication are read by the connect layer's own readers, the ones ``bantin.api.alerts``
and ``bantin.api.syndication`` (and so ``bantin alerts`` and ``bantin syndication``) return, shaped
here for pages; what only the dashboard shows (the largest stories, one story with its copies, an
article's duplicates) is read here."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from bantin.web.queries import Selection, _utc

log = logging.getLogger(__name__)
T = TypeVar("T")
CONNECT_TABLES = ("duplicates", "stories", "story_articles", "alerts")


def available(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(CONNECT_TABLES) <= names:
        return False
    return conn.execute("SELECT 1 FROM connect_articles LIMIT 1").fetchone() is not None


def _guarded(func: Callable[..., T]) -> Callable[..., T | None]:
    def wrapper(conn: sqlite3.Connection, *args: Any, **kwargs: Any) -> T | None:
        try:
            if not available(conn):
                return None
            return func(conn, *args, **kwargs)
        except sqlite3.DatabaseError as exc:  # a store from an older or newer connect layer
            log.warning("connect data unreadable in %s: %s", func.__name__, exc)
            return None

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


def _story_range(selection: Selection) -> tuple[list[str], dict[str, Any]]:
    where, params = [], {}
    if selection.since:
        where.append("s.last_seen >= :since")
        params["since"] = _utc(selection.since)
    if selection.until:
        where.append("s.first_seen < :until")
        params["until"] = _utc(selection.until, end=True)
    return where, params


@_guarded
def stories(conn: sqlite3.Connection, selection: Selection = Selection(), limit: int = 50, min_size: int = 2
            ) -> list[dict[str, Any]]:
    """The largest stories active in the period, each with its origin article and outlet."""
    where, params = _story_range(selection)
    where.append("s.size >= :min_size")
    params.update(min_size=min_size, limit=int(limit))
    rows = conn.execute(
        "SELECT s.id, s.label, s.first_seen, s.last_seen, s.size, s.origin_id, a.title AS origin_title,"
        " a.source AS origin_source, (SELECT count(DISTINCT b.source) FROM story_articles sa JOIN articles b"
        "   ON b.id = sa.article_id WHERE sa.story_id = s.id) AS sources"
        f" FROM stories s LEFT JOIN articles a ON a.id = s.origin_id WHERE {' AND '.join(where)}"
        " ORDER BY s.size DESC, s.last_seen DESC LIMIT :limit", params)
    return [dict(r) for r in rows]


@_guarded
def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT s.id, s.label, s.first_seen, s.last_seen, s.size, s.origin_id FROM stories s WHERE s.id = ?",
        (story_id,)).fetchone()
    if row is None:
        return {}
    data = dict(row)
    data["articles"] = [
        dict(r) for r in conn.execute(
            "SELECT a.id, a.title, a.source, a.published, a.day, sa.similarity, d.group_id, d.exact"
            " FROM story_articles sa JOIN articles a ON a.id = sa.article_id LEFT JOIN duplicates d ON d.article_id = a.id"
            " WHERE sa.story_id = ? ORDER BY a.published_utc, a.id", (story_id,))
    ]
    seen_groups: set[int] = set()
    for article in data["articles"]:  # the first member of a duplicate group is the original
        group = article.pop("group_id")
        article["copy"] = group is not None and group in seen_groups
        if group is not None:
            seen_groups.add(group)
    return data


@_guarded
def story_of(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT s.id, s.label, s.size, s.first_seen, s.last_seen FROM story_articles sa JOIN stories s ON s.id = sa.story_id"
        " WHERE sa.article_id = ?", (article_id,)).fetchone()
    return dict(row) if row else {}


@_guarded
def duplicates_of(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """The other members of the article's duplicate group, earliest first; ``origin`` marks the earliest."""
    rows = conn.execute(
        "SELECT a.id, a.title, a.source, a.published, d.similarity, d.exact FROM duplicates mine"
        " JOIN duplicates d ON d.group_id = mine.group_id JOIN articles a ON a.id = d.article_id"
        " WHERE mine.article_id = ? ORDER BY a.published_utc NULLS LAST, a.id", (article_id,)).fetchall()
    result = [dict(r) | {"origin": i == 0} for i, r in enumerate(rows)]
    return [r for r in result if r["id"] != article_id]


@_guarded
def source_copies(conn: sqlite3.Connection, selection: Selection = Selection(), limit: int = 30) -> dict[str, Any]:
    """Per source, its copies (later texts in another outlet's duplicate group, whose origin is the
    earliest), and who copies whom: (copier, origin outlet, texts), as ``bantin syndication``
    counts them for the groups whose origin was published in the period."""
    from bantin.connect.duplicates import syndication

    found = syndication(conn, since=_utc(selection.since) if selection.since else None,
                        until=_utc(selection.until, end=True) if selection.until else None)
    return {"copies": {s["source"]: s["copies"] for s in found["sources"] if s["copies"]},
            "pairs": [(p["copier"], p["origin"], p["stories"]) for p in found["pairs"][:limit]]}


@_guarded
def alerts(conn: sqlite3.Connection, selection: Selection = Selection(), limit: int = 100,
           articles_each: int = 5) -> list[dict[str, Any]]:
    """The alerts of the period's days, latest day first, best score first, each with its latest
    ``articles_each`` articles."""
    from bantin.connect.bursts import alerts as read

    found = read(conn, since=selection.since.isoformat() if selection.since else None,
                 until=selection.until.isoformat() if selection.until else None, limit=limit)
    result = []
    for alert in found:
        data = {f: getattr(alert, f) for f in ("id", "day", "kind", "key", "name", "count", "baseline", "score",
                                                 "explanation")}
        data["articles"] = [{"id": a.id, "title": a.title, "source": a.source}
                            for a in reversed(alert.articles[-articles_each:])]
        result.append(data)
    return result
