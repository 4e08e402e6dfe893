"""Lookups of rows by a list of ids, written so that DuckDB reads little of a large store.

The id columns merging looks up (a report's id, event and component, an event's id, a
mention's event, a blocking key) each have a 64-bit integer twin, ``<column>_hash``
(:func:`id_hash`, derived from the id; migration 0008), with an ART index (0009). A lookup
(:func:`select`) takes two steps. First the row ids of the ids' hashes: a short list as
parameters, ``IN (?, ?, ...)``, found in the index (about 2 us a row found), a longer list
(more than :data:`INDEX_LIST_VALUES` plus :data:`INDEX_SHARE` of the table's rows) by joining
it with the twin column, a read of 8 bytes a row. Then the columns asked for, read by row id,
which reads only the row groups holding those rows; the rows of ids that merely share a hash
with one looked up are dropped. Rows are deleted by row id (:func:`delete_among`).

Measured on benchmarks/store_size.py's store of 1M events (DuckDB 2.0): the id strings read
whole cost 35-50 ms a lookup, their integer twins 6 ms (11M blocking keys: 90 ms); the row ids
of 8,551 key rows came from the index in 14-34 ms; but DuckDB's index scan fetching the other
columns too took 0.2 s for those rows, 0.6 s for 5,892 reports with their records (their
row-id read: 10 ms), hence the two steps. Merging's SQL per batch of 64 documents (batches
after the first, which reads the index from disk): about 0.25 s at 10k and at 1M events;
reading the id strings whole, 1.2-1.4 s at 1M. Whole batches, CPU (8 batches, 1M / 10k):
3.57 / 3.75 s, before 4.89 / 4.04 s.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Store

# The id columns with an integer twin, by table (migration 0008 adds and indexes them).
HASHED = {"report_keys": ("key",), "reports": ("report_id", "event_id", "component_id"),
          "events": ("event_id",), "mentions": ("event_id",)}
# A list of at most INDEX_LIST_VALUES plus this share of the table's rows is looked up in the
# index (IN with a parameter a value); a longer one is joined with the whole twin column.
# Measured on benchmarks/ingest_vs_extract.py's feed stored (36,575 reports, 507,610 key rows;
# DuckDB 2.0, CPU ms, best of 7): a value in an IN list costs 25-30 us (component twins: 100
# values 2.7 ms, 400 values 11-12 ms; key twins: 400 values 5.9-7.7 ms), a join about 1 ms
# plus 3-6 ns a row whatever the list (1.0-1.2 ms for 100-400 components, 2.4-2.9 ms for 400
# keys); below about 40 values the two cost the same. The limit was 2,048 values whatever the
# table, so a batch's lists of a few hundred ids (its candidates' components) took 10-50 ms
# each instead of 1-3 (issue 12: ingest against extract).
INDEX_SHARE = 0.0002
INDEX_LIST_VALUES = 40
# DuckDB answers a list from the index when fewer rows match than this (else it reads the
# table, the list a filter): the choice is made above, so only a runaway lookup reads whole.
INDEX_SCAN_ROWS = 1_000_000


# Ids whose twins are kept: a report joining a story of 3,000 reports hashed each of their ids
# again (2.3 of its 65 CPU ms; a hit costs 0.05 us, a hash 0.9). At most about 15 MB (an id of
# 64 characters, its twin and the cache's entry).
HASHES_KEPT = 2**16


@lru_cache(maxsize=HASHES_KEPT)
def id_hash(text: str) -> int:
    """The 64-bit integer twin of an id: the first 8 bytes (16 hex digits) of its sha256, big
    endian, less 2^63 (a BIGINT; migration 0008 computes the same in SQL for the rows stored
    before it)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8]) - 2**63


def hashes(texts: Sequence[str]) -> Any:
    """The twins of a column of ids, as an Arrow array (each distinct id hashed once: an
    event's mention rows repeat its id)."""
    import pyarrow as pa

    twin = {t: id_hash(t) for t in set(texts)}
    return pa.array([twin[t] for t in texts], pa.int64())


def settings(con: Any) -> None:
    """Let DuckDB answer a list of parameters from the index (per connection)."""
    con.execute(f"SET index_scan_max_count = {INDEX_SCAN_ROWS}")


