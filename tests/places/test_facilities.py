from __future__ import annotations

import pytest

from eventwire.places.facilities import airport_names, airports

TOWNS = {"Toronto", "London", "Paris"}.__contains__


def test_an_airport_in_its_town_is_also_known_by_its_bare_name():
    assert airport_names("London Heathrow Airport", "London", TOWNS) == {
        "London Heathrow Airport", "London Heathrow", "Heathrow Airport", "Heathrow"}
    assert "Orly Airport" in airport_names("Paris-Orly Airport", "Paris", TOWNS)
    assert "Schiphol" in airport_names("Amsterdam Airport Schiphol", "Amsterdam", TOWNS)


def test_a_bigger_town_opening_the_name_gives_no_bare_name():
    names = airport_names("Toronto Pearson International Airport", "Mississauga", TOWNS)
    assert "Pearson International Airport" in names and "Toronto Pearson" in names
    assert "Pearson" not in names                   # a surname first


def test_airports_named_after_people_or_generic_words_get_no_short_name():
    assert airport_names("Charles de Gaulle International Airport", "Paris", TOWNS) == {
        "Charles de Gaulle International Airport"}
    assert airport_names("London City Airport", "London", TOWNS) == {"London City Airport"}
    assert airport_names("Baghdad International Airport", "Baghdad", TOWNS) == {
        "Baghdad International Airport"}


def test_a_second_name_after_a_slash_is_kept():
    names = airport_names("Ottawa / Macdonald-Cartier International Airport", "Ottawa", TOWNS)
    assert "Macdonald-Cartier International Airport" in names


def test_airports_are_read_from_the_package():
    found = {a.name: a for a in airports(TOWNS)}
    heathrow = found["London Heathrow Airport"]
    assert heathrow.country == "GB" and "Heathrow" in heathrow.aliases
    assert abs(heathrow.latitude - 51.47) < 0.05
    assert 5_000 < len(found) < 20_000              # scheduled-service airports only


@pytest.mark.parametrize("text, name, want", [
    ("Flights at Heathrow were cancelled after a drone was seen.", "Heathrow", "AIRP"),
    ("Dozens of flights were delayed at Heathrow on Monday.", "Heathrow", "AIRP"),
    ("Passengers were stranded at Gatwick after a computer failure.", "Gatwick", "AIRP"),
    # the town: named with its state, or in a story of no flying
    ("Police closed roads near Heathrow, Florida, after a crash.", "Heathrow", "PPL"),
    ("A man was arrested in Heathrow after a burglary, deputies said.", "Heathrow", "PPL"),
    # a big town bearing the name keeps it whatever flies from an airport of that name
    ("The plane landed at Logan after a bomb threat.", "Logan", None),
    # a bare airport name that speaks is no place
    ("Gatwick said flights would resume.", "Gatwick", "none"),
])
def test_an_airports_bare_name_is_the_airport_in_a_story_of_flying(world, nlp, text, name, want):
    from eventwire.records import Entity
    ents = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    found = {p.text: p.feature for p in world.places(text, ents)}
    if want == "none":
        assert name not in found
    elif want is None:
        assert found.get(name) != "AIRP"
    else:
        assert found.get(name) == want


def test_airport_bonuses_need_words_of_flying():
    from eventwire.places import load_gazetteer
    from eventwire.places.facilities import airport_bonuses
    gaz = load_gazetteer()
    cands = {"k": gaz.lookup("Heathrow")}
    assert airport_bonuses(gaz, "He lives in Heathrow.", cands) == {}
    bonus = airport_bonuses(gaz, "Flights resumed at Heathrow.", cands)["k"]
    assert {gaz.feature[i] for i in bonus} == {"AIRP"}
