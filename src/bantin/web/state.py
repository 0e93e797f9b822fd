"""What the web app keeps between requests: one read-only store connection per worker thread,
and a short-lived cache of the answers that scan many rows (search rankings, counts, facets,
trends, top lists), keyed by the normalised query and filters and by the store's version, so
that a new article makes them stale at once."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from bantin.store.sqlite import SQLiteStore
from bantin.web.queries import store_version

# Cached answers live this long even if the store did not change (entities of revised articles);
# [web] cache_seconds overrides it, 0 turns the cache off.
CACHE_SECONDS = 60.0
CACHE_ENTRIES = 512
# Read connections map the store file (shared through the OS page cache by every thread and
# worker) instead of copying pages into each connection's own cache, which stays small: with
# 40 threads per worker, 8 MB each is at most 320 MB. On bench/serve.py's store the whole FTS
# index and article_facts fit in the map.
MMAP_BYTES = 2 << 30
CACHE_KIB = 8 * 1024


class Stores:
    """A read-only ``SQLiteStore`` per thread: sqlite3 connections must stay in their thread, and
    FastAPI runs each synchronous endpoint in a thread of its pool (threads are reused, so a
    connection is opened once per thread, not per request)."""

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
            for pragma in (f"mmap_size = {MMAP_BYTES}", f"cache_size = -{CACHE_KIB}", "temp_store = MEMORY",
                           "query_only = 1"):
                store.conn.execute(f"PRAGMA {pragma}")
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
    """Answers by key, for ``seconds`` and while the store's version is the same. Concurrent
    requests for the same missing key compute it once: the others wait for that answer (50
    clients asking for the same new query would otherwise all scan the index at once)."""

    def __init__(self, seconds: float = CACHE_SECONDS, entries: int = CACHE_ENTRIES) -> None:
        self.seconds = seconds
        self.entries = entries
        self._data: OrderedDict[Hashable, tuple[float, Any, Any]] = OrderedDict()
        self._pending: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, store: SQLiteStore, name: Hashable, compute: Callable[[], Any]) -> Any:
        if self.seconds <= 0:
            return compute()
        version = store_version(store.conn)
        while True:
            with self._lock:
                hit = self._data.get(name)
                if hit and hit[1] == version and time.monotonic() - hit[0] < self.seconds:
                    self._data.move_to_end(name)
                    return hit[2]
                pending = self._pending.get(name)
                if pending is None:
                    pending = self._pending[name] = threading.Lock()
                    pending.acquire()
                    break
            with pending:  # another thread is computing it: wait, then read its answer
                pass
        try:
            value = compute()
            with self._lock:
                self._data[name] = (time.monotonic(), version, value)
                self._data.move_to_end(name)
                while len(self._data) > self.entries:
                    self._data.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._pending[name]
            pending.release()
