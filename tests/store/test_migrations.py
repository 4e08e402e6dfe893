"""The store's migrations (eventwire.store.migrations): 0008-0009, the ids' integer twins;
0010, the places' second-level regions."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
from merge_builders import HOMS, RAQQA, report

from eventwire.records import Document
from eventwire.store import Store
from eventwire.store.lookup import HASHED, id_hash
from eventwire.store.migrations import applied

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


# ------------------------------------------------------------------ 0010: admin2

def _admin2s(db) -> dict[str, tuple[str | None, str | None]]:
    """Each event's place name: (admin2 column, admin2 of the record)."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT location_name, location_admin2, "
                           "record->>'$.location.admin2' FROM events").fetchall()
    return {name: (column, record) for name, column, record in rows}


def _as_0009_left_it(db, strip_record_of: str | None = None) -> None:
    """The store before 0010: no admin2 column; ``strip_record_of``: that place's record
    written before the places stage kept admin2 (no such key at all)."""
    with duckdb.connect(str(db)) as con:
        # DuckDB drops no column of an indexed table: the indexes go and come back.
        indexes = con.execute("SELECT index_name, sql FROM duckdb_indexes() "
                              "WHERE table_name = 'events'").fetchall()
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        con.execute("ALTER TABLE events DROP COLUMN location_admin2")
        for _, sql in indexes:
            con.execute(sql)
        con.execute("DELETE FROM schema_migrations WHERE version >= 10")
        for eid, text in con.execute("SELECT event_id, record FROM events "
                                     "WHERE location_name = ?", [strip_record_of]).fetchall():
            record = json.loads(text)
            del record["location"]["admin2"]
            con.execute("UPDATE events SET record = ? WHERE event_id = ?",
                        [json.dumps(record), eid])


def _admin2_store(db) -> None:
    raqqa = replace(RAQQA, admin2="Raqqa District")
    homs = replace(HOMS, admin2="Homs District")
    with Store.open(db) as s:
        for e in (replace(REPORTS[0], location=raqqa), replace(REPORTS[2], location=homs)):
            s.add_batch([(Document(id=e.document.id, text="t", source="s"), [e])])


def test_every_write_fills_the_admin2_column_from_the_place():
    with Store.open(":memory:") as s:
        s.add_batch([(Document(id="wire", text="t", source="s"),
                      [replace(REPORTS[0], location=replace(RAQQA, admin2="Raqqa District"))])])
        s.add_batch([(Document(id="fire", text="t", source="s"), [REPORTS[2]])])
        rows = dict(s._run("SELECT location_name, location_admin2 FROM events"))
    assert rows == {"Raqqa": "Raqqa District", "Homs": None}


def test_the_admin2_migration_fills_old_rows_from_their_records_and_applies_twice(tmp_path):
    db = tmp_path / "s.duckdb"
    _admin2_store(db)
    _as_0009_left_it(db, strip_record_of="Homs")
    with Store.open(db) as s:
        assert "0010_admin2" in applied(s._con)
        events = {e.location.name: e.location.admin2 for e in s.events()}
    assert _admin2s(db) == {"Raqqa": ("Raqqa District", "Raqqa District"),
                            "Homs": (None, None)}          # an old record: nothing to fill
    assert events == {"Raqqa": "Raqqa District", "Homs": None}
    with duckdb.connect(str(db)) as con:                  # applied again: nothing changes
        con.execute("DELETE FROM schema_migrations WHERE version >= 10")
    Store.open(db).close()
    assert _admin2s(db) == {"Raqqa": ("Raqqa District", "Raqqa District"),
                            "Homs": (None, None)}
