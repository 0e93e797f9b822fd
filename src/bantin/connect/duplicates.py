"""Exact and near-duplicates, and what they say about syndication.

The ``Duplicates`` stage computes each new article's MinHash signature (``signatures``), stores
it with its LSH band hashes, finds candidates by SQL (articles sharing a band hash: an index
lookup, the archive is never loaded), keeps those whose estimated Jaccard similarity reaches
``DUPLICATE_THRESHOLD`` (or whose folded text is identical), and unions them into groups.
The origin of a group is its earliest published member; the others took the text from it.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from bantin.connect import signatures as sig
from bantin.connect.model import ArticleRef, DuplicateGroup
from bantin.connect.stage import DUPLICATES, Row, Stage, moment_of
from bantin.extract.dates import PRECISION_KEY, day_only
from bantin.local_time import LOCAL_TZ
from bantin.pipeline.stats import Stats


class Duplicates(Stage):
    name = "connect.duplicates"

    def run(self, conn: sqlite3.Connection, batch: Sequence[Row], stats: Stats) -> None:
        signatures: dict[int, Any] = {}
        keys: dict[int, str] = {}
        bands: list[tuple[int, int, int]] = []
        revised = [(r.id,) for r in batch if r.revised]
        conn.executemany("DELETE FROM minhash_bands WHERE article_id = ?", revised)
        records = []
        for row in batch:
            words = sig.folded_words(row.title, row.lead, row.text)
            keys[row.id] = sig.text_key(words)
            signature = sig.signature(words)
            if signature is not None:
                signatures[row.id] = signature
                bands.extend((band, value, row.id) for band, value in enumerate(sig.band_hashes(signature)))
            records.append((row.id, row.content_hash, row.moment, row.day, keys[row.id],
                            sig.to_blob(signature) if signature is not None else None))
        conn.executemany(
            "INSERT OR REPLACE INTO connect_articles (article_id, content_hash, moment, day, text_key, signature)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            records,
        )
        conn.executemany("INSERT INTO minhash_bands (band, hash, article_id) VALUES (?, ?, ?)", bands)

        edges: dict[tuple[int, int], tuple[float, bool]] = {}
        # exact copies: the same folded text
        distinct_keys = sorted(set(keys.values()))
        for other, key in conn.execute(
            f"SELECT article_id, text_key FROM connect_articles WHERE text_key IN ({','.join('?' * len(distinct_keys))})",
            distinct_keys,
        ):
            for article_id in (i for i, k in keys.items() if k == key and i != other):
                edges[_pair(article_id, other)] = (1.0, True)
        # near copies: a shared band, then the estimated Jaccard similarity
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS new_bands (band INTEGER, hash INTEGER, article_id INTEGER)")
        conn.execute("DELETE FROM new_bands")
        conn.executemany("INSERT INTO new_bands VALUES (?, ?, ?)", bands)
        candidates = {
            _pair(a, b)
            for a, b in conn.execute(
                "SELECT DISTINCT n.article_id, m.article_id FROM new_bands n"
                " JOIN minhash_bands m ON m.band = n.band AND m.hash = n.hash WHERE m.article_id != n.article_id"
            )
        } - edges.keys()
        conn.execute("DELETE FROM new_bands")
        missing = {i for pair in candidates for i in pair} - signatures.keys()
        for chunk in _chunks(sorted(missing), 500):
            for article_id, blob in conn.execute(
                f"SELECT article_id, signature FROM connect_articles WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                signatures[article_id] = sig.from_blob(blob)
        for a, b in candidates:
            similarity = sig.jaccard(signatures[a], signatures[b])
            if similarity >= sig.DUPLICATE_THRESHOLD:
                edges[(a, b)] = (similarity, False)
        stats.add(DUPLICATES, len({i for pair in edges for i in pair} & keys.keys()))
        _union(conn, edges)


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Groups:
    """Union-find over article ids; a group's root is its smallest id (the stored group id)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> list[tuple[int, int]]:
        """(id, root) of every id seen."""
        return [(x, self.find(x)) for x in list(self.parent)]


