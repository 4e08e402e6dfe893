"""ACLED-ready CSV: every row has a date, a country and a precision of 1-3; regions, outlets,
source scale and notes; pandas reads it with ACLED's column types."""

from __future__ import annotations

import csv
import io
from calendar import timegm
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_export import _strike
from test_store import events as any_events

from eventwire.export import export_events
from eventwire.export.acled import ACLED_DTYPES, event_date, notes, row, source_scale
from eventwire.records import Actor, DateValue, DocumentRef, Evidence, Mention, Place

DOC = DocumentRef("a" * 64, "https://www.reuters.com/world/x", "T", date(2015, 11, 17))


def _rows(evs):
    buf = io.BytesIO()
    result = export_events(evs, "acled-csv", buf)
    return result, list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"))))


@pytest.mark.parametrize(("value", "published", "expected"), [
    (DateValue(date(2015, 11, 13), date(2015, 11, 13), 1, "Friday", (0, 6)), None,
     (date(2015, 11, 13), 1)),
    (DateValue(date(2015, 11, 9), date(2015, 11, 13), 2, "last week", (0, 9)), None,
     (date(2015, 11, 9), 2)),
    (DateValue(date(2015, 1, 1), date(2015, 12, 31), 5, "in 2015", (0, 7)), None,
     (date(2015, 1, 1), 3)),                               # coarser than a month: 3
    (DateValue(date(2015, 11, 9), date(2015, 11, 13), None, "x", (0, 1)), None,
     (date(2015, 11, 9), 2)),
    (DateValue(None, None, None, "Friday", (0, 6)), date(2015, 11, 17), (date(2015, 11, 17), 3)),
    (None, date(2015, 11, 17), (date(2015, 11, 17), 3)),
    (None, None, (None, None)),
])
def test_event_date_falls_back_to_publication_with_its_precision(value, published, expected):
    e = _strike(date=value, document=replace(DOC, published=published))
    assert event_date(e) == expected


def test_rows_acled_cannot_hold_are_skipped():
    no_country = _strike(location=replace(_strike().location, iso2=None))
    no_date = _strike(date=None, document=replace(DOC, published=None))
    result, _ = _rows([_strike(), no_country, no_date, _strike(location=None)])
    assert (result.written, result.skipped) == (1, 3)


def _typed(evs):
    """The export read with ACLED's column types (pyarrow's CSV reader; an empty number cell
    is null), as pandas reads it with ``ACLED_DTYPES``."""
    import pyarrow as pa
    from pyarrow import csv as pacsv

    types = {"string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(),
             "float64": pa.float64()}
    buf = io.BytesIO()
    export_events(evs, "acled-csv", buf)
    buf.seek(0)
    return pacsv.read_csv(buf, convert_options=pacsv.ConvertOptions(
        column_types={c: types[t] for c, t in ACLED_DTYPES.items()}))


@given(st.lists(any_events, max_size=8))
@settings(max_examples=60, deadline=None)
def test_every_row_has_date_country_iso_and_precision(evs):
    result, rows = _rows(evs)
    assert result.written + result.skipped == len(evs)
    for r in rows:
        assert r["event_date"] and r["country"] and r["time_precision"] in {"1", "2", "3"}
        assert r["year"] == r["event_date"][:4]
        assert r["geo_precision"] in {"1", "2", "3"}
        assert r["inter2"] != "" or r["actor2"] != ""        # no actor 2: ACLED's 0
    table = _typed(evs)
    assert table.num_rows == result.written
    for column, dtype in ACLED_DTYPES.items():
        if dtype == "int64":                     # never empty: read as integers, no nulls
            assert table.column(column).null_count == 0, column
    for d in table.column("event_date").to_pylist():
        date.fromisoformat(d)


def test_source_is_the_outlets_and_scale_from_the_directory():
    wire = replace(DOC, url="https://www.reuters.com/world/x")
    e = _strike(document=wire, mentions=(
        Mention(wire, Evidence("a", (0, 1))),
        Mention(replace(DOC, id="b" * 64, url="https://unlisted-blog.example/p"),
                Evidence("b", (0, 1)))))
    r = row(e)
    assert r["source"] == "reuters.com; unlisted-blog.example"
    assert r["source_scale"] == source_scale(e) == "International"


