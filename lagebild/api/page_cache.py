"""A cache of rendered pages, valid while the store is unchanged.

The aggregate pages (start page, actors, network, ...) take 100-200 ms of queries on the
10kGNAD test store (1,028 articles), yet change only when articles are stored. Each
entry is kept with the store's *generation*, a number that changes on every committed
write by any process (the server or a concurrent ``lagebild ingest``), and is used only
while it is current:

- SQLite: ``PRAGMA data_version`` on a connection of its own, which changes whenever
  another connection has committed;
- PostgreSQL: ``pg_current_wal_lsn()``, the write-ahead log position, which moves with
  every write;
- anything else (or a failure reading it): no generation, nothing is cached.

What is cached are finished response bodies (bytes): nothing shared can be changed by
a request.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from sqlalchemy import Engine, text

#: ``PageCache.fetch``'s default: the store's generation as it is now.
CURRENT: Hashable = object()
#: Bytes of response bodies kept at most (least recently used dropped first).
MAX_BYTES = 32 * 2**20


class StoreGeneration:
    """The store's current write generation, cheaply (microseconds on SQLite)."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        self._kind = engine.dialect.name
        database = engine.url.database
        if self._kind == "sqlite" and (not database or database == ":memory:"):
            self._kind = "none"  # every connection sees a database of its own

    def current(self) -> Hashable | None:
        try:
            if self._kind == "sqlite":
                return self._sqlite_version()
            if self._kind == "postgresql":
                with self._engine.connect() as connection:
                    return connection.execute(text("SELECT pg_current_wal_lsn()::text")).scalar()
        except Exception:  # noqa: BLE001 (e.g. a standby has no WAL position): no caching
            return None
        return None

    def _sqlite_version(self) -> int:
        with self._lock:
            if self._sqlite is None:
                self._sqlite = sqlite3.connect(
                    self._engine.url.database or "", check_same_thread=False, timeout=30
                )
            return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._sqlite is not None:
                self._sqlite.close()
                self._sqlite = None


class PageCache:
    """Response bodies by key, rebuilt once the store's generation has moved on.

    Bodies are bytes, so the cache's memory is bounded by ``max_bytes`` (least recently
    used dropped first). Concurrent requests for a missing body build it once: the others
    wait for it.
    """

    def __init__(self, generation: StoreGeneration, max_bytes: int = MAX_BYTES):
        self.generation = generation
        self.max_bytes = max_bytes
        self.size = 0
        self._entries: OrderedDict[Hashable, tuple[Hashable, bytes]] = OrderedDict()
        self._building: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Callable[[], bytes]) -> bytes:
        return self.fetch(key, build)[0]

    def stats(self) -> dict[str, int]:
        """Bytes and entries held, and the bound (for monitoring)."""
        with self._lock:
            return {"bytes": self.size, "entries": len(self._entries), "max_bytes": self.max_bytes}

    def fetch(
        self, key: Hashable, build: Callable[[], bytes], generation: Hashable | None = CURRENT
    ) -> tuple[bytes, Hashable | None]:
        """The body for ``key`` and the generation it belongs to (None: not cacheable).

        ``generation`` given: the body is wanted for that generation (one derived from a
        body fetched before, such as its gzipped form, must match it, not the store).
        """
        if generation is CURRENT:
            generation = self.generation.current()
        if generation is None:
            return build(), None
        found = self._fresh(key, generation)
        if found is not None:
            return found, generation
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            found = self._fresh(key, generation)
            if found is not None:
                return found, generation
            try:
                # Kept under the generation read *before* building: had a write come in
                # meanwhile, the next request sees a newer generation and builds afresh.
                value = build()
                self._keep(key, generation, value)
            finally:
                with self._lock:
                    self._building.pop(key, None)
        return value, generation

    def _keep(self, key: Hashable, generation: Hashable, value: bytes) -> None:
        if len(value) > self.max_bytes // 4:
            return  # one huge page must not push out all others (and 0 turns caching off)
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.size -= len(old[1])
            self._entries[key] = (generation, value)
            self.size += len(value)
            while self.size > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.size -= len(dropped)

    def _fresh(self, key: Hashable, generation: Hashable) -> bytes | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != generation:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def __len__(self) -> int:
        return len(self._entries)
