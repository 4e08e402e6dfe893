"""Armed men moving into where civilians live: a change of an armed group's activity
(CHANGE_TO_GROUP_ACT), read from the parse.

"Insurgents have shifted into vacant flats near the market to escape the drones", "the
militia left its hilltop camps and took over two schools", "gunmen moved out of their camps
into a hospital wing": a side shifting its men among civilians is a strategic development
(ACLED's change to a group's activity, PLOVER's MOBILIZE), news of where the war will be
fought. The model reads these as nothing, as the strikes they flee, as an attack, or as
territory handed over; the parse tells the move:

* armed men (fighters, militants, gunmen, troops; a non-state armed group the actor table
  names) as the subject;
* a verb of moving ("moved", "relocated", "shifted") into or to places where people live
  (homes, houses, neighbourhoods, schools, hospitals, mosques, residential areas), or of
  taking them over ("took over two schools", "occupied the clinic");
* done (the verb's realis), with no one said killed or hurt in the sentence (then the
  violence is the news).

It outranks the model's label: the strikes fled or the bases left are no event of the
sentence. Not people who are no armed men ("families moved into empty schools"), nor a move
to ground ("fighters moved into the hills": a deployment the model reads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import NON_STATE_ARMED, find_actor_mentions
from ..nlp import phrase_of
from .ground import own_words
from .property import harm_told

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a move this module reads (P(a real event in scope)). On the sentences of
# tests/events/test_relocations.py every firing of DEV is a move, ASIDE checked once; set with
# the other strategic developments the parse reads (offensives.OFFENSIVE_CONFIDENCE) below the
# claims', for the thinner evidence, and above the default gate: the move is said outright.
RELOCATION_CONFIDENCE = 0.75
# Verbs of moving men, with "into" or "to" a place.
_MOVING = frozenset({"moved", "move", "moves", "moving", "relocated", "relocate", "relocating",
                     "shifted", "shift", "shifting", "redeployed", "retreated", "withdrew",
                     "withdrawn"})
# Verbs of taking over a place, which is their object.
_TAKING_OVER = frozenset({"took", "taken", "take", "taking", "occupied", "occupy", "occupying",
                          "commandeered", "seized"})
# Places where people live, which armed men move into.
SHELTER_NOUNS = frozenset({
    "home", "homes", "house", "houses", "neighbourhood", "neighbourhoods", "neighborhood",
    "neighborhoods", "school", "schools", "hospital", "hospitals", "mosque", "mosques",
    "church", "churches", "apartment", "apartments", "flats", "residential", "residences",
    "dwellings", "civilian"})
# Nouns of armed men.
_ARMED_MEN = frozenset({
    "fighters", "militants", "gunmen", "insurgents", "rebels", "jihadists", "militiamen",
    "troops", "soldiers", "extremists", "guerrillas", "combatants"})


def armed_men_moved(sent: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The verb of armed men moving into where civilians live in ``sent`` (see the module
    docstring), or None."""
    if harm_told(sent):
        return None
    for verb in sent:
        word = verb.lower_
        if verb.pos_ != "VERB" or word not in _MOVING | _TAKING_OVER or not realis(verb):
            continue
        if not _by_armed_men(verb):
            continue
        if word in _MOVING and _into_shelter(verb) or word in _TAKING_OVER and any(
                c.dep_ == "dobj" and _shelter(c, of=False) for c in verb.children):
            return verb
    return None


def _by_armed_men(verb: Token) -> bool:
    """The verb's subject (or its first conjunct's, "left its camps and took over two
    schools") names armed men."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in _ARMED_MEN or any(
        m.category in NON_STATE_ARMED for m in find_actor_mentions(phrase_of(s)))
        for s in subjects)


def _into_shelter(verb: Token) -> bool:
    """ "shifted into vacant flats", "moved out of their camps into a hospital wing", "to
    residential districts"; not the way men go about ("moved from house to house", "house to
    house": a noun told twice around "to", whatever the parser hangs it on)."""
    return any(p.dep_ == "prep" and p.lower_ in ("into", "to") and any(
        o.dep_ == "pobj" and _shelter(o) and not _reduplicated(o) for o in p.children)
        for h in (verb, *(c for c in verb.children if c.dep_ == "prep"))
        for p in h.children)


def _reduplicated(noun: Token) -> bool:
    """The noun stands in "N to N" ("house to house", "door to door")."""
    doc, i = noun.doc, noun.i
    return (i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == noun.lower_) or (
        i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].lower_ == noun.lower_)


def _shelter(noun: Token, of: bool = True) -> bool:
    """The noun phrase names where people live: its noun or modifiers, and with ``of`` what
    it is "of" (not for a place taken over: "control of the neighbourhood" is ground)."""
    return any(t.lower_ in SHELTER_NOUNS for t in own_words(noun, of))


def may_move(words: frozenset[str]) -> bool:
    """Whether the sentence's words (lower case) may hold such a move: a prefilter."""
    return not words.isdisjoint(SHELTER_NOUNS) and not words.isdisjoint(_MOVING | _TAKING_OVER)
