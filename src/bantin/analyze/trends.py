"""Attention over time: how many articles match a query per day, week or month, absolute and as a
share of everything the same sources published in that period (Media Cloud's normalisation:
a rise in coverage is not just a rise in how much was collected), several queries side by side.

``share_of_voice`` is a query's count over the sum of all the queries' counts in the period.
Weeks start on Monday and are named by that date; months are "YYYY-MM". Periods with no match
between the first and the last period are listed with zero. Undated articles are not counted
(they have no day to count on).
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from bantin.search.query import parse
from bantin.store.base import SearchFilters

INTERVALS = ("day", "week", "month")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class TrendPoint:
    query: str
    period: str
    count: int  # articles matching the query
    total: int  # articles of the same sources in the period
    ratio: float  # count / total
    share_of_voice: float  # count / the sum of the queries' counts in the period


@functools.lru_cache(maxsize=65_536)  # called per day per query: a few thousand distinct days
def period_of(day: str, interval: str) -> str:
    if interval == "day":
        return day
    if interval == "month":
        return day[:7]
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def _periods(first: str, last: str, interval: str) -> list[str]:
    out, d, end = [], date.fromisoformat(first), date.fromisoformat(last)
    while d <= end:
        p = period_of(d.isoformat(), interval)
        if not out or out[-1] != p:
            out.append(p)
        d += timedelta(days=1)
    return out


# The query that stands for every article.
ALL = "*"


def attention(store, queries: Sequence[str], *, interval: str = "day", filters: SearchFilters | None = None) -> list[TrendPoint]:
    """One point per (query, period), queries in the order given, periods in time order; the query
    ``*`` counts every article that passes the filters (as in ``bantin export '*'``)."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    filters = filters or SearchFilters()
    nodes = [None if q.strip() == ALL else parse(q) for q in queries]  # a malformed query fails before any work
    totals: Counter[str] = Counter()
    days = store.day_counts(None, filters)
    for day, n in days.items():
        totals[period_of(day, interval)] += n
    counts = []
    for node in nodes:
        c: Counter[str] = Counter()
        for day, n in (days if node is None else store.day_counts(node, filters)).items():
            c[period_of(day, interval)] += n
        counts.append(c)
    if not days:
        return []
    periods = _periods(min(days), max(days), interval)
    points = []
    for query, c in zip(queries, counts):
        for p in periods:
            voice = sum(other[p] for other in counts)
            points.append(TrendPoint(query=query, period=p, count=c[p], total=totals[p],
                                     ratio=round(c[p] / totals[p], 6) if totals[p] else 0.0,
                                     share_of_voice=round(c[p] / voice, 6) if voice else 0.0))
    return points
