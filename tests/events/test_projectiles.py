"""A rocket, missile or shell that struck, read from the parse (events/projectiles.py).
Sentences written for these tests, hard negatives beside them; ``ASIDE`` was written with
``DEV`` and run once, not tuned on."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.projectiles import may_hit, projectile_strike
from eventwire.events.realis import realis

DEV = [
    ("A rocket struck the airport in Tripoli on Monday night, damaging a parked plane.", True),
    ("A rocket hit a residential building in Kharkiv overnight, wounding five people.", True),
    ("Two mortar rounds slammed into the compound on Tuesday, officials said.", True),
    ("A mortar shell landed near a school in Taiz on Sunday, wounding three children.", True),
    ("Shells fell on the village of Kafr Nabl at dawn, killing a farmer.", True),
    ("Several missiles smashed into the port overnight, setting warehouses on fire.", True),
    # hard negatives
    ("Shell hit a record quarterly profit on Thursday.", False),
    ("Rocket prices hit a new high as demand for satellites grew.", False),
    ("The rocket landed safely on a drone ship after the launch.", False),
    ("The shells hit open ground and caused no casualties, the army said.", False),
    ("No shells landed in its territory, the ministry said.", False),
    ("In 1991, Iraqi missiles struck Tel Aviv and Riyadh.", False),
    ("Air defences intercepted two missiles over the city.", False),
    ("Rockets fall on the town every week during the harvest.", False),
    ("An inquiry into the rocket that hit the market opened on Monday.", False),
]
ASIDE = [
    ("A Grad rocket crashed into a market in Donetsk on Saturday, killing four shoppers.",
     True),
    ("Three artillery shells tore through the roof of a hospital in Khan Younis.", True),
    ("A missile hit an apartment block in Dnipro early on Friday.", True),
    ("Mortars fell near the presidential palace in Mogadishu on Tuesday evening.", True),
    ("A rocket fell into the sea off the coast, the coast guard said.", False),
    ("The missile shortage hit Ukraine's air defences hard.", False),
    ("Fireworks and rockets lit up the sky over the capital.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_a_projectile_that_struck_is_a_shelling(parse, sentence, expected):
    assert projectile_strike(parse(sentence), realis) is expected


def test_projectile_strikes_held_aside(parse):
    right = sum(projectile_strike(parse(s), realis) is e for s, e in ASIDE)
    assert right >= len(ASIDE) - 1, right


def test_the_prefilter_passes_every_sentence_the_rule_fires_on(parse):
    for sentence, expected in DEV + ASIDE:
        words = frozenset(t.lower_ for t in parse(sentence))
        assert may_hit(words) or not expected


def test_a_shelling_by_no_one_named_is_read_as_one():
    """Wired in (events.overrides): the model's low shelling is made as sure as the rule."""
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document

    text = "A rocket hit a residential building in Kharkiv overnight, wounding five people."
    doc = Document(id="rocket", text=text, source="test", title=None, url=None,
                   published=date(2025, 11, 18))
    (event,) = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    assert event.type.label == "ART_MISS_ATTACK" and event.confidence >= 0.8
