"""What an agreement of a conflict is made of: the truces and deals it names, and the verbs
that tell one kept in force. The detector's :mod:`eventwire.events.agreements` reads agreements
made or flouted, and :mod:`eventwire.dates` leaves the day an agreement held to its keeping;
both take the words from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# The label of an agreement.
AGREEMENT = "AGREEMENT"
# What is agreed that is always an agreement in scope.
TRUCES = frozenset({"ceasefire", "cease-fire", "ceasefires", "truce", "truces", "armistice"})
# What is agreed that is one only with a word of conflict ("a peace deal", "a prisoner swap").
DEALS = frozenset({"deal", "deals", "agreement", "agreements", "accord", "accords", "pact",
                   "treaty", "swap", "exchange", "arrangement"})
# Words that make a deal one of a conflict.
CONFLICT_WORDS = frozenset({
    "peace", "ceasefire", "cease-fire", "truce", "prisoner", "prisoners", "hostage",
    "hostages", "evacuation", "withdrawal", "disarmament", "demobilisation",
    "demobilization", "power-sharing", "security", "humanitarian", "de-escalation",
    "non-aggression", "detainee", "detainees", "captive", "captives"})

# Verbs of an agreement in force: "the truce held for a second day", "the ceasefire is holding".
_IN_FORCE = frozenset({"held", "hold", "holds", "holding", "remained", "remains", "stayed",
                       "stays"})


def in_force(verb: Token) -> bool:
    """The verb tells a truce or a conflict's deal that stands ("the truce held for a second
    day on Wednesday", "the ceasefire was largely holding"): a day it names is of the
    agreement kept, not of the agreement made."""
    if verb.lower_ not in _IN_FORCE:
        return False
    # the small model often hangs the verb on its subject ("a ceasefire ... largely held")
    return (verb.dep_ == "acl" and agreed_thing(verb.head)) or any(
        c.dep_ == "nsubj" and agreed_thing(c) for c in verb.children)


def agreed_thing(tok: Token) -> bool:
    """A truce, or a deal of a conflict ("a peace deal", "the prisoner swap")."""
    word = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if word in TRUCES or (word == "fire" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-"
                          and tok.doc[tok.i - 2].lower_ == "cease"):
        return True                         # "cease-fire" is three tokens
    if word not in DEALS:
        return False
    # "power-sharing", "non-aggression": hyphenated words are several tokens
    before = tok.doc[tok.left_edge.i:tok.i].text.lower().split()
    return any(w.strip(",") in CONFLICT_WORDS for w in before) or any(
        t.lower_ in CONFLICT_WORDS for c in tok.children
        if c.dep_ in ("compound", "amod", "nmod", "prep") for t in c.subtree)
