"""Acts a claim of responsibility names as what it claims: real, as sure as the claim.

"Days earlier the rebels had claimed the hijacking of a bus in one province and two bombings
in another": the model judges the bombings' clause by its words, which are those of a claim,
and rates the act low (about 0.5), though a claim of an act presupposes it: no group claims a
bombing that did not happen. A claim the parse reads (:func:`.responsibility.claim_verb`,
made, not denied, no habit) vouches for each act noun it claims (:mod:`eventwire.claiming`: its
object, a passive subject with the claimant named, what the responsibility or credit is for),
conjuncts included, when the claim tells it first (no "the",
"this", "its": an act the reader knows is told before, an event already, which the claim
joins); never for a kind of act ("claimed similar attacks"), nor for an act a blame, an
accusation or a statement names (who did it is disputed there, not whether it happened, and
the model reads those on their own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..claiming import claimed_nouns, claims
from .reference import DEFINITE
from .responsibility import ACT_NOUNS, KIND_WORDS, claim_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import EventMention, Sentence

# Determiners of an act the reader knows: a reference back's, and their plurals ("these
# attacks").
_DEFINITE = DEFINITE | {"these", "those"}
# The act nouns a claim vouches for: not those that name no act of their own.
_VOUCHED = ACT_NOUNS - {"responsibility", "violence", "operation", "operations", "attempt",
                        "attempts"}


def claimed_acts(sent: Doc, realis: Callable[[Token], bool], context: str = ""
                 ) -> tuple[tuple[int, int], ...]:
    """The character spans, in the sentence, of the acts a claim in ``sent`` claims: each
    act noun with the words before it ("deadly suicide bombings")."""
    verb = claim_verb(sent, realis, context)
    if verb is None or verb.pos_ != "VERB" or not claims(verb):
        return ()
    acts = [a for o in claimed_nouns(verb) for a in (o, *o.conjuncts, *_of_conjuncts(o))
            if a.lower_ in _VOUCHED and a.pos_ == "NOUN"
            and not any(d.lower_ in KIND_WORDS for d in a.children) and not _definite(a)]
    return tuple((a.left_edge.idx, a.idx + len(a)) for a in acts)


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
