"""The web app in a real headless Chromium (Debian's ``chromium``; .ci/run installs it).

A machine without chromium FAILS these tests with what to install: they never skip.
"""

from __future__ import annotations

import base64
import http.server
import json
import shutil
import threading
import urllib.request
from pathlib import Path

import duckdb
import pytest
from chromium import Chromium, Server
from click.testing import CliRunner
from serve_store import HOSTILE, ROWS, _event

from eventwire.events.model import DEFAULT_MIN_CONFIDENCE
from eventwire.records import kept_confidence
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


def _shown() -> list[int]:
    """The rows of ROWS the web app shows at first: export's confidence threshold."""
    return [i for i, row in enumerate(ROWS) if _event(i, row)[1].confidence
            >= DEFAULT_MIN_CONFIDENCE]


def _event_id(place: str) -> str:
    """The id of the event at ``place`` (ids are content-derived: the builder's are the
    store's; the server holds the store open, so it is not asked)."""
    return next(_event(i, row)[1].id for i, row in enumerate(ROWS) if row[3] == place)


def test_map_table_and_timeline_show_the_events_and_a_filter_narrows_them(browser, site):
    _open(browser, site.url + "/")
    shown = _shown()
    assert 0 < len(shown) < len(ROWS)          # the fixture has events below the threshold
    assert _points(browser) == len(shown)
    assert browser.evaluate("document.querySelectorAll('#events tbody tr').length") == len(shown)
    stacks = {(ROWS[i][6].strftime("%Y-%m"), _event(i, ROWS[i])[1].type.event_type)
              for i in shown if ROWS[i][6]}              # a bar's part per month and type
    assert browser.evaluate("document.querySelectorAll('#timeline rect').length") == len(stacks)
    dated = {month for month, _ in stacks}
    (fy, fm), (ly, lm) = (map(int, m.split("-")) for m in (min(dated), max(dated)))
    months = (ly - fy) * 12 + lm - fm + 1      # the axis is time: every month between
    assert browser.evaluate("+document.querySelector('#timeline').dataset.months") == months
    browser.evaluate("""(() => { const s = document.querySelector('#filters [name=label]');
        for (const o of s.options) o.selected = o.value === 'ATTACK';
        document.querySelector('#apply').click(); })()""")
    browser.wait_for("document.querySelector('#map').dataset.points === '2'")
    browser.wait_for("document.querySelectorAll('#events tbody tr').length === 2")
    assert browser.evaluate("document.querySelector('#status').textContent") == "2 events"
    # A legend entry filters by its event type (the label filter cleared first).
    browser.evaluate("""(() => { for (const o of document.querySelector('#filters [name=label]')
        .options) o.selected = false;
        document.querySelector('#legend li[data-type="Protests"]').click(); })()""")
    protests = [i for i in shown if _event(i, ROWS[i])[1].type.event_type == "Protests"]
    browser.wait_for(f"document.querySelector('#status').textContent === "
                     f"'{len(protests)} events'")
    assert browser.evaluate("[...document.querySelectorAll('#filters input[name=event_type]"
                            ":checked')].map(c => c.value)") == ["Protests"]


def test_the_page_projects_as_the_server_clusters_and_zooming_asks_again(browser, site):
    import numpy as np

    from eventwire.serve.mapgrid import project
    _open(browser, site.url + "/")
    for lon, lat in ((0, 0), (36.61, 35.81), (-107.39, 24.8), (179.9, -85), (-180, 89)):
        x, y = project(np.array(float(lon)), np.array(float(lat)))
        assert browser.evaluate(f"project({lon}, {lat})") == pytest.approx([x, y], abs=1e-9)
    # Zoomed in on Syria and Iraq: the server's clusters of that view only.
    x, y = project(np.array(40.0), np.array(35.0))
    browser.evaluate(f"state.map.zoomTo({float(x)}, {float(y)}, 32)")
    near = [i for i in _shown() if 30 < ROWS[i][5] < 50 and 30 < ROWS[i][4] < 40]
    browser.wait_for(f"document.querySelector('#map').dataset.points === '{len(near)}'")
    assert browser.evaluate("document.querySelectorAll('#map g.point').length") == len(near)
    browser.evaluate("document.querySelector('#use-view').click()")     # the view as bbox
    browser.wait_for(f"document.querySelector('#status').textContent === '{len(near)} events'")
    west, south, east, north = map(float, browser.evaluate(
        "document.querySelector('#filters [name=bbox]').value").split(","))
    assert west < 40 < east and south < 35 < north and east - west < 15


