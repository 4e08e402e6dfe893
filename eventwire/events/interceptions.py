"""Strikes stopped in the air: air defences that shot down drones or missiles, and nothing hit.

"Air defences shot down 18 drones over the region overnight", "the air force said it
intercepted 40 of the 52 drones launched": the attack was foiled, which the taxonomy calls
disrupted weapons use (DISR_WEAP: "bombs defused, weapons seized, attacks foiled"), not a strike
that hit something. The model reads the drones as a strike. A sentence that also tells harm or
a hit ("drones struck an energy facility, while air defences shot down 20 others", "debris from
a downed drone damaged three houses") keeps its strike.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.tokens import Doc, Token

    from .model import Judgement

# The labels the model gives an interception: the strike it stopped.
STOPPED_STRIKES = frozenset({"AIR_STRIKE", "ART_MISS_ATTACK"})
# Verbs of stopping a projectile in the air ("shot down" with its particle).
_STOPPING = frozenset({"intercepted", "intercept", "intercepts", "intercepting", "downed",
                       "destroyed", "neutralised", "neutralized"})
_SHOT = frozenset({"shot", "shoot", "shoots", "shooting"})
# Prepositions of the means or the agent: what did the stopping, not what was stopped.
_MEANS = frozenset({"with", "by", "using", "via", "through"})
# What air defences stop.
_PROJECTILES = frozenset({
    "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "projectile",
    "projectiles", "shahed", "shaheds"})
# Words of harm done or of a hit: then the strike, or part of it, got through.
_HARM = frozenset({
    "killed", "killing", "dead", "died", "wounded", "injured", "injuring", "hurt", "casualties",
    "damaged", "damaging", "destroying", "struck", "hit", "hitting", "slammed", "exploded",
    "fire", "blaze", "debris", "fragments", "wreckage", "impact", "landed", "fell", "strike",
    "strikes"})


def stopped_only(sent: Doc) -> bool:
    """True when the sentence tells projectiles stopped in the air and nothing hit (see the
    module docstring)."""
    words = {t.lower_ for t in sent}
    if words & _HARM or words.isdisjoint(_PROJECTILES):
        return False
    return any(_stops_projectiles(t) for t in sent)


def _stops_projectiles(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    stopping = verb.lower_ in _STOPPING or (
        verb.lower_ in _SHOT and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                     for c in verb.children))
    # what it stopped: a projectile after the verb, in its phrase (the parse may hang "40
    # of the 52 drones Russia launched" anywhere below it), not a word naming something
    # else ("destroyed a drone factory") nor the means ("neutralised with drone strikes")
    return stopping and any(t.lower_ in _PROJECTILES and t.i > verb.i and t.dep_ != "compound"
                            and not _means(t, verb) for t in verb.subtree)


def _means(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs from ``verb`` through a word of means or agent ("with", "by",
    "using")."""
    while tok.i != verb.i:
        if tok.lower_ in _MEANS:
            return True
        tok = tok.head
    return False


def foiled_over_strike(j: Judgement, sent: Doc) -> Judgement:
    """The judgement, typed DISR_WEAP where the model reads a strike in projectiles that were
    all stopped (:func:`stopped_only`)."""
    if j.label in STOPPED_STRIKES and stopped_only(sent):
        return replace(j, label="DISR_WEAP")
    return j
