"""``benchmarks/police.py``: events map to document labels, the keyword baseline, the scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.records import Actor, Count, DocumentRef, Event, Evidence
from eventwire.taxonomy import event_type

from bench import load

ROOT = Path(__file__).resolve().parents[1]
NONE = {"KILL": False, "ARREST": False, "FORCE": False, "ANY_ACTION": False}


@pytest.fixture(scope="module")
def bench():
    return load("police")


def _actor(name: str, inter: int | None) -> Actor:
    return Actor(name, name.lower(), (0, 3), inter)


POLICE = _actor("Police Forces of Ruritania", 1)
TROOPS = _actor("Military Forces", None)          # a state name with no inter code
GUNMEN = _actor("Unidentified Armed Group", 3)
PROTESTERS = _actor("Protesters", 6)


def _count(n: int) -> Count:
    return Count(n, n, n, str(n), (5, 6))


def _event(label: str, actor1: Actor | None = None, actor2: Actor | None = None, *,
           dead: int | None = None, arrested: int | None = None,
           background: bool = False) -> Event:
    return Event("ew-x", event_type(label), Evidence("a sentence.", (0, 11)),
                 DocumentRef("d", None, None, None), actor1=actor1, actor2=actor2,
                 fatalities=_count(dead) if dead is not None else None,
                 arrested=_count(arrested) if arrested is not None else None,
                 background=background, confidence=0.9)


def _on(*labels: str) -> dict[str, bool]:
    return NONE | dict.fromkeys(labels, True)


@pytest.mark.parametrize("event, expected", [
    (_event("ATTACK", POLICE, dead=1), _on("KILL", "FORCE", "ANY_ACTION")),
    (_event("ARMED_CLASH", TROOPS, dead=2), _on("KILL", "FORCE", "ANY_ACTION")),
    (_event("ATTACK", POLICE), _on("FORCE", "ANY_ACTION")),            # shot, nobody died
    (_event("ATTACK", POLICE, dead=0), _on("FORCE", "ANY_ACTION")),
    # officers killed by gunmen: the police are the victims, no police action
    (_event("ATTACK", GUNMEN, POLICE, dead=1), NONE),
    (_event("ARMED_CLASH", None, POLICE, dead=1), NONE),
    (_event("ARREST", POLICE), _on("ARREST", "ANY_ACTION")),
    (_event("ARREST"), _on("ARREST", "ANY_ACTION")),                  # unattributed
    (_event("ARREST", GUNMEN), NONE),                                 # an abduction
    # protesters detained: the count's people are actor1's, the police detained them
    (_event("PROTEST_WITH_INTER", PROTESTERS, POLICE, arrested=14), _on("ARREST", "ANY_ACTION")),
    (_event("PROTEST_WITH_INTER", PROTESTERS, POLICE), _on("FORCE", "ANY_ACTION")),
    (_event("FORCE_AGAINST_PROTEST", POLICE, PROTESTERS, arrested=3),
     _on("ARREST", "FORCE", "ANY_ACTION")),
    (_event("PEACE_PROTEST", PROTESTERS), NONE),
    (_event("DIPLO", POLICE), NONE),                                  # not a violent label
    (_event("ORG_CRIME", None, dead=2), NONE),                        # civilians killing civilians
])
def test_labels_of_event(bench, event, expected):
    assert bench.labels_of_event(event) == expected


def test_a_document_has_each_label_any_of_its_events_says(bench):
    events = [_event("ARREST", POLICE), _event("ATTACK", POLICE, dead=1)]
    assert bench.labels_of_events(events) == _on("KILL", "ARREST", "FORCE", "ANY_ACTION")
    assert bench.labels_of_events([]) == NONE


def test_background_events_are_left_out_unless_asked(bench):
    old = [_event("ATTACK", POLICE, dead=1, background=True)]
    assert bench.labels_of_events(old) == NONE
    assert bench.labels_of_events(old, keep_background=True)["KILL"]


@pytest.mark.parametrize("text, expected", [
    ("police shot dead a man on the bridge. he was 40", _on("KILL", "FORCE", "ANY_ACTION")),
    ("officers fired tear gas at the crowd", _on("FORCE", "ANY_ACTION")),
    ("a man was detained at his home", _on("ARREST", "ANY_ACTION")),
    # police and the killing in different sentences: not near each other
    ("a man was killed in a fight. police are investigating", NONE),
    ("the mayor opened a new library on tuesday", NONE),
])
def test_keyword_baseline(bench, text, expected):
    assert bench.keyword_labels(text) == expected


def test_keyword_baseline_is_deliberately_simple(bench):
    """It has no negation: the documented weakness the model should beat."""
    assert bench.keyword_labels("no arrests have been made")["ARREST"]


def test_score_counts_per_label(bench):
    gold = [_on("KILL", "FORCE", "ANY_ACTION"), _on("ARREST", "ANY_ACTION"), NONE, NONE]
    pred = [_on("FORCE", "ANY_ACTION"), _on("ARREST", "ANY_ACTION"), _on("ARREST", "ANY_ACTION"),
            NONE]
    s = bench.score(gold, pred)
    assert (s["KILL"].tp, s["KILL"].fp, s["KILL"].fn) == (0, 0, 1)
    assert (s["ARREST"].tp, s["ARREST"].fp, s["ARREST"].fn) == (1, 1, 0)
    assert (s["FORCE"].tp, s["FORCE"].fp, s["FORCE"].fn) == (1, 0, 0)
    assert (s["ANY_ACTION"].tp, s["ANY_ACTION"].fp, s["ANY_ACTION"].fn) == (2, 1, 0)
    assert s["KILL"].f1 == 0.0
    assert s["ARREST"].precision == pytest.approx(0.5)
    assert s["ARREST"].f1 == pytest.approx(2 / 3)
    assert s["ANY_ACTION"].f1 == pytest.approx(0.8)
    assert bench.macro_f1(s) == pytest.approx((0 + 2 / 3 + 1 + 0.8) / 4)


def test_score_needs_one_prediction_per_document(bench):
    with pytest.raises(ValueError):
        bench.score([NONE, NONE], [NONE])


@pytest.mark.parametrize("split", ["dev", "aside"])
def test_data_is_lower_case_with_consistent_labels(bench, split):
    docs = bench.read_docs(split)
    assert len({d.id for d in docs}) == len(docs) >= 40
    for d in docs:
        assert d.text == d.text.lower()
        lab = d.labels
        assert set(lab) == set(bench.LABELS)
        assert not lab["KILL"] or lab["FORCE"]          # a killing is force
        assert lab["ANY_ACTION"] == (lab["KILL"] or lab["ARREST"] or lab["FORCE"])
    no_action = sum(not d.labels["ANY_ACTION"] for d in docs)
    assert len(docs) / 5 < no_action < len(docs) / 2    # about a third


def test_the_data_is_json_lines(bench):
    for split in ("dev", "aside"):
        lines = (bench.DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        assert all(json.loads(line)["id"] for line in lines)
