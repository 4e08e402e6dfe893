"""Second-level regions of places (eventwire.places.admin): from a hand-made table of towns,
through the geoparser, and for exports of records stored before the places stage kept them."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.places import Geoparser, admin
from eventwire.places.admin import MAX_KM, Regions, admin2_of, admin_names, regions
from eventwire.records import Place

# Invented towns: (ISO2, latitude, longitude, admin1, admin2). "BB"'s town is nearer to the
# "AA" test point than AA's own, and one AA town has no admin2 in the table.
TOWNS = [("AA", 10.00, 20.00, "Upland", "North District"),
         ("AA", 10.00, 21.00, "Upland", "East District"),
         ("AA", 12.00, 20.00, "Lowland", ""),
         ("BB", 10.03, 20.03, "Coast", "Border County"),
         # Near the tiny gazetteer's Springfield, Illinois, and Paris, France.
         ("US", 39.81, -89.65, "Illinois", "Made-up County"),
         ("FR", 48.86, 2.34, "Ile-de-France", "Made-up Department")]


def _hand_table() -> dict:
    out: dict = {}
    for cc, lat, lon, a1, a2 in TOWNS:
        lats, lons, names = out.setdefault(cc, ([], [], []))
        lats.append(lat)
        lons.append(lon)
        names.append((a1, a2))
    return {cc: (np.array(a), np.array(b), n) for cc, (a, b, n) in out.items()}


@pytest.fixture
def table(monkeypatch):
    monkeypatch.setattr(admin, "_table", _hand_table)


def test_a_town_takes_the_regions_of_the_nearest_town_of_its_own_country(table):
    # BB's town is 1.6 km away, AA's nearest 3.1 km: the point is in AA, so AA's regions
    assert regions("AA", 10.02, 20.02, 1) == Regions("Upland", "North District")
    assert regions("aa", 10.0, 20.95, 2) == Regions("Upland", "East District")
    assert regions("BB", 10.02, 20.02, 1) == Regions("Coast", "Border County")


def test_no_town_near_enough_or_no_admin2_in_the_table_gives_none(table):
    far = 10.0 + 1.5 * MAX_KM / admin.KM_PER_DEGREE
    assert regions("AA", far, 20.0, 1) == admin.NO_REGIONS
    assert regions("AA", 12.0, 20.0, 1) == Regions("Lowland", None)   # a place with no admin2
    assert regions("CC", 10.0, 20.0, 1) == admin.NO_REGIONS           # a country not listed
    assert regions("AA", None, 20.0, 1) == regions(None, 10.0, 20.0, 1) == admin.NO_REGIONS


def test_regions_and_countries_have_no_admin2_districts_are_their_own(table):
    # at a town's very point: still none for a place of a whole region or country
    assert admin2_of("Upland", "ADM1", "AA", 10.0, 20.0, 3) is None
    assert admin2_of("Aaland", "PCLI", "AA", 10.0, 20.0, 3) is None
    assert admin2_of("Hill District", "ADM2", "AA", 11.0, 20.5, 2) == "Hill District"
    assert admin2_of("Smallton", "PPL", "AA", 10.0, 21.01, 1) == "East District"


@pytest.mark.parametrize(("text", "admin2"), [
    ("Springfield, Illinois", "Made-up County"),        # a town (US)
    ("Paris", "Made-up Department"),                    # a town of another country (FR)
    ("Clarke County", "Clarke County"),                 # a county: its own name
    ("Texas", None),                                    # a first-level region
    ("Syria", None),                                    # a country
    ("Ar Raqqah", None),                                # a town no table entry is near
])
def test_the_geoparser_gives_each_resolved_place_its_admin2(gaz, table, text, admin2):
    [place] = [p for p in Geoparser(gaz).places(f"Fighting in {text} went on.", [])
               if p.text in text.split(", ")[:1]]
    assert place.admin2 == admin2


def test_an_export_uses_the_stored_admin2_and_looks_up_only_what_a_record_lacks(table):
    stored = Place("Smallton", "Smallton", (0, 8), "Aaland", "AA", "Upland", 10.0, 20.0,
                   geo_precision=1, admin2="Stored District")
    assert admin_names(stored) == ("Upland", "Stored District")      # not the table's
    old = Place("Smallton", "Smallton", (0, 8), "Aaland", "AA", None, 10.0, 20.0,
                geo_precision=1)
    assert admin_names(old) == ("Upland", "North District")
    country = Place("Aaland", "Aaland", (0, 6), "Aaland", "AA", None, 10.0, 20.0,
                    geo_precision=3, feature="PCLI")
    assert admin_names(country) == ("", "")


@pytest.mark.parametrize(("iso2", "lat", "lon", "admin2"), [
    ("US", 39.80, -89.64, "Sangamon County"),            # Springfield, Illinois
    ("GB", 51.752, -1.258, "Oxfordshire"),               # Oxford
    ("FR", 45.75, 4.85, "Rhone"),                        # Lyon, in the Rhône department
    ("DE", 49.41, 8.69, "Karlsruhe"),                    # Heidelberg, Regierungsbezirk Karlsruhe
])
def test_the_bundled_table_knows_the_counties_of_towns(iso2, lat, lon, admin2):
    assert admin2 in (regions(iso2, lat, lon, 1).admin2 or "")
