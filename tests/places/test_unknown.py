"""A town the gazetteer lacks, named as the event's place (eventwire.places.unknown)."""

from __future__ import annotations

import pytest

from eventwire.places.unknown import town_name, unknown_town
from eventwire.records import Place


def _mention(text: str, name: str) -> Place:
    i = text.index(name)
    return Place(name, name, (i, i + len(name)), confidence=0.5)


@pytest.mark.parametrize(("text", "mention", "name"), [
    # the run of capitalised words the tagger's mention opens, a kind of place left off
    ("bombed a monastery in Kyaung Gon village of Gangaw township", "Kyaung", "Kyaung Gon"),
    ("at a mosque in Kairu village, Bungudu", "Kairu village", "Kairu"),
    ("the base in the village of Adan Yabaal, an officer said", "Adan", "Adan Yabaal"),
    ("the village of Dar al-Salam, near the border", "Dar", "Dar al-Salam"),
    # the mention alone when no capitalised word goes on
    ("attacked the town of Kantchari again", "Kantchari", "Kantchari"),
    ("fought near Koui on Tuesday", "Koui", "Koui"),
])
def test_the_unknown_towns_name_is_its_whole_name_as_written(text, mention, name):
    assert town_name(text, _mention(text, mention)) == name


def test_the_unknown_town_takes_the_areas_point_or_the_countrys(gaz):
    text = "Gunmen attacked the village of Quenbyford in France."
    town = _mention(text, "Quenbyford")
    fr = gaz.countries["FR"]
    france = Place("France", "France", (44, 50), "France", "FR", None, gaz.latitude[fr],
                   gaz.longitude[fr], gaz.geonameid[fr], 3, "PCLI", 0.9)
    got = unknown_town(gaz, text, [town], france, [], None)
    assert (got.name, got.iso2, got.latitude, got.geonameid, got.geo_precision) == (
        "Quenbyford", "FR", gaz.latitude[fr], None, 3)
    # no area: the one country of the sentence's places, else the main place's
    assert unknown_town(gaz, text, [town], None, [france], None).iso2 == "FR"
    assert unknown_town(gaz, text, [town], None, [], france).iso2 == "FR"
    # no country known: no place
    assert unknown_town(gaz, text, [town], None, [], None) is None
    assert unknown_town(gaz, text, [], france, [], france) is None
