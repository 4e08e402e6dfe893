"""ACLED's actor categories (``inter1``/``inter2``) for actors the record leaves uncoded, and
ACLED's actor 1 for events whose perpetrator the article does not name.

ACLED codes every actor into one of eight categories (taxonomy.INTER_CODES) and gives every
event an actor 1. A record's actor may lack ``inter`` (a person named without an office, an
actor a reviewer typed by name), or an event may have no actor 1 ("a bomb exploded"). The
ACLED export fills them as ACLED's codebook does, from what eventwire already knows:

1. the actor table: a canonical name or alias of a listed actor gives its category;
2. the generic actors' name templates (``actors_categories.tsv``: "Military Forces of X" is
   1, "Protesters" 6, "Civilians" 7, "Unidentified Armed Group" 3, ...), by the name's start;
3. the role: the victim (actor 2) of civilian targeting is a civilian (7); the perpetrator
   (actor 1) of a type whose unnamed perpetrator ACLED codes by the type (below) takes that
   type's category: ACLED codes an attacker of no known group as an unidentified armed group
   (3), a person named as protesting or rioting as a protester (6) or rioter (5);
4. no actor 1: ACLED's default actor for the event type, with the event's country:
   "Protesters (X)" (6) for protests, "Rioters (X)" (5) for riots, "Unidentified Armed
   Group (X)" (3) for battles, explosions and violence against civilians, and "Police Forces
   of X" (1) for arrests (ACLED's arrests are detentions by state forces). Other strategic
   developments have no default (ACLED codes them case by case): left empty.

Nothing else is guessed: an actor none of these codes keeps an empty ``inter`` (a missing
integer to pandas, see ``acled.ACLED_DTYPES``); no actor 2 is ACLED's ``inter2`` 0.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Event

# ACLED's actor 1 when none is named, by event type or, first, sub-event type (ACLED
# codebook: its "Unidentified" actors; arrests are made by state forces): a name template
# with the event's country, and its category.
DEFAULT_ACTOR1 = {
    "Protests": ("Protesters ({country})", 6),
    "Riots": ("Rioters ({country})", 5),
    "Battles": ("Unidentified Armed Group ({country})", 3),
    "Explosions/Remote violence": ("Unidentified Armed Group ({country})", 3),
    "Violence against civilians": ("Unidentified Armed Group ({country})", 3),
    "Arrests": ("Police Forces of {country}", 1),
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


def _default(e: Event) -> tuple[str, int] | None:
    """ACLED's actor 1 of the event's sub-event type, else of its type (None: no default)."""
    return DEFAULT_ACTOR1.get(e.type.sub_event_type or "") or \
        DEFAULT_ACTOR1.get(e.type.event_type or "")


def inter1(e: Event) -> int | None:
    default = _default(e)
    if e.actor1 is None:
        return default[1] if default else None
    coded = e.actor1.inter or inter_of_name(e.actor1.name)
    if coded:
        return coded
    # A perpetrator of no known group: the category ACLED gives the type's unnamed one
    # (arrests aside: a person named as arresting is no police force by that alone).
    by_type = DEFAULT_ACTOR1.get(e.type.event_type or "")
    return by_type[1] if by_type else None


def inter2(e: Event) -> int | None:
    a = e.actor2
    if a is None:
        return None
    return a.inter or inter_of_name(a.name) or (CIVILIANS if e.civilian_targeting else None)


def actor1_name(e: Event, country: str) -> str:
    """Actor 1's name, or ACLED's default actor of the event type in ``country``."""
    if e.actor1 is not None:
        return e.actor1.name
    default = _default(e)
    return default[0].format(country=country) if default and country else ""
