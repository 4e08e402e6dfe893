"""Readers get their turn (store/turns.py): a reader kept waiting leaves a marker beside the
store, and a writer about to open it yields while the marker is fresh, for a bounded time."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from eventwire.store import Store
from eventwire.store import turns


def _markers(path: Path) -> list[Path]:
    return list(path.parent.glob(f"{path.name}{turns.MARK}*"))


def test_a_writer_yields_while_a_reader_is_marked_waiting(tmp_path):
    path = str(tmp_path / "s.duckdb")
    t0 = time.monotonic()
    turns.yield_to_readers(path)
    assert time.monotonic() - t0 < 0.05                  # no reader: no wait
    def reader_gets_in():
        time.sleep(0.3)
        for mark in _markers(Path(path)):
            mark.unlink()

    with turns.waiting(path):
        assert turns.readers_waiting(path)
        t0 = time.monotonic()
        threading.Thread(target=reader_gets_in).start()
        turns.yield_to_readers(path)
        waited = time.monotonic() - t0
    assert 0.25 <= waited < turns.READER_TURN_SECONDS
    assert not _markers(Path(path)) and not turns.readers_waiting(path)


def test_the_writers_turn_is_bounded_and_a_dead_readers_marker_is_not_waited_for(
        tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(turns, "READER_TURN_SECONDS", 0.3)
    with turns.waiting(str(path)):
        t0 = time.monotonic()
        turns.yield_to_readers(str(path))                # the reader never gets in: 0.3 s
        assert 0.3 <= time.monotonic() - t0 < 1.0
        (mark,) = _markers(path)
        old = time.time() - turns.STALE_SECONDS - 1
        os.utime(mark, (old, old))
        assert not turns.readers_waiting(str(path))


def test_a_reader_kept_waiting_is_marked_until_it_is_in(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    code = (f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('open', flush=True);"
            " time.sleep(1.0); c.close()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    seen = []

    def look():
        for _ in range(10):
            seen.append(bool(_markers(path)))
            time.sleep(0.05)

    watch = threading.Thread(target=look)
    watch.start()
    with Store.open(path, read_only=True, wait=20) as store:
        assert store.counts()["documents"] == 0
    watch.join()
    holder.wait()
    assert any(seen) and not _markers(path)             # marked while held, unmarked once in
