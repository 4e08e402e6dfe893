"""A fight between unarmed groups of people is mob violence, not a battle (events/brawls.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written before the
reading was run on it; it failed two at first (a side named "the opposition" beside a group
noun; "fought" parsed as hung on a noun, with no subject), both mended as classes.
``ASIDE2`` was written after that and is only checked.
"""

from __future__ import annotations

import pytest

from eventwire.events.brawls import brawl
from eventwire.events.realis import realis

DEV = [
    ("Rival party supporters fought with sticks and stones in the Lyari area of Karachi on "
     "Friday, leaving one man dead, police said.", True),
    ("Villagers from two neighbouring villages clashed with sticks and clubs over a disputed "
     "farm near Makurdi on Sunday, injuring nine people.", True),
    ("ONE MAN WAS KILLED AND 40 INJURED WHEN SUPPORTERS OF TWO PARTIES FOUGHT WITH STICKS AND "
     "CRUDE BOMBS IN SATKANIA ON FRIDAY, POLICE SAID.", True),
    ("Members of two rival student unions clashed with iron rods on the campus on Tuesday, "
     "injuring 15.", True),
    ("football fans clashed outside the stadium after the derby, leaving six people in "
     "hospital.", True),
    ("Rebels and soldiers clashed near the town of Oicha on Sunday, leaving five dead.", False),
    ("Villagers clashed with gunmen who had stormed the settlement, leaving four dead.", False),
    ("Party supporters exchanged gunfire in the market, killing two.", False),
    ("Members of two rival cult groups clashed in Benin City on Saturday night.", False),
    ("Board members clashed over the budget at Tuesday's meeting.", False),
    ("Students clashed with police outside the parliament on Monday.", False),
    ("Supporters of the two parties fought with sticks in 2019, a court heard.", False),
    ("Supporters of the two parties may clash with sticks if the count is delayed.", False),
]
ASIDE = [
    ("Workers of the ruling party and the opposition clashed with bamboo sticks and bricks "
     "in Howrah on Sunday, injuring 12.", True),
    pytest.param("youths from two villages fought with knives and axes over a water point, "
                 "police said.", True, marks=pytest.mark.xfail(
        strict=True, reason="a miss since the review: blades among groups that are not "
        "followers are left to the model, as communal militias fight with them")),
    ("Fans of the two clubs fought in the streets before the match, police said.", True),
    ("Herders and farmers clashed near Jos, leaving nine dead, officials said.", False),
    ("Militiamen and villagers fought with machetes in Ituri on Friday.", False),
    ("Two ministers clashed over the fuel subsidy in cabinet on Wednesday.", False),
]

# The session's review: communal and ethnic groups, cults, blades (fixed as classes after it).
REVIEW = [
    ("Hema and Lendu villagers clashed with machetes in Djugu territory, killing 18.", False),
    ("MEMBERS OF THE MASALIT AND ARAB COMMUNITIES CLASHED WITH KNIVES AND STICKS IN GENEINA, "
     "KILLING 23.", False),
    ("Members of two rival cult groups fought with machetes in Calabar.", False),
    ("Youths from two villages fought with spears over grazing land.", False),
    ("Supporters of the two parties fought with machetes and sticks outside the polling "
     "station.", True),
]
ASIDE2 = [
    ("Supporters of the two candidates fought with stones outside the polling station in "
     "Kisumu, leaving three injured.", True),
    pytest.param("TRADERS AND TRANSPORTERS CLASHED WITH MACHETES AT THE MOTOR PARK ON MONDAY.",
                 True, marks=pytest.mark.xfail(
        strict=True, reason="a miss since the review: blades among groups that are not "
        "followers are left to the model, as communal militias fight with them")),
    ("Residents and soldiers clashed after a roadblock was set up, officials said.", False),
    ("The two teams' coaches clashed at the press conference.", False),
    ("Supporters of the party clashed with riot police who fired tear gas.", False),
]


# Each list's provenance is in its name (see the module docstring); one test reads them all.
@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE + ASIDE2 + REVIEW)
def test_brawls(parse, sentence, expected):
    assert brawl(parse(sentence), realis) is expected


# Communities, clans, castes and sects that fight with crude weapons and no blades riot
# (session 21, from a review's class); with blades or guns they stay battles.
COMMUNAL = [
    ("Residents of two castes clashed with stones and bricks in a village near Meerut on "
     "Sunday, injuring 14.", True),
    ("MEMBERS OF TWO CLANS FOUGHT WITH STICKS AND STONES OVER A WATERING HOLE NEAR WAJIR, "
     "POLICE SAID.", True),
    ("Members of the two sects clashed with rocks outside the shrine on Friday.", True),
    ("hindu and muslim groups clashed with stones in the market area on wednesday evening.",
     True),
    ("Members of two communities clashed with machetes in the hills, killing 11.", False),
    ("Clan militias fought with sticks and rifles near Beledweyne on Monday.", False),
    ("Fighters of two clans clashed near the well on Monday, leaving six dead.", False),
    ("Members of two ethnic militias fought with sticks and stones in the valley.", False),
    ("Members of two rival cult groups clashed with bottles in Benin City.", False),
    ("Leaders of the two communities clashed over the temple's funds at the meeting.", False),
]
COMMUNAL_ASIDE = [
    ("Youths of two tribes fought with clubs and stones at the cattle market on Saturday.",
     True),
    ("Members of the Sunni and Shia communities pelted each other with stones and clashed "
     "with sticks in the old quarter.", True),
    ("Tribesmen clashed with spears and arrows over grazing rights, killing four.", False),
    ("Two rival gangs fought with bottles outside the club.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), COMMUNAL + COMMUNAL_ASIDE)
def test_communities_fighting_with_crude_weapons_riot(parse, sentence, expected):
    assert brawl(parse(sentence), realis) is expected


MOB_BEATINGS = [
    # a crowd by its noun, or a group of people counted as one
    ("A mob of villagers beat a man to death with sticks on Sunday after accusing him of "
     "theft.", True),
    ("A trader was beaten by a crowd of about 50 people at the market on Sunday.", True),
    ("A cattle trader and his driver were stopped by about 30 men who dragged them from their "
     "van and beat them with clubs and stones.", True),
    ("Dozens of youths attacked a bus carrying supporters of the rival club with stones.", True),
    ("A CROWD LYNCHED TWO MEN SUSPECTED OF STEALING A MOTORCYCLE ON TUESDAY.", True),
    # a few men, an armed group, guns or blades, police, no beating
    ("Two men beat a shopkeeper with a rod in his store on Sunday.", False),
    ("Rebels beat two villagers with sticks before abducting them.", False),
    ("About 20 gunmen beat and then shot dead two farmers near the village.", False),
    ("A group of about 15 men attacked the family with machetes, killing three.", False),
    ("Police beat dozens of protesters with batons in the square.", False),
    ("A crowd of about 200 people gathered outside the police station to demand his release.",
     False),
]


@pytest.mark.parametrize(("sentence", "expected"), MOB_BEATINGS)
def test_a_crowds_beating_of_people_is_mob_violence(parse, sentence, expected):
    from eventwire.events.brawls import mob_beating
    assert mob_beating(parse(sentence), realis) is expected
