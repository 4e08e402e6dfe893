"""An arrest in a political or armed conflict, read from the parse (events/arrests.py).

Sentences written for these tests, in several registers. ``ASIDE`` was written apart, after the
rule was set on ``DEV`` and the corpus's training split, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.arrests import conflict_arrest
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
