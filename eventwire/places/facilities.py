"""Airports as gazetteer entries (airportsdata, MIT: the ~7,900 with an IATA code, that is
with scheduled flights), under the names news gives them. The other facilities, landmarks,
are a table of ours (``data/places_landmarks.tsv``) read like the regions table.

An airport is named after its town, a person or a district, with or without its
"International Airport": "London Heathrow Airport" is also "Heathrow Airport", "London
Heathrow" and "Heathrow"; "Ottawa / Macdonald-Cartier International Airport" is also
"Macdonald-Cartier International Airport". A bare name is kept only when the full name puts the
town before it ("Heathrow", "Gatwick", "O'Hare"), never for one named after a person alone
("Charles de Gaulle", "John F Kennedy": people first).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..errors import ResourceError
from .sources import package_file

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

K = TypeVar("K")

AIRPORT_FEATURE = "AIRP"            # GeoNames' feature code for airports
# The generic words after an airport's own name.
_AIRPORT_TAIL = re.compile(r"\s+(?:(?:International|Intercontinental|Regional|Municipal|"
                           r"National|Domestic)\s+)*Air(?:port|field)$", re.IGNORECASE)
_AIRPORT_HEAD = re.compile(r"^(?:Aeropuerto|Aeroporto|Aéroport|Airport)\s+(?:(?:de|di|of)\s+)?",
                           re.IGNORECASE)
# Words that name no airport on their own ("City Airport", "County Airport").
_GENERIC = frozenset({"City", "County", "State", "Island", "Field", "Municipal", "Regional",
                      "International", "National", "Domestic", "Intercontinental", "Airpark",
                      "Air", "Base", "Afb", "Intl", "Metropolitan", "Executive", "Memorial",
                      "Downtown", "Industrial", "Harbour", "Harbor", "Central", "North",
                      "South", "East", "West", "Northeast", "Northwest", "Southeast",
                      "Southwest", "Lrrs", "Heliport", "Seaplane", "Metro", "New", "Ntl",
                      "Business", "Glider", "Skypark"})
_JUNK = re.compile(r"[/()]")
# A bare airport name (one word) shorter than this is too often a word or an initialism; of
# two words or more it is too often a person ("Rafic Hariri").
MIN_BARE_NAME = 5


# Words of flying: a document with one speaks of airports, and a name an airport bears bare
# ("Heathrow", "Gatwick") is the airport there rather than a small namesake town (Heathrow,
# Florida). The bonus outweighs the alias penalty the airport takes beside a town bearing the
# name as its own (homonyms.ALIAS_PENALTY, 1.5) by as much as a landmark's prior
# (resolve.LANDMARK_PRIOR, 2.5), not a container or the article's own country's context.
_FLYING = re.compile(r"\b(?:flights?|flew|flying|fly|passengers?|runways?|terminals?|airports?|"
                     r"airlines?|airliners?|landed|landing|take-?off|took off|departures?|"
                     r"arrivals?|air traffic|planes?|aircraft|boarding|baggage)\b",
                     re.IGNORECASE)
AIRPORT_BONUS = 4.0
# ... unless a town or region this big bears the name too ("Logan" is Logan, Queensland,
# whatever flies from Boston Logan): build.AIRPORT_TOWN_POPULATION's size.
AIRPORT_NAMESAKE_POPULATION = 100_000


def speaks_of_flying(text: str) -> bool:
    """The text has a word of flying ("flights", "runway", "passengers", "landed")."""
    return bool(_FLYING.search(text))


def airport_bonuses(gaz: Gazetteer, text: str, cands: Mapping[K, Sequence[int]]
                    ) -> dict[K, dict[int, float]]:
    """AIRPORT_BONUS for each name's airports when the document speaks of flying and no big
    town or region bears the name."""
    out: dict[K, dict[int, float]] = {}
    for k, ids in cands.items():
        airports = {i: AIRPORT_BONUS for i in ids if gaz.feature[i] == AIRPORT_FEATURE}
        if airports and all(gaz.population[i] < AIRPORT_NAMESAKE_POPULATION for i in ids):
            out[k] = airports
    # The text is read only when a name may be an airport's (a search costs a document's
    # length: a tenth of resolution's time when run for every document).
    return out if out and speaks_of_flying(text) else {}


@dataclass(frozen=True, slots=True)
class Airport:
    """An airport, before it enters the gazetteer."""

    name: str
    aliases: frozenset[str]
    latitude: float
    longitude: float
    country: str                    # ISO2
    region: str                     # its first-level region's name as the source gives it


def airports(is_town: Callable[[str], bool] = lambda w: False) -> Iterator[Airport]:
    """Airports with an IATA code, from airportsdata's table; none when it is missing."""
    try:
        path = package_file("airportsdata", "airports.csv")
    except ResourceError:
        return
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["iata"] or not row["name"] or not row["country"]:
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                continue
            names = airport_names(row["name"], row["city"], is_town) - {row["name"]}
            yield Airport(row["name"], frozenset(names), lat, lon, row["country"], row["subd"])


def airport_names(name: str, city: str, is_town: Callable[[str], bool] = lambda w: False
                  ) -> set[str]:
    """The names news gives an airport (see the module docstring). ``is_town`` says whether a
    word names a town: "Toronto Pearson" opens with one though the airport's town is
    Mississauga."""
    out = {name} | {part for part in name.split(" / ")[1:] if _AIRPORT_TAIL.search(part)}
    head = name.split(" / ")[0]
    first = re.split(r"[\s-]", head)[0]
    for prefix in {p for p in (city, first if is_town(first) else "") if p}:
        if not head.startswith((prefix + " ", prefix + "-")):
            continue
        rest = head[len(prefix) + 1:]
        bare = _AIRPORT_HEAD.sub("", _AIRPORT_TAIL.sub("", rest)).strip()
        if bare == rest or not bare[:1].isupper() or set(bare.split()) <= _GENERIC:
            continue                            # "London City Airport", "Charles de Gaulle"
        out |= {prefix + " " + bare, bare + " Airport"}     # "London Heathrow"
        if _AIRPORT_TAIL.search(rest):
            out.add(rest)                       # "Pearson International Airport"
        if prefix == city and len(bare) >= MIN_BARE_NAME and " " not in bare:
            out.add(bare)                       # "Heathrow", "Gatwick", "O'Hare", "Orly"
    return {n for n in out if not n.isupper() and n != city and not _JUNK.search(n)}
