"""Core commands: ingest, extract, search, stats."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from bantin import api
from bantin.cli.app import (
    EXIT_DROPPED,
    cli,
    db_option,
    domain_errors,
    dumps,
    fail,
    local_moment,
    output_options,
    plural,
)
from bantin.search.snippet import plain
from bantin.settings import Settings
from bantin.types import Article, Rejected


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary; errors only.")
@click.pass_obj
@domain_errors
def ingest(settings: Settings, paths: tuple[str, ...], db: str | None, workers: int | None, as_json: bool, quiet: bool) -> None:
    """Ingest saved pages: HTML files, directory trees, WARC(.gz) and JSONL(.gz) files.

    Prints why each dropped page was dropped, and what was ignored in a kept one (a JSONL
    "published" that is no date), then a summary of the store. Exit code 1 if any page was
    dropped (the rest is stored all the same); 2, with nothing written, if a PATH does not exist
    or is a directory without any HTML, WARC or JSONL file.
    """
    from tqdm import tqdm

    from bantin.collect.inputs import InputError, check_inputs, count_pages

    try:
        check_inputs(paths)
    except InputError as exc:
        fail(str(exc))
    settings = settings.with_overrides("ingest", workers=workers)
    show_progress = settings.ingest.progress and not quiet and not as_json and sys.stderr.isatty()
    total = count_pages(paths) if show_progress else None
    with api.open_store(db, settings=settings) as store, tqdm(
        total=total, disable=not show_progress, unit=" pages", desc="ingest", file=sys.stderr, dynamic_ncols=True
    ) as bar:

        def say(message: str) -> None:
            bar.write(message, file=sys.stderr) if show_progress else click.echo(message, err=True)

        def on_item(item: Article | Rejected) -> None:
            bar.update(1)
            if isinstance(item, Rejected):
                say(f"bantin: dropped {item.locator}: {item.reason}" + (f" ({item.detail})" if item.detail else ""))

        with warnings_to(say if not quiet else None):
            report = api.ingest(paths, store, settings=settings, on_item=on_item)
        bar.close()
        if as_json:
            click.echo(dumps({"ingest": report.as_dict(),
                              "store": api.summary(store)}))
        elif not quiet:
            click.echo(render_ingest(report))
            click.echo(render_summary(api.summary(store)))
    if report.failed:
        sys.exit(EXIT_DROPPED)


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="PATH...")
@click.option("--url", help="The page's URL (default: its canonical link, a .url sidecar, or the path). HTML files only.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def extract(settings: Settings, files: tuple[str, ...], url: str | None, as_json: bool) -> None:
    """Extract the articles of saved pages (no store involved).

    Reads what 'bantin ingest' reads, the same way: HTML files, directory trees, WARC(.gz) and
    JSONL(.gz) files (one article per record; "path" is then "file.jsonl:LINE" or
    "file.warc.gz#OFFSET"). Exit code 1 if any page was dropped, 2 if a PATH does not exist.
    """
    from bantin.collect.inputs import (
        InputError,
        check_inputs,
        kind_of,
        read_inputs,
        sniff_kind,
    )
    from bantin.collect.urls import url_problem
    from bantin.extract.article import ExtractArticle
    from bantin.pipeline.stats import Stats

    try:
        check_inputs(files)
    except InputError as exc:
        fail(str(exc))
    if url:
        problem = url_problem(url)
        if problem:
            fail(f"--url: {problem}")
        if any(Path(f).is_dir() or (kind_of(Path(f)) or sniff_kind(Path(f))) != "html" for f in files):
            fail("--url is for HTML files: JSONL and WARC records carry their own URLs")
    stats = Stats()
    pages = read_inputs(files, max_page_bytes=settings.ingest.max_page_bytes, stats=stats)
    if url:
        pages = (page if isinstance(page, Rejected) else dataclasses.replace(page, url=url) for page in pages)
    failed = False
    with warnings_to(lambda message: click.echo(message, err=True)):
        for item in ExtractArticle(settings.extract).run(pages, stats):
            if isinstance(item, Rejected):
                failed = True
                click.echo(f"bantin: {item.locator}: {item.reason}" + (f" ({item.detail})" if item.detail else ""), err=True)
            elif as_json:
                click.echo(dumps(_extracted(item)))
            else:
                click.echo(f"# {item.title}\n{item.url} | {item.published or 'no date'} | "
                           f"{', '.join(item.authors) or 'no author'} | {item.section or '-'} | {item.extractor}\n")
                click.echo(item.text + "\n")
    if failed:
        sys.exit(EXIT_DROPPED)


def _extracted(article: Article) -> dict[str, Any]:
    return {
        "path": article.locator,
        "url": article.url,
        "title": article.title,
        "lead": article.lead,
        "text": article.text,
        "published": article.published,
        "authors": list(article.authors),
        "section": article.section,
        "language": article.language,
        "extractor": article.extractor,
    }


def _day(value: str | None) -> date | datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
    except ValueError:
        fail(f"not a date: {value!r} (use YYYY-MM-DD)")


@cli.command()
@click.argument("query")
@db_option
@click.option("--since", metavar="DATE", help="Published on or after (YYYY-MM-DD or ISO datetime).")
@click.option("--until", metavar="DATE", help="Published on or before.")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source (repeatable).")
@click.option("--topic", "topics", multiple=True, metavar="TOPIC", help='Only this topic, e.g. "Thể thao" (repeatable).')
@click.option("--province", "provinces", multiple=True, metavar="NAME",
              help="About this province, old or post-2025 name (repeatable: all must match).")
@click.option("--entity", "entities", multiple=True, metavar="NAME", help="Mentions this person, organisation or place.")
@click.option("--limit", type=click.IntRange(1, 10_000), help="How many results (default 20).")
@output_options("json", "csv")
@click.pass_obj
@domain_errors
def search(settings: Settings, query: str, db: str | None, since: str | None, until: str | None,
           sources: tuple[str, ...], topics: tuple[str, ...], provinces: tuple[str, ...], entities: tuple[str, ...],
           limit: int | None, output: str) -> None:
    """Full-text search, with or without diacritics.

    QUERY: words (all must match), "a phrase", a OR b, -excluded, title:word, (grouping).
    "quan su" finds "quân sự"; "dang uy" finds "Đảng ủy".
    """
    with api.open_store(db, settings=settings, readonly=True) as store:
        hits = api.search(store, query, since=_day(since), until=_day(until), sources=sources, topics=topics,
                          provinces=provinces, entities=entities, limit=limit or settings.search.limit)
    fields = ["id", "url", "title", "source", "published", "snippet", "score"]
    if output == "json":
        for hit in hits:
            click.echo(dumps(dataclasses.asdict(hit)))
    elif output == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(fields)
        for hit in hits:
            row = dataclasses.asdict(hit)
            row["snippet"] = plain(hit.snippet, "", "")
            writer.writerow([row[f].isoformat() if isinstance(row[f], datetime) else row[f] for f in fields])
    else:
        if not hits:
            click.echo("no results", err=True)
        bold = sys.stdout.isatty()
        for hit in hits:
            when = _when(hit.published)
            click.echo(click.style(hit.title, bold=True) + f"\n  {hit.source} · {when} · {hit.url}")
            click.echo("  " + (plain(hit.snippet, "\x1b[1;33m", "\x1b[0m") if bold else plain(hit.snippet, "[", "]")) + "\n")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
@domain_errors
def stats(settings: Settings, db: str | None, as_json: bool) -> None:
    """Summarise the store: articles by source and day, top terms, drops by reason."""
    with api.open_store(db, settings=settings, readonly=True) as store:
        data = api.summary(store)
    click.echo(dumps(data) if as_json else render_summary(data))


class _Say(logging.Handler):
    def __init__(self, say: Callable[[str], None]) -> None:
        super().__init__(logging.WARNING)
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        self.say(f"bantin: warning: {record.getMessage()}")


@contextlib.contextmanager
def warnings_to(say: Callable[[str], None] | None) -> Iterator[None]:
    """bantin's logged warnings (something ignored in a kept item) as "bantin: warning: ..." lines."""
    if say is None:
        yield
        return
    logger, handler = logging.getLogger("bantin"), _Say(say)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


