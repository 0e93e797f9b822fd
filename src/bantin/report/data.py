"""The periodic review report's content, as plain data: a pure function of the store and the
period (no rendering, no clock but the generation time). ``render_*`` modules turn it into HTML,
PDF or Markdown."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

from bantin.local_time import LOCAL_TZ
from bantin.search.query import parse
from bantin.web import connected, queries
from bantin.web.queries import Selection

TOP_STORIES = 10
TOP_NAMES = 10
TOP_PROVINCES = 15
TOP_EMERGING = 12


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ReportData:
    since: date
    until: date
    query: str
    generated_at: datetime
    interval: str  # "day" | "week"
    figures: dict[str, Any]  # articles, sources, days, per_day, first_day, last_day
    previous: dict[str, Any]  # the same figures for the previous period of the same length
    volume: dict[date, int]
    stories: list[dict[str, Any]] | None  # None: stories not computed for this store
    people: list[dict[str, Any]]  # public persons only (bantin.nlp.roles): name, articles, before
    organisations: list[dict[str, Any]]
    places: list[dict[str, Any]]
    provinces: list[dict[str, Any]]  # name_2025, former [{name, articles}], articles
    sources: list[dict[str, Any]]  # source, articles, share, originals?, copies?
    copying: list[tuple[str, str, int]] | None  # (copier, origin outlet, articles); None: not computed
    emerging: list[dict[str, Any]]  # name, day, articles, baseline/before, explanation (+ an alert's distinct_texts, window_days, phrase)
    emerging_from: str  # "alerts" | "keyphrases"

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def change(self) -> float | None:
        before = self.previous["articles"]
        return None if not before else (self.figures["articles"] - before) / before


def build_report(conn: sqlite3.Connection, *, since: date, until: date, query: str = "",
                 now: datetime | None = None) -> ReportData:
    """Everything the report says about the articles of [since, until] (matching ``query`` if given)."""
    if query.strip():
        parse(query)  # a malformed query fails here, with its message
    sel = Selection(query=query, since=since, until=until)
    length = (until - since).days + 1
    previous_sel = dataclasses.replace(sel, since=since - timedelta(days=length), until=since - timedelta(days=1))
    interval = queries.interval_for(sel)
    figures = queries.figures(conn, sel)
    figures["per_day"] = round(figures["articles"] / length, 1)
    previous = queries.figures(conn, previous_sel)

    def names(kind: str) -> list[dict[str, Any]]:
        now_rows = queries.top_entities(conn, kind, sel, TOP_NAMES)
        before = {r["id"]: r["articles"] for r in queries.top_entities(conn, kind, previous_sel, 500)}
        return [r | {"before": before.get(r["id"], 0)} for r in now_rows]

    sources = queries.sources(conn, sel)
    copies = connected.source_copies(conn, sel)
    if copies is not None:
        for r in sources:
            r["copies"] = copies["copies"].get(r["source"], 0)
            r["originals"] = r["articles"] - r["copies"]
    stories = connected.stories(conn, sel, TOP_STORIES) if not query.strip() else _stories_matching(conn, sel)
    alerts = connected.alerts(conn, sel, 200)
    if alerts:
        emerging = [{"name": a["name"], "kind": a["kind"], "day": date.fromisoformat(a["day"]), "articles": a["count"],
                     "baseline": a["baseline"], "explanation": a["explanation"], "score": a["score"],
                     "distinct_texts": a["distinct_texts"], "window_days": a["window_days"], "phrase": a["phrase"]}
                    for a in sorted(alerts, key=lambda a: -a["score"])[:TOP_EMERGING]]
        emerging_from = "alerts"
    else:
        emerging = [{"name": e["phrase"], "kind": "keyphrase", "day": date.fromisoformat(e["first_day"]),
                     "peak_day": date.fromisoformat(e["peak_day"]), "articles": e["articles"], "baseline": e["before"],
                     "score": e["ratio"], "explanation": ""}
                    for e in queries.emerging(conn, sel, previous_sel, TOP_EMERGING)]
        emerging_from = "keyphrases"
    emerging.sort(key=lambda e: e["day"])
    return ReportData(
        since=since, until=until, query=query, generated_at=now or datetime.now(LOCAL_TZ),
        interval=interval, figures=figures, previous=previous, volume=queries.timeline(conn, sel, interval),
        stories=stories, people=names("PER"), organisations=names("ORG"), places=names("LOC"),
        provinces=queries.provinces(conn, sel)["provinces_2025"][:TOP_PROVINCES], sources=sources,
        copying=copies["pairs"] if copies is not None else None, emerging=emerging, emerging_from=emerging_from,
    )


def _stories_matching(conn: sqlite3.Connection, sel: Selection) -> list[dict[str, Any]] | None:
    """With a query: the stories that hold at least one matching article, by matching articles."""
    stories = connected.stories(conn, dataclasses.replace(sel, query=""), 500)
    if stories is None:
        return None
    source, where, params = queries.compile_selection(sel)
    matched = {r[0]: r[1] for r in conn.execute(
        f"SELECT sa.story_id, count(*) FROM {source} JOIN story_articles sa ON sa.article_id = a.id"
        f" WHERE {' AND '.join(where)} GROUP BY sa.story_id", params)}
    kept = [s | {"matching": matched[s["id"]]} for s in stories if s["id"] in matched]
    kept.sort(key=lambda s: (-s["matching"], -s["size"]))
    return kept[:TOP_STORIES]
