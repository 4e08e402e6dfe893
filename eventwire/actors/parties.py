"""Whether a noun phrase names a party: a person, group, organisation, state or force, something
that can act or be acted upon, unlike a thing, a place, a date or an abstract noun ("a curfew",
"Thursday", "the Friendship Bridge"). PLOVER's source and target of a clause must be parties."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import country_of, read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_party", "party_nouns"]

# Entity types of parties; a GPE stands for its government ("Serbia imposed ...").
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@lru_cache(maxsize=1)
def party_nouns() -> frozenset[str]:
    """The words (singular) of ``actors_party_nouns.tsv``."""
    return frozenset(row[0].strip().lower() for row in read_table("actors_party_nouns.tsv"))


def is_party(head: Token) -> bool:
    """Whether the noun ``head`` names a party, by its entity type, its lemma, the actor
    table's names or the generic actor nouns."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.ent_type_:
        return head.ent_type_ in PARTY_ENTITIES
    if any(form in party_nouns() for form in _singulars(head.lower_)):
        return True
    if country_of(head.text) is not None:
        return True
    return _generic_actor(head.text)


def _singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars it may be the plural of (the pipeline has no lemmatiser):
    "parties" -> party, "militiamen" -> militiaman, "officials" -> official."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


@lru_cache(maxsize=4096)
def _generic_actor(word: str) -> bool:
    """A word the actor table or the generic actor nouns read as an actor ("gendarmes")."""
    from ..actor_mentions import find_actor_mentions
    return any(a.start == 0 and a.end == len(word) for a in find_actor_mentions(word))
