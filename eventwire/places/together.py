"""Places named together in one phrase, and what each of them says of where an event was:
a list of the event's places ("in Mali and Niger"), a town with the country or region it
lies in ("in Mombasa, Kenya": one place), a listed country's own place ("in Lebanon and in
Turkey's capital, Ankara"), the two ends of one stretch ("the highway between X and Y": one
place), and a name describing a kind of place ("the Mindanao town of Butig", "the lakeside town
of Bol" read as a name in capitals: the town). Read by :mod:`.locate`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Place
from .gazetteer import COUNTRY_FEATURES

# "the town of Tillia in western Niger", "Ariha in Syria's Idlib province": a town named
# just before the region or country containing it is the finer answer. The gap between them is
# a preposition and a few modifiers (measured on hand-written reports: under 20 characters).
NESTED_WINDOW = 30
# The kinds of place a list names its next place by ("in Turkey's capital, Ankara").
_PLACE_KIND = r"(?:capital|city|town|province|region|state|district|county|village|port)"
# Places listed together, the preposition repeated after "and" or "or" or not: "in Mali and
# Niger", "in Mosul and in Kirkuk"; not after a bare comma, which says where the first one is
# ("in Yarumal, in Antioquia", "in Westlake, near Lake Charles").
# Places listed: "in Mali and Niger", "in X and in the Nigerien capital" (a place itself),
# "in X and (in) the Nigerien capital Y", "at X or at the southern port city of Y", "at a camp
# in X region and at the cattle market in Y". (A place of another clause, "struck X and the
# city of Y announced curbs", is apart from the event: the parse tells, see .clauses.)
_COORDINATED = re.compile(
    r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$"
    r"|^\s*,?\s*(?:and|or)\s+(?:(?:in|at)\s+the|in|at|the)\s*$"
    r"|^\s*,?\s*(?:and|or)\s+(?:(?:in|at)\s+)?the\s+(?:(?!the\b)[\w-]+\s+){0,2}"
    rf"{_PLACE_KIND}\s*(?:of\s+)?,?\s*$"
    rf"|^\s*(?:{_PLACE_KIND}\s*)?,?\s*(?:and|or)\s+(?:in|at)\s+(?:the|a|an)\s+"
    r"(?:(?!the\b)[\w-]+\s+){0,2}(?:in|near)\s*$")
# A listed country's own place named after it: "in Lebanon and in Turkey's capital, Ankara".
_ITS_PLACE = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?{_PLACE_KIND}\s*,?\s*$")
# Between a name and the town it describes: "[the Mindanao] town of [Butig]", "[the Red Sea]
# port city of [X]". Not a part of the place after it: "[the Yuksekova] district of [Hakkari]",
# "[the Lacroix] neighbourhood of [X]" name the part first.
_KIND_OF = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|port|settlement|hamlet)"
                      r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "between" right before the first of two places: the two ends of one stretch.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def with_coordinated(text: str, inside: Sequence[Place], anchor: Place) -> tuple[Place, ...]:
    """The anchor and the places listed with it ("in Mali and Niger")."""
    ordered = sorted(inside, key=lambda p: p.span)
    k = ordered.index(anchor)
    group = [anchor]
    j = k + 1
    while j < len(ordered) and _COORDINATED.match(text[ordered[j - 1].span[1]:ordered[j].span[0]]):
        group.append(ordered[j])
        j += 1
    j = k - 1
    while j >= 0 and _COORDINATED.match(text[ordered[j].span[1]:ordered[j + 1].span[0]]):
        group.insert(0, ordered[j])
        j -= 1
    # "in Mombasa, Kenya", "in Cotonou, Benin's largest city": the country or region of a
    # town listed with it says where the town is, not another place of the event
    group = [p for p in group if not any(_contains(p, q) for q in group)]
    # "on the road between X and Y": one place of the event, the road's, named by its ends;
    # the first end stands for it
    if len(group) > 1 and _BETWEEN.search(text, max(0, group[0].span[0] - 12), group[0].span[0]):
        group = group[:1]
    return tuple(_possessed(text, ordered, p) for p in group)


def _contains(p: Place, q: Place) -> bool:
    """The country or first-order region ``p`` holds ``q``, a finer place."""
    if q is p or (q.geo_precision or 3) >= (p.geo_precision or 3) or q.iso2 != p.iso2:
        return False
    return p.feature in COUNTRY_FEATURES or (p.feature == "ADM1" and q.admin1 == p.admin1)


def _possessed(text: str, ordered: Sequence[Place], p: Place) -> Place:
    """The place ``p`` possesses when the list names it so ("in Lebanon and in Turkey's
    capital, Ankara": Ankara), else ``p``."""
    return next((q for q in ordered if 0 < q.span[0] - p.span[1] <= NESTED_WINDOW
                 and _ITS_PLACE.match(text, p.span[1], q.span[0])), p)


def describes_a_town(text: str, p: Place, places: Sequence[Place]) -> bool:
    """``p`` only describes the town named after it: "the Mindanao town of Butig", "the
    lakeside town of Bol" (an adjective in capitals the truecaser took for a name): the town,
    no coarser than ``p``, is the place named; ``p`` is no place of an event nor of the
    story."""
    return any(q.span[0] > p.span[1] and (q.geo_precision or 3) <= (p.geo_precision or 3)
               and _KIND_OF.fullmatch(text, p.span[1], q.span[0]) for q in places)
