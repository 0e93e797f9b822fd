"""Named counters that add up across batches, workers and shards."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Self

from bantin.types import Rejected

# Counter labels. Drop reasons live in ``bantin.reasons`` and are counted under DROPPED + reason.
PAGES_IN = "pages_in"
ARTICLES_OUT = "articles_out"
DROPPED = "dropped/"
STORE = "store/"  # + "new" | "revised" | "unchanged"
FILES = "files"
SKIPPED_FILES = "skipped_files"  # files in a directory tree that are not pages (images, sidecars...)
SKIPPED_RECORDS = "skipped_records"  # WARC records that are not HTML responses
WARNING = "warning/"  # + a label below: something ignored in an item that was kept all the same
INVALID_PUBLISHED = WARNING + "invalid_published"  # a provided date that is no date (2023-02-30): stored undated


@dataclasses.dataclass(slots=True)
class Stats:
    counts: Counter[str] = dataclasses.field(default_factory=Counter)
    seconds: Counter[str] = dataclasses.field(default_factory=Counter)  # CPU seconds spent per step name

    def add(self, label: str, n: int = 1) -> None:
        self.counts[label] += n

    def drop(self, reason: str) -> None:
        self.counts[DROPPED + reason] += 1

    def time(self, step: str, seconds: float) -> None:
        self.seconds[step] += seconds

    def __add__(self, other: Stats) -> Stats:
        return Stats(self.counts + other.counts, self.seconds + other.seconds)

    def __iadd__(self, other: Stats) -> Self:
        self.counts.update(other.counts)
        self.seconds.update(other.seconds)
        return self

    @property
    def drops(self) -> dict[str, int]:
        return {k.removeprefix(DROPPED): v for k, v in sorted(self.counts.items()) if k.startswith(DROPPED)}

    @property
    def dropped(self) -> int:
        return sum(self.drops.values())

    @property
    def warnings(self) -> dict[str, int]:
        return {k.removeprefix(WARNING): v for k, v in sorted(self.counts.items()) if k.startswith(WARNING)}

    def store_counts(self) -> dict[str, int]:
        return {k.removeprefix(STORE): v for k, v in sorted(self.counts.items()) if k.startswith(STORE)}

    def as_dict(self) -> dict[str, object]:
        return {
            "counts": dict(sorted(self.counts.items())),
            "seconds": {k: round(v, 3) for k, v in sorted(self.seconds.items())},
        }


def counted(pages: Iterable[Any], stats: Stats) -> Iterator[Any]:
    """Passes ``pages`` on, counting each under PAGES_IN and each one a reader already rejected
    as a drop: what every runner does with its input before the steps."""
    for page in pages:
        stats.add(PAGES_IN)
        if isinstance(page, Rejected):
            stats.drop(page.reason)
        yield page
