"""How strongly the gazetteer alone makes a name a place: countries, big regions and cities
are places on their own; a town's alternate names count only for big towns (see
:mod:`.recognize`, which reads these, and :mod:`.people`, which keeps such names places)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import COUNTRY_FEATURES, REGION_FEATURES, Gazetteer
from .names import normalize, skeleton

# A gazetteer-only city is kept without a locative cue from this population up (calibrated on
# the LGL/TR-News dev sets: below it, namesake-of-a-common-word false positives dominate).
STRONG_CITY_POPULATION = 100_000
# A city of this population up is the city even where it names an organisation or an
# institution ("return to Karachi" tagged as an organisation, "Kabul University"): a round
# figure (Columbia, S.C., and Lincoln, Neb., are under it, Houston and Tehran over it).
MEGACITY_POPULATION = 1_000_000
# ... and with a locative cue ("in X", "X, Ky.") from this population up.
CUED_CITY_POPULATION = 1_000
# A town found by an alternate name that is not a spelling of its own ("Kiev" for Kyiv) counts
# from this population up; smaller towns' alternate names are too often words ("Hamas" is an
# alternate name of Hamm).
ALIAS_CITY_POPULATION = 1_000_000
# A first-level region is a place on its own from this population (summed over its places) up:
# "Texas", "Alberta", "Raqqa governorate" are, Uruguay's "Flores" department is not.
STRONG_REGION_POPULATION = 200_000
# "X County" is a place on its own, a bare "X" (King for King County) is not.
_ADMIN_WORD = re.compile(r"\b(?:County|Parish|District|Borough|Province)\b")
# ... and a first-level region named with its unit's word ("Unity State", "Jonglei State",
# "Kherson Oblast"), however few people the tables give it.
_ADMIN1_WORD = re.compile(r"\b(?:State|Province|Region|Governorate|Oblast|Prefecture)$")


def strong(gaz: Gazetteer, ids: Sequence[int], text: str) -> bool:
    """Countries, first-level regions, continents and named regions: places on their own
    (a county only when ``text``, the name found, says "County")."""
    for i in ids:
        f = gaz.feature[i]
        if f in COUNTRY_FEATURES or f == "CONT" or (f in REGION_FEATURES and f[:3] != "ADM"):
            return True
        if f == "ADM1" and (gaz.population[i] >= STRONG_REGION_POPULATION
                            or _ADMIN1_WORD.search(text)):
            return True
        if f == "ADM2" and _ADMIN_WORD.search(text):
            return True
    return False


def own_name_population(gaz: Gazetteer, name: str, key: str) -> int:
    """Largest population of the towns called ``name`` under their own name (or a spelling of
    it): GeoNames' alternate names include words ("Passover", "Market") that are towns nowhere
    in English news; a county's bare name ("King" for King County) is not its own either."""
    return max((gaz.population[i] for i in gaz.lookup(name)
                if normalize(gaz.name[i]) == key or skeleton(gaz.name[i]) == skeleton(name)
                or (gaz.population[i] >= ALIAS_CITY_POPULATION and gaz.feature[i] != "ADM2")),
               default=0)
