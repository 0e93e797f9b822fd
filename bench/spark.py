"""Throughput of ``bantin spark run`` in local mode with 1 and 2 workers, its fixed start-up cost,
and from those an estimate of the cluster for 100 million pages a day.

On ``--pages`` (default 20,000) realistic news pages generated from the VNTC texts
(``../shared/data/vntc/train.jsonl.gz``, see ``_pages.py``), cut into ``--files`` WARC.gz files
(default 16, so that both workers have shards to take; generation is not timed):

- the fixed cost: a run over a one-page WARC (Spark start-up, one task, the cross-document stages);
- ``local[1]`` and ``local[2]``, each into a fresh output directory: wall time, pages/s, the time of the
  per-page part (tasks) and of the cross-document stages, the speed-up;
- ``bantin import`` of the ``local[2]`` output into a fresh store (articles/s; stories run there);
- a baseline in this process on the same files: ``bantin.ingest`` with 2 worker processes into a fresh
  SQLite store (the same steps, plus the store and the embedded connect stages), and the ratio;
- how busy the rest of the machine was (/proc/stat), since wall times on a shared 2-core machine
  are only as good as the machine was idle.

Run:  .venv/bin/python bench/spark.py [--pages 20000] [--files 16] [--workdir DIR] [--no-baseline] [--json FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import _pages

from bantin.settings import load_settings

DEFAULT_VNTC = Path(__file__).resolve().parents[2] / "shared/data/vntc/train.jsonl.gz"
PAGES_PER_DAY_TARGET = 100_000_000
SECONDS_PER_DAY = 86_400


def machine_cpu_seconds() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def write_warcs(vntc: Path, workdir: Path, pages: int, files: int) -> list[Path]:
    """``files`` WARC.gz files of ``pages`` pages in all (reused when already there)."""
    target = workdir / f"warc-{pages}-{files}"
    done = target / "_complete"
    paths = [target / f"part-{i:03d}.warc.gz" for i in range(files)]
    if done.exists():
        return paths
    target.mkdir(parents=True, exist_ok=True)
    generated = _pages.generate_pages(vntc, pages)
    per_file = -(-pages // files)
    for path in paths:
        _pages.write_records(path, itertools.islice(generated, per_file))
    done.touch()
    return paths


def spark_run(files: list[Path], out: Path, workers: int) -> dict:
    from bantin.spark import runner

    shutil.rmtree(out, ignore_errors=True)
    busy = machine_cpu_seconds()
    started = time.perf_counter()
    report = runner.run([str(f) for f in files], str(out), settings=load_settings(), master=f"local[{workers}]")
    wall = time.perf_counter() - started
    data = report.as_dict()
    tasks = wall - data["startup_seconds"] - data["cross_document_seconds"]
    return {
        "workers": workers, "pages": data["pages"], "articles": data["articles"], "wall_seconds": round(wall, 2),
        "startup_seconds": data["startup_seconds"], "task_seconds": round(tasks, 2),
        "cross_document_seconds": data["cross_document_seconds"], "pages_per_second": round(data["pages"] / wall, 1),
        "task_pages_per_second": round(data["pages"] / tasks, 1), "step_cpu_seconds": data["step_seconds"],
        "task_cpu_seconds": data["task_cpu_seconds"],
        "task_cpu_ms_per_page": round(1000 * data["task_cpu_seconds"] / max(1, data["pages"]), 2),
        "outputs": data["outputs"], "machine_busy_cores": round((machine_cpu_seconds() - busy) / wall, 2),
    }


def import_into_store(out: Path, db: Path) -> dict:
    """``bantin import`` of a run's output into a fresh store (stories and alerts run there)."""
    import bantin
    from bantin.spark.importer import import_run

    settings = load_settings()
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    with bantin.open_store(db, settings=settings) as store:
        report = import_run(out, store, settings=settings)
    wall = time.perf_counter() - started
    stored = report.stats.store_counts()
    return {"articles": stored.get("new", 0), "wall_seconds": round(wall, 2),
            "articles_per_second": round(stored.get("new", 0) / wall, 1), "connect": report.connect}


