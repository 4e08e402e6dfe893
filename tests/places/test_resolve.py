from __future__ import annotations

import pytest
from fakes import mentions as _mentions

from eventwire.places.resolve import name_of, resolve_all


def _resolve(gaz, text, *names, **kw):
    return [(gaz.name[r.entry], gaz.country[r.entry]) if r.entry is not None else None
            for r in resolve_all(gaz, text, _mentions(text, *names), **kw)]


def test_population_prior_without_context(gaz):
    assert _resolve(gaz, "Paris was calm.", "Paris") == [("Paris", "FR")]


def test_document_context_picks_the_local_namesake(gaz):
    text = "Paris police and Dallas officials met in Texas."
    assert _resolve(gaz, text, "Paris", "Dallas", "Texas")[0] == ("Paris", "US")


def test_explicit_container_and_state_over_village(gaz):
    assert _resolve(gaz, "He lives in Paris, Texas.", "Paris", "Texas") == [
        ("Paris", "US"), ("Texas", "US")]


def test_neighbouring_places_pick_the_namesake(gaz):
    text = "Springfield and Peoria schools closed."
    assert gaz.admin1[resolve_all(gaz, text, _mentions(text, "Springfield", "Peoria"))[0]
                      .entry] == "US.IL"


def test_georgia_follows_the_document(gaz):
    us = "Officials in Georgia and Texas and the United States said so."
    world = "Georgia, Turkey and Syria signed it."
    assert _resolve(gaz, us, "Georgia", "Texas", "United States")[0] == ("Georgia", "US")
    assert _resolve(gaz, world, "Georgia", "Turkey", "Syria")[0] == ("Georgia", "GE")


def test_dateline_country_is_a_prior(gaz):
    assert _resolve(gaz, "Paris said.", "Paris", dateline_country="US") == [("Paris", "FR")]
    assert _resolve(gaz, "Georgia said.", "Georgia", dateline_country="US") == [
        ("Georgia", "US")]


def test_unknown_name_is_unresolved_with_zero_confidence(gaz):
    [r] = resolve_all(gaz, "Xyzzy", _mentions("Xyzzy", "Xyzzy"))
    assert r.entry is None and r.confidence == 0.0


def test_unknown_names_do_not_dilute_the_context(gaz):
    text = "Paris and Dallas schools, Xyzzy, Plugh, Frobozz, Quux, Zorkmid and Blorb too."
    names = ("Paris", "Dallas", "Xyzzy", "Plugh", "Frobozz", "Quux", "Zorkmid", "Blorb")
    assert _resolve(gaz, text, *names)[0] == ("Paris", "US")


def test_a_bare_county_name_follows_the_document(gaz):
    assert _resolve(gaz, "Schools in Clarke, Georgia.", "Clarke", "Georgia")[0] == (
        "Clarke County", "US")
    assert _resolve(gaz, "Clarke and Dallas schools.", "Clarke", "Dallas")[0] == (
        "Clarke", "US")
    # without context the town bearing the name beats the county missing its "County"
    assert _resolve(gaz, "Clarke schools closed.", "Clarke") == [("Clarke", "US")]


def test_a_county_written_with_co_is_the_county(gaz):
    assert _resolve(gaz, "Clarke Co. schools.", "Clarke Co.") == [("Clarke County", "US")]


def test_township_river_and_station_fall_back_on_the_town(gaz):
    text = "Springfield Township and Peoria schools closed."
    got = resolve_all(gaz, text, _mentions(text, "Springfield Township", "Peoria"))
    assert gaz.admin1[got[0].entry] == "US.IL"
    assert _resolve(gaz, "The Neches River rose.", "Neches River") == [("Neches", "US")]
    assert _resolve(gaz, "Dallas Creek rose.", "Dallas Creek") == [("Dallas", "US")]
    assert _resolve(gaz, "The Euphrates River rose.", "Euphrates River") == [("Euphrates", "")]
    # only a town bearing the name as its own: nothing for a name it does not know
    assert _resolve(gaz, "Xyzzy River rose.", "Xyzzy River") == [None]


def test_a_small_town_far_from_the_home_region_gives_way_to_it(gaz):
    text = "Kent officials met in Dallas and Paris, Texas."
    got = _resolve(gaz, text, "Kent", "Dallas", "Paris", "Texas")
    assert got[0] == ("Texas", "US")
    [kent] = [r for r in resolve_all(gaz, text, _mentions(text, "Kent", "Dallas", "Paris",
                                                          "Texas")) if r.mention.text == "Kent"]
    assert kent.confidence <= 0.5
    # in its own region, or alone, the town stays
    assert _resolve(gaz, "Kent and Peoria officials met.", "Kent", "Peoria")[0] == (
        "Kent", "US")
    assert _resolve(gaz, "Kent officials met.", "Kent") == [("Kent", "US")]


def test_firmly_resolved_names_settle_the_ones_in_doubt(gaz):
    # "Georgia" is the country after the first pass, the state once "Clarke" is in: the state
    # then supports Clarke County alone, which beats the Texas town of that name
    assert _resolve(gaz, "Clarke and Georgia schools.", "Clarke", "Georgia") == [
        ("Clarke County", "US"), ("Georgia", "US")]


def test_a_region_after_the_comma_contains_the_name_even_unmarked(gaz):
    # "Tex." is not a mention here (a recogniser may miss it): the text after the comma counts
    assert _resolve(gaz, "She moved to Paris, Tex. last year.", "Paris") == [("Paris", "US")]
    # "Paris, Dallas and Peoria": a town after the comma is no container
    assert _resolve(gaz, "Paris, Peoria schools.", "Paris") == [("Paris", "FR")]


def test_one_sense_per_name_across_case_and_possessives(gaz):
    text = "In Paris, Tex. police said PARIS and Paris's schools reopened."
    got = resolve_all(gaz, text, _mentions(text, "Paris", "PARIS", "Paris's"))
    assert [gaz.country[r.entry] for r in got] == ["US", "US", "US"]


def test_name_of_drops_a_possessive_only_when_the_gazetteer_lacks_it(gaz):
    assert name_of(gaz, "Syria's") == "Syria"
    assert name_of(gaz, "Paris\u2019") == "Paris\u2019"      # its key already is "paris"
    assert name_of(gaz, "Xyzzy's") == "Xyzzy's"          # nothing to find either way
    assert name_of(gaz, "Dallas") == "Dallas"


def test_outlet_towns_support_their_own_name_and_their_neighbours(gaz):
    tx_paris = next(i for i in gaz.lookup("Paris") if gaz.country[i] == "US")
    assert _resolve(gaz, "Paris was calm.", "Paris", outlet_towns=(tx_paris,)) == [
        ("Paris", "US")]
    springfields = gaz.lookup("Springfield")
    got = resolve_all(gaz, "Kent was calm.", _mentions("Kent was calm.", "Kent"),
                      outlet_towns=springfields)
    assert gaz.admin1[got[0].entry] == "US.IL"


def test_a_region_word_the_gazetteer_lacks_falls_back_on_the_region(gaz):
    text = "Shelling in Ar-Raqqah Province and Texas State."
    assert _resolve(gaz, text, "Ar-Raqqah Province", "Texas State") == [
        ("Ar-Raqqah", "SY"), ("Texas", "US")]


def test_a_hamlet_named_like_a_region_across_countries_yields_to_it():
    from eventwire.places.build import _Builder
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    b.add("Middle East", 40.0, -76.0, "US", "US.PA", "PPL", 1_900, 1)
    b.add("Middle East", 30.0, 40.0, "", "", "RGN", 0, 0)
    b.add("Pittsburgh", 40.44, -80.0, "US", "US.PA", "PPL", 300_000, 2)
    gaz = b.finish({"US": us}, {}, {"US": ()})
    text = "Pittsburgh officials spoke of the Middle East."
    assert _resolve(gaz, text, "Pittsburgh", "Middle East")[1] == ("Middle East", "")


