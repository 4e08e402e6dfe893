"""PLOVER JSON Lines: id, date, actor, recipient, event, mode, context, event_loc, event_text,
link, text — one line per event (every eventwire event has a PLOVER type).

``actor``/``recipient`` carry the canonical name, the words as written and the ISO alpha-3
code of the actor's country (PLOVER codes countries like CAMEO: "USA"); ``context`` is a list
of PLOVER context tags derived from the event's label; ``event_text`` is the evidence
sentence, ``text`` the document title and ``link`` its URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, BinaryIO

from ..records import Actor, Event, Place

if TYPE_CHECKING:
    from . import ExportResult

# PLOVER context tags implied by an event's ACLED type or label (the label wins).
_CONTEXT_BY_TYPE = {
    "Battles": ("military",),
    "Explosions/Remote violence": ("military",),
    "Violence against civilians": ("human_rights",),
}
_CONTEXT_BY_LABEL = {
    "CHEM_WEAP": ("military", "cbrn"),
    "ARREST": ("judicial",),
    "ORG_CRIME": ("crime",),
    "NATURAL_DISASTER": ("disaster",),
    "MAN_MADE_DISASTER": ("disaster",),
    "DIPLO": ("international",),
}


@lru_cache(maxsize=512)
def alpha3(iso2: str | None) -> str | None:
    if not iso2:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2.upper())
    return country.alpha_3 if country is not None else None


def _actor(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"name": a.name, "text": a.text, "code": alpha3(a.country)}


def _loc(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "admin1": p.admin1, "country": p.country,
            "country_code": alpha3(p.iso2), "lat": p.latitude, "lon": p.longitude,
            "geonameid": p.geonameid}


def record(e: Event) -> dict[str, Any]:
    """The PLOVER record of an event."""
    start = e.date.start if e.date is not None else None
    context = _CONTEXT_BY_LABEL.get(e.type.label) or _CONTEXT_BY_TYPE.get(
        e.type.event_type or "", ())
    return {
        "id": e.id, "date": start.isoformat() if start else None,
        "actor": _actor(e.actor1), "recipient": _actor(e.actor2),
        "event": e.type.plover_type, "mode": e.type.plover_mode or "",
        "context": list(context), "event_loc": _loc(e.location),
        "event_text": e.evidence.sentence, "link": e.document.url, "text": e.document.title,
    }


def write_jsonl(events: Iterator[Event], out: BinaryIO) -> ExportResult:
    from . import write_lines
    return write_lines(events, out, record)
