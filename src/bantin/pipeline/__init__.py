"""Steps, counters and the local runner: the only place where generators are chained."""

from bantin.pipeline.local import LocalRunner
from bantin.pipeline.stats import Stats
from bantin.pipeline.step import Drop, FilterStep, MapStep, Step

__all__ = ["Drop", "FilterStep", "LocalRunner", "MapStep", "Stats", "Step"]
