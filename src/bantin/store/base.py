"""The small protocol every store backend implements."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from bantin.search.query import Node
from bantin.types import Article, Rejected, SearchHit, WriteResult


class StoreError(RuntimeError):
    """The store cannot be opened or used (wrong file, newer schema, disk full...)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SearchFilters:
    since: datetime | None = None  # published at or after (timezone-aware)
    until: datetime | None = None  # published before
    sources: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()  # names before or after the 2025 merger, any spelling
    entities: tuple[str, ...] = ()  # canonical names
    limit: int = 20
    offset: int = 0


class Store(Protocol):
    def write_batch(self, articles: Sequence[Article], rejected: Sequence[Rejected] = ()) -> list[WriteResult]:
        """Stores articles and drop records in one transaction: all of the batch or none of it."""

    def get(self, url: str) -> Article | None: ...

    def revisions(self, url: str) -> list[dict[str, Any]]: ...

    def search(self, query: Node, filters: SearchFilters) -> list[SearchHit]: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...
