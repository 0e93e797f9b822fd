"""Collecting from the web: sources add/list/import/check, crawl, watch."""

from __future__ import annotations

import sys
import threading
from collections import Counter
from datetime import UTC, datetime

import click

from bantin import api
from bantin.cli.app import EXIT_DROPPED, cli, db_option, domain_errors, dumps, fail
from bantin.crawl.runner import Crawler, PassOptions, PassReport, parse_duration
from bantin.crawl.runner import crawl as run_crawl
from bantin.crawl.sources import (
    KINDS,
    SourceError,
    bundled_sources_path,
    make_source,
    read_sources_file,
)
from bantin.crawl.state import ADDED, UNCHANGED, UPDATED, CrawlState
from bantin.crawl.watch import stop_on_signals
from bantin.crawl.watch import watch as run_watch
from bantin.settings import Settings
from bantin.types import Article, Rejected

# `bantin crawl` exits with this when a source failed or a page was dropped (the same as a dropped page).
EXIT_FAILED = EXIT_DROPPED


@cli.group()
def sources() -> None:
    """The outlets to follow: add, list, import a sources file, check their state."""


@sources.command("add")
@click.argument("url")
@click.option("--kind", type=click.Choice(KINDS), help="feed, sitemap or site (default: guessed from the URL).")
@click.option("--name", help="A readable name, e.g. 'Báo Nhân Dân'.")
@click.option("--tags", help="Comma-separated tags, e.g. 'national,party'.")
@db_option
@click.pass_obj
@domain_errors
def sources_add(settings: Settings, url: str, kind: str | None, name: str | None, tags: str | None,
                db: str | None) -> None:
    """Follow a site (its home page: feeds and sitemaps are discovered), a feed or a sitemap.

    Adding a URL already followed updates it with the options given; the others keep their values.
    """
    try:
        source = make_source(url, kind=kind, name=name or "", tags=tuple(tags.split(",")) if tags else ())
    except SourceError as exc:
        fail(str(exc))
    keep = [field for field, value in (("kind", kind), ("name", name), ("tags", tags)) if value is None]
    with api.open_store(db, settings=settings) as store:
        saved, status = CrawlState(store.conn).add_source(source, keep=keep)
    click.echo(f"{status} source {saved.id}: {saved.url} ({saved.kind})")


@sources.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
@domain_errors
def sources_list(settings: Settings, db: str | None, as_json: bool) -> None:
    """List the sources followed."""
    with api.open_store(db, settings=settings) as store:
        rows = CrawlState(store.conn).status()
    for row in rows:
        if as_json:
            click.echo(dumps({k: row[k] for k in ("id", "name", "url", "kind", "tags", "feeds", "sitemaps", "confirmed",
                                                  "last_error")}))
        else:
            tags = f" [{', '.join(row['tags'])}]" if row["tags"] else ""
            click.echo(f"{row['id']:>4}  {row['kind']:<7}  {row['name'] or '-'}{tags}  {row['url']}")
            if row["last_error"]:
                click.echo(f"      last error: {row['last_error']}")
    if not rows and not as_json:
        click.echo("no sources: add one with 'bantin sources add URL' or 'bantin sources import FILE'", err=True)


@sources.command("import")
@click.argument("file", metavar="FILE")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_obj
@domain_errors
def sources_import(settings: Settings, file: str, db: str | None, as_json: bool) -> None:
    """Add or update the sources of a TOML sources file ('vietnam': the bundled list of outlets).

    A source already followed (same URL) takes the file's name, kind, tags and confirmed flag; its
    known feeds and sitemaps (given or discovered by a crawl) are kept, the file's added. Prints how
    many were added, updated and unchanged: importing the same file again changes nothing.
    """
    path = bundled_sources_path() if file == "vietnam" else file
    try:
        found = read_sources_file(path)
    except SourceError as exc:
        fail(str(exc))
    with api.open_store(db, settings=settings) as store:
        state = CrawlState(store.conn)
        done = Counter(state.add_source(source)[1] for source in found)
    counts = {status: done[status] for status in (ADDED, UPDATED, UNCHANGED)}
    if as_json:
        click.echo(dumps({"file": str(path), "sources": len(found), **counts}))
    else:
        click.echo(f"{len(found)} sources in {path}: " + ", ".join(f"{n} {status}" for status, n in counts.items()))


