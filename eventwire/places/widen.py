"""Longer names joined by a lower-case particle ("Rio Grande do Norte", "Mato Grosso do Sul",
"Sao Jose dos Campos"): spaCy's small model tags their first words alone ("Rio Grande") or
as a person's name ("Mato Grosso"); the gazetteer knows the whole, which is the place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .gazetteer import Gazetteer
from .names import normalize
from .recognize import Mention, scan
from .strength import STRONG_CITY_POPULATION, own_name_population, strong

# A lower-case word inside a name: the particle that joins its parts.
_PARTICLE = re.compile(r" [a-z]+ ")


def widened(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions``, with each known name joined by a particle that holds some of them (or
    none overlaps) in their place, when it is a country, a big region or a city of
    strength.STRONG_CITY_POPULATION: a whole name, not the first words of it."""
    out = list(mentions)
    for m in scan(text, gaz):
        if m.demonym or not _PARTICLE.search(m.text) or not _place(gaz, m.text):
            continue
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        if any(o.start < m.end and m.start < o.end for o in out if o not in inside) or (
                len(inside) == 1 and (inside[0].start, inside[0].end) == (m.start, m.end)):
            continue                # crosses another mention, or is one already
        out = [o for o in out if o not in inside] + [Mention(m.start, m.end, m.text, "GAZ")]
    return sorted(out, key=lambda o: o.start)


def _place(gaz: Gazetteer, name: str) -> bool:
    ids = gaz.lookup(name)
    return strong(gaz, ids, name) or (
        own_name_population(gaz, name, normalize(name)) >= STRONG_CITY_POPULATION)
