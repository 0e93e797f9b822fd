"""Ingest throughput and memory of ``bantin.ingest`` on a large WARC.gz, against plain trafilatura.

What it measures, on ``--pages`` (default 20,000) realistic news pages generated from the VNTC texts
(``../shared/data/vntc/train.jsonl.gz``, see ``_pages.py``) and written to one WARC.gz (generation is
not timed):

- ``bantin.ingest`` into a fresh SQLite store with default settings (workers = all cores): wall time,
  articles/s, pages/s, CPU time of the main process and of its children (the forkserver and the
  workers), peak RSS (``ru_maxrss``) of the main process and of the largest worker;
- memory over time: a background thread samples VmRSS of the main process and of all its descendants
  every 0.5 s, and RSS is read at 25/50/75/100 % of the pages processed. Memory is called flat when RSS
  at 100 % is within 15 % (+ 16 MB) of RSS at 25 %, for the main process and for the workers together;
- the time per step (``report.stats.seconds``, summed over workers) and ``report.as_dict()``;
- a baseline in this process on the same WARC: ``trafilatura.extract(html)`` on one core, no store,
  over the first ``--baseline-pages`` (default 2,000) pages, and the ratios to bantin, overall and per core.

Run:  .venv/bin/python bench/ingest.py [--pages 20000] [--workers N] [--workdir DIR] [--keep] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import _pages

import bantin
from bantin.settings import load_settings

DEFAULT_VNTC = Path(__file__).resolve().parents[2] / "shared/data/vntc/train.jsonl.gz"
SAMPLE_SECONDS = 0.5
MILESTONES = (0.25, 0.5, 0.75, 1.0)
FLAT_TOLERANCE = 0.15  # RSS at 100 % may exceed RSS at 25 % by this share...
FLAT_SLACK_MB = 16.0  # ...plus this much (allocator noise, SQLite page cache warming up)
BUSY_MACHINE_CORES = 0.2  # other processes using more than this while measuring make the numbers suspect
MB = 1024.0  # /proc and ru_maxrss count kB on Linux


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / MB
    except OSError:  # the process has just exited
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    """Children, grandchildren...: forkserver workers are children of the forkserver, not of us."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def memory_now() -> dict[str, float]:
    me = os.getpid()
    kids = [rss_mb(pid) for pid in descendants(me)]
    return {"main_mb": rss_mb(me), "children_mb": sum(kids), "largest_child_mb": max(kids, default=0.0),
            "children": len(kids)}


class Sampler(threading.Thread):
    """Samples memory every SAMPLE_SECONDS, with the number of pages processed so far."""

    def __init__(self, progress: list[int]) -> None:
        super().__init__(daemon=True)
        self.progress, self.samples, self.halt = progress, [], threading.Event()
        self.started = time.perf_counter()

    def run(self) -> None:
        while not self.halt.wait(SAMPLE_SECONDS):
            self.samples.append({"t": round(time.perf_counter() - self.started, 2), "done": self.progress[0],
                                 **{k: round(v, 1) for k, v in memory_now().items()}})


def machine_busy_seconds() -> float:
    """CPU time used by every process on the machine so far (/proc/stat), to see who else was running."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def stop_forkserver() -> None:
    """Workers are reaped by the forkserver, so RUSAGE_CHILDREN only counts them once it is reaped too."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # private, present in CPython 3.8-3.13
    if stop:
        stop()


def run_ingest(warc: Path, db: Path, workers: int | None, pages: int) -> dict:
    settings = load_settings().with_overrides("ingest", workers=workers)
    progress = [0]
    marks = {math.ceil(m * pages): m for m in MILESTONES}
    at: dict[str, dict] = {}

    def on_item(item) -> None:
        progress[0] += 1
        if progress[0] in marks:
            at[f"{marks[progress[0]]:.0%}"] = {"done": progress[0], **memory_now()}

    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    sampler = Sampler(progress)
    self0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0, started = machine_busy_seconds(), time.perf_counter()
    with bantin.open_store(db, settings=settings) as store:
        sampler.start()
        report = bantin.ingest([warc], store, settings=settings, on_item=on_item)
        wall = time.perf_counter() - started
        stored = store.count()
    busy = machine_busy_seconds() - busy0
    sampler.halt.set()
    sampler.join()
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    stop_forkserver()
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = report.as_dict()
    cpu_main, cpu_children = cpu_seconds(self1) - cpu_seconds(self0), cpu_seconds(kids1) - cpu_seconds(kids0)
    return {
        "workers": settings.ingest.worker_count, "batch_size": settings.ingest.batch_size,
        "wall_s": wall, "pages": result["pages"], "articles": result["articles"], "stored_rows": stored,
        "pages_per_s": result["pages"] / wall, "articles_per_s": result["articles"] / wall,
        "cpu_main_s": cpu_main, "cpu_children_s": cpu_children,
        "other_processes_cores": max(0.0, busy - cpu_main - cpu_children) / wall,
        "peak_rss_main_mb": self1.ru_maxrss / MB, "peak_rss_worker_mb": kids1.ru_maxrss / MB,
        "sampled_peak_main_mb": max((s["main_mb"] for s in sampler.samples), default=0.0),
        "sampled_peak_children_mb": max((s["children_mb"] for s in sampler.samples), default=0.0),
        "rss_at": at, "samples": sampler.samples,
        "step_seconds": dict(report.stats.seconds), "report": result,
        "rejected_examples": [f"{r.reason}: {r.locator} {r.detail}" for r in report.rejected[:5]],
    }


