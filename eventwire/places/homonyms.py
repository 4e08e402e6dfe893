"""The senses of a name news rarely means and the one it means by default: towns that bear the
name only as an alternate name, counties named without their "County", hamlets named like a
region, sea or country spanning more (:func:`alias_penalties`, :func:`lone_namesakes`), and
the big city that dwarfs all its namesakes (:func:`prominent_town`). Scored by :mod:`.resolve`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import CAPITAL_FEATURE, COUNTRY_FEATURES, Gazetteer
from .names import normalize, short_form, skeleton, unit_form
from .support import Context

# Penalties and sizes, calibrated with resolve.py's score weights on the LGL and TR-News dev
# sets (resolution with gold spans; python benchmarks/calibrate_resolve.py).
ALIAS_PENALTY = 1.5            # town known by the name only as an alternate name
# A county named without its "County" ("Clarke and Oconee counties"): rarer in news than a town
# of that name; calibrated on the dev sets like resolve.py's weights (0.5-5, flat from 2 to 3.5).
BARE_COUNTY_PENALTY = 2.5
# A town under AREA_NAMESAKE_POPULATION people named like a region, sea or ocean spanning
# countries ("Middle East", Pennsylvania; "Pacific", Missouri) yields to the area: the penalty
# outweighs the most country, region and grid context can give (5 + 4 + 2), not an explicit
# container ("Middle East, Pa.": +4). Dev sets: flat from 0 to 10 (they hold no hamlet with
# that much context); the bound is set by the reasoning above and a unit test.
AREA_NAMESAKE_POPULATION = 10_000
AREA_NAMESAKE_PENALTY = 10.0
# A hamlet named like a country ("Italy", Texas) yields to the country unless the text names
# it as a town: the penalty outweighs the context a local story gives (5 + 4 + 2 + the
# outlet's 2). The size: end to end / gold spans, LGL 0.8091 / 0.8965 at 2,000, 0.8095 /
# 0.8969 at 5,000, 0.8086 / 0.8960 at 10,000, 0.8077 / 0.8951 at 20,000 (local towns named
# like a country that local news does mean); TR-News 0.8941 / 0.9318 at all of them.
COUNTRY_NAMESAKE_PENALTY = 15.0
COUNTRY_NAMESAKE_POPULATION = 5_000
# So does a hamlet named like a big first-level region abroad ("Wales", Wisconsin, in world
# news from an American outlet), unless the region is named after a town of its own
# ("Madrid": that town is what the name means in world news, and it has no such weight). Gold spans / end to end: TR-News 0.9412 / 0.9090 without,
# 0.9420 / 0.9098 from 100,000 to 3 million people; LGL unchanged from 1 million on, 0.9146
# / 0.8451 (two mentions lost) at 100,000-300,000.
FOREIGN_REGION_POPULATION = 1_000_000
# A big city that dwarfs its namesakes ("Atlanta", "Boston": PROMINENT_POPULATION people or
# more, PROMINENT_RATIO times any namesake) is what a bare name means unless the context is
# strong. Calibrated on the LGL/TR-News dev sets (gold spans): bonus 0.5-3, 30,000-300,000
# people, ratio 10-30; at 1.0 the 161 km accuracy is flat and exact ids gain 0.3 (LGL) and
# 1.0 points (TR-News); from 2.0 on, local namesakes start to lose.
PROMINENCE_BONUS = 1.0
PROMINENT_POPULATION = 100_000
PROMINENT_RATIO = 10.0
# A city of millions a hundred times bigger than any namesake ("Toronto" over Toronto, Ohio;
# "Berlin" over a Russian village of 600) is what world news means even where the document's
# other names lie in the namesake's country ("told a crowd in Toronto that he grew up near
# Anaheim"; "Moscow ... days after Berlin"): the bonus outweighs the country's share alone
# (COUNTRY_CONTEXT, 5), not the namesake's own region and neighbourhood besides (+4, +2),
# which local news gives it. It decides against namesakes abroad only: the city's own
# country's senses of the name (its region, the country: "New York", "Mexico") get it too. Set by that reasoning on our own news
# (tests/places/data/news_*.jsonl); dev sets: see the README's geoparsing rows.
WORLD_CITY_POPULATION = 1_000_000
WORLD_CITY_RATIO = 100.0
WORLD_CITY_BONUS = 5.0


def alias_penalties(gaz: Gazetteer, text: str, ids: Sequence[int],
                    capital_prior: float = 0.0) -> dict[int, float]:
    """Penalties of candidates named only by an alias: towns that list the name among GeoNames'
    alternate names when other towns bear it as their own ("New London" is an alternate name
    of London), and counties named without their "County" ("Clarke" for Clarke County). A
    name without its unit word ("Westminster" for the City of Westminster, "Landes" for the
    Departement des Landes: names.unit_form) is the entry's own. A capital so named loses its
    capital's prior too (``capital_prior``): the name is not the capital's ("Salem", an old
    name of Jerusalem, is the Salems of India and the United States; "Saint George" is not
    Freetown)."""
    key, skel = normalize(text), skeleton(text)
    own = {i for i in ids if normalize(gaz.name[i]) == key or skeleton(gaz.name[i]) == skel
           or short_form(key, normalize(gaz.name[i]))
           or unit_form(key, normalize(gaz.name[i]), gaz.is_area(i))}
    out = {i: BARE_COUNTY_PENALTY for i in ids
           if i not in own and gaz.feature[i] == "ADM2"}
    if own:
        out.update({i: ALIAS_PENALTY + (capital_prior if gaz.feature[i] == CAPITAL_FEATURE
                                        else 0.0)
                    for i in ids if i not in own and not gaz.is_area(i)})
    if any(not gaz.country[i] and gaz.is_area(i) for i in ids):
        # "Middle East", "Pacific": a region or sea across countries, not the hamlet named
        # after it, nor the county named after it when "County" is left out ("the Atlantic"
        # is the ocean, not Atlantic County), that country context would otherwise favour
        # in local news.
        for i in ids:
            if (not gaz.is_area(i) and gaz.population[i] < AREA_NAMESAKE_POPULATION) or (
                    gaz.feature[i] == "ADM2" and i not in own):
                out[i] = out.get(i, 0.0) + AREA_NAMESAKE_PENALTY
    return out


def lone_namesakes(gaz: Gazetteer, cands: Sequence[int], cue: str | None,
                   container: tuple[int, ...], ctx: Context) -> frozenset[int]:
    """The hamlets named like a country among ``cands`` (under COUNTRY_NAMESAKE_POPULATION
    people, or any town that has the country's name only as an alias), or like a big
    first-level region of another country (FOREIGN_REGION_POPULATION), that the text does not
    name as towns: no container, no "town of" cue, not the outlet's home ("born in Italy" in
    a Texas paper is not Italy, Texas). None when the name is only an alias of the country
    ("Holland")."""
    country = next((i for i in cands if gaz.feature[i] in COUNTRY_FEATURES), None)
    region = next((i for i in cands if gaz.feature[i] == "ADM1"
                   and gaz.population[i] >= FOREIGN_REGION_POPULATION
                   and not any(gaz.admin1[j] == gaz.admin1[i] and not gaz.is_area(j)
                               for j in cands)), None)     # not named after its city
    area = country if country is not None else region
    if container or cue == "PPL" or area is None:
        return frozenset()
    key = normalize(gaz.name[area])
    towns = [i for i in cands if not gaz.is_area(i) and i not in ctx.outlet_towns
             and (country is not None or gaz.country[i] != gaz.country[area])]
    if not any(normalize(gaz.name[i]) == key for i in towns):
        return frozenset()      # the name is the country's alias ("Holland"): towns stand
    return frozenset(i for i in towns if gaz.population[i] < COUNTRY_NAMESAKE_POPULATION
                     or normalize(gaz.name[i]) != key)


def prominence_bonuses(gaz: Gazetteer, cands: Sequence[int], town: int | None,
                       name: str = "") -> dict[int, float]:
    """The bonus of ``town``, the prominent town among ``cands`` (:func:`prominent_town`),
    if any; for a city of millions that dwarfs its namesakes a hundredfold under its own
    ``name`` (not an old or foreign one: "Canton" for Guangzhou), WORLD_CITY_BONUS to it and
    as much less PROMINENCE_BONUS to every other sense of the name in its country (they
    stand to the city as before)."""
    if town is None:
        return {}
    if gaz.population[town] < WORLD_CITY_POPULATION or gaz.population[town] < (
            WORLD_CITY_RATIO * max((gaz.population[i] for i in cands
                                    if i != town and not gaz.is_area(i)), default=0)) or (
            normalize(gaz.name[town]) != normalize(name)
            and skeleton(gaz.name[town]) != skeleton(name)):
        return {town: PROMINENCE_BONUS}
    out = {i: WORLD_CITY_BONUS - PROMINENCE_BONUS for i in cands
           if gaz.country[i] == gaz.country[town]}
    out[town] = WORLD_CITY_BONUS
    return out


def prominent_town(gaz: Gazetteer, cands: Sequence[int]) -> int | None:
    """The town a bare name means by default: a big city that dwarfs all its namesakes
    ("Atlanta", "Boston"), which a local namesake should not take on weak context alone."""
    towns = sorted((i for i in cands if not gaz.is_area(i)), key=lambda i: -gaz.population[i])
    if not towns or gaz.population[towns[0]] < PROMINENT_POPULATION:
        return None
    second = gaz.population[towns[1]] if len(towns) > 1 else 0
    return towns[0] if gaz.population[towns[0]] >= PROMINENT_RATIO * second else None