def test_every_event_shows_without_the_threshold_and_the_table_sorts(browser, site):
    _open(browser, site.url + "/")
    browser.evaluate("""(() => { document.querySelector('#filters [name=min_confidence]').value = '';
        document.querySelector('#apply').click(); })()""")
    browser.wait_for(f"document.querySelector('#map').dataset.points === '{len(ROWS)}'")
    browser.evaluate("document.querySelector('#events th[data-sort=fatalities] button').click()")
    killed = [r[9] or 0 for r in ROWS]
    want = [str(k) if k else "" for k in sorted(killed, reverse=True)]
    browser.wait_for(f"[...document.querySelectorAll('#events tbody tr td:nth-child(5)')]"
                     f".map(td => td.textContent).join('|') === {'|'.join(want)!r}")
    browser.evaluate("document.querySelector('#events th[data-sort=fatalities] button').click()")
    browser.wait_for("document.querySelector('#events th[data-sort=fatalities]')"
                     ".getAttribute('aria-sort') === 'ascending'")
    browser.wait_for("document.querySelector('#events tbody tr td:nth-child(5)')?.textContent"
                     " === ''")


def test_the_crime_box_adds_events_sure_with_crime_counted(browser, site):
    _open(browser, site.url + "/")
    both = [i for i, row in enumerate(ROWS) if kept_confidence(_event(i, row)[1], True)
            >= DEFAULT_MIN_CONFIDENCE]
    assert len(both) > len(_shown())           # the fixture's crime-sure rows lie below it
    browser.evaluate("""(() => { document.querySelector('#filters [name=include_crime]')
        .checked = true; document.querySelector('#apply').click(); })()""")
    browser.wait_for(f"document.querySelector('#map').dataset.points === '{len(both)}'")
    # Reset: the threshold's default and no crime again (the button once shadowed form.reset).
    browser.evaluate("document.querySelector('#reset-filters').click()")
    browser.wait_for(f"document.querySelector('#map').dataset.points === '{len(_shown())}'")


def test_a_timeline_bar_narrows_the_dates_to_its_month(browser, site):
    _open(browser, site.url + "/")
    browser.evaluate("document.querySelector('#timeline rect[data-bin=\"2023-06\"]')"
                     ".dispatchEvent(new MouseEvent('click'))")
    june = [i for i in _shown() if ROWS[i][6] and ROWS[i][6].strftime("%Y-%m") == "2023-06"]
    browser.wait_for(f"document.querySelector('#status').textContent === '{len(june)} events'")
    assert browser.evaluate("document.querySelector('#filters [name=until]').value") == \
        "2023-06-30"


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
    djibo = _event_id("Djibo")                   # shown at the threshold, alone near Djibo
    _open(browser, f"{site.url}/#/event/{djibo}")
    browser.wait_for(f"document.querySelector('#event-view').dataset.eventId === {djibo!r} "
                     "&& !document.querySelector('#show-on-map').hidden")
    browser.evaluate("document.querySelector('#show-on-map').click()")    # back, zoomed in
    browser.wait_for("document.querySelector('#event-view').hidden && "
                     "document.querySelector('#map').dataset.zoom === '64.00'")
    browser.wait_for("document.querySelector('#map').dataset.points === '1'")
    assert browser.evaluate(f"!!document.querySelector('#map g[data-event-id=\"{djibo}\"]')")


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


