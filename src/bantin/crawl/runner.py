"""One crawl pass: due sources -> their feeds and sitemaps -> new URLs -> fetch -> ``api.ingest_pages``.

A pass has two phases. *Discovery* reads every due source's feeds and sitemaps (conditional
GET) and queues the article URLs not yet stored in the frontier. *Fetching* takes pending URLs
from the frontier, fetches them on an event loop in a background thread, and hands the pages to
``api.ingest_pages`` in this thread: the very extract and store steps of ``bantin ingest``.
The frontier is settled right after each store batch is committed, so a crawl stopped or killed
at any point resumes without fetching a stored page again.

``stop`` (a ``threading.Event``, set by SIGINT/SIGTERM in ``bantin crawl``/``watch``) ends a
pass early: no new request starts (requests waiting for their turn at a host give up at once),
requests in flight get ``STOP_GRACE_SECONDS`` to finish, and every page already fetched is
stored before the pass returns. URLs not fetched stay pending for the next pass.

A source *failed* in a pass when any of its listings could not be read (``SourceSummary.errors``);
its last error stays in the store until a pass reads it again, and it is due again after
``RETRY_FAILED_SOURCE_AFTER`` rather than a whole ``crawl.every``.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from bantin import api, reasons
from bantin.collect.archive import WarcArchive
from bantin.collect.discover import discover_site, sniff
from bantin.collect.feeds import FeedError, Link, parse_feed
from bantin.collect.fetch import Fetched, Fetcher, FetchFailed, HostClock
from bantin.collect.inflate import TooLarge
from bantin.collect.robots import ROBOTS_UNREACHABLE, forget_unreachable
from bantin.collect.sitemaps import SitemapError, parse_sitemap
from bantin.crawl.sources import Source
from bantin.crawl.state import CrawlState, utc_now
from bantin.settings import Settings
from bantin.store.sqlite import SQLiteStore
from bantin.types import Article, Page, Rejected, WriteResult

# Requests in flight when a stop is asked get this long to finish before they are abandoned (their
# URLs stay pending): a local page takes milliseconds, a slow site must not hold Ctrl-C for long.
STOP_GRACE_SECONDS = 1.0
# A site's home page and robots.txt are read again for new feeds and sitemaps this often.
REDISCOVER_AFTER = timedelta(days=1)
# A source none of whose listings could be read (site down, robots.txt unreachable) is due again
# this soon (or after crawl.every if shorter): one request a minute to a host that is down is
# polite, and a user who fixes the site does not wait 15 minutes to see it crawled.
RETRY_FAILED_SOURCE_AFTER = timedelta(minutes=1)
# Fetched pages waiting for the extract and store steps (back-pressure on the fetcher), in store
# batches per worker: enough to keep the workers busy, few to fetch again after a crash.
PAGE_QUEUE_BATCHES_PER_WORKER = 2
HTML_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain")
_DONE = object()


def parse_duration(text: str) -> timedelta:
    """"90s", "15m", "2h", "1d" (or plain seconds) as a timedelta."""
    text = str(text).strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        if text and text[-1] in units:
            seconds = float(text[:-1]) * units[text[-1]]
        else:
            seconds = float(text)
    except ValueError:
        raise ValueError(f"not a duration: {text!r} (use e.g. 90s, 15m, 2h, 1d)") from None
    if seconds <= 0:
        raise ValueError(f"a duration must be positive: {text!r}")
    return timedelta(seconds=seconds)


@dataclasses.dataclass(slots=True)
class PassOptions:
    since: datetime | None = None  # skip feed and sitemap entries dated before (default: backfill_days ago)
    refetch: bool = False  # fetch URLs again even when already stored
    all_sources: bool = False  # every source, due or not
    discover: bool = True  # False: only drain the frontier
    max_pages: int | None = None  # default: crawl.max_pages_per_pass


@dataclasses.dataclass(slots=True)
class SourceSummary:
    id: int
    label: str
    endpoints: int = 0
    not_modified: int = 0
    new_urls: int = 0
    stored: int = 0
    failed: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class PassReport:
    sources: dict[int, SourceSummary] = dataclasses.field(default_factory=dict)
    fetched: int = 0
    failures: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    stored: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    requests: int = 0
    pending: int = 0  # URLs still waiting in the frontier after the pass
    limited: bool = False  # the pass stopped at max_pages with more URLs waiting
    stopped: bool = False
    seconds: float = 0.0
    warc: str | None = None

    @property
    def failed_sources(self) -> list[SourceSummary]:
        """The sources with a listing that could not be read in this pass, each with its errors."""
        return [s for s in self.sources.values() if s.errors]

    def as_dict(self) -> dict[str, Any]:
        return {
            "sources": [dataclasses.asdict(s) for s in self.sources.values()],
            "failed_sources": [s.id for s in self.failed_sources],
            "fetched": self.fetched,
            "stored": dict(self.stored),
            "failed": dict(self.failures),
            "requests": self.requests,
            "pending": self.pending,
            "limited": self.limited,
            "stopped": self.stopped,
            "seconds": round(self.seconds, 3),
            "warc": self.warc,
        }


class Crawler:
    """Runs passes over the sources of one store. Keep one per process: it holds the hosts' clocks."""

    def __init__(self, store: SQLiteStore, settings: Settings, *, stop: threading.Event | None = None,
                 on_item: Callable[[Article | Rejected], None] | None = None, warc_dir: str | None = None) -> None:
        self.store = store
        self.settings = settings
        self.state = CrawlState(store.conn)
        self.stop = stop or threading.Event()
        self.on_item = on_item
        self.warc_dir = warc_dir if warc_dir is not None else (settings.crawl.warc_dir or None)
        self.clock = HostClock(settings.crawl.min_interval)
        self.robots: dict = {}  # robots.txt rules per origin, shared by the passes' fetchers
        self.every = parse_duration(settings.crawl.every)

    # -- a pass ------------------------------------------------------------------------

    def run_pass(self, options: PassOptions | None = None) -> PassReport:
        options = options or PassOptions()
        started = time.perf_counter()
        report = PassReport()
        archive = WarcArchive(self.warc_dir) if self.warc_dir else None
        forget_unreachable(self.robots)  # a robots.txt that could not be read is asked for again
        try:
            if options.discover:
                sources = self.state.sources() if options.all_sources else self.state.due_sources()
                if sources:
                    asyncio.run(self._discover(sources, options, report, archive))
            if not self.stop.is_set():
                self._fetch_and_ingest(options, report, archive)
        finally:
            if archive is not None:
                report.warc = str(archive.close()) if archive.records else None
        report.stopped = self.stop.is_set()
        report.pending = self.state.pending_count()
        report.seconds = time.perf_counter() - started
        return report

    def _fetcher(self, archive: WarcArchive | None) -> Fetcher:
        return Fetcher(self.settings.crawl, clock=self.clock, robots_entries=self.robots, archive=archive,
                       stop=self.stop)

    # -- discovery: feeds and sitemaps -> frontier ---------------------------------------

    async def _discover(self, sources: Sequence[Source], options: PassOptions, report: PassReport,
                        archive: WarcArchive | None) -> None:
        since = options.since or (utc_now() - timedelta(days=self.settings.crawl.backfill_days))
        async with self._fetcher(archive) as fetcher:
            tasks = [asyncio.ensure_future(self._discover_source(fetcher, s, since, options, report)) for s in sources]
            waiting = set(tasks)
            while waiting:
                _, waiting = await asyncio.wait(waiting, timeout=0.2)
                if self.stop.is_set():
                    await _cancel_after(waiting, STOP_GRACE_SECONDS)
                    break
            report.requests += fetcher.requests

    async def _discover_source(self, fetcher: Fetcher, source: Source, since: datetime, options: PassOptions,
                               report: PassReport) -> None:
        summary = report.sources.setdefault(source.id, SourceSummary(id=source.id, label=source.label))
        read_ok = stopped = False
        try:
            if source.kind == "site" and self._needs_discovery(source):
                found_feeds, found_sitemaps, error = await discover_site(fetcher, source.url)
                if error:
                    summary.errors.append(error)
                feeds = list(dict.fromkeys([*source.feeds, *found_feeds]))
                sitemaps = list(dict.fromkeys([*source.sitemaps, *found_sitemaps]))
                if found_feeds or found_sitemaps or not error:  # else the site was not reached: try again next pass
                    self.state.set_discovered(source.id, feeds, sitemaps)
                source = dataclasses.replace(source, feeds=tuple(feeds), sitemaps=tuple(sitemaps))
            if not source.endpoints() and not summary.errors:  # (not when the site could not be reached)
                summary.errors.append("no feed or sitemap found on the home page or in robots.txt")
            budget = [self.settings.crawl.max_sitemaps_per_source]
            for kind, url in source.endpoints():
                try:
                    await self._read_listing(fetcher, source, kind, url, since, options, summary, budget)
                    read_ok = True
                except (FetchFailed, FeedError, SitemapError, TooLarge) as exc:
                    summary.errors.append(f"{url}: {_describe(exc)}")
        except asyncio.CancelledError:
            stopped = True
            raise
        finally:
            error = "; ".join(summary.errors) or None
            if not (stopped and not read_ok and not error):  # a source stopped before anything was read stays due
                retry = min(self.every, RETRY_FAILED_SOURCE_AFTER)
                self.state.record_pass(source.id, found=summary.new_urls, ok=read_ok, error=error,
                                       next_due=utc_now() + (self.every if read_ok else retry))

    def _needs_discovery(self, source: Source) -> bool:
        row = self.store.conn.execute("SELECT discovered_at FROM sources WHERE id = ?", (source.id,)).fetchone()
        if row is None or not row["discovered_at"]:
            return True
        return datetime.fromisoformat(row["discovered_at"]) < utc_now() - REDISCOVER_AFTER

    async def _read_listing(self, fetcher: Fetcher, source: Source, kind: str, url: str, since: datetime,
                            options: PassOptions, summary: SourceSummary, budget: list[int]) -> None:
        """Reads one feed or sitemap (and an index's children), queueing new article URLs."""
        if budget[0] <= 0:
            return
        budget[0] -= 1
        summary.endpoints += 1
        validators = {} if options.refetch else self.state.validators(url)
        fetched = await fetcher.get(url, validators=validators,
                                    max_bytes=self.settings.crawl.max_sitemap_bytes)
        if fetched.not_modified:  # validators are only kept from a response that was read: nothing to report
            self.state.save_validators(url, fetched.status, {})
            summary.not_modified += 1
            return
        try:
            links, complete = await self._links_of(fetcher, source, kind, fetched, since, options, summary, budget)
        except (FeedError, SitemapError, TooLarge):
            self.state.forget_validators(url)  # the next pass fetches it whole and reports it again
            raise
        if complete:
            self.state.save_validators(url, fetched.status, fetched.validators)
        else:  # a sitemap index with a child that failed: read it, and its children, again next pass
            self.state.forget_validators(url)
        fresh = [link for link in links if link.published is None or link.published >= since]
        summary.new_urls += self.state.add_links(source.id, fresh, refetch=options.refetch)

    async def _links_of(self, fetcher: Fetcher, source: Source, kind: str, fetched: Fetched, since: datetime,
                        options: PassOptions, summary: SourceSummary, budget: list[int]) -> tuple[list[Link], bool]:
        """The article links of a feed or sitemap just fetched (a sitemap index's children are read here),
        and whether every child could be read."""
        complete = True
        what = sniff(fetched.body)
        if what == "unknown":
            what = kind
        if what == "sitemap":
            sitemap = parse_sitemap(fetched.body, max_bytes=self.settings.crawl.max_sitemap_bytes)
            links = sitemap.links
            for child in sitemap.sitemaps:
                if child.published is not None and child.published < since:
                    continue  # a dated part of the archive older than the backfill window
                try:
                    await self._read_listing(fetcher, source, "sitemap", child.url, since, options, summary, budget)
                except (FetchFailed, SitemapError, FeedError, TooLarge) as exc:
                    summary.errors.append(f"{child.url}: {_describe(exc)}")
                    complete = False
        elif what == "feed":
            links = parse_feed(fetched.body, fetched.url, content_type=fetched.headers.get("content-type", ""))
        else:
            raise FeedError(f"neither a feed nor a sitemap ({what})")
        return links, complete

    # -- fetching: frontier -> pages -> ingest_pages ----------------------------------------

    def _fetch_and_ingest(self, options: PassOptions, report: PassReport, archive: WarcArchive | None) -> None:
        limit = options.max_pages or self.settings.crawl.max_pages_per_pass
        todo = self.state.pending(limit)
        if not todo:
            return
        report.limited = len(todo) >= limit
        sources = {url: source_id for url, _, source_id in todo}
        for source in self.state.sources():
            if source.id in set(sources.values()):
                report.sources.setdefault(source.id, SourceSummary(id=source.id, label=source.label))
        batches = PAGE_QUEUE_BATCHES_PER_WORKER * self.settings.ingest.worker_count
        pages: queue.Queue = queue.Queue(maxsize=batches * self.settings.ingest.batch_size)
        counters = {"requests": 0}
        thread = threading.Thread(target=self._fetch_thread, args=(todo, pages, archive, counters),
                                  name="bantin-fetch", daemon=True)
        thread.start()
        settling = _SettlingStore(self.store, self.state, self.settings.crawl.max_attempts, sources, report)

        def on_item(item: Article | Rejected) -> None:
            if self.on_item:
                self.on_item(item)

        try:
            ingest = api.ingest_pages(self._drain(pages, report), settling, settings=self.settings, on_item=on_item)
        except BaseException:
            self.stop.set()  # the fetch thread stops; empty the queue so that it is never stuck on a put
            while thread.is_alive():
                try:
                    pages.get(timeout=0.1)
                except queue.Empty:
                    pass
            raise
        thread.join()
        report.stored.update(ingest.stats.store_counts())
        report.requests += counters["requests"]

    def _fetch_thread(self, todo: list[tuple[str, Link, int | None]], pages: queue.Queue,
                      archive: WarcArchive | None, counters: dict[str, int]) -> None:
        try:
            asyncio.run(self._fetch_all(todo, pages, archive, counters))
        finally:
            pages.put(_DONE)

    async def _fetch_all(self, todo: list[tuple[str, Link, int | None]], pages: queue.Queue,
                         archive: WarcArchive | None, counters: dict[str, int]) -> None:
        work: collections.deque = collections.deque(todo)
        async with self._fetcher(archive) as fetcher:

            async def worker() -> None:
                while work and not self.stop.is_set():
                    url, link, _ = work.popleft()
                    item = await self._fetch_page(fetcher, url, link)
                    await asyncio.to_thread(pages.put, item)

            workers = [asyncio.ensure_future(worker()) for _ in range(max(1, self.settings.crawl.concurrency))]
            waiting = set(workers)
            while waiting:
                _, waiting = await asyncio.wait(waiting, timeout=0.2)
                if self.stop.is_set() and waiting:
                    await _cancel_after(waiting, STOP_GRACE_SECONDS)
                    break
            for task in workers:
                if task.done() and not task.cancelled() and task.exception():
                    raise task.exception()
            counters["requests"] += fetcher.requests

    async def _fetch_page(self, fetcher: Fetcher, url: str, link: Link) -> Page | Rejected:
        try:
            fetched = await fetcher.get(url)
        except FetchFailed as exc:
            return Rejected(locator=url, url=url, reason=exc.reason, detail=exc.detail, step="fetch")
        except (ValueError, UnicodeError, OSError) as exc:  # e.g. an unusable URL in a feed
            return Rejected(locator=url, url=url, reason=reasons.FETCH_ERROR, detail=f"{type(exc).__name__}: {exc}",
                            step="fetch")
        return page_from(fetched, url, link)

    def _drain(self, pages: queue.Queue, report: PassReport) -> Iterator[Page | Rejected]:
        while True:
            item = pages.get()
            if item is _DONE:
                return
            report.fetched += isinstance(item, Page)
            yield item


