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


# Compass words in lower case before a country's or a people's name, or a unit's before its
# unit word (data/context_compass_dev.jsonl, "restore": written in capitals or lower case as
# a feed would send it): 5/12 before widen.compassed, 11/12 after; 12/12 once names.unit_form
# read "Samar" as the Province of Samar's own name (its miss had been "southern Samar", read
# as a Ukrainian village).
COMPASS_FLOOR = 12


def test_a_compass_word_opens_a_country_or_a_unit_name(world, nlp):
    from places.test_context import cases, place_of, restored, right

    found = [restored(c) for c in cases("context_compass_dev.jsonl")]
    assert sum(right(place_of(world, c, nlp), c["want"]) for c in found) >= COMPASS_FLOOR


@pytest.mark.parametrize("text, name, iso2", [
    ("Government forces clashed with south Sudanese rebels near Renk.", "south Sudanese",
     "SS"),
    ("The army said north Korean drones crossed the border.", "north Korean", "KP"),
    # hard negatives: a town, a region of one country
    ("Police in east London arrested four men.", "London", "GB"),
    ("Storms flooded roads across south Texas, officials in Corpus Christi said.", "Texas",
     "US"),
])
def test_compass_words_in_lower_case(world, nlp, text, name, iso2):
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    at = text.index(name)
    place = next(p for p in world.places(text, ents) if p.span[0] <= at < p.span[1])
    assert place.iso2 == iso2


def test_a_second_level_unit_joined_by_a_particle_is_found_whole(world, nlp):
    # a province the recognizer tags by its first word only: "Lanao", then "del Sur"
    text = "Jets pounded the town of Butig in Lanao del Sur province on Saturday night."
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    places = {p.text: p for p in world.places(text, ents)}
    assert places["Lanao del Sur"].feature == "ADM2"
    assert places["Butig"].feature == "PPL"       # the town, not a region for it
