"""Typing that needs the actors: a label the sentence's words give, checked against who did it to
whom once the actors stage has read them.

ACLED's "Violence against civilians" is one-sided violence against unarmed people: when the
target is state forces (police, soldiers, a checkpoint's guards, ACLED actor category 1) and the
attacker is an armed non-state group, the event is a battle (``ARMED_CLASH``), "even when one
side only fires and the other flees" (``training/data/README.md``). The sentence encoder reads
"gunmen opened fire" as an attack whoever the target was, so the check runs here, where the
actors' categories are known.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..actor_mentions import ARMED_STATE_NAMES
from ..lexicon import event_cues
from ..records import Actor, EventMention
from ..taxonomy import EXTRA_LABELS, event_type
from .battles import FIGHT_WORDS
from .crowds import MOB
from .plover import plover_type
from .violent_acts import main_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ACLED actor categories (``Actor.inter``).
STATE_FORCES = 1
# Attackers whose violence against state forces is a battle: rebels (2), political militias (3),
# identity militias (4). External forces (8) are another state's: left as typed. An attacker
# with no category read (a lone "gunman" the actor table does not know) counts as armed when the
# target is state forces: civilians do not open fire on a checkpoint.
ARMED_NON_STATE = frozenset({2, 3, 4, None})


# ACLED's category of civilians (the unarmed, whom one side's violence hits).
CIVILIANS = 7
# Armed groups by category: rebels, political and identity militias (a gang or cartel the
# actor table knows is an armed group, 3).
ARMED_GROUPS = frozenset({2, 3, 4})


def retyped(mention: EventMention, actor1: Actor | None, actor2: Actor | None,
            parsed: Doc | None = None) -> EventMention:
    """The mention with its type corrected by the actors' categories (itself when they agree):
    an attack on state forces by an armed group is a battle, and so is organised crime's
    violence with state forces on either side ("gang members fired on the police station",
    "police clashed with cartel gunmen during a raid"): ACLED codes the fight, not the crime;
    a cartel's or gang's violence named by its words against anyone else, or between two
    such groups (or its factions: a "gunfight between rival factions of the cartel" whose
    other side read is its dead, civilians), is organised crime (ORG_CRIME). An armed group's
    violence against civilians is an attack where the model reads a battle or a mob by the
    attacker's word (:func:`_one_sided`). ``parsed`` (the sentence's parse) makes the fight the
    sentence's own act (:func:`_violent`)."""
    if mention.type.label == "ORG_CRIME":
        fight = (_armed_state(actor1) and _armed_group(actor2)
                 or _armed_state(actor2) and _armed_group(actor1))
        return _as_battle(mention) if fight and _violent(mention.sentence.text, parsed) else mention
    if _criminal(actor1) and (
            mention.type.label in _CRIMES_OF_GANGS and not _armed_state(actor2)
            or mention.type.label == "ARMED_CLASH"
            and (_criminal(actor2) or _inter(actor2) == CIVILIANS)):
        return _as(mention, "ORG_CRIME")
    if _one_sided(mention, actor1, actor2):
        return _as(mention, "ATTACK")
    taken = _taken_by(mention.type.label, actor1) or _base_taken(
        mention.type.label, actor1, actor2, mention.sentence.text)
    if taken is not None:
        return _as(mention, taken)
    if mention.type.label != "ATTACK" or not _armed_state(actor2):
        return mention
    return _as_battle(mention) if _inter(actor1) in ARMED_NON_STATE else mention


def _taken_by(label: str, actor1: Actor | None) -> str | None:
    """The territory label of who took the ground, when the read one says the other side:
    "those forces seized towns" read as the state's after the text named the forces as an
    armed group ("Kurdish and Arab fighters ... those forces") is the group's."""
    if label == "GOV_REGAINS_TERIT" and actor1 is not None and actor1.inter in ARMED_GROUPS:
        return "NON_STATE_ACTOR_OVERTAKES_TER"
    if label == "NON_STATE_ACTOR_OVERTAKES_TER" and _armed_state(actor1):
        return "GOV_REGAINS_TERIT"
    return None


def _base_taken(label: str, actor1: Actor | None, actor2: Actor | None, text: str
                ) -> str | None:
    """The territory label of a base taken from the other side: a base established is the
    group's own, with no one it was done to ("the rebels set up a base in the forest"); one
    ``text`` tells taken (the cue lexicon's words of territory taken) with an armed party on
    the other side is that party's ("rebel fighters seized an army outpost", "troops
    captured an insurgent camp"): ground taken, typed by who took it."""
    if label != "HQ_ESTABLISHED" or not any(p.search(text) for p in _taking_words()):
        return None
    if _inter(actor1) in ARMED_NON_STATE and _armed_state(actor2):
        return "NON_STATE_ACTOR_OVERTAKES_TER"
    if _armed_state(actor1) and _armed_group(actor2):
        return "GOV_REGAINS_TERIT"
    return None


