"""Acts a claim of responsibility names as what it claims: real, as sure as the claim.

"Days earlier the rebels had claimed the hijacking of a bus in one province and two bombings
in another": the model judges the bombings' clause by its words, which are those of a claim,
and rates the act low (about 0.5), though a claim of an act presupposes it: no group claims a
bombing that did not happen. A claim the parse reads (:func:`.responsibility.claim_verb`,
made, not denied, no habit) vouches for each act noun it claims (:mod:`eventwire.claiming`: its
object, a passive subject with the claimant named, what the responsibility or credit is for),
conjuncts included, when the claim tells it first (no "the",
"this", "its": an act the reader knows is told before, an event already, which the claim
joins); never for a kind of act ("claimed similar attacks") or a tally ("dozens of attacks"),
nor for an act a blame, an accusation or a statement names (who did it is disputed there, not
whether it happened, and the model reads those on their own).

A claimant may say it did the acts rather than claim them ("earlier it said it was behind the
sinking of a boat and the suicide bombings in X and Y", "the militia's claim that it had shot
down a plane, and car bombings in X"): the acts of that clause are vouched for too, a definite
one where it is named by a place the words before do not name. What a claim names after its
first act is an event of its own (:func:`further_acts`), which no rule of its clause may read
(a clause gets one rule's label); the detector reads it from its own words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..claiming import CREDIT_FOR, claimed_nouns, claims
from ..numbers import VAGUE_NUMBERS
from .classify import Classification, classify
from .realis import disputed
from .reference import DEFINITE
from .responsibility import (ACT_NOUNS, KIND_WORDS, claim_verb, group_claim, one_act_done,
                             own_act_clauses)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import EventMention, Sentence

# Determiners of an act the reader knows: a reference back's, and their plurals ("these
# attacks").
_DEFINITE = DEFINITE | {"these", "those"}
# The act nouns a claim vouches for: not those that name no act of their own.
_VOUCHED = ACT_NOUNS - {"responsibility", "violence", "operation", "operations", "attempt",
                        "attempts"}
# The prepositions that give an act its place ("the bombings in X", "the raid on X").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "outside"})


def claimed_acts(sent: Doc, realis: Callable[[Token], bool], context: str = ""
                 ) -> tuple[tuple[int, int], ...]:
    """The character spans, in the sentence, of the acts a claim in ``sent`` claims: each
    act noun with the words before it ("deadly suicide bombings")."""
    return _spans([a for nouns, said in _told(sent, realis, context) for a in nouns
                   if _new(a, said, context)])


def further_acts(sent: Doc, realis: Callable[[Token], bool], context: str = ""
                 ) -> tuple[tuple[int, int], ...]:
    """Of :func:`claimed_acts`, those a claim names after what it names first ("claimed the
    downing of a jet and bombings in X", "said it was behind the sinking of a boat and the
    bombings in X"): each an event of its own, which no rule of their clause may read (one
    clause, one rule's label); what the claim names first is the claim's own event."""
    return _spans([a for nouns, said in _told(sent, realis, context) for a in nouns[1:]
                   if _new(a, said, context)])


def _told(sent: Doc, realis: Callable[[Token], bool], context: str
          ) -> list[tuple[list[Token], bool]]:
    """The nouns each claim in ``sent`` names as what it claims, in order, and whether the
    claimant says it did them: the claim verb's objects and their conjuncts, then the nouns
    of each clause in which a claimant says it did an act or was behind one, that of the
    claim's verb or noun or of a non-state armed group's statement."""
    if _VOUCHED.isdisjoint(t.lower_ for t in sent):
        return []                           # no act noun to vouch for: no claim read
    verb = claim_verb(sent, realis, context)
    out = []
    if verb is not None and verb.pos_ == "VERB" and claims(verb):
        out.append(([a for o in claimed_nouns(verb) if o.lower_ not in CREDIT_FOR
                     for a in (o, *o.conjuncts, *_of_conjuncts(o))], False))
    clauses = own_act_clauses(verb) if verb is not None and not disputed(verb) else []
    group = group_claim(sent, realis, context)
    return out + [(_said_done(c), True) for c in (*clauses, *([group] if group else []))
                  if one_act_done(c) and realis(c)]


def _new(act: Token, said: bool, context: str) -> bool:
    """The act is not one the article told before: no definite one, unless a claimant
    saying it did it or was behind it names it by a place the words before do not name
    ("said it was behind the bombings in X")."""
    return not _definite(act) or said and _placed_anew(act, context)


def _spans(acts: list[Token]) -> tuple[tuple[int, int], ...]:
    """The spans of the acts that a claim vouches for: act nouns, neither a kind nor a habit."""
    acts = [a for a in dict.fromkeys(acts)
            if a.lower_ in _VOUCHED and a.pos_ == "NOUN" and not _habit(a)
            and not any(d.lower_ in KIND_WORDS for d in a.children)]
    return tuple((a.left_edge.idx, a.idx + len(a)) for a in acts)


def _habit(act: Token) -> bool:
    """Acts told as a tally or a kind, not as ones that happened: "dozens of attacks", or a
    plural with no number, determiner or named place ("carried out attacks across the
    province")."""
    if act.head.lower_ == "of" and act.head.head.lower_ in VAGUE_NUMBERS:
        return True
    return act.tag_ == "NNS" and not _places(act) and not any(
        d.dep_ in ("det", "nummod", "poss") for d in act.children)


def _said_done(clause: Token) -> list[Token]:
    """The nouns after the verb of a clause in which a claimant says it did an act or was
    behind one, inside that clause ("said it was behind the sinking of a boat and bombings in X",
    "the group's claim that it had downed a plane, and bombings in X"): an act noun the parser
    hangs anywhere there is one the claimant says it did; not one in a clause of its own ("the
    raid that followed the bombing")."""
    return [t for t in clause.subtree if t.i > clause.i and t.pos_ == "NOUN"
            and _within(t, clause)]


def _within(tok: Token, clause: Token) -> bool:
    """No verb stands between ``tok`` and the head of its ``clause``."""
    while tok.head.i != clause.i:
        if tok.head.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _placed_anew(act: Token, context: str) -> bool:
    """The act is told with a place that the words before it (``context``) do not name:
    "the bombings in Lebanon" is known by its place, not told before."""
    places = _places(act)
    return bool(places) and all(o.text not in context for o in places)


def _places(act: Token) -> list[Token]:
    """The names of the places an act is told at ("bombings in X and in Y": X)."""
    return [o for p in act.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPOSITIONS
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def _definite(act: Token) -> bool:
    """The act is one the reader knows ("claimed the kidnapping", "its attack"): told before
    in the article, where it is an event already, which the claim joins."""
    return any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in _DEFINITE)
               for d in act.children)


def _of_conjuncts(act: Token) -> list[Token]:
    """The words joined by "and" inside what an act is "of", where the parser hangs a second
    claimed act ("the hijacking of a bus in X and bombings in Y": "bombings" joined to "bus" or
    to "X", or made the object of "in"; no one hijacks bombings)."""
    out = []
    for p in (c for c in act.children if c.dep_ == "prep" and c.lower_ == "of"):
        words = list(p.subtree)
        joined = next((k for k, t in enumerate(words) if t.dep_ == "cc" and t.lower_ == "and"),
                      len(words))
        out += [t for t in words[joined:] if t.dep_ in ("conj", "pobj")]
    return out


def is_claimed(m: EventMention, sentence: Sentence, spans: tuple[tuple[int, int], ...]
               ) -> bool:
    """The mention's trigger is one of the claimed acts ``spans`` (sentence offsets)."""
    start, end = (x - sentence.start for x in m.trigger_span)
    return m.type.label != "ATTRIB" and any(s < end and start < e for s, e in spans)


def unread_acts(text: str, spans: tuple[tuple[int, int], ...], read: list[tuple[int, int]]
                ) -> list[tuple[int, Classification]]:
    """The claimed acts (``spans`` of the sentence ``text``) that no mention read (``read``:
    their trigger spans, sentence offsets) covers, each with what the cue classifier reads in
    its own words and the act's offset: a claim told in one clause names its second act with
    no rule of its own ("the group's claim that it downed a jet, and bombings in X")."""
    out = []
    for s, e in spans:
        if any(a < e and s < b for a, b in read):
            continue
        c = classify(text[s:e])
        if c.trigger and c.label != "ATTRIB":
            out.append((s, c))
    return out
