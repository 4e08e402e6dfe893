"""Officials saying where or by whom an attack was planned: an attribution (ATTRIB), read from
the parse. "Intelligence officials said the bombings were planned in X", "prosecutors said
the attack had been organised from X by Y", "police said the ambush was ordered by
commanders of Z", "officials said Z masterminded Sunday's attack". One of the claims and
attributions :mod:`.responsibility` reads.

Who planned an act is news about its perpetrator even where no group is named: a place the
planning is laid in is where its authors are (the guidelines' attribution, "officials newly
attributing a specific attack to a perpetrator"). What it reads:

* a speech verb (or "according to") reporting, as a fact, a specific act (a noun of attack
  with a determiner or possessive: "the attacks", "Friday's bombing") planned, organised,
  ordered, directed or masterminded;
* in or from a named place ("in X", "from X"), or by a party that is no state's force ("by
  the ELN", "by commanders of Z"); active, the party is the verb's subject ("said Z planned
  the attack");
* for acts that armies do as well as armed groups ("the operation", "the raid", "the
  strike"), only where the sentence or the words before it name a non-state armed group: a
  state's raid "planned in the capital" is no attribution.

Not "planned for months", "planned in secret" (no place), "may have been planned" (hedged),
"a plan to attack" (no act done), nor a state's force named as the planner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..claims import SPEECH_VERB
from ..dates.recognize import MONTHS, WEEKDAYS
from ..nlp import text_of
from .reference import DEFINITE
from .responsibility import (
    HEDGES,
    armed_group,
    names_armed_group,
    no_one,
    specific_act,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of an attribution this module reads (P(a real event in scope)). The training
# corpus holds few (`python benchmarks/parse_rules.py planning`: one firing, real); on the
# sentences of tests/events/test_planning.py every firing is right (DEV, and ASIDE checked
# once). Set below the claims' (responsibility.RESPONSIBILITY_CONFIDENCE, 0.8, measured on 182
# firings) for the thinner evidence, and above the default gate, as a fact said outright is.
PLANNING_CONFIDENCE = 0.75
# Verbs of planning an act that was then done (passive: "was planned in X"; active: "Z
# planned the attack").
PLANNING_VERBS = frozenset({
    "planned", "organised", "organized", "orchestrated", "masterminded", "ordered",
    "directed", "coordinated", "plotted", "prepared", "hatched", "conceived", "devised"})
# Acts that state forces do as often as armed groups: attributed by place only where a
# non-state armed group is named around them.
_SHARED_ACTS = frozenset({
    word + plural for word in ("operation", "raid", "strike", "offensive", "incursion",
                               "assault", "shelling")
    for plural in ("", "s")})
_PLACE_PREPS = frozenset({"in", "from", "inside"})
# Determiners of an act told as one that happened ("the attacks", "these bombings").
_DEFINITE = DEFINITE | {"these", "those"}
# Nouns of a place named by what follows them ("a camp in the city of X").
_PLACE_NOUNS = frozenset({"city", "town", "capital", "village", "region", "province", "state",
                          "district", "country", "stronghold", "camp", "prison"})


def attack_planned(sent: Doc, realis: Callable[[Token], bool], context: str = "") -> bool:
    """True when the sentence reports, as a fact, where or by whom a specific attack was
    planned (see the module docstring). ``context``: the title and the sentence before."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not realis(verb) or no_one(verb):
            continue
        if SPEECH_VERB.fullmatch(verb.text) and not _standing(verb):
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        elif _according_to(verb):
            clauses = [verb]
        else:
            continue
        if any(_planned(c, sent, context) for c in clauses):
            return True
    return False


def _standing(verb: Token) -> bool:
    """ "Officials have said": a position held, not news."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _according_to(verb: Token) -> bool:
    """The verb's clause is told "according to" someone ("the attack was planned in X,
    according to officials")."""
    return any(c.dep_ == "prep" and c.lower_ == "according" for c in verb.children)


def _planned(clause: Token, sent: Doc, context: str) -> bool:
    """The clause says a specific act was planned in a place or by a non-state party, or
    that such a party planned it; neither hedged nor negated."""
    if clause.lower_ not in PLANNING_VERBS or _hedged(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    acts = [c for c in clause.children
            if c.dep_ == ("nsubjpass" if passive else "dobj") and _definite_act(c)]
    if not acts:
        return False
    if passive:
        by = [o for a in clause.children if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
        if any(_armed_party(o) for o in by):
            return True
    elif any(_armed_party(s) for s in clause.children if s.dep_ == "nsubj"):
        return True
    if not _in_place(clause):
        return False
    return (all(a.lower_ not in _SHARED_ACTS for a in acts) or names_armed_group(context)
            or names_armed_group(_outside(sent, acts)))


def _armed_party(noun: Token) -> bool:
    """The noun phrase names a party that is no state's force ("the ELN", "commanders of
    Z"), by its own words: not a group it is only linked to ("politicians linked to
    militias", "a man who had fought for Z")."""
    if not armed_group(noun):
        return False
    aside = {t.i for c in noun.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    return names_armed_group(" ".join(t.text for t in noun.subtree if t.i not in aside)) or (
        noun.ent_type_ == "ORG")


def _definite_act(noun: Token) -> bool:
    """A specific act told as one that happened: "the attack", "Friday's bombing", "these
    attacks"; not "an attack" (planned, it is a plot)."""
    return specific_act(noun) and any(
        d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in _DEFINITE for d in noun.children)


def _outside(sent: Doc, acts: list[Token]) -> str:
    """The sentence's words outside the acts' phrases: a group named as an act's target
    ("the raid on the rebel camp") is not the one it is laid on."""
    inside = {t.i for a in acts for t in a.subtree}
    return " ".join(t.text for t in sent if t.i not in inside)


def _in_place(clause: Token) -> bool:
    """The clause lays the planning in or from a named place ("in X", "from X", "from a camp
    in the city of X"); not a time ("in January"). By the parse, not the recognizer's
    entities (a candidate's are read only where the rules read several events)."""
    return any(_names_place(o)
               for p in clause.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
               for o in p.children if o.dep_ == "pobj")


def _names_place(tok: Token, depth: int = 3) -> bool:
    """A place's name, or a noun of a place whose "of" or "in" names one ("the city of X",
    "a camp in X"), a few levels deep."""
    if _place_name(tok):
        return True
    return depth > 0 and tok.lower_ in _PLACE_NOUNS and any(
        _names_place(n, depth - 1) for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in", "near")
        for n in p.children if n.dep_ == "pobj")


def _place_name(tok: Token) -> bool:
    """A proper name that is no month or weekday. (Not by the recognizer's types: where they
    are read, it takes many towns for people.)"""
    return (tok.pos_ == "PROPN" and tok.lower_ not in MONTHS and tok.lower_ not in WEEKDAYS
            and tok.ent_type_ != "DATE")


def _hedged(clause: Token) -> bool:
    """Not a fact: negated or with a word of doubt under the verb ("may have been planned",
    "was probably organised", "was not planned in X")."""
    return any(c.dep_ == "neg" for c in clause.children) or any(
        t.lower_ in HEDGES for t in clause.children)


def may_plan(words: frozenset[str]) -> bool:
    """False only where :func:`attack_planned` cannot fire on a sentence of these lower-cased
    ``words``: no verb of planning."""
    return not words.isdisjoint(PLANNING_VERBS)
