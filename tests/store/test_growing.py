"""store.growing: an event of a large component grows from its kept tally, exactly as combine
would merge its reports, whatever the batching and whether the process kept the tally."""

from __future__ import annotations

import json
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store.test_merging import _MANY, STORY, _doc, _runs

from eventwire.merge.combine import combine
from eventwire.records import event_from_record, event_to_record
from eventwire.store import Store, growing, merging
from eventwire.store.parsed import CACHE, EDGES

_stores = count()


def _forget() -> None:
    for kept in (growing.TALLIES, CACHE, EDGES):
        kept.forget()


def _check(s: Store) -> None:
    """Every stored event is combine of its stored reports; its rows agree with its record;
    every report belongs to a stored event, in one component with the event's others."""
    assert s._run("SELECT count(*) FROM reports WHERE event_id NOT IN "
                  "(SELECT event_id FROM events)") == [(0,)]
    assert s._run("SELECT count(*) FROM (SELECT event_id FROM reports GROUP BY event_id "
                  "HAVING count(DISTINCT component_id) > 1)") == [(0,)]
    reports: dict[str, list] = {}
    for eid, text, own in s._run("SELECT r.event_id, r.record, e.record FROM reports r "
                                 "JOIN events e ON e.event_id = r.event_id"):
        reports.setdefault(eid, []).append((text, own))
    for eid, rows in reports.items():
        [(record, n)] = s._run("SELECT record, n_mentions FROM events WHERE event_id = ?", [eid])
        group = [event_from_record(json.loads(t or own)) for t, own in rows]
        assert (len(group) == 1) == (rows[0][0] is None)      # a lone report's row: no record
        assert json.loads(record) == event_to_record(combine(group))
        check_rows(s, eid, record, n)


def check_rows(s: Store, eid: str, record: str, n: int) -> None:
    """The event's mention rows are its record's mentions in order, numbered from 0, and
    its record's text is what the whole record dumps to (rows appended keep both)."""
    rec = json.loads(record)
    assert record == json.dumps(rec, ensure_ascii=False)
    told = rec["mentions"] or [{"document": rec["document"], "evidence": rec["evidence"]}]
    rows = s._run("SELECT ord, document_id, evidence_start, evidence_end, sentence FROM "
                  "mentions WHERE event_id = ? ORDER BY ord", [eid])
    assert n == len(told)
    assert rows == [(k, m["document"]["id"], *m["evidence"]["span"], m["evidence"]["sentence"])
                    for k, m in enumerate(told)]


def _ingest(path, reports, runs, cold: bool) -> list[dict]:
    out = []
    for run in runs:
        if cold:                    # another process: nothing kept
            _forget()
        with Store.open(path) as s:
            s.add_batch([(_doc(reports[i].document.id), [reports[i]]) for i in run])
            _check(s)
    with Store.open(path) as s:
        out = sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])
    return out


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 4), min_size=8,
                                                    max_size=8))
@settings(max_examples=10, deadline=None)
def test_grown_events_are_combine_of_their_reports_with_or_without_kept_tallies(
        tmp_path_factory, order, cuts):
    runs = _runs(order, cuts)
    tmp = tmp_path_factory.mktemp("grow")
    real = merging.RECLUSTER_LIMIT
    merging.RECLUSTER_LIMIT = 1         # every component takes reports incrementally
    try:
        _forget()
        warm = _ingest(tmp / f"warm{next(_stores)}.duckdb", _MANY, runs, cold=False)
        cold = _ingest(tmp / f"cold{next(_stores)}.duckdb", _MANY, runs, cold=True)
    finally:
        merging.RECLUSTER_LIMIT = real
    assert warm == cold
    assert sum(len(r["mentions"]) or 1 for r in warm) == len(_MANY)


@pytest.mark.parametrize("cold", [False, True])
def test_a_story_grown_report_by_report_is_the_story_merged_at_once(tmp_path, monkeypatch,
                                                                      cold):
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    _forget()
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    one = _ingest(tmp_path / "one.duckdb", STORY, [story], cold)
    many = _ingest(tmp_path / "many.duckdb", STORY, [[i] for i in story], cold)
    assert one == many
    [merged] = [r for r in many if r["mentions"]]
    assert len(merged["mentions"]) >= 3


def test_a_kept_tally_is_used_only_for_as_many_reports_as_it_was_built_from(tmp_path):
    kept = growing.TallyCache(size=3)
    t = growing.tally_of(merging.Report.of(_MANY[0], json.dumps))
    kept.put("x.duckdb", "e1", t)
    assert kept.get("x.duckdb", "e1", 1) is t
    assert kept.get("x.duckdb", "e1", 2) is None        # another process added a report
    assert kept.get("y.duckdb", "e1", 1) is None
    kept.put(":memory:", "e1", t)
    assert kept.get(":memory:", "e1", 1) is None        # every in-memory store is another
    two = t | growing.tally_of(merging.Report.of(_MANY[1], json.dumps))
    kept.put("x.duckdb", "e2", two)
    kept.put("x.duckdb", "e3", t)                       # 4 reports kept: the oldest goes
    assert kept.get("x.duckdb", "e1", 1) is None and kept.get("x.duckdb", "e2", 2) is two


