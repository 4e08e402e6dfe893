"""How strongly the gazetteer alone makes a name a place (eventwire.places.strength)."""

from __future__ import annotations

from eventwire.places.strength import own_name_population, strong


def test_countries_and_big_regions_are_places_on_their_own(gaz):
    assert strong(gaz, gaz.lookup("France"), "France")
    assert strong(gaz, gaz.lookup("Texas"), "Texas")
    assert not strong(gaz, gaz.lookup("Peoria"), "Peoria")      # a town needs more
    assert not strong(gaz, (), "Nowhere")


def test_a_town_counts_under_its_own_name_not_a_small_towns_alias(gaz):
    assert own_name_population(gaz, "Dallas", "dallas") == 1_300_000
    assert own_name_population(gaz, "Peoria", "peoria") == 113_000
    assert own_name_population(gaz, "Raqqa", "raqqa") == 530_000    # a spelling of its name
    assert own_name_population(gaz, "Harris", "harris") == 0    # a county's bare name
    assert own_name_population(gaz, "Nowhere", "nowhere") == 0


def test_a_first_level_region_named_with_its_units_word_is_a_place_however_small():
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    for name in ("Unity State", "Jonglei State", "Warrap State"):
        assert strong(gaz, gaz.lookup(name), name), name
    # the bare name of a small region is not a place on its own
    assert not strong(gaz, gaz.lookup("Warrap"), "Warrap")
