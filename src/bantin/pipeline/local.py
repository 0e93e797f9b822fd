"""The local runner: chains the steps over an input stream, in this process or in a worker pool.

Memory stays flat however long the input is: pages are read lazily and at most
``IN_FLIGHT_PER_WORKER * workers`` batches are in flight at any time (``Pool.imap`` would read
the whole input ahead).
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from bantin.pipeline.stats import Stats
from bantin.pipeline.step import Step

# Two batches per worker keeps every worker busy while the main process writes results,
# without reading far ahead of the store.
IN_FLIGHT_PER_WORKER = 2

_worker_steps: Sequence[Step] = ()  # set once per worker process by _init_worker


def chain(steps: Sequence[Step], items: Iterable[Any], stats: Stats) -> Iterator[Any]:
    for step in steps:
        items = step.run(items, stats)
    yield from items


def _init_worker(steps: Sequence[Step]) -> None:
    global _worker_steps
    _worker_steps = steps


def _run_batch(batch: list[Any]) -> tuple[list[Any], Stats]:
    stats = Stats()
    return list(chain(_worker_steps, batch, stats)), stats


class LocalRunner:
    """Runs ``steps`` over items; ``workers > 1`` spreads batches over processes."""

    def __init__(self, steps: Sequence[Step], *, workers: int = 1, batch_size: int = 64) -> None:
        self.steps = list(steps)
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)

    def run(self, items: Iterable[Any], stats: Stats) -> Iterator[Any]:
        if self.workers == 1:
            yield from chain(self.steps, items, stats)
            return
        yield from self._run_pool(iter(items), stats)

    def _run_pool(self, items: Iterator[Any], stats: Stats) -> Iterator[Any]:
        context = multiprocessing.get_context("forkserver")
        # workers fork from a server that has imported the steps' modules once (shared pages, fast start)
        context.set_forkserver_preload(sorted({type(step).__module__ for step in self.steps}))
        with cf.ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(self.steps,)
        ) as pool:
            pending: collections.deque[cf.Future] = collections.deque()
            limit = IN_FLIGHT_PER_WORKER * self.workers
            exhausted = False
            while pending or not exhausted:
                while not exhausted and len(pending) < limit:
                    batch = list(islice(items, self.batch_size))
                    if batch:
                        pending.append(pool.submit(_run_batch, batch))
                    else:
                        exhausted = True
                if pending:
                    results, batch_stats = pending.popleft().result()
                    stats += batch_stats
                    yield from results