@pytest.mark.parametrize("victim", [2, 5])
def test_a_tally_kept_by_a_batch_that_rolled_back_is_not_used(tmp_path, monkeypatch, victim):
    # a batch fails after its grown events' tallies were kept: the store rolls it back and
    # stores its documents one by one; the kept tallies no longer match the stored events
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    real = merging.keep

    def failing(store, events, *args):
        if any(e.document.id == _MANY[victim].document.id for e in events):
            raise ValueError("this document cannot be stored")
        return real(store, events, *args)

    monkeypatch.setattr(merging, "keep", failing)
    runs = [[0, 1], [2, 3, 4, 5], [6, 7]]
    _forget()
    warm = _ingest(tmp_path / "warm.duckdb", _MANY, runs, cold=False)
    cold = _ingest(tmp_path / "cold.duckdb", _MANY, runs, cold=True)
    assert warm == cold
    assert sum(len(r["mentions"]) or 1 for r in warm) == len(_MANY) - 1


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 4), min_size=8,
                                                    max_size=8))
@settings(max_examples=10, deadline=None)
def test_a_clustered_event_that_takes_reports_grows_from_its_tally_as_from_its_reports(
        tmp_path_factory, order, cuts):
    # components clustered anew (no RECLUSTER_LIMIT here): an event that comes out with new
    # reports and nothing else changed grows from its kept tally (warm), else it is read whole
    runs = _runs(order, cuts)
    tmp = tmp_path_factory.mktemp("tally")
    real = merging.GROWN_FROM_TALLY
    merging.GROWN_FROM_TALLY = 1        # every event that takes reports, however small
    try:
        _forget()
        warm = _ingest(tmp / f"warm{next(_stores)}.duckdb", _MANY, runs, cold=False)
        cold = _ingest(tmp / f"cold{next(_stores)}.duckdb", _MANY, runs, cold=True)
    finally:
        merging.GROWN_FROM_TALLY = real
    assert warm == cold
    assert sum(len(r["mentions"]) or 1 for r in warm) == len(_MANY)


def test_a_story_told_report_by_report_grows_its_event_from_the_kept_tally(tmp_path,
                                                                           monkeypatch):
    grown = []
    real = merging._grown

    def counted(*args):
        out = real(*args)
        grown.append(out is not None)
        return out

    monkeypatch.setattr(merging, "_grown", counted)
    monkeypatch.setattr(merging, "GROWN_FROM_TALLY", 3)
    _forget()
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    many = _ingest(tmp_path / "many.duckdb", STORY, [[i] for i in story], cold=False)
    one = _ingest(tmp_path / "one.duckdb", STORY, [story], cold=True)
    assert many == one
    assert sum(grown) >= 2          # the event took reports from its tally, not its rows


def test_a_batch_rolled_back_forgets_the_kept_tallies(tmp_path, monkeypatch):
    # the batch may have kept a tally of an event it split anew, with as many reports as the
    # stored event it then did not replace
    monkeypatch.setattr(merging, "GROWN_FROM_TALLY", 1)
    _forget()
    _ingest(tmp_path / "s.duckdb", _MANY, [[0, 1, 2]], cold=False)
    assert growing.TALLIES._kept

    def failing(store, events, *args):
        raise ValueError("this document cannot be stored")

    monkeypatch.setattr(merging, "keep", failing)
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_batch([(_doc(_MANY[3].document.id), [_MANY[3]])])
    assert not growing.TALLIES._kept


def test_a_report_joining_a_big_event_is_compared_with_a_sample_of_its_reports(tmp_path,
                                                                               monkeypatch):
    # an event of a component over RECLUSTER_LIMIT: a new report meets at most
    # SAMPLE_OF_BIG_EVENT of its reports, the event's first among them, and still joins it
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    monkeypatch.setattr(merging, "SAMPLE_OF_BIG_EVENT", 2)
    met: list[tuple[list[str], set[str]]] = []
    real = merging._parsed_members

    def seen(store, rows, read):
        out = real(store, rows, read)
        met.append(([m.report_id for m in out], {m.event_id for m in out}))
        return out

    monkeypatch.setattr(merging, "_parsed_members", seen)
    _forget()
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    many = _ingest(tmp_path / "many.duckdb", STORY, [[i] for i in story], cold=False)
    [merged] = [r for r in many if r["mentions"]]
    assert len(merged["mentions"]) == len(story)         # every report joined the story
    assert max(len(ids) for ids, _ in met) == 2          # the last ones met 2 of 3 to 5
    assert all(events <= set(ids) for ids, events in met if len(ids) == 2)   # the first
