"""Within one article: a retelling of the lead event folds into it (issue 13, item 4).

A sentence that retells the lead event — the same kind of violence at the same place, with no
date of its own — is folded into it, and an event with no date words takes the date of the
article's last dated event at its place. Across articles, :mod:`.cluster` decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import DateValue, Event
from .evidence import place_key, reports

# ACLED codes one event per type, place and day: within an article, later sentences about the
# same kind of violence at the same place retell the lead event. Strategic developments are
# left apart: one article often reports several distinct ones (a ban, a deployment, a pledge).
FOLDED_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                                "Violence against civilians", "Protests", "Riots"})


def _own_date(e: Event) -> bool:
    """True when the event's date was read from words (not inferred from the publication)."""
    return e.date is not None and bool(e.date.text)


def _inherit_date(e: Event, earlier: Sequence[Event]) -> Event:
    """An undated event takes the date of the last earlier dated event at its place."""
    if _own_date(e):
        return e
    place = place_key(e.location)
    for prev in reversed(earlier):
        if _own_date(prev) and (place is None or place_key(prev.location) == place):
            return replace(e, date=prev.date)
    return e


def _retells(e: Event, lead: Event, inferred: DateValue | None) -> bool:
    place = place_key(e.location)
    return (e.type.event_type in FOLDED_EVENT_TYPES
            and e.type.event_type == lead.type.event_type
            and place is not None and place == place_key(lead.location)
            and e.document.id == lead.document.id
            and (inferred is None or inferred.text == "" or e.date == lead.date))


def _fold(lead: Event, e: Event) -> Event:
    """The lead event, with what the retelling adds (a count, an actor) and its evidence."""
    def first(field: str) -> object:
        return getattr(lead, field) if getattr(lead, field) is not None else getattr(e, field)

    return replace(
        lead, actor1=first("actor1"), actor2=first("actor2"), fatalities=first("fatalities"),
        injured=first("injured"), arrested=first("arrested"), claim=first("claim"),
        civilian_targeting=lead.civilian_targeting or e.civilian_targeting,
        mentions=(*reports(lead), *reports(e)), confidence=max(lead.confidence, e.confidence))


def fold_article(events: Sequence[Event]) -> list[Event]:
    """Date undated events from the article's context and fold retellings into their lead.

    ``events`` are one article's, in text order.
    """
    out: list[Event] = []
    for e in events:
        dated = _inherit_date(e, out)
        lead = next((i for i in range(len(out) - 1, -1, -1)
                     if _retells(dated, out[i], e.date)), None)
        if lead is None:
            out.append(dated)
        else:
            out[lead] = _fold(out[lead], dated)
    return out
