"""Explosive devices read from the parse: one that went off, and one found before it did.

A device that went off or did harm is the explosion (REM_EXPLOS; SUIC_BOMB for a suicide
bomber's, GRENADE for a grenade): "a car bomb killed 12 people", "a bomb went off at a
ferry terminal", "five were killed in a roadside bomb blast". The learned model reads the harm and the
place of some of these as an accident and types them MAN_MADE_DISASTER ("A bomb killed five
people at a market": an accident's words, a bomb's subject); the device is what the parse
sees. A bare "explosion" or "blast" with no device named is left to the model and to
:mod:`.disasters` (a gas explosion is an accident).

A bomb or other explosive device that was found, defused or destroyed before it went off is
disrupted weapons use (DISR_WEAP, GUIDELINES-style definition in ``training/data/README.md``):
"soldiers defused a roadside bomb", "a second device was found and made safe", "the devices
were destroyed in controlled explosions". ACLED codes the disruption of a weapon's use as a
strategic development, not as the explosion it prevented. The learned model reads "bomb" and
"explosives" as a blast and types many of these as one (REM_EXPLOS), and ranks some low. The
parse tells that the device is what was found or disarmed, not what went off. Left to the
model: sentences where something exploded or hurt anyone (the explosion is the event), guns
and ammunition (a seizure of firearms is often ordinary crime), devices in a plan, a denial or
history dated by a year.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates.recognize import WEEKDAYS
from ..nlp import text_of
from ..records import EventMention
from ..taxonomy import event_type
from .agreements import dated_by_year
from .classify import DEVICE_LABELS, tells_failed_blast
from .disaster_news import framed, past_or_habit, told_as_news
from .disasters import subjects
from .model import DEFAULT_MIN_CONFIDENCE
from .plover import plover_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The confidence of a disrupted device the parse reads (P(a real event in scope)). Measured
# on the training corpus, case restored as the pipeline does (`python
# benchmarks/parse_rules.py devices`): of the 66 sentences of the training split it fires
# on, 56 report a real event in scope (60 labelled DISR_WEAP, four of them ordinary crime);
# of the aside split's 11, 7 (9 DISR_WEAP); of the held long articles' 20, all 20 (before
# devices that failed to go off were read: 52 of 59, 7 of 11, 12 of 12). Set below the share
# over all three (83 of 97), as news is less clean than the project's own text, and level
# with the other rules of one act.
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


# A blast only meant or set to happen: "was set to be detonated remotely", "timed to explode
# at noon", "before it could go off".
_UNDONE = re.compile(r"\b(?:set|meant|designed|timed|rigged|primed|due|intended|supposed|"
                     r"about|could|would)\s+(?:to\s+)?(?:be\s+)?(?:detonated|detonate|explode|"
                     r"go off|blow up)\b", re.IGNORECASE)
# A blast named at all ("the blast", "a detonation", "fitted with a detonator" too: the article
# is left as it is whenever one may have gone off).
_BLAST_NOUNS = re.compile(r"\b(?:blasts?|explosions?|detonat\w*)\b", re.IGNORECASE)


def blast_of_failed_device(main: str, clause: str) -> bool:
    """A clause's explosion beside a device that never went off ("a roadside bomb failed to
    explode as a convoy drove past"): the one device is the one event."""
    return main == DISRUPTED and clause in DEVICE_LABELS


def undetonated_devices(mentions: Sequence[tuple[EventMention, ...]]
                        ) -> list[tuple[EventMention, ...]]:
    """A document's events, sentence by sentence, where the article's device was found or
    defused (a DISR_WEAP event at least as sure as ``extract`` keeps events, not background)
    and nothing in it went off: an explosion the model reads in a sentence that only describes
    a device ("the device, packed with 5 kg of explosives, was hidden in a cooker") is the
    device's event. Where any of the article's explosions tells a blast, a launch or harm ("a
    second bomb exploded"), the explosion may be an event of its own: only the sentences
    describing the found device right after it are its (:func:`_described_after_found`)."""
    if not any(m.type.label == DISRUPTED and _sure(m) for ms in mentions for m in ms):
        return list(mentions)
    blasts = [m for ms in mentions for m in ms if m.type.label in _BLAST_LABELS]
    if not blasts or any(_goes_off(m.sentence.text) or not _DEVICE_WORD.search(m.sentence.text)
                         for m in blasts):
        return _described_after_found(mentions)
    return [tuple(_disrupted(m) if m.type.label in _BLAST_LABELS else m for m in ms)
            for ms in mentions]


