"""Lookups by lists of ids (eventwire.store.lookup): the rows of the ids, each once, found by
their integer twins in the index or by reading the twin column whole."""

from __future__ import annotations

import pyarrow as pa
import pytest

from eventwire.store import Store, lookup
from eventwire.store.lookup import counted, delete_among, id_hash, read_among, select

KEYS = [f"k{i}" for i in range(50)]


@pytest.fixture(params=["index", "read whole"])
def store(request, monkeypatch):
    """report_keys (a table with a hashed column) and t (one without), 5,000 rows each, 100
    a key; looked up by lists of parameters, or by joining the list with the column."""
    if request.param == "read whole":
        monkeypatch.setattr(lookup, "INDEX_LIST_VALUES", 0)
        monkeypatch.setattr(lookup, "INDEX_SHARE", 0.0)
    with Store.open(":memory:") as s:
        keys = [KEYS[i % 50] for i in range(5000)]
        s._insert("report_keys", pa.table({
            "key": keys, "report_id": [f"r{i}" for i in range(5000)],
            "key_hash": lookup.hashes(keys)}))
        s._run("CREATE TABLE t (k VARCHAR, n INTEGER, wide VARCHAR)")
        s._run("INSERT INTO t SELECT 'k' || (i % 50), i, repeat('x', 100) || i "
               "FROM range(5000) r(i)")
        yield s


def _expected(s: Store, values: list[str]) -> list[tuple]:
    return sorted(s._run("SELECT k, n, wide FROM t WHERE list_contains(?, k)", [values]))


def _expected_keys(s: Store, values: list[str]) -> list[tuple]:
    return sorted(s._run("SELECT key, report_id FROM report_keys WHERE list_contains(?, key)",
                         [values]))


VALUES = [[], ["nope"], ["k1"], ["k1", "k1"], ["k2", "k9", "nope"], KEYS[::3], KEYS]


@pytest.mark.parametrize("values", VALUES)
def test_select_gives_the_rows_of_the_values_once_each(store, values):
    assert sorted(select(store, "t", "k", values, "t.n, t.wide")) == _expected(store, values)
    got = sorted(select(store, "report_keys", "key", values, "t.report_id"))
    assert got == _expected_keys(store, values)
    assert len(got) == 100 * len({v for v in values if v != "nope"})


def test_ids_sharing_a_hash_are_told_apart(store):
    # two ids with one twin (1 in 2^64 for real ids): each lookup keeps its own id's rows
    store._run("INSERT INTO report_keys VALUES ('twin', 'r-twin', ?)", [id_hash("k7")])
    assert sorted(select(store, "report_keys", "key", ["k7"], "t.report_id")) == \
        _expected_keys(store, ["k7"])
    assert len(delete_among(store, "report_keys", "key", ["k7"])) == 100
    assert store._run("SELECT key FROM report_keys WHERE key_hash = ?", [id_hash("k7")]) == \
        [("twin",)]


def test_a_group_by_groups_the_rows_found(store):
    got = select(store, "report_keys", "key", ["k3", "k4", "nope"], "count(*)", "GROUP BY ALL")
    assert sorted(got) == [("k3", 100), ("k4", 100)]


@pytest.mark.parametrize("values", VALUES)
def test_counted_counts_the_rows_of_each_value_found(store, values):
    assert counted(store, "report_keys", "key", values) == \
        dict.fromkeys({v for v in values if v != "nope"}, 100)


def test_counted_counts_an_id_with_one_sharing_its_twin(store):
    # the odds accepted (1 in 2^64 for real ids): the twin's row is counted with the id's
    store._run("INSERT INTO report_keys VALUES ('twin', 'r-twin', ?)", [id_hash("k7")])
    assert counted(store, "report_keys", "key", ["k7", "k8"]) == {"k7": 101, "k8": 100}


@pytest.mark.parametrize("values", VALUES)
def test_read_among_gives_the_rows_of_the_values_once_each(store, values):
    assert sorted(read_among(store, "t", "k", values, "t.k, t.n, t.wide")) == \
        _expected(store, values)
    assert sorted(read_among(store, "report_keys", "key", values, "t.key, t.report_id")) == \
        _expected_keys(store, values)


def test_nothing_is_read_or_deleted_for_no_values(store):
    assert read_among(store, "t", "k", [], "t.n") == []
    assert delete_among(store, "t", "k", []) == []
    assert delete_among(store, "report_keys", "key", []) == []
    assert store._scalar("SELECT count(*) FROM t") == 5000
    assert store._scalar("SELECT count(*) FROM report_keys") == 5000


def test_delete_among_deletes_those_rows_only_and_returns_them(store):
    keep = _expected(store, KEYS[2:])
    gone = delete_among(store, "t", "k", ["k0", "k1", "k1", "nope"], "t.n")
    assert sorted(n for (n,) in gone) == sorted(n for n in range(5000) if n % 50 in (0, 1))
    assert sorted(store._run("SELECT k, n, wide FROM t")) == keep
    keep = _expected_keys(store, KEYS[2:])
    gone = delete_among(store, "report_keys", "key", ["k0", "k1", "nope"], "t.report_id")
    assert len(gone) == 200
    assert sorted(store._run("SELECT key, report_id FROM report_keys")) == keep


def test_rows_written_in_the_open_transaction_are_found_and_deleted(store):
    # merging deletes events it wrote earlier in the same transaction (a store's backfill)
    store._run("BEGIN TRANSACTION")
    store._run("INSERT INTO t VALUES ('new', -1, 'w'), ('new', -2, 'w'), ('k5', -3, 'w')")
    store._run("INSERT INTO report_keys VALUES ('new', 'r-new', ?)", [id_hash("new")])
    assert sorted(read_among(store, "t", "k", ["new"], "t.n")) == [(-2,), (-1,)]
    assert select(store, "report_keys", "key", ["new"], "t.report_id") == [("new", "r-new")]
    assert len(delete_among(store, "t", "k", ["new", "k5"])) == 103
    assert len(delete_among(store, "report_keys", "key", ["new", "k5"])) == 101
    store._run("COMMIT")
    assert store._scalar("SELECT count(*) FROM t WHERE k IN ('new', 'k5')") == 0
    assert store._scalar("SELECT count(*) FROM t") == 5000 - 100
    assert store._scalar("SELECT count(*) FROM report_keys") == 5000 - 100


def _scan(s: Store, values: list[str]) -> str:
    sql, params = lookup.find(s, "report_keys", "key", "x", values)
    plan = s._run(f"EXPLAIN ANALYZE SELECT x.report_id FROM {sql}", params)[0][1]
    return next(line for line in plan.splitlines() if "│ Type:" in line)


def test_a_few_ids_are_found_in_the_index_many_by_reading_the_column():
    with Store.open(":memory:") as s:
        keys = [f"k{i}" for i in range(200_000)]
        s._insert("report_keys", pa.table({"key": keys, "report_id": keys,
                                           "key_hash": lookup.hashes(keys)}))
        assert "Index Scan" in _scan(s, ["k7", "k123", "k199999", "nope"])
        many = keys[::20]
        assert len(many) > lookup.INDEX_LIST_VALUES + 200_000 * lookup.INDEX_SHARE
        assert "Sequential Scan" in _scan(s, many)
        # a list of a few hundred ids is joined too: an IN list costs 25-30 us a value
        some = keys[:400]
        assert lookup.INDEX_LIST_VALUES + 200_000 * lookup.INDEX_SHARE < len(some) < 2048
        assert "Sequential Scan" in _scan(s, some)
