"""One name, two grains: a region named after its main town ("Kherson" the city and "the
Kherson region", "Idlib" and "Idlib province").

A document's name has one sense, chosen with the evidence of all its mentions
(:func:`.resolve.resolve_all`), and a region named after its main town means the town unless
a cue word asks for the region (:data:`NAMESAKE_REGION_PENALTY` in :mod:`.resolve`). One cue
("elsewhere in the Kherson region") settles the name as the region; but a text that cues the
region once still means the town where it names it bare ("shelling killed two people in
Kherson", "drones struck a depot on the edge of Menaka"): each bare mention of such a name
takes the region's namesake town, the grain its own words give. A writer may still mean the
region by a bare name ("Arab tribes in Deir ez-Zor" after "the province of Deir ez-Zor"): the
town then lies within the place meant, which merging reads as containment; while one
"Raqqa province" in a report would otherwise have moved every air strike on Raqqa to the
province.

And a town's grain against the document's: a town outside the district the text puts it in
(:func:`outside_district`), or alone in its country while the document's names gather in
another (:func:`lone_abroad`), is a place the tables lack, not the namesake picked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from .gazetteer import COUNTRY_FEATURES, Gazetteer

K = TypeVar("K")                # the key of a name (one sense per name and document)
M = TypeVar("M")                # a mention

# A region's "main town": one of its towns with at least this share of the region's
# population (below it, "Quebec" the province is more than its city).
NAMESAKE_TOWN_SHARE = 0.3
# Where the text names the region with its cue word too, a bare mention means a town of the
# name with at least this share: the cue shows the writer tells the two grains apart. Lower
# than the share above (the tables give Kherson 66,000 people of its region's 594,000, Idlib
# 129,000 of 443,000, Donetsk 902,000 of 6.7 million), and above a village that merely
# shares a region's name (Quebec City is 0.06 of its province). Set by reasoning on those
# tables' figures; no dev item reads it.
BARE_TOWN_SHARE = 0.1
# The cue words of a region (cues.cue_of's features).
REGION_CUES = frozenset({"ADM1", "ADM2"})


def namesake_towns(gaz: Gazetteer, cands: Sequence[int]) -> dict[str, int]:
    """The most populous town (populated place) of each first-level region among ``cands``,
    the senses of one name: the town the region of that name may be named after."""
    towns: dict[str, int] = {}
    for i in cands:
        if gaz.feature[i].startswith("PPL") and (
                gaz.admin1[i] not in towns
                or gaz.population[i] > gaz.population[towns[gaz.admin1[i]]]):
            towns[gaz.admin1[i]] = i
    return towns


def is_namesake_region(gaz: Gazetteer, region: int, towns: Mapping[str, int],
                       share: float = NAMESAKE_TOWN_SHARE) -> bool:
    """The region is named after its main town among ``towns`` (:func:`namesake_towns`),
    one of at least ``share`` of its people."""
    town = towns.get(gaz.admin1[region])
    return town is not None and gaz.population[town] > 0 and (
        gaz.population[town] >= share * gaz.population[region])


def bare_towns(gaz: Gazetteer, mentions: Sequence[M], keys: Sequence[K],
               picked: Mapping[K, tuple[int | None, float]], senses: Mapping[K, Sequence[int]],
               cues: Mapping[K, str | None], cue_of: Callable[[M], str | None]
               ) -> dict[int, tuple[int, float]]:
    """Per mention (its index), the namesake town a bare mention means where its name is
    picked as a region a cue asked for (see the module docstring)."""
    out: dict[int, tuple[int, float]] = {}
    towns_of: dict[K, dict[str, int]] = {}
    for n, (m, k) in enumerate(zip(mentions, keys, strict=True)):
        region, confidence = picked[k]
        if (region is None or cues.get(k) not in REGION_CUES
                or gaz.feature[region] not in REGION_CUES or cue_of(m) is not None):
            continue
        towns = towns_of.setdefault(k, namesake_towns(gaz, senses[k]))
        if is_namesake_region(gaz, region, towns, BARE_TOWN_SHARE):
            out[n] = (towns[gaz.admin1[region]], confidence)
    return out


def outside_district(gaz: Gazetteer, i: int, district: int) -> bool:
    """Town ``i`` lies outside ``district``, an area below the first level (a district, a
    county): in another first-level region or country. "Near Arnas in Reasi district" (a
    district of India) is not the village of that name in France, but a place the tables
    lack in the district, as a town abroad "in Texas" is."""
    return (gaz.feature[district] not in COUNTRY_FEATURES and gaz.feature[district] != "ADM1"
            and gaz.is_area(district) and not gaz.is_area(i) and bool(gaz.admin1[district])
            and (gaz.country[i], gaz.admin1[i]) != (gaz.country[district],
                                                    gaz.admin1[district]))


# The names a document must hold in one country for a lone town elsewhere to be no place
# (:func:`lone_abroad`). Set by reasoning: three names agree on where the story is.
LONE_ABROAD_NAMES = 3


def lone_abroad(gaz: Gazetteer, countries: Counter, cc: str) -> bool:
    """A town is alone in its country while another country, not bordering it, holds
    :data:`LONE_ABROAD_NAMES` of the document's names: a story from Kathua district naming
    "Bani" tells a village the tables lack, not the city in the Dominican Republic (a town
    across a border is often named alone: "the Erie Otters" in a story from Ontario). On the
    LGL dev set (`eventwire eval geoparse`), such towns were mostly words no place
    ("Titan", "Soho", "Polling", "Side"), which it leaves unresolved."""
    home, n = max(((c, k) for c, k in countries.items() if c != cc), key=lambda t: t[1])
    return (countries[cc] == 1 and n >= LONE_ABROAD_NAMES
            and cc not in gaz.neighbours.get(home, ()))