def _described_after_found(mentions: Sequence[tuple[EventMention, ...]]
                           ) -> list[tuple[EventMention, ...]]:
    """In an article where a device went off and another was found: an explosion the model
    reads in a sentence that names a device and tells nothing that went off, told after the
    found device and before any blast ("The second car held 70 kg of explosives and was set
    to be detonated remotely"), describes the found device: its event."""
    out: list[tuple[EventMention, ...]] = []
    found = False                       # the last device told was one found or defused
    for ms in mentions:
        described = [found and m.type.label in _BLAST_LABELS and not _goes_off(m.sentence.text)
                     and _DEVICE_WORD.search(m.sentence.text) is not None for m in ms]
        out.append(tuple(_disrupted(m) if d else m for m, d in zip(ms, described, strict=True)))
        for m, d in zip(ms, described, strict=True):
            if m.type.label in _BLAST_LABELS and not d:
                found = False
            elif m.type.label == DISRUPTED and _sure(m):
                found = True
    return out


def _sure(m: EventMention) -> bool:
    return m.confidence >= DEFAULT_MIN_CONFIDENCE and not m.background


def _goes_off(text: str) -> bool:
    """The text tells something that went off, hurt, was launched or thrown (not only meant
    to: "was set to be detonated remotely")."""
    text = _UNDONE.sub(" ", _CONTROLLED.sub(" ", text))
    return bool(_WENT_OFF.search(text) or _LAUNCHED.search(text) or _BLAST_NOUNS.search(text))


def _disrupted(m: EventMention) -> EventMention:
    ptype, mode = plover_type(m.trigger, DISRUPTED)
    return replace(m, type=event_type(DISRUPTED, ptype, mode))


def disrupted_device(sent: Doc, realis: Callable[[Token], bool], context: str = "") -> bool:
    """True when the parsed sentence ``sent`` tells an explosive device found, defused or
    destroyed before it went off, and nothing that did go off (see the module docstring).
    ``context`` (the title, the sentence before) may say what a bare "device" is: "The
    second device was discovered by a cleaner" after a sentence about a nail bomb."""
    text = text_of(sent)
    if _OLD_WAR.search(text):
        return False
    if tells_failed_blast(text) and _failed_device(sent, realis, context):
        return True                         # "left a nail bomb ..., but it failed to go off"
    if _WENT_OFF.search(_CONTROLLED.sub(" ", text)):
        return False
    for tok in sent:
        if tok.lower_ not in _DEVICES or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lower_ in _NEEDS_KIND and not (_EXPLOSIVE_WORDS.search(text)
                                              or _CONTROLLED.search(text)
                                              or _bare(tok) and _EXPLOSIVE_WORDS.search(context)):
            continue
        verb = _disrupting_verb(tok)
        if (verb is None or verb.dep_ == "conj" or not realis(verb) or dated_by_year(verb)
                or _negated(tok, verb)):
            continue                # a second clause after another act is part of that act
        if verb.lower_ in _CONTROLLED_ONLY and not _CONTROLLED.search(text):
            continue
        return True
    return False


def _bare(noun: Token) -> bool:
    """ "the device", "a second device": a noun the words before may give its kind to; not
    "a listening device", "the victim's mobile device", "300 electronic devices"."""
    return noun.dep_ != "poss" and not any(
        c.dep_ in ("amod", "compound", "poss", "nummod") and c.lower_ not in _ORDINALS
        for c in noun.children)


