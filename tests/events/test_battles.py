"""An armed group's assault on the state's forces, read from the parse (events/battles.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
rule was run on either list and is only checked, never tuned on.
"""

from __future__ import annotations

import pytest

from eventwire.events.battles import armed_fighting, assault_on_forces
from eventwire.events.realis import realis

DEV = [
    ("Militants attacked an army post near the border on Sunday, killing three soldiers.",
     True),
    ("Gunmen opened fire on a police checkpoint on the highway late on Friday.", True),
    ("Rebels ambushed a military convoy in the hills, officials said.", True),
    ("Insurgents stormed the police station in the district headquarters overnight.", True),
    ("UNKNOWN ARMED MEN FIRED ON SOLDIERS GUARDING THE BRIDGE ON TUESDAY.", True),
    ("Militants fired rockets at an army base near the town.", False),
    ("Gunmen opened fire on a bus carrying pilgrims, killing nine.", False),
    ("A suspect opened fire on officers during a traffic stop.", False),
    ("Protesters attacked the police station with stones.", False),
    ("Soldiers attacked a rebel camp in the forest on Monday.", False),
    ("Gunmen stormed a government school and abducted dozens of pupils.", False),
    ("The militants threatened to attack army posts across the province.", False),
    ("Jihadists overran an army base and took control of the town.", False),
    ("Rebels attacked a police station in 2015, killing four officers.", False),
    ("The report said militants who attacked a police post last year had been jailed.", False),
]
ASIDE = [
    ("Armed men raided a gendarmerie post in the east before dawn, the ministry said.", True),
    ("separatist fighters ambushed an army patrol near the village on thursday.", True),
    ("Militiamen opened fire on troops at a checkpoint outside the city.", True),
    ("Bandits attacked soldiers escorting a convoy of traders on the road to the market.",
     True),
    ("Gunmen attacked a wedding party in the village, killing 12 guests.", False),
    ("Militants set off a car bomb at the gates of the army base.", False),
    ("Police said a drunk man fired at officers outside a bar.", False),
    ("Rebels may attack the base if talks fail, analysts warned.", False),
    ("Troops opened fire on rebels who had crossed the river.", False),
]
# Forces fired on ("came under fire"), and the idiom's other sense: criticism.
UNDER_FIRE = [
    ("A patrol of Malian soldiers came under heavy fire near Gao on Tuesday, the army said.",
     True),
    ("Police officers sent to the farm came under fire from a barn, a spokesman said.", True),
    ("The checkpoint came under attack from gunmen shortly after midnight.", True),
    ("The striker came under fire from fans after the defeat on Saturday.", False),
    ("The minister came under fire from opposition lawmakers over the budget.", False),
    ("The police chief came under fire for the handling of the march.", False),
    ("The army post came under rocket fire overnight.", False),
    ("Soldiers could come under fire if they cross the river, a commander warned.", False),
]
UNDER_FIRE_ASIDE = [
    ("french troops came under fire from militants near the border on friday.", True),
    ("A GENDARMERIE POST CAME UNDER ATTACK BEFORE DAWN, THE MINISTRY SAID.", True),
    ("The coach came under fire from pundits for his team selection.", False),
    pytest.param("Police came under fire from rights groups over the arrests.", False,
                 marks=pytest.mark.xfail(strict=True, reason="a false reading: the parse hangs "
                                         "'over the arrests' on the groups, not on 'came', "
                                         "and 'rights groups' names no actor")),
    ("The base came under mortar attack on Sunday.", False),
]


# One state's forces firing on another's, and the target a firing shares with a throw or a
# verb before it.
BETWEEN_STATES = [
    ("Kyrgyz border guards opened fire from mortars and small arms on a Tajik border post.",
     True),
    ("Indian troops fired at Pakistani army posts across the Line of Control on Monday.", True),
    ("Israeli soldiers opened fire on Lebanese troops at the border.", True),
    ("Thai soldiers attacked a Cambodian military outpost near the disputed temple.", True),
    ("Gunmen fired rifles and threw explosives at the police station for two hours.", True),
    ("Hundreds of gang members armed with rifles surrounded the police station and fired on it.",
     True),
    ("Indian troops fired at Indian police by mistake.", False),
    ("Iranian border guards fired on Afghan migrants crossing the border.", False),
    ("Police opened fire on protesters in the capital.", False),
    ("The army opened fire on a rebel camp near the border.", False),
    ("Youths threw stones and fired fireworks at the police station.", False),
    # found by a review of the rule (our own sentences): craft and fire that is no battle's
    ("Russian jets fired on a Ukrainian army post near Kharkiv.", False),
    ("Chinese coast guard vessels fired water cannon at a Philippine navy supply boat.", False),
    ("Indian troops fired flares at a Pakistani army post.", False),
]
BETWEEN_STATES_ASIDE = [
    ("Eritrean troops opened fire on Ethiopian soldiers near the border town on Sunday.", True),
    ("azerbaijani forces attacked armenian army positions overnight, the ministry said.", True),
    ("Chinese and Indian soldiers fought with clubs and stones in the valley.", False),
    ("North Korean guards fired at a defector running across the line.", False),
    ("Venezuelan soldiers fired warning shots at a Colombian fishing boat.", False),
    ("The rebels surrounded the army barracks and fired on them until dawn.", True),
]


