from __future__ import annotations

import pytest

from eventwire.places import Geoparser
from eventwire.places.build import _Builder
from eventwire.places.inner import inner_name, named


@pytest.fixture(scope="module")
def teams():
    """A state, its namesake city and smaller towns, and a village named like a common word."""
    b = _Builder()
    us = b.add("United States", 39.8, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    kansas = b.add("Kansas", 38.5, -98.0, "US", "US.KS", "ADM1", 2_900_000, 4273857)
    b.add("Kansas City", 39.1, -94.58, "US", "US.MO", "PPL", 500_000, 4393217)
    b.add("Dubai", 25.07, 55.17, "AE", "AE.03", "PPL", 3_000_000, 292223)
    b.add("Birmingham", 52.48, -1.9, "GB", "GB.ENG", "PPL", 1_100_000, 2655603)
    b.add("Birmingham", 33.52, -86.8, "US", "US.AL", "PPL", 210_000, 4049979)
    b.add("Colorado", 39.0, -105.5, "US", "US.CO", "ADM1", 5_800_000, 5417618)
    b.add("University", 28.07, -82.43, "US", "US.FL", "PPL", 41_000, 4177000)
    b.add("Cup", 45.0, 10.0, "IT", "IT.09", "PPL", 300, 3000001)
    b.add("New York City", 40.71, -74.0, "US", "US.NY", "PPL", 8_000_000, 5128581, ["City"])
    b.add("Madison", 43.07, -89.4, "US", "US.WI", "PPLA", 260_000, 5261457)
    b.add("Riva", 45.89, 10.84, "IT", "IT.17", "PPL", 15_000, 3169070)
    return b.finish({"US": us}, {"US.KS": kansas}, {"US": ()})


@pytest.mark.parametrize("text, inner", [
    ("Dubai World Cup", "Dubai"),
    ("Colorado State University", "Colorado"),
    ("Birmingham City", "Birmingham"),
    ("Kansas City Chiefs", "Kansas City"),          # the longest, not "Kansas"
    ("the Kansas City Royals", "Kansas City"),
    ("University of Kansas", "Kansas"),             # "University", a suburb too, is a word
    ("Kanawha City", None),                         # "City" is New York's alternate name only
    ("World Cup", None),                            # "Cup", a hamlet, is no place on its own
    ("Dubai", None),                                # the whole name: not inside anything
    ("Acme Widgets Ltd", None),
    ("Paul Riva", None),                            # a person's surname, tagged ORG
    ("James Madison", None),
    ("Mary J. Madison", None),
    ("Greater Madison", "Madison"),                 # "Greater" is no given name
    ("Madison Area Technical College", "Madison"),
    # the first word of a longer place name, the rest names: not the place of that word
    ("Dubai Khaled", None),
    ("Birmingham Okonkwo Ikechukwu", None),
    ("Birmingham Central Mosque", "Birmingham"),    # what is at the place: its words are known
    ("Birmingham Borough", "Birmingham"),           # a unit the place heads
])
def test_the_longest_known_place_inside_a_longer_name(teams, text, inner):
    found = inner_name(teams, text)
    assert (found and text[found[0]:found[1]]) == (inner or None)


def test_only_own_names_and_areas_are_named(teams):
    assert [teams.name[i] for i in named(teams, "Kansas")] == ["Kansas"]
    assert named(teams, "City") == ()


@pytest.mark.parametrize("name, place, precision", [
    ("Dubai World Cup", "Dubai", 2),                # in or near the town
    ("Colorado State University", "Colorado", 3),   # somewhere in the state
    ("Kansas City Chiefs", "Kansas City", 2),
])
def test_a_span_holding_a_place_resolves_to_it_at_a_coarser_precision(teams, name, place,
                                                                       precision):
    text = f"Fans of the {name} celebrated on Sunday."
    start = text.index(name)
    got = Geoparser(teams).resolve_spans(text, [(start, start + len(name))])[0]
    assert (got.name, got.text, got.geo_precision) == (place, name, precision)


def test_a_name_known_whole_keeps_its_own_precision(teams):
    text = "Fans in Kansas City celebrated."
    got = Geoparser(teams).resolve_spans(text, [(8, 19)])[0]
    assert (got.name, got.geo_precision) == ("Kansas City", 1)


def test_the_strongest_of_equally_long_places_inside_a_name(world):
    # own names: a club, a bank and a museum whose first word is a small town's name too
    gaz = world.gazetteer
    for text, inner in [("Real Madrid", "Madrid"), ("Banco Santander", "Santander"),
                        ("Colorado State University", "Colorado")]:
        a, b = inner_name(gaz, text)
        assert text[a:b] == inner
