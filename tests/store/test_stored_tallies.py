"""store.stored_tallies: a big event's tally kept in the store, so that a new process grows the
event from it exactly as from the event's reports, without reading them."""

from __future__ import annotations

import json
import pickle
from itertools import count

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store.test_growing import _check, _forget, _ingest
from store.test_merging import _MANY, STORY, _doc, _runs

from eventwire.store import SCHEMA_VERSION, Store, growing, merging, stored_tallies, writing
from eventwire.store.migrations import MIGRATIONS, applied, migrate

_stores = count()


@pytest.fixture
def every_event_kept(monkeypatch):
    """Every component grows incrementally and every grown event's tally is kept, in parts
    written whole again after two; a new process's mention texts are cut from the records."""
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    monkeypatch.setattr(merging, "GROWN_FROM_TALLY", 1)
    monkeypatch.setattr(stored_tallies, "PARTS_KEPT", 2)
    monkeypatch.setattr(writing, "TEXTS_FROM_RECORD", 1)
    _forget()


def _parts(path) -> list[tuple[int, int]]:
    with Store.open(path) as s:
        return s._run("SELECT stamp, reports FROM tally_parts ORDER BY ALL")


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 4), min_size=8,
                                                    max_size=8))
@settings(max_examples=10, deadline=None)
def test_kept_tallies_grow_events_as_their_reports_would(tmp_path_factory, order, cuts):
    # cold: a new process at each batch, which reads the kept tallies; warm: one process
    runs = _runs(order, cuts)
    tmp = tmp_path_factory.mktemp("kept")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(merging, "RECLUSTER_LIMIT", 1)
        mp.setattr(merging, "GROWN_FROM_TALLY", 1)
        mp.setattr(stored_tallies, "PARTS_KEPT", 2)
        mp.setattr(writing, "TEXTS_FROM_RECORD", 1)     # the texts cut from the records
        _forget()
        warm = _ingest(tmp / f"warm{next(_stores)}.duckdb", _MANY, runs, cold=False)
        cold = _ingest(tmp / f"cold{next(_stores)}.duckdb", _MANY, runs, cold=True)
    assert warm == cold
    assert sum(len(r["mentions"]) or 1 for r in warm) == len(_MANY)


def test_a_new_process_grows_a_big_event_without_reading_its_reports(tmp_path, monkeypatch,
                                                                      every_event_kept):
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    read: list[list[str]] = []
    real = merging._event_reports

    def reading(store, event_ids, got):
        read.append(list(event_ids))
        return real(store, event_ids, got)

    monkeypatch.setattr(merging, "_event_reports", reading)
    # the second report reads the first's event, which no growth wrote (clustered anew)
    _ingest(tmp_path / "cold.duckdb", STORY, [[story[0]], [story[1]]], cold=True)
    assert len(read) == 1
    read.clear()
    cold = _ingest(tmp_path / "cold.duckdb", STORY, [[i] for i in story[2:]], cold=True)
    assert read == [] and _parts(tmp_path / "cold.duckdb")
    monkeypatch.setattr(stored_tallies, "load", lambda *args: {})     # as before: none kept
    _forget()
    read_all = _ingest(tmp_path / "all.duckdb", STORY, [[i] for i in story], cold=True)
    assert cold == read_all and len(read) > 1         # the event's reports read each time


def test_parts_are_read_only_whole_and_of_this_code(tmp_path, every_event_kept, monkeypatch):
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:4]
    _ingest(tmp_path / "s.duckdb", STORY, [[i] for i in story], cold=True)
    with Store.open(tmp_path / "s.duckdb") as s:
        [(eid, stamp, n)] = s._run("SELECT e.event_id, e.tally_stamp, count(*) FROM events e "
                                   "JOIN reports r ON r.event_id = e.event_id "
                                   "WHERE e.tally_stamp IS NOT NULL GROUP BY ALL")
        [(t, held)] = stored_tallies.load(s, [eid], {eid: n}).values()
        assert t.n == n and held.stamp == stamp
        assert t.event() == merging.combine(
            [r.event for r in merging._reports_of_events(s, [eid])[eid]])
        assert stored_tallies.load(s, [eid], {eid: n + 1}) == {}      # a report more
        monkeypatch.setattr(stored_tallies, "code_version", lambda: "another")
        assert stored_tallies.load(s, [eid], {eid: n}) == {}


