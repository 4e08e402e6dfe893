"""An arrest in a political or armed conflict, read from the parse (events/arrests.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest
from mention_builders import mention

from eventwire.events.arrests import IN_CONFLICT_SHARE, arrests_in_conflict, conflict_arrest
from eventwire.events.detect import realis

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
