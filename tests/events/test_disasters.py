"""A disaster read from what hit whom (events/disasters.py).

Sentences written for these tests, in several registers, many of them hard negatives
(forecasts, habits, history, figurative hazards, attacks, small accidents). ``ASIDE`` was
written before the rule was run on it and left as it was: 14 of 14 on its first run.
ALL-CAPS and lower-case lines are parsed as the pipeline parses them, after case restoration.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.disasters import MAN_MADE, NATURAL, disaster

DEV = [
    ("Flooding has affected at least 300,000 people in the delta since the weekend.", NATURAL),
    ("A magnitude 6.1 earthquake struck the province on Monday, killing 12 people.", NATURAL),
    ("Heavy rain triggered a landslide that buried 40 homes in the hill village of Tamar.",
     NATURAL),
    ("Twelve people were killed when a gas explosion ripped through a textile factory on the "
     "outskirts of the city.", MAN_MADE),
    ("A five-storey building collapsed in the city centre on Friday, killing nine people.",
     MAN_MADE),
    ("Typhoon Lenor battered the northern coast overnight, tearing roofs off houses and "
     "leaving two fishermen dead.", NATURAL),
    ("Hundreds of homes were destroyed by the wildfire that swept through the valley on "
     "Saturday.", NATURAL),
    pytest.param(
        "a ferry carrying more than 200 passengers capsized on the river on tuesday and at least "
        "30 people drowned, police said.", MAN_MADE,
        marks=pytest.mark.xfail(strict=True, reason="the parser reads 'capsized' as a "
                                "participle of 'passengers', so the ferry sinks nothing")),
    ("An overloaded ferry capsized on the lake on Tuesday, and at least 30 people drowned.",
     MAN_MADE),
    ("THE DEATH TOLL FROM THE LANDSLIDE IN THE MOUNTAIN DISTRICT ROSE TO 27 ON WEDNESDAY.",
     NATURAL),
    ("Four workers died after a boiler exploded at a sugar mill in the east of the country.",
     MAN_MADE),
    ("A passenger train derailed near the border town of Vesk early on Sunday, killing at least "
     "14 people and injuring 60.", MAN_MADE),
    ("Seven miners were trapped underground when part of the mine collapsed on Thursday.",
     MAN_MADE),
    ("FLASH FLOODS SWEPT AWAY DOZENS OF HOUSES IN THE NORTHERN PROVINCE ON TUESDAY NIGHT.",
     NATURAL),
    ("Forecasters said the storm could hit the coast by Thursday.", None),
    ("The cyclone is expected to make landfall late on Sunday.", None),
    ("Floods kill hundreds of people in the region every year.", None),
    ("The 2004 tsunami killed more than 200,000 people around the Indian Ocean.", None),
    ("The minister faced a storm of criticism over the budget cuts.", None),
    ("The border town has seen a flood of refugees since the fighting began.", None),
    ("A bomb blast killed six people at a bus station on Monday.", None),
    ("A car crash on the ring road killed two people on Saturday.", None),
    ("An explosion killed four people near the market on Tuesday.", None),
    ("Officials denied that the earthquake had damaged the dam.", None),
    ("The storm did not cause any damage to the port.", None),
    ("A minor earthquake shook the capital on Tuesday, but no damage was reported.", None),
    ("Thousands of people had left the island before the hurricane hit.", None),
    ("Residents marked the anniversary of the floods that killed 80 people in the town.", None),
    ("The election result was an earthquake in national politics.", None),
    ("the wildfire season is likely to bring more evacuations this summer, experts said.", None),
    ("Police said a gas leak caused a small fire at a house on Elm Street; no one was hurt.",
     None),
    ("Insurers said claims from last year's floods were the highest on record.", None),
    ("A storm surge flooded coastal roads and low-lying homes on Tuesday.", NATURAL),
    ("Lightning struck a football pitch during a village match, killing three players.",
     NATURAL),
    ("The film tells the story of the flood that destroyed the town.", None),
    ("A storm of protest swept the capital after the verdict.", None),
    ("The hurricane may have killed hundreds, officials fear.", None),
    ("Prices crashed after the announcement, wiping out billions in savings.", None),
    ("If the dam bursts, floodwaters would submerge 40 villages.", None),
    ("The fire killed three people in a house on Maple Avenue on Sunday.", None),
    ("Rebels set fire to a warehouse, killing five guards.", None),
    ("Militants shelled the town, starting a fire that killed four people at a fuel depot.",
     None),
    ("Stocks tumbled as a tsunami of selling hit markets.", None),
    ("Crowds flooded the streets to celebrate the win.", None),
    ("A worker was taken to hospital with burns after a fire broke out at a paint factory.",
     None),
    ("More than 60 people were killed in house fires across the state last year.", None),
    ("Marchers read out the names of villagers killed in recent floods.", None),
    # A bare blast whose cause the sentence gives, even as suspected.
    ("An explosion injured 14 people at a bakery and might have been caused by a faulty boiler.",
     "MAN_MADE_DISASTER"),
    ("A blast at a depot injured 20 workers and was probably caused by leaking propane, "
     "officials said.", "MAN_MADE_DISASTER"),
    pytest.param("An explosion at a bakery injured 14 people and may have been caused by a faulty "
                 "boiler.", "MAN_MADE_DISASTER", marks=pytest.mark.xfail(
                     strict=True, reason="spaCy hangs 'injured' on 'bakery' as a participle, as it "
                     "does with most such sentences that no reporting clause closes")),
    ("The blast, blamed on a faulty boiler, killed three workers at the laundry.",
     "MAN_MADE_DISASTER"),
    ("An explosion caused by a roadside bomb killed five soldiers.", None),
    ("A blast killed four people; police said it was caused by an improvised device.", None),
    # structures that fall on crowds: a footbridge, a grandstand, a place of worship
    ("A wooden footbridge packed with spectators collapsed during a festival on Saturday, "
     "killing nine people.", MAN_MADE),
    ("A grandstand collapsed at a football match, killing three fans.", MAN_MADE),
    ("The mosque collapsed during Friday prayers, killing 11 worshippers.", MAN_MADE),
    ("Gunmen stormed a church and killed nine worshippers.", None),
    ("The team's defence collapsed in the second half.", None),
]
ASIDE = [
    ("Torrential monsoon rains flooded more than 200 villages in the south on Wednesday, "
     "officials said.", NATURAL),
    ("an avalanche buried a group of trekkers near the pass on friday, killing five of them.",
     NATURAL),
    ("AT LEAST 18 PEOPLE WERE KILLED WHEN A FIRE BROKE OUT AT A CHEMICAL PLANT IN THE "
     "INDUSTRIAL ZONE.", MAN_MADE),
    ("A road bridge collapsed into the river during the morning rush hour, killing at least "
     "eleven people.", MAN_MADE),
    ("Hurricane Ila tore through the islands on Sunday, destroying hundreds of homes.", NATURAL),
    ("Nine people were killed in the earthquake, the civil protection agency said.", NATURAL),
    ("A methane explosion at a coal mine killed 21 miners on Saturday.", MAN_MADE),
    ("Scientists warn that a major earthquake could strike the city within decades.", None),
    ("Droughts and floods hit farmers hardest, the report says.", None),
    ("The club's relegation was an avalanche of bad news for the town.", None),
    ("A suicide bomber's blast killed 15 people outside the ministry.", None),
    ("The storm is forecast to weaken before it reaches the coast.", None),
    ("A van crashed into a wall on Sunday, injuring its driver.", None),
    ("The 1999 quake destroyed much of the old town.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_disasters_that_hit(parse, sentence, expected):
    assert disaster(parse(sentence), realis) == expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert disaster(parse(sentence), realis) == expected
