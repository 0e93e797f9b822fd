"""The answers that scan many rows, shared by the API and the pages and kept in the app's cache
(``bantin.web.state.Cache``) under the normalised query: a search's ranked page, its total and
facets, and the trends of several queries. Two spellings of one query ("Quân  sự", "quân sự")
share an entry; "quan su" shares the counts but not the ranking, where the diacritics as typed
come first."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from bantin import api
from bantin.search.query import parse
from bantin.store import fts
from bantin.store.sqlite import SQLiteStore
from bantin.types import SearchHit
from bantin.web import queries
from bantin.web.queries import Selection
from bantin.web.state import Cache

VIEWS = ("count", "ratio", "share_of_voice")


def search_hits(cache: Cache, store: SQLiteStore, sel: Selection, limit: int, offset: int) -> list[SearchHit]:
    """One page of ranked hits (``bantin.api.search``)."""
    ranking = (sel.cache_key(), fts.exact_match(parse(sel.query)), limit, offset)
    return cache.get(store, ("hits", ranking), lambda: api.search(
        store, sel.query, since=sel.since, until=sel.until, sources=sel.sources, topics=sel.topics,
        provinces=sel.provinces, entities=sel.entities, limit=limit, offset=offset))


def count(cache: Cache, store: SQLiteStore, sel: Selection) -> int:
    return cache.get(store, ("count", sel.cache_key()), lambda: queries.count(store.conn, sel))


def facets(cache: Cache, store: SQLiteStore, sel: Selection) -> dict[str, Any]:
    return cache.get(store, ("facets", sel.cache_key()), lambda: queries.facets(store.conn, sel))


def trends(cache: Cache, store: SQLiteStore, wanted: list[str], sel: Selection, interval: str) -> list[dict[str, Any]]:
    """For each query of ``wanted`` (``sel``'s own query is ignored, its filters apply): its points
    from ``bantin.api.trends`` (count, total, ratio, share of voice per period; periods named by
    their first day) and its total. Every query is parsed before any counting."""
    base = dataclasses.replace(sel, query="")
    folded = tuple(fts.folded_match(parse(q)) for q in wanted)
    key = ("trends", folded, base.cache_key(), interval)
    points = cache.get(store, key, lambda: api.trends(
        store, wanted, interval=interval, since=sel.since, until=sel.until, sources=sel.sources, topics=sel.topics,
        provinces=sel.provinces, entities=sel.entities))
    # points come query by query, in the order asked: relabel them with this request's spellings
    per_query = len(points) // len(wanted) if wanted else 0
    series = []
    for i, query in enumerate(wanted):
        mine = points[i * per_query:(i + 1) * per_query]
        series.append({
            "query": query,
            "total": sum(p.count for p in mine),
            "points": [{"day": period_start(p.period).isoformat(), "period": p.period, "count": p.count,
                        "total": p.total, "ratio": p.ratio, "share_of_voice": p.share_of_voice} for p in mine],
        })
    return series


def period_start(period: str) -> date:
    """The first day of a trends period: a day, a week's Monday, or a month ("YYYY-MM")."""
    return date.fromisoformat(period + "-01" if len(period) == 7 else period)
