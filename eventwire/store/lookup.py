"""Lookups of rows by a list of values, written so that DuckDB reads little of a large store.

``column IN (SELECT unnest(?))`` is planned as a semi join that reads every column the query
names from every row. A join with the list (:func:`among`) reads the looked-up column of every
row and the others only where they are needed; a wide column (an event's JSON record) is read
by row id (:func:`read_among`), and rows are deleted by row id (:func:`delete_among`).
Measured on benchmarks/store_size.py's store of 1M events, 5,000 events of its last weeks:
their records 2.0 s by the join, 0.2 s by row id. DuckDB's ART indexes were no faster for
lists of values (2,000 report ids: 179 ms as one IN list of parameters, 1.6 s looked up one
by one, 133 ms by the join), so merging adds none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Store


def among(table: str, column: str, alias: str) -> str:
    """A ``FROM`` clause: the rows ``alias`` of ``table`` whose ``column`` is one of the
    values of a list parameter (give each value once: a value twice gives its rows twice)."""
    return f"(SELECT unnest(?) AS v) _v JOIN {table} {alias} ON {alias}.{column} = _v.v"


def _row_ids(store: Store, table: str, column: str, values: Sequence[Any], more: str = ""
             ) -> list[tuple[Any, ...]]:
    return store._run(f"SELECT t.rowid{more} FROM {among(table, column, 't')}",
                      [sorted(set(values))])


def read_among(store: Store, table: str, column: str, values: Sequence[Any], columns: str
               ) -> list[tuple[Any, ...]]:
    """The ``columns`` (of alias ``t``) of the rows of ``table`` whose ``column`` is among
    ``values``: the rows found by :func:`among`, then read by row id, so that a wide column
    is read only from the row groups holding them."""
    if not values:
        return []
    ids = sorted(r[0] for r in _row_ids(store, table, column, values))
    return store._run(f"SELECT {columns} FROM (SELECT unnest(?) AS v) _v JOIN {table} t "
                      "ON t.rowid = _v.v", [ids]) if ids else []


def delete_among(store: Store, table: str, column: str, values: Sequence[Any],
                 returning: str = "") -> list[tuple[Any, ...]]:
    """Delete the rows of ``table`` whose ``column`` is among ``values``; returns the
    ``returning`` columns (of alias ``t``) of each. The rows are found by :func:`among` and
    deleted by row id, in the caller's transaction: a DELETE joined with the list took 2.7 s
    for 3,000 of 1M events, this 0.2 s."""
    if not values:
        return []
    rows = _row_ids(store, table, column, values, f", {returning}" if returning else "")
    if rows:
        store._run(f"DELETE FROM {table} WHERE rowid IN (SELECT unnest(?))",
                   [[r[0] for r in rows]])
    return [r[1:] for r in rows]