def test_the_correction_form_starts_at_the_event_and_sends_only_what_was_edited(
        browser, site):
    eid = _event_id("Lyon")
    _open(browser, f"{site.url}/#/event/{eid}")
    browser.wait_for("!document.querySelector('#review-panel').hidden")
    form = "document.querySelector('#correct').elements"
    assert browser.evaluate(f"[{form}.place_name.value, {form}.place_iso2.value, "
                            f"{form}.date.value, {form}.label.value]") == [
        "Lyon", "FR", "2024-01-15", "ARREST"]
    browser.evaluate("document.querySelector('#save-correction').click()")
    browser.wait_for("document.querySelector('#review-error').textContent.includes("
                     "'nothing to save')")
    # A new name alone: the old coordinates are not sent, the gazetteer gives the new ones.
    browser.evaluate(f"(() => {{ {form}.place_name.value = 'Paris'; "
                     "document.querySelector('#save-correction').click(); })()")
    browser.wait_for("document.querySelectorAll('#trail tbody tr').length === 1")
    after = json.loads(browser.evaluate("document.querySelector('#trail tbody tr "
                                        "td:nth-child(5)').textContent"))
    assert set(after) == {"location"} and after["location"]["name"] == "Paris"
    assert abs(after["location"]["latitude"] - 48.85) < 0.1


def _post(url: str, body: dict) -> int:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status


# What a page must not gain from hostile text: elements that only markup would make.
INJECTED = "script:not([src^='/static/']), img, iframe, object, embed, [onerror], [onload]"


def _no_markup_ran(browser) -> None:
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0


def test_hostile_text_renders_as_text_in_every_view(browser, site):
    """Markup and scripts in an article, its title, a place, actors, a review note and a
    reviewer's name show as text on the map, the timeline, the table, the filter panel, the
    event page, its reports and its review trail."""
    eid = _event_id("Mosul")
    assert _post(f"{site.url}/api/events/{eid}/reviews", {
        "action": "correct", "note": HOSTILE, "reviewer": HOSTILE,
        "changes": {"actor1": HOSTILE, "actor2": HOSTILE, "location": {
            "name": HOSTILE, "country": "Iraq", "iso2": "IQ", "latitude": 36.3,
            "longitude": 43.1}}}) == 201
    _open(browser, site.url + "/")
    _no_markup_ran(browser)
    row = f"document.querySelector('#events tr[data-event-id=\"{eid}\"]').textContent"
    assert browser.evaluate(row).count(HOSTILE) == 3            # the place and both actors
    title = f"document.querySelector('#map g[data-event-id=\"{eid}\"] title').textContent"
    assert browser.evaluate(title).endswith(HOSTILE + " 2022-02-02")
    _open(browser, f"{site.url}/#/event/{eid}")
    browser.wait_for("document.querySelectorAll('#trail tbody tr').length === 1")
    _no_markup_ran(browser)
    for where in ("#ev-title", "#ev-fields", "#reports .text", "#reports h3", "#trail"):
        assert HOSTILE in browser.evaluate(f"document.querySelector({where!r}).textContent"), \
            where


class _Tiles(http.server.BaseHTTPRequestHandler):
    """A tile server on loopback: a 1x1 PNG for any path, each path logged."""

    PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4"
                           "z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==")
    asked: list[str] = []

    def do_GET(self) -> None:                       # noqa: N802 - the server's name
        _Tiles.asked.append(self.path)
        self.send_response(200)
        self.send_header("content-type", "image/png")
        self.end_headers()
        self.wfile.write(self.PNG)

    def log_message(self, *args: object) -> None:
        pass


def test_online_tiles_only_when_asked_and_then_under_the_outlines(browser, store_path):
    tiles = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    template = f"http://127.0.0.1:{tiles.server_port}/t/{{z}}/{{x}}/{{y}}.png"
    try:
        with Server(make_app(store_path, tiles=template, tiles_credit="© test tiles")) as site:
            _open(browser, site.url + "/")
            browser.wait_for("document.querySelectorAll('#map .tiles image').length > 0")
            hrefs = browser.evaluate("[...document.querySelectorAll('#map .tiles image')]"
                                     ".map(i => i.getAttribute('href'))")
            assert all(h.startswith(template.split("{z}")[0]) for h in hrefs)
            assert browser.evaluate("document.querySelector('#tile-credit').textContent") == \
                "© test tiles"
            z = int(hrefs[0].split("/t/")[1].split("/")[0])
            browser.evaluate("document.querySelector('#zoom-in').click()")   # 2x: one level more
            browser.wait_for(f"[...document.querySelectorAll('#map .tiles image')].every(i => "
                             f"i.getAttribute('href').includes('/t/{z + 1}/'))")
        assert _Tiles.asked, "the page fetched no tile (the CSP must allow the tile server)"
        # Not asked: no tile layer (and the page's CSP allows no other site: test_api).
        with Server(make_app(store_path)) as site:
            _open(browser, site.url + "/")
            assert browser.evaluate("document.querySelectorAll('#map image').length") == 0
            assert browser.evaluate("document.querySelector('#tile-credit').hidden")
    finally:
        tiles.shutdown()


