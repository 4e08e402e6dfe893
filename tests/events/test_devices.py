"""An explosive device found, defused or destroyed before it went off, read from the parse
(events/devices.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
rule was run on either list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.devices import device_blast, disrupted_device, undetonated_devices
from mention_builders import mention

DEV = [
    ("Army engineers defused a roadside bomb planted near a school in Kunduz on Sunday.", True),
    ("A bomb disposal team destroyed the device in a controlled explosion, the army said.",
     True),
    ("Police found an explosive device hidden in a rubbish bin outside the station.", True),
    ("A second bomb, left in a sports bag near the town hall, was discovered and made safe.",
     True),
    ("Soldiers discovered three improvised explosive devices buried along the road.", True),
    ("Security forces seized 200 kilograms of explosives in a raid on a farmhouse.", True),
    ("A bomb exploded in a market on Monday, and a second device found nearby was defused.",
     False),
    ("Police searched the bag and found no explosives.", False),
    ("No explosive device was found, a spokesman said.", False),
    ("Investigators found traces of explosives on the wreckage.", False),
    ("A grenade from the Second World War was found by a farmer ploughing his field.", False),
    ("Police found the body of a missing hiker near the trail.", False),
    ("All four devices were destroyed in controlled explosions later in the day.", True),
    ("Engineers destroyed the old devices at the factory.", False),
    ("The army detonated the bomb, killing everyone on the bus.", False),
    ("The film, a bomb at the box office, was pulled from cinemas.", False),
    ("Engineers dismantled an old mine shaft near the village.", False),
    ("A man left a nail bomb in a rucksack at the market on Saturday, but it failed to go off.",
     True),
    ("The first bomb killed 12 people; a second failed to explode.", False),
]
ASIDE = [
    ("troops defused two landmines on the road to the border post on thursday.", True),
    ("AN UNEXPLODED MORTAR BOMB WAS FOUND IN A FIELD AND REMOVED BY THE BOMB SQUAD.", True),
    ("Officers intercepted a van carrying a large cache of explosives near the port.", False),
    ("Sappers cleared the mines from the bridge before the convoy crossed.", True),
    ("A bomb went off outside the bank, and police found a second one in a bin.", False),
    ("The search found no bombs or weapons in the building.", False),
    ("A decades-old shell was dug up by builders on the site.", False),
    ("The rebels said they would plant more bombs on the road.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_disrupted_devices(parse, sentence, expected):
    assert disrupted_device(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert disrupted_device(parse(sentence), realis) is expected


@pytest.mark.parametrize(("context", "expected"), [
    ("Nail bomb found at Christmas market. A teenager left a bomb in a rucksack.", True),
    ("Hospital trials new heart pump. Doctors implanted it last year.", False),
])
def test_a_bare_device_takes_its_kind_from_the_words_around_it(parse, context, expected):
    sentence = "A second device was discovered by a cleaner on Monday."
    assert disrupted_device(parse(sentence), realis, context) is expected
    assert disrupted_device(parse(sentence), realis) is False


# --------------------------------------------------------------------- the article's device

FOUND = "Police defused a bomb found outside the court in Gulu on Monday."
DESCRIBED = "The device, packed with nails and 4 kilograms of explosives, was hidden in a sack."
TIMER = "The explosives were wired to a timer and a mobile phone."


def _labels(mentions):
    return [m.type.label for ms in mentions for m in ms]


def test_an_explosion_read_in_a_sentence_describing_the_found_device_is_the_device():
    doc = [(mention("DISR_WEAP", FOUND, "defused"),),
           (mention("REM_EXPLOS", DESCRIBED, "packed", 0.75),),
           (mention("GRENADE", TIMER, "wired", 0.4),)]
    out = undetonated_devices(doc)
    assert _labels(out) == ["DISR_WEAP", "DISR_WEAP", "DISR_WEAP"]
    assert [m.confidence for ms in out for m in ms] == [0.9, 0.75, 0.4]


def test_an_article_where_something_went_off_keeps_its_explosions():
    """Only a sentence describing the found device right after it, before any blast, is its
    ("The device, packed with nails ..." after "Police defused a bomb"); one told after a
    blast, or telling a blast, may be the blast's."""
    blast = "A second bomb exploded at the market an hour later, wounding four."
    for other in (blast, "Mortar shells struck the camp on Tuesday night, residents said.",
                  "Insurgents attacked the post with rockets and grenades."):
        found = (mention("DISR_WEAP", FOUND, "defused"),)
        described = (mention("REM_EXPLOS", DESCRIBED, "packed", 0.75),)
        went_off = (mention("ART_MISS_ATTACK", other, other.split()[1], 0.9),)
        assert _labels(undetonated_devices([found, described, went_off])) == [
            "DISR_WEAP", "DISR_WEAP", "ART_MISS_ATTACK"], other
        assert _labels(undetonated_devices([found, went_off, described])) == [
            "DISR_WEAP", "ART_MISS_ATTACK", "REM_EXPLOS"], other
        assert _labels(undetonated_devices([went_off, described, found])) == [
            "ART_MISS_ATTACK", "REM_EXPLOS", "DISR_WEAP"], other


