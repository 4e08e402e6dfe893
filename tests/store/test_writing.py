"""store.writing: a report joining a big event writes the new mentions' rows and the record,
and the store holds what writing the event whole would."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from store.test_growing import _forget, _stores, check_rows
from store.test_merging import _MANY, STORY, _doc, _runs

from eventwire.merge import combine
from eventwire.records import Mention, event_to_record
from eventwire.store import Store, merging, writing


def _dumps(record):
    return json.dumps(record, ensure_ascii=False)


def test_the_record_text_joined_from_mention_texts_is_the_whole_record_dumped():
    e = combine(STORY[:5])
    texts = writing.mention_texts(e, e.mentions, _dumps)
    record, text = writing.record_text(e, texts, _dumps)
    assert text == _dumps(event_to_record(e))
    assert record["mentions"] == [] and record["event_id"] == e.id
    lone = STORY[0]                     # a report alone: no mentions in its record
    assert writing.record_text(lone, (), _dumps)[1] == _dumps(event_to_record(lone))


def _m(name: str) -> Mention:
    return Mention(_doc(name).ref, STORY[0].evidence)


def test_mention_texts_are_cut_from_the_record_as_they_were_dumped():
    e = combine(STORY[:5])
    texts = writing.mention_texts(e, e.mentions, _dumps)
    text = _dumps(event_to_record(e))
    assert writing._cut(text, len(e.mentions)) == texts
    assert writing._cut(text, len(e.mentions) + 1) is None          # another number
    assert writing._cut(_dumps(event_to_record(STORY[0])), 1) is None     # none in it
    assert writing._cut(text.replace('"mentions": [', '"mentions": [x'), len(texts)) is None
    quoted = replace(e, evidence=replace(e.evidence, sentence='He said "mentions": [1].'))
    quoted_text = _dumps(event_to_record(quoted))
    assert writing._cut(quoted_text, len(quoted.mentions)) == writing.mention_texts(
        quoted, quoted.mentions, _dumps)


def test_added_places_are_found_only_when_mentions_are_put_in():
    a, b, c, d, x = (_m(k) for k in "abcdx")
    assert writing.added_places([a, b, d], [a, b, c, d]) == [2]
    assert writing.added_places([a, b, d], [a, b, d, c, x]) == [3, 4]
    assert writing.added_places([a, b, d], [a, c, b, _m("d")]) == [1]   # equal, not the same
    assert writing.added_places([a, b, d], [x, a, b, d]) is None        # its own changed
    assert writing.added_places([a, b, d], [a, b, c]) is None           # one replaced
    assert writing.added_places([a, b, d], [a, b, d]) is None           # none added
    assert writing.added_places([a], [a, b]) is None                    # a report alone


def _ingest(path, runs, cold: bool) -> tuple[list[dict], int]:
    """The events after ``runs`` (batches of _MANY's indexes; ``cold``: each in a new process,
    nothing kept, so every event written whole), every event's rows checked; and the events
    written by writing."""
    appended = []
    real = merging.grown_written

    def counted(*args):
        out = real(*args)
        appended.append(out is not None)
        return out

    merging.grown_written = counted
    try:
        with Store.open(path) as s:
            for run in runs:
                if cold:
                    _forget()
                s.add_batch([(_doc(_MANY[i].document.id), [_MANY[i]]) for i in run])
                for eid, record, n in s._run("SELECT event_id, record, n_mentions FROM events"):
                    check_rows(s, eid, record, n)
            out = sorted((event_to_record(e) for e in s.events()), key=lambda r: r["event_id"])
    finally:
        merging.grown_written = real
    return out, sum(appended)


@given(st.permutations(range(len(_MANY))), st.lists(st.integers(1, 3), min_size=8,
                                                    max_size=8))
@settings(max_examples=12, deadline=None)
def test_a_big_event_appended_to_is_the_event_written_whole(tmp_path_factory, order, cuts):
    runs = _runs(order, cuts)
    tmp = tmp_path_factory.mktemp("append")
    real = merging.RECLUSTER_LIMIT
    merging.RECLUSTER_LIMIT = 1         # every component takes reports incrementally
    try:
        _forget()
        warm, _ = _ingest(tmp / f"warm{next(_stores)}.duckdb", runs, cold=False)
        cold, appended = _ingest(tmp / f"cold{next(_stores)}.duckdb", runs, cold=True)
    finally:
        merging.RECLUSTER_LIMIT = real
    assert warm == cold
    assert appended == 0


def test_a_story_told_report_by_report_appends_its_new_mentions(tmp_path, monkeypatch):
    monkeypatch.setattr(merging, "RECLUSTER_LIMIT", 1)
    story = [i for i in range(len(STORY)) if STORY[i].document.id != "homs"][:6]
    items = [replace(STORY[i], confidence=0.9 - 0.1 * k) for k, i in enumerate(story)]
    _forget()
    shifted = []
    real = writing.shift
    monkeypatch.setattr(merging, "shift", lambda *a: (shifted.append(a), real(*a)))
    with Store.open(tmp_path / "s.duckdb") as s:
        for e in items:                         # each ranks below those before: own kept
            s.add_batch([(_doc(e.document.id), [e])])
        [(eid, record, n)] = s._run("SELECT event_id, record, n_mentions FROM events "
                                    "WHERE n_mentions > 1")
        check_rows(s, eid, record, n)
        rowids = s._run("SELECT count(DISTINCT rowid) FROM mentions")
    assert n == len(items) and rowids == [(n,)]
    assert len(shifted) >= 3 - 1    # the third report on appends (a shift may be of none)
