"""Figures of another happening told at another time (eventwire.counts_apart), through
find_counts with the sentence's parse, on sentences written for the project."""

from __future__ import annotations

import pytest

from eventwire.numbers import find_counts
from eventwire.records import Sentence


@pytest.fixture(scope="module")
def nlp():
    from eventwire.nlp import load_pipeline
    return load_pipeline()


def _dead(nlp, text: str, trigger: str, *, parsed: bool = True) -> int | None:
    offset = 40                     # the sentence inside a longer document
    sentence = Sentence(text, offset, offset + len(text))
    at = offset + text.index(trigger)
    counts = find_counts(" " * offset + text, sentence, (at, at + len(trigger)),
                         parse=nlp(text) if parsed else None)
    return counts.fatalities.best if counts.fatalities else None


# The dead of an earlier happening told after "after", "since", "following", "before".
APART = [
    ("The army regained control of the villages on Monday, after militia fighters killed at "
     "least 22 civilians there on Sunday.", "regained"),
    ("Troops recaptured the town on Friday, days after rebels killed 15 soldiers in an "
     "ambush.", "recaptured"),
    ("Police dispersed the crowd with tear gas, a week after clashes that killed four "
     "protesters.", "dispersed"),
    ("Jets struck the depot overnight following an attack that killed nine border guards.",
     "struck"),
    ("Rebels seized the airport, their first gain since a bombing killed 30 of their men in "
     "May.", "seized"),
]


@pytest.mark.parametrize("text, trigger", APART)
def test_the_dead_of_an_earlier_happening_are_not_the_events(nlp, text, trigger):
    assert _dead(nlp, text, trigger) is None
    assert _dead(nlp, text, trigger, parsed=False) is not None    # without a parse, as before


# Hard negatives: the event's own dead, whatever time words stand near them.
OWN = [
    ("A car bomb exploded near the market after noon prayers, killing 12 people.", "exploded",
     12),
    ("Gunmen killed 7 villagers after storming the village at dawn.", "killed", 7),
    ("Five people died after a bus plunged into a ravine.", "plunged", 5),
    ("Shelling killed three people in the city on Monday, after a week of calm.", "Shelling",
     3),
    ("At least 20 people were killed when a bomb went off before the match began.", "bomb",
     20),
]


@pytest.mark.parametrize("text, trigger, dead", OWN)
def test_the_events_own_dead_stay(nlp, text, trigger, dead):
    assert _dead(nlp, text, trigger) == dead
