"""``eventwire ingest --reprocess`` end to end, with the fake pipeline of tests/fakes.py."""

from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner
from fakes import FakeDetector, fake_pipeline

from eventwire import pipeline as pipeline_module
from eventwire.cli import cli
from eventwire.records import event_from_record
from eventwire.store.review import record_review

ARTICLES = [
    "Warplanes struck Ariha on Monday, killing seven people, rescuers said.",
    "Jets struck Saraqib at dawn on Tuesday, residents said.",
    "Bombers struck markets in Idlib on Friday, the monitor said.",
]


class _Detector(FakeDetector):
    """The fake detector, blind to sentences with ``blind`` in them (a changed model)."""

    blind: str | None = None

    def is_candidate(self, text: str) -> bool:
        return super().is_candidate(text) and not (self.blind and self.blind in text)


@pytest.fixture
def fake(monkeypatch):
    detector = _Detector()
    monkeypatch.setattr(pipeline_module, "Pipeline",
                        lambda **kw: fake_pipeline(detector=detector))
    return detector


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def _ingest(tmp_path) -> str:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": t, "published": "2019-05-14",
                                        "url": f"https://n{i}.example/a"}) + "\n"
                            for i, t in enumerate(ARTICLES)), encoding="utf-8")
    db = str(tmp_path / "ew.duckdb")
    result = run("ingest", str(feed), "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    return db


def _review(db: str, place: str, action: str) -> str:
    con = duckdb.connect(db)
    eid, rec = con.execute("SELECT event_id, record FROM events WHERE location_name = ?",
                           [place]).fetchone()
    record_review(con, event_from_record(json.loads(rec)), action, reviewer="ana")
    con.close()
    return eid


def _rows(db: str, sql: str) -> list[tuple]:
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_reprocess_replaces_events_and_says_what_became_of_reviews(tmp_path, fake):
    db = _ingest(tmp_path)
    events = _rows(db, "SELECT event_id, record FROM events ORDER BY 1")
    assert len(events) == 3
    kept, gone = _review(db, "Ariha", "accept"), _review(db, "Saraqib", "reject")

    same = run("ingest", "--reprocess", "--db", db)
    assert same.exit_code == 0, same.output
    assert _rows(db, "SELECT event_id, record FROM events ORDER BY 1") == events
    assert "2 of 2 reviews still apply" in same.stderr
    assert _rows(db, "SELECT DISTINCT language FROM documents") == [("en",)]

    fake.blind = "Saraqib"                          # the new model no longer finds it
    changed = run("ingest", "--reprocess", "--db", db)
    assert changed.exit_code == 0, changed.output
    ids = {r[0] for r in _rows(db, "SELECT event_id FROM events")}
    assert kept in ids and gone not in ids and len(ids) == 2
    assert "1 of 2 reviews still apply" in changed.stderr and gone in changed.stderr
    assert "3 events before, 2 now" in changed.stderr
    assert len(_rows(db, "SELECT * FROM reviews")) == 2           # the trail is whole


def test_reprocess_takes_no_paths_and_ingest_needs_some(tmp_path, fake):
    db = _ingest(tmp_path)
    both = run("ingest", str(tmp_path / "feed.jsonl"), "--reprocess", "--db", db)
    assert both.exit_code == 2 and "give no PATHS" in both.stderr
    neither = run("ingest", "--db", db)
    assert neither.exit_code == 2 and "--reprocess" in neither.stderr
    empty = run("ingest", "--reprocess", "--db", str(tmp_path / "new.duckdb"))
    assert empty.exit_code == 1 and "holds no documents" in empty.stderr


def _feed(tmp_path, records: list[dict]) -> str:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(feed)


def test_reprocess_dates_by_published_as_a_fresh_ingest_would(tmp_path, fake):
    """--published dates the documents with no date of their own (in the row, its outlet's
    source row and its events); a record's own date wins, as in a fresh ingest."""
    feed = _feed(tmp_path, [{"text": ARTICLES[0], "url": "https://n0.example/a"},
                            {"text": ARTICLES[1], "url": "https://n1.example/a",
                             "published": "2019-05-14"}])
    db = str(tmp_path / "ew.duckdb")
    assert run("ingest", feed, "--db", db, "-q").exit_code == 0
    result = run("ingest", "--reprocess", "--published", "2020-03-02", "--db", db)
    assert result.exit_code == 0, result.output
    fresh = str(tmp_path / "fresh.duckdb")
    assert run("ingest", feed, "--published", "2020-03-02", "--db", fresh, "-q").exit_code == 0
    docs = "SELECT url, published, published_from FROM documents ORDER BY url"
    assert _rows(db, docs) == _rows(fresh, docs)
    assert [r[1:] for r in _rows(db, docs)] == [(date(2020, 3, 2), "option"),
                                                (date(2019, 5, 14), "record")]
    sources = "SELECT url, published FROM sources ORDER BY url"
    assert _rows(db, sources) == _rows(fresh, sources)
    events = "SELECT record FROM events ORDER BY event_id"
    assert _rows(db, events) == _rows(fresh, events)

    again = run("ingest", "--reprocess", "--db", db, "-q")        # no option: dates stay
    assert again.exit_code == 0 and _rows(db, docs) == _rows(fresh, docs)


def _table(tmp_path) -> str:
    table = tmp_path / "items.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["headline", "body", "lede", "link"])
        for i, text in enumerate([*ARTICLES[:2], ARTICLES[0]]):     # a text twice
            out.writerow([f"Strike {i}", text, ARTICLES[2] if i == 1 else text,
                          f"https://t.example/{i}"])
    return str(table)


def test_reprocess_reads_tables_again_with_the_column_options(tmp_path, fake, monkeypatch):
    monkeypatch.chdir(tmp_path)
    table = _table(tmp_path)
    db = str(tmp_path / "ew.duckdb")
    assert run("ingest", table, "--text-column", "body", "--db", db, "-q").exit_code == 0
    assert len(_rows(db, "SELECT * FROM documents")) == 2

    result = run("ingest", "--reprocess", "--text-column", "lede", "--title-column",
                 "headline", "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 documents read again from 1 table with" in result.stderr
    assert "1 they no longer give removed" in result.stderr
    fresh = str(tmp_path / "fresh.duckdb")
    assert run("ingest", table, "--text-column", "lede", "--title-column", "headline",
               "--db", fresh, "-q").exit_code == 0
    for sql in ("SELECT id, title, source, line, url FROM documents ORDER BY id",
                "SELECT document_id, url, title FROM sources ORDER BY ALL",
                "SELECT event_id, record FROM events ORDER BY 1",
                "SELECT document_id, event_id FROM reports ORDER BY 1, 2"):
        assert _rows(db, sql) == _rows(fresh, sql), sql


def test_reprocess_column_options_need_the_stored_tables(tmp_path, fake, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = _ingest(tmp_path)                                   # JSON Lines only
    no_table = run("ingest", "--reprocess", "--text-column", "body", "--db", db)
    assert no_table.exit_code == 2 and "no stored document came from a table" in no_table.stderr
    piped = str(tmp_path / "piped.duckdb")
    assert CliRunner().invoke(cli, ["ingest", "-", "--db", piped, "-q"],
                              input="body\n" + ARTICLES[0] + "\n").exit_code == 0
    from_stdin = run("ingest", "--reprocess", "--text-column", "body", "--db", piped)
    assert from_stdin.exit_code == 2 and "standard input cannot be read" in from_stdin.stderr
    table = _table(tmp_path)
    assert run("ingest", table, "--text-column", "body", "--db", db, "-q").exit_code == 0
    (tmp_path / "items.csv").unlink()
    before = _rows(db, "SELECT event_id, record FROM events ORDER BY 1")
    gone = run("ingest", "--reprocess", "--text-column", "lede", "--db", db)
    assert gone.exit_code == 2 and "items.csv" in gone.stderr and "cannot be found" in gone.stderr
    assert _rows(db, "SELECT event_id, record FROM events ORDER BY 1") == before


def test_reprocess_keeps_a_text_the_table_no_longer_gives_when_another_input_does(
        tmp_path, fake, monkeypatch):
    """A table read again with other columns: a text it no longer gives, but a JSON Lines
    file did too, stays (without the table as its outlet); the store equals a fresh ingest of
    both inputs with the new columns."""
    monkeypatch.chdir(tmp_path)
    feed = _feed(tmp_path, [{"text": t, "url": f"https://n{i}.example/a"}
                            for i, t in enumerate(ARTICLES)])
    table = _table(tmp_path)
    db, fresh = str(tmp_path / "ew.duckdb"), str(tmp_path / "fresh.duckdb")
    for store, column in ((db, "body"), (fresh, "lede")):
        assert run("ingest", feed, "--db", store, "-q").exit_code == 0
        assert run("ingest", table, "--text-column", column, "--db", store,
                   "-q").exit_code == 0
    result = run("ingest", "--reprocess", "--text-column", "lede", "--db", db)
    assert result.exit_code == 0, result.output
    assert "0 they no longer give removed" in result.stderr
    for sql in ("SELECT id, title, source, line, url, published FROM documents ORDER BY id",
                "SELECT document_id, source, url, title FROM sources ORDER BY ALL",
                "SELECT event_id, record FROM events ORDER BY 1"):
        assert _rows(db, sql) == _rows(fresh, sql), sql
