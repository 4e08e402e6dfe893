"""Exports from a store carry each document's language and every outlet of its text
(issue 12, item 8; issue 14): JSON Lines, GeoJSON, Parquet, ACLED CSV, the API's pages."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import duckdb
from serve_store import _event

from eventwire.export import export_events
from eventwire.export.documents import Documents
from eventwire.store import Store


def _store(path):
    doc, ev = _event(0, ("AIR_STRIKE", "Syria", "SY", "Ariha", 35.81, 36.61, date(2019, 5, 13),
                         "Military Forces of Russia", None, 7, "Warplanes struck Ariha."))
    doc = replace(doc, language="en")
    other = replace(doc, url="https://wire.example.com/story?x=1&y=2", source="b.jsonl",
                    published=date(2019, 5, 14), title="Another outlet's title")
    with Store.open(path) as store:
        store.add_batch([(doc, (ev,))])
        store.add_sources([other])
    return doc, ev


def _export(path, fmt, out=None):
    out = out or io.BytesIO()
    with Store.open(path, read_only=True) as store:
        export_events(store.events(), fmt, out, Documents.load(store._con))
    return out.getvalue() if isinstance(out, io.BytesIO) else None


def test_jsonl_records_carry_language_and_every_source(tmp_path):
    db = tmp_path / "s.duckdb"
    doc, _ = _store(db)
    (rec,) = [json.loads(line) for line in _export(db, "jsonl").splitlines()]
    d = rec["document"]
    assert (d["id"], d["url"], d["language"]) == (doc.id, doc.url, "en")
    assert [s["url"] for s in d["sources"]] == [doc.url, "https://wire.example.com/story?x=1&y=2"]
    assert d["sources"][1] == {"url": "https://wire.example.com/story?x=1&y=2",
                               "published": "2019-05-14", "title": "Another outlet's title",
                               "outlet": doc.outlet}
    assert rec["mentions"] == [] or rec["mentions"][0]["document"]["sources"] == d["sources"]


def test_acled_source_names_every_outlet_and_geojson_keeps_them(tmp_path):
    db = tmp_path / "s.duckdb"
    _store(db)
    (row,) = csv.DictReader(io.StringIO(_export(db, "acled-csv").decode()))
    assert row["source"] == "news0.example.org; wire.example.com"
    (feat,) = json.loads(_export(db, "geojson"))["features"]
    props = feat["properties"]
    assert props["document_language"] == "en"
    assert len(json.loads(props["document_sources"])) == 2
    pq = tmp_path / "e.parquet"
    _export(db, "parquet", pq)
    with duckdb.connect() as con:
        lang, sources = con.execute(f"SELECT document_language, document_sources FROM "
                                    f"'{pq}'").fetchone()
    assert lang == "en" and len(json.loads(sources)) == 2


def test_a_record_without_a_store_is_unchanged(tmp_path):
    db = tmp_path / "s.duckdb"
    _, ev = _store(db)
    out = io.BytesIO()
    export_events([ev], "jsonl", out)
    rec = json.loads(out.getvalue())
    assert "sources" not in rec["document"] and "language" not in rec["document"]


def test_the_api_shows_language_and_sources_of_each_report(tmp_path):
    from eventwire.serve.queries import Queries

    db = tmp_path / "s.duckdb"
    doc, ev = _store(db)
    q = Queries.open(db)
    try:
        page = q.event(ev.id)
        (report,) = page["reports"]
        assert report["document"]["language"] == "en"
        assert len(report["document"]["sources"]) == 2
        assert page["event"]["document"]["sources"] == report["document"]["sources"]
        one = q.document(doc.id)
        assert one["language"] == "en" and len(one["sources"]) == 2
        (listed,) = q.documents(10, None)["documents"]
        assert listed["events"] == 1 and len(listed["sources"]) == 2
    finally:
        q.close()
