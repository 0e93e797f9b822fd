"""Connecting the news: duplicates and syndication, stories, daily counts and alerts.

``connect(store)`` runs the stages over the articles added or revised since its last run (see
``stage.py``): adding a day of articles updates every table without recomputing the archive,
and running it twice changes nothing. The stages, in order:

1. ``Duplicates`` (``duplicates.py``): MinHash signatures, LSH bands, duplicate groups;
2. ``Stories`` (``stories.py``): online grouping of articles about one event;
3. ``DailyCounts`` and ``Alerts`` (``bursts.py``): coverage per day per keyphrase, entity,
   province and topic, and its bursts.

A revised article gets a new signature and may join more duplicates; it keeps its story.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from bantin.connect.bursts import Alerts, DailyCounts
from bantin.connect.duplicates import Duplicates
from bantin.connect.model import Alert, ArticleRef, DuplicateGroup, Story
from bantin.connect.stage import Stage, run_stages
from bantin.connect.stories import Stories
from bantin.pipeline.stats import Stats
from bantin.settings import ConnectSettings

__all__ = ["Alert", "ArticleRef", "ConnectReport", "DuplicateGroup", "Story", "connect", "default_stages"]


@dataclasses.dataclass(slots=True)
class ConnectReport:
    stats: Stats
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": {k.removeprefix("connect/"): v for k, v in sorted(self.stats.counts.items()) if k.startswith("connect/")},
            "seconds": round(self.seconds, 3),
            "stage_seconds": {k: round(v, 3) for k, v in sorted(self.stats.seconds.items()) if k.startswith("connect.")},
        }


def default_stages(settings: ConnectSettings) -> list[Stage]:
    return [
        Duplicates(),
        Stories(window_days=settings.story_window_days),
        DailyCounts(),
        Alerts(baseline_days=settings.alert_baseline_days, min_articles=settings.alert_min_articles),
    ]


def connect(store, settings: ConnectSettings | None = None, *, stats: Stats | None = None) -> ConnectReport:
    """Brings the connect tables of ``store`` (a ``SQLiteStore``) up to date."""
    settings = settings or ConnectSettings()
    started = time.perf_counter()
    stats = stats if stats is not None else Stats()
    run_stages(store.conn, default_stages(settings), batch_size=settings.batch_size, stats=stats)
    return ConnectReport(stats=stats, seconds=time.perf_counter() - started)
