"""``benchmarks/rewrites.py``: a report's sentence maps to its gold event, and the merge
figures on hand-built reports (no pipeline)."""

from __future__ import annotations

import pytest
from merge_builders import report

from bench import load

WIRE = ("Gunmen stormed a village near Oicha on Sunday, killing nine farmers. "
        "The army said it retook the village on Monday.")
COPY = "Advertisement\n" + WIRE
RADIO = "gunmen stormed a village near oicha on sunday, killing nine farmers."


@pytest.fixture(scope="module")
def bench():
    return load("rewrites")


def _row(bench, rid: str, text: str, events: list[tuple[str, str, str]],
         story: str = "s9") -> dict:
    golds = []
    for event, label, evidence in events:
        golds.append({"event": event, "label": label, "evidence": evidence,
                      "start": text.index(evidence)})
    return {"story": story, "id": rid, "url": f"https://{rid}.example/", "text": text,
            "events": golds}


def _rows(bench):
    tells = [("s9-e1", "ATTACK", "stormed a village near Oicha on Sunday"),
             ("s9-e2", "GOV_REGAINS_TERIT", "retook the village on Monday")]
    return [_row(bench, "wire", WIRE, tells), _row(bench, "copy", COPY, tells),
            _row(bench, "radio", RADIO, [("s9-e1", "ATTACK",
                                          "stormed a village near oicha on sunday")])]


def test_a_sentence_maps_to_the_gold_event_it_lies_on(bench):
    [wire, _, radio] = _rows(bench)
    first, second = WIRE.split(". ", 1)
    assert bench.gold_of(first + ".", "ATTACK", "Oicha", wire) == "s9-e1"
    assert bench.gold_of(second, "GOV_REGAINS_TERIT", None, wire) == "s9-e2"
    # re-cased by cleaning: the words and their order decide, not the case
    assert bench.gold_of(first.capitalize() + ".", "ATTACK", None, radio) == "s9-e1"
    assert bench.gold_of("Nothing of the kind happened there.", "ATTACK", None, wire) is None


def test_one_sentence_telling_two_events_picks_by_place_then_label_family(bench):
    text = "Police arrested 46 people in Nairobi and 12 in Mombasa after the riot in Nairobi."
    row = _row(bench, "r", text, [("a", "ARREST", "arrested 46 people in Nairobi"),
                                  ("b", "ARREST", "12 in Mombasa"),
                                  ("c", "VIOL_DEMONSTR", "the riot in Nairobi")])
    assert bench.gold_of(text, "VIOL_DEMONSTR", "Nairobi", row) == "c"
    assert bench.gold_of(text, "ARREST", "Mombasa", row) == "b"
    assert bench.gold_of(text, "ARREST", None, row) == "a"
    assert bench.gold_of(text, "ARREST", "Nairobi", row) == "a"


def _run(bench, rows, events):
    run = bench.Run(rows, [], events, {r["url"].split("//")[1].split(".")[0]: [r["id"]]
                                       for r in rows}, {r["id"]: r for r in rows})
    return run


def test_figures_count_merged_duplicated_and_wrongly_joined_events(bench):
    rows = _rows(bench)
    first, second = WIRE.split(". ", 1)
    s2 = len(first) + 2
    attack = dict(label="ATTACK", confidence=0.9, day=None, actor=None, place=None)
    retake = dict(label="GOV_REGAINS_TERIT", confidence=0.9, day=None, actor=None, place=None)
    events = [report("wire", first + ".", **attack),
              report("wire", second, start=s2, **retake),
              report("copy", first + ".", start=14, **attack),
              report("copy", second, start=14 + s2, **retake),
              report("radio", RADIO, **attack)]
    run = _run(bench, rows, events)
    t = bench.score(run, 0.7, show=False)["s9"]
    assert (t.shared, t.pairs, t.pairs_found, t.false) == (2, 5, 5, 0)
    # whatever the merge made of them, the figures add up
    assert t.one + t.wrong <= t.records and t.dups >= 0
    assert t.found == 2


def test_a_record_holding_two_gold_events_is_a_wrong_merge(bench, monkeypatch):
    rows = _rows(bench)
    first, second = WIRE.split(". ", 1)
    attack = report("wire", first + ".", label="ATTACK", confidence=0.9, day=None,
                    actor=None, place=None)
    retake = report("copy", second, start=14 + len(first) + 2, label="GOV_REGAINS_TERIT",
                    confidence=0.9, day=None, actor=None, place=None)
    run = _run(bench, rows, [attack, retake])
    monkeypatch.setattr(bench, "groups", lambda events: [[0, 1]])
    t = bench.score(run, 0.7, show=False)["s9"]
    assert (t.records, t.wrong, t.one, t.dups) == (1, 1, 0, 0)
    monkeypatch.setattr(bench, "groups", lambda events: [[0], [1]])
    t = bench.score(run, 0.7, show=False)["s9"]
    assert (t.records, t.wrong, t.one) == (2, 0, 2)    # each in one record of its own


def test_one_sentence_telling_one_act_on_two_days_picks_by_day(bench):
    text = "Gunners shelled the port on Sunday, killing two, and again on Tuesday."
    row = _row(bench, "r", text, [("a", "ART_MISS_ATTACK", "shelled the port on Sunday"),
                                  ("b", "ART_MISS_ATTACK", "again on Tuesday")])
    assert bench.golds_of(text, "ART_MISS_ATTACK", None, row, "Tuesday") == ("b", "a")
    assert bench.golds_of(text, "ART_MISS_ATTACK", None, row, "Sunday") == ("a", "b")
    assert bench.golds_of(text, "ART_MISS_ATTACK", None, row) == ("a", "b")