@pytest.mark.parametrize(("sentence", "expected"), BETWEEN_STATES)
def test_fire_between_states_and_shared_targets(parse, sentence, expected):
    assert assault_on_forces(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), BETWEEN_STATES_ASIDE)
def test_fire_between_states_aside(parse, sentence, expected):
    assert assault_on_forces(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_assaults_on_the_forces(parse, sentence, expected):
    assert assault_on_forces(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert assault_on_forces(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), UNDER_FIRE + UNDER_FIRE_ASIDE)
def test_forces_under_fire(parse, sentence, expected):
    assert assault_on_forces(parse(sentence), realis) is expected


# Fighting between armed sides told as the sentence's news; FIGHTING_ASIDE is only checked.
FIGHTING = [
    ("Violent clashes broke out on Tuesday between two armed groups in the south of the city.",
     True),
    ("Clashes between the army and Kurdish fighters in the north left five dead on Sunday.",
     True),
    ("Clashes broke out between police and stone-throwing youths after the match.", False),
    ("Fighting between the army and the rebels has killed 4,000 people this year.", False),
    ("Fighting between the two parties in parliament delayed the budget vote.", False),
    ("Residents fled after clashes between the army and militants in 2019.", False),
]
FIGHTING_ASIDE = [
    ("heavy fighting erupted between rival militias near the airport overnight.", True),
    ("A GUNBATTLE BETWEEN SOLDIERS AND INSURGENTS RAGED FOR HOURS ON FRIDAY.", True),
    ("Clashes between protesters and riot police left dozens injured.", False),
    ("Fighting between the army and separatists has continued since March.", False),
]


# ENGAGED_ASIDE was written before the rule ran and is only checked.
ENGAGED = [
    ("A joint team of police and soldiers engaged the bandits in a gun duel along the highway.",
     True),
    ("Troops engaged the insurgents in a fierce gun battle near the village on Sunday.", True),
    ("Soldiers engaged the militants in a firefight that lasted two hours.", True),
    ("The minister engaged the unions in talks on Monday.", False),
    ("Police engaged the protesters in a dialogue.", False),
    ("Troops will engage the rebels in battle if they advance.", False),
    ("The striker engaged the defenders in a battle for the ball.", False),
    ("In 2015, troops engaged the insurgents in a long battle for the town.", False),
    ("Troops engaged the rebels in an exchange of prisoners.", False),
    ("Troops engaged the rebels in an exchange of fire near the village.", True),
    ("Soldiers engaged the militants in a battle for hearts and minds.", False),
]
ENGAGED_ASIDE = [
    pytest.param("OPERATIVES OF THE TASK FORCE ENGAGED THE KIDNAPPERS IN A SHOOTOUT IN THE "
                 "FOREST.", True, marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the actor table does not know 'operatives of the task force' "
                     "as the state's forces"))),
    ("vigilantes engaged the herdsmen in a gun battle, leaving three dead, residents said.",
     True),
    ("The coach engaged his players in a tactical battle of wits.", False),
    ("Police said they had not engaged the gunmen in any exchange of fire.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), ENGAGED + ENGAGED_ASIDE)
def test_armed_sides_engaged_in_a_fight(parse, sentence, expected):
    assert armed_fighting(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), FIGHTING + FIGHTING_ASIDE)
def test_fighting_between_armed_sides(parse, sentence, expected):
    assert armed_fighting(parse(sentence), realis) is expected


# An armed side returning another's fire: an exchange of fire.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Palestinian gunmen fired at Israeli armoured vehicles in the village, and troops "
     "returned fire, wounding two men.", True),
    ("Soldiers returned fire after their patrol was ambushed by militants near Gao.", True),
    ("Police returned fire when a man shot at officers outside a bar.", False),   # no side
    ("The company returned fire on its critics in a statement on Monday.", False),
    ("Troops did not return fire, the army said, after rebels shelled the camp.", False),
    ("Israeli police returned fire after a Palestinian assailant stabbed an officer.", False),
])
def test_fire_returned_by_an_armed_side(parse, sentence, expected):
    assert armed_fighting(parse(sentence), realis) is expected


# Fire exchanged by armed sides: a battle, whatever weapons fired it.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Syrian government forces and the Kurdish-led Syrian Democratic Forces exchanged heavy "
     "machine-gun and mortar fire near Deir Hafer on Friday.", True),
    ("Soldiers exchanged gunfire with M23 rebels outside Sake for two hours on Monday.", True),
    ("Indian and Pakistani troops traded fire across the Line of Control on Tuesday night.",
     True),
    ("The two ministers exchanged views on security in Ankara.", False),
    ("Supporters of the two candidates traded insults outside the hall.", False),
    ("Police exchanged fire with a suspect who had barricaded himself in a flat.", False),
    ("Troops and rebels exchanged fire in 2014, killing dozens.", False),
    ("Troops and rebels could exchange fire if the talks fail.", False),
])
def test_fire_exchanged_by_armed_sides(parse, sentence, expected):
    assert armed_fighting(parse(sentence), realis) is expected
