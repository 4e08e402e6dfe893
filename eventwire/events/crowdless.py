"""Protests no crowd gathers for, and marches that are no protest (read by
:func:`.nonevents.told_as_no_event` where the model reads a protest): a petition, an open
letter or an appeal, slogans on a wall, a boycott, or a strike with no demonstration
(GUIDELINES: protests are rallies, marches, sit-ins; strikes are protests "with a public
demonstration"), and captives marched off by armed men.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actor_mentions import ARMED_CATEGORIES, find_actor_mentions
from .gatherings import (
    DEMAND_NOUNS,
    DEMAND_WORDS,
    GATHER_VERBS,
    PROTEST_NOUNS,
    PROTEST_VERBS,
    PROTESTERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The labels of a protest, which captives marched off are not (read by the rules' mentions
# and by :mod:`.nonevents` for the model's label).
PROTESTS = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER"})
# Verbs of leading people off: with people as their object, captives, not marchers.
_MARCHED_OFF = frozenset({"marched", "marching", "paraded", "parading", "frogmarched"})
_LED_OFF = frozenset({"captives", "hostages", "prisoners", "detainees", "abductees",
                      "victims"})
# Pronouns of people marched off ("marched them into the hills").
_PRONOUNS = frozenset({"them", "him", "her"})
# Verbs of seizing people: "rounded up the boys and marched them away".
_SEIZING = frozenset({"rounded", "seized", "abducted", "captured", "kidnapped", "grabbed"})
# Protests no crowd gathers for: a petition, its signatures, an open letter, slogans or
# graffiti on a wall (what they say or gather, or were painted), and a strike or walkout whose
# news is the work stopped ("the strike stranded commuters", "schools stayed shut as the
# strike went on"; GUIDELINES: strikes are protests only "with a public demonstration").
_WRITTEN = frozenset({"petition", "petitions", "signatures", "signatories", "slogan",
                      "slogans", "graffiti", "appeal", "appeals"})
# What a written protest does or has done to it with no crowd: it gathers signatures, says,
# calls; it is launched, signed, published, painted.
_WRITING_VERBS = frozenset({
    "gathered", "collected", "drawn", "drew", "attracted", "reached", "passed", "topped",
    "launched", "started", "signed", "says", "said", "calls", "called", "urges", "urged",
    "demands", "demanded", "published", "posted", "circulated", "appeared", "sprayed",
    "painted", "daubed", "scrawled", "written", "found", "has", "had", "sent", "wrote",
    "addressed"})
# Verbs of a written protest taken somewhere by people: a crowd delivering it protests.
_DELIVERING = frozenset({"delivered", "handed", "submitted", "presented", "carried", "took",
                         "brought", "marched", "walked"})
_STOPPAGES = frozenset({"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages"})
# A boycott: people staying away from what they protest ("shoppers are boycotting the chain").
_BOYCOTTS = frozenset({"boycott", "boycotts", "boycotting", "boycotted"})
# Verbs of calling a strike: the call is no protest ("called a general strike for Tuesday").
_CALLING = frozenset({"called", "calls", "announced", "announces", "declared", "declares",
                      "set", "planned", "plans", "threatened", "threatens", "scheduled"})
# Strikes that are attacks, not stoppages of work.
_ARMED_STRIKES = frozenset({"air", "drone", "missile", "rocket", "artillery", "military",
                            "aerial", "retaliatory", "preemptive", "pre-emptive", "surgical"})
# What a strike stops, as the subject of its news ("schools stayed closed").
_STOPPED = frozenset({
    "schools", "flights", "hospitals", "clinics", "offices", "shops", "banks", "services",
    "transport", "trains", "buses", "ports", "markets", "classes", "businesses", "factories",
    "mines", "courts", "universities", "commuters", "passengers", "patients", "production"})
# Words of a crowd or a gathering besides the verbs and nouns of protest above.
_CROWD = frozenset({"crowd", "crowds", "blockade", "blockades", "blocked", "blocking", "block",
                    "occupied", "occupying", "chanting", "chanted", "placards", "banners",
                    "strikers", "crowded", "thronged", "sit-in", "pickets", "picket", "caravan",
                    "caravans", "motorcade", "hunger",     # a hunger strike is a protest
                    "banner", "shouted", "shouting", "raised", "raising", "participants",
                    "streets", "square", "waving", "signs", "singing", "squatted", "barricaded",
                    "barricades", "road", "roads", "tracks", "sat", "sitting", "stood",
                    "standing", "audience", "effigy", "effigies", "tear"})


def without_crowd(sent: Doc) -> bool:
    """True when the parsed sentence tells a petition, open letter, slogans on a wall or a
    strike as its news ("an online petition ... has gathered 50,000 signatures", "schools
    stayed shut as the teachers' strike entered its second week") and no crowd: a protest the
    model reads there is none. A crowd handing in a petition, strikers marching or filling
    the streets, is a protest."""
    if not (_written_only(sent) or _stoppage_only(sent) or _boycott_only(sent)):
        return False
    crowd = PROTEST_VERBS | GATHER_VERBS | PROTESTERS | PROTEST_NOUNS | DEMAND_NOUNS | _CROWD
    if "sit-in" in sent.text.lower():       # the tokenizer may split it: "sit", "-", "in"
        return False
    # "gathered signatures" is no crowd gathering; a shop chain is no human chain
    return not any(t.lower_ in crowd and not (t.lower_ in GATHER_VERBS and any(
        c.lower_ in _WRITTEN for c in t.children)) and not (t.lower_ == "chain" and not any(
            c.lower_ == "human" for c in t.children)) for t in sent)


def _written_only(sent: Doc) -> bool:
    """A petition, letter or slogan is what the sentence's verbs are about, and no one
    delivers it."""
    if any(t.lower_ in _DELIVERING for t in sent):
        return False
    for t in sent:
        written = t.lower_ in _WRITTEN or (t.lower_ == "letter" and any(
            c.lower_ == "open" for c in t.children))       # "an open letter"
        if not written:
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj", "ccomp"):
            return True
        if t.dep_ == "dobj" and t.head.lower_ in _WRITING_VERBS:
            return True
        if any(c.dep_ == "acl" and c.lower_ in _WRITING_VERBS for c in t.children):
            return True                     # "found slogans sprayed across the entrance"
    return False


def _stoppage_only(sent: Doc) -> bool:
    """The main verb's subject is a strike (not an armed one) or what a strike stops, or its
    object is a strike called."""
    strikes = [t for t in sent if t.lower_ in _STOPPAGES and not any(
        c.lower_ in _ARMED_STRIKES for c in t.children)]
    if not strikes:
        return False
    roots = [t for t in sent if t.dep_ == "ROOT"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _STOPPED or c in strikes)
               or c.dep_ == "dobj" and c in strikes and r.lower_ in _CALLING
               for r in roots for c in r.children)


def _boycott_only(sent: Doc) -> bool:
    """The main verb is a boycott ("shoppers are boycotting the chain"), or launches or joins
    one ("consumers launched a boycott of the firm")."""
    heads = [t for t in sent if t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")]
    return any(h.lower_ in _BOYCOTTS or any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in _BOYCOTTS for c in h.children)
        for h in heads)


def marched_away(sent: Doc) -> bool:
    """True when the sentence's marching is done to people ("rounded up the boys and marched
    them away", "paraded the captives through the town", "armed men stopped a bus, ordered
    the passengers off and marched them into the hills") and it names no protest or
    protesters: captives led off, not a crowd's march. A pronoun marched is a captive beside
    a word of seizing or armed men (the actor table's armed categories)."""
    words = {t.lower_ for t in sent}
    if words & (PROTEST_NOUNS | PROTESTERS | DEMAND_WORDS):
        return False
    marches = [t for t in sent if t.lower_ in _MARCHED_OFF]
    if not marches:
        return False
    taken = bool(words & _SEIZING) or _armed_men(sent)
    return all(any(c.dep_ == "dobj" and (c.lower_ in _LED_OFF or taken and c.lower_ in _PRONOUNS)
                   for c in t.children) for t in marches)


def _armed_men(sent: Doc) -> bool:
    """The sentence names armed men (the actor table's armed categories)."""
    return any(m.category in ARMED_CATEGORIES for m in find_actor_mentions(sent.text))
