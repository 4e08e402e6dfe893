"""Store faults (issue 12): a damaged, locked, read-only or full store is one line saying what
happened and what to do; reading opens read-only and never migrates; ingest releases the store
between batches so that another process can read it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.records import Document
from eventwire.store import SCHEMA_VERSION, ReleasedStore, Store
from eventwire.store.migrations import applied, migrate


def _doc(i: int, size: int = 20) -> Document:
    return Document(id=f"doc{i:05d}", text=f"text {i} " + "word " * size, source="in.jsonl",
                    line=i, published=date(2020, 1, 1))


def _filled(path: Path, n: int = 300, size: int = 200) -> Path:
    with Store.open(path) as store:
        store.add_batch([(_doc(i, size), ()) for i in range(n)])
    return path


def _one_line_error(path: Path, **kw) -> str:
    with pytest.raises(StoreError) as err:
        Store.open(path, **kw).close()
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    return message


@pytest.mark.parametrize("read_only", [False, True])
def test_a_truncated_store_is_damaged(tmp_path, read_only):
    path = _filled(tmp_path / "s.duckdb")
    os.truncate(path, path.stat().st_size // 2)
    message = _one_line_error(path, read_only=read_only, wait=0)
    assert "damaged" in message and "restore it from a copy" in message


@pytest.mark.parametrize("content", [os.urandom(50_000), b""])
def test_a_file_that_is_no_database_is_damaged_not_in_use(tmp_path, content):
    path = tmp_path / "s.duckdb"
    path.write_bytes(content)
    message = _one_line_error(path, wait=0)
    assert "damaged" in message and "in use" not in message


def test_another_database_file_is_refused_without_downloading_anything(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"SQLite format 3\x00" * 100)      # DuckDB's sqlite extension would open it
    message = _one_line_error(path, wait=0)
    assert "is not a DuckDB database" in message


def test_scattered_corruption_is_damage_not_a_lock(tmp_path):
    """A checksum error names the "block" it failed in: it is not "in use by another
    process"."""
    path = _filled(tmp_path / "s.duckdb", n=2000)
    data = bytearray(path.read_bytes())
    for at in range(3 * 4096 + 100, len(data) - 200, 4096):
        data[at:at + 100] = os.urandom(100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        with Store.open(path, read_only=True, wait=0) as store:
            store.has_documents([f"doc{i:05d}" for i in range(2000)])
            list(store.events())
            store.counts()
            raise AssertionError("no corruption met")      # pragma: no cover
    except_line = str(err.value)
    assert "damaged" in except_line and "in use" not in except_line


def test_damage_met_while_reading_events_is_one_line(tmp_path):
    from eventwire.store.database import fault_message
    exc = duckdb.Error("Corrupt database file: computed checksum 1 does not match stored "
                       "checksum 2 in block at location 1060864")
    line = fault_message(exc, "s.duckdb")
    assert line.startswith("s.duckdb is damaged") and "in use" not in line


def _hold(path: Path, seconds: float) -> subprocess.Popen:
    """Another process with the store open for writing, for ``seconds``."""
    code = (f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('open', flush=True);"
            f" time.sleep({seconds}); c.close()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    return holder


@pytest.mark.parametrize("read_only", [False, True])
def test_a_store_locked_by_another_process_names_it_after_waiting(tmp_path, read_only):
    path = _filled(tmp_path / "s.duckdb", n=3)
    holder = _hold(path, 30)
    try:
        t0 = time.monotonic()
        message = _one_line_error(path, read_only=read_only, wait=0.5)
        assert time.monotonic() - t0 >= 0.5
        assert f"in use by another process (PID {holder.pid})" in message
        assert "wait for it to finish" in message
    finally:
        holder.kill()
        holder.wait()


def test_a_store_released_soon_is_opened_after_the_wait(tmp_path):
    path = _filled(tmp_path / "s.duckdb", n=3)
    holder = _hold(path, 1)
    with Store.open(path, read_only=True, wait=20) as store:
        assert store.counts()["documents"] == 3
    holder.wait()


def test_a_read_only_file_system_is_said_so_and_reading_still_works(tmp_path, monkeypatch):
    path = _filled(tmp_path / "s.duckdb", n=3)
    real = duckdb.connect

    def read_only_fs(where, read_only=False, **kw):     # what DuckDB says on a ro mount
        if not read_only:
            raise duckdb.IOException(f'IO Error: Cannot open file "{where}": Read-only file '
                                     "system")
        return real(where, read_only=True, **kw)

    monkeypatch.setattr(duckdb, "connect", read_only_fs)
    message = _one_line_error(path, wait=0)
    assert "read-only file system" in message and "copy it to a writable disk" in message
    with Store.open(path, read_only=True) as store:
        assert store.counts()["documents"] == 3


def test_a_new_store_in_a_folder_that_cannot_be_written_is_refused_before_opening(
        tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    message = _one_line_error(tmp_path / "new.duckdb", wait=0)
    assert "folder is not writable" in message


def test_a_full_disk_writes_nothing_and_says_so(tmp_path, monkeypatch):
    path = _filled(tmp_path / "s.duckdb", n=3)
    with Store.open(path) as store:
        real = store._run

        def full(sql, params=()):
            if sql == "COMMIT":                # DuckDB's words when the WAL cannot grow
                raise duckdb.TransactionException(
                    'TransactionContext Error: Failed to commit: Could not write file '
                    f'"{path}.wal": No space left on device')
            return real(sql, params)

        monkeypatch.setattr(store, "_run", full)
        with pytest.raises(StoreError) as err:
            store.add_batch([(_doc(10), ())])
        monkeypatch.undo()
        assert store.counts()["documents"] == 3
    message = str(err.value)
    assert "\n" not in message and "the disk is full" in message
    assert "cannot rollback" not in message and "free some space" in message


def test_reading_never_migrates_an_older_store(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, str(path), upto=SCHEMA_VERSION - 1)
    con.close()
    before = path.read_bytes()
    message = _one_line_error(path, read_only=True, wait=0)
    assert "older eventwire" in message and "eventwire ingest" in message
    assert path.read_bytes() == before
    con = duckdb.connect(str(path), read_only=True)
    assert len(applied(con)) == SCHEMA_VERSION - 1
    con.close()
    Store.open(path).close()                          # writing migrates it
    with Store.open(path, read_only=True) as store:
        assert store.counts()["documents"] == 0


def test_reading_a_missing_or_empty_store_says_to_ingest(tmp_path):
    assert "no store at" in _one_line_error(tmp_path / "none.duckdb", read_only=True)
    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    assert "holds no eventwire store" in _one_line_error(tmp_path / "empty.duckdb",
                                                          read_only=True)


def test_another_process_reads_while_a_released_store_ingests(tmp_path):
    path = tmp_path / "s.duckdb"
    store = ReleasedStore(path)
    store.add_batch([(_doc(1), ())])
    # the reader waits (marked, store/turns.py): the held store is released for it
    code = ("from eventwire.store import Store; import sys; "
            f"s = Store.open({str(path)!r}, read_only=True, wait=20); "
            "print(s.counts()['documents']); s.close()")
    for i in range(2, 4):                  # between batches, as while the pipeline works
        reader = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                timeout=120)
        assert reader.returncode == 0, reader.stderr
        assert reader.stdout.strip() == str(i - 1)
        store.add_batch([(_doc(i), ())])
    assert store.has_documents(["doc00001", "doc00003"]) == {"doc00001", "doc00003"}
    assert store.counts()["documents"] == 3


@pytest.mark.parametrize("read_only", [False, True])
def test_a_fifo_or_a_device_is_no_store_and_nothing_blocks(tmp_path, read_only):
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/null")):
        with pytest.raises(StoreError, match="not a regular file"):
            Store.open(path, read_only=read_only)      # a FIFO's open would block for ever
