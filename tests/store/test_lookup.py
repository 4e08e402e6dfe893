"""Lookups by lists of values (eventwire.store.lookup): the rows of the values, each once."""

from __future__ import annotations

import pytest

from eventwire.store import Store
from eventwire.store.lookup import among, delete_among, read_among


@pytest.fixture
def store():
    with Store.open(":memory:") as s:
        s._run("CREATE TABLE t (k VARCHAR, n INTEGER, wide VARCHAR)")
        s._run("INSERT INTO t SELECT 'k' || (i % 50), i, repeat('x', 100) || i "
               "FROM range(5000) r(i)")
        yield s


def _expected(s: Store, values: list[str]) -> list[tuple]:
    return sorted(s._run("SELECT k, n, wide FROM t WHERE list_contains(?, k)", [values]))


@pytest.mark.parametrize("values", [["k1"], ["k1", "k7", "nope"], ["k3", "k3", "k4"], ["nope"]])
def test_read_among_gives_the_rows_of_the_values_once_each(store, values):
    got = sorted(read_among(store, "t", "k", values, "t.k, t.n, t.wide"))
    assert got == _expected(store, values)
    assert len(got) == 100 * len({v for v in values if v != "nope"})


def test_among_joins_the_list(store):
    got = store._run(f"SELECT x.n FROM {among('t', 'k', 'x')} ORDER BY 1", [["k0"]])
    assert [n for (n,) in got] == list(range(0, 5000, 50))


def test_nothing_is_read_or_deleted_for_no_values(store):
    assert read_among(store, "t", "k", [], "t.n") == []
    assert delete_among(store, "t", "k", []) == []
    assert store._scalar("SELECT count(*) FROM t") == 5000


def test_delete_among_deletes_those_rows_only_and_returns_them(store):
    keep = _expected(store, [f"k{i}" for i in range(2, 50)])
    gone = delete_among(store, "t", "k", ["k0", "k1", "k1", "nope"], "t.n")
    assert sorted(n for (n,) in gone) == sorted(n for n in range(5000) if n % 50 in (0, 1))
    assert sorted(store._run("SELECT k, n, wide FROM t")) == keep


def test_rows_written_in_the_open_transaction_are_found_and_deleted(store):
    # merging deletes events it wrote earlier in the same transaction (a store's backfill)
    store._run("BEGIN TRANSACTION")
    store._run("INSERT INTO t VALUES ('new', -1, 'w'), ('new', -2, 'w'), ('k5', -3, 'w')")
    assert sorted(read_among(store, "t", "k", ["new"], "t.n")) == [(-2,), (-1,)]
    assert len(delete_among(store, "t", "k", ["new", "k5"])) == 103
    store._run("COMMIT")
    assert store._scalar("SELECT count(*) FROM t WHERE k IN ('new', 'k5')") == 0
    assert store._scalar("SELECT count(*) FROM t") == 5000 - 100
