"""Hand-built reports for the merge and store tests: one event as one outlet tells it."""

from __future__ import annotations

from datetime import date

from eventwire.records import (
    Actor,
    Claim,
    Count,
    DateValue,
    DocumentRef,
    Event,
    Evidence,
    Place,
    event_id,
)
from eventwire.taxonomy import event_type

FRIDAY = date(2015, 11, 13)
RAQQA = Place("Raqqa", "Raqqa", (0, 5), "Syria", "SY", "Raqqa Governorate", 35.95, 39.01,
              163915, 1, "PPLA")
TABQA = Place("Tabqa", "Tabqa", (0, 5), "Syria", "SY", "Raqqa Governorate", 35.84, 38.55,
              170017, 1, "PPL")          # 43 km from Raqqa
SYRIA = Place("Syria", "Syria", (0, 5), "Syria", "SY", None, 35.0, 38.0, 163843, 3, "PCLI")
RAQQA_REGION = Place("Raqqa Governorate", "Raqqa province", (0, 5), "Syria", "SY",
                     "Raqqa Governorate", 35.9, 38.9, 172955, 3, "ADM1")
HOMS = Place("Homs", "Homs", (0, 4), "Syria", "SY", "Homs Governorate", 34.73, 36.71,
             169577, 1, "PPLA")
ANKARA = Place("Ankara", "Ankara", (0, 6), "Turkey", "TR", "Ankara", 39.92, 32.85, 323786, 1,
               "PPLC")


def report(doc: str, sentence: str, *, label: str = "AIR_STRIKE", place: Place | None = RAQQA,
           day: date | None = FRIDAY, published: date | None = FRIDAY,
           actor: str | None = "Russia", dead: int | None = None, start: int = 0,
           confidence: float = 0.5, claim: Claim | None = None) -> Event:
    """One report of an event: ``day`` None means the report names no day (its window is
    shortly before ``published``)."""
    span = (start, start + len(sentence))
    return Event(
        id=event_id(doc, span, label), type=event_type(label),
        evidence=Evidence(sentence, span), document=DocumentRef(doc, f"https://{doc}.example/",
                                                                None, published),
        date=DateValue(day, day, 1, "Friday", (start, start + 6)) if day else None,
        actor1=Actor(actor, actor, (start, start + 5), 8, None) if actor else None,
        location=place,
        fatalities=Count(dead, dead, None, f"{dead} people", (start, start + 3))
        if dead is not None else None,
        claim=claim, confidence=confidence)