@sources.command("check")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
@domain_errors
def sources_check(settings: Settings, db: str | None, as_json: bool) -> None:
    """Per source: last success, articles found and stored, last error, next due."""
    with api.open_store(db, settings=settings) as store:
        rows = CrawlState(store.conn).status()
    for row in rows:
        if as_json:
            click.echo(dumps(row))
            continue
        click.echo(f"{row['id']:>4}  {row['name'] or row['url']}")
        click.echo(f"      last success {row['last_success'] or 'never'} · found {row['articles_found']:,} · "
                   f"stored {row['stored']:,} · pending {row['pending']:,} · failed {row['failed']:,} · next due {row['next_due']}")
        if row["last_error"]:
            click.echo(f"      last error: {row['last_error']}")


def crawl_options(func):
    for option in reversed([
        db_option,
        click.option("--since", metavar="DATE", help="Backfill: feed and sitemap entries from this date (YYYY-MM-DD)."),
        click.option("--refetch", is_flag=True, help="Fetch pages again even when already stored."),
        click.option("--warc", "warc", metavar="DIR", help="Archive raw responses to WARC files in DIR."),
        click.option("--allow-private", is_flag=True, help="Allow private and loopback addresses (intranets, tests)."),
        click.option("--json", "as_json", is_flag=True, help="Print each pass's report as JSON."),
        click.option("--quiet", "-q", is_flag=True, help="No progress and no summary; errors only."),
    ]):
        func = option(func)
    return func


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"not a date: {value!r} (use YYYY-MM-DD)")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _Printer:
    """Progress on stderr (a counter on a terminal) and the per-source summary of each pass."""

    def __init__(self, as_json: bool, quiet: bool) -> None:
        self.as_json = as_json
        self.quiet = quiet
        self.tty = sys.stderr.isatty() and not quiet and not as_json
        self.items = 0
        self.dropped = 0

    def on_item(self, item: Article | Rejected) -> None:
        self.items += 1
        if isinstance(item, Rejected):
            self.dropped += 1
            if not self.quiet and not self.as_json:
                click.echo(f"bantin: dropped {item.url or item.locator}: {item.reason}"
                           + (f" ({item.detail})" if item.detail else ""), err=True)
        elif self.tty:
            click.echo(f"\rcrawl: {self.items:,} pages", err=True, nl=False)

    def on_pass(self, report: PassReport) -> None:
        if self.tty:
            click.echo("", err=True)
        if self.as_json:
            click.echo(dumps(report.as_dict()))
        elif not self.quiet:
            click.echo(render_pass(report))


def render_pass(report: PassReport) -> str:
    stored = report.stored
    lines = [f"Crawl pass: {report.requests:,} requests, {report.fetched:,} pages fetched in {report.seconds:.1f}s: "
             f"{stored.get('new', 0):,} new, {stored.get('revised', 0):,} revised, {stored.get('unchanged', 0):,} unchanged "
             f"articles, {sum(report.failures.values()):,} dropped; {report.pending:,} URLs waiting"
             + (" (stopped)" if report.stopped else "")]
    for reason, count in sorted(report.failures.items()):
        lines.append(f"  dropped {count:>5,}  {reason}")
    if report.sources:
        lines.append("By source:")
    for summary in report.sources.values():
        lines.append(f"  {summary.label}: {summary.endpoints} feeds/sitemaps read ({summary.not_modified} unchanged), "
                     f"{summary.new_urls} new URLs, {summary.stored} stored, {summary.failed} dropped")
        for error in summary.errors[:5]:
            lines.append(f"    error: {error}")
    if report.failed_sources:
        lines.append(f"Failed: {len(report.failed_sources)} of {len(report.sources)} sources "
                     f"({', '.join(s.label for s in report.failed_sources)}): see their errors above")
    if report.warc:
        lines.append(f"WARC: {report.warc}")
    return "\n".join(lines)


