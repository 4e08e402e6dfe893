"""The store a long ingest holds between batches and the heap of its process after each batch
(eventwire.store.released)."""

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


def _doc(i: int) -> Document:
    return Document(id=f"doc{i}", text=f"Text of document {i}.", source="in.jsonl", line=i,
                    published=date(2024, 1, 2))


def test_a_released_store_is_held_between_batches_and_released_when_idle(tmp_path,
                                                                           monkeypatch):
    import time

    from eventwire.store import Store, released

    opened = []
    real = Store.open

    def counted(*args, **kwargs):
        opened.append(kwargs.get("read_only", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(Store, "open", counted)
    monkeypatch.setattr(released, "HOLD_IDLE_SECONDS", 60.0)
    path = tmp_path / "s.duckdb"
    with ReleasedStore(path) as store:
        for i in range(3):
            store.add_batch([(_doc(i), ())])
            assert store.has_documents([f"doc{i}"]) == {f"doc{i}"}
        assert opened == [False, False]         # created, then held for every use
        monkeypatch.setattr(released, "HOLD_IDLE_SECONDS", 0.2)
        time.sleep(1.0)                         # idle: released, its writes checkpointed
        with real(path, read_only=True, wait=0) as reader:
            assert reader.counts()["documents"] == 3
        assert store.has_documents(["doc1"]) == {"doc1"}     # read-only while released
        store.add_batch([(_doc(3), ())])
    with real(path, read_only=True, wait=0) as reader:          # released on leaving
        assert reader.counts()["documents"] == 4


def test_the_released_store_is_still_found_where_it_was():
    import eventwire.store.database as database

    assert database.ReleasedStore is ReleasedStore
    from eventwire.store.database import ReleasedStore as old_name
    assert old_name is ReleasedStore
