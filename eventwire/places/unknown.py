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
place of its country as a country does. Once the article calls the name a town, every other
mention of it is the town (:func:`named_again`, read by the recogniser).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..records import Place, Sentence
from .gazetteer import Gazetteer
from .recognize import NAME_GOES_ON, PLACE_NOUN, Mention, stopwords
from .spans import Covered
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


# A capitalised word right before a name: unless a word of no name ("In", "The"), the name
# ends a longer one ("Lake Kantchari", "Fort X").
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ -]$")


def named_again(text: str, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``out`` (sorted, not overlapping) with every other mention of a town the gazetteer
    lacks that the document says is a town ("the eastern town of Kantchari", then "Jihadists
    attacked Kantchari again", "between Kantchari and Diapaga"): the text has told what the
    name is, whatever spaCy tags it elsewhere, and a shorter name read inside it is it. Not
    the first word of a longer name ("Kantchari Road"), nor one inside another mention."""
    towns = {m.text for m in out if not m.demonym and not gaz.lookup(m.text)
             and PLACE_NOUN.search(text[max(0, m.start - 30):m.start])}
    if not towns:
        return out
    # a shorter name read inside the town's ("Adan" of "Adan Yabaal", a namesake's alias)
    # is the town, not the namesake
    hits = [Mention(hit.start(), hit.end(), name, "TOWN") for name in sorted(towns)
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    found = [m for m in out if not any(h.start <= m.start and m.end <= h.end
                                       and m.end - m.start < h.end - h.start for h in hits)]
    taken = Covered(len(text), found)
    for m in hits:
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if not taken.overlaps(m) and not NAME_GOES_ON.match(text, m.end) and not (
                before and before.group(1).lower() not in stopwords()):
            found.append(m)
            taken.add(m)
    return sorted(found, key=lambda m: m.start)


def most_named(gaz: Gazetteer, text: str, places: Sequence[Place], designated: frozenset[str],
               main: Place | None, main_mentions: int) -> Place | None:
    """The town the tables lack that the document calls a town (``designated``: "the eastern
    town of Kantchari") and names more often than its main place (``main``, named
    ``main_mentions`` times): the article is about that town, and a sentence that names no
    place happened there, not at the provincial capital the article names twice in passing
    (placed as :func:`unknown_town` places it, in the main place's country)."""
    if main is None or not designated:
        return None
    counts = Counter(p.text for p in places if p.text in designated)
    if not counts:
        return None
    name, n = max(counts.items(), key=lambda kv: (kv[1], -_first(places, kv[0])))
    if n <= main_mentions:
        return None
    first = min((p for p in places if p.text == name), key=lambda p: p.span)
    return unknown_town(gaz, text, [first], None, [main], main)


def _first(places: Sequence[Place], name: str) -> int:
    return min(p.span[0] for p in places if p.text == name)