def test_admin_regions_and_location():
    r = row(_strike(location=Place("Lyon", "Lyon", (0, 4), "France", "FR", None, 45.75, 4.85,
                                   2996944, 1, "PPLA", 0.9)))
    assert r["location"] == "Lyon" and r["admin1"] and r["admin2"]
    region = row(_strike(location=Place("Idlib", "Idlib", (0, 5), "Syria", "SY", "Idlib", 35.9,
                                        36.6, None, 3, "ADM1", 0.9)))
    assert region["admin1"] == "Idlib" and region["admin2"] == ""   # a region has no admin2


def test_admin2_is_the_stored_one_and_looked_up_only_for_records_stored_without_it():
    """Lyon's point: the table's admin2 is the Rhône department; a stored admin2 (from the
    places stage, or a reviewer's correction) is exported as stored, even when it differs."""
    from eventwire.records import Document
    from eventwire.store import Store

    lyon = Place("Lyon", "Lyon", (0, 4), "France", "FR", "Auvergne-Rhone-Alpes", 45.75, 4.85,
                 2996944, 1, "PPLA", 0.9)
    events = {"stored": _strike(id="ew-stored", location=replace(lyon, admin2="Metropole")),
              "old": _strike(id="ew-old", location=lyon),
              "country": _strike(id="ew-country", location=replace(
                  lyon, name="France", geo_precision=3, feature="PCLI", admin1=None))}
    with Store.open(":memory:") as store:
        for year, (name, e) in enumerate(events.items(), start=2015):   # years apart: three
            when = date(year, 11, 13)
            e = replace(e, document=replace(DOC, id=name * 8, published=when),
                        date=DateValue(when, when, 1, "Friday", (0, 6)))
            store.add_batch([(Document(id=e.document.id, text="t", source="s"), [e])])
        _, rows = _rows(list(store.events()))
    admin2 = {r["event_date"]: r["admin2"] for r in rows}
    assert len(admin2) == 3 and admin2["2015-11-13"] == "Metropole"
    assert "Rhone" in admin2["2016-11-13"]               # looked up: the record has none
    assert admin2["2017-11-13"] == ""


def test_notes_are_a_short_evidence_summary():
    long = " ".join(["word"] * 200)
    short = notes(_strike(evidence=Evidence(long, (0, len(long)))))
    assert len(short) <= 402 and short.endswith("…")
    assert notes(_strike()) == _strike().evidence.sentence


def test_cells_parse_as_acleds_column_types():
    evs = [_strike(), _strike(id="ew-2", date=None, actor2=None),
           _strike(id="ew-3", document=replace(DOC, published=None))]
    _, rows = _rows(evs)
    assert [r["time_precision"] for r in rows] == ["1", "3", "1"]
    table = _typed(evs).to_pylist()
    assert [(r["inter2"], r["interaction"] % 10) for r in table][1] == (0, 0)   # no actor 2
    # No publication date: the timestamp is the event's day's (midnight UTC).
    assert table[2]["timestamp"] == timegm(date(2015, 11, 13).timetuple())
    python_type = {"int64": int, "Int64": int, "float64": float, "string": str}
    for r in table:
        for column, dtype in ACLED_DTYPES.items():
            assert isinstance(r[column], python_type[dtype]), column


@pytest.mark.parametrize(("name", "expected"), [
    ("Police Forces", "Police Forces of Syria"),          # a checkpoint's police, no country
    ("Military Forces", "Military Forces of Syria"),
    ("Civilians", "Civilians (Syria)"),
    ("Protesters", "Protesters (Syria)"),
    ("Military Forces of Turkey", "Military Forces of Turkey"),   # a country of its own
    ("Civilians (Iraq)", "Civilians (Iraq)"),
    ("Islamic State", "Islamic State"),                  # a named actor as it is
    ("Jane Roe", "Jane Roe"),
])
def test_actor2_takes_the_events_country_when_the_text_gives_none(name, expected):
    a2 = Actor(name, "x", (0, 1), 1, None)
    _, rows = _rows([_strike(actor2=a2)])
    assert rows[0]["actor2"] == expected


def test_no_actor2_is_an_empty_cell():
    _, rows = _rows([_strike(actor2=None)])
    assert rows[0]["actor2"] == "" and rows[0]["assoc_actor_2"] == ""
