"""Strikes stopped in the air (eventwire.events.interceptions), on sentences written for the
project: interceptions with nothing hit are foiled attacks; hard negatives beside them."""

from __future__ import annotations

import pytest

from eventwire.events.interceptions import foiled_over_strike, stopped_only
from eventwire.events.model import Judgement

STOPPED = [
    "Air defences shot down 18 drones over the region on Monday night.",
    "Ukraine's air force said it intercepted 40 of the 52 drones launched overnight.",
    "Air defence units downed six drones over the border region, the governor said.",
    "The army intercepted two rockets fired at the town on Tuesday.",
    "Air defences destroyed 12 Shahed drones over the capital overnight.",
    "Patriot batteries intercepted three ballistic missiles over the city, officials said.",
]
NOT_STOPPED = [
    # something got through, or hit, or was harmed
    "Russian drones struck an energy plant overnight, while air defences shot down 20 others.",
    "Debris from a downed drone damaged three houses on Sunday.",
    "Air defences shot down a missile, but its fragments killed two people.",
    "A drone hit an apartment block after air defences intercepted several others.",
    # a strike on drones' makers or launchers is a strike
    "Jets destroyed a drone factory near the border.",
    "Warplanes bombed rocket launchers in the valley.",
    # nothing stopped in the air: the drones are the means, people the object
    "The fighters were spotted by drones and neutralised with the strikes of armed drones.",
    "Troops neutralised seven militants using drones on Thursday.",
    "Police shot a suspect outside the station.",
    "Rebels shot down a government helicopter, killing its crew.",
]


@pytest.mark.parametrize("sentence", STOPPED)
def test_projectiles_stopped_in_the_air_are_a_foiled_attack(parse, sentence):
    assert stopped_only(parse(sentence))
    j = Judgement("AIR_STRIKE", 0.9, 0.9, 0.0, 0.0)
    assert foiled_over_strike(j, parse(sentence)).label == "DISR_WEAP"


@pytest.mark.parametrize("sentence", NOT_STOPPED)
def test_a_strike_that_hit_or_a_strike_on_the_ground_stays(parse, sentence):
    assert not stopped_only(parse(sentence))


def test_only_a_strike_read_in_the_stopped_projectiles_is_retyped(parse):
    sentence = STOPPED[0]
    j = Judgement("ARMED_CLASH", 0.9, 0.9, 0.0, 0.0)
    assert foiled_over_strike(j, parse(sentence)) is j
