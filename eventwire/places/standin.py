"""Names the tables lack: a street, a building, a neighbourhood or a hamlet the gazetteer does
not hold ("Elm Street", "St. Agnes Hospital", "Lower Ferry") is in or near the town the
document is about, its home: the town or county it names most often (the first of them on a
tie). Dev sets, gold spans acc@161 km: LGL 0.8969 -> 0.9130, TR-News 0.9318 -> 0.9412; with
the nearest town named before the name instead, 0.9097 / 0.9388; only when the home is named
twice or more, 0.9048 / 0.9380.

A feature that may lie far from the story's town (a mountain, an island, a sea, a national
park) or an abbreviation (a region's or a country's short name: "B.C.") gets no stand-in; a
lake, a creek or a river in a story about a town is usually the town's (the dev figures are
the same either way: a far feature left unresolved is as wrong as one placed at the town).
A stand-in is a guess at where a name is, not a place the text names: events are located by
the places the text names, as if the name were unresolved (:func:`stands_in`, read by
:mod:`.locate`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TypeVar

from ..records import Place
from .capitals import names_a_capital
from .gazetteer import Gazetteer
from .recognize import Mention
from .senses import candidates

K = TypeVar("K")                # the key of a name (one sense per name and document)

# Words of features that may lie far from the town a story is about.
_FAR_WORDS = (r"mountains?|mount|mt|sea|ocean|gulf|islands?|isle|desert|strait|peninsula|"
              r"national|glacier|range|coast|canyon")
_FAR = re.compile(rf"\b(?i:{_FAR_WORDS})\b")
# ... and such a word right after a name the mention leaves out.
_FAR_AFTER = re.compile(rf"\s+(?i:{_FAR_WORDS})\b")
# An abbreviation (capitals and full stops only): a region's or a country's short name.
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.?){1,4}$")
# The confidence of a stand-in: the town is where the name probably is, not what it names.
# Below any pick's (a logistic of a margin: 0.5 or more), so a guess never reads as sure; set
# by that reasoning, not calibrated.
STAND_IN_CONFIDENCE = 0.3


def settle_unknown(gaz: Gazetteer, mentions: Sequence[Mention], keys: Sequence[K],
                   picked: Mapping[K, tuple[int | None, float]],
                   senses: Mapping[K, Sequence[int]], text: str = ""
                   ) -> dict[K, tuple[int | None, float]]:
    """The stand-ins of the names with no sense at all (see the module docstring); ``text``,
    the document, tells a far feature by the word after its name too ("the Senkaku
    islands", "the Yamal peninsula")."""
    local = Counter(k for k in keys if _local(gaz, picked.get(k, (None, 0.0))[0]))
    if not local:
        return {}
    first = {k: n for n, k in reversed(list(enumerate(keys)))}
    home_key = max(local, key=lambda k: (local[k], -first[k]))
    home = picked[home_key][0]
    return {k: (home, STAND_IN_CONFIDENCE) for m, k in zip(mentions, keys)
            if not senses.get(k) and picked.get(k, (None, 0.0))[0] is None
            and not m.demonym and not _FAR.search(m.text)
            and not _FAR_AFTER.match(text, m.end) and not _ABBREVIATION.match(m.text)}


def _local(gaz: Gazetteer, i: int | None) -> bool:
    return i is not None and (gaz.feature[i].startswith("PPL") or gaz.feature[i] == "ADM2")


def stands_in(gaz: Gazetteer, p: Place) -> bool:
    """``p`` is a stand-in: a name the tables lack, placed at the document's home."""
    return (p.latitude is not None and gaz.demonym(p.text) is None
            and not names_a_capital(p.text)
            and not candidates(gaz, Mention(p.span[0], p.span[1], p.text, "", False))[0])
