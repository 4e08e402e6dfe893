"""The store merges across runs: any batching or order gives the same events and ids."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import duckdb
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from merge_builders import FRIDAY, HOMS, RAQQA_REGION, SYRIA, report

from eventwire.merge import merge
from eventwire.records import Document, event_to_record
from eventwire.store import Store, merging
from eventwire.store.migrations import migrate


def _doc(name: str) -> Document:
    return Document(id=name, text=f"text of {name}", source=f"{name}.txt",
                    url=f"https://{name}.example/", published=FRIDAY)


# Eight outlets: one strike told seven ways, a claim of it, and two hard negatives (the same
# kind of event at the same place, a week later; a fire in another town the same day).
STORY = [
    report("wire", "Russian warplanes struck a market in Raqqa on Friday, killing seven "
           "people, activists said.", dead=7, confidence=0.9),
    report("local", "Seven people died when Russian jets bombed the Raqqa market on Friday.",
           dead=7, published=FRIDAY + timedelta(1)),
    report("radio", "russian air strikes have killed seven people at a market in syria",
           place=SYRIA, day=None, dead=7),
    report("head", "Russian strikes kill 7 at Raqqa market", day=None, actor=None),
    report("region", "Air strikes hit a market in Raqqa province on Friday, killing seven.",
           place=RAQQA_REGION, dead=7),
    report("claim", "Russia's defence ministry said its aircraft struck targets in Raqqa on "
           "Friday.", label="ATTRIB", actor="Russia"),
    report("later", "Russian warplanes struck a market in Raqqa, killing 30 people.",
           day=FRIDAY + timedelta(7), published=FRIDAY + timedelta(7), dead=30),
    report("homs", "A fire destroyed a warehouse in Homs on Friday.", place=HOMS,
           label="PROPERTY_DISTRUCT", actor=None),
]


def _ingest(runs: list[list[int]]) -> tuple[list[dict], dict]:
    with Store.open(":memory:") as s:
        for run in runs:
            s.add_batch([(_doc(STORY[i].document.id), [STORY[i]]) for i in run])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"]), \
            s.counts()


def test_one_run_eight_runs_and_reverse_order_give_identical_events_and_ids():
    n = len(STORY)
    one = _ingest([list(range(n))])
    eight = _ingest([[i] for i in range(n)])
    reverse = _ingest([[i] for i in reversed(range(n))])
    pairs = _ingest([[6, 1], [0, 7], [3, 5], [2, 4]])
    assert one == eight == reverse == pairs
    expected = sorted((event_to_record(e) for e in merge(STORY)), key=lambda r: r["event_id"])
    assert one[0] == expected


def test_the_story_is_one_event_and_the_negatives_stay_apart():
    records, counts = _ingest([[i] for i in range(len(STORY))])
    sizes = sorted(len(r["mentions"]) or 1 for r in records)
    assert sizes == [1, 1, 6]
    [story] = [r for r in records if len(r["mentions"]) == 6]
    assert story["location"]["name"] == "Raqqa" and story["label"] == "AIR_STRIKE"
    assert counts["reports"] == len(STORY)


def test_adding_a_report_rewrites_only_its_event():
    with Store.open(":memory:") as s:
        s.add_batch([(_doc(e.document.id), [e]) for e in STORY[:2] + STORY[6:]])
        before = {r[0]: r[1] for r in s._run("SELECT event_id, record FROM events")}
        s.add_batch([(_doc("head"), [STORY[3]])])
        after = {r[0]: r[1] for r in s._run("SELECT event_id, record FROM events")}
    kept = {k for k in after if before.get(k) == after[k]}
    assert len(before) == len(after) == 3
    assert len(kept) == 2                  # the week-later strike and the fire: not rewritten


def test_a_store_written_before_blocking_keys_merges_its_old_reports(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    migrate(con, str(db), upto=3)                 # 0001-0003: reports without keys
    old = STORY[0]
    record = event_to_record(old)
    con.execute("INSERT INTO events (event_id, label, document_id, n_mentions, record) "
                "VALUES (?, ?, ?, 1, ?)", [old.id, "AIR_STRIKE", "wire", json.dumps(record)])
    con.execute("INSERT INTO reports VALUES (?, ?, NULL, 'wire', NULL)", [old.id, old.id])
    con.close()
    with Store.open(db) as s:
        s.add_batch([(_doc("local"), [STORY[1]])])
        [e] = list(s.events())
    assert {m.document.id for m in e.mentions} == {"wire", "local"}
    assert e.id == min(old.id, STORY[1].id, key=lambda i: {old.id: "wire",
                                                           STORY[1].id: "local"}[i])


# A chain: the bridge is told like both bombings, whose tolls say two happenings.
_BOMB = "A car bomb exploded at a checkpoint in Raqqa on Friday{}."
CHAIN = [report("a", _BOMB.format(", killing three people"), label="SUIC_BOMB", actor=None,
                dead=3),
         report("b", _BOMB.format(", killing people"), label="SUIC_BOMB", actor=None),
         report("c", _BOMB.format(", killing 30 people"), label="SUIC_BOMB", actor=None,
                dead=30)]


def _ingest_chain(runs: list[list[int]], reports=CHAIN) -> list[dict]:
    with Store.open(":memory:") as s:
        for run in runs:
            s.add_batch([(_doc(reports[i].document.id), [reports[i]]) for i in run])
        return sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])


_BATCHINGS = [[[0, 1, 2]], [[2, 1, 0]], [[0], [2], [1]], [[2, 0], [1]], [[0], [1], [2]],
              [[1], [2], [0]], [[0, 1], [2]], [[1, 2], [0]], [[2], [1], [0]]]


def test_the_store_keeps_a_vetoed_pair_apart_as_extract_does_whatever_the_batching():
    expected = sorted((event_to_record(e) for e in merge(CHAIN)), key=lambda r: r["event_id"])
    assert len(expected) == 2
    for runs in _BATCHINGS:
        assert _ingest_chain(runs) == expected, runs


def test_a_component_too_large_to_recluster_takes_reports_incrementally(monkeypatch):
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    expected = sorted((event_to_record(e) for e in merge(CHAIN)), key=lambda r: r["event_id"])
    # the bombings stored apart, then the bridge: it joins the one it is told like best
    assert _ingest_chain([[0], [2], [1]]) == _ingest_chain([[2, 0], [1]]) == expected
    for runs in _BATCHINGS:     # a stored event is never split: the first edge seen wins
        records = _ingest_chain(runs)
        assert len(records) == 2 and sum(len(r["mentions"]) or 1 for r in records) == 3
        assert all({"a", "c"} - {m["document"]["id"] for m in r["mentions"]}
                   for r in records)


# Reports of one strike with tolls, days and places that chain and veto in many ways.
_MANY = [report(f"o{k}", f"Russian jets struck the Raqqa market on Friday, killing {dead}.",
                dead=dead, day=day, published=FRIDAY + timedelta(k % 3), place=place)
         for k, (dead, day, place) in enumerate([
             (3, FRIDAY, None), (None, None, None), (30, FRIDAY, None), (4, None, SYRIA),
             (None, FRIDAY + timedelta(1), None), (28, None, RAQQA_REGION), (None, None, HOMS),
             (3, FRIDAY, SYRIA)])]
_MANY = [replace(e, location=e.location or STORY[0].location) for e in _MANY]


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 4), min_size=8,
                                                    max_size=8))
@settings(max_examples=12, deadline=None)
# the store's first row (row id 0) moving into another component with its unchanged event
@example(order=[0, 1, 3, 2, 4, 5, 6, 7], cuts=[3, 1, 1, 1, 1, 1, 1, 1])
def test_any_batching_of_competing_reports_gives_extracts_events(order, cuts):
    runs = _runs(order, cuts)
    expected = sorted((event_to_record(e) for e in merge(_MANY)), key=lambda r: r["event_id"])
    assert _ingest_chain(runs, _MANY) == expected


# Articles of several reports each (a document's reports always come in one batch): a
# bombing retold in a later sentence with no day, its claim, a less confident radio copy with
# no place or day, a second bombing there a week later with its arrests, and an article that
# tells two bombings at one place apart by their days.
_B = "A car bomb exploded at a checkpoint in Raqqa"
ARTICLES = {
    "wire": [report("wire", f"{_B} on Friday, killing seven.", label="SUIC_BOMB", dead=7,
                    actor=None, confidence=0.9),
             report("wire", "The blast was heard across the city.", label="SUIC_BOMB",
                    day=None, actor=None, start=60, confidence=0.3),
             report("wire", "Islamic State said it carried out the bombing.", label="ATTRIB",
                    actor="Islamic State", start=120, confidence=0.8)],
    "local": [report("local", f"Seven people died when a car bomb hit {_B[-5:]} on Friday.",
                     label="SUIC_BOMB", dead=7, actor=None, published=FRIDAY + timedelta(1))],
    "radio": [report("radio", "a car bomb has killed seven people in syria", place=None,
                     label="SUIC_BOMB", day=None, dead=7, actor=None, confidence=0.2)],
    "later": [report("later", f"{_B}, killing 30.", label="SUIC_BOMB", dead=30, actor=None,
                     day=FRIDAY + timedelta(7), published=FRIDAY + timedelta(7)),
              report("later", "Police arrested two men in Raqqa.", label="ARREST", actor=None,
                     day=FRIDAY + timedelta(7), published=FRIDAY + timedelta(7), start=50)],
    "both": [report("both", f"{_B} on Friday, killing seven.", label="SUIC_BOMB", dead=7,
                    actor=None, published=FRIDAY + timedelta(8)),
             replace(report("both", f"{_B} a week later, killing 30.", label="SUIC_BOMB",
                            dead=30, actor=None, start=70, published=FRIDAY + timedelta(8)),
                     date=report("x", "", day=FRIDAY + timedelta(7)).date)],
    "homs": [report("homs", "A car bomb exploded in Homs on Friday.", label="SUIC_BOMB",
                    place=HOMS, actor=None, confidence=0.4)],
}


@given(st.permutations(sorted(ARTICLES)), st.lists(st.integers(1, 3), min_size=6,
                                                   max_size=6))
@settings(max_examples=15, deadline=None)
def test_articles_of_several_reports_give_extracts_events_whatever_the_batching(order, cuts):
    expected = sorted((event_to_record(e) for e in merge(
        [e for evs in ARTICLES.values() for e in evs])), key=lambda r: r["event_id"])
    # the Friday bombing (six reports of four articles, the radio's and the retelling's less
    # confident), the one a week later (two), Homs, the arrests
    assert sorted(len(r["mentions"]) or 1 for r in expected) == [1, 1, 2, 6]
    with Store.open(":memory:") as s:
        for run in _runs(order, cuts):
            s.add_batch([(_doc(name), ARTICLES[name]) for name in run])
        got = sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])
    assert got == expected


def _key_rows(runs: list[list[int]], reports=_MANY) -> list[tuple[str, str]]:
    with Store.open(":memory:") as s:
        for run in runs:
            s.add_batch([(_doc(reports[i].document.id), [reports[i]]) for i in run])
        return sorted(s._run("SELECT key, report_id FROM report_keys"))


@pytest.mark.parametrize("limit", [merging.RECLUSTER_LIMIT, 1])   # 1: incrementally
def test_each_reports_keys_are_stored_once_whatever_the_batching(monkeypatch, limit):
    # rewritten events keep their reports' key rows: none lost, none written twice
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", limit)
    expected = sorted((k, e.id) for e in _MANY for k in merging.Report.of(e, json.dumps).keys)
    assert _key_rows([list(range(len(_MANY)))]) == expected
    assert _key_rows([[i] for i in range(len(_MANY))]) == expected
    assert _key_rows([[7, 0], [3, 5, 1], [2, 6, 4]]) == expected


def test_merging_reports_already_stored_changes_no_key_rows():
    with Store.open(":memory:") as s:
        s.add_batch([(_doc(e.document.id), [e]) for e in _MANY[:4]])
        before = sorted(s._run("SELECT key, report_id FROM report_keys"))
        merging.merge_in(s, _MANY[:4], json.dumps)       # all known: nothing to do
        assert sorted(s._run("SELECT key, report_id FROM report_keys")) == before


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 3), min_size=8,
                                                    max_size=8))
@settings(max_examples=10, deadline=None)
def test_a_batch_rewrites_only_the_events_whose_reports_changed(order, cuts):
    runs = _runs(order, cuts)
    deleted: list[str] = []
    real = merging._delete_events

    def spy(store, ids, keys=True):
        deleted.extend(ids)
        return real(store, ids, keys)

    with Store.open(":memory:") as s:
        for run in runs:
            before = _members(s)
            deleted.clear()
            merging._delete_events = spy
            try:
                s.add_batch([(_doc(_MANY[i].document.id), [_MANY[i]]) for i in run])
            finally:
                merging._delete_events = real
            after = _members(s)
            assert sorted(deleted) == sorted(e for e in before if after.get(e) != before[e])


def _runs(order: list[int], cuts: list[int]) -> list[list[int]]:
    """``order`` cut into runs of the sizes ``cuts`` gives (until it is used up)."""
    runs, k = [], 0
    for size in cuts:
        if k < len(order):
            runs.append(list(order[k:k + size]))
            k += size
    return runs


def _members(s: Store) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for report_id, event_id in s._run("SELECT report_id, event_id FROM reports"):
        out.setdefault(event_id, set()).add(report_id)
    return {e: frozenset(rs) for e, rs in out.items()}


_TITLE = "Islamic State digs in at Raqqa as Russian and French strikes grow"
_STRIKES = "Russian and French {} bomb Raqqa every day, shaking it."
_BOMB_AT = "A car bomb {} at a checkpoint on the edge of Raqqa, activists said."


def _copy(name: str, strikes: str | None, bomb: str | None) -> list:
    """One outlet's version of a two-event wire story: one title, one place, no day."""
    out = []
    if strikes:
        out.append(report(name, _STRIKES.format(strikes), day=None, actor=None))
    if bomb:
        out.append(report(name, _BOMB_AT.format(bomb), start=90, label="REM_EXPLOS", day=None,
                          actor=None))
    return [replace(e, document=replace(e.document, title=_TITLE)) for e in out]


COPIES = {"wire": _copy("wire", "warplanes", "exploded"), "copy": _copy("copy", "jets", "went off"),
          "short": _copy("short", "warplanes", None)}


@given(st.permutations(sorted(COPIES)), st.lists(st.integers(1, 3), min_size=3, max_size=3))
@settings(max_examples=12, deadline=None)
def test_copies_of_one_story_give_extracts_events_sentence_by_sentence_whatever_the_batching(
        order, cuts):
    expected = sorted((event_to_record(e) for e in merge(
        [e for evs in COPIES.values() for e in evs])), key=lambda r: r["event_id"])
    assert sorted(len(r["mentions"]) for r in expected) == [2, 3]     # the bomb, strikes
    with Store.open(":memory:") as s:
        for run in _runs(order, cuts):
            s.add_batch([(_doc(name), COPIES[name]) for name in run])
        got = sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])
    assert got == expected
