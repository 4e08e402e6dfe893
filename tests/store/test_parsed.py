"""What merging compares of stored reports, kept per process (eventwire.store.parsed)."""

from __future__ import annotations

import pytest
from store.test_merging import _MANY, STORY, _doc

from eventwire.merge import merge
from eventwire.records import event_to_record
from eventwire.store import Store, merging
from eventwire.store.parsed import CACHE, EDGES, Cache, EdgeCache, Known, Parsed


def _parsed(name: str) -> Parsed:
    return Parsed.of(next(e for e in STORY if e.document.id == name))


def test_the_least_recently_used_report_is_dropped_first():
    cache = Cache(size=2)
    cache.put("s.duckdb", [("a", _parsed("wire")), ("b", _parsed("local"))])
    assert set(cache.get("s.duckdb", ["a"])) == {"a"}           # a is now the most recent
    cache.put("s.duckdb", [("c", _parsed("radio"))])
    assert set(cache.get("s.duckdb", ["a", "b", "c"])) == {"a", "c"} and len(cache) == 2


def test_reports_are_kept_per_store_and_never_for_in_memory_ones():
    cache = Cache()
    cache.put("one.duckdb", [("a", _parsed("wire"))])
    cache.put(":memory:", [("b", _parsed("local"))])
    assert cache.get("two.duckdb", ["a"]) == {} and cache.get(":memory:", ["b"]) == {}
    cache.forget()
    assert cache.get("one.duckdb", ["a"]) == {}


def test_a_stored_report_reads_back_as_it_was_compared_when_new(tmp_path):
    # The process keeps what it compared of the reports it wrote: that must be what a cold
    # process reads back from the store.
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_batch([(_doc(e.document.id), [e]) for e in [*STORY, *_MANY]])
        back = merging._stored_reports(s, [e.id for e in [*STORY, *_MANY]])
    CACHE.forget()
    for e in [*STORY, *_MANY]:
        assert back[e.id].parsed == Parsed.of(e), e.document.id


def _records(path, runs, cold: bool) -> list[dict]:
    with Store.open(path) as s:
        for run in runs:
            if cold:
                CACHE.forget()
                EDGES.forget()
            s.add_batch([(_doc(_MANY[i].document.id), [_MANY[i]]) for i in run])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


@pytest.mark.parametrize("runs", [[[3, 0], [6], [1, 7], [2], [5, 4]], [[k] for k in range(8)],
                                  [[7 - k] for k in range(8)], [[0, 2, 4, 6], [1, 3, 5, 7]],
                                  [[5], [1, 2], [7, 0, 3], [6, 4]]])
def test_merging_with_kept_reports_and_edges_gives_what_a_cold_process_gives(tmp_path, runs):
    warm = _records(tmp_path / "warm.duckdb", runs, cold=False)
    cold = _records(tmp_path / "cold.duckdb", runs, cold=True)
    expected = sorted((event_to_record(e) for e in merge(_MANY)), key=lambda r: r["event_id"])
    assert warm == cold == expected


def test_a_components_edges_are_used_only_for_the_reports_they_were_found_for():
    edges = EdgeCache(size=3)
    known = Known(frozenset({"a", "b"}), ((0.9, "a", "b"),))
    edges.put("s.duckdb", "c1", known)
    assert edges.get("s.duckdb", "c1", frozenset({"a", "b"})) == known
    assert edges.get("s.duckdb", "c1", frozenset({"a", "b", "x"})) is None   # another writer
    edges.put("s.duckdb", "c2", Known(frozenset({"d", "e", "f"}),
                                      ((0.8, "d", "e"), (0.7, "e", "f"), (0.6, "d", "f"))))
    assert edges.get("s.duckdb", "c1", frozenset({"a", "b"})) is None      # over the size
    edges.put(":memory:", "c3", known)
    assert edges.get(":memory:", "c3", frozenset({"a", "b"})) is None


def test_reprocessing_forgets_the_kept_reports(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as s:
        s.add_batch([(_doc(e.document.id), [e]) for e in STORY])
        assert CACHE.get(s.path, [STORY[0].id])
        ids = [r[0] for r in s._run("SELECT event_id FROM events")]
        assert EDGES._kept
        merging._delete_events(s, ids)          # as reprocessing deletes
        assert CACHE.get(s.path, [STORY[0].id]) == {} and not EDGES._kept
