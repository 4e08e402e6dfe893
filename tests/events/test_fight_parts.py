"""A part of a fight told inside it is the battle's (events/fight_parts.py).

Sentences written for these tests. ``FIGHT_PARTS_ASIDE`` was written before the reading was
run on it, ``FIGHT_PARTS_ASIDE2`` after it was mended, and only checked;
``FIGHT_PARTS_REVIEW`` holds the session's reviewer's sentences, mended as classes.
"""

from __future__ import annotations

import pytest

from eventwire.events.fight_parts import fight_verb, weapon_of_traded_fire
from eventwire.events.realis import realis


# A part of a fight told inside it (events/fight_parts.py): the dead of its crossfire and
# shells, the arms left after it, are the battle's. (sentence, context, expected)
FIGHT_PARTS_DEV = [
    ("Three civilians were killed by stray bullets and mortar shells during the fighting, a "
     "local official said.", "", True),
    ("Four insurgents were killed in the exchange and troops recovered two rifles.", "", True),
    ("The gunbattle lasted about an hour before the attackers withdrew, leaving behind "
     "rifles and a box of grenades.", "", True),
    ("A boy of 12 died in the crossfire, his uncle said.", "", True),
    ("TWO SOLDIERS WERE WOUNDED IN THE CLASHES, THE ARMY SAID.", "", True),
    ("Six fighters were killed during the battle for the hilltop, the group said.", "", False),
    ("Mortar rounds hit a UN base during the fighting.", "", False),
    ("Two soldiers were wounded in a mine blast during fighting with insurgents.", "", False),
    ("Fighting broke out between two groups of teenagers outside the college.", "", False),
    ("Two protesters were killed by rubber bullets during the clashes.", "", False),
    ("Three people were wounded during the clashes.", "Police and protesters clash in Lima",
     False),
    ("Eighteen Australians were killed in the battle in 1916.", "", False),
    ("Troops will be killed in the fighting if the truce fails, the minister warned.", "",
     False),
    ("Five prisoners were released in the exchange on Sunday.", "", False),
]
# Written before the reading was run on it; it failed two at first ("wounded by shrapnel during
# the clashes": the parse hangs "during" on the noun; "clashes with riot police": a crowd's),
# both mended as classes; FIGHT_PARTS_ASIDE2 was written after that and only checked.
FIGHT_PARTS_ASIDE = [
    ("At least seven villagers were killed in the crossfire as troops and rebels fought for "
     "the bridge.", "", True),
    pytest.param("the firefight ended after dawn when the militants fled into the forest.", "",
                 True, marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: a fight told as over is left alone, as news often tells another "
                     "act after it ('the fighting stopped on Monday, and police later defused "
                     "a bomb'); this end is the fight's own"))),
    ("A medic was wounded by shrapnel during the clashes on the ridge, the ministry said.", "",
     True),
    ("Shells struck the market during the fighting, destroying 20 stalls.", "", False),
    ("Dozens of students were injured during the clashes with riot police.", "", False),
    ("He was killed in the battle of Kursk in 1943.", "", False),
    ("No one was hurt in the exchange of letters between the two councils.", "", False),
]


# Sentences of the session's review (a fight told beside another act, told as over, with
# the police), fixed as classes after it.
FIGHT_PARTS_REVIEW = [
    ("The fighting in the north has eased, but a mortar attack on a market in Gao killed six "
     "people on Sunday.", "", False),
    ("The battle has cost thousands of lives, and a mortar shell struck a school in Aleppo.",
     "", False),
    ("The clashes with police lasted several hours, and a grenade was thrown at officers.", "",
     False),
    ("A soldier was killed during a clash with separatists in Bamenda, and a grenade exploded "
     "near a school the next day.", "", False),
    ("Two attackers were killed in the exchange and troops seized three rifles.", "", True),
]
FIGHT_PARTS_ASIDE2 = [
    ("Two policemen and a gunman were killed in the shootout, the district chief said.", "",
     True),
    ("The clash lasted until nightfall, with rebels using mortars and machine guns.", "", True),
    ("A farmer was killed in the crossfire between soldiers and bandits near Kaura.", "", True),
    ("Artillery shells landed on a school during the fighting, wounding four pupils.", "",
     False),
    ("Several supporters were hurt during clashes with police outside the stadium.", "", False),
    pytest.param("An estimated 20,000 soldiers died in the battle, historians say.", "", False,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a false reading: history with no year of its own; the relabelling "
                     "makes no event, the model's background probability decides that"))),
]


# Each list's provenance is in its name (see the module docstring); one test reads them all.
@pytest.mark.parametrize(("sentence", "context", "expected"), FIGHT_PARTS_DEV + FIGHT_PARTS_ASIDE + FIGHT_PARTS_ASIDE2 + FIGHT_PARTS_REVIEW)
def test_parts_of_a_fight(parse, sentence, context, expected):
    assert (fight_verb(parse(sentence), realis, context) is not None) is expected


@pytest.mark.parametrize(("sentence", "weapon", "expected"), [
    ("Fighting flared near the town, where troops and rebels traded artillery fire for hours.",
     "artillery", True),
    ("Troops and militants exchanged mortar and machine-gun fire near the border.", "mortar",
     True),
    # a weapon of its own act, not of the fire traded
    ("Rebels shelled the town with artillery before troops traded fire with them.", "artillery",
     False),
    ("Artillery fire hit the market on Sunday.", "Artillery", False),
])
def test_the_weapons_of_fire_traded_are_the_fights(parse, sentence, weapon, expected):
    assert weapon_of_traded_fire(parse(sentence), sentence.index(weapon)) is expected
