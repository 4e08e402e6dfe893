"""The store keeps what an event hit (``Event.targets``) in its JSON record, and as the flat
``targets`` column (migration 0013) that :class:`EventFilter`'s ``target_kinds`` reads; a
report merged into a stored event adds its targets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb
import pytest
from serve_store import _event
from target_store import build_targets_store, places_hit

from eventwire.export.flat import flatten
from eventwire.records import Target, event_to_record
from eventwire.store import EventFilter, Store
from eventwire.store.migrations import applied

_TEXT = "Gunmen stormed a clinic and torched an ambulance in Kunduz on Monday."


def _report(i: int, *targets: Target):
    doc, e = _event(i, ("ATTACK", "Afghanistan", "AF", "Kunduz", 36.73, 68.86,
                        date(2023, 6, 5), None, None, 3, _TEXT))
    return doc, [replace(e, targets=targets)]


def _at(i: int, words: str, kind: str) -> Target:
    doc, _ = _report(i)
    s = doc.text.index(words)
    return Target(kind, words, (s, s + len(words)))


def test_a_stored_event_gives_back_its_targets():
    clinic = _at(3, "clinic", "health facility")
    with Store.open(":memory:") as s:
        s.add_batch([_report(3, clinic)])
        [e] = list(s.events())
    assert e.targets == (clinic,)


def test_reports_merged_in_the_store_keep_every_target_once():
    clinic, ambulance = _at(3, "clinic", "health facility"), _at(4, "ambulance", "vehicle")
    with Store.open(":memory:") as s:
        s.add_batch([_report(3, clinic)])
        s.add_batch([_report(4, _at(4, "clinic", "health facility"), ambulance)])
        [e] = list(s.events())
    assert len(e.mentions) == 2
    assert sorted(t.text for t in e.targets) == ["ambulance", "clinic"]


def _columns(db) -> dict[str, str | None]:
    with duckdb.connect(str(db)) as con:
        return dict(con.execute("SELECT location_name, targets FROM events").fetchall())


def test_every_write_fills_the_targets_column_as_the_flat_layout_has_it(tmp_path):
    events = build_targets_store(tmp_path / "s.duckdb")
    assert _columns(tmp_path / "s.duckdb") == {
        e.location.name: flatten(event_to_record(e), ("targets",))["targets"] for e in events}
    assert _columns(tmp_path / "s.duckdb")["Lima"] is None         # it hit nothing


@pytest.mark.parametrize("kinds", [
    ("health facility",), ("school",), ("school", "health facility"), ("building",),
    ("public building",), ("vehicle", "home"), ("home",)])
def test_the_filter_keeps_events_that_hit_any_of_the_kinds(tmp_path, kinds):
    build_targets_store(tmp_path / "s.duckdb")
    with Store.open(tmp_path / "s.duckdb", read_only=True) as s:
        got = {e.location.name for e in s.events(EventFilter(target_kinds=kinds))}
        every = {e.location.name for e in s.events(EventFilter())}
    assert got == places_hit(set(kinds))
    assert every == places_hit({"school", "health facility", "building", "public building"}
                               ) | {"Lima"}


def test_the_kinds_filter_combines_with_the_others_and_reads_corrected_events_too(tmp_path):
    events = build_targets_store(tmp_path / "s.duckdb")
    with Store.open(tmp_path / "s.duckdb", read_only=True) as s:
        assert [e.location.name for e in s.events(EventFilter(
            label="PEACE_PROTEST", target_kinds=("school",)))] == []
        lima = next(e.id for e in events if e.location.name == "Lima")
        assert [e.location.name for e in s.events(EventFilter(
            label="ATTACK", target_kinds=("school",), also=(lima,)))] in (
            ["Lima", "Maiduguri"], ["Maiduguri", "Lima"])


def _as_0012_left_it(db) -> None:
    """The store as 0012 left it: no targets column (DuckDB drops no column of a table with
    an index: 0009's index of events goes first, it only speeds lookups up)."""
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM schema_migrations WHERE version >= 13")
        con.execute("DROP INDEX events_event_id_hash")
        con.execute("ALTER TABLE events DROP COLUMN targets")


def test_the_migration_fills_old_rows_from_their_records_and_applies_twice(tmp_path):
    db = tmp_path / "s.duckdb"
    build_targets_store(db)
    written = _columns(db)
    _as_0012_left_it(db)
    with Store.open(db) as s:
        assert applied(s._con)[12] == "0013_targets"
        schools = {e.location.name for e in s.events(EventFilter(target_kinds=("school",)))}
    assert _columns(db) == written and written["Kunduz"] == "health facility: clinic; " \
        "vehicle: ambulance"
    assert schools == {"Maiduguri"}
    with duckdb.connect(str(db)) as con:                  # applied again: nothing changes
        con.execute("DELETE FROM schema_migrations WHERE version >= 13")
    Store.open(db).close()
    assert _columns(db) == written
