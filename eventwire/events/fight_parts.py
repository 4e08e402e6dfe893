"""A part of a fight told inside it is the battle's (ARMED_CLASH): "three civilians were killed
by stray bullets and mortar shells during the fighting", "four insurgents were killed in the
exchange", "the gunbattle lasted an hour before the attackers withdrew, leaving behind
rifles".

ACLED codes the dead of crossfire and shelling in a battle, and the arms seized after it,
under the battle. The learned model types such a sentence by its weapon or its victim (an
attack, a shelling, a grenade, weapons seized); the parse tells that the act sits inside a
fight the article tells. Not a weapon's own act ("mortar rounds hit a UN base during the
fighting"), a harm with a happening of its own ("wounded in a mine blast during the
fighting"), a fight with the police or crowds, a new fight, a fight told as over, or a sentence
telling another act beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actor_mentions import find_actor_mentions
from ..nlp import text_of
from .agreements import dated_by_year, main_clause
from .battles import a_fight, fire_traded
from .crowds import CROWD_NOUNS
from .gatherings import PROTEST_NOUNS
from .reference import DEFINITE, HAPPENINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# The labels a part of a fight may be typed as by its own words: a death by its bullets or
# shells, the weapons the losing side left behind ("three civilians were killed by mortar
# shells during the fighting", "the gunbattle lasted an hour, the rebels leaving rifles").
FIGHT_PARTS = frozenset({"ATTACK", "ART_MISS_ATTACK", "GRENADE", "DISR_WEAP"})
# Prepositions that set an act inside a fight, nouns of fire between sides besides _FIGHTING
# and _DUELS ("caught in the crossfire"), and the verbs of people harmed there.
_WITHIN = frozenset({"during", "in", "amid", "throughout"})
_CROSSFIRE = frozenset({"crossfire", "cross-fire"})
_HARMED = frozenset({"killed", "wounded", "injured", "hurt", "died"})


def fight_verb(sent: Doc, realis: Callable[[Token], bool], context: str = "") -> Token | None:
    """The verb of the sentence's clause that tells its act inside a fight, or the fight
    itself (:func:`within_fight`), when it is the sentence's one act: ACLED codes the dead of
    crossfire and shelling in a battle, and the arms seized after it, under the battle, so a
    label of :data:`FIGHT_PARTS` there is the battle's. None where crowds are named in the
    sentence or ``context`` (its title and the sentence before): clashes with protesters are
    a riot's or a protest's; and None where another clause tells an act of its own ("the
    fighting has eased, but a mortar attack killed six in Gao")."""
    verb = within_fight(sent, realis)
    if verb is None or _another_act(verb):
        return None
    words = {w.strip(".,;:'\"").lower() for w in f"{context} {text_of(sent)}".split()}
    return None if words & (CROWD_NOUNS | PROTEST_NOUNS) else verb


# Verbs of what the sides did after the fight, told beside it ("four were killed in the
# exchange and troops seized three rifles"): the fight's, not acts of their own.
_AFTERMATH = frozenset({"seized", "recovered", "captured", "found", "left", "withdrew",
                        "fled", "retreated", "abandoned", "collected", "confiscated"})


def _another_act(verb: Token) -> bool:
    """A clause beside the fight's with a subject and a verb of its own, not of the fight's
    aftermath."""
    root = verb
    while root.dep_ == "conj":
        root = root.head
    others = [c for c in root.subtree if c.dep_ == "conj" and c.pos_ == "VERB"
              and c is not verb and c.head.pos_ in ("VERB", "AUX")]
    return any(any(g.dep_ in ("nsubj", "nsubjpass") for g in o.children)
               and o.lower_ not in _AFTERMATH for o in others)


def in_clause_of(verb: Token, offset: int) -> bool:
    """The character ``offset`` of the sentence lies in ``verb``'s clause: its subtree, less
    the clauses coordinated with it."""
    if not verb.left_edge.idx <= offset < verb.right_edge.idx + len(verb.right_edge):
        return False
    return not any(c.left_edge.idx <= offset < c.right_edge.idx + len(c.right_edge)
                   for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")


def within_fight(sent: Doc, realis: Callable[[Token], bool]) -> Token | None:
    """The verb of people harmed inside a fight ("were killed by stray bullets during the
    fighting", "died in the crossfire", "four insurgents were killed in the exchange"), or of
    the told fight itself as its clause's subject ("the gunbattle lasted an hour before the
    attackers withdrew"): in the main clause, that happened, with no year of its own ("during
    the fighting in 2014"). Not a weapon's own act ("mortar rounds hit a UN base during the
    fighting": a shelling), a new fight ("fighting broke out between two groups of
    teenagers"), a fight told as over or summed up ("the fighting has eased", "the battle
    has cost thousands of lives"), nor one with the police."""
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ in _WITHIN:
            verb = _verb_over(tok.head)
            if (verb.lower_ not in _HARMED or _own_blast(verb)
                    or not (a_fight(tok) or tok.lower_ in _CROSSFIRE or _bare_exchange(tok))):
                continue
        elif tok.dep_ == "nsubj" and a_fight(tok) and _definite_noun(tok):
            verb = tok.head
            if verb.lower_ in _ENDED or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                                             for c in verb.children):
                continue
        else:
            continue
        if (_fight_of_arms(tok) and verb.pos_ == "VERB" and realis(verb) and main_clause(verb)
                and not dated_by_year(verb)):
            return verb
    return None


# Verbs of a fight told as over or summed up.
_ENDED = frozenset({"ended", "ends", "stopped", "stops", "eased", "eases", "calmed", "subsided",
                    "ceased", "halted", "died", "cost", "costs", "forced", "displaced", "shows",
                    "showed", "raised", "created", "continued", "continues", "resumed"})


def _own_blast(verb: Token) -> bool:
    """The harm has a happening of its own besides the fight ("two soldiers were wounded in a
    mine blast during the fighting"): that is the event, of its own type."""
    return any(o.lower_ in HAPPENINGS and not a_fight(o)
               for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
               for o in p.children if o.dep_ == "pobj")


def _verb_over(prep: Token) -> Token:
    """The verb a preposition's phrase tells of, through the nouns it may hang on ("wounded
    by shrapnel during the clashes": "wounded")."""
    head = prep.head
    for _ in range(3):
        if head.pos_ == "VERB" or head.dep_ not in ("pobj", "dobj", "agent", "prep"):
            break
        head = head.head
    return head


def _fight_of_arms(noun: Token) -> bool:
    """The fight names no side, or armed sides and no police: "clashes with riot police",
    "clashes with security forces" are a crowd's as often as not, "clashes with rebels" are
    fighting."""
    sides = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
             for o in p.children if o.dep_ == "pobj"]
    if not sides:
        return True
    start = min(o.left_edge.idx for o in sides)
    end = max(o.right_edge.idx + len(o.right_edge) for o in sides)
    named = [a for a in find_actor_mentions(text_of(noun.doc)) if a.start < end and start < a.end]
    return (any(a.armed for a in named)
            and not any(a.name.startswith("Police") or "police" in a.text.lower() for a in named))


def _definite_noun(noun: Token) -> bool:
    """ "the gunbattle", "this clash": a fight told before."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _bare_exchange(noun: Token) -> bool:
    """ "killed in the exchange": a definite exchange, with no "of" of what was exchanged."""
    return (noun.lower_ == "exchange" and _definite_noun(noun)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))


def weapon_of_traded_fire(sent: Doc, offset: int) -> bool:
    """The word at character ``offset`` of the sentence names the fire the sides traded
    ("where troops and rebels traded artillery and mortar fire"): the exchange is a battle,
    and its weapons are the battle's, no shelling of their own."""
    tok = next((t for t in sent if t.idx <= offset < t.idx + len(t)), None)
    while tok is not None and tok.dep_ != "dobj":
        tok = None if tok.dep_ == "ROOT" else tok.head     # the root heads itself
    return tok is not None and fire_traded(tok.head)
