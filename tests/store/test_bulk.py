"""Bulk loading (eventwire.store.bulk): reports stored unmerged, merged once new ones link."""

from __future__ import annotations

import json
from datetime import timedelta

from merge_builders import FRIDAY, HOMS, SYRIA, report

from eventwire.merge import merge
from eventwire.records import Document, event_to_record
from eventwire.store import Store, merging
from eventwire.store.bulk import bulk_load


def _doc(name: str) -> Document:
    return Document(id=name, text=f"text of {name}", source=f"{name}.txt",
                    url=f"https://{name}.example/", published=FRIDAY)


# One strike told three ways (the radio summary names only the country), and a fire.
STORY = [
    report("wire", "Russian warplanes struck a market in Raqqa on Friday, killing seven "
           "people, activists said.", dead=7, confidence=0.9),
    report("local", "Seven people died when Russian jets bombed the Raqqa market on Friday.",
           dead=7, published=FRIDAY + timedelta(1)),
    report("radio", "russian air strikes have killed seven people at a market in syria",
           place=SYRIA, day=None, dead=7),
]


def _records(s: Store) -> list[dict]:
    return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


def _rows(s: Store) -> dict[str, list]:
    return {t: sorted(map(repr, s._run(f"SELECT * FROM {t}")))
            for t in ("documents", "events", "reports", "report_keys", "mentions", "sources")}


# Reports no two of which are one event: three kinds at three places and days.
APART = [report("fire", "A fire destroyed a warehouse in Homs on Friday.", place=HOMS,
                label="PROPERTY_DISTRUCT", actor=None),
         STORY[0],
         report("later", "Russian warplanes struck a market in Raqqa, killing 30 people.",
                day=FRIDAY + timedelta(7), published=FRIDAY + timedelta(7), dead=30)]


def test_reports_that_merge_with_none_are_stored_as_add_batch_stores_them():
    items = [(_doc(e.document.id), [e]) for e in APART]
    with Store.open(":memory:") as bulk, Store.open(":memory:") as one_by_one:
        assert bulk_load(bulk, items) == 3
        for item in items:
            one_by_one.add_batch([item])
        assert _rows(bulk) == _rows(one_by_one)
        assert len(_records(bulk)) == 3


def test_stored_documents_are_skipped():
    items = [(_doc(e.document.id), [e]) for e in APART]
    with Store.open(":memory:") as s:
        bulk_load(s, items[:2])
        assert bulk_load(s, items) == 1
        assert s.counts()["reports"] == 3


def test_bulk_loaded_reports_are_merged_when_a_new_report_links_them():
    # the wire and local reports of the strike, loaded unmerged, are two events; the radio
    # report links to both, and their component is clustered anew as extract clusters it
    story = STORY[:3]
    with Store.open(":memory:") as s:
        bulk_load(s, [(_doc(e.document.id), [e]) for e in story[:2]])
        assert len(_records(s)) == 2
        s.add_batch([(_doc(story[2].document.id), [story[2]])])
        got = _records(s)
    expected = sorted((event_to_record(e) for e in merge(story)), key=lambda r: r["event_id"])
    assert got == expected and len(got) == 1


def test_the_keys_written_are_each_reports_own():
    with Store.open(":memory:") as s:
        bulk_load(s, [(_doc(e.document.id), [e]) for e in APART])
        rows = sorted(s._run("SELECT key, report_id FROM report_keys"))
    assert rows == sorted((k, e.id) for e in APART
                          for k in merging.Report.of(e, json.dumps).keys)
