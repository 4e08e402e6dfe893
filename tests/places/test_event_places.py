"""Event locations on short reports written for the project (tests/places/data): a person's
origin, a country acting, a gathering's cause and the title's origin words must not become
the event's place; hard negatives beside each.

* ``event_places_dev.jsonl``: what the rules were written against; every case must pass.
* ``event_places_aside.jsonl``: written with the dev set and kept aside; its first run scored
  21/29, and its misses then led to general fixes (an indefinite "a guide from X"; "by X
  and the Y"; a capital spaCy tags as an organisation after "in"; a big city a title names
  bare; the dateline's town), so it is no longer unseen: 27/29.
* ``event_places_fresh.jsonl``: written after those fixes: 20/26 at its first run (HEAD before
  this work: 12/26); two of its misses then led to two more (a plural agent noun before
  "from": "skiers from X"; "X's interior ministry" is an actor): 22/26.
* ``event_places_unseen.jsonl``: written after all of them and never tuned on: 18/20 at its
  first run (HEAD before this work: 12/20).
* ``event_places_actors_dev.jsonl`` / ``_aside.jsonl``: a country saying or holding
  something ("Chile denied"), pressed ("pressure on Peru"), or opening its forces' name
  ("Kenya Defence Forces jets"), with the country as the place beside them ("shock across
  Israel"); a place naming a noun ("the Kupwara school") before an acting country as the
  fallback. Dev 4/11 before these rules, 11/11 after; aside 4/4 before and after.

* ``event_places_teams_dev.jsonl``: a team named by its town that plays ("after Dallas beat
  Denver 4-2, fans rioted in Denver") is no event's place and lends its state no weight
  (clubs.plays, roles.origin_keys), beside a town that beats drums and a country that beats
  back an attack. 4/6 before, 6/6 after.

Scores per class (``python tests/places/test_event_places.py [FILE ...]``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.nlp import split_sentences
from eventwire.places import Geoparser
from eventwire.records import Entity, Place

DATA = Path(__file__).resolve().parent / "data"
# Floors of the sets kept aside, a case or two below the level reached (27/29, 22/26, 18/20).
FLOORS = {"event_places_aside.jsonl": 0.85, "event_places_fresh.jsonl": 0.75,
          "event_places_unseen.jsonl": 0.8, "event_places_actors_aside.jsonl": 0.75,
          # teams named by their towns: 4/6 before clubs.plays, 6/6 after
          "event_places_teams_dev.jsonl": 0.99}


def cases(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def locate(gp: Geoparser, case: dict, nlp) -> Place | None:
    """The first location the geoparser gives the case's trigger, as the pipeline asks
    (spaCy's entities of the whole text)."""
    text = case["text"]
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    places = gp.places(text, ents, dateline=case.get("dateline"), outlet=case.get("outlet"),
                       title=case.get("title"))
    pos = text.index(case["trigger"])
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    found = gp.event_locations(places, text, sentence, (pos, pos + len(case["trigger"])))
    return found[0] if found else None


def right(place: Place | None, want: dict) -> bool:
    if place is None:
        return False
    return (place.iso2 == want["iso2"]
            and want.get("name") in (None, place.name, place.text)
            and want.get("admin1") in (None, place.admin1))


@pytest.mark.parametrize("case", cases("event_places_dev.jsonl")
                         + cases("event_places_actors_dev.jsonl"),
                         ids=lambda c: f"{c['class']}:{c['trigger']}")
def test_dev_reports_are_located_right(world, nlp, case):
    got = locate(world, case, nlp)
    assert right(got, case["want"]), (got and (got.name, got.iso2, got.admin1), case["text"])


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_reports_kept_aside_score_above_their_floor(world, nlp, name):
    aside = cases(name)
    share = sum(right(locate(world, c, nlp), c["want"]) for c in aside) / len(aside)
    assert share >= FLOORS[name]


def report(gp: Geoparser, nlp, names=("event_places_dev.jsonl", "event_places_aside.jsonl",
                                        "event_places_fresh.jsonl", "event_places_unseen.jsonl",
                                        "event_places_actors_dev.jsonl",
                                        "event_places_actors_aside.jsonl")
           ) -> None:
    for name in names:
        got, total = Counter(), Counter()
        for c in cases(name):
            place = locate(gp, c, nlp)
            ok = right(place, c["want"])
            got[c["class"]] += ok
            total[c["class"]] += 1
            if not ok:
                print(f"  miss [{c['class']}] {c['trigger']!r}: "
                      f"{place and (place.name, place.iso2, place.admin1)} want {c['want']}")
        print(f"{name}: {sum(got.values())}/{sum(total.values())} = "
              f"{sum(got.values()) / sum(total.values()):.3f}  "
              + "  ".join(f"{k} {got[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    import sys

    from eventwire.nlp import load_pipeline
    from eventwire.places import load_gazetteer
    if sys.argv[1:]:
        report(Geoparser(load_gazetteer()), load_pipeline(), sys.argv[1:])
    else:
        report(Geoparser(load_gazetteer()), load_pipeline())
