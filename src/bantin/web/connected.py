"""Duplicates, stories and alerts, as the connect layer (``bantin.connect``, migration 004) left
them in the store. Every function returns ``None`` when that layer has not run on this store (no
tables, or nothing computed yet), so that a page says "chưa có dữ liệu" instead of failing.

Everything is read by the connect layer's own readers, the ones ``bantin.api`` returns (alerts,
syndication, largest_stories, story, story_of, duplicates_of; ``bantin.connect.views``), and
shaped here for pages and the JSON API."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from bantin.connect import views
from bantin.connect.model import Story
from bantin.local_time import LOCAL_TZ
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


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _published(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _summary(conn: sqlite3.Connection, story: Story) -> dict[str, Any]:
    ids = json.dumps([a.id for a in story.articles])
    leads = [r[0] for r in conn.execute("SELECT lead FROM articles WHERE id IN (SELECT value FROM json_each(?))", (ids,))]
    return {"id": story.id, "label": cased_label(story.label, [a.title for a in story.articles] + leads),
            "first_seen": _moment(story.first_seen),
            "last_seen": _moment(story.last_seen), "size": len(story.articles)}


def cased_label(label: str, texts: list[str]) -> str:
    """A story label (its keyphrases, stored lowercased: "đảng bộ tỉnh nghệ an, thpt") with each
    phrase written as the story's titles and leads write it most often ("Đảng bộ tỉnh Nghệ An",
    "THPT"), and its first letter capitalised. An occurrence that opens a sentence says nothing of
    the casing and counts only when there is no other; a phrase no text holds is left as it is."""
    parts = []
    for phrase in label.split(", "):
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        inside, opening = Counter(), Counter()
        for text in texts:
            for m in pattern.finditer(unicodedata.normalize("NFC", text)):
                before = text[:m.start()].rstrip()
                (opening if not before or before[-1] in ".!?:\"'“" else inside)[m.group(0)] += 1
        seen = inside or opening
        parts.append(max(seen, key=lambda s: (seen[s], s != phrase)) if seen else phrase)
    cased = ", ".join(parts)
    return cased[:1].upper() + cased[1:]


@_guarded
def stories(conn: sqlite3.Connection, selection: Selection = Selection(), limit: int = 50, min_size: int = 2
            ) -> list[dict[str, Any]]:
    """The largest stories active in the period (``bantin.api.largest_stories``), each with its
    origin article and outlet and its number of sources."""
    found = views.largest_stories(conn, since=_utc(selection.since) if selection.since else None,
                                  until=_utc(selection.until, end=True) if selection.until else None,
                                  min_articles=min_size, limit=limit)
    return [_summary(conn, s) | {"origin_id": s.origin.id, "origin_title": s.origin.title, "origin_source": s.origin.source,
                           "sources": len(s.sources)} for s in found]


@_guarded
def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """One story (``bantin.api.story``), its articles earliest first; ``copy`` marks an article
    whose text an earlier article of the story already carried (same duplicate group)."""
    found = views.story(conn, story_id)
    if found is None:
        return {}
    ids = [a.id for a in found.articles]
    groups = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT article_id, group_id, exact FROM duplicates WHERE article_id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))}
    articles, seen_groups = [], set()
    for a in found.articles:  # the first member of a duplicate group is the original
        group, exact = groups.get(a.id, (None, None))
        articles.append({"id": a.id, "title": a.title, "source": a.source, "published": _published(a.published),
                         "day": a.published.astimezone(LOCAL_TZ).date().isoformat() if a.published else None,
                         "similarity": a.similarity, "exact": exact, "copy": group is not None and group in seen_groups})
        if group is not None:
            seen_groups.add(group)
    return _summary(conn, found) | {"origin_id": found.origin.id, "articles": articles}


@_guarded
def story_of(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The story of an article (``bantin.api.story_of``), or ``{}``."""
    found = views.story_of(conn, article_id)
    return _summary(conn, found) if found else {}


@_guarded
def duplicates_of(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """The other members of the article's duplicate group (``bantin.api.duplicates_of``), earliest
    first; ``origin`` marks the earliest; ``exact`` is the group's (every copy has the same text)."""
    group = views.duplicates_of(conn, article_id)
    if group is None:
        return []
    members = [(group.origin, True)] + [(c, False) for c in group.copies]
    return [{"id": a.id, "title": a.title, "source": a.source, "published": _published(a.published),
             "similarity": a.similarity, "exact": int(group.exact), "origin": origin}
            for a, origin in members if a.id != article_id]


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
    ``articles_each`` articles. ``distinct_texts`` is how many of its ``count`` articles are
    distinct texts (a duplicate group counts once), ``window_days`` the days its baseline was
    taken over, ``phrase`` a province alert's keyphrase (migration 008's columns)."""
    from bantin.connect.bursts import alerts as read

    found = read(conn, since=selection.since.isoformat() if selection.since else None,
                 until=selection.until.isoformat() if selection.until else None, limit=limit)
    result = []
    for alert in found:
        data = {f: getattr(alert, f) for f in ("id", "day", "kind", "key", "name", "count", "baseline", "score",
                                                 "explanation", "distinct_texts", "window_days", "phrase")}
        data["articles"] = [{"id": a.id, "title": a.title, "source": a.source}
                            for a in reversed(alert.articles[-articles_each:])]
        result.append(data)
    return result
