"""Export and summary filter on the values as reviewed: a corrected label, date or place
decides whether an event is in, not the extracted one (issue 17)."""

from __future__ import annotations

import json

import duckdb
from click.testing import CliRunner
from serve_store import build_store

from eventwire.cli import cli
from eventwire.records import event_from_record
from eventwire.store import Store
from eventwire.store.review import record_review


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def _correct(db: str, place: str, changes: dict) -> str:
    with Store.open(db):
        pass                                     # migrated: the reviews table exists
    con = duckdb.connect(db)
    eid, rec = con.execute("SELECT event_id, record FROM events WHERE location_name = ?",
                           [place]).fetchone()
    record_review(con, event_from_record(json.loads(rec)), "correct", changes, reviewer="ana")
    con.close()
    return eid


def _ids(*args: str) -> set[str]:
    r = run("export", *args, "--format", "jsonl", "--min-confidence", "0")
    assert r.exit_code == 0, r.output
    return {json.loads(line)["event_id"] for line in r.stdout.splitlines()}


def test_filters_test_corrected_values_not_extracted_ones(tmp_path):
    db = str(tmp_path / "s.duckdb")
    build_store(tmp_path / "s.duckdb")
    # Ariha (Syria, AIR_STRIKE, 2019-05-13) corrected to a battle in Iraq in 2021.
    eid = _correct(db, "Ariha", {"label": "ARMED_CLASH", "date": "2021-01-05", "location": {
        "name": "Mosul", "country": "Iraq", "iso2": "IQ", "latitude": 36.34,
        "longitude": 43.13}})
    assert eid in _ids("--db", db, "--label", "ARMED_CLASH")
    assert eid not in _ids("--db", db, "--label", "AIR_STRIKE")
    assert eid in _ids("--db", db, "--since", "2021-01-01", "--until", "2021-01-31")
    assert eid not in _ids("--db", db, "--since", "2019-05-01", "--until", "2019-05-31")
    assert eid in _ids("--db", db, "--country", "IQ")
    assert eid not in _ids("--db", db, "--country", "SY")
    assert eid in _ids("--db", db, "--bbox", "42,35,44,37")
    # The filters still narrow the other events as before.
    assert len(_ids("--db", db, "--label", "ARMED_CLASH")) == 2
    s = json.loads(run("summary", "--db", db, "--min-confidence", "0", "--json", "--country",
                       "Iraq").stdout)
    assert s["events"] == 2