# How the ingest summary names each warning label of ``bantin.pipeline.stats`` (one, several).
WARNING_TEXTS = {
    "invalid_published": ("invalid published date ignored", "invalid published dates ignored"),
}


def render_ingest(report: api.IngestReport) -> str:
    data = report.as_dict()
    stored = data["stored"]
    lines = [
        f"Ingested {plural(data['pages'], 'page')} in {data['seconds']:.1f}s: {plural(data['articles'], 'article')} "
        + f"({stored.get('new', 0):,} new, {stored.get('revised', 0):,} revised, {stored.get('unchanged', 0):,} unchanged), "
        + f"{sum(data['dropped'].values()):,} dropped."
    ]
    for reason, count in data["dropped"].items():
        lines.append(f"  dropped {count:>5,}  {reason}")
    for label, count in report.stats.warnings.items():
        one, several = WARNING_TEXTS.get(label, (label, label))
        kept = "the article is kept" if count == 1 else "the articles are kept"
        lines.append(f"  warning {count:>5,}  {one if count == 1 else several} ({kept})")
    return "\n".join(lines)


def render_summary(data: dict[str, Any], *, max_days: int = 45) -> str:
    lines = [f"\nStore {data['store']}: {plural(data['articles'], 'article')}, {plural(data['revisions'], 'revision')} "
             + f"({plural(data['revised_articles'], 'article')} edited since first seen)"]
    lines.append("\nArticles by source:")
    width = max((len(s) for s in data["sources"]), default=0)
    for source, count in data["sources"].items():
        lines.append(f"  {source:<{width}}  {count:>6,}")
    lines.append("\nArticles by day:")
    days = list(data["days"].items())
    if len(days) > max_days:
        lines.append(f"  ({len(days) - max_days} earlier days not shown)")
        days = days[-max_days:]
    peak = max((c for _, c in days), default=1)
    for day, count in days:
        lines.append(f"  {day:<10}  {'█' * max(1, round(20 * count / peak))} {count}")
    if data.get("top_terms"):
        lines.append("\nTop terms (articles):")
        lines.append("  " + ", ".join(f"{t} ({c})" for t, c in data["top_terms"]))
    if data.get("topics"):
        lines.append("\nTopics: " + ", ".join(f"{t} ({c})" for t, c in data["topics"].items()))
    if data.get("provinces"):
        lines.append("Provinces (before 2025): " + ", ".join(f"{t} ({c})" for t, c in data["provinces"].items()))
        lines.append("Provinces (since 1 July 2025): " + ", ".join(f"{t} ({c})" for t, c in data["provinces_2025"].items()))
    labels = {"PER": "People", "ORG": "Organisations", "LOC": "Places"}
    for kind, top in data.get("entities", {}).items():
        if top:
            lines.append(f"{labels[kind]}: " + ", ".join(f"{t} ({c})" for t, c in list(top.items())[:10]))
    lines.append("\nDropped pages by reason:" if data["drops"] else "\nDropped pages: none")
    for reason, count in data["drops"].items():
        lines.append(f"  {reason:<16} {count:>6,}")
    return "\n".join(lines)


def _when(published) -> str:
    """A hit's publication time in Vietnam, the date alone when it stands for a day (a hit carries no
    precision: the extractor's guess for a stored local midnight, ``bantin.extract.dates.day_only``)."""
    from bantin.extract.dates import day_only

    return "undated" if published is None else local_moment(published, day=day_only(published, None))
