"""A store a long ``ingest`` holds only while it writes and no reader waits for it.

DuckDB lets one process write a file and no other process open it meanwhile, not even
read-only. :class:`ReleasedStore` keeps a :class:`.database.Store` open between batches and
releases it when a reader waits (:mod:`.turns`) or it was idle long enough; after each batch it
settles the process's heap (:func:`_settle_heap`).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Self

from ..records import Document, Event, Failure
from .database import WRITER_WAIT_SECONDS, BatchResult, Store
from .turns import readers_waiting, yield_to_readers

# DuckDB threads of ingest's connections. A batch's statements are small (lookups by row id,
# inserts of a few thousand rows), and DuckDB's second thread only competed with the
# pipeline's workers for the machine's cores: merging and storing 6,000 documents of
# benchmarks/ingest_vs_extract.py's feed into a store of 16,000 took 17.9 CPU s with DuckDB's
# default (a thread a core, 2 here) and 16.0 with one (SQL 6.4 and 5.2 of them; 2026-12-05).
WRITER_THREADS = 1


def _settle_heap() -> None:
    """After a batch of a long ingest: collect the garbage cycles the batch left, then move
    every object alive to the collector's permanent generation. What merging keeps per process
    (parsed reports, edges, tallies, vectors: :mod:`.parsed`) grows with the store, and each of
    Python's full collections walked all of it: replaying 46,021 documents of
    benchmarks/ingest_vs_extract.py's feed into an empty store, full collections took 0.45,
    1.90, 3.11, 4.54 CPU s of each 10,240 documents (19.5 to 34.9 CPU s). Documents 30,720 to
    40,960 into a store of the others, caches warm, the two runs side by side: 41.7 CPU s
    without (full collections 4.33), 38.3 with (0.73; 2026-12-05). A collection here walks
    only what the batch made. An object frozen is still freed when nothing refers to it; only
    a cycle that becomes garbage after its batch would stay (what the caches keep and drop
    holds none: none was found among the frozen objects after 2,048 documents)."""
    gc.collect()
    gc.freeze()


# How long ingest keeps the store open after its last use when no reader asks for it. Closing
# the store checkpoints it, which cost more the larger the store (about 110 ms a batch at 10k
# events, 600 ms from 300k: benchmarks/store_size.py --released), and opening it reads its
# indexes again: replaying 19,223 documents of benchmarks/ingest_vs_extract.py's feed in
# batches of 256 took 26.2 CPU s closing the store after each batch, 20.1 holding it
# (benchmarks/ingest_replay.py replay, 2026-12-05). Batches of a busy ingest come every few
# seconds; a store left idle this long is released for readers that do not ask (any DuckDB).
HOLD_IDLE_SECONDS = 10.0
# How often a held store looks for a reader waiting (:mod:`.turns`) or for being idle.
RELEASE_CHECK_SECONDS = 0.1


class ReleasedStore:
    """A store a long ``ingest`` holds only while it writes and no reader waits for it.

    DuckDB lets one process write a file and no other process open it meanwhile, not even
    read-only. The store is kept open between batches (closing checkpoints it, at a cost that
    grows with the store: :data:`HOLD_IDLE_SECONDS`), and released within
    :data:`RELEASE_CHECK_SECONDS` once a reader is marked waiting (:mod:`.turns`: ``export``
    and ``serve`` mark themselves while they wait, for up to :data:`LOCK_WAIT_SECONDS`), or the
    batch being written once it is done; then the next batch opens it again, after the reader's
    turn. :meth:`close` (or leaving a ``with`` block) releases it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        Store.open(self.path, wait=WRITER_WAIT_SECONDS).close()   # created, migrated, once
        # One use at a time: ingest writes a batch from a thread while its main thread looks
        # up the next documents, and the held store is released from a third.
        self._lock = threading.Lock()
        self._held: Store | None = None
        self._used = 0.0

    @contextmanager
    def _opened(self, read_only: bool = False) -> Iterator[Store]:
        """The held store (opened for writing and held if ``read_only`` is not asked); else
        the store opened read-only for this use: cheaper, and other readers may hold it."""
        with self._lock:
            if self._held is None and read_only:
                store = Store.open(self.path, read_only=True)
                try:
                    store._run(f"SET threads = {WRITER_THREADS}")
                    yield store
                finally:
                    store.close()
                return
            if self._held is None:
                self._held = self._open()
                threading.Thread(target=self._watch, name="eventwire-store-release",
                                 daemon=True).start()
            try:
                yield self._held
            except BaseException:
                with suppress(Exception):     # a fault: opened anew (or reported) next time
                    self._release()
                raise
            finally:
                self._used = time.monotonic()

    def _open(self) -> Store:
        # Already migrated: a later open finds nothing to do (reads two small tables).
        yield_to_readers(self.path)         # an export waiting gets the gap between batches
        store = Store.open(self.path, wait=WRITER_WAIT_SECONDS)
        store._run(f"SET threads = {WRITER_THREADS}")
        return store

    def _watch(self) -> None:
        """Release the held store once a reader waits for it or it was idle long enough."""
        while True:
            time.sleep(RELEASE_CHECK_SECONDS)
            with self._lock:
                if self._held is None:
                    return
                if (readers_waiting(self.path)
                        or time.monotonic() - self._used >= HOLD_IDLE_SECONDS):
                    self._release()
                    return

    def _release(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            held.close()

    def close(self) -> None:
        """Release the store (the next use opens it again)."""
        with self._lock:
            self._release()

    def has_documents(self, ids: Iterable[str]) -> set[str]:
        with self._opened(read_only=True) as store:
            return store.has_documents(ids)

    def copies_to_read(self, docs: Sequence[Document]) -> list[Document]:
        """Of copies of stored texts, those to read so the store keeps extract's copy
        (:func:`.copies.to_read`)."""
        from .copies import to_read
        with self._opened(read_only=True) as store:
            return to_read(store, docs)

    def add_batch(self, items: Sequence[tuple[Document, Sequence[Event]]],
                  failures: Sequence[Failure] = (), *, sources: Sequence[Document] = (),
                  vectors: Sequence[tuple[str, bytes]] = ()) -> BatchResult:
        """:meth:`Store.add_batch`, and the outlets of already stored texts (``sources``, see
        :meth:`Store.add_sources`) recorded in the same opening of the store. ``vectors``:
        sentence vectors the workers computed (:func:`eventwire.merge.text.offer`), taken
        instead of encoding those texts again."""
        from ..merge.text import offer

        offer(vectors)
        try:
            with self._opened() as store:
                result = store.add_batch(items, failures)
                if sources:
                    result = replace(result, sources_added=store.add_sources(sources))
        finally:
            offer(())
        _settle_heap()
        return result

    def add_sources(self, docs: Sequence[Document]) -> int:
        with self._opened() as store:
            return store.add_sources(docs)

    def counts(self) -> dict[str, int]:
        with self._opened(read_only=True) as store:
            return store.counts()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
