"""The events' review_state column (migration 0007) follows the reviews through reviews,
re-runs, reprocessing and the migration of an older store."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
from serve_store import ROWS, _event, build_store

from eventwire.records import event_from_record
from eventwire.store import Store
from eventwire.store.reprocess import replace_reports
from eventwire.store.review import record_review


def _states(path) -> dict[str, str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return dict(con.execute("SELECT location_name, review_state FROM events WHERE "
                                "review_state IS NOT NULL").fetchall())


def _review(path, place: str, action: str, changes=None) -> None:
    con = duckdb.connect(str(path))
    rec = con.execute("SELECT record FROM events WHERE location_name = ?", [place]).fetchone()
    record_review(con, event_from_record(json.loads(rec[0])), action, changes, reviewer="ana")
    con.close()


def test_a_review_sets_the_state_and_rewrites_keep_it(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    _review(db, "Kabul", "accept")
    _review(db, "Ariha", "correct", {"fatalities": 8})
    _review(db, "Lyon", "correct", {"fatalities": 1})
    _review(db, "Lyon", "reject")
    assert _states(db) == {"Kabul": "accepted", "Ariha": "corrected", "Lyon": "rejected"}
    items = [_event(i, r) for i, r in enumerate(ROWS)]
    with Store.open(db) as store:                     # every event rewritten
        replace_reports(store, [(d, (e,)) for d, e in items])
    assert _states(db) == {"Kabul": "accepted", "Ariha": "corrected", "Lyon": "rejected"}
    kabul = next((d, e) for d, e in items if e.location.name == "Kabul")
    with Store.open(db) as store:                     # its event is gone: so is its state
        replace_reports(store, [(kabul[0], (replace(kabul[1], id="ew-new"),))])
    assert _states(db) == {"Ariha": "corrected", "Lyon": "rejected"}


def test_the_migration_fills_the_state_of_reviewed_events(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    _review(db, "Kabul", "reject")
    with duckdb.connect(str(db)) as con:              # the store as 0006 left it
        # the events' id twin (0008, 0009) comes after the column: it goes first
        con.execute("DROP INDEX events_event_id_hash")
        con.execute("ALTER TABLE events DROP COLUMN event_id_hash")
        con.execute("ALTER TABLE events DROP COLUMN review_state")
        con.execute("DELETE FROM schema_migrations WHERE version >= 7")   # they apply again
    with Store.open(db):
        pass
    assert _states(db) == {"Kabul": "rejected"}