def _one_sided(mention: EventMention, actor1: Actor | None, actor2: Actor | None) -> bool:
    """ "Militants killed four aid workers in an ambush", "armed herdsmen stormed the village
    and killed nine residents": a battle or a mob's violence read by the attacker's word, done
    by an armed group to civilians, in a sentence that tells no fight (a clash, a gun battle,
    fire exchanged: "fighting between rebel factions killed five men" stays a battle)."""
    if mention.type.label not in ("ARMED_CLASH", MOB) or _inter(actor2) != CIVILIANS:
        return False
    if _inter(actor1) not in ARMED_GROUPS:
        return False
    words = set(re.findall(r"[a-z]+", mention.sentence.text.lower()))
    return words.isdisjoint(FIGHT_WORDS)


def _inter(actor: Actor | None) -> int | None:
    return actor.inter if actor is not None else None


def _armed_state(actor: Actor | None) -> bool:
    """Police or soldiers on duty: not an officer off duty, retired or former, whom ACLED
    counts a civilian ("gunmen shot dead an off-duty police officer")."""
    return (actor is not None and actor.inter == STATE_FORCES
            and actor.name.startswith(ARMED_STATE_NAMES) and _OFF_DUTY.search(actor.text) is None)


_OFF_DUTY = re.compile(r"\b(?:off[- ]duty|retired|former|ex-)", re.IGNORECASE)


def _violent(text: str, parsed: Doc | None = None) -> bool:
    """The sentence tells a fight or violence done (the cue lexicon's attack verbs and its
    words of armed clashes: "fired on", "attacked", "killed", "exchanged fire"), not a deal, a
    bribe or a raid's seizures alone ("police raided a lab and seized cocaine"). With the
    parse, as its own act: a main verb or its subject or object, not a clause of what the
    people arrested or found had done ("arrested 14 gang members suspected of killing a
    driver", "found the bodies of nine people killed by cartel gunmen")."""
    hits = [m for rx in _fight_words() for m in rx.finditer(text)
            if not m.group(0).lower().startswith("raid")]
    if parsed is None or not hits:
        return bool(hits)
    heads = main_verbs(parsed)
    heads += [c for h in heads for c in h.children if c.dep_ in ("conj", "xcomp", "advcl")
              and c.pos_ == "VERB" and not any(m.dep_ == "mark" for m in c.children)]
    at = {t.idx: t for t in parsed}
    own = [at.get(m.start()) for m in hits]
    return any(t is not None and (t in heads or (t.head in heads and t.dep_ in _ACT_DEPS))
               for t in own)


# How a noun names its clause's own act ("a gun battle broke out", "launched an attack").
_ACT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


@cache
def _taking_words() -> tuple[re.Pattern[str], ...]:
    return tuple(c.pattern for c in event_cues() if c.name == "territory")


@cache
def _fight_words() -> tuple[re.Pattern[str], ...]:
    return tuple(c.pattern for c in event_cues()
                 if c.name == "attack_verb" or (c.name == "ARMED_CLASH" and c.weight >= 4))


def _armed_group(actor: Actor | None) -> bool:
    """Rebels, militias, or organised crime by its words ("drug traffickers", whom the actor
    table may not know)."""
    return _inter(actor) in ARMED_GROUPS or _criminal(actor)


def _criminal(actor: Actor | None) -> bool:
    """The actor is organised crime by its words ("cartel gunmen", "gang members", "the
    Sinaloa Cartel", "drug traffickers"); a group the table knows by a bare name ("Los
    Zetas") is not told apart from other armed groups here."""
    return actor is not None and (_CRIMINAL.search(actor.text) is not None
                                  or _CRIMINAL.search(actor.name) is not None)


# Words that name organised crime, as the GUIDELINES' ORG_CRIME does: cartels, gangs,
# trafficking rings, smuggling networks, mafias.
_CRIMINAL = re.compile(r"\b(?:cartels?|c[aá]rtel|gangs?|gangsters?|gangland|mafias?|narco\w*|"
                       r"(?:drug|human|arms)[- ]traffick\w*|traffickers?|smugglers?|"
                       r"crime (?:syndicates?|groups?|bosses|gangs?)|criminal (?:groups?|gangs?|"
                       r"organi[sz]ations?|networks?|bands?))\b", re.IGNORECASE)
# What a cartel's or gang's violence is typed as when the words name it: its killings of
# people who are not state forces, and the property it torches ("cartel gunmen set fire to
# buses"): organised crime acting (GUIDELINES: ORG_CRIME), not political violence.
_CRIMES_OF_GANGS = frozenset({"ATTACK", "PROPERTY_DISTRUCT"})


def _as_battle(mention: EventMention) -> EventMention:
    return _as(mention, "ARMED_CLASH")


def _as(mention: EventMention, label: str) -> EventMention:
    """The mention typed ``label``, its scope with it: an extra label's is extended, an ACLED
    label's core (ordinary crime stays crime)."""
    ptype, mode = plover_type(mention.trigger, label)
    scope = mention.scope
    if scope != "crime":
        scope = "extended" if label in EXTRA_LABELS else "core"
    return replace(mention, type=event_type(label, ptype, mode), scope=scope)
