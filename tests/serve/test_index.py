"""The in-memory index answers list queries exactly as a plain filter over the events would,
in the order asked, page after page."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serve_store import ROWS, _event, build_regions_store

from eventwire.records import kept_confidence
from eventwire.serve.index import EventIndex
from eventwire.serve.queries import EventQuery, decode_cursor, encode_cursor

EVENTS = [_event(i, row)[1] for i, row in enumerate(ROWS)]


@pytest.fixture(scope="module")
def index(store_path):
    with duckdb.connect(str(store_path), read_only=True) as con:
        return EventIndex(con)


def naive(q: EventQuery, events=EVENTS) -> list[str]:
    """The ids a query selects, sorted as asked: a direct reading of each condition."""
    def keep(e) -> bool:
        d, loc = e.date, e.location
        if q.since and not (d and (d.end or d.start) >= q.since):
            return False
        if q.until and not (d and d.start <= q.until):
            return False
        if q.countries and not (loc and ((loc.country or "").lower() in q.countries
                                         or (loc.iso2 or "").lower() in q.countries)):
            return False
        for level in ("admin1", "admin2"):
            wanted = getattr(q, level)
            if wanted and not (loc and (getattr(loc, level) or "").lower() in wanted):
                return False
        if q.labels and e.type.label not in q.labels:
            return False
        if q.min_confidence and kept_confidence(e, q.include_crime) < q.min_confidence:
            return False
        if q.bbox:
            w, s, east, n = q.bbox
            if not (loc and s <= loc.latitude <= n and (w <= loc.longitude <= east if w <= east
                                                        else not east < loc.longitude < w)):
                return False
        names = " ".join(a.name.lower() for a in (e.actor1, e.actor2) if a)
        return not (q.actors and not any(a in names for a in q.actors))

    name = q.sort.lstrip("-")
    key = {"date": lambda e: e.date.start.toordinal() if e.date and e.date.start else 0,
           "confidence": lambda e: e.confidence,
           "fatalities": lambda e: e.fatalities.best if e.fatalities else -1,
           "mentions": lambda e: 1}[name]
    chosen = sorted((e for e in events if keep(e)), key=lambda e: (key(e), e.id),
                    reverse=q.sort.startswith("-"))
    return [e.id for e in chosen]


queries = st.builds(
    EventQuery,
    since=st.none() | st.dates(date(2019, 1, 1), date(2024, 12, 31)),
    until=st.none() | st.dates(date(2019, 1, 1), date(2024, 12, 31)),
    countries=st.sets(st.sampled_from(["sy", "syria", "af", "ke", "fr", "mexico", "zz"]),
                      max_size=3).map(tuple),
    # serve_store.REGIONS (lower-cased) and names no place lies in
    admin1=st.sets(st.sampled_from(["idlib", "kabul", "nairobi", "sahel", "rhone", "zz"]),
                   max_size=2).map(tuple),
    admin2=st.sets(st.sampled_from(["kabul", "rhone", "soum", "mosul district", "nairobi"]),
                   max_size=2).map(tuple),
    labels=st.sets(st.sampled_from(["ATTACK", "ARREST", "DIPLO", "AIR_STRIKE", "GRENADE"]),
                   max_size=2).map(tuple),
    actors=st.sets(st.sampled_from(["islamic", "police", "forces", "cartel"]),
                   max_size=2).map(tuple),
    bbox=st.none() | st.sampled_from([(30.0, 30.0, 45.0, 40.0), (170.0, -90.0, -100.0, 90.0),
                                      (-180.0, -90.0, 180.0, 90.0)]),
    min_confidence=st.none() | st.floats(0, 1),
    include_crime=st.booleans(),
    sort=st.sampled_from(["date", "-date", "confidence", "-confidence", "fatalities",
                          "-fatalities"]),
    limit=st.integers(1, 4))


@settings(max_examples=150, deadline=None)
@given(queries)
def test_pages_are_the_plain_filters_answer_in_order(index, q):
    got, cursor = [], None
    while True:
        rows, cursor = index.page(EventQuery(**{**_fields(q), "cursor": cursor}))
        got += [r["event_id"] for r in rows]
        if cursor is None:
            break
    assert got == naive(q)
    assert index.count(q) == len(got)


def _fields(q: EventQuery) -> dict:
    return {f: getattr(q, f) for f in EventQuery.__dataclass_fields__}


@given(st.sampled_from(["date", "-confidence", "fatalities"]),
       st.one_of(st.integers(-5, 10**6), st.floats(-1, 1)), st.text(max_size=30))
def test_cursors_round_trip(sort, value, last):
    if sort.lstrip("-") == "date":
        value = date.fromordinal(abs(int(value)) % 700_000 + 1)
    assert decode_cursor(encode_cursor(sort, value, last), sort) == (value, last)


def test_a_store_older_than_the_filter_columns_gives_the_same_index(store_path, rw_store):
    """A store written before migration 0006_columns (served read-only, never migrated)
    keeps those fields in the record only: the index reads them from there."""
    with duckdb.connect(str(rw_store)) as con:
        # Later migrations' indexes first: DuckDB drops no column an index depends on.
        for (name,) in con.execute("SELECT index_name FROM duckdb_indexes() WHERE table_name "
                                   "IN ('events', 'documents')").fetchall():
            con.execute(f'DROP INDEX "{name}"')
        for column in ("date_precision", "location_admin1", "location_geo_precision",
                       "actor1_name", "actor1_inter", "actor1_country", "actor2_name",
                       "actor2_inter", "actor2_country", "claim_source", "claim_kind",
                       "location_admin2"):                  # and 0010's
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
        con.execute("ALTER TABLE documents DROP COLUMN language")
    with duckdb.connect(str(store_path), read_only=True) as new, \
            duckdb.connect(str(rw_store), read_only=True) as old:
        a, b = EventIndex(new), EventIndex(old)
    assert [a.summary(i) for i in range(len(a))] == [b.summary(i) for i in range(len(b))]
    assert a.cols["actor1"][0] is not None
    from eventwire.serve.queries import Queries
    q = Queries.open(rw_store)
    try:
        page = q.event(a.cols["event_id"][0])
        assert page["reports"][0]["document"]["language"] is None
        assert page["reports"][0]["document"]["sources"]
        assert q.documents(3, None)["documents"][0]["language"] is None
    finally:
        q.close()


def _value(e, by: str):
    """What counts group an event by, read from the event itself."""
    return {"month": lambda: e.date.start.strftime("%Y-%m") if e.date else None,
            "country": lambda: e.location.country if e.location else None,
            "label": lambda: e.type.label, "event_type": lambda: e.type.event_type,
            "actor": lambda: e.actor1.name if e.actor1 else None}[by]()


@settings(max_examples=60, deadline=None)
@given(queries, st.sampled_from(["month", "country", "label", "event_type", "actor"]),
       st.none() | st.sampled_from(["event_type", "country", "month"]))
def test_counts_are_the_plain_tally_of_the_filters_events(index, q, by, then):
    from collections import Counter
    chosen = [e for e in EVENTS if e.id in set(naive(q))]
    tally = Counter((_value(e, by), *([_value(e, then)] if then else [])) for e in chosen)
    got = index.counts(q, by, then)
    assert {(r[by], *([r[then]] if then else [])): r["n"] for r in got} == dict(tally)
    assert [r["n"] for r in got] == sorted((r["n"] for r in got), reverse=True)


@settings(max_examples=60, deadline=None)
@given(queries, st.sampled_from([0.5, 5.0, 28.0, 200.0, 1000.0]),
       st.none() | st.sampled_from([(0.0, 0.0, 1000.0, 600.0), (500.0, 100.0, 700.0, 300.0),
                                    (-50.0, 200.0, 300.0, 600.0)]))
def test_map_clusters_hold_each_visible_event_once(index, q, cell, view):
    """Every matching event with a point in the view is in exactly one cluster, the one of
    its cell; a cluster of one names its event; a cluster's place is its members' mean."""
    import math

    import numpy as np

    from eventwire.serve.mapgrid import project

    chosen = [e for e in EVENTS if e.id in set(naive(q)) and e.location]
    cells: dict = {}
    for e in chosen:
        x, y = (float(v) for v in project(np.array(e.location.longitude),
                                          np.array(e.location.latitude)))
        if view and not (view[0] - cell <= x <= view[2] + cell
                         and view[1] - cell <= y <= view[3] + cell):
            continue
        cells.setdefault((math.floor(x / cell), math.floor(y / cell)), []).append((e, x, y))
    got = index.clusters(q, cell, view)
    assert got["events"] == sum(len(v) for v in cells.values())
    assert len(got["clusters"]) == len(cells)
    by_place = {(math.floor(c["x"] / cell), math.floor(c["y"] / cell)): c for c in got["clusters"]}
    for key, members in cells.items():
        c = by_place[key]
        assert c["n"] == len(members)
        assert c["x"] == pytest.approx(sum(m[1] for m in members) / len(members))
        if len(members) == 1:
            assert c["event_id"] == members[0][0].id
            assert c["event_type"] == members[0][0].type.event_type


def _decoded(index) -> dict:
    """Every array of the index as the values it stands for (codes as their text)."""
    import numpy as np

    def text(codes):
        names = {v: k for k, v in codes.vocab.items()}
        return [names[int(k)] for k in codes.codes]
    out = {k: np.asarray(getattr(index, k)).tolist()
           for k in ("start", "end", "lat", "lon", "mx", "my", "fat", "conf", "mentions")}
    out |= {k: text(getattr(index, k)) for k in ("label", "etype", "country", "iso2", "st")}
    out |= {f"group_{k}": text(g) for k, g in index.groups.items()}
    out |= {f"order_{k}": v.tolist() for k, v in index.orders.items()}
    out["etype_names"] = sorted(str(index.etype_names[int(k)])      # of the codes in use
                                for k in set(index.etype.codes.tolist()))
    return out


@pytest.mark.parametrize("changes", [
    {"label": "PEACE_PROTEST", "date": "2018-01-31", "fatalities": 40},
    {"location": {"name": "Nowhere Town", "country": "Chad", "iso2": "TD", "latitude": 12.1,
                  "longitude": 15.0}, "actor1": "Some New Group"},
    {"label": "NATURAL_DISASTER", "date": "2030-12-01"},
])
def test_a_review_updates_the_index_as_rebuilding_it_would(rw_store, changes):
    from eventwire.serve.queries import Queries

    q = Queries.open(rw_store, writable=True)
    try:
        q.index                                                   # noqa: B018 - built now
        eid = EVENTS[3].id
        q.add_review(eid, "correct", changes, "moved", "tester")
        incremental = _decoded(q.index)
        q.index._arrays()                                          # everything from scratch
        assert incremental == _decoded(q.index)
        assert q.index.count(EventQuery(reviewed="corrected")) == 1
    finally:
        q.close()


def _admin2_of_lyon(db) -> dict[str, str | None]:
    with duckdb.connect(str(db), read_only=True) as con:
        index = EventIndex(con)
    return {index.cols["location_name"][i]: index.summary(i)["location"]["admin2"]
            for i in range(len(index)) if index.cols["location_name"][i] in ("Lyon", "Kabul")}


def test_admin2_is_read_from_its_column_or_the_record_of_a_store_before_0010(rw_store):
    with duckdb.connect(str(rw_store)) as con:
        con.execute("""UPDATE events SET location_admin2 = 'Rhone',
                       record = json_merge_patch(record, '{"location": {"admin2": "Rhone"}}')
                       WHERE location_name = 'Lyon'""")
    assert _admin2_of_lyon(rw_store) == {"Lyon": "Rhone", "Kabul": None}
    with duckdb.connect(str(rw_store)) as con:          # the store as 0009 left it
        indexes = con.execute("SELECT index_name, sql FROM duckdb_indexes() "
                              "WHERE table_name = 'events'").fetchall()
        for name, _ in indexes:             # DuckDB drops no column of an indexed table
            con.execute(f'DROP INDEX "{name}"')
        con.execute("ALTER TABLE events DROP COLUMN location_admin2")
        for _, sql in indexes:
            con.execute(sql)
    assert _admin2_of_lyon(rw_store) == {"Lyon": "Rhone", "Kabul": None}


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    """An index of the events with serve_store.REGIONS, and the events."""
    path = tmp_path_factory.mktemp("regions") / "events.duckdb"
    events = build_regions_store(path)
    with duckdb.connect(str(path), read_only=True) as con:
        return EventIndex(con), events


@settings(max_examples=150, deadline=None)
@given(queries, st.sampled_from(["admin1", "admin2"]),
       st.none() | st.sampled_from(["country", "admin1"]))
def test_region_filters_and_counts_are_the_plain_answer(regions, q, by, then):
    from collections import Counter
    index, events = regions
    want = naive(q, events)
    assert [r["event_id"] for r in index.page(EventQuery(**{**_fields(q), "limit": 100}))[0]
            ] == want
    chosen = [e for e in events if e.id in set(want)]
    value = (lambda e, level: getattr(e.location, level) if level != "country"
             else e.location.country)
    tally = Counter((value(e, by), *([value(e, then)] if then else [])) for e in chosen)
    got = index.counts(q, by, then)
    assert {(r[by], *([r[then]] if then else [])): r["n"] for r in got} == dict(tally)
