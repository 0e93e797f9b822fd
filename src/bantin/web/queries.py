"""What the dashboard, the API, the exports and the report read from the store: indexed SQL with
LIMITs, one function per view. Functions take a ``sqlite3.Connection`` (``store.conn``) and a
``Selection`` (a query and filters), and return plain data.

The query language, its compilation to FTS5 and the filters' SQL are the store's
(``bantin.search.query``, ``bantin.store.fts``, ``bantin.store.sqlite.filter_sql``): a malformed
query raises ``QueryError`` before any SQL runs, and every value reaches SQLite as a bound
parameter. Counts, facets and timelines read the narrow ``article_facts`` table (migration 005),
never the articles rows with their text.

Names are read from ``listed_entities`` (migration 007): organisations, places and public
persons only. bantin does not profile private individuals: a person no mention names in a public
role (``bantin.nlp.roles``) is in no list, facet or count, and has no page (``entity`` returns None;
``private_person`` tells why). Their names stay in the article text, which is published.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bantin.extract.dates import PRECISION_KEY
from bantin.local_time import LOCAL_TZ
from bantin.search.query import parse
from bantin.store import fts
from bantin.store.base import SearchFilters
from bantin.store.sqlite import facts_table, filter_sql
from bantin.text.normalize import key

# Facets of a search count the most recent FACET_SAMPLE matches (by id): on bench/serve.py's
# 30,000-article store a query matching 14,000 articles took 424 ms for facets over 20,000 matches
# and ~50 ms over 2,000; the page says when the counts are over a sample.
FACET_SAMPLE = 2_000
FACET_SIZE = 8
# Entity co-occurrence looks at the entity's most recent articles only, for the same reason.
COOCCURRENCE_SAMPLE = 2_000
# Above this many days a timeline counts weeks (Mondays) instead of days.
WEEKLY_AFTER_DAYS = 180
ENTITY_TYPES = ("PER", "ORG", "LOC")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Selection:
    """A set of articles: an optional query and filters (all of them must hold)."""

    query: str = ""
    since: date | None = None  # published on or after (local day)
    until: date | None = None  # published on or before (local day, inclusive)
    sources: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()  # names before or after the 2025 merger
    entities: tuple[str, ...] = ()  # canonical names, any case or tone-mark placement

    def with_query(self, query: str) -> Selection:
        return dataclasses.replace(self, query=query)

    def days(self) -> int | None:
        return (self.until - self.since).days + 1 if self.since and self.until else None

    def filters(self) -> SearchFilters:
        """The store's filters for this selection: local days become moments, ``until`` included."""
        return SearchFilters(
            since=datetime.combine(self.since, time.min, LOCAL_TZ) if self.since else None,
            until=datetime.combine(self.until + timedelta(days=1), time.min, LOCAL_TZ) if self.until else None,
            sources=self.sources, topics=self.topics, provinces=self.provinces, entities=self.entities)

    def cache_key(self) -> tuple:
        """Equal for selections that choose the same articles: the query as the index sees it
        (case, diacritics, tone-mark placement and spacing normalised), then the filters."""
        query = fts.folded_match(parse(self.query)) if self.query.strip() else ""
        return (query, self.since, self.until, self.sources, self.topics, self.provinces,
                tuple(key(e) for e in self.entities))


def _utc(day: date, *, end: bool = False) -> str:
    moment = datetime.combine(day + timedelta(days=1) if end else day, time.min, LOCAL_TZ)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def compile_selection(selection: Selection, table: str = "articles") -> tuple[str, list[str], dict[str, Any]]:
    """(FROM clause, WHERE conditions, parameters) for the selected articles, aliased ``a``.

    ``table`` is ``articles`` when the text or other article columns are read (exports), or the
    narrow ``article_facts`` (``facts_table(conn)``) when only ids, sources, topics and days are."""
    where, params = filter_sql(selection.filters(), "a.published_utc")
    if selection.query.strip():
        where.insert(0, "articles_fts MATCH :folded")
        params["folded"] = fts.folded_match(parse(selection.query))
        return f"articles_fts JOIN {table} a ON a.id = articles_fts.rowid", where, params
    return f"{table} a", where, params