def _failed_device(sent: Doc, realis: Callable[[Token], bool], context: str) -> bool:
    """The sentence that tells a failed blast names an explosive device (not an airbag's
    "device" or a mine's alarm: a word of its kind beside "device", "mine" or "vest", or for a
    bare "the device" in ``context``), tells
    it as news, not as history, a habit or a supposition ("if the bomb had failed to go off"),
    and every verb of it is told as done."""
    if past_or_habit(sent) or any(t.lower_ == "if" for t in sent):
        return False
    if not any(t.lower_ in _DEVICES and (t.lower_ not in _NEEDS_KIND or any(
            _EXPLOSIVE_WORDS.search(x.text) for x in t.subtree if x is not t)
            or _bare(t) and _EXPLOSIVE_WORDS.search(context)) for t in sent):
        return False
    return all(realis(v) for v in sent if v.pos_ == "VERB" and v.dep_ == "ROOT")


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


# The confidence of a device that went off, as the parse reads it (P(a real event in scope)).
# Measured on the training corpus, case restored as the pipeline does (`python
# benchmarks/parse_rules.py blasts`): of the 148 sentences of the training split it fires on,
# 140 report a real event in scope (131 of its three labels; the rest claims, arrests and
# deployments after a blast, which the detector leaves to the model); of the aside split's 34,
# 30; of the held long articles' 21, all 21. Set below the share over all three (191 of 203),
# as news is less clean than the project's own text, and level with the other rules of one act.
BLAST_CONFIDENCE = 0.8
# Verbs a device does harm with or goes off by, its subject being the device ("went" and
# "blew" only with "off" and "up").
_DEVICE_ACTS = frozenset({
    "killed", "kills", "killing", "wounded", "wounding", "injured", "injuring", "injures",
    "hurt", "hit", "struck", "tore", "ripped", "destroyed", "damaged", "exploded",
    "explodes", "exploding", "detonated", "went", "blew", "targeted", "claimed", "shook",
    "rocked"})
_PARTICLES = {"went": "off", "blew": "up"}
# Verbs whose victims were harmed in, by or after a device ("were killed by a roadside bomb").
_VICTIM_VERBS = frozenset({"killed", "died", "dead", "wounded", "injured", "hurt", "maimed",
                           "destroyed", "damaged"})
_VICTIM_PREPS = frozenset({"in", "by", "after", "when"})
# Nouns of an explosion or an attack that a device word before them makes a device's ("a bomb
# blast", "a grenade attack", "the IED explosion"), and nouns that are one by themselves.
_EXPLOSION_NOUNS = frozenset({"blast", "blasts", "explosion", "explosions", "attack",
                              "attacks", "detonation"})
_BOMBINGS = frozenset({"bombing", "bombings"})
# Words beside a bare "device" that leave it the one the words before told of.
_ORDINALS = frozenset({"first", "second", "third", "another", "other", "same", "suspicious"})
# Verbs of a device going off by itself, and words that make a mine a pit.
_GOES_OFF = frozenset({"exploded", "explodes", "exploding", "went", "blew", "detonated"})
_MINING = frozenset({"coal", "gold", "copper", "salt", "diamond", "iron", "tin", "uranium",
                     "lithium", "cobalt", "silver", "zinc", "jade", "opencast", "open-pit",
                     "underground", "mining", "colliery", "miners", "miner", "shaft", "shafts",
                     "methane", "pit", "seam", "firedamp"})
# Bombs that fall or are fired, not placed: an air strike's or a shelling's ("a guided bomb
# hit a store", "a mortar bomb landed on a house").
_LAUNCHED_BOMBS = frozenset({"aerial", "guided", "glide", "gliding", "barrel", "cluster",
                             "mortar", "artillery", "air-dropped", "incendiary", "phosphorus",
                             "napalm", "thermobaric", "rocket", "rocket-propelled", "dropped",
                             "500-pound", "1,000-pound", "2,000-pound",
                             # and what police throw, or a riot's fire: no explosive attack
                             "stun", "flash-bang", "flashbang", "tear", "tear-gas", "smoke",
                             "petrol", "molotov"})
# Nouns of what a blast left, whose "of" or "from" names it, and days that say it was this
# week's ("yesterday's bombing"; weekdays are :data:`eventwire.dates.recognize.WEEKDAYS`).
_AFTERMATH = frozenset({"victims", "victim", "toll", "funeral", "funerals", "survivors",
                        "wounded", "dead", "casualties"})
