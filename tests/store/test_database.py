"""The heap of a long ingest's process after each batch (eventwire.store.database)."""

from __future__ import annotations

import gc
import weakref
from datetime import date

from eventwire.records import Document
from eventwire.store import ReleasedStore


class _Node:
    """An object that can be part of a reference cycle and be watched by a weak reference."""

    other: object = None


def test_a_released_batch_collects_its_cycles_and_freezes_what_lives(tmp_path):
    store = ReleasedStore(tmp_path / "s.duckdb")
    was_enabled = gc.isenabled()
    gc.disable()            # only an explicit collection may free the cycle below
    gc.unfreeze()
    try:
        lost = _Node()
        lost.other = lost
        watch = weakref.ref(lost)
        del lost
        alive = _Node()
        doc = Document(id="doc1", text="A text of one document.", source="in.jsonl", line=1,
                       published=date(2024, 1, 2))
        store.add_batch([(doc, ())])
        assert watch() is None                  # the cycle left behind was collected
        assert gc.get_freeze_count() > 0
        assert not any(o is alive for o in gc.get_objects())   # frozen: no longer walked
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
