"""The store's migrations (eventwire.store.migrations): 0008-0009, the ids' integer twins."""

from __future__ import annotations

import duckdb
from merge_builders import HOMS, report

from eventwire.records import Document
from eventwire.store import Store
from eventwire.store.lookup import HASHED, id_hash

# Reports of three outlets, two of which tell one event (a merged event: rows of every kind).
REPORTS = [report("wire", "Russian warplanes struck a market in Raqqa on Friday, killing seven "
                  "people, activists said.", dead=7),
           report("local", "Seven people died when Russian jets bombed the Raqqa market on "
                  "Friday.", dead=7),
           report("fire", "A fire destroyed a warehouse in Homs on Friday.", place=HOMS,
                  label="PROPERTY_DISTRUCT", actor=None)]


def _twins(con) -> dict[tuple[str, str], list[tuple]]:
    return {(t, c): sorted(con.execute(f"SELECT {c}, {c}_hash FROM {t}").fetchall(), key=repr)
            for t, cols in HASHED.items() for c in cols}


def test_every_write_gives_each_id_its_twin():
    with Store.open(":memory:") as s:
        for e in REPORTS:
            s.add_batch([(Document(id=e.document.id, text="t", source="s"), [e])])
        twins = _twins(s._con)
    assert len(twins[("events", "event_id")]) == 2
    for rows in twins.values():
        assert rows and all(h == id_hash(i) for i, h in rows)


def _as_0007_left_it(db) -> None:
    """The store as 0007 left it: no twins (NULL), no indexes of them."""
    with duckdb.connect(str(db)) as con:
        for (index,) in con.execute("SELECT index_name FROM duckdb_indexes() "
                                    "WHERE index_name LIKE '%_hash'").fetchall():
            con.execute(f"DROP INDEX {index}")
        con.execute("DELETE FROM schema_migrations WHERE version >= 8")
        for table, cols in HASHED.items():
            con.execute(f"UPDATE {table} SET " + ", ".join(f"{c}_hash = NULL" for c in cols))


def test_the_migration_gives_rows_stored_before_it_the_twins_writes_give(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store.open(db) as s:
        for e in REPORTS:
            s.add_batch([(Document(id=e.document.id, text="t", source="s"), [e])])
        written = _twins(s._con)
        s._run("UPDATE reports SET component_id = NULL WHERE report_id = ?", [REPORTS[2].id])
    _as_0007_left_it(db)
    with Store.open(db) as s:
        migrated = _twins(s._con)
        indexed = {r[0] for r in s._run("SELECT index_name FROM duckdb_indexes()")}
    # a NULL component (a report stored before 0004) has a NULL twin
    assert migrated.pop(("reports", "component_id")) == sorted(
        [(None, None)] + [r for r in written.pop(("reports", "component_id"))
                          if r[0] != REPORTS[2].id], key=repr)
    assert migrated == written
    assert {f"{t}_{c}_hash" for t, cols in HASHED.items() for c in cols} <= indexed


def test_reports_stored_before_the_migration_are_found_by_merging(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store.open(db) as s:
        s.add_batch([(Document(id="wire", text="t", source="s"), [REPORTS[0]])])
    _as_0007_left_it(db)
    with Store.open(db) as s:
        s.add_batch([(Document(id="local", text="t", source="s"), [REPORTS[1]])])
        [event] = list(s.events())
    assert {m.document.id for m in event.mentions} == {"wire", "local"}
