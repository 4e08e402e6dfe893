"""A bomb or other explosive device that was found, defused or destroyed before it went off,
read from the parse (DISR_WEAP, GUIDELINES-style definition in ``training/data/README.md``):
"soldiers defused a roadside bomb", "a second device was found and made safe", "the devices
were destroyed in controlled explosions". ACLED codes the disruption of a weapon's use as a
strategic development, not as the explosion it prevented.

The learned model reads "bomb" and "explosives" as a blast and types many of these as one
(REM_EXPLOS), and ranks some low. The parse tells that the device is what was found or
disarmed, not what went off. Left to the model: sentences where something exploded or hurt
anyone (the explosion is the event), guns and ammunition (a seizure of firearms is often
ordinary crime), devices in a plan, a denial or history dated by a year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import EventMention
from ..taxonomy import event_type
from .agreements import dated_by_year
from .model import DEFAULT_MIN_CONFIDENCE
from .plover import plover_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a disrupted device the parse reads (P(a real event in scope)). Measured
# on the training corpus, case restored as the pipeline does (`python
# benchmarks/parse_rules.py devices`): of the 59 sentences of the training split it fires
# on, 52 report a real event in scope (56 labelled DISR_WEAP, four of them ordinary crime);
# of the aside split's 11, 7 (9 DISR_WEAP); of the held long articles' 12, all 12. Set below
# the share over all three (71 of 82), as news is less clean than the project's own text,
# and level with the other rules of one act.
DEVICE_CONFIDENCE = 0.8
# Head nouns of an explosive device (the pipeline runs no lemmatizer: word forms).
_DEVICES = frozenset({
    "bomb", "bombs", "device", "devices", "ied", "ieds", "explosive", "explosives", "mine",
    "mines", "landmine", "landmines", "detonator", "detonators", "grenade", "grenades",
    "vest", "vests", "booby-trap", "booby-traps"})
# "device", "vest" and "mine" are explosive only with a word that says so ("an explosive
# device", "a suicide vest", "destroyed in a controlled explosion").
_NEEDS_KIND = frozenset({"device", "devices", "vest", "vests", "mine", "mines"})
_EXPLOSIVE_WORDS = re.compile(
    r"\b(?:bombs?|explosives?|explosive-laden|improvised|suicide|ieds?|detonators?|"
    r"booby-trapped|land ?mines?|anti-personnel|anti-tank|unexploded|roadside)\b", re.IGNORECASE)
# Verbs that disrupt a device: it is their object, or the subject of their passive.
_DISRUPT = frozenset({
    "defused", "defuse", "defusing", "disarmed", "disarm", "disarming", "dismantled",
    "deactivated", "neutralised", "neutralized", "found", "discovered", "detected",
    "spotted", "uncovered", "unearthed", "seized", "recovered", "confiscated", "intercepted",
    "removed", "cleared", "destroyed", "detonated"})
# Of those, the ones that disrupt only in a controlled way ("destroyed in a controlled
# explosion"; "detonated" alone is the blast).
_CONTROLLED_ONLY = frozenset({"destroyed", "detonated", "removed", "cleared"})
_CONTROLLED = re.compile(r"\b(?:controlled (?:explosions?|blasts?|detonations?)|bomb disposal|"
                         r"bomb squad|sappers?|deminers?|made (?:it |them )?safe)\b",
                         re.IGNORECASE)
# Amounts and containers of explosives: "200 kilograms of explosives", "a cache of mines"
# (not "traces of explosive" or "no evidence of explosives": findings, not devices).
_AMOUNTS = frozenset({
    "kilograms", "kilogrammes", "kg", "kilos", "tonnes", "tons", "pounds", "lbs", "cache",
    "caches", "stash", "stashes", "haul", "quantity", "quantities", "crates", "boxes", "bags",
    "sacks", "barrels", "sticks", "pieces", "packets", "litres", "liters", "gallons"})
# Ordnance left from a past war: found decades later, no event of a conflict now.
_OLD_WAR = re.compile(r"\b(?:world war|wartime|war-era|ww ?(?:ii|i|1|2)|(?:second|first) world|"
                      r"(?:decades|\d+-year|century)-old)\b", re.IGNORECASE)
# Words that something went off or hurt someone in the same sentence: then the blast is the
# event (the controlled explosion removed first).
_WENT_OFF = re.compile(r"\b(?:explod(?:ed|es|ing)|went off|blew up|blown up|ripped through|"
                       r"killed|killing|injur\w*|wounded|wounding|hurt|damaged)\b", re.IGNORECASE)


# What a device found is; the explosions the model may read in the sentences describing it.
DISRUPTED = "DISR_WEAP"
_BLAST_LABELS = frozenset({"REM_EXPLOS", "SUIC_BOMB", "GRENADE", "ART_MISS_ATTACK"})
_DEVICE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_DEVICES)) + r")\b", re.IGNORECASE)
# Words of a device launched or thrown at someone: an attack, not a device found.
_LAUNCHED = re.compile(r"\b(?:fired|firing|struck|strikes?|hit|landed|thrown|threw|hurled|"
                       r"lobbed|launched|attack\w*|shell(?:ed|ing))\b", re.IGNORECASE)


# A blast named at all ("the blast", "a detonation", "fitted with a detonator" too: the article
# is left as it is whenever one may have gone off).
_BLAST_NOUNS = re.compile(r"\b(?:blasts?|explosions?|detonat\w*)\b", re.IGNORECASE)


def undetonated_devices(mentions: Sequence[tuple[EventMention, ...]]
                        ) -> list[tuple[EventMention, ...]]:
    """A document's events, sentence by sentence, where the article's device was found or
    defused (a DISR_WEAP event at least as sure as ``extract`` keeps events, not background)
    and nothing in it went off: an explosion the model reads in a sentence that only describes
    a device ("the device, packed with 5 kg of explosives, was hidden in a cooker") is the
    device's event. Not where any of the article's explosions tells a blast, a launch or harm
    ("a second bomb exploded"): then the explosion may be an event of its own."""
    if not any(m.type.label == DISRUPTED and m.confidence >= DEFAULT_MIN_CONFIDENCE
               and not m.background for ms in mentions for m in ms):
        return list(mentions)
    blasts = [m for ms in mentions for m in ms if m.type.label in _BLAST_LABELS]
    if not blasts or any(_goes_off(m.sentence.text) or not _DEVICE_WORD.search(m.sentence.text)
                         for m in blasts):
        return list(mentions)
    return [tuple(_disrupted(m) if m.type.label in _BLAST_LABELS else m for m in ms)
            for ms in mentions]


def _goes_off(text: str) -> bool:
    """The text tells something that went off, hurt, was launched or thrown."""
    text = _CONTROLLED.sub(" ", text)
    return bool(_WENT_OFF.search(text) or _LAUNCHED.search(text) or _BLAST_NOUNS.search(text))


def _disrupted(m: EventMention) -> EventMention:
    ptype, mode = plover_type(m.trigger, DISRUPTED)
    return replace(m, type=event_type(DISRUPTED, ptype, mode))


def disrupted_device(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence ``sent`` tells an explosive device found, defused or
    destroyed before it went off, and nothing that did go off (see the module docstring)."""
    text = sent.text
    if _WENT_OFF.search(_CONTROLLED.sub(" ", text)) or _OLD_WAR.search(text):
        return False
    for tok in sent:
        if tok.lower_ not in _DEVICES or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lower_ in _NEEDS_KIND and not (_EXPLOSIVE_WORDS.search(text)
                                              or _CONTROLLED.search(text)):
            continue
        verb = _disrupting_verb(tok)
        if (verb is None or verb.dep_ == "conj" or not realis(verb) or dated_by_year(verb)
                or _negated(tok, verb)):
            continue                # a second clause after another act is part of that act
        if verb.lower_ in _CONTROLLED_ONLY and not _CONTROLLED.search(text):
            continue
        return True
    return False


def _negated(tok: Token, verb: Token) -> bool:
    """No device was found: "found no explosives", "no bomb was found", "did not find any"."""
    nouns = [tok, *tok.ancestors][: 3]
    return (any(c.lower_ == "no" for n in nouns for c in n.children)
            or any(c.dep_ == "neg" for c in verb.children))


def _disrupting_verb(tok: Token) -> Token | None:
    """The verb of which the device is the patient: "defused a bomb", "the bomb was found",
    "a device found nearby", "explosives hidden in a car were seized" — or None."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in _DISRUPT:
        return tok.head
    if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "nsubjpass"):
        return _disrupting_verb(tok.head)               # "seized rifles and explosives"
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of"  # "seized 200 kilograms of explosives"
            and tok.head.head.lower_ in _AMOUNTS):
        return _disrupting_verb(tok.head.head)
    for child in tok.children:                          # "a device found by a cleaner"
        if child.dep_ == "acl" and child.lower_ in _DISRUPT:
            return child
    return None
