"""A place name that modifies a noun (eventwire.places.sites). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.nlp import parse, split_sentences
from eventwire.places.sites import a_site_in, names_a_noun
from eventwire.records import Entity, Place


def _at(text: str, name: str, precision: int = 1) -> Place:
    i = text.index(name)
    return Place(name, name, (i, i + len(name)), geo_precision=precision, confidence=0.9)


@pytest.mark.parametrize(("text", "name"), [
    ("a suicide bomber struck a Kampala taxi park on Wednesday", "Kampala"),
    ("gunmen stormed the Kabul airport at dawn", "Kabul"),
    ("a bomb tore through a Peshawar mosque", "Peshawar"),
    ("rockets hit an Erbil military base overnight", "Erbil"),
    ("the blast at the Lagos bus park killed nine", "Lagos"),
])
def test_a_town_named_as_a_sites_town_is_a_site(text, name):
    assert a_site_in(text, _at(text, name))


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("a Kampala court jailed him", "Kampala", 1),            # no site of a happening's
    ("the Paris attacks shocked Europe", "Paris", 1),
    ("a Syria market was hit", "Syria", 3),                 # a country is no town of a site
    ("Kampala taxi parks were shut", "Kampala", 1),          # no article: not one site
    ("a Kampala-based group said", "Kampala", 1),
])
def test_other_modifiers_are_not_sites(text, name, precision):
    assert not a_site_in(text, _at(text, name, precision))


@pytest.mark.parametrize(("text", "name"), [
    ("a frigate sank a skiff in the Gulf of Aden on Tuesday", "Gulf of Aden"),
    ("ships were attacked in the Red Sea and the Gulf of Oman", "Red Sea"),
    ("a missile fell in the Sea of Japan off the coast", "Sea of Japan"),
])
def test_a_seas_name_before_a_word_of_no_noun_is_a_place(text, name):
    """"in the Gulf of Aden on Tuesday": a sea takes the article, and "on" modifies nothing
    the name could name."""
    assert not names_a_noun(text, _at(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ("the Battle of Hastings was fought in 1066", "Battle"),
    ("the Elysee Palace on Tuesday said", "Elysee Palace"),
    ("the Gulf states on Monday pledged aid", "Gulf"),
    ("a bomb hit a ferry terminal across the Gulf of Aden in Djibouti", "Gulf of Aden"),
])
def test_other_names_after_the_stay_modifiers(text, name):
    assert names_a_noun(text, _at(text, name))


def test_names_a_noun_is_kept_as_it_was():
    text = "after the Paris attacks, at the Garissa cattle market, in the Raqqa area"
    assert names_a_noun(text, _at(text, "Paris"))
    assert not names_a_noun(text, _at(text, "Garissa"))
    assert not names_a_noun(text, _at(text, "Raqqa"))


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Funerals were held across Uganda on Friday for the 23 people killed when a suicide "
     "bomber struck a Kampala taxi park on Wednesday.", "bomber", "Kampala"),
    ("Mourners gathered in Pakistan's capital after a bomb tore through a Peshawar mosque on "
     "Friday.", "bomb", "Peshawar"),
    # the trigger's own clause names its place after a preposition: that place
    ("Funerals were held across Uganda for those killed when a bomber struck a taxi park in "
     "Gulu.", "bomber", "Gulu"),
])
def test_the_site_of_the_triggers_clause_beats_another_clauses_place(world, nlp, text,
                                                                     trigger, expected):
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    found = world.event_locations(world.places(text, ents), text, sentence,
                                  (pos, pos + len(trigger)),
                                  parse=next(parse(nlp, [sentence.text])))
    assert [p.name for p in found] == [expected]
