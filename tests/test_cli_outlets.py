"""``eventwire outlets learn``: an unlisted outlet's home from the stored articles that name its
state's towns, written as a table ``--outlets`` reads."""

from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.places.outlet import Outlet, Outlets
from eventwire.records import Document, Event, Evidence, Place, event_id
from eventwire.store import Store
from eventwire.taxonomy import event_type

TOWNS = ("Paris", "Springville", "Paris", "Paris")


def _stored(path, host="www.parisgazette.example"):
    items = []
    for k, town in enumerate(TOWNS):
        text = f"Protesters rallied in {town} on Monday to demand a recount."
        doc = Document(id=f"{k:064x}", text=text, source="in.jsonl", url=f"https://{host}/{k}",
                       published=date(2024, 5, 6))
        place = Place(town, town, (22, 22 + len(town)), "United States", "US", "Tennessee",
                      feature="PPL", confidence=0.9)
        span = (0, len(text))
        items.append((doc, [Event(event_id(doc.id, span, "PEACE_PROTEST"),
                                  event_type("PEACE_PROTEST"), Evidence(text, span), doc.ref,
                                  location=place, confidence=0.9)]))
    with Store.open(path) as store:
        store.add_batch(items)


def test_learn_writes_the_home_of_an_unlisted_outlet(tmp_path):
    db, out = tmp_path / "s.duckdb", tmp_path / "learnt.tsv"
    _stored(db)
    result = CliRunner().invoke(cli, ["outlets", "learn", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 outlets learnt from 4 stored documents" in result.output
    assert Outlets.read(out).by_domain == {"www.parisgazette.example": Outlet(
        "www.parisgazette.example", "US", "Paris", "Tennessee")}


def test_an_outlet_the_users_table_lists_is_not_learnt_again(tmp_path):
    db, out, mine = tmp_path / "s.duckdb", tmp_path / "learnt.tsv", tmp_path / "mine.tsv"
    _stored(db)
    mine.write_text("parisgazette.example\tUS\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["outlets", "learn", "--db", str(db), "-o", str(out),
                                      "--outlets", str(mine)])
    assert result.exit_code == 0, result.output
    assert len(Outlets.read(out)) == 0


def test_a_missing_output_folder_is_a_usage_error_before_the_store_is_read(tmp_path):
    result = CliRunner().invoke(cli, ["outlets", "learn", "--db", str(tmp_path / "none.duckdb"),
                                      "-o", str(tmp_path / "no" / "such" / "dir.tsv")])
    assert result.exit_code != 0
    assert "does not exist" in result.output and "Traceback" not in result.output
