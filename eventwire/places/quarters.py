"""A town's quarters named with the town's possessive and a part noun: "Istanbul's Kadikoy
district", "Harare's Glen View suburb", "Mogadishu's Bakara Market", "Sydney's Bondi
Beach". The text says where the quarter is: in the town. Recognition often misses such names
(spaCy tags them as nothing or as people, and the tables lack most quarters, or list a
namesake far off), so they are found here (:func:`quarters`), and each is placed in its town
(:func:`settle_quarters`): at its own sense near the town when the tables have one, else at
the town itself, a place in or near it (a stand-in: resolve marks it coarser than the entry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from .gazetteer import Gazetteer
from .recognize import Mention

K = TypeVar("K")                # the key of a name (one sense per name and document)

_WORD = r"(?:(?:al|el|an|ar|as|ad)-)?[A-Z][\w'’-]*"
# The part nouns of a town, in lower case after the quarter's name ("the Kadikoy district"),
# or capitalised as the last word of it ("Bakara Market", "Kibera Township").
_PARTS = r"district|suburb|neighbou?rhood|quarter|township|slum|market|camp|estate"
# ... and the features of a town named with a capitalised word of their kind ("Sydney's
# Bondi Beach", "Freetown's Kroo Bay", "Chicago's Jackson Park").
_FEATURES = r"Bay|Beach|Island|Park|Square|Gardens|Heights|Hill|Harbou?r"
_QUARTER = re.compile(
    rf"['’]s[ ]+(?:(?:old|new|northern|southern|eastern|western|central|poor|sprawling)[ ]+)?"
    rf"(?:(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})[ ]+(?:{_PARTS})s?\b"
    rf"|(?P<whole>{_WORD}(?:[ ]{_WORD}){{0,2}}[ ](?:(?i:{_PARTS})|{_FEATURES}))\b)")
# A quarter this far from its town's point, in degrees of latitude and longitude (about
# 55 km: a city's edge), is a namesake elsewhere.
NEAR_DEGREES = 0.5
# Confidence of a quarter placed at its town (the town is certain, the point within it not).
QUARTER_CONFIDENCE = 0.5


def quarters(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` and the quarters named after one of them with its possessive ("Istanbul's
    Kadikoy district"): a quarter a mention already holds exactly is kept as it is, one that
    crosses another mention is left out, one that holds others takes their place."""
    out = list(mentions)
    for m in mentions:
        if m.demonym:
            continue
        found = _QUARTER.match(text, m.end)
        if found is None:
            continue
        group = "name" if found.group("name") else "whole"
        start, end = found.span(group)
        held = [o for o in out if start <= o.start and o.end <= end]
        if any(o.start < end and start < o.end for o in out if o not in held) or (
                len(held) == 1 and (held[0].start, held[0].end) == (start, end)):
            continue
        # the words of the quarter's name are no places of their own ("Susan's Bay": not
        # Somalia's Bay region)
        out = [o for o in out if o not in held] + [
            Mention(start, end, text[start:end], "QUARTER")]
    return sorted(out, key=lambda o: o.start)


def settle_quarters(gaz: Gazetteer, text: str, mentions: Sequence[Mention], keys: Sequence[K],
                    picked: Mapping[K, tuple[int | None, float]],
                    senses: Mapping[K, Sequence[int]]) -> dict[K, tuple[int | None, float]]:
    """The picks to change: each quarter after a town's possessive is at its sense near the
    town, else at the town (see the module docstring). Returns the picks this changes."""
    out: dict[K, tuple[int | None, float]] = {}
    for k in range(len(mentions) - 1):
        town, part = mentions[k], mentions[k + 1]
        found = _QUARTER.match(text, town.end)
        if found is None or town.demonym or part.demonym or part.start not in (
                found.start("name"), found.start("whole")):
            continue
        y = picked[keys[k]][0]
        if y is None or not gaz.feature[y].startswith("PPL"):
            continue
        x = picked[keys[k + 1]][0]
        if x is not None and _near(gaz, x, y):
            continue
        near = next((i for i in senses.get(keys[k + 1], ()) if _near(gaz, i, y)), None)
        out[keys[k + 1]] = (near if near is not None else y, QUARTER_CONFIDENCE)
    return out


def _near(gaz: Gazetteer, i: int, y: int) -> bool:
    return (abs(gaz.latitude[i] - gaz.latitude[y]) <= NEAR_DEGREES
            and abs(gaz.longitude[i] - gaz.longitude[y]) <= NEAR_DEGREES)
