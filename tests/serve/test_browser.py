"""The web app in a real headless Chromium (Debian's ``chromium``; .ci/run installs it).

A machine without chromium FAILS these tests with what to install: they never skip.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from chromium import Chromium, Server
from click.testing import CliRunner
from serve_store import HOSTILE, ROWS, _event

from eventwire.serve import make_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def browser():
    with Chromium() as c:
        yield c


@pytest.fixture
def site(rw_store):
    with Server(make_app(rw_store, allow_review=True)) as server:
        yield server


def _open(browser, url):
    browser.open(url)
    browser.wait_for("document.body.dataset.ready === '1'")


def _points(browser) -> int:
    return int(browser.evaluate("document.querySelector('#map').dataset.points"))


def _event_id(place: str) -> str:
    """The id of the event at ``place`` (ids are content-derived: the builder's are the
    store's; the server holds the store open, so it is not asked)."""
    return next(_event(i, row)[1].id for i, row in enumerate(ROWS) if row[3] == place)


def test_map_table_and_timeline_show_the_events_and_a_filter_narrows_them(browser, site):
    _open(browser, site.url + "/")
    assert _points(browser) == len(ROWS)
    assert browser.evaluate("document.querySelectorAll('#events tbody tr').length") == len(ROWS)
    assert browser.evaluate("document.querySelectorAll('#timeline rect').length") >= 6
    browser.evaluate("""(() => { const s = document.querySelector('#filters [name=label]');
        for (const o of s.options) o.selected = o.value === 'ATTACK';
        document.querySelector('#apply').click(); })()""")
    browser.wait_for("document.querySelector('#map').dataset.points === '2'")
    browser.wait_for("document.querySelectorAll('#events tbody tr').length === 2")
    assert browser.evaluate("document.querySelector('#status').textContent") == "2 events"


def test_event_page_highlights_the_evidence_and_fields(browser, site, rw_store):
    eid = _event_id("Ariha")
    _open(browser, f"{site.url}/#/event/{eid}")
    browser.wait_for("!!document.querySelector('#reports mark.hl-evidence')")
    assert browser.evaluate("document.querySelector('#list-view').offsetParent === null")
    marks = browser.evaluate("[...document.querySelectorAll('#reports mark')].map(m => "
                             "[m.className, m.textContent])")
    evidence = "".join(t for c, t in marks if "hl-evidence" in c)
    assert evidence == ROWS[0][-1]
    assert "".join(t for c, t in marks if "hl-location" in c.split()) == "Ariha"


def test_a_correction_is_saved_shown_and_exported(browser, site, rw_store):
    eid = _event_id("Lyon")
    _open(browser, f"{site.url}/#/event/{eid}")
    browser.wait_for("!document.querySelector('#review-panel').hidden")
    browser.evaluate("""(() => { const f = document.querySelector('#correct').elements;
        f.place_name.value = 'Villeurbanne'; f.place_country.value = 'France';
        f.place_iso2.value = 'FR'; f.place_lat.value = '45.77'; f.place_lon.value = '4.88';
        f.note.value = 'the march ended in Villeurbanne'; f.reviewer.value = 'tester';
        document.querySelector('#save-correction').click(); })()""")
    browser.wait_for("document.querySelectorAll('#trail tbody tr').length === 1")
    assert "Villeurbanne" in browser.evaluate("document.querySelector('#ev-fields').textContent")
    site.server.should_exit = True               # the store is free again for the export
    site.thread.join(10)
    result = CliRunner().invoke(_cli(), ["export", "--db", str(rw_store), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = {r["event_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert records[eid]["location"]["name"] == "Villeurbanne"
    assert records[eid]["reviewed"] == "corrected"


def test_hostile_text_renders_as_text(browser, site, rw_store):
    eid = _event_id("Mosul")
    _open(browser, f"{site.url}/#/event/{eid}")
    browser.wait_for("!!document.querySelector('#reports mark.hl-evidence')")
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('#reports script, #reports img')"
                            ".length") == 0
    assert HOSTILE in browser.evaluate("document.querySelector('#reports .text').textContent")
    assert HOSTILE in browser.evaluate("document.querySelector('#reports h3').textContent")
    _open(browser, site.url + "/")
    assert browser.evaluate("typeof window.__pwned") == "undefined"


def test_the_example_articles_are_on_the_map(browser, tmp_path):
    store = tmp_path / "examples.duckdb"
    result = CliRunner().invoke(_cli(), ["ingest", str(ROOT / "examples"), "--db", str(store),
                                         "-q"])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(store), read_only=True) as con:
        located = con.execute("SELECT count(*) FROM events WHERE location_latitude IS NOT "
                              "NULL").fetchone()[0]
    assert located >= 5
    with Server(make_app(store)) as server:
        _open(browser, server.url + "/")
        assert _points(browser) == located


def _cli():
    from eventwire.cli import cli
    return cli


def test_chromium_is_installed():
    assert shutil.which("chromium"), "apt-get install -y chromium (.ci/run installs it)"
