"""Latency of ``bantin serve`` under load: 50 concurrent clients on loopback hitting search and
trends on a 100,000-article store.

- The store is built once (``--workdir``, default bench/out/serve) by writing synthetic articles
  directly with ``store.write_batch``: texts from VNTC (``../shared/data/vntc/train.jsonl.gz``),
  cycled with a varying prefix so that each article is distinct, spread over two years and 20
  sources, each with a topic, 1-4 entities from a pool of 300 and a province (so that facets,
  entity and province pages have data to count). Building is not timed.
- A store built by an older bantin is upgraded first (its missing migrations applied, e.g. 005's
  article_facts), as any writing command would.
- The server is ``bantin serve`` in its own process on 127.0.0.1, with ``--workers`` processes
  (default 1) and ``--cache-seconds`` (default: the shipped 60; 0 measures every request
  computed afresh, as distinct queries from many users would be).
- ``--clients`` (50) asyncio clients send ``--requests`` (default 3,000) requests in all, alternating
  ``/api/search?q=...&facets=true`` and ``/api/trends?q=...&compare=...`` over a fixed list of
  queries (common and rare words, phrases, OR, exclusions). Reported: requests/s, p50/p95/p99
  latency per endpoint, errors (any non-200 or transport error; must be 0), and the server's CPU
  time per request (its processes' user + system time over the load, from /proc): unlike the
  latencies, it does not grow when other processes hold the cores.
- Then each dashboard page is fetched 5 times, alone, and its median time printed.
- The machine is shared: the load average before and after, and the other processes using the
  CPU when the load starts, are printed with the figures.

Run:  .venv/bin/python bench/serve.py [--articles 100000] [--clients 50] [--requests 3000] [--workers 2]
                                      [--cache-seconds 0] [--workdir DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_VNTC = ROOT.parent / "shared/data/vntc/train.jsonl.gz"
VN = ZoneInfo("Asia/Ho_Chi_Minh")
QUERIES = ["quân sự", "kinh te", "bóng đá", '"Hà Nội"', "bão OR lũ", "giáo dục -\"đại học\"", "title:công an",
           "thị trường chứng khoán", "ung thư", "xuất khẩu gạo", "Việt Nam", "tai nạn giao thông"]
TOPICS = ["Chính trị Xã hội", "Đời sống", "Khoa học", "Kinh doanh", "Pháp luật", "Sức khỏe", "Thế giới", "Thể thao",
          "Văn hóa", "Vi tính"]
PROVINCES = [("Hà Nội", "Hà Nội"), ("Quảng Trị", "Quảng Trị"), ("Quảng Bình", "Quảng Trị"), ("Nghệ An", "Nghệ An"),
             ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"), ("Bình Dương", "Thành phố Hồ Chí Minh"),
             ("Đà Nẵng", "Đà Nẵng"), ("Quảng Nam", "Đà Nẵng"), ("Hải Phòng", "Hải Phòng"), ("Cần Thơ", "Cần Thơ")]


def build_store(path: Path, articles: int, vntc: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from bantin.store.sqlite import SQLiteStore
    from bantin.types import Article, Entity, ProvinceMention

    if not vntc.exists():
        sys.exit(f"bench/serve.py needs the VNTC texts at {vntc} (../shared/data); they are not copied here")
    texts = []
    with gzip.open(vntc, "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"].strip())
    rng = random.Random(7)
    names = [f"Nguyễn Văn {chr(65 + i % 26)}{i}" for i in range(150)] + [f"Công ty Cổ phần {i} Sài Gòn" for i in range(150)]
    start = datetime(2023, 1, 1, 6, 0, tzinfo=VN)
    started = time.perf_counter()
    with SQLiteStore(path) as store:
        batch = []
        for n in range(articles):
            text = texts[n % len(texts)]
            title = f"{text[:80].rsplit(' ', 1)[0]} ({n})"
            picked = rng.sample(names, rng.randint(1, 4))
            entities = tuple(Entity(text=e, type="PER" if e.startswith("Nguyễn") else "ORG", start=0, end=len(e), canonical=e)
                             for e in picked)
            old, new = rng.choice(PROVINCES)
            batch.append(Article(
                url=f"https://bao{n % 20}.example.vn/bai-{n}.html", source=f"bao{n % 20}.example.vn", title=title,
                text=f"Bài số {n}. {text}", published=start + timedelta(minutes=n * 10.5), extractor="bench",
                topic=TOPICS[n % len(TOPICS)], entities=entities,
                provinces=(ProvinceMention(name=old, name_2025=new, weight=1.0),)))
            if len(batch) == 1_000:
                store.write_batch(batch)
                batch.clear()
                print(f"\r  {n + 1:,} articles written ({time.perf_counter() - started:.0f} s)", end="", file=sys.stderr)
        store.write_batch(batch)
        store.conn.execute("PRAGMA optimize")
    print(f"\n  store built: {articles:,} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def upgrade_store(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from bantin.store.sqlite import SQLiteStore

    started = time.perf_counter()
    SQLiteStore(path).close()  # applies the migrations the store lacks
    print(f"  store schema up to date ({time.perf_counter() - started:.1f} s)", file=sys.stderr)


def start_server(db: Path, port: int, workers: int, cache_seconds: float | None) -> subprocess.Popen:
    env = dict(os.environ)
    if cache_seconds is not None:
        env["BANTIN_WEB_CACHE_SECONDS"] = str(cache_seconds)
    return subprocess.Popen([sys.executable, "-m", "bantin", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)], env=env)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its live descendants (/proc): the
    server's own work, whatever else the shared machine is running."""
    parents, used = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            used[int(entry.name)] = int(fields[11]) + int(fields[12])  # utime, stime
    tree, grew = {pid}, True
    while grew:
        found = {p for p, parent in parents.items() if parent in tree} - tree
        grew = bool(found)
        tree |= found
    return sum(used.get(p, 0) for p in tree) / os.sysconf("SC_CLK_TCK")


