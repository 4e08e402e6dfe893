"""ACLED's actor categories (``inter1``/``inter2``) for actors the record leaves uncoded, and
ACLED's actor 1 for events whose perpetrator the article does not name.

ACLED codes every actor into one of eight categories (taxonomy.INTER_CODES) and gives every
event an actor 1. A record's actor may lack ``inter`` (a person named without an office, an
actor a reviewer typed by name), or an event may have no actor 1 ("a bomb exploded"). The
ACLED export fills them as ACLED's codebook does, from what eventwire already knows:

1. the actor table: a canonical name or alias of a listed actor gives its category;
2. the generic actors' name templates (``actors_categories.tsv``: "Military Forces of X" is
   1, "Protesters" 6, "Civilians" 7, "Unidentified Armed Group" 3, ...), by the name's start;
3. the role: the victim (actor 2) of civilian targeting is a civilian (7);
4. no actor 1: ACLED's default actor for the event type, with the event's country:
   "Protesters (X)" (6) for protests, "Rioters (X)" (5) for riots, and "Unidentified Armed
   Group (X)" (3) for battles, explosions and violence against civilians. Strategic
   developments have no default (ACLED codes them case by case): left empty.

Nothing else is guessed: an actor none of these codes keeps an empty ``inter``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Event

# ACLED's actor 1 when none is named, by event type (ACLED codebook, "Unidentified" actors).
DEFAULT_ACTOR1 = {
    "Protests": ("Protesters", 6),
    "Riots": ("Rioters", 5),
    "Battles": ("Unidentified Armed Group", 3),
    "Explosions/Remote violence": ("Unidentified Armed Group", 3),
    "Violence against civilians": ("Unidentified Armed Group", 3),
}
CIVILIANS = 7


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[re.Pattern[str], int], ...]:
    """(name start, inter) of every generic actor's name template, longest first: the words
    before ``of {country}`` ("Police Forces"), or the whole template ("Rioters")."""
    from ..lexicon import actor_categories

    bases = {}
    for term in actor_categories():
        base = term.name.split(" of {", 1)[0].split("{", 1)[0].strip()
        if base and term.inter:
            bases.setdefault(base, term.inter)
    return tuple((re.compile(rf"{re.escape(b)}\b", re.IGNORECASE), inter)
                 for b, inter in sorted(bases.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=4096)
def inter_of_name(name: str) -> int | None:
    """The ACLED category a name gives: a listed actor's, else a generic template's."""
    from ..actors.table import bundled_table

    table = bundled_table()
    entry = table.get(name) or table.lookup(name)
    if entry is not None and entry.inter:
        return int(entry.inter)
    for pattern, inter in _templates():
        if pattern.match(name):
            return inter
    return None


def inter1(e: Event) -> int | None:
    if e.actor1 is None:
        default = DEFAULT_ACTOR1.get(e.type.event_type or "")
        return default[1] if default else None
    return e.actor1.inter or inter_of_name(e.actor1.name)


def inter2(e: Event) -> int | None:
    a = e.actor2
    if a is None:
        return None
    return a.inter or inter_of_name(a.name) or (CIVILIANS if e.civilian_targeting else None)


def actor1_name(e: Event, country: str) -> str:
    """Actor 1's name, or ACLED's default actor of the event type in ``country``."""
    if e.actor1 is not None:
        return e.actor1.name
    default = DEFAULT_ACTOR1.get(e.type.event_type or "")
    return f"{default[0]} ({country})" if default and country else ""
