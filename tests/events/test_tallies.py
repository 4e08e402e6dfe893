"""Tallies of harm over many acts are statistics, no event (events/tallies.py).

Sentences written for these tests. ``ASIDE`` was written apart, after the rule was set on
``DEV``, and checked once.
"""

from __future__ import annotations

import pytest

from eventwire.events.tallies import tally

DEV = [
    ("More than 300 people were killed in attacks by armed groups in the region in 2024, the "
     "group said.", True),
    ("At least 1,200 civilians have been killed in drone attacks this year, the UN said on "
     "Tuesday.", True),
    ("Most of the casualties were caused by missiles and glide bombs striking cities, the UN "
     "mission said.", True),
    ("The majority of civilian deaths were caused by air strikes on residential areas, the "
     "report said.", True),
    ("Nearly 90 aid workers have been killed in shootings and ambushes since January.", True),
    ("At least 30 people were killed in attacks on three villages on Sunday, officials said.",
     False),
    ("Most of the victims were crushed when walls collapsed in villages near the epicentre.",
     False),
    ("Most of the wounded were passengers waiting for buses, he said.", False),
    ("Five soldiers were killed in the attacks on two checkpoints, the army said.", False),
    ("A car bomb killed 12 people in the market on Friday.", False),
    ("Two people died in clashes between rival groups in the city on Tuesday.", False),
]
ASIDE = [
    ("Some 45 journalists were killed in air strikes in 2023, the press freedom group said.",
     True),
    pytest.param("Half of the deaths were caused by shelling, according to the monitors.", True,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a miss: the parser makes 'shelling' a verb under 'by' (pcomp), which the "
                     "rule does not read as the acts"))),
    ("Three people were injured in explosions at a fireworks depot on Monday.", False),
    ("Most of those killed in Sunday's raids were women and children, medics said.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), DEV + ASIDE)
def test_a_tally_of_harm_over_many_acts(parse, sentence, expected):
    assert tally(parse(sentence)) is expected
