"""Sweep resolution weights over values and print the gold-span scores: how the constants of
``eventwire/places/resolve.py`` and ``homonyms.py`` were calibrated.

    python benchmarks/calibrate_resolve.py OUTLET_TOWN_BONUS=0,1,3,4,5 [NAME=v1,v2 ...]
        [--shared ../shared]

Every combination of the given values is scored on the geo dev corpora (read in place, never
copied): acc@161 km / exact GeoNames id, TR-News then LGL.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from eventwire.evaluate.geo import evaluate_geo
from eventwire.places import Geoparser, load_gazetteer
from eventwire.places import homonyms, resolve

CORPORA = (("geo/trnews/TR-News.xml", "trnews"), ("geo/lgl/lgl.xml", "lgl"))


def main(shared: Path, sweeps: list[str]) -> None:
    grid = {}
    for sweep in sweeps:
        name, _, values = sweep.partition("=")
        if not any(hasattr(m, name) for m in (resolve, homonyms)):
            raise SystemExit(f"resolve.py and homonyms.py have no constant {name!r}")
        grid[name] = [float(v) for v in values.split(",")]
    geoparser = Geoparser(load_gazetteer())
    for combo in itertools.product(*grid.values()):
        for name, value in zip(grid, combo):
            for module in (resolve, homonyms):     # resolve.py imports some of homonyms'
                if hasattr(module, name):
                    setattr(module, name, value)
        scores = [evaluate_geo(shared / "eval" / rel, fmt=fmt, gold_spans=True,
                               geoparser=geoparser) for rel, fmt in CORPORA]
        print(dict(zip(grid, combo)),
              *(f"{s.acc_161km:.4f}/{s.exact_id:.4f}" for s in scores), flush=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sweeps", nargs="+",
                    help="NAME=v1,v2,... (a constant of resolve.py or homonyms.py)")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args()
    main(args.shared, args.sweeps)