def machine_load() -> dict:
    """The load average and the processes other than this benchmark's using the CPU right now."""
    mine = {os.getpid()}
    others = subprocess.run(["ps", "-eo", "pid,ppid,pcpu,etime,args", "--sort=-pcpu"], capture_output=True, text=True).stdout
    busy = []
    for line in others.splitlines()[1:]:
        pid, ppid, cpu, _, args = line.split(None, 4)
        if float(cpu) >= 5 and int(pid) not in mine and int(ppid) not in mine and "bantin serve" not in args:
            busy.append(f"{cpu}% {args[:100]}")
    return {"loadavg": os.getloadavg(), "cpus": os.cpu_count(), "other_processes": busy[:8]}


async def wait_ready(client, url: str) -> None:
    for _ in range(200):
        try:
            if (await client.get(url + "/openapi.json")).status_code == 200:
                return
        except Exception:  # noqa: BLE001 - not listening yet
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the server did not start")


async def load(url: str, clients: int, requests: int, server_pid: int) -> dict:
    import httpx

    plan = []
    for i in range(requests):
        q = QUERIES[i % len(QUERIES)]
        if i % 2 == 0:
            plan.append(("search", "/api/search", {"q": q, "facets": "true", "limit": 20}))
        else:
            other = QUERIES[(i * 7 + 3) % len(QUERIES)]
            plan.append(("trends", "/api/trends", {"q": q, "compare": other}))
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    timings: dict[str, list[float]] = {"search": [], "trends": []}
    errors: list[str] = []
    # A pooled connection is dropped after 2 s idle, before uvicorn's 5 s keep-alive closes it: reusing
    # one just as the server closes it fails with ReadError, a race of the client, not the server.
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        await wait_ready(client, url)
        for name, path, params in plan[: len(QUERIES) * 2]:  # warm the caches of SQLite and the OS once
            await client.get(path, params=params)

        async def worker() -> None:
            while not queue.empty():
                name, path, params = queue.get_nowait()
                began = time.perf_counter()
                try:
                    response = await client.get(path, params=params)
                    if response.status_code != 200:
                        errors.append(f"{path} {params}: HTTP {response.status_code}")
                except Exception as exc:  # noqa: BLE001 - every failure counts
                    errors.append(f"{path} {params}: {exc!r}")
                timings[name].append(time.perf_counter() - began)

        began, cpu_before = time.perf_counter(), cpu_seconds(server_pid)
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed, server_cpu = time.perf_counter() - began, cpu_seconds(server_pid) - cpu_before
        pages = {}
        for page in ("/", "/search?q=qu%C3%A2n+s%E1%BB%B1", "/trends?q=b%C3%A3o%0Aqu%C3%A2n+s%E1%BB%B1", "/entities?type=PER",
                     "/provinces", "/sources", "/stories", "/alerts", "/article/500"):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                response = await client.get(page)
                times.append(time.perf_counter() - t0)
                if response.status_code != 200:
                    errors.append(f"{page}: HTTP {response.status_code}")
            pages[page] = round(statistics.median(times) * 1000, 1)

    def summary(values: list[float]) -> dict:
        ordered = sorted(values)
        pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)  # noqa: E731
        return {"requests": len(values), "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99),
                "max_ms": round(max(values) * 1000, 1)}

    return {"clients": clients, "requests": requests, "seconds": round(elapsed, 2),
            "requests_per_second": round(requests / elapsed, 1),
            "server_cpu_ms_per_request": round(server_cpu * 1000 / requests, 1), "search": summary(timings["search"]),
            "trends": summary(timings["trends"]), "all": summary(timings["search"] + timings["trends"]),
            "errors": len(errors), "error_examples": errors[:5], "pages_median_ms": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench/out/serve")
    parser.add_argument("--vntc", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1, help="bantin serve --workers")
    parser.add_argument("--cache-seconds", type=float, help="[web] cache_seconds of the server (0: no cache)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    db = args.workdir / f"serve-{args.articles}.db"
    if not db.exists():
        print(f"building {db} ...", file=sys.stderr)
        build_store(db.with_suffix(".tmp"), args.articles, args.vntc)
        db.with_suffix(".tmp").rename(db)
    upgrade_store(db)
    import socket

    port = args.port
    if not port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    server = start_server(db, port, args.workers, args.cache_seconds)
    before = machine_load()
    try:
        result = asyncio.run(load(f"http://127.0.0.1:{port}", args.clients, args.requests, server.pid))
    finally:
        server.terminate()
        server.wait(timeout=20)
    result.update(articles=args.articles, workers=args.workers, cache_seconds=args.cache_seconds,
                  machine_before=before, loadavg_after=os.getloadavg())
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    if result["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
