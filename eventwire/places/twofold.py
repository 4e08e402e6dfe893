"""Names that are both a country and a region of another country ("Georgia", the country and
the US state; "Niger", the country and the Nigerian state): the document's other places say
which. A bare name means the country by default (its prior is the stronger), but a story that
puts its other places in the region's towns ("Savannah and other parts of Georgia", "a
tornado in Valdosta ... south Georgia") means the region, unless the text ties the name to
the country: a place of the country or of a country bordering it other than the region's
("Tbilisi, Georgia"; "Russia, Armenia and Georgia"), or a cue only a country takes ("the
embassy of Georgia", "Georgia's president"; see cues.cue_of).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from .gazetteer import COUNTRY_FEATURES, Gazetteer

K = TypeVar("K")                # the key of a name (one sense per name and document)

# The regions that may stand for a country's namesake: first-level ones, and second-level
# ones (Belgium's province of Luxembourg) whose towns lie this near their point, in degrees
# (about 110 km, the grid cell resolve.py counts as near).
REGION_FEATURES = frozenset({"ADM1", "ADM2"})
NEAR_DEGREES = 1.0


def settle_twofold(gaz: Gazetteer, keys: Sequence[K],
                   picked: Mapping[K, tuple[int | None, float]],
                   senses: Mapping[K, Sequence[int]], cues: Mapping[K, str | None]
                   ) -> dict[K, tuple[int | None, float]]:
    """The picks to change: a name picked as a country that is also a region of another
    country where at least one of the document's other names is picked as a town (or a
    county), with none in the country or a country bordering it other than the region's.
    ``cues`` are each name's cue (cues.cue_of: "PCLI" keeps the country)."""
    out: dict[K, tuple[int | None, float]] = {}
    others = [(k, i) for k, (i, _) in picked.items() if i is not None]
    for k in dict.fromkeys(keys):
        i = picked[k][0]
        if i is None or gaz.feature[i] not in COUNTRY_FEATURES or cues.get(k) == "PCLI":
            continue
        country = gaz.country[i]
        for r in senses.get(k, ()):
            if gaz.feature[r] not in REGION_FEATURES or gaz.country[r] in ("", country):
                continue
            near = frozenset(gaz.neighbours.get(country, ())) - {gaz.country[r]}
            if any(gaz.country[j] in near | {country} for o, j in others if o != k):
                break
            towns = [picked[o][1] for o, j in others
                     if o != k and not gaz.feature[j] in COUNTRY_FEATURES
                     and j != r and _within(gaz, j, r)]
            if towns:
                out[k] = (r, max(towns))
                break
    return out


def _within(gaz: Gazetteer, j: int, r: int) -> bool:
    """Place ``j`` lies in region ``r`` (a second-level one: in its first-level region and
    near its point)."""
    if gaz.admin1[j] != gaz.admin1[r] or gaz.country[j] != gaz.country[r]:
        return False
    if gaz.feature[r] == "ADM1":
        return True
    return (abs(gaz.latitude[j] - gaz.latitude[r]) <= NEAR_DEGREES
            and abs(gaz.longitude[j] - gaz.longitude[r]) <= NEAR_DEGREES)
