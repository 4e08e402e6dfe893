"""Armed men moving in among civilians, read from the parse (events/relocations.py).

Sentences written for these tests, with invented and real places. ``ASIDE`` was written after
the rule was set on ``DEV``, before the rule was run on it, and checked once: 7 of 7 right.
"""

from __future__ import annotations

import pytest

from eventwire.events.realis import realis
from eventwire.events.relocations import armed_men_moved, may_move

DEV = [
    ("Insurgents have also moved into vacant flats near the central market to escape the "
     "drone strikes, one trader said.", "moved"),
    ("A local official said the militia had left its hilltop camps to avoid air raids and "
     "had taken over two schools in the lower town.", "taken"),
    ("One witness said gunmen had moved out of their camps into empty schools in the town "
     "centre.", "moved"),
    ("The militants moved their command centre into a hospital in the old city, residents "
     "said.", "moved"),
    ("Soldiers took over two schools in the village and turned them into barracks.", "took"),
    # not armed men, not among civilians, not done, violence told
    ("The family moved into a new house in the suburbs last year.", None),
    ("Hundreds of displaced families have moved into empty schools in the city.", None),
    ("The rebels moved their fighters into the hills after the army advanced.", None),
    ("The rebels said they would move into the abandoned houses.", None),
    ("Troops moved into the neighbourhood and killed three people.", None),
    # the way men go about, and ground taken
    ("Gunmen moved from house to house, setting fire to cars.", None),
    ("Militiamen moved house to house, looting shops.", None),
    ("Gunmen took control of the market neighbourhood after days of fighting.", None),
]

ASIDE = [
    ("Al-Shabaab fighters have relocated to residential districts of the town since the "
     "drone strikes began, elders said.", "relocated"),
    ("Jihadists occupied the main mosque and several homes in the village on Sunday.",
     "occupied"),
    ("The insurgents shifted their weapons depots into apartment blocks, a commander said.",
     "shifted"),
    ("Students moved into the new dormitories on campus this week.", None),
    ("Rebels could move into the hospital if the talks fail, officials warned.", None),
    ("Government troops moved to the border to secure the crossing.", None),
    ("Militiamen stormed the houses and shot two men dead.", None),
]


def _moved(parse, sentence: str) -> str | None:
    verb = armed_men_moved(parse(sentence), realis)
    return None if verb is None else verb.text


@pytest.mark.parametrize(("sentence", "verb"), DEV)
def test_armed_men_moving_in_among_civilians(parse, sentence, verb):
    assert _moved(parse, sentence) == verb


@pytest.mark.parametrize(("sentence", "verb"), ASIDE)
def test_aside_sentences(parse, sentence, verb):
    assert _moved(parse, sentence) == verb


def test_the_prefilter_lets_every_move_through():
    for sentence, verb in DEV + ASIDE:
        words = frozenset(sentence.lower().replace(",", " ").replace(".", " ").split())
        if verb is not None:
            assert may_move(words), sentence
    assert not may_move(frozenset({"fighters", "moved", "into", "the", "hills"}))
