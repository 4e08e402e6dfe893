"""Officials naming the group of those who did an act: an attribution (ATTRIB), read from the
parse. "Police said the bomber belonged to X", "the ministry said the attackers were members of
X", "said the gunman had been recruited by X": the reported clause's subject is the attacker,
gunman, bomber or suspect, its group one the actor table or the recognizer names and no
state's force; as a fact, not hedged or denied. One of the claims and attributions
:mod:`.responsibility` reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERB
from .responsibility import HEDGES, armed_group, no_one

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Those who did an act, as officials who name their group call them.
_PERPETRATORS = frozenset({
    "attacker", "attackers", "gunman", "gunmen", "bomber", "bombers", "assailant", "assailants",
    "shooter", "shooters", "perpetrator", "perpetrators", "suspect", "suspects", "hijacker",
    "hijackers", "kidnapper", "kidnappers"})
# Verbs of belonging to a group, with the preposition or dependency that names it: "belonged
# to X", "had joined X", "pledged allegiance to X", "had been recruited by X".
_BELONG = frozenset({"belonged", "belongs", "belong", "belonging"})
_JOINED = frozenset({"joined"})
_PLEDGED = frozenset({"pledged", "swore", "sworn"})
_RECRUITED = frozenset({"recruited", "trained", "sent", "dispatched"})
_MEMBERS = frozenset({"member", "members", "fighter", "fighters", "militant", "militants"})
_GROUPS_JOINED = _BELONG | _JOINED | _PLEDGED | _RECRUITED | _MEMBERS


def perpetrator_membership(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when someone says those who did an act belonged to a non-state armed group (see
    the module docstring): the reported clause's subject is the attacker, gunman, bomber or
    suspect, its group one the actor table or the recognizer names and no state's force."""
    for verb in sent:
        if (verb.pos_ != "VERB" or not SPEECH_VERB.fullmatch(verb.text) or not realis(verb)
                or no_one(verb)):
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if (any(s.lower_ in _PERPETRATORS for s in subjects) and _as_fact(clause)
                    and any(armed_group(g) for g in _groups_of(clause))):
                return True
    return False


def _as_fact(clause: Token) -> bool:
    """Neither negated nor hedged by a modal ("may have belonged", "was not a member"). (The
    detector's ``realis`` would read "pledged allegiance" as a promise.)"""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HEDGES
                   for c in clause.children)


def _groups_of(clause: Token) -> list[Token]:
    """The groups a clause says its subject belongs to: "belonged to X", "were members of X",
    "had joined X", "pledged allegiance to X", "had been recruited by X"."""
    word = clause.lower_

    def objects(heads, deps, preps=()):
        return [o for h in heads for c in h.children if c.dep_ in deps
                and (not preps or c.lower_ in preps) for o in c.children if o.dep_ == "pobj"]
    if word in _BELONG:
        return objects([clause], ("prep",), ("to",))
    if word in _JOINED:
        return [c for c in clause.children if c.dep_ == "dobj"]
    if word in _PLEDGED:
        return objects([clause, *clause.children], ("prep",), ("to",))
    if word in _RECRUITED and any(c.dep_ == "auxpass" for c in clause.children):
        return objects([clause], ("agent",))
    members = [c for c in clause.children if c.dep_ == "attr" and c.lower_ in _MEMBERS]
    return objects(members, ("prep",), ("of",))


def may_name_group(words: frozenset[str]) -> bool:
    """False only where :func:`perpetrator_membership` cannot fire on a sentence of these
    lower-cased ``words``: no attacker named, or no word of belonging to a group."""
    return not (words.isdisjoint(_PERPETRATORS) or words.isdisjoint(_GROUPS_JOINED))
