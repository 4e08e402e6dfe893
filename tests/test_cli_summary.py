"""``eventwire summary``, the shared filters of export/summary, and the terminal table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from serve_store import ROWS, build_regions_store, build_store
from target_store import build_targets_store, places_hit

from eventwire.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("summary") / "events.duckdb"
    build_store(path)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_summary_json_counts_by_country_type_month_and_actors(db):
    r = run("summary", "--db", db, "--min-confidence", "0", "--json")
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert s["events"] == len(ROWS) and s["undated"] == 1
    assert s["fatalities"] == sum(row[9] or 0 for row in ROWS)
    assert {c["country"]: c["events"] for c in s["by_country"]}["Syria"] == 1
    assert {t["event_type"]: t["events"] for t in s["by_type"]}["Violence against civilians"] == 2
    assert [m["month"] for m in s["by_month"]] == sorted(m["month"] for m in s["by_month"])
    assert {"actor": "Islamic State", "events": 1} in s["top_actors"]


def test_summary_table_is_for_people_and_takes_filters(db):
    r = run("summary", "--db", db, "--min-confidence", "0", "--country", "SY,AF")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("2 events, 19 killed")
    for section in ("Countries", "Event types", "Top actors", "Months"):
        assert f"\n{section}\n" in r.stdout


@pytest.mark.parametrize(("args", "places"), [
    (["--label", "ATTACK"], {"Culiacán", "Mosul"}),
    (["--label", "ARREST,diplo"], {"Lyon", "Seoul"}),
    (["--label", "ARREST", "--label", "DIPLO"], {"Lyon", "Seoul"}),   # repeated: both kept
    (["--country", "Kenya", "--country", "fr"], {"Nairobi", "Lyon"}),
    (["--actor", "islamic,police"], {"Kabul", "Lyon"}),
    (["--bbox", "170,-90,-100,90"], {"Culiacán"}),
])
def test_export_filters_repeat_and_split_on_commas(db, args, places):
    r = run("export", "--db", db, "--min-confidence", "0", *args)
    assert r.exit_code == 0, r.output
    assert {json.loads(line)["location"]["name"] for line in r.stdout.splitlines()} == places


@pytest.mark.parametrize(("args", "words"), [
    (["--label", "BOGUS"], "AIR_STRIKE"),
    (["--country", "Narnia"], "country name or ISO"),
    (["--country", "Afganistan"], "did you mean Afghanistan?"),
    (["--country", "south corea"], "did you mean South Korea?"),
    (["--label", "AIRSTRIKE"], "did you mean AIR_STRIKE?"),
    (["--label", "atack"], "did you mean ATTACK?"),
    (["--country", "kenia"], "did you mean Kenya?"),
    (["--bbox", "1,2"], "west,south,east,north"),
    (["--since", "2024-01-01", "--until", "2023-01-01"], "swap"),
])
@pytest.mark.parametrize("command", ["export", "summary"])
def test_unknown_values_are_usage_errors_saying_what_is_valid(db, command, args, words):
    r = run(command, "--db", db, *args)
    assert r.exit_code == 2 and words in r.output


@pytest.mark.parametrize("value", ["Narnia", "Atlantis", "Gondor", "XX", "Mordor"])
def test_made_up_countries_get_no_suggestion(db, value):
    r = run("export", "--db", db, "--country", value)
    assert r.exit_code == 2 and "did you mean" not in r.output


def test_table_format_is_one_line_per_event_without_terminal_controls(tmp_path: Path):
    from serve_store import _event

    from eventwire.export import export_events
    e = _event(1, ROWS[1])[1]
    import dataclasses

    from eventwire.records import Evidence
    e = dataclasses.replace(e, evidence=Evidence("bad\x1b[31m red\nline", (0, 5)))
    out = tmp_path / "t.txt"
    assert export_events([e], "table", out).written == 1
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and lines[0].startswith("date") and "\x1b" not in lines[1]
    assert "SUIC_BOMB" in lines[1] and "Kabul, AF" in lines[1]


# ------------------------------------------------------------------ regions (admin1, admin2)

@pytest.fixture(scope="module")
def regions_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("regions") / "events.duckdb"
    build_regions_store(path)                        # serve_store.REGIONS
    return str(path)


@pytest.mark.parametrize(("args", "places"), [
    (["--admin1", "idlib"], {"Ariha"}),                        # names compare in any case
    (["--admin2", "Rhone,soum"], {"Lyon", "Djibo"}),
    (["--admin2", "Kabul", "--admin2", "Mosul District"], {"Kabul", "Mosul"}),
    (["--admin1", "Kabul,Nairobi", "--admin2", "kabul"], {"Kabul"}),   # both levels must hold
    (["--admin1", "Sinaloa", "--country", "Syria"], set()),
])
def test_export_filters_by_region_levels(regions_db, args, places):
    r = run("export", "--db", regions_db, "--min-confidence", "0", *args)
    assert r.exit_code == 0, r.output
    assert {json.loads(line)["location"]["name"] for line in r.stdout.splitlines()} == places


@pytest.mark.parametrize(("args", "words"), [
    (["--admin2", "Nairobi"], "no stored event's place is in the admin2 'nairobi'"),
    (["--admin1", "Idlb"], "did you mean Idlib?"),
    (["--admin2", "Ariha Distrct"], "did you mean Ariha District?"),
])
@pytest.mark.parametrize("command", ["export", "summary"])
def test_regions_no_stored_place_lies_in_are_usage_errors(regions_db, command, args, words):
    r = run(command, "--db", regions_db, *args)
    assert r.exit_code == 2 and words in r.output


def test_a_corrected_place_is_filtered_by_its_corrected_regions(tmp_path):
    import duckdb

    from eventwire.records import event_from_record
    from eventwire.store.review import record_review

    db = tmp_path / "events.duckdb"
    build_store(db)                                  # no regions: none are stored
    with duckdb.connect(str(db)) as con:
        rec = con.execute("SELECT record FROM events WHERE location_name = 'Djibo'").fetchone()
        record_review(con, event_from_record(json.loads(rec[0])), "correct", {"location": {
            "name": "Djibo", "latitude": 14.1, "longitude": -1.63, "admin1": "Sahel",
            "admin2": "Soum"}}, reviewer="ana")
    r = run("export", "--db", str(db), "--min-confidence", "0", "--admin2", "soum")
    assert r.exit_code == 0, r.output
    assert [json.loads(line)["location"]["admin2"] for line in r.stdout.splitlines()] == ["Soum"]


def test_summary_counts_by_region_with_the_regions_and_country_it_lies_in(regions_db):
    r = run("summary", "--db", regions_db, "--min-confidence", "0", "--json")
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert {"admin1": "Idlib", "country": "Syria", "events": 1} in s["by_admin1"]
    assert {"admin2": "Rhone", "admin1": "Auvergne-Rhone-Alpes", "country": "France",
            "events": 1} in s["by_admin2"]
    assert sum(row["events"] for row in s["by_admin2"]) == len(ROWS)
    unknown = {(row["admin2"], row["admin1"]) for row in s["by_admin2"]
               if row["admin2"] == "(unknown)"}
    assert unknown == {("(unknown)", "Nairobi"), ("(unknown)", "(unknown)")}
    table = run("summary", "--db", regions_db, "--min-confidence", "0", "--admin1", "kabul")
    assert "\nSecond-level regions (admin2)\n        1  Kabul, Kabul, Afghanistan" in table.stdout


@pytest.fixture(scope="module")
def targets_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("targets") / "events.duckdb"
    build_targets_store(path)                        # tests/target_store.py
    return str(path)


@pytest.mark.parametrize(("args", "kinds"), [
    (["--target-kind", "health facility"], {"health facility"}),
    (["--target-kind", "School,health facility"], {"school", "health facility"}),
    (["--target-kind", "building"], {"building"}),             # not "public building"
    (["--target-kind", "vehicle", "--target-kind", "public building"],
     {"vehicle", "public building"}),
    (["--target-kind", "home"], set()),
])
def test_export_and_summary_keep_events_that_hit_a_target_kind(targets_db, args, kinds):
    r = run("export", "--db", targets_db, *args)
    assert r.exit_code == 0, r.output
    assert {json.loads(line)["location"]["name"] for line in r.stdout.splitlines()} == \
        places_hit(kinds)
    r = run("summary", "--db", targets_db, "--json", *args)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["events"] == len(places_hit(kinds))


@pytest.mark.parametrize("command", ["export", "summary"])
def test_an_unknown_target_kind_is_a_usage_error_listing_the_kinds(targets_db, command):
    from eventwire.export.filters import known_target_kinds

    r = run(command, "--db", targets_db, "--target-kind", "hospital")
    assert r.exit_code == 2 and "unknown target kind 'hospital'" in r.output
    assert all(kind in r.output for kind in known_target_kinds())
    r = run(command, "--db", targets_db, "--target-kind", "shcool")
    assert r.exit_code == 2 and "did you mean school?" in r.output


@pytest.mark.parametrize("command", ["summary", "export"])
def test_reading_commands_never_upgrade_an_older_store(tmp_path, command):
    """Migrations only on write: a store an older eventwire wrote is refused in one line and
    left as it is (a reader may sit on a read-only disk, or beside an older ingest)."""
    import duckdb

    from eventwire.store import SCHEMA_VERSION
    from eventwire.store.migrations import migrate

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, str(path), upto=SCHEMA_VERSION - 1)
    con.close()
    before = path.read_bytes()
    r = run(command, "--db", str(path))
    assert r.exit_code == 1
    [line] = r.stderr.splitlines()
    assert "older eventwire" in line and "eventwire ingest" in line
    assert path.read_bytes() == before