def _union(conn: sqlite3.Connection, edges: dict[tuple[int, int], tuple[float, bool]]) -> None:
    """Merge the groups the edges join; a group's id is its smallest article id."""
    if not edges:
        return
    members = sorted({i for pair in edges for i in pair})
    current: dict[int, tuple[int, float, bool]] = {}
    for chunk in _chunks(members, 500):
        for article_id, group_id, similarity, exact in conn.execute(
            f"SELECT article_id, group_id, similarity, exact FROM duplicates WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            current[article_id] = (group_id, similarity, bool(exact))
    groups = Groups()
    find, union = groups.find, groups.union

    best: dict[int, tuple[float, bool]] = {i: (current[i][1], current[i][2]) for i in current}
    for article_id, (group_id, _, _) in current.items():
        union(article_id, group_id)
    for (a, b), (similarity, exact) in edges.items():
        union(a, b)
        for i in (a, b):
            old = best.get(i, (0.0, False))
            best[i] = (max(old[0], similarity), old[1] or exact)
    old_groups = {group_id for group_id, _, _ in current.values()}
    for group_id in old_groups:
        if find(group_id) != group_id:
            conn.execute("UPDATE duplicates SET group_id = ? WHERE group_id = ?", (find(group_id), group_id))
    conn.executemany(
        "INSERT OR REPLACE INTO duplicates (article_id, group_id, similarity, exact) VALUES (?, ?, ?, ?)",
        [(i, find(i), round(s, 4), int(e)) for i, (s, e) in best.items()],
    )


# -- reading -------------------------------------------------------------------------------

_REF_SQL = (
    "SELECT a.id, a.url, a.title, a.source, a.published, coalesce(a.published_utc, a.first_seen) AS moment"
    " FROM articles a"
)


def ref(row: sqlite3.Row | tuple, similarity: float | None = None) -> ArticleRef:
    return ArticleRef(id=row[0], url=row[1], title=row[2], source=row[3],
                      published=datetime.fromisoformat(row[4]) if row[4] else None, similarity=similarity)


class _Dated(NamedTuple):
    """A member of a duplicate group as syndication reads it."""

    source: str
    moment: str  # UTC ISO: its publication, else its first sighting
    day_only: bool  # published on a day the page gave without a time


def _day(member: _Dated) -> date:
    return moment_of(member.moment).astimezone(LOCAL_TZ).date()


def _median(values: list[float] | list[int]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def groups(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
           limit: int | None = None) -> list[DuplicateGroup]:
    """Duplicate groups whose origin was published in [since, until) (UTC ISO), newest first."""
    rows = conn.execute(
        "SELECT d.group_id, d.similarity, d.exact, a.id, a.url, a.title, a.source, a.published,"
        " coalesce(a.published_utc, a.first_seen) AS moment"
        " FROM duplicates d JOIN articles a ON a.id = d.article_id ORDER BY d.group_id, moment, a.id"
    ).fetchall()
    by_group: dict[int, list] = defaultdict(list)
    for r in rows:
        by_group[r[0]].append(r)
    out = []
    for group_id, members in by_group.items():
        origin_moment = members[0][8]
        if since and origin_moment < since or until and origin_moment >= until:
            continue
        refs = [ref(m[3:8], m[1]) for m in members]
        out.append(DuplicateGroup(id=group_id, origin=refs[0], copies=tuple(refs[1:]),
                                  exact=all(bool(m[2]) for m in members)))
    out.sort(key=lambda g: (g.origin.published is None, g.origin.published or datetime.min), reverse=True)
    return out[:limit] if limit else out


def syndication(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Who takes from whom: per (origin source, copying source) pair, how many texts and how late;
    per source, its articles and the share that are originals (not a later copy of another
    source's text).

    A pair's ``stories`` counts all its copies. ``median_lag_hours`` is the median lag of the
    copies whose two articles both have a time of publication. A page that gives only its day is
    stored at local midnight (``bantin.extract.dates.day_only``), which is no time: a copy where
    either article is dated by its day only is left out of the hours, counted in ``day_only``, and
    its lag is counted in whole local days (0: the same day), whose median is ``median_lag_days``.
    Either median is null when no copy has it.
    """
    hours: dict[tuple[str, str], list[float]] = defaultdict(list)
    days: dict[tuple[str, str], list[int]] = defaultdict(list)
    copies_by_source: dict[str, int] = defaultdict(int)
    rows = conn.execute(
        "SELECT d.group_id, a.source, coalesce(a.published_utc, a.first_seen) AS moment, a.published,"
        " json_extract(a.extra, '$.' || ?) FROM duplicates d"
        " JOIN articles a ON a.id = d.article_id ORDER BY d.group_id, moment, a.id", (PRECISION_KEY,)
    ).fetchall()
    by_group: dict[int, list[_Dated]] = defaultdict(list)
    for group_id, source, moment, published, precision in rows:
        by_group[group_id].append(_Dated(source, moment, bool(published) and day_only(moment_of(published), precision)))
    for members in by_group.values():
        origin = members[0]
        if since and origin.moment < since or until and origin.moment >= until:
            continue
        for copy in members[1:]:
            if copy.source == origin.source:
                continue  # a republication on the same site is not syndication
            pair = (origin.source, copy.source)
            if origin.day_only or copy.day_only:
                days[pair].append((_day(copy) - _day(origin)).days)
            else:
                hours[pair].append((moment_of(copy.moment) - moment_of(origin.moment)).total_seconds() / 3600)
            copies_by_source[copy.source] += 1
    where, params = [], []
    if since:
        where.append("coalesce(published_utc, first_seen) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(published_utc, first_seen) < ?")
        params.append(until)
    totals = dict(conn.execute(
        f"SELECT source, count(*) FROM articles {'WHERE ' + ' AND '.join(where) if where else ''} GROUP BY source",
        params,
    ).fetchall())
    return {
        "pairs": [
            {"origin": o, "copier": c, "stories": len(hours[(o, c)]) + len(days[(o, c)]),
             "median_lag_hours": _median(hours[(o, c)]), "day_only": len(days[(o, c)]),
             "median_lag_days": _median(days[(o, c)])}
            for o, c in sorted(hours.keys() | days.keys(), key=lambda p: (-len(hours[p]) - len(days[p]), p))
        ],
        "sources": [
            {"source": s, "articles": n, "copies": copies_by_source.get(s, 0),
             "original_share": round(1 - copies_by_source.get(s, 0) / n, 4) if n else None}
            for s, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }
