"""Whether two places may be one happening's (merge.places): a town named as its region, told as
the region by the words around it, or told with no word of which; and two places neither of
which holds the other (two_places)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from merge_builders import report

from eventwire.merge.evidence import date_feature, profile, told_before
from eventwire.merge.places import (part_reading, place_fit, region_reading,
                                    shares_region_name, two_places)
from eventwire.records import DateValue, Place

# Invented sentences; real places, so that the fit reads real distances.
KANO = Place("Kano", "Kano", (0, 4), "Nigeria", "NG", "Kano", 12.00, 8.52, 2335204, 1, "PPLA")
TUDUN_WADA = Place("Tudun Wada", "Tudun Wada", (0, 10), "Nigeria", "NG", "Kano", 11.25, 8.40,
                   2322000, 1, "PPL")                    # about 85 km from Kano, in its state
KATSINA = Place("Katsina", "Katsina", (0, 7), "Nigeria", "NG", "Katsina", 12.99, 7.60,
                2334802, 1, "PPLA")                      # another state
ZARIA = Place("Zaria", "Zaria", (0, 5), "Nigeria", "NG", "Kaduna", 11.11, 7.72, 2319133, 1,
              "PPL")


def _at(place: Place, sentence: str, start: int = 100) -> Place:
    """``place`` as named in ``sentence`` (which starts at ``start`` in its document)."""
    i = sentence.index(place.text) + start
    return replace(place, span=(i, i + len(place.text)))


def _read(place: Place, sentence: str, start: int = 100) -> Place | None:
    return region_reading(_at(place, sentence, start), [(sentence, (start, start +
                                                                    len(sentence)))])


def test_a_town_named_as_its_region_is_the_region_when_its_words_say_so():
    for sentence in ("Gunmen kidnapped 20 villagers in Nigeria's Kano on Friday.",
                     "Gunmen kidnapped 20 villagers in Nigeria's northern Kano.",
                     "Gunmen kidnapped 20 villagers in Kano state on Friday.",
                     "Gunmen kidnapped 20 villagers in Kano State.",
                     "Gunmen kidnapped 20 villagers in the state of Kano.",
                     "Gunmen kidnapped 20 villagers in rural Kano province."):
        read = _read(KANO, sentence)
        assert read.feature == "ADM1" and read.geonameid is None and read.name == "Kano", sentence


def test_otherwise_it_stays_the_town():
    for sentence in ("Gunmen kidnapped 20 villagers in Kano on Friday.",
                     "Gunmen kidnapped 20 villagers in Ghana's Kano.",      # not its country
                     "Police in Kano city said 20 villagers were kidnapped.",
                     "Kano's governor said 20 villagers were kidnapped."):
        assert _read(KANO, sentence) == _at(KANO, sentence), sentence
    sentence = "Gunmen kidnapped 20 villagers in Nigeria's Zaria."        # not named as its region
    assert _read(ZARIA, sentence) == _at(ZARIA, sentence)
    elsewhere = "Gunmen kidnapped 20 villagers on Friday."                # read elsewhere
    assert region_reading(KANO, [(elsewhere, (100, 100 + len(elsewhere)))]) == KANO
    assert region_reading(None, []) is None
    assert shares_region_name(KANO) and not shares_region_name(ZARIA)


def test_the_region_holds_its_towns_and_a_town_named_as_it_vetoes_none_of_them():
    region = _read(KANO, "Gunmen kidnapped 20 villagers in Nigeria's Kano.")
    assert place_fit(region, TUDUN_WADA) == 0.6 == place_fit(TUDUN_WADA, region)
    assert place_fit(region, KATSINA) is None
    assert place_fit(region, KANO) == 1.0 == place_fit(KANO, region)    # one name, two grains
    other = replace(region, iso2="GH", country="Ghana")
    assert place_fit(other, KANO) == 0.0                  # a namesake abroad: a homonym
    # told with no word of which, the town's name may be the region's: no veto by distance
    assert place_fit(KANO, TUDUN_WADA) == 0.0 == place_fit(TUDUN_WADA, KANO)
    assert place_fit(KANO, KATSINA) is None               # far, and in another state
    assert place_fit(ZARIA, KATSINA) is None


def test_a_report_published_before_the_others_named_day_counts_against_it():
    saturday = date(2025, 1, 4)
    undated = profile(report("a", "Rebels kidnap five soldiers", day=None, published=saturday))
    told = "Troops clashed with rebels on Sunday"
    sunday = report("b", told, day=saturday + timedelta(1), published=saturday + timedelta(2))
    at = told.index("Sunday")
    sunday = replace(sunday, date=DateValue(sunday.date.start, sunday.date.end, 1, "Sunday",
                                            (at, at + 6)))
    later = profile(sunday)
    assert told_before(undated, later) and not told_before(later, undated)
    assert date_feature(undated, later) == -0.5 == date_feature(later, undated)
    same_day = profile(replace(sunday, date=replace(sunday.date, start=saturday, end=saturday,
                                                    text="Saturday")))
    assert not told_before(undated, same_day) and date_feature(undated, same_day) == 0.5


# Kano state, two of its districts (local government areas), a quarter of Kano city and the
# two countries around them; coordinates rounded.
KANO_STATE = Place("Kano", "Kano State", (0, 10), "Nigeria", "NG", "Kano", 11.75, 8.50, 2335196,
                   3, "ADM1")
DALA = Place("Dala", "Dala", (0, 4), "Nigeria", "NG", "Kano", 12.02, 8.49, 9000001, 3, "ADM2",
             admin2="Dala")
GWARZO = Place("Gwarzo", "Gwarzo", (0, 6), "Nigeria", "NG", "Kano", 11.92, 7.93, 9000002, 3,
               "ADM2", admin2="Gwarzo")
IN_DALA = Place("Kofar Mazugal", "Kofar Mazugal", (0, 13), "Nigeria", "NG", "Kano", 12.01,
                8.50, 9000003, 1, "PPL", admin2="Dala")
QUARTER = Place("Sabon Gari", "Sabon Gari", (0, 10), "Nigeria", "NG", "Kano", 12.02, 8.53,
                9000004, 1, "PPLX")                     # about 3 km from Kano's centre
NIGERIA = Place("Nigeria", "Nigeria", (0, 7), "Nigeria", "NG", None, 9.0, 8.0, 2328926, 3,
                "PCLI")
MARADI = Place("Maradi", "Maradi", (0, 6), "Niger", "NE", "Maradi", 13.50, 7.10, 2441291, 1,
               "PPLA")


def test_two_places_neither_holding_the_other():
    for p, q in ((KANO, TUDUN_WADA), (KATSINA, ZARIA), (DALA, GWARZO), (IN_DALA, GWARZO),
                 (KATSINA, KANO_STATE), (KATSINA, DALA), (KANO, MARADI), (NIGERIA, MARADI),
                 (replace(QUARTER, latitude=12.2), KANO),       # a "quarter" 20 km off
                 (replace(QUARTER, feature="PPL", latitude=12.08), KANO)):  # a town 9 km off
        assert two_places(p, q) and two_places(q, p), (p.name, q.name)


def test_one_place_holding_the_other_or_one_name_is_not_two():
    nowhere = replace(TUDUN_WADA, admin1=None, geonameid=9000005)   # its region unknown
    namesake = replace(KANO, geonameid=9000006, latitude=7.0)       # one name read two ways
    for p, q in ((KANO, KANO), (KANO_STATE, TUDUN_WADA), (KANO_STATE, DALA), (DALA, IN_DALA),
                 (NIGERIA, KANO), (NIGERIA, KANO_STATE), (QUARTER, KANO),
                 (nowhere, KANO_STATE), (nowhere, DALA), (namesake, KANO), (KANO_STATE, KANO),
                 (KANO, DALA),             # the city's district unknown: it may lie in Dala
                 (replace(QUARTER, feature="PPL"), KANO)):   # a town 3 km off: a quarter
        assert not two_places(p, q) and not two_places(q, p), (p.name, q.name)


GULF = Place("Gulf of Guinea", "Gulf of Guinea", (0, 14), None, None, None, 2.0, 4.0, 2304209,
             3, "GULF")
ATLANTIC = Place("Atlantic Ocean", "Atlantic", (0, 8), None, None, None, 0.0, -30.0, 3411923, 3,
                 "OCN")


def test_a_sea_an_ocean_or_a_continent_holds_no_town_as_a_country_does():
    # nothing says a town lies in a water or a continent: no fit either way (not a veto)
    for sea in (GULF, ATLANTIC):
        for town in (KANO, MARADI, KANO_STATE):
            assert place_fit(sea, town) == 0.0 and place_fit(town, sea) == 0.0, (sea, town)
        assert not two_places(sea, KANO)
    # one water named twice is one place; a country still holds its towns
    assert place_fit(GULF, GULF) == 1.0
    assert place_fit(NIGERIA, KANO) == 0.4


# Real points (GeoNames): countries and towns far apart within them.
INDONESIA = Place("Indonesia", "Indonesia", (0, 9), "Indonesia", "ID", None, -5.0, 120.0, 1643084,
                  3, "PCLI")
BANDA_ACEH = Place("Banda Aceh", "Banda Aceh", (0, 10), "Indonesia", "ID", "Aceh", 5.56, 95.32,
                   1215502, 1, "PPLA")
JAYAPURA = Place("Jayapura", "Jayapura", (0, 8), "Indonesia", "ID", "Papua", -2.53, 140.72,
                 2082600, 1, "PPLA")
LAGOS = Place("Lagos", "Lagos", (0, 5), "Nigeria", "NG", "Lagos", 6.45, 3.39, 2332459, 1, "PPLA")
MAIDUGURI = Place("Maiduguri", "Maiduguri", (0, 9), "Nigeria", "NG", "Borno", 11.85, 13.16,
                  2331447, 1, "PPLA")


def _told(area: Place, sentence: str, start: int = 100) -> Place:
    """``area`` as :func:`part_reading` reads it in ``sentence``."""
    return part_reading(_at(area, sentence, start), [(sentence, (start, start + len(sentence)))])


def test_a_part_of_a_country_told_before_its_name_is_read_with_it():
    assert _told(INDONESIA, "A quake struck remote eastern Indonesia.").text == (
        "east Indonesia")
    assert _told(NIGERIA, "Gunmen killed 12 in north-east Nigeria.").text == (
        "north-east Nigeria")
    assert _told(NIGERIA, "Gunmen killed 12 in northeastern Nigeria.").text == (
        "northeast Nigeria")
    # no part, a town, a part after the name: as it was
    for place, sentence in ((INDONESIA, "A quake struck Indonesia."),
                            (LAGOS, "Gunmen struck southern Lagos."),
                            (NIGERIA, "Gunmen struck Nigeria's north.")):
        assert _told(place, sentence) == _at(place, sentence)


def test_a_town_far_on_the_other_side_of_a_told_part_is_not_in_it():
    east = _told(INDONESIA, "A quake struck eastern Indonesia.")
    north = _told(NIGERIA, "Gunmen killed 12 in northern Nigeria.")
    assert place_fit(east, BANDA_ACEH) is None and place_fit(BANDA_ACEH, east) is None
    assert place_fit(north, LAGOS) is None
    # the towns of the part, the country untold, and a small country's towns fit as before
    assert place_fit(east, JAYAPURA) == 0.4 and place_fit(north, MAIDUGURI) == 0.4
    assert place_fit(INDONESIA, BANDA_ACEH) == 0.4
    south = _told(NIGERIA, "Gunmen killed 12 in southern Nigeria.")
    assert place_fit(south, LAGOS) == 0.4 and place_fit(south, MAIDUGURI) is None
    # one country told whole and in part is one place
    assert place_fit(east, INDONESIA) == 1.0
