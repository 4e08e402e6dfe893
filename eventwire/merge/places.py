"""Whether two places may be one happening's: one place, a place inside a region or country the
other names, nearby towns, or homonyms read two ways (:func:`place_fit`); whether two are
two places neither of which holds the other (:func:`two_places`); and a place's identity
(:func:`place_key`). Read by the pair features of :mod:`.evidence`, the cluster
vetoes of :mod:`.constraint` and the fold of one article's retellings."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from ..places.cues import REGION_UNIT_AFTER
from ..places.recognize import COMPASS
from ..records import Place
from .text import normalise

# Two towns this close may be one happening's places (a suburb and its city); beyond FAR_KM
# they are two happenings. Set by hand, not calibrated: the project's rewrites
# (tests/data/merge) hold too few nearby-town pairs to fit them.
NEAR_KM = 30.0
FAR_KM = 80.0
# Two towns closer than this may be one place: a quarter and its city, which the gazetteer
# tells as two towns ("in East X, Y" read at both, 1.5 km apart). Set by hand; ECB+ dev
# (`eventwire eval merge`) lost a right pair to one such riot without it. At 10 km a
# neighbouring town 9.6 km off (a second checkpoint attacked the same night) shared its
# neighbour's record; at 5 km rewrites train at 0.7 (`python benchmarks/rewrites.py`) 79 / 38 /
# 28 -> 81 / 38 / 27, ECB+ dev and the project's merge stories unchanged (the same at 3 km).
QUARTER_KM = 5.0
# Two places of one name resolved to two places (Aurora in Colorado and in Brazil; a town and
# its namesake in another state): the reports' words name one place, the gazetteer read each
# article's context its own way, so neither veto nor evidence. Vetoing split the reports of one
# happening (the project's held-aside stories, pairwise F1 at 0.0 0.872 vetoing, 0.897 not;
# ECB+ dev 0.688 / 0.787 at 0.7 / 0.05 vetoing, 0.707 / 0.803 not); any fit from 0 to 1 scored
# the same on both, so the fit that claims nothing.
HOMONYM_FIT = 0.0


# A town this far from a country's or a region's point, away from the part of it a report
# names ("eastern Indonesia", "northern Nigeria"), is not in that part (:func:`part_reading`).
# Set by reasoning, not calibrated (the project's stories hold few such parts): a quarter of a
# large country's extent, so that a small country (Lebanon, Haiti), whose towns all lie within
# it of its point, never keeps two reports apart by a part, nor a town near the middle of a
# large one; Lagos lies about 280 km south of Nigeria's point, Banda Aceh 2,700 km west of
# Indonesia's.
OPPOSITE_KM = 250.0
# A part of a country or a region told before its name as written: "eastern", "north-east".
_PART_BEFORE = re.compile(rf"(?<![\w-])(?P<part>{COMPASS})(?:ern)?[ ]+$", re.IGNORECASE)
# ... and as :func:`part_reading` writes it before the name.
_PART_TOLD = re.compile(rf"(?P<part>{COMPASS}) ")
# How a bearing points, as (north, east) steps; and the length of a degree of latitude.
_STEPS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}
_KM_PER_DEGREE = 111.2


# A region's unit word before its name ("the department of X", "X's province of Y" reads
# "province of Y"): the unit words are the geoparser's (:data:`..places.cues.REGION_UNIT_AFTER`,
# which finds them after a name: "X department").
_UNIT_BEFORE = re.compile(REGION_UNIT_AFTER.pattern.removeprefix(r"\s+").removesuffix(r"\b")
                          + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# How far before a name its country's possessive or a unit word is looked for, in characters.
_CUE_REACH = 40


def shares_region_name(p: Place) -> bool:
    """A town or site named as its own first-level region is (Arauca in the department of
    Arauca, Kassala in Kassala state): the name may stand for either."""
    return (not _is_region(p) and bool(p.admin1)
            and normalise(p.name) == normalise(p.admin1) != "")


def _may_be_its_region(p: Place, q: Place) -> bool:
    """``p`` is a town named as its region (:func:`shares_region_name`) that ``q`` lies in: told
    with no word of which, the name may be the region's ("kidnapped soldiers yesterday in X"
    beside "near Y, in X province"), so the two are not kept apart by their distance."""
    return shares_region_name(p) and normalise(q.admin1 or "") == normalise(p.admin1 or "")


def _named_as(town: Place, region: Place) -> bool:
    """``town`` is named as its region (:func:`shares_region_name`) and ``region`` is that
    region: one name read at two grains ("the X region" and "churches in X"), one place as
    far as the words go, as it was before the words made one of them the region."""
    return (shares_region_name(town) and _is_region(region) and town.iso2 == region.iso2
            and normalise(region.name) == normalise(town.admin1 or ""))


def region_reading(place: Place | None, sentences: Iterable[tuple[str, tuple[int, int]]]
                   ) -> Place | None:
    """``place``, or the first-level region its name stands for when the words around it in
    one of ``sentences`` (text, document span) say it is a region: its country's possessive
    before it ("in Colombia's X"), a unit word after it ("X department", "X province") or
    before it ("the state of X"). Only for a town named as its region
    (:func:`shares_region_name`); the region has no entry here, so it is known by its name
    (:func:`place_key`), and a town inside it fits it as a town fits the region another report
    names (:func:`place_fit`). The geoparser, which resolves "Syria's X" to the city most
    papers mean, is left as it is: merging only needs to know the region is meant."""
    if place is None or not shares_region_name(place):
        return place
    for text, (start, end) in sentences:
        a, b = place.span[0] - start, place.span[1] - start
        if not (start <= place.span[0] and place.span[1] <= end):
            continue
        before = text[max(0, a - _CUE_REACH):a]
        if (_possessed_by(before, place.country) or _UNIT_BEFORE.search(before)
                or REGION_UNIT_AFTER.match(text, b)):
            return replace(place, name=place.admin1 or place.name, feature="ADM1",
                           geonameid=None, geo_precision=3, latitude=None, longitude=None,
                           admin2=None)
    return place


def part_reading(place: Place | None, sentences: Iterable[tuple[str, tuple[int, int]]]
                 ) -> Place | None:
    """``place``, a country or a first-level region, with the words of the part of it one of
    ``sentences`` (text, document span) names before it as its ``text`` ("eastern
    Indonesia"): a town far from its point, away from that part, is no place of the report
    (:func:`_opposite`). Any other place as it is."""
    if place is None or not (_is_country(place) or (place.feature or "").startswith("ADM1")):
        return place
    for text, (start, end) in sentences:
        if not (start <= place.span[0] and place.span[1] <= end):
            continue
        found = _PART_BEFORE.search(text, max(0, place.span[0] - start - 20),
                                    place.span[0] - start)
        if found is not None:
            return replace(place, text=f"{found.group('part').lower()} {place.text}")
    return place


def told_as_part(p: Place) -> bool:
    """True for a place :func:`part_reading` read as a part of itself."""
    return _part(p) is not None


def _part(p: Place) -> tuple[float, float] | None:
    """The (north, east) unit bearing of the part a :func:`part_reading` place names."""
    found = _PART_TOLD.match(p.text)
    if found is None:
        return None
    word = found.group("part").replace("-", "")
    north = sum(_STEPS[w][0] for w in _STEPS if w in word)
    east = sum(_STEPS[w][1] for w in _STEPS if w in word)
    size = math.hypot(north, east)
    return north / size, east / size


def _opposite(area: Place, town: Place) -> bool:
    """``town`` lies in ``area`` (its country, or its first-level region) but more than
    :data:`OPPOSITE_KM` from ``area``'s point away from the part of it ``area`` is told as
    ("eastern Indonesia" and Banda Aceh)."""
    bearing = _part(area)
    if bearing is None or None in (area.latitude, area.longitude, town.latitude,
                                   town.longitude) or area.iso2 != town.iso2:
        return False
    if not _is_country(area) and normalise(area.name) != normalise(town.admin1 or ""):
        return False
    north = (town.latitude - area.latitude) * _KM_PER_DEGREE
    east = ((town.longitude - area.longitude + 180) % 360 - 180) * _KM_PER_DEGREE * math.cos(
        math.radians(area.latitude))
    return bearing[0] * north + bearing[1] * east < -OPPOSITE_KM


def _possessed_by(before: str, country: str | None) -> bool:
    """The words before a name end in ``country``'s possessive ("Colombia's", "Colombia's
    northeastern")."""
    if not country:
        return False
    found = re.search(r"([\w .-]+?)['’]s\s+(?:[a-z-]+\s+)?$", before)
    return found is not None and normalise(found.group(1)).endswith(normalise(country))


def place_names(p: Place | None) -> frozenset[str]:
    """The names a place is told by: its own and its words, its regions' and its country's."""
    if p is None:
        return frozenset()
    return frozenset(normalise(n) for n in (p.name, p.text, p.admin1, p.admin2, p.country)
                     if n)


def place_key(place: Place | None) -> str | None:
    """A place's identity: its GeoNames id, else its normalised name."""
    if place is None:
        return None
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    name = normalise(place.name)
    return f"n{name}" if name else None


def _is_country(p: Place) -> bool:
    return (p.feature or "").startswith("PCL") or (p.geo_precision == 3 and not p.admin1)


def _countryless(p: Place) -> bool:
    """A place of no country (a sea, an ocean, a continent): nothing says it holds a town, as a
    country holds its towns ("Indonesia lies where the Pacific plates meet" is no report of
    a quake at a town of Aceh)."""
    return not p.iso2 and not p.country and p.latitude is not None


def _is_region(p: Place) -> bool:
    return (p.feature or "").startswith("ADM") or p.geo_precision == 3


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places' points, when both have one."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _within(region: Place, other: Place) -> bool:
    """True for a region below the first level (a county) in the other's first-level region."""
    return (not (region.feature or "").startswith("ADM1") and bool(region.admin1)
            and normalise(region.admin1) != normalise(region.name)
            and normalise(region.admin1) == normalise(other.admin1 or other.name))


def _county(p: Place) -> str:
    """A place's second-level region (county, district), normalised; "" when unknown."""
    return normalise(p.admin2 or "")


def _place_match(p: Place, q: Place) -> float | None:
    """1 for one place; 0.6 for a place inside the region the other names (its first-level
    region, or its county: the town lies in it), 0.4 inside the country; 0.3 for a county and
    a place elsewhere in the county's first-level region; up to 0.6 for nearby towns; 0 when
    nothing says (and for a town named as its region and a place in that region, however
    far: :func:`_may_be_its_region`); ``None`` for places that differ. (The county: ECB+ dev and the project's
    stories unchanged, a town and its county 0.3 before.)"""
    if _opposite(p, q) or _opposite(q, p):
        return None
    if place_key(p) == place_key(q):
        return 1.0
    if _countryless(p) or _countryless(q):
        return 0.0                      # a sea, an ocean, a continent: holds no town it names
    if _is_country(p) or _is_country(q):
        return 0.4
    for region, other in ((p, q), (q, p)):
        if _is_region(region) and not _is_region(other):
            if not other.admin1:
                return 0.0
            if normalise(region.name) in (normalise(other.admin1), _county(other)):
                return 0.6
            # another county or district: its first-level region must be the other's
            return 0.3 if _within(region, other) else None
    if _is_region(p) and _is_region(q):
        return 0.3 if _within(p, q) or _within(q, p) else None
    d = km(p, q)
    if d is not None and d <= NEAR_KM:
        return 0.6 * (1 - d / NEAR_KM) + 0.2
    if d is not None and d <= FAR_KM or _may_be_its_region(p, q) or _may_be_its_region(q, p):
        return 0.0
    return None                         # different names, and nothing says they are near


def two_places(p: Place, q: Place) -> bool:
    """True when ``p`` and ``q`` are two places neither of which holds the other, as far as
    the gazetteer says: two towns, two districts of one province, a town and a district it
    does not lie in, two countries. Not one place, one name (a homonym, or one place read at
    two grains), a country and a place in it, a region and a place in it, two towns so close
    that one may be a quarter of the other (:data:`QUARTER_KM`), nor a place whose region is
    unknown beside a region (nothing says it lies outside). Read by :mod:`.constraint`: one
    article's two reports of one kind at two such places tell two happenings."""
    if place_key(p) == place_key(q) or same_name(p, q):
        return False
    if p.iso2 and q.iso2 and p.iso2 != q.iso2:
        return True
    if _is_country(p) or _is_country(q):
        return False
    if _is_region(p) or _is_region(q):
        return all(_outside(x, y) for x, y in ((p, q), (q, p)))
    d = km(p, q)
    return d is not None and d > QUARTER_KM


def _outside(x: Place, y: Place) -> bool:
    """``y`` is known not to lie in ``x`` (a region; any other place holds none): its
    first-level region is known and is not ``x``, nor is its county; and for ``x`` a county
    or district, ``y`` lies in another province or its county is known (a city whose
    district the gazetteer leaves out may lie in any district of its province)."""
    if not _is_region(x):
        return True
    if not y.admin1 or normalise(x.name) in (normalise(y.admin1), _county(y)):
        return False
    province = normalise(x.admin1 or "")
    district = province not in ("", normalise(x.name))
    return not (district and province == normalise(y.admin1) and _county(y) == "")


def same_name(p: Place, q: Place) -> bool:
    """True for two places of one name (normalised): a homonym, or one read two ways."""
    return normalise(p.name) == normalise(q.name) != ""


def place_fit(p: Place, q: Place) -> float | None:
    """:func:`_place_match`, ``None`` for places in different countries; :data:`HOMONYM_FIT`
    for two places of one name that are not one place (:func:`same_name`), but 1 for a town
    named as its region and that region (:func:`_named_as`)."""
    if place_key(p) != place_key(q) and same_name(p, q):
        return 1.0 if _named_as(p, q) or _named_as(q, p) else HOMONYM_FIT
    return None if p.iso2 and q.iso2 and p.iso2 != q.iso2 else _place_match(p, q)
