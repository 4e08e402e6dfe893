"""The HTTP API over a store of hand-built events: filters, paging, errors, review."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serve_store import HOSTILE, ROWS, build_regions_store
from starlette.testclient import TestClient

from eventwire.serve import make_app


@pytest.fixture(scope="module")
def client(store_path: Path) -> TestClient:
    return TestClient(make_app(store_path), raise_server_exceptions=False)


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_lists_every_event_newest_first_undated_last(client):
    events = client.get("/api/events").json()["events"]
    assert len(events) == len(ROWS)
    days = [e["date"]["start"] for e in events if e["date"]]
    assert days == sorted(days, reverse=True)
    assert events[-1]["date"] is None


@pytest.mark.parametrize(("params", "expected"), [
    ({"country": "Syria"}, {"Ariha"}),
    ({"country": "sy,AF"}, {"Ariha", "Kabul"}),
    ({"label": "ATTACK"}, {"Culiacán", "Mosul"}),
    ({"label": ["ARREST", "diplo"]}, {"Lyon", "Seoul"}),
    ({"event_type": "Protests"}, {"Nairobi"}),
    ({"actor": "islamic"}, {"Kabul"}),
    ({"bbox": "30,30,50,40"}, {"Ariha", "Mosul"}),
    ({"bbox": "170,-90,-100,90"}, {"Culiacán"}),            # across the antimeridian
    ({"since": "2024-01-01"}, {"Kabul", "Lyon"}),
    ({"since": "2023-06-01", "until": "2023-06-30"}, {"Nairobi", "Djibo"}),
    ({"q": "peacefully"}, {"Nairobi"}),
    ({"min_confidence": "0.84"}, {"Culiacán", "Seoul", "Mosul"}),
    ({"min_confidence": "0.84", "include_crime": "true"},
     {"Culiacán", "Seoul", "Mosul", "Kabul", "Djibo"}),
    ({"reviewed": "unreviewed", "country": "KE"}, {"Nairobi"}),
    ({"reviewed": "accepted"}, set()),
])
def test_filters(client, params, expected):
    events = client.get("/api/events", params=params).json()["events"]
    assert {e["location"]["name"] for e in events} == expected
    assert client.get("/api/events/count", params=params).json()["count"] == len(expected)


@pytest.mark.parametrize("sort", ["date", "-date", "confidence", "-fatalities", "mentions"])
@pytest.mark.parametrize("limit", [1, 3, 5])
def test_cursor_pages_cover_every_event_once_in_order(client, sort, limit):
    whole = ids(client.get("/api/events", params={"sort": sort}))
    got, cursor = [], None
    while True:
        page = client.get("/api/events", params={"sort": sort, "limit": limit,
                                                 **({"cursor": cursor} if cursor else {})})
        got += ids(page)
        cursor = page.json()["next"]
        if cursor is None:
            break
    assert got == whole and len(set(got)) == len(ROWS)


ERRORS = [
    ("/api/events?label=BOGUS", 400, "AIR_STRIKE"),
    ("/api/events?country=Narnia", 400, "country name"),
    ("/api/events?since=2024-01-01&until=2023-01-01", 400, "swap"),
    ("/api/events?since=yesterday", 400, "YYYY-MM-DD"),
    ("/api/events?bbox=1,2,3", 400, "west,south,east,north"),
    ("/api/events?limit=0", 400, "out of range"),
    ("/api/events?limit=nan", 400, "out of range"),
    ("/api/events?include_crime=maybe", 400, "true or false"),
    ("/api/events?sort=date;DROP", 400, "sort"),
    ("/api/events?cursor=garbage", 400, "cursor"),
    ("/api/events?colour=red", 400, "unknown parameter"),
    ("/api/events?reviewed=maybe", 400, "reviewed"),
    ("/api/counts?by=weekday", 400, "month"),
    ("/api/events/ew-nope", 404, "no event"),
    ("/api/documents/nope", 404, "no document"),
    ("/no/such/path", 404, "openapi"),
]


@pytest.mark.parametrize(("url", "status", "words"), ERRORS)
def test_every_failure_has_the_one_error_shape(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and words in body["error"]["message"]


def test_wrong_method_and_read_only_review_use_the_error_shape(client):
    r = client.delete("/api/events")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    r = client.post(f"/api/events/{ids(client.get('/api/events'))[0]}/reviews",
                    json={"action": "accept"})
    assert r.status_code == 403 and "--allow-review" in r.json()["error"]["message"]


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_sql_metacharacters_are_bound_never_injected(store_path, value):
    client = TestClient(make_app(store_path), raise_server_exceptions=False)
    for name in ("q", "actor"):
        r = client.get("/api/events", params={name: value})
        assert r.status_code in (200, 400), r.text
    assert client.get("/api/events/count").json()["count"] == len(ROWS)


def test_quote_in_search_finds_the_text_it_contains(client):
    assert len(ids(client.get("/api/events", params={"q": "'; DROP TABLE events; --"}))) == 1


def test_counts_for_charts(client):
    body = client.get("/api/counts", params={"by": "month", "then": "event_type"}).json()
    june = [c for c in body["counts"] if c["month"] == "2023-06"]
    assert {(c["event_type"], c["n"]) for c in june} == {("Protests", 1), ("Battles", 1)}
    by_country = client.get("/api/counts", params={"by": "country", "label": "ATTACK"}).json()
    assert {c["country"] for c in by_country["counts"]} == {"Mexico", "Iraq"}


def test_map_clusters(client):
    whole = client.get("/api/clusters", params={"cell": 28, "view": "0,0,1000,600"}).json()
    assert whole["events"] == len(ROWS)
    narrowed = client.get("/api/clusters", params={"cell": 0.05, "label": "ATTACK"}).json()
    assert sorted(c["place"] for c in narrowed["clusters"]) == ["Culiacán", "Mosul"]
    for params, words in (({}, "give cell"), ({"cell": "0"}, "out of range"),
                          ({"cell": "5", "view": "1,2,3"}, "x0,y0,x1,y1"),
                          ({"cell": "5", "view": "1,2,3,nan"}, "x0,y0,x1,y1"),
                          ({"cell": "5", "zoom": "3"}, "unknown parameter")):
        r = client.get("/api/clusters", params=params)
        assert r.status_code == 400 and words in r.json()["error"]["message"], r.text


def test_geojson_points(client):
    fc = client.get("/api/events.geojson", params={"country": "FR"}).json()
    assert fc["type"] == "FeatureCollection"
    [f] = fc["features"]
    assert f["geometry"] == {"type": "Point", "coordinates": [4.85, 45.75]}


def test_one_event_with_its_report_and_spans(client):
    eid = ids(client.get("/api/events", params={"country": "SY"}))[0]
    body = client.get(f"/api/events/{eid}").json()
    assert body["event"]["event_id"] == eid and body["reviews"] == []
    [report] = body["reports"]
    spans = {s["field"]: report["text"][s["start"]:s["end"]] for s in report["spans"]}
    assert spans["evidence"] == body["event"]["evidence"]["sentence"]
    assert spans["location"] == "Ariha"


def test_documents(client):
    page = client.get("/api/documents", params={"limit": 5}).json()
    assert len(page["documents"]) == 5 and page["next"]
    rest = client.get("/api/documents", params={"cursor": page["next"]}).json()
    assert len(rest["documents"]) == len(ROWS) - 5
    doc = client.get(f"/api/documents/{page['documents'][0]['id']}").json()
    assert doc["text"] and len(doc["events"]) == 1


def test_json_never_carries_raw_markup(client):
    r = client.get("/api/events", params={"country": "IQ"})
    assert "<script>" not in r.text and "\\u003cscript\\u003e" in r.text
    assert r.json()["events"][0]["evidence"].startswith(HOSTILE)
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_nothing_online_unless_tiles_are_asked_for(client, store_path):
    csp = client.get("/").headers["content-security-policy"]
    assert "img-src 'self' data:;" in csp and "http" not in csp
    assert client.get("/api/meta").json()["tiles"] is None
    tiled = TestClient(make_app(store_path, tiles="https://tiles.example.org:8443/{z}/{x}/{y}"
                                ".png", tiles_credit="© Example"))
    csp = tiled.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: https://tiles.example.org:8443;" in csp
    assert "connect-src 'self';" in csp and "script-src 'self';" in csp
    assert tiled.get("/api/meta").json()["tiles"] == {
        "template": "https://tiles.example.org:8443/{z}/{x}/{y}.png", "credit": "© Example"}


@pytest.mark.parametrize("template", [
    "tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/{z}/{x}.png",
    "javascript:alert(1)//{z}{x}{y}", "https://x.org/{z}/{x}/{y}.png'; script-src *",
    "ftp://tiles.example.org/{z}/{x}/{y}.png"])
def test_a_tile_template_that_is_no_tile_address_is_refused(store_path, template):
    from eventwire.errors import InputError
    with pytest.raises(InputError, match="web Mercator"):
        make_app(store_path, tiles=template)


def test_openapi_lists_every_route(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/reviews",
            "/api/counts", "/api/documents", "/api/events.geojson"} <= set(spec["paths"])


def test_web_app_and_outlines_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "http" not in page.text.replace("http-equiv", "")      # nothing from a CDN
    countries = client.get("/api/outlines").json()["countries"]
    assert len(countries) > 200 and any(c["iso2"] == "FR" for c in countries)


def test_missing_store_is_a_clear_error(tmp_path):
    from eventwire.errors import StoreError
    with pytest.raises(StoreError, match="eventwire ingest"):
        make_app(tmp_path / "none.duckdb")


def test_reviews_over_http_change_lists_and_keep_the_error_shape(rw_store):
    client = TestClient(make_app(rw_store, allow_review=True), raise_server_exceptions=False)
    eid = ids(client.get("/api/events", params={"country": "FR"}))[0]
    url = f"/api/events/{eid}/reviews"
    r = client.post(url, json={"action": "correct", "note": "moved", "reviewer": "ana",
                               "changes": {"location": {"name": "Grenoble", "iso2": "FR",
                                                        "latitude": 45.19, "longitude": 5.72}}})
    assert r.status_code == 201, r.text
    assert r.json()["review"]["before"]["location"]["name"] == "Lyon"
    [row] = client.get("/api/events", params={"reviewed": "corrected"}).json()["events"]
    assert row["location"]["name"] == "Grenoble" and row["reviewed"] == "corrected"
    fc = client.get("/api/events.geojson", params={"reviewed": "corrected"}).json()
    assert fc["features"][0]["geometry"]["coordinates"] == [5.72, 45.19]
    assert client.post(url, json={"action": "reject"}).status_code == 201
    assert ids(client.get("/api/events", params={"reviewed": "rejected"})) == [eid]
    trail = client.get(f"/api/events/{eid}").json()["reviews"]
    assert [(t["action"], t["reviewer"]) for t in trail][0] == ("correct", "ana")
    for body, status in ((b"not json", 400), (b'{"action": "delete"}', 422),
                         (b'{"action": "correct", "changes": {"fatalities": -2}}', 422),
                         (b'["accept"]', 400)):
        r = client.post(url, content=body)
        assert r.status_code == status and set(r.json()["error"]) == {"status", "code",
                                                                       "message"}
    assert client.post("/api/events/ew-none/reviews", json={"action": "accept"}
                       ).status_code == 404


def test_an_empty_store_answers_every_list_with_nothing(tmp_path):
    from eventwire.store import Store
    db = tmp_path / "empty.duckdb"
    with Store.open(db):
        pass
    with TestClient(make_app(db)) as c:
        for url, key in (("/api/events", "events"), ("/api/clusters?cell=28", "clusters"),
                         ("/api/counts?by=month&then=event_type", "counts"),
                         ("/api/events.geojson", "features"), ("/api/documents", "documents")):
            r = c.get(url)
            assert r.status_code == 200 and r.json()[key] == [], url
        assert c.get("/api/events/count").json()["count"] == 0


@pytest.fixture
def regions_store(tmp_path: Path) -> Path:
    path = tmp_path / "regions.duckdb"
    build_regions_store(path)                        # serve_store.REGIONS
    return path


def _places(client, params) -> set[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert client.get("/api/events/count", params=params).json()["count"] == len(
        r.json()["events"])
    return {e["location"]["name"] for e in r.json()["events"]}


def test_region_filters_counts_and_a_corrected_place(regions_store):
    client = TestClient(make_app(regions_store, allow_review=True),
                        raise_server_exceptions=False)
    assert _places(client, {"admin1": "IDLIB"}) == {"Ariha"}
    assert _places(client, {"admin2": ["rhone", "Soum"]}) == {"Lyon", "Djibo"}
    assert _places(client, {"admin1": "kabul,nairobi", "admin2": "Kabul"}) == {"Kabul"}
    assert _places(client, {"admin2": "Nairobi"}) == set()      # Nairobi has no admin2
    counts = client.get("/api/counts", params={"by": "admin2", "then": "admin1"}).json()
    assert {(c["admin2"], c["admin1"]): c["n"] for c in counts["counts"]}[
        ("Rhone", "Auvergne-Rhone-Alpes")] == 1
    [lyon] = client.get("/api/events", params={"admin2": "rhone"}).json()["events"]
    assert lyon["location"]["admin2"] == "Rhone"
    r = client.post(f"/api/events/{lyon['event_id']}/reviews", json={
        "action": "correct", "changes": {"location": {
            "name": "Grenoble", "iso2": "FR", "latitude": 45.19, "longitude": 5.72,
            "admin1": "Auvergne-Rhone-Alpes", "admin2": "Isere"}}})
    assert r.status_code == 201, r.text
    assert _places(client, {"admin2": "isere"}) == {"Grenoble"}
    assert _places(client, {"admin2": "rhone"}) == set()


def test_openapi_describes_the_region_filters(client):
    spec = client.get("/api/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"admin1", "admin2"} <= params


@pytest.fixture(scope="module")
def targets_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from target_store import build_targets_store

    path = tmp_path_factory.mktemp("targets") / "events.duckdb"
    build_targets_store(path)
    return TestClient(make_app(path), raise_server_exceptions=False)


@pytest.mark.parametrize(("params", "kinds"), [
    ({"target_kind": "school"}, {"school"}),
    ({"target_kind": "school,Health Facility"}, {"school", "health facility"}),
    ({"target_kind": ["building", "vehicle"]}, {"building", "vehicle"}),
    ({"target_kind": "public building", "country": "AF"}, set()),
    ({"target_kind": "home"}, set()),
])
def test_events_that_hit_a_target_kind(targets_client, params, kinds):
    from target_store import places_hit

    assert _places(targets_client, params) == places_hit(kinds)
    geo = targets_client.get("/api/events.geojson", params=params).json()
    assert len(geo["features"]) == len(places_hit(kinds))


def test_an_unknown_target_kind_is_refused_with_the_kinds(targets_client):
    from eventwire.export.filters import known_target_kinds

    r = targets_client.get("/api/events", params={"target_kind": "hospital"})
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert "hospital" in message and all(k in message for k in known_target_kinds())


def test_openapi_describes_the_target_kind_filter(client):
    spec = client.get("/api/openapi.json").json()
    [p] = [p for p in spec["paths"]["/api/events"]["get"]["parameters"]
           if p["name"] == "target_kind"]
    assert p["schema"]["type"] == "array" and "school" in p["description"]


def test_meta_offers_the_target_kinds_of_the_table(client):
    from eventwire.export.filters import known_target_kinds

    assert client.get("/api/meta").json()["target_kinds"] == list(known_target_kinds())
