"""``eventwire ingest --reprocess`` end to end, with the fake pipeline of tests/fakes.py."""

from __future__ import annotations

import json

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
