"""Longer names joined by a particle (eventwire.places.widen), on own sentences."""

from __future__ import annotations

import pytest

from eventwire.records import Entity


@pytest.mark.parametrize("text, whole", [
    ("Zika cases were confirmed in Pernambuco, Bahia and Rio Grande do Norte. It spread.",
     "Rio Grande do Norte"),
    ("Floods hit Mato Grosso do Sul on Monday.", "Mato Grosso do Sul"),
    ("The plant in Sao Jose dos Campos closed.", "Sao Jose dos Campos"),
])
def test_a_name_joined_by_a_particle_is_found_whole(world, nlp, text, whole):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert whole in [p.text for p in world.places(text, ents)]


def test_names_that_only_sit_beside_a_particle_stay_apart(world, nlp):
    # hard negatives: two places joined by "and" that are no one name
    text = "Aid flew from Lisbon and Madrid to Rio de Janeiro."
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert [p.text for p in world.places(text, ents)] == ["Lisbon", "Madrid", "Rio de Janeiro"]


@pytest.mark.parametrize("text, town", [
    # own sentences: a town listed with a place, tagged as a person or as nothing
    ("A vaccination campaign began across Deir al-Balah and Khan Younis.", "Khan Younis"),
    ("Deaths were reported in Padua and Rovigo last week.", "Rovigo"),
    ("Cases spread from the Amazonas state to Espirito Santo and Minas Gerais.",
     "Minas Gerais"),
])
def test_a_town_listed_with_a_place_is_a_place(world, nlp, text, town):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert town in [p.text for p in world.places(text, ents)]


@pytest.mark.parametrize("text, name", [
    # hard negatives: a person's name going on, an acronym, a team's name
    ("Reporters from London and Madison Keys's team met.", "Madison"),
    ("The UN and EU sent observers to Geneva.", "UN"),
    ("Chelsea and Arsenal drew 1-1 in London.", "Arsenal"),
])
def test_a_name_beside_a_place_that_is_no_listed_town_is_none(world, nlp, text, name):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert name not in [p.text for p in world.places(text, ents)]
