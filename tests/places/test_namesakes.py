from __future__ import annotations

import pytest

from eventwire.places.namesakes import (
    dedication,
    names_a_direction,
    names_a_peak,
    names_a_street,
    names_a_vehicle,
    street_end,
)


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize("text, name, want", [
    ("Two climbers died on Mount Hume on Sunday.", "Hume", True),
    ("A hiker fell from Mt. Preston's north face.", "Preston", True),
    ("Skiers were buried near the Hamilton Glacier hut.", "Hamilton", True),
    ("The Preston Range was closed to hikers.", "Preston", True),
    ("Houses collapsed in the village of Bukit Preston.", "Preston", True),
    ("Shelling hit Jebel Hamilton overnight.", "Hamilton", True),
    # hard negatives: the town itself, a summit meeting held there, a title after a town
    ("A storm hit Hamilton on Sunday.", "Hamilton", False),
    ("Leaders met at the Riyadh Summit.", "Riyadh", False),
    ("In Kabul Col. Ahmed said the road was shut.", "Kabul", False),
    ("Mountaineers gathered in Preston for the festival.", "Preston", False),
])
def test_a_name_inside_a_mountains_or_glaciers_name(text, name, want):
    assert names_a_peak(*_at(text, name)) is want


@pytest.mark.parametrize("text, name, want", [
    ("Mass was held at the chapel of St. Anne on Sunday.", "St. Anne", True),
    ("St. Brigid's Cathedral was damaged.", "St. Brigid", True),
    ("Floods hit St. Anne on Sunday.", "St. Anne", False),
])
def test_a_saints_name_that_names_a_church(text, name, want):
    assert dedication(*_at(text, name)) is want


@pytest.mark.parametrize("text, name, want", [
    ("She spent a year in the South of France.", "South", True),
    ("Car thefts rose across Far North Queensland.", "Far North", True),
    ("The case was filed in the Southern District of New York.", "Southern District", True),
    ("Snow is expected in the North East of England.", "North East", True),
    # hard negatives: the region where the text names its country, regions across borders,
    # names that only open with a compass word, and other names
    ("Militants attacked villages in Cameroon's Far North.", "Far North", False),
    ("Farmers across the Midwest wait for rain.", "Midwest", False),
    ("North Korea fired two missiles.", "North Korea", False),
    ("Shelling hit Kharkiv overnight.", "Kharkiv", False),
])
def test_compass_words_abroad_are_directions_unless_the_text_names_the_country(
        world, text, name, want):
    assert names_a_direction(world.gazetteer, text, name) is want


@pytest.mark.parametrize("text, name, want", [
    ("Witnesses saw a red Dodge Durango speed away.", "Durango", True),
    ("The suspect drove a silver Chevrolet Tahoe.", "Tahoe", True),
    ("Police found a stolen Hyundai Santa Fe in a ditch.", "Santa Fe", True),
    ("He was driving a 2004 Toyota Tacoma when it crashed.", "Tacoma", True),
    # hard negatives: a make's works where they stand, a name after a make's name in a
    # sentence, and a model's place name without the make
    ("Workers at the BMW Munich plant went on strike.", "Munich", False),
    ("Jobs were cut at the Ford Dagenham works.", "Dagenham", False),
    ("Toyota said on Monday that Tacoma dealers were short of trucks.", "Tacoma", False),
    ("Snow closed the roads around Tahoe.", "Tahoe", False),
])
def test_a_model_after_a_car_make_is_no_place(text, name, want):
    _, start, end = _at(text, name)
    assert names_a_vehicle(text, start, end) is want


def test_a_hamlet_called_like_a_direction_does_not_make_it_a_place(world):
    text = "Prices rose in the West, the United States and Canada said."
    assert names_a_direction(world.gazetteer, text, "West")


def _language(text, name):
    from eventwire.places.namesakes import names_a_language
    start = text.index(name)
    return names_a_language(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("She moved to Ohio speaking only French and Arabic.", "French"),
    ("The advert aired in English and Spanish across the state.", "Spanish"),
    ("The advert aired in English and Spanish across the state.", "English"),
    ("The school has 200 English language learners.", "English"),
    ("They walked their French bulldog.", "French"),
    ("He teaches English to refugees.", "English"),
    ("The menu is written in Italian, with a translation.", "Italian"),
    ("A German shepherd found the boy.", "German"),
    ("She learned Russian in a year.", "Russian"),
    ("a Spanish-speaking pastor", "Spanish"),
])
def test_a_peoples_name_for_its_language_a_breed_or_a_dish_is_no_place(text, name):
    assert _language(text, name)


@pytest.mark.parametrize("text, name", [
    ("French troops moved into the town.", "French"),
    ("The French government said it would send aid.", "French"),
    ("He was born in French Guiana.", "French"),
    ("Italian police arrested three men in Naples.", "Italian"),
    ("Residents spoke of Turkish shelling across the border.", "Turkish"),
    ("Rebels fought in Syrian territory.", "Syrian"),
    ("He spoke to Russian officials on Monday.", "Russian"),
])
def test_a_peoples_name_for_the_people_or_the_place_stays(text, name):
    assert not _language(text, name)


@pytest.mark.parametrize("text, name, want", [
    ("A man was stabbed on London Road in Leicester.", "London", True),
    ("Protesters marched down Pennsylvania Avenue on Saturday.", "Pennsylvania", True),
    ("Gunmen fired across Syria Street in Tripoli.", "Syria", True),
    ("The car was found at 180 Clinton St. on Monday.", "Clinton", True),
    ("Traffic was diverted off Goshen Rd. all day.", "Goshen", True),
    ("Shelby Lane, a spokeswoman, said no one was hurt.", "Shelby", True),
    # hard negatives: the town itself, a road named for the towns it joins, a county's
    # own road, a saint's town after a name, a lower-case street
    ("Police closed Main Street in Springfield.", "Springfield", False),
    ("Traffic on the Kabul-Jalalabad Road was halted.", "Jalalabad", False),
    ("The crash was on Douglas County Road 4 at noon.", "Douglas County", False),
    ("Flights from Kansas St. Louis and Denver were cut.", "Kansas", False),
    ("A Paris street market was evacuated.", "Paris", False),
    ("Fighting spread across the Gaza Strip.", "Gaza", False),
])
def test_a_place_name_opening_a_streets_name_is_the_street(text, name, want):
    start = text.index(name)
    assert names_a_street(text, start, start + len(name)) is want


def test_the_street_ends_after_its_word():
    text = "A man was stabbed on London Road in Leicester."
    start = text.index("London")
    assert text[start:street_end(text, start, start + 6)] == "London Road"