def page_from(fetched: Fetched, locator: str, link: Link) -> Page | Rejected:
    """A fetched response as a ``Page``: the listing's date and title are fallbacks for extraction."""
    if fetched.content_type not in HTML_TYPES:
        return Rejected(locator=locator, url=fetched.url, reason=reasons.NOT_HTML,
                        detail=f"Content-Type {fetched.content_type}", step="fetch")
    return Page(
        url=fetched.url,
        locator=locator,
        html=fetched.body,
        title=link.title,
        published=link.published,
        fetched_at=fetched.fetched_at,
        charset=fetched.charset,
        extra={"http_status": fetched.status, **({"redirects": list(fetched.redirects)} if fetched.redirects else {})},
    )


RETRYABLE = (reasons.FETCH_ERROR,)
# Not fetched because of the host, not the URL: pending again without counting an attempt.
POSTPONED = (ROBOTS_UNREACHABLE,)


def retryable(rejected: Rejected) -> bool:
    if rejected.reason in RETRYABLE:
        return True
    return rejected.reason == reasons.HTTP_STATUS and rejected.detail.startswith(("HTTP 5", "HTTP 429"))


class _SettlingStore:
    """The store, plus: settle the frontier as soon as a batch is committed (what ``ingest_pages`` writes to)."""

    def __init__(self, store: SQLiteStore, state: CrawlState, max_attempts: int, sources: dict[str, int | None],
                 report: PassReport) -> None:
        self.store = store
        self.state = state
        self.max_attempts = max_attempts
        self.sources = sources
        self.report = report

    def write_batch(self, articles: Sequence[Article], rejected: Sequence[Rejected] = ()) -> list[WriteResult]:
        results = self.store.write_batch(articles, rejected)
        done = [a.locator for a in articles]
        failed = [(r.locator, f"{r.reason}: {r.detail}", retryable(r)) for r in rejected if r.reason not in POSTPONED]
        postponed = [(r.locator, f"{r.reason}: {r.detail}") for r in rejected if r.reason in POSTPONED]
        self.state.settle(done, failed, self.max_attempts, postponed=postponed)
        for locator in done:
            self._summary(locator, "stored")
        for r in rejected:
            self.report.failures[r.reason] += 1
            self._summary(r.locator, "failed")
        return results

    def _summary(self, locator: str, field: str) -> None:
        source_id = self.sources.get(locator)
        summary = self.report.sources.get(source_id) if source_id is not None else None
        if summary is None and source_id is not None:
            summary = self.report.sources[source_id] = SourceSummary(id=source_id, label=str(source_id))
        if summary is not None:
            setattr(summary, field, getattr(summary, field) + 1)


