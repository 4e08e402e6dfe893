"""An event a sentence only remembers, read from the parse (events/anniversaries.py).

Sentences written for these tests; the last three of ``CASES`` were written after the rule was
set, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.anniversaries import remembered_only

CASES = [
    ("Families gathered at the riverside memorial in Lowell on Sunday to mark ten years since "
     "an explosion at the Harmon textile mill killed nine workers.", "MAN_MADE_DISASTER", True),
    ("Residents marked the tenth anniversary of the car bombing that killed 30 people in the "
     "market.", "REM_EXPLOS", True),
    ("Veterans laid wreaths on the 80th anniversary of the battle.", "ARMED_CLASH", True),
    # A protest at an anniversary, or new harm on one, is news.
    ("On the anniversary of the massacre, police fired tear gas at thousands of protesters in "
     "the capital.", "PROTEST_WITH_INTER", False),
    ("On the anniversary of the massacre, gunmen shot dead two guards outside the memorial.",
     "ATTACK", False),
    ("A car bomb killed four soldiers in Mogadishu on the anniversary of the 2017 truck "
     "bombing.", "REM_EXPLOS", False),
    ("Two years since the war began, a drone struck a power plant in Kharkiv on Monday, killing "
     "three.", "AIR_STRIKE", False),
    # Days since an act are no anniversary; a year since another act is a comparison.
    ("It has been two days since the explosion killed nine workers at the mill.",
     "MAN_MADE_DISASTER", False),
    ("Gunmen killed five villagers on Monday, a year since a similar attack in the same "
     "district.", "ATTACK", False),
    ("Survivors lit candles at the dam on Saturday, five years since floods swept away the "
     "village.", "NATURAL_DISASTER", True),
    ("Crowds gathered in the square on the 20th anniversary of the bombings that killed 52 "
     "commuters.", "REM_EXPLOS", True),
    pytest.param(
        "Firefighters and families gathered at the station on Thursday for the anniversary of "
        "the attacks that killed 11 residents.", "ATTACK", True,
        marks=pytest.mark.xfail(strict=True, reason=(
            "a miss: 'firefighters' is a cue word of industrial fires (weight 2), outside the "
            "anniversary's phrase"))),
]


@pytest.mark.parametrize(("sentence", "label", "expected"), CASES)
def test_an_act_only_remembered_is_no_event_of_harm(parse, sentence, label, expected):
    assert remembered_only(parse(sentence), label) is expected
