"""Connecting the news: connect, duplicates, syndication, stories, trends, top, alerts.

The commands that read connect tables first bring them up to date (``api.connect``: only the
articles added since the last run are processed), so they open the store for writing.

Moments are printed in Vietnam time (Asia/Ho_Chi_Minh), as the dashboard shows them: a publication
whose page gave only the day is printed as that day, without the midnight it is stored at.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import click

from bantin import api
from bantin.cli.app import (
    cli,
    db_option,
    domain_errors,
    dumps,
    fail,
    local_moment,
    output_options,
    plural,
)
from bantin.cli.core import _day
from bantin.connect.model import ArticleRef
from bantin.extract.dates import day_only, stands_for_day
from bantin.settings import Settings
from bantin.web.queries import published_precisions

since_option = click.option("--since", metavar="DATE", help="From this date (YYYY-MM-DD).")
until_option = click.option("--until", metavar="DATE", help="Up to and including this date.")
json_option = click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")


def _date(value: str | None) -> date | None:
    moment = _day(value)
    return moment.date() if hasattr(moment, "date") and callable(moment.date) else moment


def _ref(a, precisions: Mapping[int, str | None] | None = None) -> dict[str, Any]:
    ref = {"url": a.url, "title": a.title, "source": a.source, "published": a.published}
    if precisions is not None:
        ref["published_precision"] = precisions.get(a.id)
    return ref


def _when(a: ArticleRef, precisions: Mapping[int, str | None]) -> str:
    """When an article was published, in Vietnam time: its day only when its page gave no time."""
    if a.published is None:
        return "undated"
    return local_moment(a.published, day=day_only(a.published, precisions.get(a.id)))


def _edge(moment: datetime, articles: Iterable[ArticleRef], precisions: Mapping[int, str | None]) -> str:
    """A story's first or last moment: an article's publication (or first sighting), in Vietnam time;
    a day when the articles published at that moment gave only their day."""
    published = [(a.published, precisions.get(a.id)) for a in articles if a.published is not None]
    return local_moment(moment, day=stands_for_day(moment, published))


def _precisions(store, articles: Iterable[ArticleRef]) -> dict[int, str | None]:
    return published_precisions(store.conn, [a.id for a in articles])


@cli.command("connect")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
@domain_errors
def connect_command(settings: Settings, db: str | None, as_json: bool) -> None:
    """Bring duplicates, stories, daily counts and alerts up to date (new and revised articles only).

    Ingest and crawl do it at the end of every run (connect.after_ingest); this catches up by hand.
    """
    with api.open_store(db, settings=settings) as store:
        report = api.connect(store, settings=settings)
    data = report.as_dict()
    if as_json:
        click.echo(dumps(data))
    else:
        counts = data["counts"]
        click.echo(f"Connected {plural(counts.get('articles', 0), 'article')} in {data['seconds']:.1f}s: "
                   f"{counts.get('duplicates', 0):,} with copies, {plural(counts.get('stories_new', 0), 'new story', 'new stories')}, "
                   f"{plural(counts.get('alerts', 0), 'alert')}.")


@cli.command()
@db_option
@since_option
@until_option
@click.option("--limit", type=click.IntRange(1), help="At most this many groups.")
@click.option("--sources", "by_source", is_flag=True, help="Syndication by source instead (as bantin syndication).")
@json_option
@click.pass_obj
@domain_errors
def duplicates(settings: Settings, db: str | None, since: str | None, until: str | None, limit: int | None,
               by_source: bool, as_json: bool) -> None:
    """Exact and near-duplicate groups: the origin (earliest published) and its copies.

    --json prints one object per group: id, exact, origin {url, title, source, published,
    published_precision}, copies [{url, title, source, published, published_precision, similarity}].
    published_precision is "day" when the page gave no time of day, "minute" or "second", or null.
    """
    if by_source:
        _syndication(settings, db, since, until, as_json)
        return
    with api.open_store(db, settings=settings) as store:
        api.connect(store, settings=settings)
        groups = api.duplicates(store, since=_day(since), until=_day(until), limit=limit)
        precisions = _precisions(store, (a for g in groups for a in (g.origin, *g.copies)))
    for g in groups:
        if as_json:
            click.echo(dumps({"id": g.id, "exact": g.exact, "origin": _ref(g.origin, precisions),
                              "copies": [{**_ref(c, precisions), "similarity": c.similarity} for c in g.copies]}))
        else:
            click.echo(click.style(g.origin.title, bold=True)
                       + f"\n  origin  {g.origin.source} · {_when(g.origin, precisions)} · {g.origin.url}")
            for c in g.copies:
                click.echo(f"  copy    {c.source} · {_when(c, precisions)} · similarity {c.similarity:.2f} · {c.url}")
            click.echo()
    if not groups and not as_json:
        click.echo("no duplicates", err=True)


@cli.command()
@db_option
@since_option
@until_option
@json_option
@click.pass_obj
@domain_errors
def syndication(settings: Settings, db: str | None, since: str | None, until: str | None, as_json: bool) -> None:
    """Who copies whom: per pair of sources, texts taken and the median lag; per source, the share of originals.

    --json prints {"pairs": [{origin, copier, stories, median_lag_hours, day_only, median_lag_days}],
    "sources": [{source, articles, copies, original_share}]}. A copy where either page gave only
    its day has no lag in hours: it is counted in day_only, with its lag in whole days (0: the
    same day); median_lag_hours covers the other copies, null when there are none.
    """
    _syndication(settings, db, since, until, as_json)


def _syndication(settings: Settings, db: str | None, since: str | None, until: str | None, as_json: bool) -> None:
    with api.open_store(db, settings=settings) as store:
        api.connect(store, settings=settings)
        data = api.syndication(store, since=_day(since), until=_day(until))
    if as_json:
        click.echo(dumps(data))
        return
    click.echo("Texts taken from another source (origin -> copier, median lag):")
    for p in data["pairs"]:
        click.echo(f"  {p['origin']} -> {p['copier']}: {p['stories']} ({_lag(p)})")
    click.echo("\nShare of originals per source:")
    for s in data["sources"]:
        click.echo(f"  {s['source']}: {s['original_share']:.0%} of {s['articles']:,} ({plural(s['copies'], 'copy', 'copies')})")


def _lag(pair: dict[str, Any]) -> str:
    """"1.5 h", "1 dated by day only: next day", "2.0 h; 1 dated by day only: same day"."""
    parts = []
    if pair["median_lag_hours"] is not None:
        parts.append(f"{pair['median_lag_hours']:.1f} h")
    if pair["day_only"]:
        days = pair["median_lag_days"]
        later = {0: "same day", 1: "next day"}.get(days, f"{days:g} days later")
        parts.append(f"{pair['day_only']} dated by day only: {later}")
    return "; ".join(parts)


@cli.command()
@db_option
@since_option
@until_option
@click.option("--query", metavar="QUERY", help="Only stories with an article matching this search query.")
@click.option("--min-articles", type=click.IntRange(1), default=1, show_default=True, help="Smallest story shown.")
@click.option("--limit", type=click.IntRange(1), help="At most this many stories.")
@json_option
@click.pass_obj
@domain_errors
def stories(settings: Settings, db: str | None, since: str | None, until: str | None, query: str | None,
            min_articles: int, limit: int | None, as_json: bool) -> None:
    """Stories: articles about the same event, with a label, first and last seen, and a timeline.

    Times are in Vietnam time, a day alone when the page gave no time. --json prints one object
    per story: id, label, first_seen, last_seen (UTC), articles [{url, title, source, published,
    published_precision}] (earliest first: the first is the origin).
    """
    with api.open_store(db, settings=settings) as store:
        api.connect(store, settings=settings)
        found = api.stories(store, since=_day(since), until=_day(until), query=query, min_articles=min_articles,
                            limit=limit)
        precisions = _precisions(store, (a for s in found for a in s.articles))
    for s in found:
        if as_json:
            click.echo(dumps({"id": s.id, "label": s.label, "first_seen": s.first_seen, "last_seen": s.last_seen,
                              "articles": [_ref(a, precisions) for a in s.articles]}))
        else:
            first, last = _edge(s.first_seen, s.articles, precisions), _edge(s.last_seen, s.articles, precisions)
            click.echo(click.style(s.label or s.origin.title, bold=True)
                       + f"\n  {plural(len(s.articles), 'article')}, {plural(len(s.sources), 'source')} ({', '.join(s.sources)}),"
                         f" {first} -> {last}")
            for a in s.articles:
                click.echo(f"  {_when(a, precisions)}  {a.source}  {a.title}")
            click.echo()
    if not found and not as_json:
        click.echo("no stories", err=True)


@cli.command()
@click.argument("queries", nargs=-1, required=True, metavar="QUERY...")
@db_option
@click.option("--interval", type=click.Choice(["day", "week", "month"]), default="day", show_default=True)
@since_option
@until_option
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source (repeatable); totals too.")
@output_options("json", "csv")
@click.pass_obj
@domain_errors
def trends(settings: Settings, queries: tuple[str, ...], db: str | None, interval: str, since: str | None,
           until: str | None, sources: tuple[str, ...], output: str) -> None:
    """Attention over time: articles matching each query per day, week or month.

    Each point has the count, the total articles of the same sources in the period, their ratio,
    and the query's share of voice among the queries given. --json prints one object per point:
    query, period, count, total, ratio, share_of_voice.
    """
    with api.open_store(db, settings=settings, readonly=True) as store:
        points = api.trends(store, queries, interval=interval, since=_day(since), until=_day(until), sources=sources)
    fields = ["query", "period", "count", "total", "ratio", "share_of_voice"]
    if output == "json":
        for p in points:
            click.echo(dumps({f: getattr(p, f) for f in fields}))
    elif output == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(fields)
        for p in points:
            writer.writerow([getattr(p, f) for f in fields])
    else:
        periods = list(dict.fromkeys(p.period for p in points))
        by = {(p.query, p.period): p for p in points}
        click.echo("period      " + "".join(f"{q[:22]:>24}" for q in queries) + "   total")
        for period in periods:
            cells = "".join(f"{by[(q, period)].count:>10,} {by[(q, period)].ratio:>7.2%} {by[(q, period)].share_of_voice:>4.0%}"
                            for q in queries)
            total = by[(queries[0], period)].total
            click.echo(f"{period:<12}{cells}   {total:,}")


@cli.command()
@click.argument("query", required=False)
@db_option
@since_option
@until_option
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source (repeatable).")
@click.option("-n", "n", type=click.IntRange(1, 1000), default=10, show_default=True, help="Entries per list.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@domain_errors
def top(settings: Settings, query: str | None, db: str | None, since: str | None, until: str | None,
        sources: tuple[str, ...], n: int, as_json: bool) -> None:
    """Top terms, entities, provinces, topics and sources of the articles matching QUERY (all if none).

    Terms rank by weighted log-odds against Vietnamese news in general (VNTC), not raw counts.
    --json prints {query, articles, terms [{term, articles, score}], entities {PER, ORG, LOC},
    provinces, topics, sources}.
    """
    with api.open_store(db, settings=settings, readonly=True) as store:
        data = api.top(store, query, since=_day(since), until=_day(until), sources=sources, n=n)
    if as_json:
        click.echo(dumps(data))
        return
    click.echo(plural(data['articles'], 'article') + (f" matching {query!r}" if query else ""))
    click.echo("\nTerms: " + ", ".join(f"{t['term']} ({t['articles']})" for t in data["terms"]))
    for kind, label in (("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places")):
        click.echo(f"{label}: " + ", ".join(f"{e['name']} ({e['articles']})" for e in data["entities"][kind]))
    for name in ("provinces", "topics", "sources"):
        click.echo(f"{name.capitalize()}: " + ", ".join(f"{e['name']} ({e['articles']})" for e in data[name]))


@cli.command()
@db_option
@since_option
@until_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["keyphrase", "entity", "province", "topic"]),
              help="Only alerts of this kind (repeatable).")
@click.option("--limit", type=click.IntRange(1), help="At most this many alerts.")
@json_option
@click.pass_obj
@domain_errors
def alerts(settings: Settings, db: str | None, since: str | None, until: str | None, kinds: tuple[str, ...],
           limit: int | None, as_json: bool) -> None:
    """Emerging issues: bursts of a keyphrase, person or organisation, province or topic against the previous days.

    --json prints one object per alert: day, kind, name, count, baseline, score, explanation,
    distinct_texts (a duplicate group counts once), window_days, phrase (a province alert's
    keyphrase), articles [{url, title, source, published}].
    """
    if since and _day(since) is None:
        fail("bad --since")
    with api.open_store(db, settings=settings) as store:
        api.connect(store, settings=settings)
        found = api.alerts(store, since=_date(since), until=_date(until), kinds=kinds, limit=limit)
    for a in found:
        if as_json:
            click.echo(dumps({"day": a.day, "kind": a.kind, "name": a.name, "count": a.count, "baseline": a.baseline,
                              "score": a.score, "explanation": a.explanation, "distinct_texts": a.distinct_texts,
                              "window_days": a.window_days, "phrase": a.phrase, "articles": [_ref(x) for x in a.articles]}))
        else:
            click.echo(f"{a.day}  {a.explanation}")
            for x in a.articles[:5]:
                click.echo(f"    {x.source} · {x.title}")
    if not found and not as_json:
        click.echo("no alerts", err=True)
