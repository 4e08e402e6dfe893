"""A town the gazetteer does not know, named as where an event happened.

"Jihadist fighters attacked the eastern Burkinabe town of Kantchari": the bundled gazetteer
(GeoNames' towns of 500 people or more) lacks many villages and small towns that conflict news
names. The recogniser keeps such a name when the text says it is a place ("the town of X",
"the village of X"), unresolved; the event's place is then that town, not another place of
the article (the capital of a dateline, the town of a march in support of the troops that
fought there), which every report names differently: a user reads the town's name, its
country, and the point of the region or country the text puts it in with the precision of an
area (3), as ACLED codes a place it can only put in a larger area. Reports naming the one
unknown town meet by its name (:func:`eventwire.merge.places.place_key`), and it fits any
place of its country as a country does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..records import Place, Sentence
from .gazetteer import Gazetteer
from .standin import stands_in

# The precision of a point that is the country's, not the town's.
COUNTRY_PRECISION = 3


# The town's whole name as written: capitalised words from the mention's start ("Kyaung Gon
# village": the tagger's "Kyaung"), and a kind of place the mention ends with left off
# ("Kairu village").
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -](?:al-|el-|de |del |la )?[A-Z][\w'’.-]*)*")
_KIND_AFTER = re.compile(r"\s+(?:village|town|city|district|settlement|hamlet)$", re.IGNORECASE)


def town_name(text: str, town: Place) -> str:
    """The unknown town's name: the mention, or the run of capitalised words it opens."""
    run = _NAME_RUN.match(text, town.span[0])
    name = run.group(0) if run is not None and run.end() > town.span[1] else town.text
    return _KIND_AFTER.sub("", name).rstrip(".") or town.text


def unknown_town(gaz: Gazetteer, text: str, unknown: Sequence[Place], area: Place | None,
                 country_of: Sequence[Place], main: Place | None) -> Place | None:
    """The first of ``unknown`` (unresolved town names the sentence puts its event at), with
    the point of ``area`` (a region or country the sentence puts the event in too: "the
    village of X, in northern Mali"), else of the country the sentence's resolved places name
    (``country_of``: one country), else of the article's main place's (``main``); ``None``
    when no country is known (a name with no country is no place a user can map)."""
    if not unknown:
        return None
    town = unknown[0]
    name = town_name(text, town)
    if area is not None:
        return replace(area, name=name, text=town.text, span=town.span, geonameid=None,
                       feature=None, geo_precision=COUNTRY_PRECISION,
                       confidence=town.confidence)
    countries = Counter(p.iso2 for p in country_of if p.iso2)
    iso2 = (countries.most_common(1)[0][0] if len(countries) == 1
            else main.iso2 if main is not None else None)
    entry = gaz.countries.get(iso2) if iso2 else None
    if entry is None:
        return None
    return Place(name=name, text=town.text, span=town.span, country=gaz.name[entry],
                 iso2=iso2, latitude=gaz.latitude[entry], longitude=gaz.longitude[entry],
                 geo_precision=COUNTRY_PRECISION, confidence=town.confidence)


def unknown_places(gaz: Gazetteer, places: Sequence[Place], sentence: Sentence) -> list[Place]:
    """The places of ``sentence`` the gazetteer could not resolve: no point, or the point of
    the document's home it stands in at (:func:`.standin.stands_in`)."""
    return [p for p in places if sentence.start <= p.span[0] and p.span[1] <= sentence.end
            and (p.latitude is None or stands_in(gaz, p))]