def _facts(conn: sqlite3.Connection, selection: Selection) -> tuple[str, list[str], dict[str, Any]]:
    return compile_selection(selection, facts_table(conn))


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def count(conn: sqlite3.Connection, selection: Selection) -> int:
    source, where, params = _facts(conn, selection)
    if where == ["articles_fts MATCH :folded"]:  # every indexed row is an article: no join needed
        source = "articles_fts"
    return conn.execute(f"SELECT count(*) FROM {source} {_where(where)}", params).fetchone()[0]


def interval_for(selection: Selection, first: date | None = None, last: date | None = None) -> str:
    start, end = selection.since or first, selection.until or last
    return "week" if start and end and (end - start).days > WEEKLY_AFTER_DAYS else "day"


def timeline(conn: sqlite3.Connection, selection: Selection, interval: str = "day") -> dict[date, int]:
    """Articles per local day (or per week, keyed by its Monday) of the selection."""
    source, where, params = _facts(conn, selection)
    bucket = "a.day" if interval == "day" else "date(a.day, '-6 days', 'weekday 1')"
    rows = conn.execute(
        f"SELECT {bucket} AS bucket, count(*) FROM {source} {_where(where + ['a.day IS NOT NULL'])}"
        " GROUP BY bucket ORDER BY bucket", params)
    return {date.fromisoformat(b): c for b, c in rows}


def facets(conn: sqlite3.Connection, selection: Selection, size: int = FACET_SIZE) -> dict[str, Any]:
    """Counts by source, topic, province and entity among the selection's latest FACET_SAMPLE articles
    (by id: the index reads them newest first and stops there), each best first, then by name."""
    source, where, params = _facts(conn, selection)
    order = "articles_fts.rowid" if selection.query.strip() else "a.id"
    sample = conn.execute(f"SELECT a.id, a.source, a.topic FROM {source} {_where(where)} ORDER BY {order} DESC"
                          f" LIMIT {FACET_SAMPLE}", params).fetchall()
    ids = json.dumps([r[0] for r in sample])
    best = lambda counts: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:size]  # noqa: E731
    pairs = lambda sql: [(r[0], r[1]) for r in conn.execute(sql, {"ids": ids, "size": size})]  # noqa: E731
    return {
        "sampled": len(sample),
        "complete": len(sample) < FACET_SAMPLE,
        "source": best(Counter(r[1] for r in sample)),
        "topic": best(Counter(r[2] for r in sample if r[2] is not None)),
        "province": pairs(
            "SELECT name_2025, count(DISTINCT article_id) FROM article_provinces"
            " WHERE article_id IN (SELECT value FROM json_each(:ids)) GROUP BY name_2025 ORDER BY 2 DESC, 1 LIMIT :size"),
        "entity": pairs(
            "SELECT e.name, count(*) FROM article_entities ae JOIN listed_entities e ON e.id = ae.entity_id"
            " WHERE ae.article_id IN (SELECT value FROM json_each(:ids)) GROUP BY ae.entity_id ORDER BY 2 DESC, 1 LIMIT :size"),
    }


def figures(conn: sqlite3.Connection, selection: Selection) -> dict[str, Any]:
    """Key figures: articles, sources, days covered, first and last publication."""
    source, where, params = _facts(conn, selection)
    row = conn.execute(
        f"SELECT count(*), count(DISTINCT a.source), count(DISTINCT a.day), min(a.day), max(a.day) FROM {source} {_where(where)}",
        params).fetchone()
    return {"articles": row[0], "sources": row[1], "days": row[2], "first_day": row[3], "last_day": row[4]}


def store_range(conn: sqlite3.Connection) -> tuple[date | None, date | None]:
    """The first and last local day of publication in the store (two index lookups)."""
    table = facts_table(conn)
    first = conn.execute(f"SELECT day FROM {table} WHERE day IS NOT NULL ORDER BY day LIMIT 1").fetchone()
    last = conn.execute(f"SELECT day FROM {table} WHERE day IS NOT NULL ORDER BY day DESC LIMIT 1").fetchone()
    return (date.fromisoformat(first[0]) if first else None, date.fromisoformat(last[0]) if last else None)


