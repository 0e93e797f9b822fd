"""Crawl throughput: one pass over a 2,000-article site served on 127.0.0.1 by this script.

    .venv/bin/python bench/crawl.py [--articles 2000] [--workers 1]

The site (tests/fixtures/site/server.py: one RSS feed listing every article) runs in a child
process, so the CPU and memory reported are bantin's own: the fetcher (httpx on an event loop in
a thread) and the extract and store steps (in this process with --workers 1, else in worker
processes, whose CPU is not counted here). The politeness interval is 0 for the bench; the
figures the shipped default (crawl.min_interval = 1 s per host) would give are printed beside.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def serve(count: int) -> None:
    from fixtures.site.server import NewsSite, build_big_site

    with NewsSite() as site:
        build_big_site(site, count)
        print(site.base, flush=True)
        sys.stdin.read()  # until the parent closes our stdin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (0: one per core)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return

    from bantin.crawl.runner import crawl
    from bantin.crawl.sources import make_source
    from bantin.crawl.state import CrawlState
    from bantin.settings import Settings
    from bantin.store import SQLiteStore

    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.articles)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        settings = Settings().with_overrides("ingest", workers=args.workers, progress=False).with_overrides(
            "crawl", min_interval=0.0, allowed_networks=("127.0.0.0/8",), concurrency=args.concurrency,
            per_host_concurrency=args.concurrency, max_pages_per_pass=args.articles + 10)
        with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "bench.db") as store:
            CrawlState(store.conn).add_source(make_source(base + "/rss/all.rss"))
            cpu0, wall0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            reports = crawl(store, settings)
            wall = time.perf_counter() - wall0
            cpu1 = resource.getrusage(resource.RUSAGE_SELF)
            stored = store.count()
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    requests = sum(r.requests for r in reports)
    print(f"crawl pass over {args.articles:,} articles on 127.0.0.1 (politeness interval 0, concurrency "
          f"{args.concurrency}, extraction workers {args.workers or 'one per core'})")
    print(f"  stored            {stored:,} articles, {requests:,} requests, {sum(r.fetched for r in reports):,} pages")
    print(f"  wall time         {wall:.1f} s  ->  {stored / wall:.0f} pages/s")
    print(f"  CPU (this proc.)  {cpu:.1f} s  ->  {1000 * cpu / max(1, stored):.1f} ms per page"
          + ("" if args.workers == 1 else "  (extraction workers not counted)"))
    print(f"  peak RSS          {cpu1.ru_maxrss / 1024:.0f} MB")
    print(f"  with the default politeness (1 request/s per host): {args.articles:,} pages from one host take "
          f"{args.articles / 60:.0f} min; bantin's own throughput is reached from ~{stored / wall:.0f} hosts in parallel")


if __name__ == "__main__":
    main()
