from datetime import date

from eventwire.records import (
    Actor, Count, DateValue, DocumentRef, Event, Evidence, Mention, Place, document_id,
    event_from_record, event_id, event_to_record,
)
from eventwire.taxonomy import event_type


def _event(**kw):
    doc = DocumentRef("d" * 64, "https://example.org/a", "Title", date(2020, 1, 2))
    base = dict(
        id=event_id(doc.id, (10, 50), "AIR_STRIKE"), type=event_type("AIR_STRIKE"),
        evidence=Evidence("Jets struck the town.", (10, 50)), document=doc,
        date=DateValue(date(2020, 1, 1), date(2020, 1, 1), 1, "Wednesday", (30, 39)),
        actor1=Actor("Military Forces of Russia", "Russian jets", (10, 22), 8, "RU"),
        location=Place("Ariha", "Ariha", (40, 45), "Syria", "SY", "Idlib", 35.81, 36.61,
                       173576, 1, "PPLA2", 0.9),
        fatalities=Count(7, 7, None, "at least seven", (46, 60)),
        mentions=(Mention(doc, Evidence("Jets struck the town.", (10, 50))),),
        confidence=0.75)
    base.update(kw)
    return Event(**base)


def test_ids_are_content_derived_and_stable():
    assert document_id("abc") == document_id("abc") != document_id("abd")
    a = event_id("d1", (0, 10), "ATTACK")
    assert a == event_id("d1", (0, 10), "ATTACK") and a.startswith("ew-")
    assert len({a, event_id("d1", (0, 11), "ATTACK"), event_id("d1", (0, 10), "ARREST"),
                event_id("d2", (0, 10), "ATTACK"), event_id("d1", (0, 10), "ATTACK", "LB")}) == 5


def test_record_has_the_public_field_names():
    rec = event_to_record(_event())
    assert list(rec)[:4] == ["event_id", "event_type", "sub_event_type", "label"]
    assert rec["event_type"] == "Explosions/Remote violence"
    assert rec["plover"] == {"type": "ASSAULT", "mode": "aerial"}
    assert rec["date"] == {"start": "2020-01-01", "end": "2020-01-01", "precision": 1,
                           "text": "Wednesday", "span": [30, 39]}
    assert rec["location"]["geonameid"] == 173576 and rec["location"]["span"] == [40, 45]
    assert rec["document"]["published"] == "2020-01-02"
    assert rec["claim"] is None and rec["actor2"] is None


def test_record_round_trip():
    e = _event()
    assert event_from_record(event_to_record(e)) == e
    bare = _event(date=None, actor1=None, location=None, fatalities=None, mentions=())
    assert event_from_record(event_to_record(bare)) == bare


def test_targets_round_trip_and_a_record_without_them_reads_as_none():
    from eventwire.records import Target
    hit = (Target("school", "primary school", (12, 26)), Target("vehicle", "bus", (40, 43)))
    e = _event(targets=hit)
    rec = event_to_record(e)
    assert rec["targets"] == [{"kind": "school", "text": "primary school", "span": [12, 26]},
                              {"kind": "vehicle", "text": "bus", "span": [40, 43]}]
    assert event_from_record(rec) == e and event_from_record(rec).targets == hit
    assert "targets" not in event_to_record(_event())      # records without targets unchanged
    del rec["targets"]
    assert event_from_record(rec).targets == ()


def test_a_target_is_frozen_and_is_the_actors_stages_own():
    import dataclasses

    import pytest

    from eventwire.actors.targets import Target as ActorsTarget
    from eventwire.records import Target
    assert ActorsTarget is Target
    with pytest.raises(dataclasses.FrozenInstanceError):
        Target("school", "school", (0, 6)).text = "x"