def baseline(files: list[Path], db: Path) -> dict:
    import bantin

    settings = load_settings().with_overrides("ingest", workers=2)
    db.unlink(missing_ok=True)
    busy = machine_cpu_seconds()
    started = time.perf_counter()
    with bantin.open_store(db, settings=settings) as store:
        report = bantin.ingest([str(f) for f in files], store, settings=settings)
    wall = time.perf_counter() - started
    data = report.as_dict()
    return {"workers": 2, "pages": data["pages"], "articles": data["articles"], "wall_seconds": round(wall, 2),
            "pages_per_second": round(data["pages"] / wall, 1),
            "machine_busy_cores": round((machine_cpu_seconds() - busy) / wall, 2)}


def estimate(one: dict, two: dict) -> dict:
    """Cores for 100M pages a day, from the tasks' CPU time per page (robust to a busy machine)
    and the measured scaling."""
    core_seconds_per_page = one["task_cpu_seconds"] / one["pages"]
    efficiency = min(1.0, (one["task_seconds"] / two["task_seconds"]) / 2)
    needed_rate = PAGES_PER_DAY_TARGET / SECONDS_PER_DAY
    cores = needed_rate * core_seconds_per_page / efficiency
    cross_per_page = two["cross_document_seconds"] / two["pages"] * 2  # core-seconds on 2 cores
    return {
        "core_seconds_per_page": round(core_seconds_per_page, 5),
        "parallel_efficiency_at_2": round(efficiency, 2),
        "pages_per_second_needed": round(needed_rate),
        "cores_for_per_page_work": round(cores),
        "cross_document_core_seconds_per_page_at_this_size": round(cross_per_page, 5),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--vntc", type=Path, default=DEFAULT_VNTC)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not args.vntc.exists():
        print(f"bench/spark.py: the VNTC data is absent ({args.vntc}); nothing measured.", file=sys.stderr)
        return 2
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bantin-bench-spark-"))
    print(f"generating {args.pages:,} pages in {args.files} WARC.gz files under {workdir} (not timed)...", flush=True)
    files = write_warcs(args.vntc, workdir, args.pages, args.files)
    tiny = write_warcs(args.vntc, workdir, 1, 1)
    results: dict = {"pages": args.pages, "files": args.files, "cpus": os.cpu_count()}
    fixed = spark_run(tiny, workdir / "out-fixed", 1)
    results["fixed_cost"] = {k: fixed[k] for k in ("wall_seconds", "startup_seconds", "task_seconds",
                                                   "cross_document_seconds")}
    print("fixed cost (1 page):", json.dumps(results["fixed_cost"]), flush=True)
    for workers in (1, 2):
        results[f"local_{workers}"] = spark_run(files, workdir / f"out-{workers}", workers)
        print(f"local[{workers}]:", json.dumps(results[f"local_{workers}"], ensure_ascii=False), flush=True)
    results["import"] = import_into_store(workdir / "out-2", workdir / "imported.db")
    print("bantin import:", json.dumps(results["import"]), flush=True)
    one, two = results["local_1"], results["local_2"]
    results["speed_up"] = round(one["wall_seconds"] / two["wall_seconds"], 2)
    results["task_speed_up"] = round(one["task_seconds"] / two["task_seconds"], 2)
    results["estimate"] = estimate(one, two)
    if not args.no_baseline:
        results["baseline_ingest"] = baseline(files, workdir / "baseline.db")
        results["spark2_over_ingest2"] = round(results["baseline_ingest"]["wall_seconds"] / two["wall_seconds"], 2)
        print("bantin ingest, 2 workers:", json.dumps(results["baseline_ingest"]), flush=True)
    print(json.dumps({k: results[k] for k in ("speed_up", "task_speed_up", "estimate")}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
