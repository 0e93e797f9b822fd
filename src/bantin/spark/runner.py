"""The Spark runner: the local pipeline's steps in Spark tasks, then the cross-document stages.

Only this module (and ``stages.py``) knows about Spark. The driver expands the inputs into
shards (``inputs.plan``), skips the shards whose ``_done`` marker exists, and hands the rest to
tasks (``mapPartitions``) that run ``shard.run_shard`` with the very step objects a local ingest uses
(``bantin.api.default_steps``, pickled once per task). Each task returns its ``Stats``; the
driver adds them up with those of the shards finished in earlier runs, so the report reads like
a local run's.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from bantin.pipeline.stats import Stats
from bantin.settings import Settings
from bantin.spark import inputs, shard, stages
from bantin.spark.files import filesystem, read_text

# Spark's Python workers run this interpreter (the one with bantin installed) unless the
# environment says otherwise (PYSPARK_PYTHON, as with a packed environment on a cluster).
DEFAULT_MASTER = "local[*]"
# Shuffle partitions of the cross-document stages unless --partitions says otherwise: with Spark's
# 200, the demo corpus's stages took 70 s in local[2] mode on a busy machine, with 16 46 s;
# a cluster run should pass --partitions (adaptive execution, on by default, coalesces the rest).
DEFAULT_SHUFFLE_PARTITIONS = 16


@dataclasses.dataclass(slots=True)
class SparkReport:
    stats: Stats
    shards: int  # in the manifest
    processed: int  # by this run
    skipped: int  # finished by an earlier run
    outputs: dict[str, int]  # rows per cross-document output
    seconds: float = 0.0
    startup_seconds: float = 0.0  # starting the Spark session
    cross_document_seconds: float = 0.0  # the cross-document stages
    task_cpu_seconds: float = 0.0  # CPU time of the tasks (reading, steps, signatures, Parquet), all shards

    def as_dict(self) -> dict[str, Any]:
        from bantin.pipeline.stats import ARTICLES_OUT, PAGES_IN

        return {
            "pages": self.stats.counts[PAGES_IN], "articles": self.stats.counts[ARTICLES_OUT],
            "dropped": self.stats.drops, "shards": self.shards, "processed": self.processed, "skipped": self.skipped,
            "outputs": self.outputs, "seconds": round(self.seconds, 3), "startup_seconds": round(self.startup_seconds, 3),
            "cross_document_seconds": round(self.cross_document_seconds, 3),
            "task_cpu_seconds": round(self.task_cpu_seconds, 3),
            "step_seconds": {k: round(v, 3) for k, v in sorted(self.stats.seconds.items())},
        }


def session(master: str | None = None, *, partitions: int | None = None, app: str = "bantin"):
    """A Spark session: ``master`` if given, else the one spark-submit set, else local[*]."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a local run talks to itself over loopback only
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):  # spark-submit sets it; a plain `bantin spark run` not
        builder = builder.master(DEFAULT_MASTER)
    builder = builder.config("spark.sql.shuffle.partitions", str(partitions or DEFAULT_SHUFFLE_PARTITIONS))
    builder = (builder.config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.python.worker.reuse", "true"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextlib.contextmanager
def _progress(context, report: Callable[[int, int], None] | None, every: float = 1.0):
    """Calls ``report(finished tasks, tasks)`` while a job runs (from Spark's status tracker)."""
    if report is None:
        yield
        return
    stop = threading.Event()

    def poll() -> None:
        tracker = context.statusTracker()
        while not stop.wait(every):
            infos = [tracker.getStageInfo(i) for i in tracker.getActiveStageIds()]
            infos = [i for i in infos if i is not None]
            if infos:
                report(sum(i.numCompletedTasks for i in infos), sum(i.numTasks for i in infos))

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run(
    paths: Sequence[str],
    out: str,
    *,
    settings: Settings,
    master: str | None = None,
    partitions: int | None = None,
    cross_document: bool = True,
    on_progress: Callable[[int, int], None] | None = None,
) -> SparkReport:
    """Processes every input not yet finished into ``out``, then (``cross_document``) rewrites the
    cross-document outputs over all of ``out``'s articles."""
    from bantin.api import default_steps

    started = time.perf_counter()
    filesystem(out)[0].create_dir(filesystem(out)[1], recursive=True)
    shards = inputs.plan(list(paths), inputs.load_manifest(out))
    inputs.save_manifest(out, shards)
    done = shard.finished(out)
    todo = [s for s in shards if s.id not in done]
    spark = session(master, partitions=partitions)
    startup = time.perf_counter() - started
    try:
        steps = default_steps(settings)
        max_bytes = settings.ingest.max_page_bytes
        stats = Stats()
        task_cpu = 0.0
        for shard_id in sorted(done & {s.id for s in shards}):
            data = json.loads(read_text(out, shard.done_name(shard_id)) or "{}")
            stats += shard.stats_from(data)
            task_cpu += data.get("task_cpu_seconds", 0.0)
        if todo:
            context = spark.sparkContext
            slices = partitions or min(len(todo), max(1, context.defaultParallelism) * 4)
            # one shard per task when there are few, so that the tasks spread over the cores
            slices = max(slices, min(len(todo), context.defaultParallelism))
            rdd = context.parallelize(todo, slices)
            work = rdd.mapPartitions(lambda part: [shard.run_shard(s, steps, out, max_bytes) for s in part])
            with _progress(context, on_progress):
                results = work.collect()
            for data in results:
                stats += shard.stats_from(data)
                task_cpu += data.get("task_cpu_seconds", 0.0)
        began = time.perf_counter()
        outputs = stages.run_all(spark, filesystem(out)[1] if not inputs.is_remote(out) else out) if cross_document else {}
        cross_seconds = time.perf_counter() - began
    finally:
        spark.stop()
    return SparkReport(stats=stats, shards=len(shards), processed=len(todo), skipped=len(shards) - len(todo),
                       outputs=outputs, seconds=time.perf_counter() - started, startup_seconds=startup,
                       cross_document_seconds=cross_seconds, task_cpu_seconds=task_cpu)
