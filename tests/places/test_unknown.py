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


def test_a_name_the_article_calls_a_town_is_one_at_every_other_mention(world):
    from eventwire.places.recognize import Mention
    from eventwire.places.unknown import named_again
    text = ("Fighters attacked the town of Kantchari on Monday. Kantchari lies on the road "
            "between Kantchari and Diapaga. Lake Kantchari dried up; the Kantchari Road shut.")
    first = text.index("Kantchari")
    found = named_again(text, [Mention(first, first + 9, "Kantchari", "GPE")], world.gazetteer)
    starts = [m.start for m in found]
    # the three other mentions, not the first words of "Kantchari Road" nor the end of "Lake
    # Kantchari"
    assert len(found) == 3 and starts[0] == first
    assert all(text[m.start:m.end] == "Kantchari" for m in found)
    assert text.index("Lake Kantchari") + 5 not in starts
    assert text.index("Kantchari Road") not in starts
    # a name the gazetteer knows, or one no place noun calls a town: nothing added
    kidal = "Jets bombed the town of Kidal. Kidal mourned."
    k = kidal.index("Kidal")
    assert named_again(kidal, [Mention(k, k + 5, "Kidal", "GPE")], world.gazetteer) == [
        Mention(k, k + 5, "Kidal", "GPE")]
    plain = "Fighters attacked Kantchari on Monday. Kantchari mourned."
    assert len(named_again(plain, [Mention(18, 27, "Kantchari", "GPE")], world.gazetteer)) == 1


def test_a_shorter_name_read_inside_the_town_is_the_town(world):
    from eventwire.places.recognize import Mention
    from eventwire.places.unknown import named_again
    # "Adan", an alias of Aden in Yemen, read inside the Somali village's name
    text = "A bomber struck the village of Adan Yabaal. Adan Yabaal was retaken in 2016."
    first, again = text.index("Adan Yabaal"), text.rindex("Adan Yabaal")
    found = named_again(text, [Mention(first, first + 11, "Adan Yabaal", "PERSON"),
                               Mention(again, again + 4, "Adan", "GAZ")], world.gazetteer)
    assert [(m.start, m.text) for m in found] == [(first, "Adan Yabaal"), (again, "Adan Yabaal")]


def _placed(world, text: str, trigger: str, unknown: str) -> str:
    """The place of the event at ``trigger``, the unknown town's first mention tagged."""
    from eventwire.nlp import split_sentences
    from eventwire.records import Entity
    pos, at = text.index(trigger), text.index(unknown)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    places = world.places(text, [Entity(unknown, at, at + len(unknown), "GPE")])
    found = world.event_locations(places, text, sentence, (pos, pos + len(trigger)))
    return found[0].name if found else None


@pytest.mark.parametrize(("text", "unknown"), [
    ("Gunmen attacked the town of Zarbendi in central Mali on Monday, officials said. The "
     "assault on the army post lasted two hours. Residents fled to Mopti. Zarbendi has been "
     "attacked twice this year, and the road from Zarbendi to Mopti is closed.", "Zarbendi"),
    ("Militiamen raided the village of Oskavet in Ituri on Friday. The assault on the camp "
     "lasted all night. The wounded were taken to Bunia. Oskavet lies on the Bunia road, and "
     "Oskavet's chief said the army left in May.", "Oskavet"),
])
def test_an_unknown_town_named_more_than_the_main_place_is_where_placeless_events_are(
        world, text, unknown):
    assert _placed(world, text, "assault", unknown) == unknown


@pytest.mark.parametrize(("text", "unknown", "known"), [
    # named once: the known town the article names more
    ("Gunmen attacked the town of Zarbendi in central Mali on Monday, officials said. The "
     "assault on the army post lasted two hours. Residents fled to Mopti. The road to Mopti "
     "is closed, and Mopti's governor called for calm.", "Zarbendi", "Mopti"),
    # as often as the known town: the known one
    ("Militiamen raided the village of Oskavet in Ituri on Friday. The assault on the camp "
     "lasted all night. The wounded were taken to Bunia. Aid reached Bunia on Saturday. "
     "Oskavet lies north of the city.", "Oskavet", "Bunia"),
    # never called a town: a name, not a town the article is about
    ("Gunmen attacked Zarbendi in central Mali on Monday, officials said. The assault on the "
     "army post lasted two hours. Residents fled to Mopti. Zarbendi has been attacked twice "
     "this year, and the road from Zarbendi to Mopti is closed.", "Zarbendi", "Mopti"),
])
def test_otherwise_the_known_main_place_stays(world, text, unknown, known):
    assert _placed(world, text, "assault", unknown) == known
