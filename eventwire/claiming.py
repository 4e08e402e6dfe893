"""What a verb of claiming claims: the nouns of the acts it takes.

A claim names its act as the verb's object ("the group claimed the bombing"), through the
responsibility or the credit it claims for it ("claimed responsibility for the attack", "took
credit for the raids", "claimed credit for"), or, passive, as its subject with the claimant
named ("the bombings were claimed by the group"; without an agent, "the attack was claimed"
tells no claim read here: "a claimed attack" is one alleged). The detector's
:mod:`eventwire.events.responsibility` reads the claim, :mod:`eventwire.events.claimed` the
acts it vouches for, and :mod:`eventwire.dates` leaves the claim's day to the claim; all take
the words from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of claiming, as word forms (the pipeline runs no lemmatizer).
CLAIM_WORDS = frozenset({"claim", "claims", "claimed", "claiming"})
# Acts a claimant says it did, as verbs ("claimed that its fighters attacked", "said it
# carried out").
ACT_VERBS = frozenset({
    "carried", "carry", "conducted", "launched", "staged", "executed", "mounted", "targeted",
    "attacked", "killed", "bombed", "shelled", "ambushed", "kidnapped", "abducted", "planted",
    "detonated", "fired", "shot", "downed", "stormed", "raided", "destroyed", "blew",
    "assassinated", "struck", "hit", "beheaded", "hijacked", "seized", "overran"})
# "brought down" a craft is downing it.
BROUGHT = frozenset({"brought", "bring", "brings", "bringing"})
# A claim of the claimant's own act told with no event word ("claimed that it brought down an
# airliner", "claims to have shot down a drone"): the words that make its sentence a candidate
# for the detector, which reads the claim (:func:`eventwire.events.responsibility.claim_verb`).
CANDIDATE_WORDS = (
    r"claim(?:s|ed|ing)? (?:\w+ ){0,3}?(?:(?:that )?(?:it|they|we) (?:had |has |have )?|"
    r"to have )(?:" + "|".join(sorted(ACT_VERBS | BROUGHT)) + ")")
# What a claimant claims for an act, the act named after "for".
CREDIT_FOR = frozenset({"responsibility", "credit"})
# Verbs that claim when their object is credit ("took credit for the attacks"): not
# "responsibility", which a minister takes for a failure to prevent an attack as often.
_TAKING = frozenset({"take", "takes", "took", "taken", "taking"})


def claims(verb: Token) -> bool:
    """The verb is one of claiming ("claimed"), or claims by taking credit ("took credit for
    the attacks")."""
    return verb.lower_ in CLAIM_WORDS or takes_credit(verb)


def takes_credit(verb: Token) -> bool:
    """The verb claims an act by taking the credit for it ("took credit for the attacks")."""
    return verb.lower_ in _TAKING and any(
        c.dep_ == "dobj" and c.lower_ == "credit" for c in verb.children) and bool(
        _for(verb, "credit"))


def claimed_nouns(verb: Token) -> list[Token]:
    """The nouns a verb of claiming takes as what it claims (see the module docstring): its
    object, its passive subject when the claimant is named, and what the responsibility or
    credit is for, after them."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "agent" for c in verb.children):
        nouns += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return nouns + [o for c in nouns if c.lower_ in CREDIT_FOR for o in _for(verb, c.lower_)]


def _for(verb: Token, claimed: str) -> list[Token]:
    """The nouns after "for" of the verb's object ``claimed`` ("credit for the attacks":
    "attacks"), which the parser may hang on the verb ("took credit for ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == claimed]
    return [o for h in (*objects, verb) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]
