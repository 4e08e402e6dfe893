"""The export formats, read back with real parsers (json, csv, shapely, pyarrow, duckdb)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings, strategies as st
from shapely.geometry import Point, shape
from test_store import events  # the random-Event strategy

from eventwire.errors import ExportError
from eventwire.export import FORMATS, export_events, write_events
from eventwire.export.acled import _REGIONS, REGION_OF
from eventwire.export.flat import FLAT_NAMES, flatten
from eventwire.records import (
    Actor, Claim, Count, DateValue, DocumentRef, Event, Evidence, Mention, Place,
    event_from_record, event_to_record,
)
from eventwire.taxonomy import event_type

# ACLED's columns as event-schema.md lists them.
ACLED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp").split(",")
ACLED_REGIONS = {
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
    "South Asia", "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia",
    "Central America", "South America", "Caribbean", "East Asia", "North America", "Oceania",
    "Antarctica"}
DOC = DocumentRef("f" * 64, "https://www.wire.example/story", "Strikes on the city",
                  date(2015, 11, 17))


def _strike(**kw) -> Event:
    base = dict(
        id="ew-strike", type=event_type("AIR_STRIKE"),
        evidence=Evidence("Russian jets bombed Raqqa on Friday, killing 7, activists said.",
                          (100, 164)),
        document=DOC, date=DateValue(date(2015, 11, 13), date(2015, 11, 13), 1, "Friday",
                                     (130, 136)),
        actor1=Actor("Military Forces of Russia", "Russian jets", (100, 112), 8, "RU"),
        actor2=Actor("Civilians (Syria)", "residents", (0, 9), 7, "SY"),
        location=Place("Ar Raqqah", "Raqqa", (120, 125), "Syria", "SY", "Raqqa", 35.95,
                       39.01, 163915, 1, "PPLA", 0.9),
        fatalities=Count(7, 7, None, "killing 7", (138, 147)), civilian_targeting=True,
        claim=Claim("activists", "activist", "activists said", (149, 163)), confidence=0.8)
    base.update(kw)
    return Event(**base)


def _talks() -> Event:
    return _strike(id="ew-talks", type=event_type("DIPLO"), location=None, fatalities=None,
                   civilian_targeting=False)


def _export(evs, fmt):
    buf = io.BytesIO()
    result = export_events(evs, fmt, buf)
    return result, buf.getvalue()


# --------------------------------------------------------------------------- jsonl / flat


@given(st.lists(events, max_size=5))
@settings(max_examples=50, deadline=None)
def test_jsonl_reads_back_to_the_same_events(evs):
    result, data = _export(evs, "jsonl")
    lines = data.decode("utf-8").splitlines()
    assert result.written == len(lines) == len(evs)
    assert [event_from_record(json.loads(line)) for line in lines] == evs
    assert _export(evs, "jsonl")[1] == data                     # reproducible bytes


def test_jsonl_keeps_the_record_key_order_and_unicode():
    e = _strike(evidence=Evidence("Frappes sur Raqqa, selon l'Élysée.", (0, 34)))
    line = _export([e], "jsonl")[1].decode("utf-8")
    assert list(json.loads(line)) == list(event_to_record(e))
    assert "Élysée" in line


@given(events)
@settings(max_examples=80, deadline=None)
def test_flatten_has_every_column_and_only_those(e):
    flat = flatten(event_to_record(e))
    assert tuple(flat) == FLAT_NAMES
    assert flat["label"] == e.type.label
    assert flat["location_latitude"] == (e.location.latitude if e.location else None)
    assert flat["evidence_span_end"] == e.evidence.span[1]
    assert json.loads(flat["mentions"]) == event_to_record(e)["mentions"]


def test_flatten_refuses_fields_it_does_not_know():
    record = event_to_record(_strike())
    record["weather"] = {"sky": "clear"}
    with pytest.raises(ExportError, match="weather"):
        flatten(record)
    record = event_to_record(_strike())
    record["location"]["elevation"] = 340
    with pytest.raises(ExportError, match="location_elevation"):
        flatten(record)


# --------------------------------------------------------------------------- ACLED CSV


def test_acled_csv_columns_values_and_skips():
    result, data = _export([_strike(), _talks()], "acled-csv")
    assert (result.written, result.skipped) == (1, 1)           # DIPLO has no ACLED type
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    assert reader.fieldnames == ACLED_COLUMNS
    [row] = list(reader)
    assert row["event_date"] == "2015-11-13" and row["year"] == "2015"
    assert row["disorder_type"] == "Political violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "7", "78")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"]) == ("760", "Middle East", "Syria")
    assert (float(row["latitude"]), float(row["longitude"])) == (35.95, 39.01)
    assert row["source"] == "wire.example"                       # outlets, not claimants
    assert row["notes"].startswith("Russian jets bombed Raqqa")
    assert row["fatalities"] == "7"
    assert row["timestamp"] == "1447718400"                     # 2015-11-17T00:00:00Z


def test_acled_csv_codes_unknowns_as_acled_does():
    e = _strike(fatalities=None, actor2=None, civilian_targeting=False, claim=None, date=None,
                document=DocumentRef("f" * 64, None, None, date(2015, 11, 17)))
    [row] = list(csv.DictReader(io.StringIO(_export([e], "acled-csv")[1].decode("utf-8"))))
    assert row["fatalities"] == "0" and row["interaction"] == "80"
    assert row["civilian_targeting"] == "" and row["source"] == row["source_scale"] == ""
    # No event date: the publication date, at ACLED's coarsest precision.
    assert (row["event_date"], row["time_precision"]) == ("2015-11-17", "3")


def test_acled_regions_are_acled_names_and_each_country_has_one():
    assert set(REGION_OF.values()) == ACLED_REGIONS
    codes = [c for group in _REGIONS.values() for c in group.split()]
    assert len(codes) == len(set(codes))
    for country in ("SY", "TR", "FR", "AF", "MX", "EG", "NG", "UA", "AZ", "CD", "MZ"):
        assert country in REGION_OF


# --------------------------------------------------------------------------- PLOVER


def test_plover_lines_have_the_plover_keys():
    result, data = _export([_strike(), _talks()], "plover")
    recs = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert result.written == 2
    assert all(list(r) == ["id", "date", "actor", "recipient", "event", "mode", "context",
                           "event_loc", "event_text", "link", "text"] for r in recs)
    strike, talks = recs
    assert (strike["event"], strike["mode"], strike["date"]) == ("ASSAULT", "aerial",
                                                                 "2015-11-13")
    assert strike["actor"]["code"] == "RUS" and strike["recipient"]["code"] == "SYR"
    assert strike["event_loc"]["lat"] == 35.95
    assert talks["event"] == "CONSULT" and talks["event_loc"] is None


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_points_are_lon_lat_and_unlocated_events_are_counted():
    unlocated = _strike(id="ew-nowhere", location=_strike().location.__class__(
        "Somewhere", "somewhere", (0, 9)))
    result, data = _export([_strike(), unlocated, _talks()], "geojson")
    assert (result.written, result.skipped) == (1, 2)
    fc = json.loads(data)
    assert fc["type"] == "FeatureCollection"
    [feature] = fc["features"]
    point = shape(feature["geometry"])
    assert isinstance(point, Point) and (point.x, point.y) == (39.01, 35.95)
    assert list(feature["properties"]) == list(FLAT_NAMES)
    assert feature["properties"]["location_latitude"] == 35.95


@given(st.lists(events, max_size=6))
@settings(max_examples=40, deadline=None)
def test_geojson_of_random_events_parses(evs):
    result, data = _export(evs, "geojson")
    fc = json.loads(data)
    assert len(fc["features"]) == result.written
    assert result.written + result.skipped == len(evs)
    for f in fc["features"]:
        p = shape(f["geometry"])
        assert (p.y, p.x) == (f["properties"]["location_latitude"],
                              f["properties"]["location_longitude"])


# --------------------------------------------------------------------------- Parquet


def test_parquet_reads_back_with_pyarrow_and_duckdb(tmp_path):
    evs = [_strike(), _talks(), _strike(id="ew-2", mentions=(Mention(DOC, Evidence("x", (0, 1))),
                                                             Mention(DOC, Evidence("y", (2, 3)))))]
    path = tmp_path / "events.parquet"
    assert write_events(evs, "parquet", path) == 3
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_NAMES)
    rows = table.to_pylist()
    assert rows[0]["location_latitude"] == 35.95 and rows[1]["location_latitude"] is None
    assert rows[0]["date_start"] == date(2015, 11, 13)
    assert len(json.loads(rows[2]["mentions"])) == 2
    con = duckdb.connect()
    got = con.execute("SELECT event_id, fatalities_best FROM read_parquet(?) ORDER BY event_id",
                      [str(path)]).fetchall()
    assert got == [("ew-2", 7), ("ew-strike", 7), ("ew-talks", None)]


def test_parquet_to_a_stream_and_an_empty_export(tmp_path):
    result, data = _export([_strike()], "parquet")
    assert result.written == 1 and data[:4] == b"PAR1"
    assert pq.read_table(io.BytesIO(data)).num_rows == 1
    assert write_events([], "parquet", tmp_path / "none.parquet") == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


# --------------------------------------------------------------------------- errors


class _Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_export_errors_say_what_to_do(tmp_path):
    with pytest.raises(ExportError, match="use one of jsonl"):
        write_events([], "xml", io.BytesIO())
    with pytest.raises(ExportError, match="-o events.parquet"):
        write_events([_strike()], "parquet", _Terminal())
    with pytest.raises(ExportError, match="does not exist"):
        write_events([], "jsonl", tmp_path / "missing" / "out.jsonl")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_reproducible(fmt, tmp_path):
    evs = [_strike(), _talks()]
    a, b = tmp_path / "a", tmp_path / "b"
    write_events(evs, fmt, a)
    write_events(list(reversed(evs))[::-1], fmt, b)
    assert a.read_bytes() == b.read_bytes()