def latest(conn: sqlite3.Connection, selection: Selection, limit: int = 10, offset: int = 0) -> list[dict[str, Any]]:
    """The most recently published selected articles (with their lead, for listing without a query):
    chosen and ordered over ``article_facts``, the articles rows read for the page only."""
    source, where, params = _facts(conn, selection)
    page = (f"SELECT a.id, a.published_utc FROM {source} {_where(where)}"
            f" ORDER BY a.published_utc DESC NULLS LAST, a.id DESC LIMIT {int(limit)} OFFSET {int(offset)}")
    rows = conn.execute(
        f"SELECT art.id, art.url, art.title, art.source, art.published, art.topic, substr(art.lead, 1, 300) AS lead"
        f" FROM ({page}) page JOIN articles art ON art.id = page.id"
        f" ORDER BY page.published_utc DESC NULLS LAST, page.id DESC", params)
    return [dict(r) for r in rows]


# -- one article ---------------------------------------------------------------------------------


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with its entities, provinces and revisions. ``published_precision`` is how
    precisely its page gave the date ("day": no time of day, ``bantin.extract.dates``), or None
    when it was not recorded."""
    row = conn.execute(
        "SELECT id, url, source, title, lead, text, published, day, authors, section, language, extractor,"
        " revision, first_seen, last_seen, topic, topic_confidence, keyphrases,"
        f" json_extract(extra, '$.{PRECISION_KEY}') AS published_precision FROM articles WHERE id = ?",
        (article_id,)).fetchone()
    if row is None:
        return None
    data = dict(row)
    data["authors"] = json.loads(data["authors"])
    data["keyphrases"] = json.loads(data["keyphrases"])
    data["entities"] = [
        dict(r) for r in conn.execute(
            "SELECT e.id, e.type, e.name, ae.mentions, ae.title FROM article_entities ae"
            " JOIN listed_entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY ae.mentions DESC, e.name", (article_id,))
    ]
    data["provinces"] = [
        dict(r) for r in conn.execute(
            "SELECT name, name_2025, weight, mentions FROM article_provinces WHERE article_id = ? ORDER BY weight DESC, name",
            (article_id,))
    ]
    data["revisions"] = [
        dict(r) for r in conn.execute(
            "SELECT revision, title, seen_at, extractor FROM revisions WHERE article_id = ? ORDER BY revision", (article_id,))
    ]
    return data


def published_precisions(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str | None]:
    """How precisely the page of each of these articles (a story's, a list's) gave its publication
    date: "day", "minute", "second", or None when it was not recorded (``bantin.extract.dates``)."""
    return dict(conn.execute(
        f"SELECT id, json_extract(extra, '$.{PRECISION_KEY}') FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),)).fetchall())


def related(conn: sqlite3.Connection, article_id: int, limit: int = 8) -> list[dict[str, Any]]:
    """Articles sharing the most listed entities with this one (a fallback when stories are absent)."""
    rows = conn.execute(
        "SELECT a.id, a.title, a.source, a.published, count(*) AS shared FROM article_entities mine"
        " JOIN article_entities other ON other.entity_id = mine.entity_id AND other.article_id != mine.article_id"
        " JOIN articles a ON a.id = other.article_id"
        " WHERE mine.article_id = ? AND other.entity_id IN"
        "   (SELECT ae.entity_id FROM article_entities ae JOIN listed_entities e ON e.id = ae.entity_id"
        "    WHERE ae.article_id = ? ORDER BY ae.mentions DESC LIMIT 12)"
        " GROUP BY a.id HAVING shared >= 2 ORDER BY shared DESC, a.published_utc DESC LIMIT ?",
        (article_id, article_id, limit))
    return [dict(r) for r in rows]


# -- entities ------------------------------------------------------------------------------------


def top_entities(conn: sqlite3.Connection, kind: str | None, selection: Selection = Selection(), limit: int = 50,
                 name: str = "") -> list[dict[str, Any]]:
    """Listed entities (no private persons) by number of articles, optionally of one type, among
    selected articles, or whose name contains ``name``."""
    conditions, params = [], {"limit": int(limit)}
    if kind:
        conditions.append("e.type = :kind")
        params["kind"] = kind
    if name.strip():
        conditions.append("e.key LIKE :name ESCAPE '\\'")
        params["name"] = "%" + key(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if selection != Selection():
        source, where, sel_params = _facts(conn, selection)
        params.update(sel_params)
        inner = (f"SELECT ae.entity_id, count(*) AS n FROM {source} JOIN article_entities ae ON ae.article_id = a.id"
                 f" {_where(where)} GROUP BY ae.entity_id")
    else:
        inner = "SELECT entity_id, count(*) AS n FROM article_entities GROUP BY entity_id"
    rows = conn.execute(
        f"SELECT e.id, e.type, e.name, t.n AS articles FROM ({inner}) t JOIN listed_entities e ON e.id = t.entity_id"
        f" {_where(conditions)} ORDER BY t.n DESC, e.name LIMIT :limit", params)
    return [dict(r) for r in rows]


def entity(conn: sqlite3.Connection, entity_id: int, selection: Selection = Selection()) -> dict[str, Any] | None:
    """A listed entity's page; None for an unknown id and for a private person (``private_person``)."""
    row = conn.execute("SELECT id, type, name, key FROM listed_entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    data = dict(row)
    scoped = dataclasses.replace(selection, entities=(row["name"],))
    first, last = _range_of(conn, scoped)
    interval = interval_for(selection, first, last)
    data["timeline"] = timeline(conn, scoped, interval)
    data["interval"] = interval
    data["articles"] = count(conn, scoped)
    data["titles"] = [
        (r[0], r[1]) for r in conn.execute(
            "SELECT title, count(*) FROM article_entities WHERE entity_id = ? AND title IS NOT NULL"
            " GROUP BY title ORDER BY 2 DESC, 1 LIMIT 8", (entity_id,))
    ]
    data["cooccurring"] = [
        dict(r) for r in conn.execute(
            "WITH mine AS (SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id DESC LIMIT ?)"
            " SELECT e.id, e.type, e.name, count(*) AS articles FROM mine JOIN article_entities ae ON ae.article_id = mine.article_id"
            " JOIN listed_entities e ON e.id = ae.entity_id WHERE ae.entity_id != ? GROUP BY e.id ORDER BY 4 DESC, e.name LIMIT 12",
            (entity_id, COOCCURRENCE_SAMPLE, entity_id))
    ]
    data["latest"] = latest(conn, scoped, 20)
    return data


def private_person(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Is this id a person bantin keeps no page for (no mention names them in a public role)?
    Lets a 404 say why: "Không hiển thị: bantin không lập hồ sơ cá nhân riêng tư"."""
    return conn.execute("SELECT 1 FROM entities WHERE id = ? AND id NOT IN (SELECT id FROM listed_entities)",
                        (entity_id,)).fetchone() is not None


def _range_of(conn: sqlite3.Connection, selection: Selection) -> tuple[date | None, date | None]:
    if selection.since and selection.until:
        return selection.since, selection.until
    source, where, params = _facts(conn, selection)
    row = conn.execute(f"SELECT min(a.day), max(a.day) FROM {source} {_where(where)}", params).fetchone()
    return (date.fromisoformat(row[0]) if row[0] else None, date.fromisoformat(row[1]) if row[1] else None)


# -- provinces and sources -----------------------------------------------------------------------


def provinces(conn: sqlite3.Connection, selection: Selection = Selection()) -> dict[str, Any]:
    """Articles per province: under the 34 names since 1 July 2025, each with its former provinces."""
    if selection == Selection():  # every article: the province rows alone, on their covering indexes (006)
        source, where, params = "article_provinces p", [], {}
    else:
        source, where, params = _facts(conn, selection)
        source += " JOIN article_provinces p ON p.article_id = a.id"
    # count(*): an article has one row per former province (primary key article_id, name)
    rows = conn.execute(
        f"SELECT p.name_2025, p.name, count(*) FROM {source}"
        f" {_where(where)} GROUP BY p.name_2025, p.name", params).fetchall()
    merged: dict[str, dict[str, Any]] = {}
    for new, old, n in rows:
        entry = merged.setdefault(new, {"name_2025": new, "former": [], "articles": 0})
        entry["former"].append({"name": old, "articles": n})
    totals = conn.execute(
        f"SELECT p.name_2025, count(DISTINCT p.article_id) FROM {source} {_where(where)} GROUP BY p.name_2025", params).fetchall()
    for new, n in totals:
        merged[new]["articles"] = n
    for entry in merged.values():
        entry["former"].sort(key=lambda f: (-f["articles"], f["name"]))
    ordered = sorted(merged.values(), key=lambda e: (-e["articles"], e["name_2025"]))
    return {"provinces_2025": ordered, "provinces": sorted(((o, n) for _, o, n in rows), key=lambda p: (-p[1], p[0]))}


def province(conn: sqlite3.Connection, name: str, selection: Selection = Selection()) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT name, name_2025 FROM article_provinces WHERE name = ? OR name_2025 = ? LIMIT 1", (name, name)).fetchone()
    if row is None:
        return None
    is_new = row["name_2025"] == name
    scoped = dataclasses.replace(selection, provinces=(name,))
    first, last = _range_of(conn, scoped)
    interval = interval_for(selection, first, last)
    former = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM article_provinces WHERE name_2025 = ? ORDER BY name", (row["name_2025"],))]
    return {
        "name": name,
        "name_2025": row["name_2025"],
        "is_2025_name": is_new,
        "former": former if is_new else [name],
        "articles": count(conn, scoped),
        "timeline": timeline(conn, scoped, interval),
        "interval": interval,
        "latest": latest(conn, scoped, 20),
        "entities": top_entities(conn, None, scoped, 12),
    }


def sources(conn: sqlite3.Connection, selection: Selection = Selection()) -> list[dict[str, Any]]:
    """Volume per source: articles, first and last day, active days."""
    source, where, params = _facts(conn, selection)
    rows = conn.execute(
        f"SELECT a.source, count(*) AS articles, min(a.day) AS first_day, max(a.day) AS last_day,"
        f" count(DISTINCT a.day) AS days FROM {source} {_where(where)} GROUP BY a.source ORDER BY 2 DESC, 1", params)
    result = [dict(r) for r in rows]
    total = sum(r["articles"] for r in result) or 1
    for r in result:
        r["share"] = round(r["articles"] / total, 4)
    return result


def source_timelines(conn: sqlite3.Connection, names: Sequence[str], selection: Selection, interval: str
                     ) -> dict[str, dict[date, int]]:
    return {n: timeline(conn, dataclasses.replace(selection, sources=(n,)), interval) for n in names}


def keyphrase_counts(conn: sqlite3.Connection, selection: Selection) -> Iterator[tuple[str, str]]:
    """(day, keyphrase) for every keyphrase of every selected article, for emerging-issue detection."""
    source, where, params = compile_selection(selection)
    for day, phrases in conn.execute(f"SELECT a.day, a.keyphrases FROM {source} {_where(where + ['a.day IS NOT NULL'])}", params):
        for phrase in json.loads(phrases):
            yield day, phrase


def emerging(conn: sqlite3.Connection, selection: Selection, previous: Selection, limit: int = 10,
             min_articles: int = 3) -> list[dict[str, Any]]:
    """Keyphrases much more frequent in the selection than in the previous period of the same length.

    Score: articles now / (articles before + 1), for phrases in at least ``min_articles`` articles
    now; each with the day it first appeared and the day it peaked in the period."""
    now: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, phrase in keyphrase_counts(conn, selection):
        now[phrase][day] += 1
    before: dict[str, int] = defaultdict(int)
    if previous.since:
        for _, phrase in keyphrase_counts(conn, previous):
            before[phrase] += 1
    scored = []
    for phrase, days in now.items():
        n = sum(days.values())
        if n < min_articles:
            continue
        scored.append({
            "phrase": phrase, "articles": n, "before": before.get(phrase, 0),
            "ratio": round(n / (before.get(phrase, 0) + 1), 2),
            "first_day": min(days), "peak_day": max(days, key=lambda d: (days[d], d)),
        })
    scored.sort(key=lambda s: (-s["ratio"], -s["articles"], s["phrase"]))
    return scored[:limit]


def store_version(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes whenever an article is added (cheap: an index lookup), for caching per-store answers."""
    row = conn.execute("SELECT max(id), max(revision) FROM (SELECT id, revision FROM articles ORDER BY id DESC LIMIT 1)").fetchone()
    return (row[0] or 0, row[1] or 0)