_NEAR_DAYS = frozenset({"yesterday", "today", "tonight"})
# Words of a court or a claim at law that make the blast the matter of a case; bombs that fall
# or are thrown, aircraft and fire-bombs that make a bombing no placed device's.
_COURT = frozenset({"trial", "court", "jury", "prosecutors", "prosecutor", "testified",
                    "inquest", "sentenced", "lawsuit", "sue", "lawyers", "anniversary",
                    "compensation", "verdict", "convicted", "heard"})
_NOT_PLACED = _LAUNCHED_BOMBS | frozenset({
    "warplanes", "warplane", "jets", "jet", "aircraft", "drones", "drone", "helicopters",
    "helicopter", "air", "raid", "raids", "fire"})
# Words before a clause that make it a likeness: "it sounded like a bomb went off".
_LIKENESS = frozenset({"like", "if", "though"})
_BOMBERS = frozenset({"bomber", "bombers"})


def device_blast(sent: Doc, realis: Callable[[Token], bool]) -> str | None:
    """The explosion label of the parsed sentence ``sent`` when it tells an explosive device
    that went off or did harm, as news (see the module docstring); else None."""
    text = text_of(sent)
    if past_or_habit(sent) or _OLD_WAR.search(text):
        return None
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or not told_as_news(verb):
            continue
        device = _device_acting(verb) or _device_harming(verb)
        if (device is not None and realis(verb) and not framed(verb)
                and not _negated(device, verb) and not _likeness(verb) and not _tally(verb)):
            return _blast_label(device)
    device = _recent_device(sent)
    return None if device is None else _blast_label(device)


def _recent_device(sent: Doc) -> Token | None:
    """The device of a blast named by its day, whose aftermath the sentence tells: "buried
    the victims of Saturday's bomb attack", "the death toll from Friday's bombing rose". The
    day in the possessive makes it this week's news, not a blast recalled ("the victims of
    the 2002 bombings")."""
    words = {t.lower_ for t in sent}
    if words & _COURT or any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
                             for t in sent):
        return None                         # a trial's or a year's: the blast is history
    for noun in sent:
        if noun.lower_ not in _AFTERMATH:
            continue
        for o in (o for p in noun.children if p.dep_ == "prep"
                  and p.lower_ in ("of", "from", "in") for o in p.children if o.dep_ == "pobj"):
            if _is_device(o) and not {t.lower_ for t in o.subtree} & _NOT_PLACED and any(
                    c.dep_ == "poss" and any(
                    t.lower_ in WEEKDAYS or t.lower_ in _NEAR_DAYS for t in c.subtree)
                    for c in o.children):
                return o
    return None


def _device_acting(verb: Token) -> Token | None:
    """The device that is the verb's subject when the verb does harm or goes off; only the
    active subject ("the bomb was detonated by the bomb squad", "the bombing was claimed by
    X" tell no blast), and none set off in a controlled way."""
    word = verb.lower_
    if word not in _DEVICE_ACTS or (word in _PARTICLES and not any(
            c.dep_ == "prt" and c.lower_ == _PARTICLES[word] for c in verb.children)):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _CONTROLLED.search(
            text_of(verb.doc)):
        return None
    return next((s for s in subjects(verb) if _is_device(s)), None)


def _device_harming(verb: Token) -> Token | None:
    """The device in, by or after which the verb's victims were harmed."""
    if verb.lower_ not in _VICTIM_VERBS or verb.dep_ == "relcl":
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _VICTIM_PREPS:
            found = next((o for o in prep.children if o.dep_ == "pobj" and _is_device(o)), None)
            if found is not None:
                return found
    return None


