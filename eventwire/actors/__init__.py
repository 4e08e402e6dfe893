"""Actors: who did it (actor1), to whom (actor2), and with whose backing (assoc).

- :mod:`.table` loads the actor table (``data/actors_*.tsv``: named groups, parties, movements,
  international forces; state forces generated from the country table) and users' own tables;
- :mod:`.roles` picks the roles of an event from the sentence's dependency parse;
- :mod:`.targets` tells the places of a sentence: where an event happened, whose place was hit,
  and the buildings, facilities and vehicles hit (physical targets, never actors);
- :mod:`.protests` gives protest events ACLED's roles (the crowd acts, the forces respond);
- :mod:`.lists` keeps every party of a list in one role ("a teacher, two farmers and a police
  officer"): one actor2, the others its associated actors;
- :mod:`.names` prefers the most specific name the article gives anywhere;
- :mod:`.doers` finds doers the word lists do not name (people by a common noun, a lone
  attacker the document names, the police of an arrest nobody is said to make) and who only
  bore an act.
"""

from __future__ import annotations

from ..actor_mentions import (
           ARMED_CATEGORIES,
           CATEGORY_OF_INTER,
           ActorMention,
           find_actor_mentions,
           outside_own_country,
)
from .names import antecedent, dominant_country, dominant_group
from .roles import ActorExtractor

__all__ = ["ARMED_CATEGORIES", "CATEGORY_OF_INTER", "ActorExtractor", "ActorMention",
           "antecedent", "dominant_country", "dominant_group", "find_actor_mentions",
           "outside_own_country"]
