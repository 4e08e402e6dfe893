"""Figures that count none of the event's people (eventwire.increments): increments to a total
the sentence states, and animals."""

from __future__ import annotations

import pytest

from eventwire.increments import added, animals


def _at(sentence: str, figure: str) -> tuple[str, int, int]:
    start = sentence.index(figure)
    return sentence, start, start + len(figure)


@pytest.mark.parametrize(("sentence", "figure", "increment"), [
    ("The toll rose to 12 when three more bodies were found.", "three", True),
    ("Another two people died in hospital, raising the toll to 14.", "two", True),
    ("An additional four bodies were recovered on Monday.", "four", True),
    ("The toll rose to eight overnight, when a wounded woman died.", "a wounded woman", True),
    ("The death toll rose to nine after a soldier died of his wounds.", "a soldier", True),
    # totals, and figures of their own
    ("The toll rose to 12 when three more bodies were found.", "12", False),
    ("Gunmen killed two guards when they stormed the prison.", "two", False),
    ("Three soldiers died after a bomb hit their truck.", "Three", False),
])
def test_a_figure_told_as_an_increment_to_a_total(sentence, figure, increment):
    assert added(*_at(sentence, figure)) is increment


@pytest.mark.parametrize(("sentence", "noun", "beasts"), [
    ("Raiders killed 30 head of cattle and two herders.", " head of cattle", True),
    ("A drone crashed into a farm, killing a dozen cows.", " cows", True),
    ("Gunmen killed four people and 40 goats.", " goats", True),
    ("Gunmen killed four people and 40 goats.", " people", False),
    ("Shelling killed 12 farmers near the village.", " farmers", False),
])
def test_a_figures_noun_naming_animals(sentence, noun, beasts):
    assert animals(*_at(sentence, noun)) is beasts
