"""Places in an event's sentence: where it happened and what was hit, for picking roles.

Whoever a place belongs to was hit there, never the one who acted: a post or vehicle of the
forces (:func:`is_place_of_forces`), the owner of an office or a house (:func:`owner_of_place`);
phrases of place (:data:`LOCATIVE`) say where, not who.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .sources import extent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..actor_mentions import ActorMention

__all__ = ["LOCATIVE", "attacked_from", "is_facility", "is_place_of_forces", "names_facility",
           "not_where", "owner_of_place", "place_spans"]


# Prepositions naming where something happened: a ministry "outside" which a bomb went off is
# the place (and at most the target), not the one who acted.
LOCATIVE = frozenset({"outside", "inside", "near", "in", "into", "behind", "beside", "opposite",
                      "around", "across", "at", "from", "within", "along"})
_FACILITY = re.compile(r"\s+(?:station|post|checkpoint|headquarters|building|office|compound|"
                       r"base|barracks|camp|convoy|vehicle|academy|school|hospital|residence|"
                       r"outpost|garrison|position)s?\b",
                       re.IGNORECASE)


def names_facility(text: str, end: int) -> bool:
    """Whether a place of the forces' word follows ``end`` ("police| station"): the words before
    it name whose place it is, not who acted."""
    return _FACILITY.match(text, end) is not None


def place_spans(sent: Doc) -> list[tuple[int, int]]:
    """Character ranges of locative phrases ("outside the Ministry of ...")."""
    return [extent(tok) for tok in sent if tok.dep_ == "prep" and tok.lower_ in LOCATIVE]


# A mention that is a place of the forces (phrases.facility_mentions): hit, not acting.
_PLACE_WORDS = re.compile(r"(?:checkpoint|outpost|barracks|garrison|patrol|post|station|base|"
                          r"camp|convoy|vehicle|truck|position|headquarters|academy|compound)"
                          r"s?$", re.IGNORECASE)


def is_facility(a: ActorMention, text: str) -> bool:
    """Whether a mention of the forces names a place of theirs ("an army checkpoint")."""
    return a.category == "state" and bool(_PLACE_WORDS.search(a.text))


# "the headquarters of X", "X's offices": X owns the place hit, it does not act there.
_PLACE_OF = re.compile(r"\b(?:headquarters|offices?|premises|home|house|residence|compound|"
                       r"buildings?|property|properties|rally|convoy|motorcade|vehicle)\s+of\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
_OWNS = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:headquarters|offices?|premises|home|house|"
                   r"residence|compound|buildings?|property|rally|convoy|motorcade)\b",
                   re.IGNORECASE)


def owner_of_place(text: str, a: ActorMention) -> bool:
    """Whether the mention owns a place named next to it ("the offices of X", "X's house")."""
    return bool(_PLACE_OF.search(text, max(0, a.start - 40), a.start)
                or _OWNS.match(text, a.end))


# Vehicles and units of the forces: hit when they "came under fire" or "hit a mine", else
# they may act ("an army patrol opened fire").
_MOBILE = re.compile(r"\s+(?:patrol|convoy|vehicle|truck|jeep|helicopter)s?\b", re.IGNORECASE)
_MINES = frozenset({"mine", "landmine", "bomb", "ied", "device", "explosive", "explosives"})


def is_place_of_forces(a: ActorMention, text: str, verb: Token) -> bool:
    """A post or base of the forces ("police station", "a checkpoint"), or a vehicle of theirs
    that was hit ("a military convoy hit a landmine"): what was hit, never who acted."""
    if a.category != "state":
        return False
    if is_facility(a, text) or names_facility(text, a.end):
        return True
    hit = bool(attacked_from(verb)) or (verb.lower_ in ("hit", "hits", "struck", "ran") and any(
        t.lower_ in _MINES for c in verb.children if c.dep_ in ("dobj", "prep")
        for t in c.subtree))
    return hit and bool(_MOBILE.match(text, a.end))


def attacked_from(verb: Token) -> list[Token]:
    """"came under fire/attack" (and who fired: "from X")."""
    if not any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return []
    return [verb, *(t for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "from"
                    for t in p.subtree)]


def not_where(head: Token) -> list[Token]:
    """The words of ``head``'s phrase outside its phrases of place ("an explosion at a
    military base": not the base)."""
    return [t for t in head.subtree if not any(
        a.dep_ == "prep" and a.lower_ in LOCATIVE and a.i != head.i
        for a in [t, *t.ancestors] if a.i in range(head.left_edge.i, head.right_edge.i + 1)
        and a.i != head.i)]
