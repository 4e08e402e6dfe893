"""Place names inside longer names: "Dubai World Cup", "Colorado State University",
"Birmingham City", "Kansas City Chiefs". When a name the gazetteer does not know as a whole
holds one it knows, the place is the one it names, at a coarser precision (see
:mod:`eventwire.places.geoparser`).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .given_names import opens_a_name
from .names import normalize
from .namesakes import names_a_peak, names_a_street
from .recognize import MAX_WORDS, Mention, name_goes_on, place_inside_place
from .strength import strong

# Words of a longer name; "of", "de" and the like may join the words of a place name inside it.
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_JOINERS = frozenset({"of", "de", "del", "la", "le", "du", "da", "and", "upon", "on", "the"})


def inner_name(gaz: Gazetteer, text: str) -> tuple[int, int] | None:
    """Offsets in ``text`` of the longest place name it holds short of the whole (the
    strongest of equally long ones), or None. Only names that are places on their own evidence count:
    countries, regions, and towns of some size under their own name (not "City", "World" or
    a hamlet named "University"), as for a name inside an organisation's name; nor a name
    in a mountain's or glacier's ("Hamilton Glacier Hut": not the town) or a street's ("Syria
    Street" is in Tripoli); nor a surname after given names ("Paul Marengo", "James Madison",
    which spaCy may tag an organisation's); nor the first word of a longer place name
    (:func:`.recognize.name_goes_on`: "Wadi Khaled" is not the Indian town of Wadi)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for n in range(min(MAX_WORDS, len(words) - 1), 0, -1):
        found = []
        for k in range(len(words) - n + 1):
            span = words[k:k + n]
            first, last = text[span[0][0]:span[0][1]], text[span[-1][0]:span[-1][1]]
            if not (first[0].isupper() and last[0].isupper()) or any(
                    not text[a].isupper() and text[a:b].lower() not in _JOINERS
                    for a, b in span[1:-1]):
                continue
            start, end = span[0][0], span[-1][1]
            if text[end - 1] == ".":
                end -= 1
            name = text[start:end]
            if (normalize(name) == normalize(text) or not named(gaz, name)
                    or names_a_peak(text, start, end) or names_a_street(text, start, end)
                    or _surname(text, words[:k], end)
                    or k == 0 and name_goes_on(text[end:])):    # "Wadi Khaled"
                continue
            if place_inside_place(Mention(start, end, name, "INNER"), gaz):
                found.append((start, end))
        if found:           # the strongest of equally long ones: "Real Madrid" is Madrid's
            return max(found, key=lambda s: _weight(gaz, text[s[0]:s[1]]))
    return None


def _surname(text: str, before: list[tuple[int, int]], end: int) -> bool:
    """The name ends ``text`` after words that are all given names or initials: a person's."""
    return bool(before) and end >= len(text.rstrip(".")) and all(
        opens_a_name(text[a:b]) for a, b in before)


def _weight(gaz: Gazetteer, name: str) -> tuple[bool, int]:
    """How strongly a name is a place: a country or big region first, then by population."""
    ids = named(gaz, name)
    return strong(gaz, ids, name), max((gaz.population[i] for i in ids), default=0)


def named(gaz: Gazetteer, name: str) -> tuple[int, ...]:
    """The entries bearing ``name`` as their own, and the areas known by it: not the towns
    that have it only as an alternate name ("City" is one of New York's)."""
    key = normalize(name)
    return tuple(i for i in gaz.lookup(name) if normalize(gaz.name[i]) == key or gaz.is_area(i))
