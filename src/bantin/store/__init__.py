"""Where articles live: the ``Store`` protocol and its SQLite backend."""

from bantin.store.base import SearchFilters, Store, StoreError
from bantin.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "SearchFilters", "Store", "StoreError"]
