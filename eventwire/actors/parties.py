"""Whether a noun phrase names a party: a person, group, organisation, state or force, something
that can act or be acted upon, unlike a thing, a place, a date or an abstract noun ("a curfew",
"Thursday", "the Friendship Bridge"). PLOVER's source and target of a clause must be parties."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import country_of, read_table

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PARTY_ENTITIES", "is_act", "is_part", "is_party", "is_person", "part_nouns",
           "party_nouns", "thing_nouns"]

# Entity types of parties; a GPE stands for its government ("Serbia imposed ...").
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """``actors_party_nouns.tsv``: word (singular) -> kind."""
    return {row[0].strip().lower(): (row[1].strip() if len(row) > 1 else "")
            for row in read_table("actors_party_nouns.tsv")}


@lru_cache(maxsize=1)
def party_nouns() -> frozenset[str]:
    """The words (singular) that name a party."""
    return frozenset(w for w, kind in _nouns().items() if kind not in ("thing", "part", "event"))


@lru_cache(maxsize=1)
def part_nouns() -> frozenset[str]:
    """Words for a number or part of a party ("thousands of", "members of", "a group of")."""
    return frozenset(w for w, kind in _nouns().items() if kind == "part")


def is_part(head: Token) -> bool:
    """Whether ``head`` counts or divides what its "of" phrase names."""
    return head.like_num or head.pos_ == "NUM" or any(
        f in part_nouns() for f in _singulars(head.lower_))


def is_act(head: Token) -> bool:
    """Whether ``head`` names an act or a device ("a roadside bomb", "the blast"): said of a
    subject, it tells how something happened, not who did it."""
    return any(_nouns().get(f) == "event" for f in _singulars(head.lower_))


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """Words the generic actor nouns read as forces that name no party when acted upon."""
    return frozenset(w for w, kind in _nouns().items() if kind == "thing")


def is_party(head: Token) -> bool:
    """Whether the noun ``head`` names a party, by its entity type, its lemma, the actor
    table's names or the generic actor nouns."""
    if head.pos_ not in ("NOUN", "PROPN", "ADJ"):      # ADJ: "rebel camps", "Israeli"
        return False
    if head.ent_type_:
        return head.ent_type_ in PARTY_ENTITIES
    forms = _singulars(head.lower_)
    if any(form in thing_nouns() for form in forms):
        return False
    if any(form in party_nouns() or _compound_person(form) for form in forms):
        return True
    if country_of(head.text) is not None:
        return True
    return _generic_actor(head.text)


def is_person(head: Token) -> bool:
    """Whether the common noun ``head`` names people by role, occupation or kin ("a lawyer",
    "his wife", "firefighters"), not a group, a body or a force."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    return any(_nouns().get(form) == "person" or _compound_person(form)
               for form in _singulars(head.lower_))


@lru_cache(maxsize=1)
def _person_tails() -> tuple[str, ...]:
    """Person words marked as ending closed compounds (third column 'compound')."""
    return tuple(row[0].strip().lower() for row in read_table("actors_party_nouns.tsv")
                 if len(row) > 2 and row[2].strip() == "compound")


def _compound_person(word: str) -> bool:
    """A closed compound ending in a person word: "steelworker", "firefighter"."""
    return word.isalpha() and word.endswith(_person_tails())


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
