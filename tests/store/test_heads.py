"""store.heads: a big event's key rows cut to its heads; the same samples met, the same events."""

from __future__ import annotations

import json

import pytest
from merge_builders import report
from store.test_growing import _forget
from store.test_merging import _doc

from eventwire.records import event_to_record
from eventwire.store import Store, heads, merging

# One strike told by fourteen outlets in three wordings (a big event once RECLUSTER_LIMIT is
# 1), and another happening: a fire elsewhere a month later.
_WORDINGS = ("Russian warplanes struck a market in Raqqa on Friday, killing seven people.",
             "Seven people died when Russian jets bombed the Raqqa market on Friday.",
             "An air strike on the market in Raqqa on Friday killed seven civilians.")
TOLD = [report(f"outlet{k:02}", _WORDINGS[k % 3], dead=7 if k % 4 else None,
               confidence=0.5 + k % 5 / 10) for k in range(14)]
SAMPLE = 2                      # SAMPLE_OF_BIG_EVENT here: heads of 3 reports


@pytest.fixture
def big(monkeypatch):
    """Every component takes reports incrementally, and meets 2 of an event's reports."""
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    monkeypatch.setattr(merging, "SAMPLE_OF_BIG_EVENT", SAMPLE)
    _forget()


def _ingest(s: Store, runs: list[list[int]]) -> list[dict]:
    for run in runs:
        s.add_batch([(_doc(TOLD[i].document.id), [TOLD[i]]) for i in run])
    return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


def _rows(s: Store, table: str) -> list[tuple[str, str]]:
    return sorted(s._run(f"SELECT key, report_id FROM {table}"))


def _all_keys(ids: list[int]) -> list[tuple[str, str]]:
    return sorted((k, TOLD[i].id) for i in ids for k in merging.Report.of(TOLD[i],
                                                                           json.dumps).keys)


@pytest.mark.parametrize("runs", [[[i] for i in range(14)], [list(range(14))],
                                  [[i] for i in reversed(range(14))],
                                  [[0, 5], [3], [13, 1, 2], [4, 6, 7, 8], [9], [10, 11, 12]]])
def test_each_keys_head_is_kept_and_the_rest_beyond_each_row_once(big, runs):
    with Store.open(":memory:") as s:
        [event] = _ingest(s, runs)
        kept, beyond = _rows(s, "report_keys"), _rows(s, "report_keys_beyond")
    assert len(event["mentions"]) == 14 and beyond
    assert sorted(kept + beyond) == _all_keys(list(range(14)))
    for key in {k for k, _ in kept + beyond}:
        told = sorted((r for k, r in kept + beyond if k == key),
                      key=lambda r: (r != event["event_id"], r))
        assert set(told[:SAMPLE + 1]) <= {r for k, r in kept if k == key}


def test_cut_keys_give_the_samples_and_events_of_every_key_kept(big, monkeypatch):
    met: list[list[str]] = []
    real = merging._parsed_members

    def seen(store, rows, read):
        out = real(store, rows, read)
        met.append([m.report_id for m in out])
        return out

    monkeypatch.setattr(merging, "_parsed_members", seen)
    runs = [[i] for i in (3, 0, 7, 1, 12, 5, 9, 2, 13, 4, 11, 6, 10, 8)]
    with Store.open(":memory:") as s:
        cut = _ingest(s, runs)
        assert _rows(s, "report_keys_beyond")           # some rows were cut
    cut_met, met[:] = list(met), []
    _forget()
    monkeypatch.setattr(merging, "trim", lambda *args: set())     # every row kept
    with Store.open(":memory:") as s:
        whole = _ingest(s, runs)
        assert not _rows(s, "report_keys_beyond")
    assert cut == whole and cut_met == met


def test_reprocessing_an_event_drops_its_rows_beyond_and_puts_back_its_components(big):
    with Store.open(":memory:") as s:
        [event] = _ingest(s, [[i] for i in range(14)])
        # another event of the component, its rows cut: put back when the story is rewritten
        other = TOLD[13].id
        s._run("UPDATE reports SET event_id = 'other' WHERE report_id = ?", [other])
        s._run("INSERT INTO report_keys_beyond SELECT * FROM report_keys WHERE report_id = ?",
               [other])
        s._run("DELETE FROM report_keys WHERE report_id = ?", [other])
        heads.restore(s, [event["event_id"]])
        assert _rows(s, "report_keys_beyond") == []
        assert sorted(r for r in s._run("SELECT key, report_id FROM report_keys")
                      if r[1] == other) == _all_keys([13])
