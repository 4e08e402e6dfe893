"""Arrests at an article's protest: ACLED codes people arrested at a demonstration as the
demonstration met with intervention (PROTEST_WITH_INTER), not as arrests. A sentence rarely
says so itself ("48 were detained", "four people were arrested for trespassing"): the article
does, when it reports a protest. The sentence-level check (:func:`.overrides.
protest_over_arrest`) reads the same where the sentence names the crowd.

Arrests that name political violence ("detained three men suspected of plotting the
bombing"), arrests made away from the crowd or after it ("detained the union's chairman at his
home", "two organisers were arrested days later": :data:`.arrests.AWAY_FROM_CROWD`) stay
arrests, as do all arrests in an article that reports no protest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import EventMention
from ..taxonomy import CROWD_TYPES, event_type
from .arrests import AT_THE_CROWD, AWAY_FROM_CROWD, SUSPECT, names_conflict
from .crowds import MOB
from .model import DEFAULT_MIN_CONFIDENCE
from .plover import plover_type

# What an arrest at a protest becomes.
INTERVENTION = "PROTEST_WITH_INTER"
# The ACLED event type of violent demonstrations and mob violence.
RIOTS = "Riots"
# An arrest made before the protest, to stop people joining it ("placed the leaders under house
# arrest to stop them joining the march", "detained the organisers ahead of the rally"): the
# arrest is its own event, as :func:`.arrests.preempted_protest` reads in the sentence alone.
_BEFORE_PROTEST = re.compile(
    r"\bhouse arrest\b|\b(?:ahead of\s+|before\s+|to (?:stop|prevent|block|foil)\b[\w' ]{0,40}?)"
    r"(?:a |an |the |their |his |her |its |this |next |[\w']+['’]s )?(?:planned |scheduled |"
    r"proposed )?(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?|strikes?)\b"
    r"(?!\s+(?:ended|began|broke|finished|was|were|had|turned|reached))", re.IGNORECASE)
# How sure the article's protest must be: as sure as ``extract`` keeps events by default, and
# fixed, so that ``ingest`` (which keeps every event) stores what ``extract`` gives.
PROTEST_CONFIDENCE = DEFAULT_MIN_CONFIDENCE


def arrests_at_protests(mentions: Sequence[tuple[EventMention, ...]]
                        ) -> list[tuple[EventMention, ...]]:
    """A document's events, sentence by sentence, an arrest retyped as the protest's
    intervention where the article reports a protest or a violent demonstration at least
    :data:`PROTEST_CONFIDENCE` sure (not mob violence: a lynching or a brawl of party
    workers is no demonstration, and the arrests after it are arrests) and the arrest's
    sentence names no political violence and no suspect of a crime. Arrests told after the
    article's crowd events (or beside its own), all of them riots, are of the rioters, not of
    a protest met with intervention (the taxonomy's: peaceful protesters dispersed or
    arrested): they stay arrests. Only arrests as sure as the protest must be are retyped, and their confidences
    stay: one the model doubts (ordinary crime, a denial: "no one was arrested") is not made
    a report of the protest."""
    if not any(_sure_crowd(m) and m.type.label != MOB for ms in mentions for m in ms):
        return list(mentions)
    out: list[tuple[EventMention, ...]] = []
    told: list[EventMention] = []           # the sure crowd events of the sentences before
    for ms in mentions:
        # the crowd events told so far, this sentence's among them ("police arrested 57
        # people after rioters looted shops": of the rioters)
        crowd = [*told, *(m for m in ms if _sure_crowd(m))]
        of_rioters = bool(crowd) and all(m.type.event_type == RIOTS for m in crowd)
        out.append(tuple(_intervention(m) if _arrest_at_protest(m) and not of_rioters else m
                         for m in ms))
        told.extend(m for m in ms if _sure_crowd(m))
    return out


def _sure_crowd(m: EventMention) -> bool:
    return m.type.event_type in CROWD_TYPES and m.confidence >= PROTEST_CONFIDENCE


def _arrest_at_protest(m: EventMention) -> bool:
    text = m.sentence.text
    return (m.type.label == "ARREST" and m.confidence >= PROTEST_CONFIDENCE
            and not m.background and not names_conflict(text) and SUSPECT.search(text) is None
            and _BEFORE_PROTEST.search(text) is None and not _away_from_crowd(text))


def _away_from_crowd(text: str) -> bool:
    return AWAY_FROM_CROWD.search(text) is not None and AT_THE_CROWD.search(text) is None


def _intervention(m: EventMention) -> EventMention:
    ptype, mode = plover_type(m.trigger, INTERVENTION)
    scope = "core" if m.scope == "crime" else m.scope
    return replace(m, type=event_type(INTERVENTION, ptype, mode), scope=scope)
