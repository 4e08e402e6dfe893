"""Map clusters computed by the server, so the map shows every matching event at any size.

The web app's map (static/draw.js) draws a Mercator projection onto a 1000 x 600 plane
(:data:`WIDTH`, :data:`HEIGHT`, cut at :data:`MAX_LAT` degrees) and gathers the points that
fall in one square cell of the screen into a cluster. Sending every point to the browser
does not scale (20,000 GeoJSON features are 14.5 MB and took 1.7-1.9 s on 100,000 events);
so the server bins the matching events of the visible part of the plane into the map's
cells with numpy and sends one small record per cell (a few hundred at most). The
projection here is draw.js's ``project``; a browser test holds the two equal.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .queries import QueryError

WIDTH, HEIGHT = 1000.0, 600.0
# Mercator is cut here: beyond it the poles stretch without end.
MAX_LAT = 80.0
_TOP = float(np.log(np.tan(np.pi / 4 + np.radians(MAX_LAT) / 2)))
# More cells than this in one answer means a cell far smaller than the map's (the client's
# cell is 28 screen pixels): refused rather than sending one record per event.
MAX_CELLS = 20_000


def project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes (NaN where unknown) to map units, as draw.js projects."""
    phi = np.radians(np.clip(lat, -MAX_LAT, MAX_LAT))
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (1.0 - np.log(np.tan(np.pi / 4 + phi / 2)) / _TOP) / 2.0 * HEIGHT
    return x, y


def clusters(x: np.ndarray, y: np.ndarray, types: np.ndarray, rows: np.ndarray, cell: float,
             view: tuple[float, float, float, float] | None) -> list[dict[str, Any]]:
    """The cells of ``cell`` map units holding the events ``rows`` (indexes into ``x``, ``y``
    and ``types``, the event type codes), within ``view`` (x0, y0, x1, y1, with a cell's
    margin) when given: ``{"x", "y" (the members' mean), "n", "type" (the commonest type's
    code), "row" (the first member, in ``rows`` order)}``, in a fixed order."""
    xs, ys = x[rows], y[rows]
    keep = np.isfinite(xs) & np.isfinite(ys)
    if view is not None:
        x0, y0, x1, y1 = view
        keep &= (xs >= x0 - cell) & (xs <= x1 + cell) & (ys >= y0 - cell) & (ys <= y1 + cell)
    rows, xs, ys = rows[keep], xs[keep], ys[keep]
    if not len(rows):
        return []
    cx = np.floor(xs / cell).astype(np.int64)
    cy = np.floor(ys / cell).astype(np.int64)
    key = cx * (int(HEIGHT / cell) + 3) + cy
    cells, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    if len(cells) > MAX_CELLS:
        raise QueryError(f"cell={cell:g} cuts the view into {len(cells)} cells: at most "
                         f"{MAX_CELLS}; give a larger cell")
    sx = np.bincount(inverse, weights=xs) / counts
    sy = np.bincount(inverse, weights=ys) / counts
    ntypes = int(types.max()) + 1 if len(types) else 1
    by_type = np.bincount(inverse * ntypes + types[rows], minlength=len(cells) * ntypes)
    top = by_type.reshape(len(cells), ntypes).argmax(axis=1)
    first = np.full(len(cells), len(rows), dtype=np.int64)
    np.minimum.at(first, inverse, np.arange(len(rows)))
    return [{"x": float(sx[i]), "y": float(sy[i]), "n": int(counts[i]), "type": int(top[i]),
             "row": int(rows[first[i]])} for i in range(len(cells))]