def test_an_explicit_container_still_finds_the_hamlet():
    from eventwire.places.build import _Builder
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    pa = b.add("Pennsylvania", 40.9, -77.8, "US", "US.PA", "ADM1", 13_000_000, 6254927)
    b.add("Middle East", 40.0, -76.0, "US", "US.PA", "PPL", 1_900, 1)
    b.add("Middle East", 30.0, 40.0, "", "", "RGN", 0, 0)
    gaz = b.finish({"US": us}, {"US.PA": pa}, {"US": ()})
    text = "A fire in Middle East, Pennsylvania."
    assert _resolve(gaz, text, "Middle East", "Pennsylvania")[0] == ("Middle East", "US")


def test_a_towns_short_name_is_its_own_not_an_alias():
    from eventwire.places.build import _Builder
    from eventwire.places.names import short_form as _short_form
    assert _short_form("newcastle", "newcastle upon tyne")
    assert _short_form("frankfurt", "frankfurt am main")
    assert not _short_form("new", "new york city")          # no river or district word
    assert not _short_form("york", "yorktown")
    b = _Builder()
    gb = b.add("United Kingdom", 54.0, -2.0, "GB", "", "PCLI", 66_000_000, 2635167)
    b.add("Newcastle upon Tyne", 54.97, -1.61, "GB", "GB.ENG", "PPL", 300_000, 1,
          ["Newcastle"])
    b.add("Newcastle", 54.22, -5.89, "GB", "GB.NIR", "PPL", 7_400, 2)
    gaz = b.finish({"GB": gb}, {}, {"GB": ()})
    text = "Doctors in Newcastle, in the United Kingdom, said."
    assert _resolve(gaz, text, "Newcastle", "United Kingdom")[0] == (
        "Newcastle upon Tyne", "GB")


def test_a_landmark_outweighs_a_small_town_of_its_name():
    from eventwire.places.build import _Builder
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    b.add("White House", 36.47, -86.65, "US", "US.TN", "PPL", 11_000, 1)
    b.add("White House", 38.8977, -77.0365, "US", "US.DC", "BLDG", 0, 0)
    gaz = b.finish({"US": us}, {}, {"US": ()})
    (r,) = resolve_all(gaz, "A ceremony at the White House.",
                       _mentions("A ceremony at the White House.", "White House"))
    assert gaz.feature[r.entry] == "BLDG"


def test_a_region_its_country_contains_explicitly_is_not_foreign():
    # In a Canadian story, "Queensland, Australia" is the state, not a Canadian namesake: the
    # region prior a foreign region loses comes back when the text names its country.
    from eventwire.places.build import _Builder
    b = _Builder()
    ca = b.add("Canada", 60.0, -96.0, "CA", "", "PCLI", 38_000_000, 6251999)
    au = b.add("Australia", -25.0, 135.0, "AU", "", "PCLI", 25_000_000, 2077456)
    qld = b.add("Queensland", -20.9, 145.2, "AU", "AU.04", "ADM1", 5_000_000, 2152274)
    b.add("Queensland", 44.0, -79.0, "CA", "CA.08", "PPL", 20_000, 1)
    b.add("Edmonton", 53.55, -113.5, "CA", "CA.01", "PPL", 1_000_000, 2)
    gaz = b.finish({"CA": ca, "AU": au}, {"AU.04": qld}, {"CA": (), "AU": ()})
    text = "An Edmonton skater, once champion for Queensland, Australia."
    assert _resolve(gaz, text, "Edmonton", "Queensland")[1] == ("Queensland", "AU")


def _ocean_and_counties():
    from eventwire.places.build import _Builder
    from eventwire.places.regions import county_aliases
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    nj = b.add("New Jersey", 40.2, -74.6, "US", "US.NJ", "ADM1", 9_000_000, 5101760)
    ia = b.add("Iowa", 42.0, -93.5, "US", "US.IA", "ADM1", 3_000_000, 4862182)
    b.add("Atlantic County", 39.47, -74.63, "US", "US.NJ", "ADM2", 270_000, 4500969,
          county_aliases("Atlantic County"))
    b.add("Atlantic", 41.4, -95.0, "US", "US.IA", "PPL", 6_800, 4846960)
    b.add("Atlantic", 10.0, -30.0, "", "", "OCN", 0, 0, ["Atlantic Ocean"])
    b.add("Trenton", 40.22, -74.76, "US", "US.NJ", "PPL", 84_000, 5105496)
    b.add("Camden", 39.93, -75.12, "US", "US.NJ", "PPL", 73_000, 4501018)
    return b.finish({"US": us}, {"US.NJ": nj, "US.IA": ia}, {"US": ()})


