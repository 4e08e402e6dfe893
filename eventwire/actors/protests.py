"""The roles of protest events, as ACLED codes them: the crowd acts, the forces respond."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..actor_mentions import ActorMention
from ..taxonomy import PROTEST_LABELS
from .targets import owner_of_place

__all__ = ["CROWD_ACTS", "organiser", "protest_roles"]


# Protest events whose actor1 is the crowd (ACLED: "Excessive force against protesters" is
# coded with the forces as actor1 and the protesters as actor2).
CROWD_ACTS = frozenset(PROTEST_LABELS) - {"FORCE_AGAINST_PROTEST"}


def protest_roles(label: str, mentions: tuple[ActorMention, ...], text: str
                  ) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED codes the crowd as actor1 of a protest event (rioters when it turned violent) and
    the forces that intervened as actor2; the forces as actor1 of excessive force against
    protesters. A party whose office was hit is no crowd ("the headquarters of X")."""
    if label not in PROTEST_LABELS:
        return None, None
    crowd = next((a for a in mentions if a.category in ("protester", "rioter")
                  and not owner_of_place(text, a)), None)
    if crowd is None:                       # "people gathered at a rally": they protest
        crowd = next((a for a in mentions if a.category == "civilian"
                      and not owner_of_place(text, a)), None)
        crowd = crowd and replace(crowd, name="Protesters", inter=6, category="protester")
    forces = next((a for a in mentions if a.category == "state"), None)
    if label == "FORCE_AGAINST_PROTEST":
        return (forces, crowd) if forces is not None else (None, None)
    if crowd is not None and label == "VIOL_DEMONSTR" and crowd.category == "protester":
        crowd = replace(crowd, name="Rioters", inter=5, category="rioter")
    return crowd, forces



# A protest and who organised it, in one sentence: "the rally was organised by X", "a vigil
# put on by X", "X organised the march". The name: capitalised words (with "of", "for", "and"
# inside), after any possessive ("Ana Ruiz's Labour Forum": the forum).
_PROTEST_NOUN = (r"(?:rally|rallies|march(?:es)?|protests?|demonstrations?|vigils?|sit-ins?|"
                 r"events?|strikes?|walkouts?|gatherings?|boycotts?)")
_NAME = r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.'’&-]*)*)"
_ORGANISED = (re.compile(r"\b" + _PROTEST_NOUN + r"\b[^.;]{0,80}?\b(?:organi[sz]ed|called|put\s+on|"
                         r"staged|led)\s+by\s+(?:the\s+)?" + _NAME),
              re.compile(_NAME + r"\s+(?:had\s+)?(?:organi[sz]ed|called|staged)\s+(?:the|a|an)\s+"
                         r"(?:[\w-]+\s+){0,2}" + _PROTEST_NOUN + r"\b"))
_POSSESSIVE = re.compile(r".*['’]s\s+")
_LEAD = re.compile(r"^The\s+")


@lru_cache(maxsize=8)
def organiser(text: str) -> str | None:
    """Who the document says organised its protest, when it names one only: ACLED's
    associated actor of the crowd (once per document: every protest of it asks)."""
    names = {_LEAD.sub("", _POSSESSIVE.sub("", m.group("name"))).rstrip(".")
             for pattern in _ORGANISED for m in pattern.finditer(text)}
    names.discard("")
    return names.pop() if len(names) == 1 else None