def test_a_blast_only_meant_to_happen_is_no_blast_of_the_found_device():
    set_off = "The second car held 60 kilograms of explosives and was set to be detonated remotely."
    blast = "A car bomb exploded near the roundabout, killing nine people."
    doc = [(mention("REM_EXPLOS", blast, "exploded", 0.9),),
           (mention("DISR_WEAP", FOUND, "defused"),),
           (mention("REM_EXPLOS", set_off, "explosives", 0.8),)]
    assert _labels(undetonated_devices(doc)) == ["REM_EXPLOS", "DISR_WEAP", "DISR_WEAP"]
    went = "The second car held 60 kilograms of explosives and was detonated remotely."
    doc[2] = (mention("REM_EXPLOS", went, "explosives", 0.8),)
    assert _labels(undetonated_devices(doc)) == ["REM_EXPLOS", "DISR_WEAP", "REM_EXPLOS"]


def test_without_a_sure_device_event_nothing_changes():
    for found in (mention("DISR_WEAP", FOUND, "defused", 0.5),
                  mention("DISR_WEAP", FOUND, "defused", background=True)):
        doc = [(found,), (mention("REM_EXPLOS", DESCRIBED, "packed", 0.75),)]
        assert _labels(undetonated_devices(doc)) == ["DISR_WEAP", "REM_EXPLOS"]


