"""Reviews: corrections, the audit trail, states, and reviews surviving re-runs and merges."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import duckdb
import pytest
from serve_store import ROWS, _event, build_store

from eventwire.errors import ReviewError
from eventwire.records import event_from_record, event_to_record
from eventwire.store import Store
from eventwire.store.review import (
    apply,
    correct,
    record_review,
    reviewed_events,
    reviews_by_event,
    state,
)


@pytest.fixture
def event():
    return _event(0, ROWS[0])[1]


def test_corrections_change_the_fields_and_keep_the_article_words(event):
    fixed = correct(event, {"label": "armed_clash", "fatalities": 9, "date": "2019-05-12",
                            "actor2": {"name": "Rebels", "inter": 2},
                            "location": {"name": "Idlib", "country": "Syria", "iso2": "sy",
                                         "latitude": "35.93", "longitude": 36.63}})
    assert fixed.type.label == "ARMED_CLASH" and fixed.type.event_type == "Battles"
    assert (fixed.fatalities.best, fixed.fatalities.text) == (9, event.fatalities.text)
    assert fixed.date.start == fixed.date.end == date(2019, 5, 12) and fixed.date.precision == 1
    assert fixed.actor2.name == "Rebels" and fixed.actor2.inter == 2
    loc = fixed.location
    assert (loc.name, loc.iso2, loc.latitude, loc.span) == ("Idlib", "SY", 35.93,
                                                            event.location.span)
    assert correct(event, {"location": None, "actor1": None}).location is None


@pytest.mark.parametrize(("changes", "words"), [
    ({"label": "NOPE"}, "unknown label"),
    ({"colour": "red"}, "may correct"),
    ({"fatalities": -1}, "out of range"),
    ({"fatalities": 2.5}, "out of range"),
    ({"fatalities": "many"}, "whole number"),
    ({"date": "last week"}, "YYYY-MM-DD"),
    ({"date": {"start": "2020-02-02", "end": "2020-01-01"}}, "before it starts"),
    ({"location": {"country": "Syria"}}, "needs at least a name"),
    ({"location": {"name": "X", "latitude": 95, "longitude": 1}}, "out of range"),
    ({"location": {"name": "X", "latitude": 5}}, "both latitude and longitude"),
    ({"actor1": {"inter": 1}}, "is a name"),
])
def test_bad_corrections_are_refused_with_what_to_give(event, changes, words):
    with pytest.raises(ReviewError, match=words):
        correct(event, changes)


def _con(path):
    return duckdb.connect(str(path))


def test_trail_records_who_when_before_after_and_state_folds(rw_store):
    with Store.open(rw_store):
        pass                                   # migrated: the reviews table exists
    con = _con(rw_store)
    eid = con.execute("SELECT event_id FROM events WHERE location_name = 'Ariha'").fetchone()[0]
    ev = event_from_record(json.loads(con.execute(
        "SELECT record FROM events WHERE event_id = ?", [eid]).fetchone()[0]))
    r1 = record_review(con, ev, "correct", {"fatalities": 8}, "two died later", "ana")
    assert (r1.before["fatalities"]["best"], r1.after["fatalities"]["best"]) == (7, 8)
    assert r1.reviewer == "ana" and r1.at.tzinfo is not None
    record_review(con, ev, "reject", note="not in scope", reviewer="bo")
    trail = reviews_by_event(con)[eid]
    assert [r.action for r in trail] == ["correct", "reject"] and state(trail) == "rejected"
    assert apply(ev, trail).fatalities.best == 8 and apply(ev, trail).reviewed == "rejected"
    stored = [event_from_record(json.loads(r)) for (r,) in con.execute(
        "SELECT record FROM events").fetchall()]
    kept = list(reviewed_events(con, stored))
    assert eid not in {e.id for e in kept} and len(kept) == len(ROWS) - 1
    everything = {e.id: e for e in reviewed_events(con, stored, include_rejected=True)}
    assert everything[eid].reviewed == "rejected" and everything[eid].fatalities.best == 8
    with pytest.raises(ReviewError, match="takes no changes"):
        record_review(con, ev, "accept", {"fatalities": 1})
    with pytest.raises(ReviewError, match="unknown review action"):
        record_review(con, ev, "delete")
    con.close()


def test_reviews_survive_a_rerun_and_follow_a_merge_that_changes_the_id(rw_store):
    with Store.open(rw_store):
        pass
    con = _con(rw_store)
    eid = con.execute("SELECT event_id FROM events WHERE location_name = 'Kabul'").fetchone()[0]
    ev = event_from_record(json.loads(con.execute(
        "SELECT record FROM events WHERE event_id = ?", [eid]).fetchone()[0]))
    record_review(con, ev, "accept", reviewer="ana")
    con.close()
    build_store(rw_store)                     # the same inputs again: nothing changes
    con = _con(rw_store)
    assert state(reviews_by_event(con)[eid]) == "accepted"
    # A merge that gives the event another id (an earlier report became its first one):
    # the event row and its reports move to the new id, as the store's merging does.
    for table in ("events", "reports", "mentions"):
        con.execute(f"UPDATE {table} SET event_id = 'ew-merged' WHERE event_id = ?", [eid])
    assert state(reviews_by_event(con)["ew-merged"]) == "accepted"
    assert eid not in reviews_by_event(con)
    con.close()


def test_reviewed_field_round_trips_through_the_record(event):
    assert "reviewed" not in event_to_record(event)
    rec = event_to_record(replace(event, reviewed="corrected"))
    assert rec["reviewed"] == "corrected" and event_from_record(rec).reviewed == "corrected"


def test_a_place_given_by_name_is_completed_from_the_gazetteer(event):
    loc = correct(event, {"location": {"name": "Paris", "country": "France"}}).location
    assert (loc.iso2, loc.geo_precision) == ("FR", 1) and loc.geonameid
    assert abs(loc.latitude - 48.85) < 0.1 and abs(loc.longitude - 2.35) < 0.1
    assert correct(event, {"location": {"name": "Paris", "iso2": "US"}}).location.iso2 == "US"
    with pytest.raises(ReviewError, match="latitude and longitude"):
        correct(event, {"location": {"name": "Qwzxvbn"}})


def test_a_corrected_place_gets_the_admin2_the_places_stage_would_give_it(event):
    paris = correct(event, {"location": {"name": "Paris", "country": "France"}}).location
    assert "Paris" in (paris.admin2 or "")               # Paris is its own department
    town = {"name": "Springfield", "iso2": "US", "latitude": 39.80, "longitude": -89.64,
            "geo_precision": 1}
    assert correct(event, {"location": town}).location.admin2 == "Sangamon County"
    given = correct(event, {"location": town | {"admin2": "Reviewer's County"}}).location
    assert given.admin2 == "Reviewer's County"           # as the reviewer gave it
    assert correct(event, {"location": {"name": "Syria"}}).location.admin2 is None
    assert correct(event, {"location": town | {"geo_precision": None}}).location.admin2 is None
