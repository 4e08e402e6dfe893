"""places.kinds: names whose kind in the tables makes them places where the recognizer would
doubt them (waters and land forms after "the", regions before their unit's word), read
through recognize on sentences written for the project."""

from __future__ import annotations

import pytest

from eventwire.places.recognize import recognize
from eventwire.records import Entity


def _ent(text, sub, label):
    start = text.index(sub)
    return Entity(sub, start, start + len(sub), label)


@pytest.mark.parametrize("text, name, label, found", [
    ("Troops crossed the Dnieper at dawn.", "Dnieper", "PERSON", True),
    ("A tanker passed through the Bosphorus.", "Bosphorus", "PERSON", True),
    ("Lorries queued before the Brenner Pass.", "the Brenner Pass", "WORK_OF_ART", True),
    ("Smugglers crossed the Negev by night.", "Negev", "PRODUCT", True),
    # no article: a name tagged as a person stays a person's
    ("Negev told the court he was innocent.", "Negev", "PERSON", False),
    # a name a town bears too needs more than an article
    ("She met the Thames family at the party.", "Thames", "PERSON", False),
])
def test_a_waters_or_land_forms_name_tagged_as_something_else_after_the_is_the_place(
        text, name, label, found):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    ents = [_ent(text, name, label)]
    bare = name.removeprefix("the ")
    assert (bare in [m.text for m in recognize(text, ents, gaz)]) is found


@pytest.mark.parametrize("text, name, found", [
    ("Fighting flared in South Sudan's Unity state on Sunday.", "Unity", True),
    ("Drones hit Poltava region overnight.", "Poltava", True),
    ("Floods hit the Var department on Monday.", "Var", True),
    # a phrase of a word is none
    ("The vote showed a Unity state of mind, he joked.", "Unity", False),
    ("Unity was the theme of the speech.", "Unity", False),
    # the unit's word in the region's official name, however few people the tables give it
    ("Fighting in Unity State forced thousands to flee.", "Unity", True),
    ("Gunmen attacked a village in Jonglei State on Sunday.", "Jonglei", True),
])
def test_a_units_word_after_a_regions_name_makes_it_the_region(text, name, found):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert any(m.text.startswith(name) for m in recognize(text, [], gaz)) is found
