"""eval actors: an alias that describes people ("Maoist rebels", "Fulani militia") fills the
perpetrator individuals, not the organisation."""

from __future__ import annotations

import pytest

from eventwire.evaluate import actors as ev
from eventwire.records import Actor, DocumentRef, Event, Evidence
from eventwire.taxonomy import event_type


def _event(sentence: str, actor1: Actor) -> Event:
    return Event(id="ew-1", type=event_type("ATTACK"), evidence=Evidence(sentence, (0, 9)),
                 document=DocumentRef("d", None, None, None), actor1=actor1, confidence=0.9)


@pytest.mark.parametrize(("text", "name", "written"), [
    ("Maoist rebels blew up a school building overnight.", "Communist Party of India (Maoist)",
     "Maoist rebels"),
    ("Fulani militia attacked a farming village at dawn.", "Fulani Ethnic Militia (Nigeria)",
     "Fulani militia"),
])
def test_an_alias_describing_people_fills_the_individuals(text, name, written):
    f = ev.fillers(text, [_event(text, Actor(name, written, (0, len(written)), 2))])
    assert written in f["PerpInd"]


def test_an_organisation_name_stays_the_organisation():
    text = "The Shining Path blew up a pylon near the capital."
    f = ev.fillers(text, [_event(text, Actor("Shining Path", "Shining Path", (4, 16), 2))])
    assert f["PerpOrg"] == ["Shining Path"] and f["PerpInd"] == []
