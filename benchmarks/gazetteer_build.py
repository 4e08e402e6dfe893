"""Time and memory of `eventwire gazetteer build` on a synthetic GeoNames dump, and the load
time of the bundled index.

    python benchmarks/gazetteer_build.py [--lines 12000000 ...] [--keep DIR]

For each size, writes allCountries.zip in GeoNames' format (19 columns) with feature classes
in about the shares of the real dump (P 38%, H 20%, T 18%, S 17%, A 4%, L 2%, V 1%), names
drawn so that many recur (namesakes), most places without people (a dump already in --keep DIR
is used again: the same seed writes the same dump); then builds and writes the index in a
fresh process as `eventwire gazetteer build` does, and prints its wall time, peak memory (max
RSS) and what it kept; then loads that index in another fresh process and prints the load time
and the memory it takes. The real dump has about 12.9 million lines (2024).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

# (feature class, feature code, share of the dump)
FEATURES = (("P", "PPL", 0.34), ("P", "PPLX", 0.02), ("P", "PPLA4", 0.015), ("P", "PPLA3", 0.005),
            ("H", "STM", 0.09), ("H", "LK", 0.03), ("H", "SPNG", 0.03), ("H", "WLL", 0.03),
            ("H", "BAY", 0.01), ("H", "RSV", 0.01), ("T", "HLL", 0.08), ("T", "MT", 0.06),
            ("T", "ISL", 0.02), ("T", "VAL", 0.02), ("S", "SCH", 0.06), ("S", "CH", 0.05),
            ("S", "FRM", 0.04), ("S", "BLDG", 0.01), ("S", "AIRP", 0.005), ("S", "HTL", 0.005),
            ("A", "ADM4", 0.02), ("A", "ADM3", 0.015), ("A", "ADM2", 0.004), ("A", "ADM1", 0.001),
            ("L", "LCTY", 0.01), ("L", "PRK", 0.01), ("V", "FRST", 0.01))
COUNTRIES = ("US", "CN", "IN", "RU", "BR", "MX", "FR", "DE", "IR", "ID", "NG", "PK", "GB", "CA")
_SYLLABLES = ("ka", "lo", "ri", "sa", "ten", "mar", "vil", "ber", "go", "na", "del", "ton",
              "ham", "ford", "burg", "stan", "abad", "pur", "ville", "dor", "el", "an", "ro")


def write_dump(path: Path, lines: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    names = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).title()
             for _ in range(max(1000, lines // 3))]
    codes = [(c, f) for c, f, _ in FEATURES]
    weights = [w for _, _, w in FEATURES]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z, \
            z.open("allCountries.txt", "w") as out:
        batch = []
        for gid in range(1, lines + 1):
            cls, code = rng.choices(codes, weights)[0]
            name = rng.choice(names)
            if cls == "H" and code == "STM":
                name += " River"
            alternates = ",".join(rng.sample(names, 2)) if rng.random() < 0.1 else ""
            population = int(rng.paretovariate(1.2) * 200) if cls == "P" and rng.random() < 0.3 \
                else 0
            cc = rng.choice(COUNTRIES)
            row = (gid, name, name, alternates, f"{rng.uniform(-60, 70):.5f}",
                   f"{rng.uniform(-180, 180):.5f}", cls, code, cc, "", f"{rng.randint(1, 40):02d}",
                   "", "", "", population, "", rng.randint(0, 3000), "UTC", "2024-01-01")
            batch.append("\t".join(map(str, row)))
            if len(batch) == 50_000:
                out.write(("\n".join(batch) + "\n").encode("utf-8"))
                batch = []
        if batch:
            out.write(("\n".join(batch) + "\n").encode("utf-8"))


def build_once(dump: Path, output: Path) -> None:
    """Run in a child process: build, save, and print time, peak RSS and counts."""
    from eventwire.places.gazetteer import save
    from eventwire.places.geonames import describe, pack_from_geonames
    from eventwire.places.streambuild import DUCKDB_MEMORY
    start = time.monotonic()
    packed = pack_from_geonames(dump)
    built = time.monotonic() - start
    save(packed, output)
    total = time.monotonic() - start
    kept = describe(packed)
    print(f"  build {built:.0f} s, build+save {total:.0f} s, peak {_peak_mb():,.0f} MB "
          f"(DuckDB memory limit {DUCKDB_MEMORY}), {kept['places']:,} places kept, "
          f"{kept['names']:,} names, index {output.stat().st_size / 2**20:,.0f} MB",
          flush=True)


def load_once(index: Path) -> None:
    """Run in a child process: load a built index, print the time and memory it takes."""
    from eventwire.places.gazetteer import read_index
    start, cpu = time.monotonic(), time.process_time()
    gaz = read_index(index)
    print(f"  index load {time.monotonic() - start:.1f} s ({time.process_time() - cpu:.1f} s "
          f"CPU, {len(gaz):,} places), peak {_peak_mb():,.0f} MB", flush=True)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bundled_load() -> None:
    from eventwire.places.gazetteer import index_path, load_gazetteer, read_index
    load_gazetteer()                                # built once if missing
    start, cpu = time.monotonic(), time.process_time()
    read_index(index_path())
    # CPU time too: on 2 cores shared with other jobs, wall time grows with their load.
    print(f"bundled index load: {time.monotonic() - start:.2f} s "
          f"({time.process_time() - cpu:.2f} s CPU)", flush=True)


def main(sizes: list[int], keep: Path | None) -> None:
    base = keep or Path(tempfile.mkdtemp(prefix="ew-geonames-"))
    base.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, __file__, "--bundled-load"], check=True)
    for n in sizes:
        dump = base / f"allCountries-{n}.zip"
        start = time.monotonic()
        done = "used again" if dump.is_file() else "written"
        if not dump.is_file():
            write_dump(dump, n)
        print(f"{n:,} lines: dump {done} in {time.monotonic() - start:.0f} s "
              f"({dump.stat().st_size / 2**20:,.0f} MB zipped)", flush=True)
        index = base / f"index-{n}.pickle"
        subprocess.run([sys.executable, __file__, "--child", str(dump), str(index)], check=True)
        subprocess.run([sys.executable, __file__, "--load", str(index)], check=True)
        if keep is None:
            dump.unlink()
            index.unlink()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        build_once(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--load":
        load_once(Path(sys.argv[2]))
    elif sys.argv[1:] == ["--bundled-load"]:
        bundled_load()
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--lines", type=int, nargs="+", default=[12_000_000])
        parser.add_argument("--keep", type=Path, default=None,
                            help="Keep the dumps and indexes in this folder.")
        args = parser.parse_args()
        main(args.lines, args.keep)