def test_a_part_holding_anything_but_records_and_tallies_is_not_unpickled(tmp_path,
                                                                          every_event_kept):
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:3]
    _ingest(tmp_path / "s.duckdb", STORY, [[i] for i in story], cold=True)
    bad = stored_tallies.zlib.compress(pickle.dumps(print))
    with pytest.raises(pickle.UnpicklingError):
        stored_tallies._loads(bad)
    with Store.open(tmp_path / "s.duckdb") as s:
        [(eid, n)] = s._run("SELECT event_id, n_mentions FROM events "
                            "WHERE tally_stamp IS NOT NULL")
        s._run("UPDATE tally_parts SET tally = ?", [bad])
        assert stored_tallies.load(s, [eid], {eid: n}) == {}
    # the next report reads the event's reports instead, and joins it as before
    more = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][3:5]
    _forget()
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_batch([(_doc(STORY[i].document.id), [STORY[i]]) for i in more])
        _check(s)
        assert s._run("SELECT count(*) FROM tally_parts WHERE tally = ?", [bad]) == [(0,)]


def test_an_event_deleted_or_clustered_anew_drops_its_parts(tmp_path, every_event_kept):
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:4]
    _ingest(tmp_path / "s.duckdb", STORY, [[i] for i in story], cold=True)
    with Store.open(tmp_path / "s.duckdb") as s:
        [(eid,)] = s._run("SELECT event_id FROM events WHERE tally_stamp IS NOT NULL")
        assert s._scalar("SELECT count(*) FROM tally_parts") > 0
        merging._delete_events(s, [eid])
        assert s._scalar("SELECT count(*) FROM tally_parts") == 0


def test_parts_are_written_whole_again_after_parts_kept(tmp_path, every_event_kept):
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    seen = []
    for k in range(1, len(story) + 1):
        _ingest(tmp_path / "s.duckdb", STORY, [[story[k - 1]]], cold=True)
        seen.append(len(_parts(tmp_path / "s.duckdb")))
    assert max(seen) <= stored_tallies.PARTS_KEPT
    assert 1 in seen[2:]                     # written whole again


def test_migration_0015_adds_the_parts_and_the_events_stamp(tmp_path):
    db = tmp_path / "s.duckdb"
    with duckdb.connect(str(db)) as con:
        migrate(con, str(db), upto=SCHEMA_VERSION - 1)
        con.execute("INSERT INTO events (event_id, label, document_id, n_mentions, record) "
                    "VALUES ('e1', 'ATTACK', 'd1', 1, '{}')")
    with Store.open(db) as s:
        assert applied(s._con)[-1] == MIGRATIONS[-1].name == "0015_tally_parts"
        assert s._run("SELECT event_id, tally_stamp FROM events") == [("e1", None)]
        assert s._scalar("SELECT count(*) FROM tally_parts") == 0
        s._run(MIGRATIONS[-1].sql)                   # applied again: nothing changes
        assert s._run("SELECT event_id, tally_stamp FROM events") == [("e1", None)]


def test_the_tally_cache_keeps_what_the_store_holds_of_a_tally():
    kept = growing.TallyCache()
    t = growing.tally_of(merging.Report.of(_MANY[0], json.dumps))
    kept.put("x.duckdb", "e1", t, held=stored_tallies.Held(7, 2))
    assert kept.held("x.duckdb", "e1") == stored_tallies.Held(7, 2)
    assert kept.held("x.duckdb", "e2") is None
