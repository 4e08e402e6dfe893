"""Readers get their turn: a reader that finds the store held leaves a marker file beside it
while it waits, and a long ``ingest`` yields to it before opening the store for its next write.

``ingest`` holds the store between batches (:class:`.ReleasedStore`) and releases it within a
tenth of a second of seeing a marker; before, it closed the store after each batch, but its
batches follow each other closely, so a reader retrying every few tenths of a second could
miss every gap and give up (``export`` during an ``ingest`` on a loaded machine failed 1 time in
12; issue 12, item 5). Once the reader is in, the writer waits for it as long as it reads.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .faults import LOCK_RETRY_SECONDS, LOCK_WAIT_SECONDS

# A marker's name: the store's file name, this, then the process and thread waiting.
MARK = ".reader-waiting-"
# How long a writer yields to a waiting reader at most: the reader retries every
# LOCK_RETRY_SECONDS and is in within one or two of them once the store is free.
READER_TURN_SECONDS = 2.0
# A marker older than a reader's whole wait is one a reader left when it died: not waited for.
STALE_SECONDS = LOCK_WAIT_SECONDS + 10.0


@contextmanager
def waiting(path: str) -> Iterator[None]:
    """Mark a reader waiting for the store at ``path`` while the block runs; nothing is marked
    where the folder cannot be written (a read-only mount: then no writer runs either)."""
    mark = Path(f"{path}{MARK}{os.getpid()}-{threading.get_ident()}")
    try:
        mark.touch()
    except OSError:
        yield
        return
    try:
        yield
    finally:
        mark.unlink(missing_ok=True)


def yield_to_readers(path: str) -> None:
    """Before a writer opens the store at ``path``: wait while a reader is marked waiting, for
    at most :data:`READER_TURN_SECONDS`."""
    deadline = time.monotonic() + READER_TURN_SECONDS
    while readers_waiting(path) and time.monotonic() < deadline:
        time.sleep(LOCK_RETRY_SECONDS / 2)


def readers_waiting(path: str) -> bool:
    """Whether a reader is marked waiting for the store at ``path`` (markers left by a reader
    that died are not counted)."""
    store = Path(path)
    now = time.time()
    try:
        marks = list(store.parent.glob(f"{store.name}{MARK}*"))
    except OSError:
        return False
    for mark in marks:
        try:
            if now - mark.stat().st_mtime < STALE_SECONDS:
                return True
        except OSError:                     # removed as we looked: the reader is in
            continue
    return False
