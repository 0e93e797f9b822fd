"""What the web app keeps between requests: one read-only store connection per worker thread,
and a small cache of answers that need a scan (top entities, provinces), keyed by the store's
version so that a new article makes them stale."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from bantin.store.sqlite import SQLiteStore
from bantin.web.queries import store_version

# Cached answers live this long even if the store did not change (entities of revised articles).
CACHE_SECONDS = 60.0
CACHE_ENTRIES = 256


class Stores:
    """A read-only ``SQLiteStore`` per thread: sqlite3 connections must stay in their thread, and
    FastAPI runs each synchronous endpoint in a thread of its pool."""

    def __init__(self, path: str, snippet_chars: int = 160) -> None:
        self.path = path
        self.snippet_chars = snippet_chars
        self._local = threading.local()
        self._all: list[SQLiteStore] = []
        self._lock = threading.Lock()

    def get(self) -> SQLiteStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path, readonly=True, snippet_chars=self.snippet_chars)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                try:
                    store.close()
                except Exception:  # noqa: BLE001 - a connection of a finished thread
                    pass
            self._all.clear()


class Cache:
    def __init__(self, seconds: float = CACHE_SECONDS, entries: int = CACHE_ENTRIES) -> None:
        self.seconds = seconds
        self.entries = entries
        self._data: OrderedDict[Hashable, tuple[float, Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: SQLiteStore, name: Hashable, compute: Callable[[], Any]) -> Any:
        version = store_version(store.conn)
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(name)
            if hit and hit[1] == version and now - hit[0] < self.seconds:
                self._data.move_to_end(name)
                return hit[2]
        value = compute()
        with self._lock:
            self._data[name] = (now, version, value)
            while len(self._data) > self.entries:
                self._data.popitem(last=False)
        return value