def _is_device(noun: Token) -> bool:
    """An explosive device, a bombing, a suicide bomber, or the blast or attack of a device
    ("a bomb blast"); a device word that needs its kind has it beside it."""
    word = noun.lower_
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "attr":
        return False                        # "the phone was a bomb": a likeness
    if word in _BOMBINGS:
        return True
    if word in _BOMBERS:
        return _suicide(noun)
    if word in _EXPLOSION_NOUNS:
        return any(c.dep_ in ("compound", "amod", "nmod") and _is_device(c)
                   for c in noun.children)
    if word not in _DEVICES or word in ("detonator", "detonators") or any(
            t.lower_ in _LAUNCHED_BOMBS for t in noun.subtree):
        return False
    return word not in _NEEDS_KIND or _mine_going_off(noun) or any(
        _EXPLOSIVE_WORDS.search(t.text) for t in noun.subtree if t is not noun)


def _mine_going_off(noun: Token) -> bool:
    """ "A mine exploded under a truck": a mine that goes off is a landmine, not a pit (an
    accident at a pit is "an explosion at a coal mine"), unless a word of mining says so
    anywhere in the sentence ("the mine blew up after methane built up, killing 30 miners")."""
    return (noun.lower_ in ("mine", "mines") and noun.dep_ == "nsubj"
            and noun.head.lower_ in _GOES_OFF
            and not any(t.lower_ in _MINING for t in noun.doc))


def _likeness(verb: Token) -> bool:
    """ "It sounded like a bomb went off", "as if a bomb had exploded": no bomb."""
    return any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in _LIKENESS
               for c in verb.children) or verb.dep_ == "pcomp" and verb.head.lower_ == "like"


def _tally(verb: Token) -> bool:
    """A count of blasts since a time: "officers have been killed in bomb attacks since the
    war began"."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _suicide(noun: Token) -> bool:
    return any(t.lower_ in ("suicide", "self-detonating") for t in noun.subtree)


def _blast_label(device: Token) -> str:
    if _suicide(device):
        return "SUIC_BOMB"
    if any(t.lower_ in ("grenade", "grenades") for t in device.subtree):
        return "GRENADE"
    return "REM_EXPLOS"


def may_disrupt(words: frozenset[str]) -> bool:
    """False only where :func:`disrupted_device` cannot fire on a sentence of these
    lower-cased ``words``: no explosive device named."""
    return not words.isdisjoint(_DEVICES)


# A device worn on the body, and the verbs of setting one off: its wearer is a suicide bomber
# whatever the word "suicide" ("detonated an explosives belt among passengers", "detonated
# explosives strapped to her body"). Not one made safe ("detonated the vest in a controlled
# explosion").
_WORN = frozenset({"belt", "belts", "vest", "vests", "jacket", "jackets", "waistcoat"})
_STRAPPED = frozenset({"strapped", "tied", "taped", "hidden", "concealed"})
_ON_BODY = frozenset({"body", "chest", "waist", "torso"})
_SETTING_OFF = frozenset({"detonated", "detonating", "detonates", "triggered", "triggering",
                          "set", "setting", "exploded", "exploding", "ignited"})
_MADE_SAFE = frozenset({"controlled", "safely", "disposal", "defused", "defusing"})


def worn_device(sent: Doc, realis: Callable[[Token], bool]) -> bool:
    """True when the parsed sentence tells someone setting off explosives worn on the body,
    as news: "a bomber detonated an explosives belt", "detonated explosives strapped to her
    body", "triggered an explosive vest"; the blast is a suicide bombing (SUIC_BOMB)."""
    if {t.lower_ for t in sent} & _MADE_SAFE:
        return False
    for verb in sent:
        if (verb.lower_ not in _SETTING_OFF or verb.pos_ != "VERB" or not realis(verb)
                or any(c.dep_ == "neg" for c in verb.children)):
            continue
        if verb.lower_ in ("set", "setting") and not any(
                c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_worn(o) for o in objects + [c for o in objects for c in o.conjuncts]):
            return True
    return False


def _worn(noun: Token) -> bool:
    """An explosive belt or vest, or explosives strapped to a body."""
    words = [t for t in noun.subtree if t is not noun]
    if noun.lower_ in _WORN:
        return any(_EXPLOSIVE_WORDS.search(t.text) for t in words)
    if noun.lower_ not in _DEVICES:
        return False
    strapped = [t for t in words if t.lower_ in _STRAPPED]
    return any(t.lower_ in _ON_BODY for s in strapped for t in s.subtree)
