"""An arrest in a political or armed conflict, read from the parse (events/arrests.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest
from mention_builders import mention

from eventwire.events.arrests import (
    IN_CONFLICT_SHARE,
    arrested_away,
    arrests_in_conflict,
    conflict_arrest,
    political_arrest,
    preempted_protest,
)
from eventwire.events.realis import realis

DEV = [
    ("Police detained three men suspected of plotting the bombing.", True),
    ("The attacker's brother and father were arrested on Tuesday.", True),
    ("Security forces arrested a senior rebel commander in the north.", True),
    ("Two suspected militants were taken into custody after the raid.", True),
    ("Police arrested two men after a string of burglaries.", False),
    ("Police arrested dozens of protesters outside parliament.", False),
    ("Troops seized weapons and explosives from the militants' hideout.", False),
    ("Gunmen detained the passengers at a checkpoint.", False),
    ("The suspect, who was arrested in 2019 after the attack, was released.", False),
    ("Police want to arrest the men behind the bombing.", False),
    ("The bomber's home was searched and his mother and sister were detained.", True),
    ("A second gunman was arrested near the scene of the attack on Sunday.", True),
]
ASIDE = [
    ("AUTHORITIES ARRESTED FOUR PEOPLE LINKED TO THE SUICIDE ATTACK ON THE BASE.", True),
    ("anti-terror police detained a teenager over an alleged plot.", True),
    ("Officers arrested a driver for speeding near the school.", False),
    ("Militants abducted and detained two aid workers.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV)
def test_arrests_in_a_conflict(parse, sentence, expected):
    assert conflict_arrest(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), ASIDE)
def test_aside_sentences(parse, sentence, expected):
    assert conflict_arrest(parse(sentence), realis) is expected


# An article's arrests where it reports political violence (arrests_in_conflict).
BOMBING = mention("SUIC_BOMB", "A suicide bomber killed nine people at a market.", "bomber",
                   0.95)
ROUTINE = mention("ARREST", "Police arrested two men overnight in the east of the city.",
                   "arrested", 0.2, with_crime=0.9, scope="crime")


def test_an_arrest_in_an_article_of_political_violence_is_in_scope():
    (bomb,), (arrest,) = arrests_in_conflict([(BOMBING,), (ROUTINE,)])
    assert bomb is BOMBING
    assert arrest.scope == "core"
    assert arrest.confidence == round(IN_CONFLICT_SHARE * 0.9, 3)
    assert arrest.confidence_with_crime == 0.9


def test_arrests_stay_crime_without_sure_political_violence_in_scope():
    unsure = mention("SUIC_BOMB", BOMBING.sentence.text, "bomber", 0.6)
    murder = mention("ATTACK", "A man stabbed his neighbour in a row over parking.", "stabbed",
                      0.9, scope="crime")
    recalled = mention("SUIC_BOMB", BOMBING.sentence.text, "bomber", 0.95, background=True)
    for article in ([(unsure,), (ROUTINE,)], [(murder,), (ROUTINE,)], [(recalled,), (ROUTINE,)],
                    [(ROUTINE,)]):
        assert arrests_in_conflict(article)[-1] == (ROUTINE,)


def test_an_old_arrest_or_one_in_scope_is_left_as_it_is():
    old = mention("ARREST", "Two men were arrested after a similar attack in 2015.",
                   "arrested", 0.1, with_crime=0.9, scope="crime", background=True)
    sure = mention("ARREST", "Police detained three men suspected of plotting the bombing.",
                    "detained", 0.9)
    assert arrests_in_conflict([(BOMBING,), (old,), (sure,)])[1:] == [(old,), (sure,)]


# People arrested before a protest that had not been held: the arrest is the event.
# PREEMPTED_ASIDE was written before the rule ran and is only checked.
PREEMPTED = [
    ("Police arrested a senior opposition politician at his home early on Wednesday, hours "
     "before he was due to address a rally, his party said.", True),
    ("Police detained the opposition leader on Tuesday, a day before a planned march against "
     "the election results.", True),
    ("Police arrested two organisers ahead of Saturday's protest in the capital.", True),
    ("Police arrested six protesters outside parliament on Monday.", False),
    ("Police arrested 20 people at a rally in the capital on Sunday.", False),
    ("Police dispersed the rally and arrested its organisers.", False),
    ("Police arrested the union leader after the strike turned violent.", False),
    ("The opposition called a protest after police arrested its leader.", False),
    ("Police arrested the opposition leader before March 15, his lawyer said.", False),
    ("Police arrested the union leader to prevent a strike at the port.", True),
    # found by a review of the rule (our own sentences): protests that were held
    ("Police arrested 50 people at a protest called by the opposition on Sunday.", False),
    ("Officers arrested six men during the march, which had been called by the union.", False),
    ("Police arrested 40 people on Sunday, the second day of protests planned by the "
     "opposition.", False),
    ("Police arrested the activist before the march reached parliament.", False),
    ("Police arrested dozens at a rally announced by the opposition last week.", False),
    ("The group's leader was arrested last month; the planned march went ahead on Sunday.",
     False),
    # held at home: "placed under house arrest", "kept in detention"
    ("Police placed at least 20 opposition leaders under house arrest early on Tuesday to stop "
     "them from joining a planned march on the assembly.", True),
    ("Authorities put the union's leaders under house arrest ahead of Monday's general "
     "strike.", True),
    ("Two activists were kept in detention overnight before the planned rally, their lawyer "
     "said.", True),
    ("Police detained a dozen student leaders on Sunday to prevent them from reaching the "
     "rally outside the ministry.", True),
    ("Police placed barricades under the bridge before the planned march.", False),
    ("The leader, under house arrest since 2021, urged supporters to join Sunday's march.",
     False),
]
PREEMPTED_ASIDE = [
    ("SECURITY AGENTS DETAINED THREE STUDENT LEADERS ON THE EVE OF A PLANNED DEMONSTRATION.",
     True),
    pytest.param("police picked up the activist a day before the scheduled sit-in, his family "
                 "said.", True, marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: 'picked up' is not among the rule's verbs of arresting"))),
    ("Officers arrested a dozen marchers as the demonstration reached the palace.", False),
    ("Hundreds rallied on Sunday after police arrested the mayor on Friday.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), PREEMPTED + PREEMPTED_ASIDE)
def test_arrests_before_a_protest_still_to_come(parse, sentence, expected):
    assert preempted_protest(parse(sentence), realis) is expected


# Written by a review of the rule (its own sentences): a protest the arrests failed or only
# tried to stop took place; a detention that goes on is no new arrest.
PREEMPTED_REVIEW = [
    ('Authorities detained the organisers on Friday but failed to stop the march, which '
     'drew 5,000 people on Saturday.', False),
    ('Police arrested 12 dock workers, but could not prevent the strike from spreading '
     'to other ports.', False),
    ('Police arrested 30 people after trying to stop clashes that broke out at the '
     'rally.', False),
    ("Security forces detained dozens of activists in a failed bid to stop Sunday's "
     'rally, which went ahead in the capital.', False),
    ('Police detained 15 people who tried to block the road leading to the rally on '
     'Saturday.', False),
    ('Police arrested eight men who had tried to stop the march by throwing stones at '
     'it.', False),
    ('Police held talks with the organisers in an attempt to stop the march turning '
     'violent, and arrested two men.', False),
    ('Police arrested 40 people on Saturday as officers tried to stop the march from '
     'reaching parliament.', False),
    ('Police placed the opposition leader under house arrest on Sunday to stop him from '
     'addressing a rally.', True),
    ('Police detained a dozen union leaders overnight to prevent a general strike called'
     ' for Monday.', True),
    pytest.param(
        'The authorities put five student leaders under arrest hours before a planned march.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the parse of 'put ... under arrest' gives the arrest no person the rule "
            'reads'))),
    ('security forces rounded up dozens of activists to stop them joining the protest', True),
    pytest.param(
        'Police arrested the organisers of a march to stop it from taking place.',
        True, marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: the march is named as the organisers', and 'it' under the stopping verb is "
            'no protest noun'))),
    ("The terror suspect has been kept in detention since his arrest in 2019, his lawyer said "
     "ahead of Friday's rally.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), PREEMPTED_REVIEW)
def test_review_of_arrests_before_a_protest(parse, sentence, expected):
    assert preempted_protest(parse(sentence), realis) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Georgian police on Friday detained the opposition leader at his home, a day after he "
     "addressed a rally outside parliament.", True),
    ("Officers arrested two organisers of the vigil at their homes two days later.", True),
    ("The next morning, police took the student leader into custody at his hostel.", True),
    # the arrest only in a clause of time or of a try, or no word of elsewhere or later
    ("Supporters pelted police with stones as officers tried to arrest him at his home.", False),
    ("Hundreds rallied two days after agents detained a farmworker.", False),
    ("Police arrested 40 protesters outside parliament on Thursday.", False),
    ("He was freed a day later, his lawyer said.", False),
])
def test_arrests_away_from_the_crowd_or_after_it(parse, sentence, expected):
    assert arrested_away(parse(sentence), realis) is expected


# People arrested as they held up signs, placards or banners were demonstrating
# (arrests._holding_signs).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police arrested 61 people in the square on Saturday as they held up signs supporting the "
     "banned group.", True),
    ("Officers detained twelve women holding placards outside the embassy on Monday.", True),
    ("Police arrested a man carrying a knife outside the stadium.", False),
    ("Police arrested two men holding stolen goods near the market.", False),
])
def test_people_arrested_holding_signs_were_protesting(parse, sentence, expected):
    from eventwire.events.arrests import arrested_protesters
    assert arrested_protesters(parse(sentence), realis) is expected


# People in public life arrested for who they are (session 21, a review's class: the model
# kept them just above the threshold). POLITICAL_ASIDE was written after the reading was set
# on POLITICAL and the corpus's training split; it failed one at first (a singular role noun,
# "figure", that the arrest verbs did not read as a person), mended as a class.
POLITICAL = [
    ("Security forces detained the opposition leader at his home in the capital on Tuesday.",
     True),
    ("Two reporters were arrested in Minsk while covering the trial.", True),
    ("police arrested a prominent dissident and two rights lawyers on saturday.", True),
    ("AUTHORITIES DETAINED THREE JOURNALISTS OF AN INDEPENDENT TELEVISION CHANNEL.", True),
    ("Police rounded up dozens of party members before dawn.", True),
    ("Police arrested a journalist on suspicion of drink-driving.", False),
    ("The former senator was arrested on bribery charges.", False),
    ("Police arrested twelve climate activists who blocked the motorway.", False),
    ("Police detained a gang leader and his driver in the port.", False),
    ("The journalist has been detained since 2021 without trial.", False),
    ("Police arrested dozens of opposition supporters at the rally.", False),
    ("The government may arrest opposition leaders if the unrest grows.", False),
]
POLITICAL_ASIDE = [
    ("State security agents detained a well-known blogger in Hanoi on Friday.", True),
    ("An exiled opposition figure was arrested on arrival at the airport.", True),
    ("Officers detained a family member of the victim for questioning.", False),
    ("Police arrested an editor accused of tax evasion.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), POLITICAL + POLITICAL_ASIDE)
def test_political_arrests(parse, sentence, expected):
    assert political_arrest(parse(sentence), realis) is expected



# People arrested after or during unrest told beside it are the unrest's arrests
# (arrests.arrests_in_unrest); hard negatives: protesters by name (the protest met with
# intervention), suspects of a crime, armed men, the arrest told as what the riot came after,
# a peaceful march, and fighting between armed sides.
UNREST = [
    ("Senegalese police arrested 57 people in the southern city after rioters looted shops "
     "and torched a petrol station, police said.", True),
    ("46 people were arrested in the capital on Tuesday after protesters hurled stones at "
     "police.", True),
    ("Police said 61 people were detained during the riots.", True),
    ("Police arrested 12 protesters outside parliament.", False),
    ("Police arrested two suspects after the robbery.", False),
    ("Soldiers detained five militants after the riots.", False),
    ("Rioters looted shops after police arrested the mayor.", False),
    ("Police arrested 20 people after a peaceful march through the city.", False),
    ("The guards were detained during the border clashes, officials said.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), UNREST)
def test_arrests_in_unrest(parse, sentence, expected):
    from eventwire.events.arrests import arrests_in_unrest
    assert arrests_in_unrest(parse(sentence), realis) is expected


def test_arrests_beside_a_riot_stay_arrests_beside_it():
    """Wired in (events.overrides, events.protests): the arrest and the riot, two events."""
    from datetime import date

    from eventwire.pipeline import Pipeline
    from eventwire.records import Document
    text = ("Police arrested 57 people in Ziguinchor after rioters looted shops and torched a "
            "petrol station on Tuesday night.")
    doc = Document(id="unrest", text=text, source="test", title=None, url=None,
                   published=date(2025, 4, 9))
    labels = {e.type.label: e.confidence for r in Pipeline(min_confidence=0.0).process([doc])
              for e in r.events}
    assert labels.get("ARREST", 0) >= 0.8 and labels.get("VIOL_DEMONSTR", 0) >= 0.8
