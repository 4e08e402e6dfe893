"""What happened at a protest, read from the parse (events/crowds.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.crowds import INTERVENED, VIOLENT, asked_or_denied, protest_kind, riot
from eventwire.events.model import Judgement
from eventwire.events.realis import realis
from eventwire.events.gatherings import crowd_gathering

DEV = [
    ("Police removed a dozen protesters who had refused to leave the council chamber on Tuesday "
     "night, carrying some of them out.", INTERVENED),
    ("Officers cleared the square early on Wednesday, escorting most of the demonstrators out "
     "and detaining three.", INTERVENED),
    ("Riot police broke up a sit-in by farmers outside parliament on Thursday.", INTERVENED),
    ("Police detained about 30 protesters who chained themselves to the railings of the "
     "ministry.", INTERVENED),
    ("Security forces dispersed the rally with batons and detained its organisers.", INTERVENED),
    ("Bailiffs and police evicted the occupiers from the empty office block on Monday morning.",
     INTERVENED),
    ("Police dismantled the protest camp outside the town hall at dawn.", INTERVENED),
    ("Police used tear gas to break up a crowd of demonstrators outside the court.", INTERVENED),
    ("Stones and bottles were thrown from the march at riot police as it passed the ministry.",
     VIOLENT),
    ("Protesters smashed the windows of the party office and set a car on fire on Friday.",
     VIOLENT),
    ("Some of the demonstrators hurled rocks at the police line.", VIOLENT),
    ("Marchers pelted the governor's convoy with eggs and tomatoes.", VIOLENT),
    ("Activists splashed red paint across the front of the bank's headquarters.", VIOLENT),
    ("Protesters burned tyres and blocked the main road into the city.", VIOLENT),
    ("Toward the end of the demonstration, two people splashed red paint across the home's "
     "front gate.", VIOLENT),
    ("During the march, several men smashed the windows of a bank.", VIOLENT),
    ("During the march, police beat two men with batons.", None),
    ("After the rally, two men attacked a shopkeeper in the market.", None),
    ("At the football match, some youths threw bottles at the referee.", None),
    ("Two people were attacked at the rally by a man with a knife.", None),
    ("Police shot dead two protesters as the crowd tried to storm the station.", None),
    ("Police threatened to clear the camp by Friday.", None),
    ("The protesters did not throw anything, organisers said.", None),
    ("Police said the protesters had been peaceful.", None),
    ("The crowd threw stones at the police station after the arrest.", None),
    ("Police arrested two men suspected of stealing cars.", None),
    ("Officers cleared the road after the crash.", None),
    ("Fans threw flares onto the pitch during the match.", None),
    ("The mayor removed the activists from the advisory board.", None),
    ("Police stopped the car at a checkpoint and arrested the driver.", None),
    ("Police arrested a climate activist at her home over a post calling for a blockade.", None),
    ("Police dispersed the crowd at the stadium after the final whistle.", None),
    ("Soldiers dismantled a rebel camp in the forest and seized rifles.", None),
    ("Protesters burned flags and effigies of the president outside the embassy.", None),
    ("Relations were cut when protesters stormed the embassy in 2016.", None),
    # part of a crowd told marching in the clause before
    ("Hundreds of teachers marched through the capital on Friday, and some threw bottles at "
     "police lines.", VIOLENT),
    ("SEVERAL THOUSAND STUDENTS HAD MARCHED TO THE COUNCIL, AND SOME OF THEM THREW STONES AND "
     "PETROL BOMBS.", VIOLENT),
    ("Pensioners marched to the ministry, and a few smashed the glass doors.", VIOLENT),
    ("Thousands marched peacefully through the city, and some sang songs.", None),
    ("The workers marched to the depot, and some threw their helmets in the air.", None),
    ("Farmers marched to the prefecture, and police threw a cordon around it.", None),
    # the session's review: acts of no harm, armed marchers (fixed as classes after it)
    ("Hundreds of nurses marched to the health ministry, and some set up tents outside the "
     "building.", None),
    ("Thousands marched through Barcelona, and some smashed pots and pans in protest.", None),
    ("Women marched in Tehran, and some burned their headscarves.", None),
    ("Indigenous leaders marched to the Supreme Court, and some burned incense.", None),
    ("Soldiers marched into the town of Kidal, and some attacked residents.", None),
]
ASIDE = [
    ("Riot officers dragged the students off the steps of the education ministry on Monday.",
     None),
    ("Security guards ejected the picketers from the factory gates before dawn.", INTERVENED),
    ("Demonstrators ransacked the mayor's office and overturned two police cars.", VIOLENT),
    ("Fireworks were hurled by protesters at the line of officers guarding parliament.",
     VIOLENT),
    ("Police escorted the marchers along the agreed route to the square.", None),
    ("Protesters threw flowers at the feet of the riot police.", None),
    ("Troops cleared the market after the blast.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE)
def test_the_kind_of_a_protest_from_who_did_what_to_whom(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected


def test_a_gathering_read_beside_the_kind_takes_that_kind(parse):
    from eventwire.events.overrides import parse_readings
    sent = parse("Police removed 14 protesters who refused to leave the lobby at about 10 p.m. "
                 "Friday, carrying some of them out on stretchers.")
    assert crowd_gathering(sent, realis)
    readings = parse_readings(sent, "VIOL_DEMONSTR", [], realis)
    assert {r.label for r in readings} == {INTERVENED}
    assert any(r.outranks for r in readings)


# A crowd, a mob or rioters by that name turning violent: a riot. RIOT_ASIDE was written before
# the rule ran and is only checked.
RIOT = [
    ("Crowds torched cars and stoned police in the northern suburbs on Tuesday night.", True),
    ("An angry mob set fire to a police station after a man died in custody.", True),
    ("Hundreds of rioters looted shops in the city centre on Sunday.", True),
    ("Looters ransacked supermarkets in the port after the storm.", True),
    ("When the doors opened at 9 a.m., the crowd stormed in to grab the bargains.", False),
    ("The crowd burned candles and flags outside the embassy.", False),
    ("The crowd cheered as the team's bus arrived.", False),
    ("Police said the mob had threatened to burn the mosque.", False),
    ("Youths threw stones at a passing car, police said.", False),
]
RIOT_ASIDE = [
    ("A MOB ATTACKED THE HOUSE OF A MAN ACCUSED OF BLASPHEMY IN THE VILLAGE ON FRIDAY.", True),
    ("rioters hurled petrol bombs at officers and overturned a police van in the town centre.",
     True),
    ("The crowd stormed the pitch after the final whistle and attacked the referee.", True),
    ("The crowd did not damage any property, police said.", False),
    ("Shoppers mobbed the store when the sale began.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), RIOT + RIOT_ASIDE)
def test_a_crowd_or_mob_turning_violent_is_a_riot(parse, sentence, expected):
    assert riot(parse(sentence), realis) is expected


# Found by a review of the rule (sentences of our own): joy, rites, music, feelings, history.
@pytest.mark.parametrize("sentence", [
    "Crowds threw confetti and set off fireworks across the harbour as the new year began.",
    "Crowds burned incense at the temple for the festival on Sunday.",
    "Crowds stormed the pitch after the final whistle to celebrate the title.",
    "Crowds set a new attendance record at the stadium.",
    "The crowd beat drums and danced in the square.",
    "The crowd burned with anger as the verdict was read.",
    "In 1992 a mob stormed the mosque in the old city.",
])
def test_a_crowds_joy_rite_or_past_is_no_riot(parse, sentence):
    assert riot(parse(sentence), realis) is False


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police began removing the tents and loading belongings into a city truck while "
     "protesters watched from behind a line of officers.", INTERVENED),
    ("Officers dismantled about 30 tents of the protest camp outside the ministry at dawn.",
     INTERVENED),
    ("City crews removed the tents of homeless people from under the bridge on Tuesday.", None),
    ("Volunteers put up tents for the flood victims on the school grounds.", None),
])
def test_the_tents_of_a_protest_camp_cleared_by_police(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected


def _judged(label: str) -> Judgement:
    return Judgement(label=label, event=0.9, realis=1.0, background=0.0, crime=0.0)


# Stepping in that the crowd asks for or that did not happen is no intervention.
ASKED_OR_DENIED = [
    ("Hundreds of students marched on Tuesday demanding the arrest of the men accused of the "
     "assault.", "PEACE_PROTEST"),
    ("Students rallied on Wednesday urging the release of jailed classmates.",
     "PEACE_PROTEST"),
    ("About 500 people marched on Tuesday; police watched from a distance and no one was "
     "detained.", "PEACE_PROTEST"),
    ("Police fired tear gas to disperse the protesters and arrested 12.", "PROTEST_WITH_INTER"),
    ("Police detained 30 people as hundreds marched demanding the release of prisoners.",
     "PROTEST_WITH_INTER"),
    ("Protesters blocked the road demanding the release of the activist.", "PROTEST_WITH_INTER"),
    # a crowd doing violence for its demand is no peaceful protest, whatever the police did
    ("Police shot dead two protesters on Wednesday when a crowd stormed the district office to "
     "demand the release of a leader arrested on Tuesday.", "PROTEST_WITH_INTER"),
    ("Police killed three people in Kano as protesters who threw stones at the governor's "
     "convoy demanded the release of detained students.", "PROTEST_WITH_INTER"),
    ("Two demonstrators died when the crowd tried to storm the prison, demanding the release "
     "of their jailed imam.", "PROTEST_WITH_INTER"),
    ("Hundreds of villagers marched on Friday demanding the arrest of the men who killed a "
     "farmer.", "PEACE_PROTEST"),
    ("Mothers of the dead held a silent vigil, urging the release of those detained after the "
     "riots.", "PEACE_PROTEST"),
]


@pytest.mark.parametrize(("sentence", "expected"), ASKED_OR_DENIED)
def test_stepping_in_asked_for_or_denied_is_no_intervention(parse, sentence, expected):
    assert asked_or_denied(_judged("PROTEST_WITH_INTER"), parse(sentence),
                           realis).label == expected


# Followers of a party or a team, and youths, damaging or looting: a riot.
UNRULY = [
    ("OPPOSITION SUPPORTERS SET FIRE TO TWO BUSES AND LOOTED SHOPS ON MONDAY.", True),
    ("Football fans smashed shop windows and overturned cars after the match.", True),
    ("Supporters of the losing candidate torched a police station on Tuesday.", True),
    ("Youths looted shops in the market after the curfew ended.", True),
    ("Party supporters burned effigies of the governor outside the assembly.", False),
    ("Fans set off flares and sang in the stands throughout the match.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), UNRULY)
def test_followers_and_youths_damaging_or_looting_riot(parse, sentence, expected):
    assert riot(parse(sentence), realis) is expected


# Ordinary groups doing violence during their protest: the protest turned violent.
GROUPS_AT_PROTEST = [
    ("Students smashed the windows of the ministry during a protest over fees on Monday.",
     VIOLENT),
    ("Farmers dumped manure and smashed the gate of the prefecture during a protest.", VIOLENT),
    ("Students attended lectures during the protest on Monday.", None),
    ("Police smashed the windows of the students' union during a protest.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), GROUPS_AT_PROTEST)
def test_ordinary_groups_doing_violence_during_their_protest(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected


# One activist killed is an attack on a person, not force on a protest, unless the sentence
# names the protest (session 21, from a review's false event).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("A land rights activist was shot dead by police at a checkpoint on Tuesday.", None),
    ("Police shot dead an activist who was leading a march in the capital on Friday.",
     "FORCE_AGAINST_PROTEST"),
    ("Police shot dead three activists blocking the highway on Friday.",
     "FORCE_AGAINST_PROTEST"),
])
def test_one_activist_is_no_crowd_unless_the_protest_is_named(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected
