"""Each document's language and outlets in the records (export.documents): ``extract`` notes
the documents it reads and gives its records what exports from a store give them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from fakes import fake_pipeline

from eventwire import pipeline as pipeline_module
from eventwire.cli import cli
from eventwire.export.documents import Documents
from eventwire.records import Document

WIRE = "Warplanes struck Ariha on Monday, killing seven people, rescuers said."
OTHER = "Jets struck Saraqib at dawn on Tuesday, residents said."


def _doc(text: str, url: str | None, published: date | None = None, **kw) -> Document:
    from eventwire.records import document_id
    return Document(id=document_id(text), text=text, source="x.jsonl", url=url,
                    published=published, language="en", **kw)


def test_add_keeps_every_outlet_of_a_text_once_in_read_order():
    docs = Documents()
    docs.add(_doc(WIRE, "https://b.example/1", date(2024, 3, 5), title="B"))
    docs.add(_doc(WIRE, "https://a.example/1", date(2024, 3, 5), outlet="A Times"))
    docs.add(_doc(WIRE, "https://b.example/1", date(2024, 3, 5), title="again"))   # same outlet
    docs.add(_doc(WIRE, "https://b.example/1", date(2024, 3, 6)))       # another date: another
    docs.add(_doc(OTHER, None))
    (wire,) = [i for d, i in docs.info.items() if d == _doc(WIRE, None).id]
    assert wire.language == "en"
    assert [(s["url"], s["published"], s["title"], s["outlet"]) for s in wire.sources] == [
        ("https://b.example/1", "2024-03-05", "B", None),
        ("https://a.example/1", "2024-03-05", None, "A Times"),
        ("https://b.example/1", "2024-03-06", None, None)]
    assert docs.document({"id": _doc(OTHER, None).id, "url": None})["sources"] == [
        {"url": None, "published": None, "title": None, "outlet": None}]


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda **kw: fake_pipeline())


def _records(output: str) -> dict[str, dict]:
    out = {}
    for line in output.splitlines():
        rec = json.loads(line)
        for doc in (rec["document"], *(m["document"] for m in rec["mentions"])):
            doc["sources"].sort(key=lambda s: s["url"])     # a store sorts one batch's outlets
        out[rec["event_id"]] = rec
    return out


def test_extract_records_carry_language_and_sources_as_export_from_a_store(tmp_path, fake):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"text": WIRE, "url": "https://one.example/k",
                             "published": "2024-03-04"}) + "\n"
                 + json.dumps({"text": OTHER, "url": "https://one.example/s"}) + "\n",
                 encoding="utf-8")
    b.write_text(json.dumps({"text": WIRE, "url": "https://two.example/k",
                             "published": "2024-03-05"}) + "\n", encoding="utf-8")
    extracted = CliRunner().invoke(cli, ["extract", str(a), str(b), "--min-confidence", "0",
                                         "--quiet"])
    assert extracted.exit_code == 0, extracted.output
    db = str(tmp_path / "s.duckdb")
    assert CliRunner().invoke(cli, ["ingest", str(a), str(b), "--db", db, "-q"]).exit_code == 0
    exported = CliRunner().invoke(cli, ["export", "--db", db, "--min-confidence", "0"])
    assert exported.exit_code == 0, exported.output

    records = _records(extracted.stdout)
    assert len(records) == 2 and records == _records(exported.stdout)
    wire = [r for r in records.values() if "Ariha" in json.dumps(r)]
    assert wire and all(r["document"]["language"] == "en" for r in records.values())
    assert [s["url"] for s in wire[0]["document"]["sources"]] == [
        "https://one.example/k", "https://two.example/k"]
    # each outlet's copy is a report of the event, with its own address and date
    assert [(m["document"]["url"], m["document"]["published"]) for m in wire[0]["mentions"]] == [
        ("https://one.example/k", "2024-03-04"), ("https://two.example/k", "2024-03-05")]
