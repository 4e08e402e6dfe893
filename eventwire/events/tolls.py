"""A disaster is in scope by its harm (GUIDELINES-style definitions in
``training/data/README.md``): an industrial blast or fire, a collapse or a transport accident
that killed three or more people or hurt many (a mass casualty); a quake, flood or storm that
hit people or places, not one the article says harmed nothing ("no damage or injuries were
reported"). A sentence rarely tells the toll and the accident
together ("the fire broke out in the loading area and spread"), so it is checked on the
article's event, after its retellings are folded in with their counts: a man-made disaster
whose article gives no toll of three or more is made unsure, not dropped (``ingest`` keeps it
for a user who wants every fire).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import Count, Event
from .disasters import MAN_MADE, NATURAL

# The dead that make an accident a disaster (GUIDELINES: "three or more dead"), and the dead and
# hurt together that make one a mass casualty. Ten is the usual count of a mass-casualty
# incident in emergency planning; below it, a household gas blast that killed one and hurt two
# is a domestic accident, as a house fire is.
MIN_DEAD = 3
MIN_HARMED = 10
# The confidence of a man-made disaster whose article gives no such toll: below the default
# threshold, so that ``extract`` leaves it out. On the project's long articles (`python
# benchmarks/articles.py`, 2026-12-05) it took out 3 events, none real in scope (a shop fire
# and a warehouse fire that hurt no one, a rally's sentence typed as a disaster), and no
# matched one; a lower level would change nothing there, a higher one keep them.
UNTOLLED_CONFIDENCE = 0.3
# An article's word that its natural disaster harmed no one and nothing ("no damage or
# injuries were reported", "there were no immediate reports of casualties", "caused no
# damage"), and words of harm done to places that outweigh it ("damaged 200 homes"; not an
# evacuation, often a precaution).
_HARMLESS = re.compile(
    r"\bno\s+(?:immediate\s+|initial\s+|major\s+)?(?:reports?\s+of\s+)?(?:damage|injur(?:y|ies)|"
    r"casualties|deaths|victims)\b|\b(?:no\s+one|nobody)\s+(?:was|were|had\s+been)\s+"
    r"(?:hurt|injured|killed)\b|\bcaused\s+no\s+(?:damage|injuries|casualties)\b|"
    r"\bwithout\s+causing\s+(?:any\s+)?(?:damage|injuries|casualties)\b", re.IGNORECASE)
HARM_TO_PLACES = re.compile(
    r"\b(?:damaged|destroyed|collapsed|flattened|razed|inundated|submerged|flooded|displaced|"
    r"homeless|burned|burnt|tore|torn|uprooted|ripped|felled|ruined|impassable|stranded|"
    r"under\s+water|underwater|forced\s+from|hectares|acres|without\s+power|washed\s+away|swept\s+away|cut\s+off|buried)\b", re.IGNORECASE)


def untolled_disasters(events: Sequence[Event], text: str = "") -> list[Event]:
    """The article's events (``text``, its clean text), its natural disasters made at most
    :data:`UNTOLLED_CONFIDENCE` sure when none of them has a toll and the article says no harm
    was done and tells none done to places (:func:`harmless`), and its man-made disasters
    when none of them has a toll (best figures, or the low
    ones) of :data:`MIN_DEAD` dead or :data:`MIN_HARMED` dead and hurt: a retelling the fold left apart
    ("the blast happened shortly after 5 am") stands with the lead that gives the toll."""
    unsure = set()
    # a disaster recalled as background gives no toll to the article's own
    natural = [e for e in events if e.type.label == NATURAL and not e.background]
    if natural and harmless(text) and not any(_harmed(e) for e in natural):
        unsure.add(NATURAL)
    disasters = [e for e in events if e.type.label == MAN_MADE and not e.background]
    if disasters and not any(_number(e.fatalities) >= MIN_DEAD or _harmed(e) >= MIN_HARMED
                             for e in disasters):
        unsure.add(MAN_MADE)
    return [_unsure(e) if e.type.label in unsure and not e.background else e for e in events]


def harmless(text: str) -> bool:
    """The article says its disaster harmed no one and nothing, and tells no harm to places."""
    return bool(_HARMLESS.search(text)) and not HARM_TO_PLACES.search(text)


def _harmed(e: Event) -> int:
    return _number(e.fatalities) + _number(e.injured)


def _number(count: Count | None) -> int:
    if count is None:
        return 0
    return count.best if count.best is not None else (count.low or 0)


def _unsure(e: Event) -> Event:
    return replace(e, confidence=min(e.confidence, UNTOLLED_CONFIDENCE),
                   confidence_with_crime=min(e.confidence_with_crime, UNTOLLED_CONFIDENCE))