def run_baseline(warc: Path, limit: int) -> dict:
    """Plain ``trafilatura.extract(html)`` over the first ``limit`` pages, reading included."""
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    trafilatura.extract("<html><body><p>warm up</p></body></html>")  # imports and lazy set-up, not timed
    pages = extracted = 0
    cpu0, busy0, started = time.process_time(), machine_busy_seconds(), time.perf_counter()
    with warc.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if pages >= limit:
                break
            if record.rec_type == "response":
                pages += 1
                extracted += bool(trafilatura.extract(record.content_stream().read()))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu0
    other = max(0.0, machine_busy_seconds() - busy0 - cpu) / wall
    return {"pages": pages, "extracted": extracted, "wall_s": wall, "cpu_s": cpu, "pages_per_s": pages / wall,
            "other_processes_cores": other}


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {"cpu": model, "cores_total": os.cpu_count(), "cores_usable": len(os.sched_getaffinity(0)),
            "memory_gb": round(mem / MB / MB, 1), "python": platform.python_version(), "os": platform.platform()}


def flat(first: float, last: float) -> bool:
    return last <= first * (1 + FLAT_TOLERANCE) + FLAT_SLACK_MB


def _others(cores: float) -> str:
    warning = "  << the machine was not idle: throughput is understated" if cores > BUSY_MACHINE_CORES else ""
    return f"{cores:.2f} cores on average{warning}"


