"""Re-reading stored documents (ingest --reprocess): reports replaced, reviews kept or said
lost, language stored; the store-level half (tests/test_cli_store.py runs the command)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import duckdb
import pytest
from serve_store import ROWS, _event, build_store

from eventwire.clean import clean
from eventwire.records import RawDocument, event_from_record
from eventwire.store import Store
from eventwire.store.reprocess import (
    dated,
    document_ids,
    replace_reports,
    review_fate,
    review_places,
    stored_documents,
)
from eventwire.store.review import record_review, reviews_by_event


def _events(store: Store) -> dict[str, dict]:
    return {eid: json.loads(rec) for eid, rec in store._run(
        "SELECT event_id, record FROM events ORDER BY event_id")}


def _review(path, place: str, action: str, changes=None) -> str:
    con = duckdb.connect(str(path))
    eid, rec = con.execute("SELECT event_id, record FROM events WHERE location_name = ?",
                           [place]).fetchone()
    record_review(con, event_from_record(json.loads(rec)), action, changes, reviewer="ana")
    con.close()
    return eid


def test_stored_documents_come_back_as_they_were_read(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    with Store.open(db) as store:
        ids = document_ids(store)
        docs = stored_documents(store, ids)
    originals = {d.id: d for d, _ in (_event(i, r) for i, r in enumerate(ROWS))}
    assert [d.id for d in docs] == ids == sorted(originals)
    for d in docs:
        assert d == originals[d.id]


def test_the_same_reading_again_changes_nothing_and_keeps_every_review(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    kept = _review(db, "Kabul", "accept")
    _review(db, "Ariha", "correct", {"fatalities": 9})
    items = [_event(i, r) for i, r in enumerate(ROWS)]
    with Store.open(db) as store:
        before_events, before = _events(store), review_places(store)
        replace_reports(store, [(replace(d, language="en"), (e,)) for d, e in items])
        assert _events(store) == before_events
        fate = review_fate(before, review_places(store))
        langs = {r[0] for r in store._run("SELECT DISTINCT language FROM documents")}
    assert len(fate.kept) == 2 and not fate.moved and not fate.lost
    assert "2 of 2 reviews still apply" in fate.describe()
    assert langs == {"en"}
    with Store.open(db) as store:
        assert kept in reviews_by_event(store._con)


def test_an_event_the_new_reading_does_not_find_takes_its_review_with_it(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    gone = _review(db, "Kabul", "reject")
    items = [_event(i, r) for i, r in enumerate(ROWS)]
    kabul = next(d for d, e in items if e.id == gone)
    relabelled = [(d, (replace(e, id="ew-relabelled", type=replace(e.type, label="ATTACK")),))
                  for d, e in items if d is kabul]
    with Store.open(db) as store:
        before = review_places(store)
        n_events = len(_events(store))
        replace_reports(store, relabelled)
        events = _events(store)
        fate = review_fate(before, review_places(store))
    assert gone not in events and "ew-relabelled" in events and len(events) == n_events
    assert fate.lost == ((1, gone, "reject"),) and not fate.kept
    text = fate.describe()
    assert "0 of 1 reviews still apply" in text and gone in text and "audit trail" in text


def test_a_document_read_again_with_no_events_loses_them_and_keeps_the_others(tmp_path):
    db = tmp_path / "s.duckdb"
    events = build_store(db)
    doc = _event(0, ROWS[0])[0]
    with Store.open(db) as store:
        replace_reports(store, [(doc, ())])
        left = _events(store)
        assert store.counts()["documents"] == len(ROWS)
        assert not store._run("SELECT * FROM reports WHERE document_id = ?", [doc.id])
    assert set(left) == {e.id for e in events[1:]}


def test_reviews_of_a_few_events_are_read_as_for_all(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    for place, action in (("Kabul", "accept"), ("Ariha", "reject"), ("Kabul", "reject")):
        _review(db, place, action)
    con = duckdb.connect(str(db))
    every = reviews_by_event(con)
    con.execute("UPDATE events SET event_id = 'ew-moved' WHERE location_name = 'Ariha'")
    con.execute("UPDATE reports SET event_id = 'ew-moved' WHERE event_id IN "
                "(SELECT event_id FROM reviews WHERE action = 'reject' AND seq = 2)")
    moved = reviews_by_event(con)
    for eid in (*every, *moved, "ew-none"):
        assert reviews_by_event(con, [eid]) == ({eid: moved[eid]} if eid in moved else {})
    assert "ew-moved" in moved
    con.close()


_TEXT = "Gunmen attacked a checkpoint near the border on Monday, officials said."


@pytest.mark.parametrize("raw", [
    RawDocument("a.txt", _TEXT, "text"),                                      # no date
    RawDocument("a.jsonl", _TEXT, "text", line=1, published=date(2021, 6, 1)),
    RawDocument("a.warc", _TEXT, "text", crawled=date(2021, 6, 9)),
    RawDocument("a.warc", _TEXT, "text", crawled=date(2019, 1, 1)),           # option later
])
@pytest.mark.parametrize("before", [None, date(2018, 2, 2)])
@pytest.mark.parametrize("option", [None, date(2020, 5, 4), date(2021, 6, 10)])
def test_dated_gives_the_date_a_fresh_read_with_the_option_gives(raw, before, option):
    """A document stored under one --published (or none), dated under another, is dated as
    clean dates it under that one: the option is a default, never over a date of its own."""
    stored = clean(raw, published=before)
    fresh = clean(raw, published=option)
    got = dated(stored, option)
    if option is None:
        assert got == stored                       # without the option a stored date stays
    elif not (before and raw.crawled and stored.published_from == "option"):
        # (an option that won over the crawl hides the crawl date: not checked there)
        assert (got.published, got.published_from) == (fresh.published, fresh.published_from)