def test_a_new_user_finds_an_example_event_on_the_map_corrects_its_place_and_exports_it(
        browser, tmp_path):
    """The issue's walk-through on the example articles: ingest, serve, every located event on
    the map, click one, read its evidence, give its place a new name, export the record."""
    store = tmp_path / "examples.duckdb"
    result = CliRunner().invoke(_cli(), ["ingest", str(ROOT / "examples"), "--db", str(store),
                                         "-q"])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(store), read_only=True) as con:
        located = con.execute("SELECT count(*) FROM events WHERE location_latitude IS NOT "
                              "NULL AND confidence >= ?", [DEFAULT_MIN_CONFIDENCE]).fetchone()[0]
    assert located >= 5
    with Server(make_app(store, allow_review=True)) as server:
        _open(browser, server.url + "/")
        assert _points(browser) == located
        eid = browser.evaluate("""(() => { const g = document.querySelector('#map g.point');
            g.dispatchEvent(new MouseEvent('click', {bubbles: true}));
            return g.dataset.eventId; })()""")
        browser.wait_for(f"document.querySelector('#event-view').dataset.eventId === {eid!r} "
                         "&& !!document.querySelector('#reports mark.hl-evidence')")
        evidence = browser.evaluate("[...document.querySelectorAll('#reports article')[0]"
                                    ".querySelectorAll('mark.hl-evidence')].map(m => "
                                    "m.textContent).join('')")
        browser.evaluate("""(() => { const f = document.querySelector('#correct').elements;
            f.place_name.value = 'Paris'; f.place_country.value = 'France';
            f.place_iso2.value = 'FR'; f.note.value = 'the wire named the wrong town';
            document.querySelector('#save-correction').click(); })()""")
        browser.wait_for("document.querySelectorAll('#trail tbody tr').length === 1")
        server.server.should_exit = True
        server.thread.join(10)
    result = CliRunner().invoke(_cli(), ["export", "--db", str(store), "--format", "jsonl",
                                         "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    [record] = [r for r in map(json.loads, result.stdout.splitlines()) if r["event_id"] == eid]
    told = [record["evidence"]] + [m["evidence"] for m in record.get("mentions", [])]
    assert evidence and any(" ".join(evidence.split()) == " ".join(t["sentence"].split())
                            for t in told)                  # the page showed its evidence
    assert record["reviewed"] == "corrected" and record["location"]["name"] == "Paris"
    assert abs(record["location"]["latitude"] - 48.85) < 0.1      # from the gazetteer


def _cli():
    from eventwire.cli import cli
    return cli


def test_chromium_is_installed():
    assert shutil.which("chromium"), "apt-get install -y chromium (.ci/run installs it)"


@pytest.fixture
def targets_site(tmp_path):
    from target_store import build_targets_store

    build_targets_store(tmp_path / "targets.duckdb")
    with Server(make_app(tmp_path / "targets.duckdb")) as server:
        yield server


def test_the_targets_select_narrows_the_events_to_what_they_hit(browser, targets_site):
    from target_store import ROWS as HITS
    from target_store import places_hit

    from eventwire.export.filters import known_target_kinds

    _open(browser, targets_site.url + "/")
    assert browser.evaluate("[...document.querySelector('#filters [name=target_kind]').options]"
                            ".map(o => o.value)") == list(known_target_kinds())
    assert _points(browser) == len(HITS)        # every event of the fixture is sure enough
    browser.evaluate("""(() => { const s = document.querySelector('#filters [name=target_kind]');
        for (const o of s.options) o.selected = ['school', 'health facility'].includes(o.value);
        document.querySelector('#apply').click(); })()""")
    wanted = len(places_hit({"school", "health facility"}))
    browser.wait_for(f"document.querySelector('#status').textContent === '{wanted} events'")
    assert _points(browser) == wanted
