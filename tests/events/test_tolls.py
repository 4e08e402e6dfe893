"""A man-made disaster is in scope by its article's toll (events/tolls.py)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.tolls import MIN_DEAD, MIN_HARMED, UNTOLLED_CONFIDENCE, untolled_disasters
from eventwire.records import Count, DocumentRef, Event, Evidence
from eventwire.taxonomy import event_type


def event(label, *, killed=None, hurt=None, confidence=0.9, text="A fire broke out.",
          background=False):
    def count(n):
        return None if n is None else Count(n, n, n, str(n), (0, 1))
    return Event(id=f"e{label}{killed}{hurt}", type=event_type(label),
                 evidence=Evidence(text, (0, len(text))),
                 document=DocumentRef("d", None, None, date(2024, 5, 6)),
                 fatalities=count(killed), injured=count(hurt), confidence=confidence,
                 confidence_with_crime=confidence, background=background)


def test_an_untolled_accident_is_made_unsure():
    (fire,) = untolled_disasters([event("MAN_MADE_DISASTER", hurt=1)])
    assert fire.confidence == UNTOLLED_CONFIDENCE == fire.confidence_with_crime


@pytest.mark.parametrize(("killed", "hurt"), [(MIN_DEAD, None), (None, 37), (2, 8), (3, 0)])
def test_three_dead_or_a_mass_casualty_keeps_every_disaster_of_the_article(killed, hurt):
    lead = event("MAN_MADE_DISASTER", killed=killed, hurt=hurt)
    retold = event("MAN_MADE_DISASTER", text="The blast happened at dawn.")
    assert [e.confidence for e in untolled_disasters([lead, retold])] == [0.9, 0.9]


@pytest.mark.parametrize(("killed", "hurt"), [(1, 2), (2, None), (None, MIN_HARMED - 1)])
def test_a_household_toll_leaves_the_accident_unsure(killed, hurt):
    """A gas cylinder that killed a woman and hurt her two children: a domestic accident."""
    (blast,) = untolled_disasters([event("MAN_MADE_DISASTER", killed=killed, hurt=hurt)])
    assert blast.confidence == UNTOLLED_CONFIDENCE


def test_other_events_are_left_as_they_are():
    found = untolled_disasters([event("ATTACK"), event("NATURAL_DISASTER")])
    assert [e.confidence for e in found] == [0.9, 0.9]


@pytest.mark.parametrize(("text", "unsure"), [
    ("A magnitude 5.2 quake shook Crete on Friday. No damage or injuries were reported.", True),
    ("The tremor was felt in Lima; there were no immediate reports of casualties.", True),
    ("The storm caused no damage, the weather office said.", True),
    ("A quake struck Chile on Sunday. No one was hurt, but it damaged 200 homes.", False),
    ("Floods swept through the valley, and thousands were evacuated.", False),
    ("The tremor shook Ierapetra; nobody was hurt. Schools were evacuated as a precaution.",
     True),
    ("A quake struck the coast on Friday, officials said.", False),      # the model decides
    ("Floods hit Kinshasa. No deaths were reported, but 2,000 people were forced from their "
     "homes and crops were ruined.", False),
    ("The storm hit on Sunday. No injuries were reported, though roads were impassable.",
     False),
])
def test_a_natural_disaster_the_article_says_harmed_nothing_is_unsure(text, unsure):
    (quake,) = untolled_disasters([event("NATURAL_DISASTER", text="A quake struck.")], text)
    assert (quake.confidence == UNTOLLED_CONFIDENCE) is unsure


def test_a_natural_disaster_with_a_toll_stays_whatever_else_the_article_says():
    quake = event("NATURAL_DISASTER", killed=2, text="A quake killed two.")
    text = "A quake killed two in the hills. No damage was reported in the capital."
    assert untolled_disasters([quake], text)[0].confidence == 0.9


def test_a_disaster_recalled_as_background_gives_no_toll_to_the_articles_own():
    ash = event("NATURAL_DISASTER", text="Merapi sent ash into the sky.")
    eruption = event("NATURAL_DISASTER", killed=300, background=True,
                     text="An eruption in 2010 killed more than 300 people.")
    text = "Merapi sent ash into the sky; there were no casualties. An eruption in 2010 killed 300."
    found = untolled_disasters([ash, eruption], text)
    assert [e.confidence for e in found] == [UNTOLLED_CONFIDENCE, 0.9]
    fire = event("MAN_MADE_DISASTER", text="A fire broke out at the plant.")
    blast = event("MAN_MADE_DISASTER", killed=12, background=True, text="A 2019 blast killed 12.")
    assert untolled_disasters([fire, blast])[0].confidence == UNTOLLED_CONFIDENCE
