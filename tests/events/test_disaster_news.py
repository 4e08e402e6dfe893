"""Whether a sentence tells a disaster as news (eventwire.events.disaster_news), each check
on its own. Sentences written for these tests; tests/events/test_disasters.py reads them
through the whole disaster rule."""

from __future__ import annotations

import pytest

from eventwire.events.disaster_news import dated, framed, past_or_habit, told_as_news


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cyclones batter the coast every year.", True),
    ("Villagers commemorated the mudslide that buried their school.", True),
    ("Two years after the quake, families still live in tents.", True),
    ("Fires killed 40 people in the province last year.", True),
    ("The islands are hit by a dozen typhoons a year.", True),
    ("The tremor flattened the old market ten years ago.", True),
    ("An earthquake struck the town on Monday, killing four people.", False),
    ("The flood was the worst the valley has seen since 1998.", False),
    ("Engineers hope to rebuild the bridge within a year.", False),
    ("A landslide buried two houses in the village of Korta on Tuesday.", False),
])
def test_past_or_habit(parse, sentence, expected):
    assert past_or_habit(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("A tornado destroyed 40 homes on Sunday.", "destroyed", True),
    ("Floods have killed 30 people in the region.", "killed", True),
    ("Mudslides are blocking the mountain road.", "blocking", True),
    ("The storm had destroyed the bridge when rescuers arrived.", "destroyed", False),
    ("Thousands fled before the river burst its banks.", "burst", False),
    ("Floods kill hundreds of people in the region.", "kill", False),
])
def test_told_as_news(parse, sentence, verb, expected):
    assert told_as_news(_word(parse(sentence), verb)) is expected


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("An inquiry into the collapse that killed 17 workers opened on Monday.", "killed", True),
    ("Firefighters took part in a drill simulating an earthquake.", "simulating", True),
    ("A fire that killed 17 workers gutted the factory.", "killed", False),
    ("The blast shattered windows across the district.", "shattered", False),
])
def test_framed(parse, sentence, verb, expected):
    assert framed(_word(parse(sentence), verb)) is expected


@pytest.mark.parametrize(("sentence", "noun", "verb", "expected"), [
    ("The 2004 tsunami killed thousands along the coast.", "tsunami", "killed", True),
    ("Floods killed 170 people in 2020.", "Floods", "killed", True),
    ("The tsunami killed 300 people on Sunday.", "tsunami", "killed", False),
    ("Floods destroyed 2010 homes in the valley.", "Floods", "destroyed", False),
])
def test_dated(parse, sentence, noun, verb, expected):
    doc = parse(sentence)
    assert dated(_word(doc, noun), _word(doc, verb)) is expected
