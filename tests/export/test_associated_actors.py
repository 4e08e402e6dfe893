"""The others named in an actor's role (``Actor.associated``): kept by the JSON record, the flat
layout (GeoJSON, Parquet) and ACLED's ``assoc_actor`` columns."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from serve_store import _event

from eventwire.export.acled import row
from eventwire.export.flat import flatten
from eventwire.records import Actor, event_from_record, event_to_record
from eventwire.taxonomy import event_type

_TEXT = "Gunmen killed a teacher, two farmers and a police officer in Maiduguri."


def _span_of(words: str) -> tuple[int, int]:
    s = _TEXT.index(words)
    return s, s + len(words)


def _victims() -> Actor:
    farmers = Actor("Civilians", "two farmers", _span_of("two farmers"), 7)
    police = Actor("Police Forces", "police officer", _span_of("police officer"), 1, "NG")
    return Actor("Civilians", "teacher", _span_of("teacher"), 7, None,
                 associated=(farmers, police))


def _ev(a1: Actor | None = None, a2: Actor | None = None):
    _, e = _event(0, ("ATTACK", "Nigeria", "NG", "Maiduguri", 11.85, 13.16, date(2021, 3, 3),
                      None, None, 2, _TEXT))
    return replace(e, type=event_type("ATTACK"), actor1=a1, actor2=a2, civilian_targeting=True)


def test_associated_actors_survive_the_json_record():
    gunmen = Actor("Unidentified Armed Group", "Gunmen", (0, 6), 3, None,
                   assoc="Government of Chad")
    e = _ev(gunmen, _victims())
    rec = event_to_record(e)
    assert [o["text"] for o in rec["actor2"]["associated"]] == ["two farmers", "police officer"]
    assert rec["actor2"]["associated"][1]["span"] == list(_span_of("police officer"))
    assert event_from_record(json.loads(json.dumps(rec))) == e


def test_an_actor_without_others_keeps_its_old_record():
    rec = event_to_record(_ev(Actor("Rebel Group", "rebels", (0, 6), 2)))
    assert "associated" not in rec["actor1"] and "assoc" not in rec["actor1"]


def test_the_flat_layout_keeps_the_others_and_the_backer():
    flat = flatten(event_to_record(_ev(Actor("Rebel Group", "rebels", (0, 6), 2, None,
                                             assoc="Government of Chad"), _victims())))
    assert flat["actor1_assoc"] == "Government of Chad"
    assert [o["text"] for o in json.loads(flat["actor2_associated"])] == [
        "two farmers", "police officer"]
    assert flat["actor1_associated"] is None


def test_acled_lists_the_other_victims_once_each_in_assoc_actor_2():
    r = row(_ev(Actor("Unidentified Armed Group", "Gunmen", (0, 6), 3), _victims()))
    assert r["actor2"] == "Civilians (Nigeria)"
    assert r["assoc_actor_2"] == "Police Forces of Nigeria"   # the farmers are actor2's kind
    assert r["assoc_actor_1"] == ""
