"""Keep crawling: a pass whenever a source is due, until SIGINT or SIGTERM.

Everything lives in the store (sources, when each is next due, the frontier), so a watch that
is stopped or killed resumes where it was. A signal stops the loop cleanly: no new request
starts, pages already fetched are stored, and the process exits. A second signal interrupts
at once (each store batch is one transaction, so even then nothing is half-written).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta

from bantin.crawl.runner import Crawler, PassOptions, PassReport
from bantin.crawl.state import utc_now

# The loop never sleeps less than this between passes (a source due "now" after a failed pass
# must not spin), nor, waiting for a stop, longer than the interval between two checks.
MIN_SLEEP_SECONDS = 1.0


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[threading.Event]:
    """SIGINT and SIGTERM set ``stop``; a second one raises KeyboardInterrupt. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum, _frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(crawler: Crawler, *, every: timedelta, options: PassOptions | None = None,
          on_pass: Callable[[PassReport], None] | None = None, max_passes: int | None = None) -> int:
    """Runs passes until ``crawler.stop`` is set (or ``max_passes``); returns how many ran."""
    options = options or PassOptions()
    passes = 0
    while not crawler.stop.is_set():
        report = crawler.run_pass(options)
        passes += 1
        if on_pass:
            on_pass(report)
        if max_passes is not None and passes >= max_passes:
            break
        if report.limited:
            continue  # more URLs are waiting: fetch them now
        due = crawler.state.next_due()
        wait = every.total_seconds() if due is None else (due - utc_now()).total_seconds()
        crawler.stop.wait(min(max(wait, MIN_SLEEP_SECONDS), every.total_seconds()))
    return passes
