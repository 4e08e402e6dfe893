"""A vehicle driven into protesters or, on purpose, into a crowd (events/rammings.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV``, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.detect import realis
from eventwire.events.rammings import ramming

DEV = [
    ("A driver accelerated into a crowd of people protesting outside the Statehouse on "
     "Saturday, injuring three, police said.", True),
    ("A car ploughed into marchers at a climate protest in the city centre, injuring six.", True),
    ("A man deliberately drove his van into worshippers leaving a mosque in north London.", True),
    ("The attacker rammed a truck into a crowd at the Christmas market, police said.", True),
    ("An elderly driver lost control and ploughed into pedestrians at a farmers' market.", False),
    ("A bus crashed into a crowd waiting at a stop after its brakes failed.", False),
    ("Police vans drove through the crowd of protesters to clear the road.", False),
    ("Thousands of people marched through the city centre on Saturday to protest the law.",
     False),
    ("A car ploughed into a shop front on the high street on Monday.", False),
    ("The man threatened to drive his car into the protesters, witnesses said.", False),
]
ASIDE = [
    ("A pickup truck sped into a group of demonstrators blocking the highway, hurting two.",
     True),
    ("Witnesses said the driver mowed down three marchers before fleeing.", True),
    ("A delivery van slammed into pedestrians on Oxford Street after the driver had a seizure.",
     False),
    ("Fans ran through the streets after the final whistle.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE)
def test_a_vehicle_driven_into_protesters_or_a_crowd_on_purpose(parse, sentence, expected):
    assert ramming(parse(sentence), realis) is expected
