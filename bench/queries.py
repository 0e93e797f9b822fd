"""CPU milliseconds per uncached answer of the dashboard and API, in-process, on bench/serve.py's
store: one search page (ranking + snippets), its total, its facets, the trends of the query
compared with another, and the store-wide views (provinces, sources, stats).

CPU time (``time.process_time``) rather than wall time: the machine is shared, and CPU time
does not count the time other processes held the cores. Each answer is computed ``--repeat``
times on one read-only connection opened as ``bantin serve`` opens it (after one untimed warm-up
run, which fills the OS page cache), and the median is printed.

Run:  .venv/bin/python bench/queries.py [--db /tmp/bench-serve/serve-100000.db] [--repeat 3] [--json FILE]
                                       [--top FILE]   (writes each query's top-20 ids, to compare versions)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from serve import QUERIES  # noqa: E402  the load test's queries, broad and narrow

from bantin.web import cached, queries  # noqa: E402
from bantin.web.queries import Selection  # noqa: E402
from bantin.web.state import Cache, Stores  # noqa: E402

# Added to serve.py's: a rare word, a rare phrase, a query of title words only.
EXTRA_QUERIES = ["sạt lở", '"cháy rừng"', "title:bóng đá"]


def cpu_ms(compute, repeat: int) -> float:
    compute()  # warm-up: the OS page cache, SQLite's schema
    times = []
    for _ in range(repeat):
        began = time.process_time()
        compute()
        times.append(time.process_time() - began)
    return round(statistics.median(times) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-serve/serve-100000.db"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--top", type=Path, help="write each query's first 20 hits (ids) to this JSON file")
    args = parser.parse_args()
    store = Stores(str(args.db)).get()
    nocache = Cache(seconds=0)
    rows, tops = {}, {}
    all_queries = QUERIES + EXTRA_QUERIES
    for i, q in enumerate(all_queries):
        sel = Selection(query=q)
        other = all_queries[(i * 7 + 3) % len(all_queries)]
        interval = queries.interval_for(sel, *queries.store_range(store.conn))
        rows[q] = {
            "matches": queries.count(store.conn, sel),
            "search_ms": cpu_ms(lambda sel=sel: cached.search_hits(nocache, store, sel, 20, 0), args.repeat),
            "count_ms": cpu_ms(lambda sel=sel: cached.count(nocache, store, sel), args.repeat),
            "facets_ms": cpu_ms(lambda sel=sel: cached.facets(nocache, store, sel), args.repeat),
            "trends_ms": cpu_ms(lambda pair=(q, other), interval=interval:
                                cached.trends(nocache, store, list(pair), Selection(), interval), args.repeat),
        }
        tops[q] = [h.id for h in cached.search_hits(nocache, store, sel, 20, 0)]
        print(f"{q:28s} {json.dumps(rows[q])}", flush=True)
    views = {
        "provinces_ms": cpu_ms(lambda: queries.provinces(store.conn, Selection()), args.repeat),
        "sources_ms": cpu_ms(lambda: queries.sources(store.conn, Selection()), args.repeat),
        "stats_ms": cpu_ms(store.stats, args.repeat),
    }
    print(json.dumps(views))
    keys = ("search_ms", "count_ms", "facets_ms", "trends_ms")
    totals = {k: round(sum(r[k] for r in rows.values()), 1) for k in keys}
    print("sum over queries:", json.dumps(totals))
    if args.json:
        args.json.write_text(json.dumps({"queries": rows, "views": views, "sums": totals}, ensure_ascii=False, indent=2))
    if args.top:
        args.top.write_text(json.dumps(tops, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