def among(table: str, column: str, alias: str) -> str:
    """A ``FROM`` clause: the rows ``alias`` of ``table`` whose ``column`` is one of the
    values of a list parameter (give each value once: a value twice gives its rows twice).
    It reads ``column`` whole."""
    return f"(SELECT unnest(?) AS v) _v JOIN {table} {alias} ON {alias}.{column} = _v.v"


def find(store: Store, table: str, column: str, alias: str, values: Sequence[Any]
         ) -> tuple[str, list[Any]]:
    """A ``FROM`` clause (with its ``WHERE``) of the rows ``alias`` of ``table`` whose
    ``column`` is among ``values`` (of a hashed column, whose twin is among their hashes:
    :func:`select` keeps the rows of the ids themselves), and its parameters."""
    if column in HASHED.get(table, ()):
        column, values = f"{column}_hash", [id_hash(v) for v in values]
    values = sorted(set(values))
    if not values:
        return f"{table} {alias} WHERE false", []
    if len(values) > INDEX_LIST_VALUES and len(values) > INDEX_LIST_VALUES + \
            INDEX_SHARE * store._scalar(f"SELECT count(*) FROM {table}"):
        return among(table, column, alias), [values]
    marks = ", ".join(["?"] * len(values))
    return f"{table} {alias} WHERE {alias}.{column} IN ({marks})", values


def select(store: Store, table: str, column: str, values: Sequence[Any], columns: str = "",
           tail: str = "") -> list[tuple[Any, ...]]:
    """``(column, *columns)`` (of alias ``t``, then ``tail``, say a ``GROUP BY``) of the rows
    of ``table`` whose ``column`` is among ``values``: their row ids found (:func:`find`), then
    the columns read by row id."""
    if not values:                      # nothing to find: no statement (0.8 ms each)
        return []
    sql, params = find(store, table, column, "t", values)
    ids = sorted(r[0] for r in store._run(f"SELECT t.rowid FROM {sql}", params))
    if not ids:
        return []
    more = f", {columns}" if columns else ""
    rows = store._run(f"SELECT t.{column}{more} FROM (SELECT unnest(?) AS v) _v JOIN {table} t "
                      f"ON t.rowid = _v.v {tail}", [ids])
    if column not in HASHED.get(table, ()):
        return rows
    wanted = set(values)
    return [r for r in rows if r[0] in wanted]


def counted(store: Store, table: str, column: str, values: Sequence[str]) -> dict[str, int]:
    """The rows of ``table`` per value of a hashed ``column`` among ``values`` (none: left
    out), counted by the values' twins in one statement: :func:`select`'s two steps read
    each row's id, which costs the rows counted (a component of 3,000 reports in a table of
    1M rows, on disk: 30 CPU ms, its ids read through the index 69, its twins counted 2.5).
    An id whose twin another id of the column shares (odds of about the column's distinct ids
    in 2^64 a lookup) would be counted with it."""
    if not values:
        return {}
    twin = {id_hash(v): v for v in set(values)}
    sql, params = find(store, table, column, "t", values)
    rows = store._run(f"SELECT t.{column}_hash, count(*) FROM {sql} GROUP BY ALL", params)
    return {twin[h]: n for h, n in rows if h in twin}


def read_among(store: Store, table: str, column: str, values: Sequence[Any], columns: str
               ) -> list[tuple[Any, ...]]:
    """The ``columns`` (of alias ``t``) of the rows of ``table`` whose ``column`` is among
    ``values`` (:func:`select`)."""
    return [r[1:] for r in select(store, table, column, values, columns)]


def delete_among(store: Store, table: str, column: str, values: Sequence[Any],
                 returning: str = "") -> list[tuple[Any, ...]]:
    """Delete the rows of ``table`` whose ``column`` is among ``values``; returns the
    ``returning`` columns (of alias ``t``) of each. The rows are found by :func:`select` and
    deleted by row id, in the caller's transaction: a DELETE joined with the list took 2.7 s
    for 3,000 of 1M events, this 0.2 s."""
    rows = select(store, table, column, values, "t.rowid" + (f", {returning}" if returning
                                                               else ""))
    if rows:
        store._run(f"DELETE FROM {table} WHERE rowid IN (SELECT unnest(?))",
                   [[r[1] for r in rows]])
    return [r[2:] for r in rows]
