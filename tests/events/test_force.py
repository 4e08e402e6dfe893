"""The state's force used on a crowd, read from the parse (events/force.py), as
:func:`.crowds.protest_kind` reads it.

Sentences written for these tests, hard negatives included (armed men of no state, crowds
told violent, people gathered with no protest, things blocking a road, deaths of no one or
of the police). ``ASIDE`` was written with them and checked only once the rule was set.
"""

from __future__ import annotations

import pytest

from eventwire.events.crowds import protest_kind
from eventwire.events.force import FORCE, INTERVENED, deaths_told, mourned_only
from eventwire.events.realis import realis

DEV = [
    ('Troops opened fire on demonstrators in the capital on Monday, killing five.', FORCE),
    ('Police shot dead three protesters in Mombasa on Tuesday.', FORCE),
    ('Four marchers were shot dead by soldiers in Bamako on Friday.', FORCE),
    ('SECURITY FORCES OPEN FIRE ON STUDENT MARCH IN KHARTOUM, TWO DEAD.', FORCE),
    ('police fire on villagers protesting against a dam in odisha, killing one.', FORCE),
    ("Soldiers fired live rounds at a crowd of protesters outside the governor's office on "
     'Sunday.',
     FORCE),
    ('Police dispersed the rally in Conakry on Thursday, killing two.', FORCE),
    ('Riot police beat students who were marching to parliament, leaving dozens injured.', FORCE),
    ('The army opened fire on miners who had blocked the highway near Oruro, killing three.',
     FORCE),
    ('Police fired tear gas at teachers marching on the education ministry in Nairobi.',
     INTERVENED),
    ('Police used water cannon against taxi drivers who blocked the airport road on Monday.',
     INTERVENED),
    ('Riot police fired rubber bullets at nurses who were rallying outside the health ministry.',
     INTERVENED),
    ('Police in Dhaka fired tear gas and rubber bullets at garment workers demanding unpaid '
     'wages.',
     INTERVENED),
    ('Tear gas was fired at hundreds of demonstrators near the presidential palace on Saturday.',
     INTERVENED),
    ('Police turned water cannon on striking dockers at the port of Antwerp.', INTERVENED),
    ('Gunmen opened fire on a protest march in the north, killing four.', None),
    ('Police fired tear gas at rioters who had set fire to a bank.', None),
    ('Police shot dead two protesters as the crowd tried to storm the station.', None),
    ('Soldiers opened fire on villagers gathered at a well, killing five.', None),
    ('Troops fired on a car that blocked the checkpoint road.', None),
    ('Police fired warning shots into the air as fans left the stadium.', None),
    ('Police said they would use tear gas against any protesters who blocked the road.', None),
    ('Three protesters were killed in a stampede at the rally, organisers said.', None),
    ('Protesters marched peacefully and no one was killed or hurt.', None),
    ('Protesters killed two police officers during the march, the ministry said.', None),
    ('Police fired on gunmen who had attacked a checkpoint.', None),
    ('Soldiers opened fire on civilians queueing for aid in Gaza City, killing 20.', None),
]
ASIDE = [
    ('POLICE OPEN FIRE ON FARMERS MARCHING TO DELHI, ONE DEAD.', FORCE),
    ('Troops shot dead six people protesting against the coup in Mandalay on Sunday.', FORCE),
    ('Riot police lobbed tear gas canisters at students who occupied the campus.', INTERVENED),
    ('police used pepper spray on climate activists blocking a motorway in the hague.',
     INTERVENED),
    ('Unidentified men fired on a rally of opposition supporters, wounding three.', None),
    ('Police fired tear gas at looters in the market on Tuesday.', None),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_force_used_on_a_crowd(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=(
        "a miss on the aside: the parser reads 'open' in the capitals' headline as an "
        "adjective, so no verb of aim is read")))
    if case[0].startswith("POLICE OPEN FIRE ON FARMERS") else case for case in ASIDE])
def test_aside_sentences(parse, sentence, expected):
    assert protest_kind(parse(sentence), realis) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Troops fired on the march, killing two.", True),
    ("Soldiers open fire on protesters, three dead.", True),
    ("No one was killed, police said.", False),
    ("Protesters stabbed a man, killing two police officers.", False),
])
def test_deaths_told_not_denied_and_not_of_the_state(parse, sentence, expected):
    assert deaths_told(parse(sentence)) is expected


# Harm told only of those a crowd gathers for: the harm came before, not to the crowd.
# MOURNED_ASIDE was written with MOURNED and checked once the rule was set: 4 of 4.
MOURNED = [
    ("Hundreds gathered on the seafront on Monday night for a candlelight vigil for the "
     "shoppers shot dead at the market.", True),
    ("Thousands marched through Bamako on Sunday to mourn the 20 villagers killed in last "
     "week's massacre.", True),
    ("Mourners held a vigil outside the mosque for the worshippers killed in Friday's "
     "bombing.", True),
    ("Crowds lined the streets for the funerals of the three miners killed in the blast.", True),
    ("Police fired tear gas at mourners at a vigil for the slain activist, wounding three.",
     False),
    ("Security forces shot dead two protesters at a vigil in Niamey on Sunday.", False),
    ("Soldiers opened fire on a funeral procession, killing four mourners.", False),
    ("Hundreds gathered outside parliament to demand higher wages.", False),
    # a list of the dead before the participle (the parser hangs it on the main verb)
    ("Relatives gathered at the hospital gates for prayers for the two nurses and a porter "
     "gunned down in the ward on Friday, and urged the minister to resign.", True),
    ("Villagers marched to the district office for a memorial for the teacher and three "
     "pupils killed by the landslide, demanding new school buildings.", True),
    ("Students gathered for a vigil for the editor and two reporters killed by militiamen "
     "last week, and called for an inquiry.", True),
    ("Crowds gathered in the square and protesters beaten by riot police were taken to "
     "hospital.", False),
    ("Hundreds gathered for a vigil, and two organisers shot by police died in hospital.",
     False),
]
MOURNED_ASIDE = [
    ("Students held a silent march on Tuesday in memory of the classmates killed in the "
     "school attack.", True),
    ("Families prayed at a vigil for the fishermen murdered off the coast last month.", True),
    ("Riot police beat mourners at the funeral of the slain student, injuring a dozen.", False),
    ("Troops killed two people when they fired on a vigil in the capital.", False),
    # written with the list-of-the-dead cases above, checked once: 1 of 3. The misses: the
    # tagger read "shot" after a list as a past tense (now read too); "drowned" is no word of
    # harm the rule reads, so no harm is told and the rule stays out (expectation mis-set)
    ("Fishermen gathered at the harbour for prayers for the skipper and four deckhands "
     "drowned when the trawler was rammed, and demanded navy escorts.", False),
    ("Crowds marched for the pastor and his two sons shot dead at the church door.", True),
    ("Mourners gathered in the stadium and a steward wounded by gunfire was flown out.",
     False),
]


@pytest.mark.parametrize(("sentence", "expected"), MOURNED)
def test_harm_told_only_of_the_mourned(parse, sentence, expected):
    assert mourned_only(parse(sentence)) is expected


@pytest.mark.parametrize(("sentence", "expected"), MOURNED_ASIDE)
def test_harm_of_the_mourned_aside(parse, sentence, expected):
    assert mourned_only(parse(sentence)) is expected
