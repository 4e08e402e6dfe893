"""A briefing's items (places/sections.py): an event of an item that names no place of its
own is placed in that item's place, never at the briefing's most named place (another
item's). Texts written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp import split_sentences
from eventwire.places import Geoparser
from eventwire.places.sections import Items
from eventwire.records import Place

BRIEFING = ("SYRIA: Jets struck a market in Ar Raqqah on Monday. Residents of Ar Raqqah said "
            "the strikes went on.\n\n"
            "LEBANON: Gunmen fired on a convoy overnight, officials said.\n\n"
            "TURKEY: Police detained dozens of protesters in Ankara on Sunday.")


def _place(text: str, name: str, at: int) -> Place:
    return Place(name=name, text=name, span=(at, at + len(name)), country=name, iso2="XX",
                 admin1=None, latitude=1.0, longitude=1.0, geonameid=at, geo_precision=3,
                 feature="PCLI", confidence=0.9)


def _locate(gaz, text: str, trigger: str) -> list[str]:
    gp = Geoparser(gaz)
    places = gp.places(text, [])
    pos = text.index(trigger)
    sentence = next(s for s in split_sentences(text) if s.start <= pos < s.end)
    return [p.name for p in gp.event_locations(places, text, sentence,
                                               (pos, pos + len(trigger)))]


def test_each_labelled_paragraph_is_an_item():
    text = "KENYA: Police fired tear gas.\n\nUGANDA: Rebels attacked a camp."
    items = Items(text, [_place(text, "KENYA", 0), _place(text, "UGANDA", text.index("UGANDA"))])
    assert items.of(text.index("Police"))[:2] == (0, text.index("UGANDA"))
    assert items.of(text.index("Rebels"))[2].name == "UGANDA"


@pytest.mark.parametrize("text", [
    # one label only, or labels that are no places: no briefing
    "KENYA: Police fired tear gas at students in the capital on Monday.",
    "UPDATE: Police fired tear gas.\n\nANALYSIS: What the unrest means for the vote.",
])
def test_a_text_with_fewer_than_two_place_labels_is_no_briefing(text):
    places = [_place(text, "KENYA", 0)] if text.startswith("KENYA") else []
    assert not Items(text, places)
    assert Items(text, places).of(5) is None


def test_the_words_before_the_first_item_are_an_item_of_their_own():
    text = "Police fired tear gas.\n\nKENYA: Rebels attacked.\n\nUGANDA: Troops withdrew."
    places = [_place(text, "KENYA", text.index("KENYA")),
              _place(text, "UGANDA", text.index("UGANDA"))]
    assert Items(text, places).of(3) == (0, text.index("KENYA"), None)


def test_an_item_without_a_place_of_its_own_takes_its_label(gaz):
    assert _locate(gaz, BRIEFING, "fired") == ["Lebanon"]


def test_an_item_naming_a_town_takes_it(gaz):
    assert _locate(gaz, BRIEFING, "strikes") == ["Ar Raqqah"]


def test_outside_a_briefing_the_documents_main_place_stands(gaz):
    text = BRIEFING.replace("LEBANON: ", "").replace("TURKEY: ", "")
    assert _locate(gaz, text, "fired") == ["Ar Raqqah"]
