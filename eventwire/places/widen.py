"""What recognition leaves out of places spaCy's small model tags wrongly: longer names joined
by a lower-case particle ("Rio Grande do Norte", "Mato Grosso do Sul", "Sao Jose dos Campos"),
whose first words it tags alone ("Rio Grande") or as a person's name ("Mato Grosso"), and
towns listed with a place ("Deir al-Balah and Khan Younis", "Padua and Rovigo"), which it
tags as people or not at all; and a compass word in lower case that opens a country's or a
people's name ("south Sudanese", as lower-case text restored reads), which it leaves out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import COUNTRY_FEATURES, Gazetteer
from .names import normalize
from ..records import Entity
from .cues import REGION_UNIT_AFTER
from .quarters import quarters
from .recognize import COMPASS, Mention, scan, stopwords
from .strength import (STRONG_CITY_POPULATION, STRONG_REGION_POPULATION, own_name_population,
                       strong)

# A lower-case word inside a name: the particle that joins its parts.
_PARTICLE = re.compile(r" [a-z]+ ")
# What joins two items of a list: "A and B", "A, B", "A or B".
_LISTED = re.compile(r"(?:,[ ]+(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+)")
_JOINER_MAX = len(", and ")     # the longest joiner, in characters
# A compass word in lower case right before a name ("south Sudanese", "north Korean").
_COMPASS_BEFORE = re.compile(rf"(?<![\w-]){COMPASS}(?P<ern>ern)?[ ]$")
# ... and with the capitalised words after it, one or two ("north Kivu").
_COMPASS_NAME = re.compile(rf"(?<![\w-]){COMPASS}(?P<ern>ern)?"
                           r"[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?")
# Units a compass word opens the name of, before a unit word ("Northern Samar province").
_UNITS = frozenset({"ADM1", "ADM2"})
# A capitalised word right after a name: it goes on ("Georgia Tech", "Madison Keys").
_GOES_ON = re.compile(r"[ ]+[A-Z]")
# A town listed with a place is one from this population up. At 10,000 (recognize's
# ORG_CITY_POPULATION) "Kent and Sussex" in a British story listed a Wisconsin Sussex of
# 10,700, which drew Kent abroad (tests/places/data/context_dev.jsonl); at 15,000 LGL end to
# end gains 14 of the 16 towns it gained at 10,000 (python benchmarks/geoparse.py --errors).
LISTED_TOWN_POPULATION = 15_000
# Labels of entities a listed town may bear alone: spaCy's small model tags towns as people
# and organisations; a product's, an event's or a work's name is no town.
_LISTED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def completed(text: str, mentions: Sequence[Mention], entities: Sequence[Entity],
              gaz: Gazetteer) -> list[Mention]:
    """``mentions`` widened (:func:`widened`), then with the towns listed beside them
    (:func:`listed`), compass words (:func:`compassed`) and a town's quarters
    (quarters.quarters): the gazetteer's names in the text are found once for the first two."""
    scanned = scan(text, gaz)
    return quarters(text, compassed(text, listed(text, widened(text, mentions, gaz, scanned),
                                                 entities, gaz, scanned), gaz))