async def _cancel_after(tasks: set[asyncio.Future], grace: float) -> None:
    if tasks:
        _, late = await asyncio.wait(tasks, timeout=grace)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)


def _describe(exc: Exception) -> str:
    if isinstance(exc, FetchFailed):
        return f"{exc.reason}: {exc.detail}"
    return str(exc)


def crawl(store: SQLiteStore, settings: Settings, *, options: PassOptions | None = None, once: bool = False,
          stop: threading.Event | None = None, on_item: Callable[[Article | Rejected], None] | None = None,
          warc_dir: str | None = None, on_pass: Callable[[PassReport], None] | None = None) -> list[PassReport]:
    """One pass over the due sources; unless ``once``, more fetch-only passes while a pass stopped at
    ``max_pages_per_pass`` (URLs that failed wait for the next pass, when their source is due again)."""
    crawler = Crawler(store, settings, stop=stop, on_item=on_item, warc_dir=warc_dir)
    options = options or PassOptions()
    reports = [crawler.run_pass(options)]
    if on_pass:
        on_pass(reports[-1])
    while not once and not crawler.stop.is_set() and reports[-1].limited:
        reports.append(crawler.run_pass(dataclasses.replace(options, discover=False)))
        if on_pass:
            on_pass(reports[-1])
    return reports


__all__ = ["Crawler", "PassOptions", "PassReport", "SourceSummary", "crawl", "page_from", "parse_duration"]