def _settings(settings: Settings, allow_private: bool, every: str | None = None) -> Settings:
    settings = settings.with_overrides("crawl", allow_private_addresses=True if allow_private else None, every=every)
    try:
        parse_duration(settings.crawl.every)
    except ValueError as exc:
        fail(str(exc))
    return settings


@cli.command()
@crawl_options
@click.option("--once", is_flag=True, help="Exactly one pass (at most crawl.max_pages_per_pass pages).")
@click.option("--all", "all_sources", is_flag=True, help="Every source, due or not.")
@click.pass_obj
@domain_errors
def crawl(settings: Settings, db: str | None, since: str | None, refetch: bool, warc: str | None, allow_private: bool,
          as_json: bool, quiet: bool, once: bool, all_sources: bool) -> None:
    """One pass over every due source: read feeds and sitemaps, fetch new articles, store them.

    Without --once, passes go on while pages are waiting beyond crawl.max_pages_per_pass.
    SIGINT/SIGTERM stop cleanly: what was fetched is stored, the rest waits for the next run.

    Exit status: 0 when every source was read and every page stored; 1 when a source failed (its
    site, robots.txt, feed or sitemap could not be read) or a page was dropped, each named with its
    reason in the summary; 2 for a usage error.
    """
    settings = _settings(settings, allow_private)
    printer = _Printer(as_json, quiet)
    options = PassOptions(since=_since(since), refetch=refetch, all_sources=all_sources)
    with api.open_store(db, settings=settings) as store, stop_on_signals(threading.Event()) as stop:
        if not CrawlState(store.conn).sources():
            fail("no sources: add one with 'bantin sources add URL' or 'bantin sources import FILE'")
        reports = run_crawl(store, settings, options=options, once=once, stop=stop, on_item=printer.on_item,
                            warc_dir=warc, on_pass=printer.on_pass)
        due = CrawlState(store.conn).next_due()
    if not reports[0].sources and not all_sources and due is not None and not quiet:
        click.echo(f"bantin: no source is due before {due:%Y-%m-%d %H:%M:%S} UTC; --all crawls every source now",
                   err=True)
    failed = [s for report in reports for s in report.failed_sources]
    if failed and quiet:
        for summary in failed:
            click.echo(f"bantin: source {summary.label} failed: {'; '.join(summary.errors)}", err=True)
    if printer.dropped or failed:
        sys.exit(EXIT_FAILED)


@cli.command()
@crawl_options
@click.option("--every", metavar="DURATION", help="How often each source is due: 90s, 15m, 1h (default crawl.every).")
@click.pass_obj
@domain_errors
def watch(settings: Settings, db: str | None, since: str | None, refetch: bool, warc: str | None, allow_private: bool,
          as_json: bool, quiet: bool, every: str | None) -> None:
    """Keep crawling: a pass whenever a source is due, until SIGINT or SIGTERM.

    State lives in the store, so a restarted watch resumes where it stopped.
    """
    settings = _settings(settings, allow_private, every)
    printer = _Printer(as_json, quiet)
    options = PassOptions(since=_since(since), refetch=refetch)
    with api.open_store(db, settings=settings) as store, stop_on_signals(threading.Event()) as stop:
        if not CrawlState(store.conn).sources():
            fail("no sources: add one with 'bantin sources add URL' or 'bantin sources import FILE'")
        crawler = Crawler(store, settings, stop=stop, on_item=printer.on_item, warc_dir=warc)
        run_watch(crawler, every=parse_duration(settings.crawl.every), options=options, on_pass=printer.on_pass)
    if not quiet and not as_json:
        click.echo("bantin: watch stopped", err=True)
