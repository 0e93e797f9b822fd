"""What the connect stages produce, as the API returns it."""

from __future__ import annotations

import dataclasses
from datetime import datetime

frozen = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)


@frozen
class ArticleRef:
    """An article as listed in a duplicate group, a story or an alert."""

    id: int
    url: str
    title: str
    source: str
    published: datetime | None  # None: undated (its first_seen stands in for ordering)
    similarity: float | None = None


@frozen
class DuplicateGroup:
    """Exact and near copies of one text; ``origin`` is the earliest published member."""

    id: int
    origin: ArticleRef
    copies: tuple[ArticleRef, ...]  # the other members, earliest first
    exact: bool  # every copy has the same folded text as another member


@frozen
class Story:
    """Articles about one event. ``articles`` is the timeline, earliest first; the first is the origin."""

    id: int
    label: str
    first_seen: datetime
    last_seen: datetime
    sources: tuple[str, ...]
    articles: tuple[ArticleRef, ...]

    @property
    def origin(self) -> ArticleRef:
        return self.articles[0]


@frozen
class Alert:
    """A burst: one keyphrase, entity, province or topic covered far more on ``day`` than before."""

    id: int
    day: str
    kind: str  # keyphrase | entity | province | topic
    key: str
    name: str
    count: int
    baseline: float  # articles per day over the trailing window
    score: float
    explanation: str
    articles: tuple[ArticleRef, ...]
    distinct_texts: int | None = None  # the articles' distinct texts (a duplicate group counts once)
    window_days: int | None = None  # the trailing days the baseline was computed over
    phrase: str | None = None  # a province alert's keyphrase
