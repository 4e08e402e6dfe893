"""Fighting at sea between a state's naval forces and pirates, read from the parse
(ARMED_CLASH): "the Indian navy sank a suspected pirate mother ship", "a Dutch frigate
exchanged fire with pirates", "the warship repelled a pirate attack on a tanker", "a pirate
skiff was sunk by a coast guard cutter", "pirates fired on a navy patrol boat"; and pirates
firing on or attacking a crewed craft at sea (ATTACK, its crew the civilians attacked:
"pirates opened fire on a chemical tanker in the Gulf of Aden", "pirates attacked a bulk
carrier but failed to board it").

ACLED codes the state's forces fighting an armed group as a battle, at sea as on land. The
learned model reads a ship sunk as an accident and a pirate attack fought off as a foiled
one, and rates both low; the parse tells who fought whom. Left to the model: a navy's
ordinary business (a ship launched, an exercise, a rescue at sea), pirates taking a ship
(:mod:`.captives`: its crew taken), craft of two states (a naval incident), and a pirate
named only in what came before or after the news.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .agreements import dated_by_year
from .captives import at_sea
from .tallies import spanned

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a fight at sea or a pirate attack the parse reads (P(a real event in
# scope)). The training corpus holds no sentence of the kind (`python benchmarks/parse_rules.py
# naval`: none fired on); on the project's own sentences (tests/events/test_naval.py, hard
# negatives beside them) it fires on every fight and attack and on no negative. Set with the
# other rules of thin evidence (captives.HIJACK_CONFIDENCE), below those of many firings (0.8).
NAVAL_CONFIDENCE = 0.75
# Words of a state's naval forces and craft ("coast guard" is its two words).
_NAVAL = frozenset({"navy", "navies", "naval", "warship", "warships", "frigate", "frigates",
                    "destroyer", "destroyers", "corvette", "corvettes", "gunboat", "gunboats",
                    "cutter", "cutters", "coastguard", "coastguards", "marines"})
_PIRATES = frozenset({"pirate", "pirates"})
# Verbs of force between two armed sides: sinking, firing on, fighting, fighting off.
_FORCE = frozenset({
    "sank", "sunk", "sink", "sinks", "sinking", "fired", "opened", "attacked", "attack",
    "attacks", "repelled", "repulsed", "fought", "clashed", "engaged", "exchanged", "traded",
    "destroyed", "killed", "shot", "rammed", "chased"})
# What a firing or a fight takes its other side with ("fired on", "clashed with").
_AGAINST = frozenset({"on", "at", "with", "against"})


def may_fight_at_sea(words: frozenset[str]) -> bool:
    """False only where :func:`naval_clash` and :func:`pirate_attack` cannot fire on a
    sentence of these lower-cased words: no pirate."""
    return not words.isdisjoint(_PIRATES)


def naval_clash(parsed: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The verb of a fight the sentence tells between a state's naval forces and pirates (see
    the module docstring), one side its subject (or the agent of its passive), the other its
    object or what it was fired on or fought with; else None."""
    for verb in parsed:
        if (verb.pos_ != "VERB" or verb.lower_ not in _FORCE or not realis(verb)
                or dated_by_year(verb) or spanned(verb)):
            continue
        doers, done_to = _sides(verb)
        if (_names(doers, _is_naval) and _names(done_to, _is_pirate)) or (
                _names(doers, _is_pirate) and _names(done_to, _is_naval)):
            return verb
    return None


# Verbs of pirates' attack on a craft ("opened fire on", "fired at", "attacked").
_ATTACKING = frozenset({"attacked", "attack", "attacks", "fired", "opened", "shot"})


def pirate_attack(parsed: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The verb of pirates attacking or firing on a crewed craft at sea
    (:func:`.captives.at_sea`) with no naval force on either side (:func:`naval_clash`); else
    None."""
    for verb in parsed:
        if (verb.pos_ != "VERB" or verb.lower_ not in _ATTACKING or not realis(verb)
                or dated_by_year(verb) or spanned(verb)):   # "attacked 40 ships this year"
            continue
        if (verb.lower_ == "opened") != any(c.dep_ == "dobj" and c.lower_ == "fire"
                                            for c in verb.children):
            continue                        # "opened" only as "opened fire"
        doers, done_to = _sides(verb)
        if (_names(doers, _is_pirate) and not _names(done_to, _is_naval)
                and _names(done_to, at_sea)):
            return verb
    return None


def _sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """The noun phrases on each side of the verb: its subject or its passive's agent; its
    object, its passive's subject, or the object of "on", "at", "with" or "against"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in verb.children:
        if p.dep_ == "agent":
            doers += [o for o in p.children if o.dep_ == "pobj"]
        elif p.dep_ == "prep" and p.lower_ in _AGAINST:
            done_to += [o for o in p.children if o.dep_ == "pobj"]
    return doers, done_to


def _names(phrases: list[Token], kind: Callable[[Token], bool]) -> bool:
    """A word of ``kind`` is in one of the noun phrases, not in a clause inside it ("a tanker
    the pirates had seized" is no pirate)."""
    return any(kind(t) and not _in_clause(t, head) for head in phrases for t in head.subtree)


def _in_clause(tok: Token, head: Token) -> bool:
    """``tok`` hangs on ``head`` through a relative or participle clause."""
    while tok.i != head.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _is_naval(tok: Token) -> bool:
    """A word of a naval force or craft, or "coast guard"."""
    return tok.lower_ in _NAVAL or (tok.lower_ in ("guard", "guards")
                                    and any(c.lower_ == "coast" for c in tok.children))


def _is_pirate(tok: Token) -> bool:
    return tok.lower_ in _PIRATES
