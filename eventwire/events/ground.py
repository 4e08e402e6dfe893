"""Ground: what is taken, held or fought for ("the town", "two villages", "the border
crossing", a named place). Read by :mod:`.overrides` (goods or ground seized) and
:mod:`.offensives` (a campaign to take ground)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of ground taken, whatever trade is told of it.
GROUND_NOUNS = frozenset({
    "town", "towns", "village", "villages", "city", "district", "districts", "area", "areas",
    "region", "province", "hub", "route", "routes", "base", "bases", "camp", "camps", "hill",
    "hills", "crossing", "border", "territory", "control", "port", "airport", "post", "posts",
    "outpost", "checkpoint", "stronghold", "positions", "position", "valley", "island"})


def own_words(obj: Token, of: bool = True) -> list[Token]:
    """The noun, its modifiers and, with ``of``, its "of" complement ("200 kg of heroin")."""
    words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nummod"))]
    if not of:
        return words
    for of_ in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (g for g in of_.children if g.dep_ == "pobj"):
            words += [o, *(c for c in o.children if c.dep_ in ("compound", "amod", "conj"))]
    return words


def is_ground(obj: Token) -> bool:
    """The noun phrase ``obj`` heads names ground: a noun of ground or a named place among
    its own words."""
    return any(t.lower_ in GROUND_NOUNS or t.ent_type_ in ("GPE", "LOC", "FAC")
               for t in own_words(obj))
