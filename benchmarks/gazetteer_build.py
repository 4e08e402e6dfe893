"""Time and memory of `eventwire gazetteer build` on a synthetic GeoNames dump, and the load
time of the bundled index.

    python benchmarks/gazetteer_build.py [--lines 12000000 ...] [--alternate-lines 16000000 ...]
        [--keep DIR]

For each size, writes allCountries.zip in GeoNames' format (19 columns) with feature classes
in about the shares of the real dump (P 38%, H 20%, T 18%, S 17%, A 4%, L 2%, V 1%), names
drawn so that many recur (namesakes), most places without people (a dump already in --keep DIR
is used again: the same seed writes the same dump); then builds and writes the index in a
fresh process as `eventwire gazetteer build` does, and prints its wall time, peak memory (max
RSS) and what it kept; then loads that index in another fresh process and prints the load time
and the memory it takes. The real dump has about 12.9 million lines (2024).

With --alternate-lines (one count per --lines, 0 for none), it also writes
alternateNamesV2.zip in GeoNames' format (10 columns) and builds with it, as
`eventwire gazetteer build --alternate-names` does: names in many languages and scripts, links,
postcodes, Wikidata ids and airport codes (which the build skips), the isPreferredName,
isShortName, isColloquial and isHistoric flags, a few from/to periods, several names per
place, some for places the dump does not keep or hold. The real file has about 16 million
lines (2024); the shares below are estimates of its shape, not counts of it.
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


# (isolanguage, share of alternateNamesV2) by kind of name; estimates of the real file's shape.
CODE_KINDS = (("link", 0.10), ("wkdt", 0.12), ("post", 0.10), ("iata", 0.01), ("icao", 0.01),
              ("unlc", 0.01), ("abbr", 0.005), ("faac", 0.005))
LATIN_LANGUAGES = (("", 0.16), ("en", 0.08), ("de", 0.03), ("fr", 0.03), ("es", 0.03),
                   ("it", 0.02), ("nl", 0.02), ("pl", 0.02), ("pt", 0.02), ("sv", 0.01),
                   ("tr", 0.01), ("vi", 0.01), ("id", 0.01), ("cs", 0.01))
OTHER_SCRIPTS = (("ru", 0.05), ("uk", 0.02), ("ja", 0.02), ("zh", 0.02), ("ar", 0.02),
                 ("fa", 0.01), ("ko", 0.01), ("he", 0.01), ("el", 0.01), ("hi", 0.01))
# (isPreferredName, isShortName, isColloquial, isHistoric) each set on this share of rows.
FLAG_SHARES = (0.05, 0.03, 0.005, 0.01)
_CYRILLIC = ("ка", "ло", "ри", "са", "тен", "мар", "вил", "бер", "го", "на", "дель", "тон")
_ACCENTS = str.maketrans("aeiou", "áèîöū")


def write_alternates(path: Path, lines: int, places: int, seed: int = 17) -> None:
    """alternateNamesV2 of ``lines`` rows for the geonameids 1..places of a synthetic dump."""
    rng = random.Random(seed)
    kinds = [k for k, _ in CODE_KINDS + LATIN_LANGUAGES + OTHER_SCRIPTS]
    weights = [w for _, w in CODE_KINDS + LATIN_LANGUAGES + OTHER_SCRIPTS]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z, \
            z.open("alternateNamesV2.txt", "w") as out:
        batch, row_id, gid = [], 0, 0
        while row_id < lines:
            # A run of names for one place (ids up to 5% past the dump: places it lacks).
            gid = rng.randint(1, int(places * 1.05))
            for language in rng.choices(kinds, weights, k=min(rng.randint(1, 4), lines - row_id)):
                row_id += 1
                name = _alternate(rng, language, gid)
                flags = ["1" if rng.random() < p else "" for p in FLAG_SHARES]
                period = ("1800", "1991") if flags[3] and rng.random() < 0.3 else ("", "")
                batch.append("\t".join((str(row_id), str(gid), language, name, *flags, *period)))
            if len(batch) >= 50_000:
                out.write(("\n".join(batch) + "\n").encode("utf-8"))
                batch = []
        if batch:
            out.write(("\n".join(batch) + "\n").encode("utf-8"))


def _alternate(rng: random.Random, language: str, gid: int) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.5:              # names of two words: most of them new to the index
        word += " " + "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
    if language == "link":
        page = word.title().replace(" ", "_")
        return f"https://{rng.choice(('en', 'de', 'ru'))}.wikipedia.org/wiki/{page}"
    if language == "wkdt":
        return f"Q{gid * 7 + 11}"
    if language == "post":
        return (f"{rng.randint(1000, 99999)}" if rng.random() < 0.7
                else f"{word[:2].upper()}{rng.randint(1, 99)} {rng.randint(1, 9)}XY")
    if language in ("iata", "icao", "unlc", "faac", "abbr"):
        return word[:rng.randint(3, 4)].upper()
    if language in ("ru", "uk"):
        return "".join(rng.choice(_CYRILLIC) for _ in range(rng.randint(2, 4))).title()
    if language in {k for k, _ in OTHER_SCRIPTS}:
        return "".join(chr(rng.randint(0x4E00, 0x4FFF)) for _ in range(rng.randint(2, 4)))
    name = word.title() if rng.random() < 0.9 else word    # some lower case, as GeoNames has
    return name.translate(_ACCENTS) if language not in ("", "en") else name


def build_once(dump: Path, output: Path, alternates: Path | None = None) -> None:
    """Run in a child process: build, save, and print time, peak RSS and counts."""
    from eventwire.places.gazetteer import save
    from eventwire.places.geonames import describe, pack_from_geonames
    from eventwire.places.streambuild import DUCKDB_MEMORY
    start = time.monotonic()
    packed = pack_from_geonames(dump, alternates)
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


def main(sizes: list[int], alternate_sizes: list[int], keep: Path | None) -> None:
    base = keep or Path(tempfile.mkdtemp(prefix="ew-geonames-"))
    base.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, __file__, "--bundled-load"], check=True)
    for n, m in zip(sizes, alternate_sizes or [0] * len(sizes), strict=True):
        dump = _written(base / f"allCountries-{n}.zip", lambda p, n=n: write_dump(p, n))
        alternates = _written(base / f"alternateNamesV2-{m}-for-{n}.zip",
                              lambda p, m=m, n=n: write_alternates(p, m, n)) if m else None
        index = base / f"index-{n}-{m}.pickle"
        print(f"build of {n:,} lines" + (f" with {m:,} alternate names:" if m else ":"),
              flush=True)
        subprocess.run([sys.executable, __file__, "--child", str(dump), str(index),
                        *([str(alternates)] if alternates else [])], check=True)
        subprocess.run([sys.executable, __file__, "--load", str(index)], check=True)
        if keep is None:
            for path in (dump, alternates, index):
                if path is not None:
                    path.unlink()


def _written(path: Path, write) -> Path:        # noqa: ANN001 - write(path)
    """``path``, written by ``write`` unless a run with the same seed already wrote it."""
    start = time.monotonic()
    done = "used again" if path.is_file() else "written"
    if not path.is_file():
        write(path)
    print(f"{path.name}: {done} in {time.monotonic() - start:.0f} s "
          f"({path.stat().st_size / 2**20:,.0f} MB zipped)", flush=True)
    return path


if __name__ == "__main__":
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--child":
        build_once(*map(Path, sys.argv[2:]))
    elif len(sys.argv) == 3 and sys.argv[1] == "--load":
        load_once(Path(sys.argv[2]))
    elif sys.argv[1:] == ["--bundled-load"]:
        bundled_load()
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("--lines", type=int, nargs="+", default=[12_000_000])
        parser.add_argument("--alternate-lines", type=int, nargs="+", default=[],
                            help="Lines of alternateNamesV2 for each --lines (0: none).")
        parser.add_argument("--keep", type=Path, default=None,
                            help="Keep the dumps and indexes in this folder.")
        args = parser.parse_args()
        main(args.lines, args.alternate_lines, args.keep)
