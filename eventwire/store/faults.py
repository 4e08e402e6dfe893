"""Faults of the store: DuckDB's errors told as one line of what happened and what to do."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import StoreError
from ..records import Failure

# What a failure row's line column (INTEGER) can hold; a larger line number is kept in the text.
MAX_LINE = 2**31 - 1
# How long opening a store another process holds keeps trying: ingest holds it only while it
# looks up or writes one batch (under a second on benchmarks/store.py's stores), export only
# while it reads; past this the user is told who holds it.
LOCK_WAIT_SECONDS = 30.0
LOCK_RETRY_SECONDS = 0.1


def store_fault(exc: BaseException) -> bool:
    """Whether ``exc`` is a fault of the store itself (disk full, I/O, memory, a broken
    database), which fails every document alike, rather than of one document's values."""
    import duckdb

    faults = tuple(getattr(duckdb, name) for name in (
        "IOException", "FatalException", "InternalException", "OutOfMemoryException",
        "InterruptException", "ConnectionException", "TransactionException",
        "PermissionException") if hasattr(duckdb, name))
    return not isinstance(exc, Exception) or isinstance(exc, (OSError, MemoryError, *faults))


# What DuckDB's messages say, by kind of fault: (pattern, what happened, what to do).
# "lock" alone is not enough: a checksum error names the "block" it failed in.
_FAULTS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), what, todo) for pattern, what, todo in (
        (r"Could not set lock|Conflicting lock", "is in use by another process{pid}",
         "wait for it to finish (ingest and export wait {wait:g} s), or use another --db path"),
        (r"No space left|disk is full|not enough space|ENOSPC", "could not be written: the disk "
         "is full and nothing of it was written", "free some space and rerun (batches already "
         "written are kept; a rerun resumes after them)"),
        (r"Read-only file system|read.only mode|EROFS", "is on a read-only file system or was "
         "opened read-only", "export can read it; to ingest, copy it to a writable disk and "
         "give that --db path"),
        (r"Permission denied|EACCES|Operation not permitted", "cannot be {doing}: permission "
         "denied", "give yourself read and write access to the file and its folder, or use "
         "another --db path"),
        (r"not a valid DuckDB database|Corrupt database|checksum|Could not read enough bytes|"
         r"truncated|INTERNAL Error.*(block|checkpoint|storage)", "is damaged (a truncated "
         "or corrupted file)", "restore it from a copy, or move it away and ingest the inputs "
         "again into a new store"),
        (r"Extension .*(sqlite|postgres|mysql)", "is not a DuckDB database (another "
         "database's file)", "give the path of an eventwire store, or a new path for --db"),
        (r"newer version of DuckDB|database file was created with|storage version",
         "was written by another DuckDB version", "open it with that version, or ingest the "
         "inputs again into a new store"),
        (r"Out of Memory|Cannot allocate|failed to allocate", "could not be {doing}: out of "
         "memory", "close other programs, or run with fewer --workers"),
    ))


def one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def locked(exc: BaseException) -> bool:
    return bool(_FAULTS[0][0].search(str(exc)))


def is_fault(exc: BaseException) -> bool:
    """Whether ``exc`` is one of the store faults :func:`fault` can name."""
    return any(pattern.search(str(exc)) for pattern, _, _ in _FAULTS)


def fault(path: str, exc: BaseException, doing: str) -> StoreError:
    """One line for a fault of the store (``doing``: open, read, write, upgrade): what
    happened and what to do, with DuckDB's own words in brackets."""
    message = str(exc)
    done = {"open": "opened", "read": "read", "write": "written", "upgrade": "upgraded"}
    for pattern, what, todo in _FAULTS:
        if pattern.search(message):
            pid = re.search(r"\(PID (\d+)\)", message)
            what = what.format(pid=f" (PID {pid[1]})" if pid else "", doing=done[doing])
            return StoreError(f"{path} {what}: {todo.format(wait=LOCK_WAIT_SECONDS)} "
                              f"[{one_line(message, 120)}]")
    return StoreError(f"{path} could not be {done[doing]} ({one_line(message)}): check the "
                      "file, or use another --db path")


def fault_message(exc: BaseException, path: str = "the store") -> str:
    """:func:`fault`'s line for a database error met outside :class:`Store` (the CLI's last
    resort, so that no DuckDB error reaches the user as a traceback)."""
    return str(fault(path, exc, "read"))


def check_path(p: Path, read_only: bool) -> None:
    if p.is_dir():
        raise StoreError(f"{p} is a directory: give a file path for --db, "
                         f"e.g. {p / 'events.duckdb'}")
    if p.exists() and not p.is_file():
        # A FIFO would block the open for ever, a device fail on fsync: a store is a file.
        raise StoreError(f"{p} is not a regular file (a FIFO, a device or a socket): give the "
                         "path of a store file for --db")
    if read_only and not p.exists():
        raise StoreError(f"there is no store at {p}: fill one with `eventwire ingest PATH... "
                         f"--db {p}` first, or give the right --db path")
    if not p.parent.is_dir():
        raise StoreError(f"the folder of {p} does not exist: create it first "
                         f"(mkdir -p {p.parent}) or choose another --db path")
    if not read_only and not p.exists() and not os.access(p.parent, os.W_OK | os.X_OK):
        raise StoreError(f"cannot create {p}: its folder is not writable (or on a read-only "
                         "file system): choose a --db path in a folder you can write to")


def failure_row(f: Failure) -> Failure:
    """A failure as the failures table can hold it: text any UTF-8 writer accepts."""
    from ..clean import replace_surrogates

    message = replace_surrogates(f.message)
    line = f.line
    if line is not None and not 0 <= line <= MAX_LINE:
        line, message = None, f"line {line}: {message}"
    return Failure(replace_surrogates(f.source), line, replace_surrogates(f.stage), message)

