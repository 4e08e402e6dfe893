"""Whether a mention names an event the article has already told: "the attack", "this blast".

A definite singular event noun ("The attack left one officer dead") points back to a happening
the reader already knows of, whatever words the earlier sentence used for it ("A gunman opened
fire on police"). :func:`eventwire.merge.fold_article` folds such a mention into the article's
last violent event at its place, even when the two were typed differently (an attack and a
battle are one act, told once by the shooting and once by its toll).

Nouns that bring in a new happening are not references back: "another attack", "the second
blast", "the latest bombing", "a similar attack"; nor is a plural ("the attacks" may sum up
several).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Determiners and possessives that make a noun phrase definite.
# ("their attack" may be a new one: "rebels resumed their attack").
DEFINITE = frozenset({"the", "this", "that"})
# Modifiers that make a definite event noun a new one ("the second attack", "the latest blast")
# or another one than the told ("the previous attack", "the same kind of attack").
_NEW_OR_OTHER = frozenset({
    "another", "other", "second", "third", "fourth", "fifth", "next", "new", "latest",
    "last", "previous", "earlier", "later", "first", "similar", "separate", "further",
    "subsequent", "recent", "same", "deadliest", "worst", "biggest", "largest"})
_SINGULAR_NOUN = "NN"
# Nouns of a happening (not of its agents: "the assailant" is no reference to an act) that a
# clause's subject may refer back with ("The blast, which happened at 5 a.m., destroyed ...").
HAPPENINGS = frozenset({
    "attack", "assault", "ambush", "raid", "bombing", "blast", "explosion", "shooting",
    "shelling", "strike", "airstrike", "clash", "fighting", "battle", "firefight", "gunfight",
    "killing", "massacre", "assassination", "abduction", "kidnapping", "fire", "blaze",
    "collapse", "crash", "derailment", "stampede", "quake", "earthquake", "flood", "flooding",
    "landslide", "storm", "cyclone", "typhoon", "hurricane", "eruption", "protest", "rally",
    "march", "demonstration", "riot", "violence", "unrest", "incident", "accident"})


def refers_back(parsed: Doc, offset: int) -> bool:
    """True when the token at character ``offset`` of ``parsed`` (one sentence) is a definite
    singular event noun that names no new happening: "the attack", "this bombing"; or when
    the token's clause has a definite noun of a happening (:data:`HAPPENINGS`) for subject
    ("The blast, which happened at 5 a.m., destroyed two floors": the trigger "destroyed"),
    or says its verb happened in one (:data:`_WITHIN`: "eleven people died in that blast")."""
    token = token_at(parsed, offset)
    if token is None:
        return False
    if _definite(token):
        return True
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and subject is not token and _happening(subject)) or any(
        _happening(o) for p in verb.children if p.dep_ == "prep" and p.lower_ in _WITHIN
        for o in p.children if o.dep_ == "pobj")


# Prepositions by which a clause's verb happened inside a happening ("were killed in the
# attack", "died during the raid"): what the verb tells is part of that happening.
_WITHIN = frozenset({"in", "during"})


def _happening(noun: Token) -> bool:
    """A definite noun of a happening (:data:`HAPPENINGS`, see :func:`_definite`)."""
    return noun.lower_ in HAPPENINGS and _definite(noun)


def _definite(token: Token) -> bool:
    """A definite singular noun that names no new happening ("the attack", not "another
    attack", "the attacks" or "the deadliest attack")."""
    if token.tag_ != _SINGULAR_NOUN:
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "poss", "amod", "nummod")}
    superlative = any(c.tag_ == "JJS" for c in token.children if c.dep_ == "amod")
    return bool(words & DEFINITE) and not words & _NEW_OR_OTHER and not superlative