# ------------------------------------------------------------------- a device that went off
BLAST_DEV = [
    ("A bomb killed five people at a bus station in Quetta on Tuesday.", "REM_EXPLOS"),
    ("Five people were killed when a bomb went off at a bus station on Tuesday.", "REM_EXPLOS"),
    ("Three soldiers were killed in a roadside bomb blast in Helmand.", "REM_EXPLOS"),
    ("A car bomb exploded outside a police station, wounding 11 officers.", "REM_EXPLOS"),
    ("A suicide bomber killed 12 people at a checkpoint on the airport road.", "SUIC_BOMB"),
    ("A grenade attack wounded eight people in a bar on Saturday night.", "GRENADE"),
    ("Two children were hurt by a landmine while herding goats near the border.", "REM_EXPLOS"),
    ("A bombing at a wedding party killed 14 guests, police said.", "REM_EXPLOS"),
    ("An improvised explosive device destroyed an army truck near the village.", "REM_EXPLOS"),
    ("A SUICIDE BOMBING TORE THROUGH A FUNERAL IN THE NORTH, KILLING 30.", "SUIC_BOMB"),
    ("Ten years ago, a bomb killed 20 people at the market.", None),
    ("Police said a bomb could have killed dozens.", None),
    ("Bombs kill hundreds of civilians every year in the region.", None),
    ("Soldiers defused a bomb near the school.", None),
    ("An explosion at a mosque in Kabul killed 20 worshippers.", None),
    ("A gas explosion killed five people at a restaurant.", None),
    ("The bomb that killed five people in 2008 was built by a local cell.", None),
    ("An inquiry into the bombing that killed 17 people opened on Monday.", None),
    ("The army said no bomb went off.", None),
    ("A World War II bomb exploded at a building site, killing two workers.", None),
    ('"It sounded like a bomb went off right over the house," said a neighbour.', None),
    ("It was as if a bomb had exploded in the kitchen.", None),
    ("A guided bomb hit a hardware store in the city, killing 19 people.", None),
    ("A mortar bomb landed on a house, killing a mother and her son.", None),
    ("The new phone was a bomb that exploded the market, analysts said.", None),
    ("A mine exploded under a military truck in the east, killing four soldiers.",
     "REM_EXPLOS"),
    ("The coal mine exploded on Monday, killing 12 miners.", None),
    # found by a review of the rule (our own sentences)
    ("The bomb was detonated by the bomb squad on a nearby beach.", None),
    ("The mine blew up after methane built up in the shaft, killing 30 miners.", None),
    ("A stun grenade thrown by police injured a protester.", None),
    ("A petrol bomb thrown at the police station damaged the door.", None),
    ("A bomb dropped from a drone killed two soldiers.", None),
    ("The bombing was claimed by the Islamic State.", None),
]
BLAST_ASIDE = [
    ("A pipe bomb exploded outside a community hall in the early hours of Sunday.", "REM_EXPLOS"),
    ("a roadside bomb struck a convoy of aid workers, killing two drivers.", "REM_EXPLOS"),
    ("Four policemen died after a bomb planted under their car exploded.", "REM_EXPLOS"),
    ("A TEENAGE SUICIDE BOMBER BLEW HIMSELF UP AT A MOSQUE, KILLING NINE.", "SUIC_BOMB"),
    pytest.param("Grenades thrown into a crowded market wounded 23 people.", "GRENADE",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: spaCy makes 'thrown' the root and 'wounded' a clause of it, "
                     "with no subject of its own"))),
    ("A motorcycle bomb ripped through a busy street in the old city.", "REM_EXPLOS"),
    ("The militants threatened to set off more bombs in the capital.", None),
    ("A bomb scare forced the evacuation of the airport terminal.", None),
    ("The 1998 embassy bombings killed more than 200 people.", None),
    ("Firefighters said the explosion was caused by a leaking gas cylinder.", None),
    ("Her debut album was the bomb, fans said.", None),
    ("Cluster bombs dropped by jets killed six villagers.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), BLAST_DEV)
def test_device_blasts(parse, sentence, expected):
    assert device_blast(parse(sentence), realis) == expected


@pytest.mark.parametrize(("sentence", "expected"), BLAST_ASIDE)
def test_device_blasts_aside(parse, sentence, expected):
    assert device_blast(parse(sentence), realis) == expected


# Found by a review of the rules (sentences of our own).
BOMB_BEFORE = "Bomb kills five at market. A bomb exploded near the stalls."


@pytest.mark.parametrize(("sentence", "context", "expected"), [
    ("The airbag failed to go off in the crash, the device's maker admitted.", BOMB_BEFORE,
     False),
    ("The mine's alarm did not go off when the gas leaked, miners said.", "", False),
    ("If the bomb had failed to go off, dozens would have died, the police chief said.", "",
     False),
    ("Police later found a listening device hidden in the ambassador's office.", BOMB_BEFORE,
     False),
    ("Police seized 300 electronic devices in the raid.", BOMB_BEFORE, False),
    ("The device was made safe by army technicians.", BOMB_BEFORE, True),
])
def test_no_device_that_is_no_bomb(parse, sentence, context, expected):
    assert disrupted_device(parse(sentence), realis, context) is expected


# A blast named by its day, whose aftermath the sentence tells.
AFTERMATH = [
    ("Residents on Monday buried the victims of Saturday's bomb attack on the market in Quetta.",
     "REM_EXPLOS"),
    ("The death toll from Tuesday's suicide bombing at a mosque in Kunduz rose to 46 on "
     "Wednesday, officials said.", "SUIC_BOMB"),
    ("Relatives collected the bodies of the victims of yesterday's car bomb at the city "
     "morgue.", "REM_EXPLOS"),
    ("Families of the victims of the 2017 arena bombing met the minister on Monday.", None),
    ("The death toll from Tuesday's gas explosion at a restaurant rose to 16.", None),
    ("The victims of Saturday's crash were named by police on Monday.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), AFTERMATH)
def test_the_aftermath_of_a_blast_named_by_its_day(parse, sentence, expected):
    assert device_blast(parse(sentence), realis) == expected


# Written by a review of the rule (its own sentences): a day's bombing in a trial, a year's,
# an air raid's or a fire-bomb's is no placed device's blast told as news.
AFTERMATH_REVIEW = [
    ("Hundreds of mourners buried the victims of Friday's car bomb attack in the market "
     'town.', 'REM_EXPLOS'),
    ("The death toll from Wednesday's suicide bombing at the mosque rose to 31, "
     'officials said.', 'SUIC_BOMB'),
    pytest.param(
        "the number of dead from monday's bomb blast in the capital has climbed to 19",
        'REM_EXPLOS', marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: 'the number of dead' puts the blast under 'number', not under a word of "
            'aftermath'))),
    ("Funerals were held on Sunday for the victims of yesterday's bombing at the bus "
     'station.', 'REM_EXPLOS'),
    ("Survivors of Tuesday's IED attack on the convoy described the moment of the "
     'explosion.', 'REM_EXPLOS'),
    pytest.param(
        "Doctors were treating the wounded from Thursday's twin bombings in the city centre.",
        'REM_EXPLOS', marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the parser makes 'wounded' a verb here"))),
    ("The toll in Saturday's bombing of the checkpoint rose to 12.", 'REM_EXPLOS'),
    pytest.param(
        "The toll of Saturday's suicide attack rose to 12.",
        'SUIC_BOMB', marks=pytest.mark.xfail(strict=True, reason=(
            'a miss: a suicide attack with no device named is left to the model'))),
    ("Relatives of those killed in Sunday's bombing gathered outside the morgue.", 'REM_EXPLOS'),
    ('Relatives of the victims of the Easter Sunday bombings marked the fifth '
     'anniversary with a Mass.', None),
    ("Survivors of Easter Sunday's bombings in 2019 are still waiting for compensation.", None),
    ("A memorial was unveiled to the victims of Bloody Friday's bombings, which killed "
     'nine people in Belfast.', None),
    ("The victims of Friday's bomb hoax were allowed back into their homes.", None),
    ("The death toll from Tuesday's gas explosion at the apartment block rose to seven.", None),
    ("The victims of Monday's bomb scare at the airport were passengers stranded for "
     'hours.', None),
    ("The death toll from Monday's bombing of the market by government warplanes rose to"
     ' 40.', None),
    ("The death toll from Sunday's air raid on the village rose to 17.", None),
    ("Victims of Saturday's bombing raid on the city included six children.", None),
    ("The dead from Friday's barrel bomb attack on Aleppo included 11 children.", None),
    ("The victims of Thursday's drone strike were buried in the village.", None),
    ("The trial heard that the victims of Sunday's bombing had no chance to escape.", None),
    ('A court in Paris on Monday sentenced the man who supplied the explosives; the '
     "victims of Friday's bombing, which happened in 2015, were remembered.", None),
    ("Lawyers for the victims of Saturday's bombing said they would sue the city for "
     'negligence.', None),
    ("The victims of Tuesday's bath bomb promotion received free samples.", None),
    ("The victims of Wednesday's bomb threat at the school were sent home early.", None),
    ("The victims of Friday's fire-bomb attack on the house were named as a woman and "
     'her two sons.', None),
]


@pytest.mark.parametrize(("sentence", "expected"), AFTERMATH_REVIEW)
def test_review_of_aftermaths_of_blasts(parse, sentence, expected):
    assert device_blast(parse(sentence), realis) == expected


# Explosives worn on the body set off: a suicide bombing whatever the word "suicide"
# (devices.worn_device). WORN_ASIDE was written with WORN and run once, not tuned on.
WORN = [
    ("A bomber detonated an explosives belt among passengers queuing at the ferry terminal.",
     True),
    ("An attacker detonated his explosive-laden vest outside a mosque in Peshawar.", True),
    ("A teenage girl detonated explosives strapped to her body at a market.", True),
    ("A man set off a bomb belt at a police academy, killing 20 cadets.", True),
    # hard negatives
    ("Police found an explosive vest in a house in Kano.", False),
    ("Bomb-disposal experts detonated the suicide vest in a controlled explosion.", False),
    ("A man detonated a car bomb outside the embassy.", False),
    ("Troops detonated explosives to destroy a rebel tunnel.", False),
    ("A vendor selling belts and jackets was killed when a bomb exploded.", False),
    ("The attacker did not detonate his explosive vest, police said.", False),
    ("Fans set off flares on the terraces.", False),
]
WORN_ASIDE = [
    ("A woman triggered an explosive belt at the entrance of a hospital in Kandahar.", True),
    ("The assailant detonated a vest packed with explosives inside the wedding hall.", True),
    ("Witnesses said a youth detonated a bomb tied to his waist near the checkpoint.", True),
    ("Engineers safely detonated two explosive belts found in the tunnel.", False),
    ("Security guards seized a man wearing an explosives vest before he reached the gate.",
     False),
    ("He set off fireworks strapped to a pole in the square.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), WORN)
def test_explosives_worn_on_the_body_set_off_are_a_suicide_bombing(parse, sentence, expected):
    from eventwire.events.devices import worn_device
    assert worn_device(parse(sentence), realis) is expected


def test_worn_devices_held_aside(parse):
    from eventwire.events.devices import worn_device
    right = sum(worn_device(parse(s), realis) is e for s, e in WORN_ASIDE)
    assert right >= len(WORN_ASIDE) - 1, right