@pytest.mark.parametrize("text, name, feature", [
    ("Storms over the Atlantic hit Trenton and Camden in New Jersey.", "Atlantic", "OCN"),
    ("Crews from Trenton and Camden crossed the Atlantic.", "Atlantic", "OCN"),
    # "County" said, or a container, still finds the county and the town.
    ("Storms hit Atlantic County, officials in Trenton said.", "Atlantic County", "ADM2"),
    ("A fire in Atlantic, Iowa, and in Trenton.", "Atlantic", "PPL"),
])
def test_an_ocean_beats_the_county_and_hamlet_named_after_it(text, name, feature):
    gaz = _ocean_and_counties()
    words = ("Atlantic County", "Atlantic", "Iowa", "Trenton", "Camden", "New Jersey")
    found = sorted((text.index(w), w) for w in words if w in text
                   and not (w == "Atlantic" and "Atlantic County" in text))
    got = resolve_all(gaz, text, _mentions(text, *(w for _, w in found)))
    first = next(r for r in got if r.mention.text.startswith("Atlantic"))
    assert (gaz.name[first.entry], gaz.feature[first.entry]) == (name, feature)


def test_a_name_saying_sea_is_the_water_whatever_the_documents_country():
    from eventwire.places.build import _Builder
    b = _Builder()
    eg = b.add("Egypt", 27.0, 30.0, "EG", "", "PCLI", 100_000_000, 357994)
    region = b.add("Red Sea", 25.0, 34.0, "EG", "EG.26", "ADM1", 350_000, 361468)
    b.add("Red Sea", 20.0, 38.0, "", "", "SEA", 0, 0)
    b.add("Cairo", 30.06, 31.25, "EG", "EG.11", "PPLC", 9_000_000, 360630)
    b.add("Hurghada", 27.26, 33.81, "EG", "EG.26", "PPL", 250_000, 361291)
    gaz = b.finish({"EG": eg}, {"EG.26": region}, {"EG": ()})
    text = "Officials in Cairo and Hurghada said a ship sank in the Red Sea."
    got = resolve_all(gaz, text, _mentions(text, "Cairo", "Hurghada", "Red Sea"))
    assert gaz.feature[got[-1].entry] == "SEA"
    # A region word after it asks for the region.
    text = "Officials in Cairo said Red Sea governorate would reopen its roads."
    got = resolve_all(gaz, text, _mentions(text, "Cairo", "Red Sea"))
    assert gaz.feature[got[-1].entry] == "ADM1"


def _country_and_hamlets():
    from eventwire.places.build import _Builder
    b = _Builder()
    us = b.add("United States", 39.76, -98.5, "US", "", "PCLI", 327_000_000, 6252001)
    it = b.add("Italy", 42.8, 12.8, "IT", "", "PCLI", 60_000_000, 3175395)
    tx = b.add("Texas", 31.25, -99.25, "US", "US.TX", "ADM1", 25_000_000, 4736286)
    b.add("Italy", 32.18, -96.88, "US", "US.TX", "PPL", 1_900, 4703000)
    b.add("Waxahachie", 32.39, -96.85, "US", "US.TX", "PPL", 35_000, 4739526)
    b.add("Dallas", 32.78, -96.81, "US", "US.TX", "PPL", 1_300_000, 4684888)
    b.add("Hollandia", 30.0, -97.0, "US", "US.TX", "PPL", 30_000, 4000010, ["Holland"])
    nl = b.add("Netherlands", 52.25, 5.75, "NL", "", "PCLI", 17_000_000, 2750405, ["Holland"])
    return b.finish({"US": us, "IT": it, "NL": nl}, {"US.TX": tx}, {"US": (), "IT": (), "NL": ()})


