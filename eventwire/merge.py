"""The merge stage: one event per happening, however many reports tell it.

The same wire story runs on several outlets with small edits, and one article can name the same
event twice; merged, they are one :class:`Event` whose ``mentions`` list every report.

Two reports are the same event when they share a :func:`merge_key`:

* located and dated: the same label, place (GeoNames id, else the normalised name), start date
  and main actor (normalised name, or none);
* otherwise (no place or no date): the same label, place-or-none and a near-identical evidence
  sentence (equal once case, accents, punctuation and spacing are normalised).

Within one article (:func:`fold_article`), a sentence that retells the lead event — the same
kind of violence at the same place, with no date of its own — is folded into it, and an event
with no date words takes the date of the article's last dated event at its place.

Reports sharing an event id are also one event. Grouping is by connected components over those
keys, so the result never depends on input order. Different places are never merged ("suicide
bombings in Lebanon and in Turkey" stay two events).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .places.names import fold
from .records import Count, DateValue, Event, Mention, Place

MergeKey = tuple[str, ...]
_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced."""
    return _NON_WORD.sub(" ", fold(text.casefold())).strip()


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    name = normalise(place.name)
    return f"n{name}" if name else None


def merge_key(e: Event) -> MergeKey | None:
    """The key two reports of the same event share, or ``None`` when nothing can match it."""
    place = _place_key(e.location)
    start = e.date.start if e.date is not None else None
    if place is not None and start is not None:
        actor = normalise(e.actor1.name) if e.actor1 is not None else ""
        return ("event", e.type.label, place, start.isoformat(), actor)
    sentence = normalise(e.evidence.sentence)
    if not sentence:
        return None
    return ("text", e.type.label, place or "", sentence)


# --------------------------------------------------------------------------- grouping


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def groups(events: Sequence[Event]) -> list[list[int]]:
    """Indices of ``events`` grouped by event: connected through a shared key or event id.

    A key never joins two reports from one article: within an article, retellings were
    already folded (:func:`fold_article`), so what remains are distinct events (a ban and a
    deployment on the same day). Reports are taken in a fixed order, so the grouping does not
    depend on the input order.
    """
    order = sorted(range(len(events)),
                   key=lambda i: (_sort_key(events[i]), events[i].id, repr(events[i])))
    parent = list(range(len(events)))
    docs = [{m.document.id for m in reports(e)} for e in events]   # per component root
    first: dict[object, int] = {}
    for i in order:
        e = events[i]
        for link in (("id", e.id), merge_key(e)):
            if link is None:
                continue
            a, b = _find(parent, i), _find(parent, first.setdefault(link, i))
            if a == b or (link[0] != "id" and docs[a] & docs[b]):
                continue
            root, other = min(a, b), max(a, b)
            parent[other] = root
            docs[root] = docs[root] | docs[other]
    members: dict[int, list[int]] = {}
    for i in range(len(events)):
        members.setdefault(_find(parent, i), []).append(i)
    return list(members.values())


def merge(events: Iterable[Event]) -> list[Event]:
    """One event per group of reports, ordered by their first report (document id, span)."""
    events = list(events)
    merged = [combine([events[i] for i in g]) for g in groups(events)]
    return sorted(merged, key=lambda e: (_sort_key(e), e.id, repr(e)))


# --------------------------------------------------------------------------- combining


def reports(e: Event) -> tuple[Mention, ...]:
    """Every report of an event: its mentions, or its own document and evidence."""
    return e.mentions or (Mention(e.document, e.evidence),)


def _mention_key(m: Mention) -> tuple[str, int, int]:
    return (m.document.id, m.evidence.span[0], m.evidence.span[1])


def _sort_key(e: Event) -> tuple[str, int, int]:
    return min(_mention_key(m) for m in reports(e))


def _completeness(e: Event) -> int:
    known = (e.date is not None and e.date.start is not None, e.actor1, e.actor2,
             e.location, e.location is not None and e.location.latitude is not None,
             e.fatalities, e.injured, e.arrested, e.claim)
    return sum(1 for k in known if k)


def _conservative(counts: Sequence[Count | None]) -> Count | None:
    """ACLED's rule: of the reported figures, the lowest credible best estimate."""
    credible = [(c.best, i) for i, c in enumerate(counts) if c is not None and c.best is not None]
    if credible:
        return counts[min(credible)[1]]
    return next((c for c in counts if c is not None), None)


def combine(group: Sequence[Event]) -> Event:
    """One event from reports of it: id of the first report, fields of the most complete one.

    The base is the most complete report (then the most confident); fields it lacks are
    filled from the next ones in that order. Its own report comes first in ``mentions``.
    """
    if len(group) == 1:
        return group[0]
    # repr() breaks the last ties, so equal-looking reports resolve the same in any order.
    ranked = sorted(group, key=lambda e: (-_completeness(e), -e.confidence, _sort_key(e), e.id,
                                          repr(e)))
    base = ranked[0]
    first = min(group, key=lambda e: (_sort_key(e), e.id))
    unique = {}
    for m in sorted((m for e in group for m in reports(e)), key=_mention_tuple):
        unique.setdefault(_mention_key(m), m)
    own = Mention(base.document, base.evidence)
    rest = [m for k, m in sorted(unique.items()) if k != _mention_key(own)]
    dated = [e.date for e in ranked if e.date is not None and e.date.start is not None]

    def pick(field: str) -> object:
        return next((getattr(e, field) for e in ranked if getattr(e, field) is not None), None)

    merged = replace(
        base, id=first.id,
        date=dated[0] if dated else pick("date"),
        actor1=pick("actor1"), actor2=pick("actor2"), location=pick("location"),
        fatalities=_conservative([e.fatalities for e in ranked]),
        injured=pick("injured"), arrested=pick("arrested"), claim=pick("claim"),
        civilian_targeting=any(e.civilian_targeting for e in group),
        mentions=(own, *rest) if rest else (),
        confidence=max(e.confidence for e in group),
    )
    if merge_key(merged) != merge_key(base):
        # Filling place, date or actor changed the key (reports joined by event id): keep the
        # base's, so merging the result again matches nothing new (merge is idempotent).
        merged = replace(merged, date=base.date, location=base.location, actor1=base.actor1)
    return merged


def _mention_tuple(m: Mention) -> tuple:
    """A total order on mentions, so duplicates resolve the same way whatever the input order."""
    d = m.document
    return (*_mention_key(m), m.evidence.sentence, d.url or "", d.title or "",
            d.published.isoformat() if d.published else "")


# --------------------------------------------------------------------------- within one article

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
    place = _place_key(e.location)
    for prev in reversed(earlier):
        if _own_date(prev) and (place is None or _place_key(prev.location) == place):
            return replace(e, date=prev.date)
    return e


def _retells(e: Event, lead: Event, inferred: DateValue | None) -> bool:
    place = _place_key(e.location)
    return (e.type.event_type in FOLDED_EVENT_TYPES
            and e.type.event_type == lead.type.event_type
            and place is not None and place == _place_key(lead.location)
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
