"""A strike from the air read from the parse (events/airstrikes.py).

Sentences written for these tests. ``ASIDE`` was written before the rule was run on either
list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.airstrikes import air_strike, bombers_are_people, carried_only, flight_only
from eventwire.events.realis import realis

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


# The strike named in a phrase of what it did ("destroyed depots in an air operation"):
# written after the rule above, the aside list checked once.
BY_AIR = [
    ("Turkish forces destroyed caves, shelters and depots used by the PKK in an air operation "
     "in northern Iraq, the ministry said.", True),
    ("The army killed 14 militants in airstrikes on their hideouts on Monday.", True),
    ("Nigerian forces neutralised several bandits in an aerial bombardment of their camp.",
     True),
    ("Troops destroyed two bomb-making factories in a ground operation near Kidal.", False),
    ("Rescuers said the air operation to lift stranded villagers continued on Monday.", False),
    ("Soldiers killed five gunmen in a raid on a hideout near Maiduguri.", False),
    ("The jets destroyed the bridge in an air raid in 1999, the museum's guide said.", False),
    # review, 2026-12-06: running totals, and what went on during a raid from the air
    ("The army has killed 200 militants in airstrikes since January, its spokesman said.",
     False),
    ("Israel has killed more than 40,000 people in airstrikes since the war began.", False),
    ("Police killed three kidnappers during an aerial surveillance operation in Kaduna.", False),
    ("Rebels killed 20 soldiers in an ambush during an air raid on the town.", False),
]
BY_AIR_ASIDE = [
    ("SECURITY FORCES ELIMINATED 12 TERRORISTS IN AN AIR OPERATION IN THE GARA REGION.", True),
    ("the air force razed two rebel camps in a series of air strikes overnight.", True),
    ("Police killed a suspect in a shootout during an operation in the city.", False),
    ("The storm destroyed hundreds of homes in the air of panic on the island.", False),
    ("Officials said they would destroy the stockpile in an air operation next week.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), BY_AIR)
def test_a_strike_named_in_a_phrase_of_what_it_did(parse, sentence, expected):
    assert air_strike(parse(sentence), realis) is expected


def test_the_aside_check_of_strikes_named_in_a_phrase(parse):
    right = sum(air_strike(parse(s), realis) is e for s, e in BY_AIR_ASIDE)
    assert right >= len(BY_AIR_ASIDE) - 1, right


# Strikes carried out, named as the verb's object with a place or target; a place struck
# by air strikes named in the passive; the progressive of striking.
CARRIED_OUT = [
    ("Britain carried out airstrikes on an oil field held by the militants on Sunday.", True),
    ("The air force conducted a series of air raids against rebel positions near the dam.",
     True),
    ("Turkey launched aerial bombardments on villages in the mountains overnight.", True),
    ("The border town has been hit by waves of air strikes since Saturday.", True),
    ("Jets have been pounding the old city every day since the ceasefire collapsed.", True),
    # no target, a search or a drill, a count over a span, a plan, a year long past
    ("The coalition has carried out airstrikes, a spokesman said.", False),
    ("Police launched a search operation in the forest on Monday.", False),
    ("The navy staged air drills near the strait on Tuesday.", False),
    ("The coalition has carried out more than 900 airstrikes in the province this year.",
     False),
    ("The government said it would launch airstrikes on the rebels next week.", False),
    ("Britain carried out airstrikes on the port in 1999.", False),
    ("Targeting civilians from the air is a war crime, the envoy said.", False),
    # a sport's aerial raid or attack: balls played high
    ("The visitors launched an aerial raid on the home side's box in the second half.", False),
    ("leeds mounted an aerial attack on the defence and scored twice.", False),
]
CARRIED_OUT_ASIDE = [
    ("Jordanian jets carried out a wave of air raids on smugglers' camps near the border.",
     True),
    ("The capital was hit by a barrage of air strikes late on Friday, residents said.", True),
    ("Students staged a mock air raid drill in the school yard.", False),
    ("The alliance has conducted 3,000 air strikes since the campaign began.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), CARRIED_OUT)
def test_strikes_carried_out_or_suffered(parse, sentence, expected):
    assert air_strike(parse(sentence), realis) is expected


def test_the_aside_check_of_strikes_carried_out(parse):
    found = [air_strike(parse(s), realis) for s, _ in CARRIED_OUT_ASIDE]
    assert found == [e for _, e in CARRIED_OUT_ASIDE]


FLIGHTS = [
    ("Dutch F-35 jets intercepted a Russian bomber over the North Sea and escorted it away.",
     True),
    ("Two U.S. B-52 bombers flew over the peninsula on Monday in a show of force.", True),
    ("Typhoons were scrambled from the base on Wednesday to shadow two long-range bombers.",
     True),
    ("Chinese warships sailed through the strait on Thursday, the ministry said.", True),
    ("Israeli jets struck a weapons depot near the capital on Tuesday.", False),
    ("Air defences intercepted 14 drones over the city, and debris damaged two houses.", False),
    ("Warplanes flew sorties over the province and bombed a market, killing nine.", False),
    ("Helicopters flew the wounded to hospital after the bombing.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FLIGHTS)
def test_craft_that_only_move_or_watch_strike_nothing(parse, sentence, expected):
    assert flight_only(parse(sentence)) is expected


CARRIED = [
    ("The injured driver was airlifted by helicopter to a hospital in the capital.", True),
    ("Medics arrived by helicopter at the crash site shortly after noon.", True),
    ("Two surveyors were dropped off by a helicopter beside the lake and set out on foot.",
     True),
    ("A military helicopter flew the wounded soldiers to a field hospital.", True),
    ("The minister arrived aboard an army helicopter to inspect the flood damage.", True),
    ("Survivors were plucked from rooftops by navy helicopters.", True),
    ("A helicopter took the two injured hikers to hospital in the nearest town.", True),
    ("Air force planes dropped leaflets over the city urging residents to stay indoors.", False),
    ("Warplanes carried out a raid on the outskirts of the town at dusk.", False),
    ("Barrels dropped by an army aircraft released a choking gas over the camp.", False),
    ("Troops arriving by helicopter stormed the compound and killed three militants.", False),
    ("Army helicopters fired rockets at the convoy, killing 12.", False),
    ("Helicopters dropped barrel bombs on the district on Sunday.", False),
    ("Jets bombed the town as helicopters evacuated the wounded.", False),
    ("Helicopters flew the wounded to hospital after the bombing.", False),
    ("A helicopter gunship hovered over the village before the raid.", False),
    ("Drones hit a fuel depot near the port overnight.", False),
    ("Police said the suspects fled the scene in a car.", False),
]
# Kept aside while the rule was written, checked once after.
CARRIED_ASIDE = [
    ("The bodies of the three fishermen were recovered by helicopter on Thursday.", True),
    ("A rescue helicopter winched the fisherman from the rocks.", True),
    ("The prime minister landed aboard a military plane in the flooded province.", True),
    ("Aid was delivered by helicopter to villages cut off by the landslide.", True),
    ("Gunmen who had arrived by helicopter abducted the mayor and his driver.", False),
    ("Helicopters strafed the convoy as it crossed the bridge.", False),
    ("A drone struck a car carrying two commanders.", False),
    ("The plane carrying the delegation was shot down near the border.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), CARRIED)
def test_craft_that_only_carry_people_strike_nothing(parse, sentence, expected):
    assert carried_only(parse(sentence)) is expected


def test_the_aside_check_of_craft_that_only_carry(parse):
    right = sum(carried_only(parse(s)) is e for s, e in CARRIED_ASIDE)
    assert right >= len(CARRIED_ASIDE) - 1, right


@pytest.mark.parametrize(("sentence", "people"), [
    # "bombers" who are people: no aircraft, no strike from the air
    ("Officials said the gunmen and bombers had been trained in the town before being sent "
     "abroad.", True),
    ("The suicide bombers struck a crowded market on Friday.", True),
    ("The bomber was arrested at a checkpoint on Monday.", True),
    # aircraft
    ("Bombers struck the rebel stronghold overnight, the air force said.", False),
    ("Russian bombers pounded the town on Sunday, killing 12.", False),
    ("Two bombers and four fighter jets took part in the raid on the depot.", False),
])
def test_bombers_who_are_people(parse, sentence, people):
    doc = parse(sentence)
    [word] = [t for t in doc if t.lower_ in ("bomber", "bombers")]
    assert bombers_are_people(word) is people