@pytest.mark.parametrize("text, want", [
    ("Officials in Dallas and Waxahachie said the painter was born in Italy.", "IT"),
    # named as a town: the hamlet
    ("A barn burned in Italy, Texas, near Waxahachie and Dallas.", "US"),
    ("Police in Dallas said the town of Italy was flooded.", "US"),
])
def test_a_hamlet_named_like_a_country_yields_unless_named_a_town(text, want):
    gaz = _country_and_hamlets()
    names = [w for w in ("Dallas", "Waxahachie", "Italy", "Texas") if w in text]
    found = sorted((text.index(w), w) for w in names)
    got = resolve_all(gaz, text, _mentions(text, *(w for _, w in found)))
    italy = next(r for r in got if r.mention.text == "Italy")
    assert gaz.country[italy.entry] == want


def test_a_countrys_alias_leaves_the_towns_that_bear_it_alone():
    gaz = _country_and_hamlets()
    text = "Officials in Dallas and Waxahachie said Holland would open a shelter."
    got = resolve_all(gaz, text, _mentions(text, "Dallas", "Waxahachie", "Holland"))
    assert gaz.country[got[-1].entry] == "US"


def test_a_place_standing_in_for_one_the_tables_lack_is_coarser(gaz):
    text = "A fire gutted the Kent in central Beirut."
    kent, beirut = resolve_all(gaz, text, _mentions(text, "Kent", "Beirut"))
    assert gaz.name[kent.entry] == "Beirut" and kent.inner and not beirut.inner
    text = "A bus crashed near Paris in Texas."
    paris, texas = resolve_all(gaz, text, _mentions(text, "Paris", "Texas"))
    assert gaz.country[paris.entry] == "US" and not paris.inner and not texas.inner


@pytest.mark.parametrize("text, names, name, country", [
    # where people come from says little of where the story is
    ("Texas tourists visiting Paris were robbed.", ("Texas", "Paris"), "Paris", "FR"),
    ("A Texan couple in Paris was robbed.", ("Paris",), "Paris", "FR"),
    ("Tourists from Texas were robbed in Paris.", ("Texas", "Paris"), "Paris", "FR"),
    ("Two Dallas students in Paris were hurt.", ("Dallas", "Paris"), "Paris", "FR"),
    # ... but still breaks a tie between namesakes of like size
    ("A Peoria man was shot in Springfield.", ("Peoria", "Springfield"), "Springfield", "US"),
    # hard negatives: the same names where things happen
    ("Texas police said Paris was calm.", ("Texas", "Paris"), "Paris", "US"),
    ("Dallas officials said Paris was calm.", ("Dallas", "Paris"), "Paris", "US"),
    ("Storms hit Texas. Texas tourists in Paris were hurt.", ("Texas", "Texas", "Paris"),
     "Paris", "US"),
])
def test_an_origin_is_weaker_evidence_than_a_place_of_the_story(gaz, text, names, name,
                                                                 country):
    out = resolve_all(gaz, text, _mentions(text, *names))
    got = next(r for r in out if r.mention.text == name)
    assert gaz.country[got.entry] == country
    if name == "Springfield":
        assert gaz.admin1[got.entry] == "US.IL"


def test_an_area_named_with_an_article_is_not_the_town(world):
    # own sentences: "the Yukon" (an Oklahoma town bears the name), beside the town without it
    def spans(text, *names):
        got = world.resolve_spans(text, [(text.index(n), text.index(n) + len(n))
                                         for n in names])
        return [(p.name, p.iso2, p.feature) if p else None for p in got]

    got = spans("Her cabin in the Yukon was moved to Oakland in 1969.", "Yukon", "Oakland")
    assert got[0][1] == "CA" and got[0][2] == "ADM1"
    got = spans("Police in Yukon and Oklahoma City searched for the driver.", "Yukon",
                "Oklahoma City")
    assert got[0][1] == "US"
