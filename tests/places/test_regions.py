"""Regions' representative points and the short forms of their names
(eventwire.places.regions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.places.regions import admin_aliases, blend, center, county_aliases


points = st.lists(st.tuples(st.floats(-80, 80), st.floats(-170, 170)), min_size=1, max_size=30)


@given(points)
def test_center_lies_within_the_latitude_range(pts):
    lat, lon = center(pts)
    assert min(p[0] for p in pts) - 1e-3 <= lat <= max(p[0] for p in pts) + 1e-3
    assert -180 <= lon <= 180


def test_center_takes_the_narrow_box_across_the_antimeridian():
    lat, lon = center([(65.0, 179.0), (64.0, -179.0), (66.0, 178.0)])
    assert abs(lat - 65.0) < 1e-6
    assert abs(abs(lon) - 180.0) < 1.5          # near the antimeridian, not near Greenwich


def test_admin_aliases_strip_administrative_words():
    assert "Zhejiang" in admin_aliases("Zhejiang Sheng")
    assert "Kermanshah" in admin_aliases("Ostan-e Kermanshah")
    assert "Dagestan" in admin_aliases("Dagestan, Respublika")
    assert admin_aliases("Washington, D.C.") == set()
    assert admin_aliases("Texas") == set()


def test_county_aliases_drop_the_county_word():
    assert county_aliases("Henry County") == ["Henry"]
    assert county_aliases("Avoyelles Parish") == ["Avoyelles"]
    assert county_aliases("Norfolk") == []
    assert county_aliases("County Durham") == []


def test_county_aliases_drop_the_administrative_words_of_their_language():
    assert county_aliases("Departement de la Gironde") == ["Gironde"]
    assert county_aliases("Departement des Hauts-de-Seine") == ["Hauts-de-Seine"]
    assert county_aliases("Departement de l'Aisne") == ["Aisne"]
    assert county_aliases("Departement du Nord") == ["Nord"]
    assert county_aliases("Provincia di Cosenza") == ["Cosenza"]
    assert county_aliases("Provincie Antwerpen") == ["Antwerpen"]
    assert county_aliases("Kabupaten Langkat") == ["Langkat"]
    assert county_aliases("Kota Banda Aceh") == ["Banda Aceh"]
    assert county_aliases("Sargodha District") == ["Sargodha"]
    assert county_aliases("Toyota-shi") == ["Toyota"]
    assert county_aliases("Comuna Voluntari") == ["Voluntari"]
    assert county_aliases("Nomos Chiou") == ["Chiou"]
    assert county_aliases("Aarhus Kommune") == ["Aarhus"]
    # Britain's boroughs and cities keep their words (the town bears the bare name)
    assert county_aliases("Borough of Wigan") == []
    assert county_aliases("City of York") == []
    # a name whose words are all its own keeps them
    assert county_aliases("Devon") == []
    assert county_aliases("Provence") == []
    assert county_aliases("Kotabaru") == []
    assert county_aliases("District") == []


def test_blend_is_the_midpoint_and_keeps_a_lone_estimate():
    assert blend((50.0, 10.0), (52.0, 14.0)) == (51.0, 12.0)
    assert blend((50.0, 10.0), None) == (50.0, 10.0)
    lat, lon = blend((65.0, 179.0), (65.0, -177.0))      # the short way round
    assert lat == 65.0 and lon == -179.0


def test_blend_is_the_mean_of_three_estimates_and_skips_missing_ones():
    assert blend((50.0, 10.0), (52.0, 14.0), (54.0, 18.0)) == (52.0, 14.0)
    assert blend((50.0, 10.0), None, (52.0, 14.0)) == (51.0, 12.0)
    lat, lon = blend((65.0, 179.0), (65.0, -177.0), (68.0, 178.0))    # across the antimeridian
    assert lat == 66.0 and lon == 180.0


@given(points, points)
def test_blend_lies_between_its_estimates_in_latitude(a, b):
    p, q = center(a), center(b)
    lat, lon = blend(p, q)
    assert min(p[0], q[0]) - 1e-3 <= lat <= max(p[0], q[0]) + 1e-3 and -180 < lon <= 180


def test_center_leaves_out_a_small_detached_group_of_places():
    # 98 places of a province between 116 and 122 E, two miscoded ones at 100 E.
    pts = [(31.0 + (k % 7) * 0.5, 116.0 + (k % 13) * 0.5) for k in range(98)]
    lat, lon = center(pts + [(37.0, 100.3), (29.0, 100.7)])
    assert 118.0 < lon < 120.0
    assert lat == 33.0          # 29-37 N: their latitudes are within 3 degrees of the rest
    # Fewer than 50 places: every one counts.
    assert center([(0.0, 0.0), (0.0, 1.0), (0.0, 10.0)])[1] == 5.0
