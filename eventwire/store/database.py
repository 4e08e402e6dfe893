"""The event store: an embedded DuckDB database of documents, events and failures.

Each :meth:`Store.add_batch` is one transaction, so a run killed at any moment leaves only
whole documents with all their events, and rerunning resumes where it stopped. A document the
store cannot hold (a value its columns cannot take) never blocks the batch: the batch is
stored again one document per transaction, and that document is recorded as a failure (stage
"store") with the reason, as the pipeline records a document it cannot read. New reports are
merged with the stored events they tell (:mod:`.merging`): only the touched events are
recomputed, and the store holds ``merge(all reports)`` whatever the batch boundaries. A long
``ingest`` holds the store between batches through :class:`.released.ReleasedStore`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from ..errors import StoreError
from ..records import Document, Event, Failure, event_from_record
from .faults import (
    LOCK_RETRY_SECONDS,
    LOCK_WAIT_SECONDS,
    check_path,
    failure_row,
    fault,
    fault_message,
    is_fault,
    locked,
    one_line,
    store_fault,
)
from .filters import EventFilter
from .lookup import find, select, settings
from .migrations import SCHEMA_VERSION, check_readable, migrate
from .sources import add_sources
from .turns import waiting

# Re-exported: the CLI reads fault_message here. ReleasedStore is in .released (and still
# found here: __getattr__ below).
__all__ = ["EVENT_COLUMNS", "WRITER_WAIT_SECONDS", "BatchResult", "EventFilter", "Store",
           "fault_message"]

# Events read back per fetch: large enough to amortise the round trip, small in memory.
FETCH_ROWS = 2048
# The flat columns the events table keeps for filtering (names from export.flat).
EVENT_COLUMNS = ("event_id", "label", "event_type", "sub_event_type", "date_start", "date_end",
                 "location_name", "location_country", "location_iso2", "location_geonameid",
                 "location_latitude", "location_longitude", "fatalities_best", "document_id",
                 "document_published", "confidence", "date_precision", "location_admin1",
                 "location_geo_precision", "actor1_name", "actor1_inter", "actor1_country",
                 "actor2_name", "actor2_inter", "actor2_country", "claim_source", "claim_kind",
                 "location_admin2", "confidence_with_crime", "targets")
TABLES = ("documents", "events", "reports", "mentions", "failures", "sources")
ALL_EVENTS = EventFilter()
# How long ingest's writes wait for readers: longer, so that a reader polling the store often
# (a test did, every 0.2 s on a loaded machine) cannot make a long ingest fail.
WRITER_WAIT_SECONDS = 600.0
# DuckDB would otherwise download an extension to open, say, a SQLite file given as --db:
# eventwire never downloads anything at run time.
_NO_EXTENSIONS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


@dataclass(frozen=True, slots=True)
class BatchResult:
    documents_added: int = 0
    events_added: int = 0      # new rows; a report merged into a stored event adds none
    mentions_added: int = 0
    failures_added: int = 0
    failed: tuple[Failure, ...] = ()    # documents of the batch the store could not hold
    sources_added: int = 0     # new outlets of stored texts (ReleasedStore.add_batch's sources)

    def __add__(self, other: BatchResult) -> BatchResult:
        return BatchResult(self.documents_added + other.documents_added,
                           self.events_added + other.events_added,
                           self.mentions_added + other.mentions_added,
                           self.failures_added + other.failures_added,
                           self.failed + other.failed,
                           self.sources_added + other.sources_added)


def _reason(exc: Exception) -> str:
    """What a document that cannot be stored is recorded with."""
    return (f"the store cannot hold a value of this document ({type(exc).__name__}: {exc}); "
            "it was skipped and the rest of its batch stored: report it to the eventwire "
            "developers with this line")


def _dumps(record: dict[str, Any]) -> str:
    try:
        return json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError as exc:
        raise StoreError(f"event {record.get('event_id')} has a value JSON cannot hold ({exc}):"
                         " NaN/infinite numbers are not allowed; fix the stage that made it"
                         ) from exc


class Store:
    """An eventwire DuckDB database; open with :meth:`open`, use as a context manager."""

    SCHEMA_VERSION = SCHEMA_VERSION

    def __init__(self, con: Any, path: str) -> None:
        self._con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False,
             wait: float = LOCK_WAIT_SECONDS) -> Store:
        """Open the store at ``path`` (or ``":memory:"``): for writing, created and migrated as
        needed; ``read_only``, never changed (an older schema is refused with what to run).

        DuckDB lets one process write a file and no other process open it meanwhile, so a
        store another process holds is retried for ``wait`` seconds: ``ingest`` holds it only
        while it looks documents up or writes a batch (:class:`.released.ReleasedStore`).
        """
        import duckdb

        where = str(path)
        if where != ":memory:":
            check_path(Path(where), read_only)
        con = _connect(where, read_only, wait)
        try:
            if read_only:
                check_readable(con, where)
            else:
                migrate(con, where)
            settings(con)
        except StoreError as exc:
            con.close()
            cause = exc.__cause__
            raise (fault(where, cause, "upgrade") if isinstance(cause, Exception)
                   and is_fault(cause) else exc) from None
        except duckdb.Error as exc:
            con.close()
            raise fault(where, exc, "open") from None
        return cls(con, where)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def has_documents(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` already stored (a rerun skips them)."""
        ids = list(ids)
        if not ids:
            return set()
        return {r[0] for r in select(self, "documents", "id", ids)}

    def events(self, flt: EventFilter = ALL_EVENTS) -> Iterator[Event]:
        """Stored events matching ``flt``, by date (undated last) then id."""
        import duckdb

        where, params = flt.where()
        cur = self._con.cursor()
        try:
            cur.execute(f"SELECT record FROM events WHERE {where} "
                        "ORDER BY date_start NULLS LAST, event_id", params)
            while rows := cur.fetchmany(FETCH_ROWS):
                for (record,) in rows:
                    yield event_from_record(json.loads(record))
        except duckdb.Error as exc:        # a damaged block shows only when it is read
            raise fault(self.path, exc, "read") from None
        finally:
            cur.close()

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self._scalar(f"SELECT count(*) FROM {t}") for t in TABLES}

    def failures(self) -> list[Failure]:
        rows = self._run("SELECT source, line, stage, message FROM failures "
                         "ORDER BY source, line NULLS FIRST, stage, message")
        return [Failure(*r) for r in rows]

    # -- writing -------------------------------------------------------------------------

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        # Results are always read whole: DuckDB refuses new work while a result is half-read.
        return self._con.execute(sql, params).fetchall()

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._run(sql, params)[0][0]

    def add_batch(self, items: Sequence[tuple[Document, Sequence[Event]]],
                  failures: Sequence[Failure] = ()) -> BatchResult:
        """Store documents with their events, and failures, in one transaction.

        Documents already stored are skipped with their events; failures already recorded are
        not repeated. A document the store cannot hold is recorded as a failure (stage
        "store", in ``BatchResult.failed``) and the others are stored, one transaction each. A
        fault of the store itself (disk full, I/O error) writes nothing and raises
        :class:`StoreError`.
        """
        try:
            return self._transaction(items, failures)
        except Exception as exc:  # noqa: BLE001 - sorted below: the store's fault or a document's
            if store_fault(exc) or not items:
                raise self._not_stored(exc) from exc
        result = BatchResult()
        failed: list[Failure] = []
        for doc, events in items:        # one document per transaction: find the bad one
            try:
                result += self._transaction([(doc, events)], ())
            except Exception as exc:  # noqa: BLE001 - this document's fault: recorded, skipped
                if store_fault(exc):
                    raise self._not_stored(exc) from exc
                failed.append(Failure(doc.source, doc.line, "store", _reason(exc)))
        try:
            return result + self._transaction([], [*failures, *failed]) + BatchResult(
                failed=tuple(failed))
        except Exception as exc:  # noqa: BLE001
            raise self._not_stored(exc) from exc

    def _transaction(self, items: Sequence[tuple[Document, Sequence[Event]]],
                     failures: Sequence[Failure]) -> BatchResult:
        self._run("BEGIN TRANSACTION")
        try:
            result = self._add(items, failures)
            self._run("COMMIT")
        except BaseException:
            self._rollback()
            # A tally kept for an event the batch rewrote would no longer be the stored
            # event's, and may hold as many reports as it (an event split anew): see
            # merging._grown.
            from .growing import TALLIES
            TALLIES.forget()
            raise
        return result

    def _rollback(self) -> None:
        """Roll back, keeping the error that caused it: a COMMIT that failed (disk full) has
        already ended the transaction, and "cannot rollback" would hide why."""
        import duckdb
        try:
            self._run("ROLLBACK")
        except duckdb.Error:
            pass

    def _not_stored(self, exc: BaseException) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        if isinstance(exc, Exception) and is_fault(exc):
            return fault(self.path, exc, "write")
        return StoreError(f"{self.path}: the batch was not stored ({type(exc).__name__}: "
                          f"{one_line(str(exc))}); nothing of it was written, rerun to retry")

    def _add(self, items: Sequence[tuple[Document, Sequence[Event]]],
             failures: Sequence[Failure]) -> BatchResult:
        from .copies import taken_over

        stored = self.has_documents(doc.id for doc, _ in items)
        new: dict[str, Document] = {}
        for doc, _ in items:
            if doc.id not in stored:
                new.setdefault(doc.id, doc)
        add_sources(self, [doc for doc, _ in items])      # every outlet of the text, new or not
        docs_added = self._insert_documents(list(new.values()))
        # Every copy's reports: merging keeps one copy's of each text (merge.distinct). The
        # reports name their text; a new item's may be a copy of a text stored under another
        # document, so every item's reports are checked against the stored copies.
        again, gone = taken_over(self, items)
        events_added, mentions_added = self._merge_in(again)
        events_added, mentions_added = events_added - gone[0], mentions_added - gone[1]
        if events_added or mentions_added:
            from .review import refresh_states
            refresh_states(self._con)            # rewritten events get their review state back
        return BatchResult(docs_added, events_added, mentions_added,
                           self._insert_failures(failures))

    def _insert_documents(self, docs: Sequence[Document]) -> int:
        if not docs:
            return 0
        import pyarrow as pa

        cols = {
            "id": [d.id for d in docs], "source": [d.source for d in docs],
            "line": pa.array([d.line for d in docs], pa.int32()),
            "title": [d.title for d in docs], "url": [d.url for d in docs],
            "published": pa.array([d.published for d in docs], pa.date32()),
            "published_from": [d.published_from for d in docs],
            "dateline": [d.dateline for d in docs], "outlet": [d.outlet for d in docs],
            "language": pa.array([d.language for d in docs], pa.string()),
            "text": [d.text for d in docs]}
        self._insert("documents", pa.table(cols))
        return len(docs)

    def _insert(self, table: str, data: Any) -> None:
        self._con.register("_ew_rows", data)
        try:
            cols = ", ".join(data.column_names)
            self._run(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _ew_rows")
        finally:
            self._con.unregister("_ew_rows")

    def _insert_failures(self, failures: Sequence[Failure]) -> int:
        if not failures:
            return 0
        import pyarrow as pa

        failures = list(dict.fromkeys(failure_row(f) for f in failures))   # once each
        rows = pa.table({"source": [f.source for f in failures],
                         "line": pa.array([f.line for f in failures], pa.int32()),
                         "stage": [f.stage for f in failures],
                         "message": [f.message for f in failures]})
        return self._insert_new(
            "failures", rows, "s.source = n.source AND s.line IS NOT DISTINCT FROM n.line "
            "AND s.stage = n.stage AND s.message = n.message")

    def _insert_new(self, table: str, data: Any, same: str,
                    only: tuple[str, Sequence[Any]] | None = None) -> int:
        """Insert the rows of ``data`` (an Arrow table, no row twice) that ``table`` lacks, in
        their order; ``same`` is the SQL condition for a stored row ``s`` being the new row
        ``n``; ``only`` (a column, values): only stored rows with those values can be the
        same (read without the rest of the table: :mod:`.lookup`). Returns how many rows
        were added."""
        before = self._scalar(f"SELECT count(*) FROM {table}")
        stored, params = table, []
        if only:
            sql, params = find(self, table, only[0], "s", only[1])
            stored = f"(SELECT s.* FROM {sql})"
        self._con.register("_ew_rows", data)
        try:
            cols = ", ".join(data.column_names)
            new = ", ".join(f"n.{c}" for c in data.column_names)
            self._run(f"INSERT INTO {table} ({cols}) SELECT {new} FROM _ew_rows n "
                      f"WHERE NOT EXISTS (SELECT 1 FROM {stored} s WHERE {same})", params)
        finally:
            self._con.unregister("_ew_rows")
        return self._scalar(f"SELECT count(*) FROM {table}") - before

    def add_sources(self, docs: Sequence[Document]) -> int:
        """Record the outlets of already stored documents (see :mod:`.sources`)."""
        self._run("BEGIN TRANSACTION")
        try:
            added = add_sources(self, docs)
            self._run("COMMIT")
        except BaseException:
            self._run("ROLLBACK")
            raise
        return added

    def _merge_in(self, new: Sequence[Event]) -> tuple[int, int]:
        """Merge new reports with the stored events they tell (see :mod:`.merging`)."""
        from .merging import merge_in
        return merge_in(self, new, _dumps)


def _connect(where: str, read_only: bool, wait: float) -> Any:
    """A DuckDB connection to ``where``, retried for ``wait`` seconds while another process
    holds the file; a reader kept waiting says so meanwhile (:mod:`.turns`)."""
    import duckdb

    deadline = time.monotonic() + wait
    with ExitStack() as stack:
        marked = False
        while True:
            try:
                return duckdb.connect(where, read_only=read_only, config=_NO_EXTENSIONS)
            except duckdb.Error as exc:
                if not (locked(exc) and time.monotonic() < deadline):
                    raise fault(where, exc, "open") from None
                if read_only and not marked:
                    stack.enter_context(waiting(where))
                    marked = True
                time.sleep(LOCK_RETRY_SECONDS)


def __getattr__(name: str) -> Any:
    """``ReleasedStore``, which lived here, from :mod:`.released` (imported only when asked:
    that module builds on this one)."""
    if name == "ReleasedStore":
        from .released import ReleasedStore
        return ReleasedStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
