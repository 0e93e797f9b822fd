"""A step is a generator with one hook.

The base class owns the loop, the timing, the counters and the error handling; a subclass
implements one method: ``apply(item) -> item`` (``MapStep``) or ``reason_to_drop(item) ->
str | None`` (``FilterStep``). Steps are picklable configuration: anything heavy is loaded lazily
on first use, so the local runner and other runners can ship the very same objects to workers.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from bantin import reasons
from bantin.pipeline.stats import Stats
from bantin.types import Rejected


class Drop(Exception):
    """Raised by a step to drop the current item with a reason (a ``bantin.reasons`` label)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Step:
    name: ClassVar[str] = "step"

    def process(self, item: Any) -> Any:
        raise NotImplementedError

    def run(self, items: Iterable[Any], stats: Stats) -> Iterator[Any]:
        for item in items:
            if isinstance(item, Rejected):
                yield item
                continue
            start = time.process_time()  # CPU time: wall time overstates the work on a busy machine
            try:
                result = self.process(item)
            except Drop as drop:
                result = self._reject(item, drop.reason, drop.detail)
            except Exception as exc:  # noqa: BLE001 - a bug in a step must not lose the rest of the batch
                result = self._reject(item, reasons.STEP_ERROR, f"{type(exc).__name__}: {exc}")
            stats.time(self.name, time.process_time() - start)
            if isinstance(result, Rejected):
                stats.drop(result.reason)
            if result is not None:
                yield result

    def _reject(self, item: Any, reason: str, detail: str) -> Rejected:
        return Rejected(
            locator=getattr(item, "locator", "") or "",
            url=getattr(item, "url", None),
            reason=reason,
            detail=detail,
            step=self.name,
        )


class MapStep(Step):
    """Turns one item into another (``dataclasses.replace``), or raises ``Drop``."""

    def apply(self, item: Any) -> Any:
        raise NotImplementedError

    def process(self, item: Any) -> Any:
        return self.apply(item)


class FilterStep(Step):
    """Keeps an item unless ``reason_to_drop`` names a reason."""

    def reason_to_drop(self, item: Any) -> str | None:
        raise NotImplementedError

    def process(self, item: Any) -> Any:
        reason = self.reason_to_drop(item)
        if reason:
            raise Drop(reason)
        return item
