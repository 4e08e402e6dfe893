"""A strike from the air read from the parse (events/airstrikes.py).

Sentences written for these tests. ``ASIDE`` was written before the rule was run on either
list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.airstrikes import air_strike
from eventwire.events.detect import realis

DEV = [
    ("Iraqi jets later struck hideouts used by the militants in the hills, the command said.",
     True),
    ("Army drones then struck the attackers as they fled into the forest.", True),
    ("Warplanes bombed rebel positions near the river on Monday, a monitor said.", True),
    ("Helicopter gunships fired on the convoy as it left the town.", True),
    ("A drone crashed into a house on the edge of the city.", False),
    ("The jets flew over the capital during the independence parade.", False),
    ("The air force said its jets would strike any group that crossed the border.", False),
    ("Warplanes struck the city in 1999, destroying the bridge.", False),
    ("A news drone filmed the crowd outside the stadium.", False),
    ("The striker hit the post twice in the first half.", False),
]
ASIDE = [
    ("FIGHTER JETS POUNDED INSURGENT BASES IN THE NORTH OVERNIGHT, THE MINISTRY SAID.", True),
    ("turkish drones hit a vehicle carrying fighters near the border on sunday.", True),
    ("The helicopter landed at the base after a routine patrol.", False),
    ("Police used a drone to search for the missing climber.", False),
    ("Rebels said government aircraft had bombed a market, which the army denied.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_strikes_from_the_air(parse, sentence, expected):
    assert air_strike(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert air_strike(parse(sentence), realis) is expected
