"""Typing that needs the actors: a label the sentence's words give, checked against who did it to
whom once the actors stage has read them.

ACLED's "Violence against civilians" is one-sided violence against unarmed people: when the
target is state forces (police, soldiers, a checkpoint's guards, ACLED actor category 1) and the
attacker is an armed non-state group, the event is a battle (``ARMED_CLASH``), "even when one
side only fires and the other flees" (``training/data/README.md``). The sentence encoder reads
"gunmen opened fire" as an attack whoever the target was, so the check runs here, where the
actors' categories are known.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, EventMention
from ..taxonomy import event_type
from .plover import plover_type

# ACLED actor categories (``Actor.inter``).
STATE_FORCES = 1
# ACLED's names for the armed part of the state (``data/actors_categories.tsv`` and the actor
# tables use them); "Government of X" (officials, ministries) is the state unarmed.
ARMED_STATE_NAMES = ("Military Forces", "Police Forces")
# Attackers whose violence against state forces is a battle: rebels (2), political militias (3),
# identity militias (4). External forces (8) are another state's: left as typed. An attacker
# with no category read (a lone "gunman" the actor table does not know) counts as armed when the
# target is state forces: civilians do not open fire on a checkpoint.
ARMED_NON_STATE = frozenset({2, 3, 4, None})


def retyped(mention: EventMention, actor1: Actor | None, actor2: Actor | None) -> EventMention:
    """The mention with its type corrected by the actors' categories (itself when they agree)."""
    if (mention.type.label != "ATTACK" or actor2 is None or actor2.inter != STATE_FORCES
            or not actor2.name.startswith(ARMED_STATE_NAMES)):
        return mention
    if (actor1.inter if actor1 is not None else None) not in ARMED_NON_STATE:
        return mention
    ptype, mode = plover_type(mention.trigger, "ARMED_CLASH")
    return replace(mention, type=event_type("ARMED_CLASH", ptype, mode))