def print_table(m: dict, gen: dict, ing: dict, base: dict) -> None:
    row = lambda label, value: print(f"  {label:<42} {value}")  # noqa: E731
    print(f"\n== Machine: {m['cores_usable']} usable cores ({m['cores_total']} total), {m['cpu']}, "
          f"{m['memory_gb']} GB RAM, Python {m['python']}, {m['os']}")
    mean = f", mean page {gen['mean_page_kb']:.1f} kB of HTML" if gen["mean_page_kb"] else ""
    print(f"== Input: {gen['pages']:,} pages in one WARC.gz of {gen['warc_mb']:.1f} MB{mean}, "
          f"generated in {gen['seconds']:.1f} s (not timed)")
    w, cores = ing["workers"], m["cores_usable"]
    print(f"\n== bantin.ingest: {w} workers, batches of {ing['batch_size']}, fresh SQLite store")
    row("wall time", f"{ing['wall_s']:.1f} s")
    row("pages in / articles out / rows stored", f"{ing['pages']:,} / {ing['articles']:,} / {ing['stored_rows']:,}")
    row("pages/s  (per worker)", f"{ing['pages_per_s']:.1f}  ({ing['pages_per_s'] / w:.1f})")
    row("articles/s  (per worker)", f"{ing['articles_per_s']:.1f}  ({ing['articles_per_s'] / w:.1f})")
    cpu = ing["cpu_main_s"] + ing["cpu_children_s"]
    row("CPU main / children / total", f"{ing['cpu_main_s']:.1f} / {ing['cpu_children_s']:.1f} / {cpu:.1f} s")
    row("CPU per page  (cores busy on average)", f"{cpu / ing['pages'] * 1000:.1f} ms  ({cpu / ing['wall_s']:.2f} of {cores})")
    row("other processes on the machine meanwhile", _others(ing["other_processes_cores"]))
    row("peak RSS main / largest worker (ru_maxrss)", f"{ing['peak_rss_main_mb']:.0f} / {ing['peak_rss_worker_mb']:.0f} MB")
    row("sampled peak RSS main / all children", f"{ing['sampled_peak_main_mb']:.0f} / {ing['sampled_peak_children_mb']:.0f} MB")
    print("\n== Memory over the run (VmRSS; children = forkserver, resource tracker and workers)")
    print(f"  {len(ing['samples'])} samples every {SAMPLE_SECONDS} s are in --json; RSS when this share of pages was processed:")
    print(f"  {'processed':>10} {'pages':>8} {'main MB':>9} {'children MB':>12} {'largest child':>14} {'processes':>10}")
    for mark, s in ing["rss_at"].items():
        print(f"  {mark:>10} {s['done']:>8,} {s['main_mb']:>9.1f} {s['children_mb']:>12.1f} "
              f"{s['largest_child_mb']:>14.1f} {s['children']:>10}")
    first, last = ing["rss_at"].get("25%"), ing["rss_at"].get("100%")
    if first and last:
        ok = flat(first["main_mb"], last["main_mb"]) and flat(first["children_mb"], last["children_mb"])
        print(f"  verdict: memory is {'FLAT' if ok else 'GROWING'} — 100 % vs 25 %: main "
              f"{last['main_mb'] - first['main_mb']:+.1f} MB, children {last['children_mb'] - first['children_mb']:+.1f} MB "
              f"(allowed: +{FLAT_TOLERANCE:.0%} + {FLAT_SLACK_MB:.0f} MB each)")
    print("\n== Time per step (report.stats.seconds, summed over workers)")
    for step, seconds in sorted(ing["step_seconds"].items()):
        row(step, f"{seconds:.1f} s  ({seconds / ing['pages'] * 1000:.1f} ms/page)")
    print(f"  report.as_dict(): {json.dumps(ing['report'], ensure_ascii=False)}")
    if ing["rejected_examples"]:
        print(f"  every generated page holds an article, so these {ing['pages'] - ing['articles']:,} drops point at"
              " an extraction problem; first ones:")
    for example in ing["rejected_examples"]:
        print(f"    {example}")
    print(f"\n== Baseline: plain trafilatura.extract(html), 1 core, no store, first {base['pages']:,} pages "
          f"of the same WARC (a subset, for time; WARC reading included)")
    row("pages/s  (extracted non-empty)", f"{base['pages_per_s']:.1f}  ({base['extracted']:,} of {base['pages']:,})")
    row("CPU per page", f"{base['cpu_s'] / base['pages'] * 1000:.1f} ms")
    row("other processes on the machine meanwhile", _others(base["other_processes_cores"]))
    row("bantin pages/s ÷ trafilatura pages/s", f"{ing['pages_per_s'] / base['pages_per_s']:.2f}x  ({w} workers vs 1 core)")
    row("per core: bantin pages/s/worker ÷ trafilatura", f"{ing['pages_per_s'] / w / base['pages_per_s']:.2f}x")
    row("CPU per page: bantin ÷ trafilatura", f"{cpu / ing['pages'] / (base['cpu_s'] / base['pages']):.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000, help="pages to generate and ingest (default 20000)")
    parser.add_argument("--workers", type=int, help="worker processes (default: the settings, i.e. all cores)")
    parser.add_argument("--baseline-pages", type=int, default=2_000, help="pages for the trafilatura baseline")
    parser.add_argument("--workdir", type=Path, help="where the WARC and the store go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the WARC and the store (a kept WARC is reused)")
    parser.add_argument("--json", type=Path, help="also save the numbers to this file")
    parser.add_argument("--vntc", type=Path, default=DEFAULT_VNTC, help="the VNTC train.jsonl.gz")
    args = parser.parse_args()
    if not args.vntc.is_file():
        print(f"bench/ingest.py: the VNTC corpus was not found at {args.vntc}\n"
              f"  (looked for ../shared/data/vntc/train.jsonl.gz next to the repo; pass --vntc PATH)", file=sys.stderr)
        return 2

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bantin-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    warc, db = workdir / f"vntc-{args.pages}.warc.gz", workdir / "bench.db"
    started = time.perf_counter()
    html_bytes = None
    if args.keep and warc.exists():
        print(f"Reusing {warc}", file=sys.stderr)
    else:
        print(f"Generating {args.pages:,} pages into {warc}...", file=sys.stderr)
        html_bytes = _pages.write_warc(args.vntc, warc, args.pages)
    gen = {"pages": args.pages, "warc": str(warc), "warc_mb": warc.stat().st_size / MB / MB,
           "seconds": time.perf_counter() - started, "mean_page_kb": html_bytes / args.pages / 1000 if html_bytes else None}
    try:
        print("Ingesting...", file=sys.stderr)
        ing = run_ingest(warc, db, args.workers, args.pages)
        print(f"Baseline on {args.baseline_pages:,} pages...", file=sys.stderr)
        base = run_baseline(warc, args.baseline_pages)
    finally:
        if not args.keep:
            for path in (warc, db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                path.unlink(missing_ok=True)
            if not args.workdir:
                shutil.rmtree(workdir, ignore_errors=True)
    info = machine()
    print_table(info, gen, ing, base)
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "input": gen, "ingest": ing, "baseline": base},
                                        ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