def compassed(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions``, each widened over a lower-case compass word before it when the two name a
    country, a people of one, or an area across countries ("south Sudanese": South Sudan, not
    Sudan; "west African"): the south of Sudan is South Sudan, whichever case the text was
    in; and over a compass word before a first- or second-level unit's name and its unit
    word ("northern Samar province": Northern Samar). Not a town, nor a region without its
    unit word ("east London" is no East London, South Africa; "south Texas"). Such names no
    mention holds yet ("in north Kordofan state": the state North Kordofan) are added."""
    out = []
    for m in mentions:
        found = _COMPASS_BEFORE.search(text, max(0, m.start - 12), m.start)
        if found is not None and _compass_name(gaz, text, found, m.end, m.demonym):
            m = Mention(found.start(), m.end, text[found.start():m.end], m.source, m.demonym,
                        m.embedded)
        out.append(m)
    for found in _COMPASS_NAME.finditer(text):
        start, end = found.start(), found.end()
        if not any(o.start < end and start < o.end for o in out) and _compass_name(
                gaz, text, found, end, False):
            out.append(Mention(start, end, text[start:end], "GAZ"))
    return sorted(out, key=lambda o: o.start)


def _compass_name(gaz: Gazetteer, text: str, found: re.Match, end: int, demonym: bool) -> bool:
    """The compass word ``found`` and the name up to ``end`` name a country, a people of one or
    an area across countries, or, before a unit word, a unit (see :func:`compassed`)."""
    name = text[found.start():end]
    ids = (gaz.demonym(name),) if demonym else gaz.lookup(name)
    # "northern Samar province", as text in capitals restored reads: with its unit word
    # after it, the name is the unit's ("Northern Samar"), not the other's.
    unit = not demonym and REGION_UNIT_AFTER.match(text, end) is not None
    return (unit or not found.group("ern")) and any(
        i is not None and (_spans_countries(gaz, i) or (unit and gaz.feature[i] in _UNITS))
        for i in ids)


def _spans_countries(gaz: Gazetteer, i: int) -> bool:
    """A country, or an area across countries ("West Africa")."""
    return gaz.feature[i] in COUNTRY_FEATURES or (not gaz.country[i] and gaz.is_area(i))


def widened(text: str, mentions: Sequence[Mention], gaz: Gazetteer,
            scanned: Sequence[Mention] | None = None) -> list[Mention]:
    """``mentions``, with each known name joined by a particle that holds some of them (or
    none overlaps) in their place, when it is a country, a big region or a city of
    strength.STRONG_CITY_POPULATION: a whole name, not the first words of it. ``scanned``:
    recognize.scan's names of the text, when found already."""
    out = list(mentions)
    for m in scan(text, gaz) if scanned is None else scanned:
        if m.demonym or not _PARTICLE.search(m.text) or not _place(gaz, m.text):
            continue
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        if any(o.start < m.end and m.start < o.end for o in out if o not in inside) or (
                len(inside) == 1 and (inside[0].start, inside[0].end) == (m.start, m.end)):
            continue                # crosses another mention, or is one already
        out = [o for o in out if o not in inside] + [Mention(m.start, m.end, m.text, "GAZ")]
    return sorted(out, key=lambda o: o.start)


def listed(text: str, mentions: Sequence[Mention], entities: Sequence[Entity],
           gaz: Gazetteer, scanned: Sequence[Mention] | None = None) -> list[Mention]:
    """``mentions``, and the towns joined to one of them as items of a list that no mention
    covers: known under their own name (LISTED_TOWN_POPULATION people or more, or a big
    region), tagged as nothing or as exactly themselves, and going on into no longer name
    (not "Texas and Georgia Tech")."""
    out = list(mentions)
    ends = {m.end for m in mentions if not m.demonym}
    starts = {m.start for m in mentions if not m.demonym}
    for m in scan(text, gaz) if scanned is None else scanned:
        if m.demonym or not _beside(text, m, ends, starts):
            continue
        if normalize(m.text) in stopwords() or _GOES_ON.match(text, m.end) or any(
                o.start < m.end and m.start < o.end for o in out):
            continue
        if any((e.start, e.end) != (m.start, m.end) or e.label not in _LISTED_LABELS
               for e in entities if e.start < m.end and m.start < e.end):
            continue
        if _town(gaz, m.text):
            out.append(Mention(m.start, m.end, m.text, "LISTED"))
    return sorted(out, key=lambda o: o.start)


def _beside(text: str, m: Mention, ends: set[int], starts: set[int]) -> bool:
    """A list's joiner stands between ``m`` and a place ending or starting there."""
    return any(m.start - d in ends and _LISTED.fullmatch(text, m.start - d, m.start)
               or m.end + d in starts and _LISTED.fullmatch(text, m.end, m.end + d)
               for d in range(1, _JOINER_MAX + 1))


def _town(gaz: Gazetteer, name: str) -> bool:
    """A country, a big region, or a town of LISTED_TOWN_POPULATION under its own name (not
    an acronym: "UN and EU" is no list of towns, though "KY" is Kentucky)."""
    ids = gaz.lookup(name)
    return strong(gaz, ids, name) or (
        not (name.isupper() and len(name) <= 3)
        and own_name_population(gaz, name, normalize(name)) >= LISTED_TOWN_POPULATION)


def _place(gaz: Gazetteer, name: str) -> bool:
    ids = gaz.lookup(name)
    return strong(gaz, ids, name) or (
        own_name_population(gaz, name, normalize(name)) >= STRONG_CITY_POPULATION) or any(
        gaz.feature[i] == "ADM2" and gaz.population[i] >= STRONG_REGION_POPULATION
        for i in ids)
