"""Arrests at an article's protest are the protest's intervention (events/protests.py)."""

from __future__ import annotations

import pytest

from mention_builders import mention

from eventwire.events.protests import INTERVENTION, PROTEST_CONFIDENCE, arrests_at_protests


MARCH = mention("PEACE_PROTEST", "Teachers marched to parliament to demand higher pay.",
                "marched")
DETAINED = mention("ARREST", "Forty-eight teachers were detained near the roundabout.",
                   "detained", 0.8, with_crime=0.95, scope="crime")
PLOT = mention("ARREST", "Police detained two men suspected of plotting the bombing.",
               "detained")


def labels(found):
    return [[m.type.label for m in ms] for ms in found]


def test_an_arrest_in_an_article_with_a_protest_is_its_intervention():
    found = arrests_at_protests([(MARCH,), (DETAINED,)])
    assert labels(found) == [["PEACE_PROTEST"], [INTERVENTION]]
    retyped = found[1][0]
    assert retyped.scope == "core"
    assert (retyped.confidence, retyped.confidence_with_crime) == (0.8, 0.95)


def test_arrests_after_riots_alone_stay_arrests_and_after_a_protest_are_its():
    """A lynching, a brawl of party workers or a riot is no peaceful protest met with
    intervention: the arrests told after it are the rioters' arrests. After a protest, or a
    protest that turned violent, they are its intervention, as they are when told before the
    crowd's acts."""
    mob = mention("MOB_VIOL", "Supporters of two parties fought with sticks and stones.",
                  "fought")
    riot = mention("VIOL_DEMONSTR", "Protesters threw stones at the police station.", "threw")
    assert labels(arrests_at_protests([(mob,), (DETAINED,)])) == [["MOB_VIOL"], ["ARREST"]]
    assert labels(arrests_at_protests([(riot,), (DETAINED,)])) == [["VIOL_DEMONSTR"],
                                                                    ["ARREST"]]
    assert labels(arrests_at_protests([(riot,), (mob,), (DETAINED,)]))[-1] == ["ARREST"]
    assert labels(arrests_at_protests([(MARCH,), (riot,), (DETAINED,)]))[-1] == [INTERVENTION]
    assert labels(arrests_at_protests([(riot,), (MARCH,), (DETAINED,)]))[-1] == [INTERVENTION]
    assert labels(arrests_at_protests([(DETAINED,), (riot,)]))[0] == [INTERVENTION]
    # an unsure protest told before is no protest the arrests were at
    unsure = mention("PEACE_PROTEST", MARCH.sentence.text, "marched", PROTEST_CONFIDENCE - 0.01)
    assert labels(arrests_at_protests([(riot,), (unsure,), (DETAINED,)]))[-1] == ["ARREST"]


def test_arrests_stay_arrests_without_a_sure_protest_or_with_political_violence():
    unsure = mention("PEACE_PROTEST", MARCH.sentence.text, "marched", PROTEST_CONFIDENCE - 0.01)
    assert labels(arrests_at_protests([(unsure,), (DETAINED,)])) == [["PEACE_PROTEST"],
                                                                     ["ARREST"]]
    assert labels(arrests_at_protests([(DETAINED,)])) == [["ARREST"]]
    assert labels(arrests_at_protests([(MARCH,), (PLOT,)])) == [["PEACE_PROTEST"], ["ARREST"]]
    doubted = mention("ARREST", "No one was arrested, police said.", "arrested", 0.2,
                      with_crime=0.9, scope="crime")
    assert labels(arrests_at_protests([(MARCH,), (doubted,)])) == [["PEACE_PROTEST"],
                                                                   ["ARREST"]]


def test_a_suspects_arrest_is_a_crimes():
    suspect = mention("ARREST", "Officers arrested the suspect at his home on Sunday.",
                      "arrested")
    assert labels(arrests_at_protests([(MARCH,), (suspect,)])) == [["PEACE_PROTEST"],
                                                                   ["ARREST"]]


def test_a_background_arrest_is_left_as_it_is():
    old = mention("ARREST", "Three organisers were arrested at a march last year.", "arrested",
                  background=True)
    assert labels(arrests_at_protests([(MARCH,), (old,)])) == [["PEACE_PROTEST"], ["ARREST"]]



@pytest.mark.parametrize(("sentence", "before"), [
    ("Police placed at least 30 leaders under house arrest early on Tuesday to stop them from "
     "joining a march to the assembly.", True),
    ("Police detained two organisers ahead of Saturday's rally.", True),
    ("Police arrested the union leader hours before the planned strike.", True),
    ("Police arrested 20 people at the rally on Sunday.", False),
    ("Police detained 48 teachers as the march reached parliament.", False),
    ("Four people were arrested for trespassing before the protest ended.", False),
])
def test_an_arrest_before_the_protest_stays_an_arrest(sentence, before):
    arrest = mention("ARREST", sentence, "arrested" if "arrested" in sentence else (
        "detained" if "detained" in sentence else "placed"))
    found = labels(arrests_at_protests([(MARCH,), (arrest,)]))
    assert found == [["PEACE_PROTEST"], ["ARREST" if before else INTERVENTION]]


@pytest.mark.parametrize(("sentence", "away"), [
    ("On Friday, police detained the chairman of the traders' association at his home.", True),
    ("Police also arrested two organizers of the sit-in at their homes on Friday.", True),
    ("Three days later, police arrested five student leaders who had led the march.", True),
    ("Officers detained the union's secretary the next morning at a checkpoint.", True),
    ("The opposition leader was arrested the following day at his flat, his party said.", True),
    ("Police arrested the party's spokesman at his flat in the capital.", True),
    # at the crowd, whatever day; someone else's house; what came the day before
    ("Riot police detained dozens of people at a rally in the capital, the day after "
     "parliament adopted the law.", False),
    ("Police arrested 50 students during the march, a day after the university raised fees.",
     False),
    ("Police arrested 18 nurses at the governor's house as they chanted slogans.", False),
    ("Police detained 12 workers in their hotel where they were staging the sit-in.", False),
    ("Police detained 40 people protesting outside the embassy the next morning.", False),
    ("Police arrested 20 students at the ministry gate after they refused to leave.", False),
    ("Forty protesters were detained at the sit-in and released in the evening.", False),
    ("Officers arrested six workers who blocked the port gate.", False),
    ("Police detained dozens of marchers near the home secretary's office.", False),
    ("Later, police arrested 12 people in the square.", False),
])
def test_an_arrest_away_from_the_crowd_or_days_after_it_stays_an_arrest(sentence, away):
    arrest = mention("ARREST", sentence, "arrested" if "arrested" in sentence else "detained")
    expected = "ARREST" if away else INTERVENTION
    assert labels(arrests_at_protests([(MARCH,), (arrest,)])) == [["PEACE_PROTEST"], [expected]]
