"""Typed hand-offs between stages, and the public JSON event record.

Every stage takes and returns frozen dataclasses from this module; no dicts travel between
stages. Every value read from text keeps its ``text`` and ``span`` (``[start, end)`` character
offsets into the document's clean text), so a reader can always see the evidence.

:func:`event_to_record` / :func:`event_from_record` convert an :class:`Event` to and from the
JSON contract of ``../shared/reference/event-schema.md``; they are each other's inverse.
``targets`` (what the act hit) is an eventwire extension of that schema.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

SpanT = tuple[int, int]
ClaimKind = Literal["official", "military", "group", "activist", "witness", "media", "unknown"]
Scope = Literal["core", "extended", "crime"]


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What ingest read from one input, before cleaning."""

    source: str                      # file path, or "-" for stdin
    content: str                     # HTML or text as read
    kind: Literal["html", "text"]
    line: int | None = None          # 1-based line number inside a .jsonl file
    url: str | None = None
    title: str | None = None
    published: date | None = None    # given by the record (JSON Lines, table row, feed item)
    outlet: str | None = None
    crawled: date | None = None      # when a crawler fetched the page (WARC-Date): a bound


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """The part of a document an event record carries."""

    id: str
    url: str | None
    title: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class Document:
    """A clean document: the text events are read from, with its metadata."""

    id: str                          # sha256 of ``text``
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str | None = None   # record, page, metadata, url, text, search, option,
    #                                     dateline, crawled
    dateline: str | None = None         # "BEIRUT": where the report was filed
    outlet: str | None = None
    line: int | None = None
    language: str | None = None         # ISO 639-1 code ("en"), see eventwire/language.py

    @property
    def ref(self) -> DocumentRef:
        return DocumentRef(self.id, self.url, self.title, self.published)


def document_id(clean_text: str) -> str:
    """Content-derived document id: the sha256 of the clean text."""
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document's clean text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span found by the NLP stage, in document offsets."""

    text: str
    start: int
    end: int
    label: str                       # spaCy label: GPE, LOC, FAC, ORG, PERSON, NORP, ...


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that was recorded and skipped."""

    source: str
    line: int | None
    stage: str
    message: str


# --------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Actor:
    name: str                        # canonical: "Islamic State"
    text: str                        # as written: "ISIS"
    span: SpanT
    inter: int | None = None         # ACLED actor category 1..8
    country: str | None = None       # ISO alpha-2 of the actor's country, when it has one
    assoc: str | None = None         # who backs or joins the actor ("X, backed by Y"): ACLED's
                                     # assoc_actor; in JSON only when known
    associated: tuple[Actor, ...] = ()   # the others named in the same role ("killed a teacher
                                     # and two farmers": the farmers), with their words and
                                     # spans; ACLED's assoc_actor too; in JSON only when any


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    text: str
    span: SpanT
    country: str | None = None
    iso2: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    geo_precision: int | None = None  # 1 town, 2 near a town / part of a region, 3 region/country
    feature: str | None = None        # GeoNames feature code: PPL, ADM1, PCLI, CONT, ...
    confidence: float = 0.0
    # Second-level region (county, district); last so that positional construction holds.
    admin2: str | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    start: date | None               # None when a relative date could not be anchored
    end: date | None
    precision: int | None            # 1 day, 2 week/range of days, 3 month (ACLED); 4+ coarser
    text: str
    span: SpanT


@dataclass(frozen=True, slots=True)
class Count:
    low: int | None
    best: int | None
    high: int | None
    text: str
    span: SpanT
    note: str | None = None          # why a stated figure was dropped (too large to be a count)


@dataclass(frozen=True, slots=True)
class Claim:
    source: str                      # who says so: "Iraqi intelligence officials"
    kind: ClaimKind
    text: str
    span: SpanT


@dataclass(frozen=True, slots=True)
class Target:
    """A building, facility or vehicle an act was aimed at (MUC-4's physical target): never a
    person or a group, so never actor1 or actor2 (read by ``eventwire.actors.targets``)."""

    kind: str                        # the row of data/actors_targets.tsv: "school", "vehicle", ...
    text: str                        # as written, without article or count: "Shiite mosque"
    span: SpanT


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    span: SpanT


@dataclass(frozen=True, slots=True)
class EventType:
    label: str                       # CASE 2021 code: AIR_STRIKE, DIPLO, ATTRIB, ...
    event_type: str | None           # ACLED type, None for labels outside ACLED
    sub_event_type: str | None
    plover_type: str                 # always present
    plover_mode: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event detected in a sentence, before its details are read (detect/classify output)."""

    type: EventType
    trigger: str                     # the words that name the event: "airstrikes"
    trigger_span: SpanT
    sentence: Sentence
    confidence: float = 0.0
    scope: Scope = "core"
    background: bool = False
    clause: SpanT | None = None      # the words the typing read (a clause of the sentence)
    confidence_with_crime: float = 0.0   # P(a real event, ordinary crime counted); see Event


@dataclass(frozen=True, slots=True)
class Counts:
    """The numbers stage's output for one event."""

    fatalities: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event (several when articles are merged)."""

    document: DocumentRef
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports of one merged event that disagree on a field: each version and who says it."""

    field: str                       # "label", "date", "location", "fatalities", ...
    values: tuple[tuple[str, tuple[str, ...]], ...]   # (value as text, document ids)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: EventType
    evidence: Evidence
    document: DocumentRef
    date: DateValue | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    civilian_targeting: bool = False
    claim: Claim | None = None
    mentions: tuple[Mention, ...] = field(default=())
    confidence: float = 0.0          # calibrated P(a real event in scope), see events.model
    scope: Scope = "core"            # core, extended (the five extra labels), crime (ordinary)
    background: bool = False         # told as history or context, not the article's news
    conflicts: tuple[Conflict, ...] = ()   # where merged reports disagree (merge.combine)
    reviewed: str | None = None      # an analyst's review: accepted, rejected, corrected
    # Calibrated P(a real event, ordinary crime and policing counted), for --include-crime;
    # 0.0 where no model judged it (the rules alone, a record written before it existed).
    confidence_with_crime: float = 0.0
    # What the act hit (buildings, facilities, vehicles): an eventwire extension of the public
    # schema; in JSON only when any, so records without it read as before.
    targets: tuple[Target, ...] = ()


def event_id(doc_id: str, evidence: SpanT, label: str, place: str | int | None = None,
             day: date | None = None) -> str:
    """Stable event id from the document id, evidence span and label.

    ``place`` separates the events one sentence reports in several places ("suicide bombings
    in Lebanon and Turkey" are two events), ``day`` those it reports on other days than the
    first it names ("shelled the town on Saturday and again on Monday").
    """
    key = f"{doc_id}|{evidence[0]}:{evidence[1]}|{label}"
    if place is not None:
        key += f"|{place}"
    if day is not None:
        key += f"|{day.isoformat()}"
    return "ew-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


# --------------------------------------------------------------------------- JSON contract


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _span(s: Any) -> SpanT:
    return (int(s[0]), int(s[1]))


def _doc_json(d: DocumentRef) -> dict[str, Any]:
    return {"id": d.id, "url": d.url, "title": d.title, "published": _iso(d.published)}


def _doc_from(j: dict[str, Any]) -> DocumentRef:
    return DocumentRef(j["id"], j.get("url"), j.get("title"), _day(j.get("published")))


def _evidence_json(e: Evidence) -> dict[str, Any]:
    return {"sentence": e.sentence, "span": list(e.span)}


def _count_json(c: Count | None) -> dict[str, Any] | None:
    if c is None:
        return None
    out = {"low": c.low, "best": c.best, "high": c.high, "text": c.text, "span": list(c.span)}
    if c.note is not None:              # only when a figure was dropped: records stay as they were
        out["note"] = c.note
    return out


def _count_from(j: dict[str, Any] | None) -> Count | None:
    if j is None:
        return None
    return Count(j.get("low"), j.get("best"), j.get("high"), j["text"], _span(j["span"]),
                 j.get("note"))


def _actor_json(a: Actor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    out = {"name": a.name, "text": a.text, "inter": a.inter, "country": a.country,
           "span": list(a.span)}
    out = out | {"assoc": a.assoc} if a.assoc else out
    return out | {"associated": [_actor_json(o) for o in a.associated]} if a.associated else out


def _actor_from(j: dict[str, Any] | None) -> Actor | None:
    if j is None:
        return None
    return Actor(j["name"], j["text"], _span(j["span"]), j.get("inter"), j.get("country"),
                 j.get("assoc"), tuple(Actor(o["name"], o["text"], _span(o["span"]),
                                             o.get("inter"), o.get("country"), o.get("assoc"))
                                       for o in j.get("associated") or ()))


_PLACE_FIELDS = ("name", "admin1", "admin2", "country", "iso2", "latitude", "longitude",
                 "geonameid", "geo_precision", "feature", "confidence", "text")


def _place_json(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    out = {k: getattr(p, k) for k in _PLACE_FIELDS}
    out["span"] = list(p.span)
    return out


def _place_from(j: dict[str, Any] | None) -> Place | None:
    if j is None:
        return None
    kw = {k: j.get(k) for k in _PLACE_FIELDS if k in j}
    kw.setdefault("confidence", 0.0)
    return Place(span=_span(j["span"]), **kw)


def _targets_from(j: Any) -> tuple[Target, ...]:
    return tuple(Target(t["kind"], t["text"], _span(t["span"])) for t in j or ())


def kept_confidence(e: Event | EventMention, include_crime: bool = False) -> float:
    """The confidence a threshold (``--min-confidence``) is compared with: that of a real event
    in scope, or with ``include_crime`` that of a real event with ordinary crime and policing
    counted (never below the first: an event in scope is a real event)."""
    return max(e.confidence, e.confidence_with_crime) if include_crime else e.confidence


def event_to_record(e: Event) -> dict[str, Any]:
    """The public JSON record of an event (event-schema.md)."""
    d = e.date
    return {
        "event_id": e.id,
        "event_type": e.type.event_type,
        "sub_event_type": e.type.sub_event_type,
        "label": e.type.label,
        "plover": {"type": e.type.plover_type, "mode": e.type.plover_mode},
        "date": None if d is None else {
            "start": _iso(d.start), "end": _iso(d.end), "precision": d.precision,
            "text": d.text, "span": list(d.span)},
        "actor1": _actor_json(e.actor1),
        "actor2": _actor_json(e.actor2),
        "location": _place_json(e.location),
        "fatalities": _count_json(e.fatalities),
        "injured": _count_json(e.injured),
        "arrested": _count_json(e.arrested),
        "civilian_targeting": e.civilian_targeting,
        "claim": None if e.claim is None else {
            "source": e.claim.source, "kind": e.claim.kind, "text": e.claim.text,
            "span": list(e.claim.span)},
        "evidence": _evidence_json(e.evidence),
        "document": _doc_json(e.document),
        "mentions": [{"document": _doc_json(m.document), "evidence": _evidence_json(m.evidence)}
                     for m in e.mentions],
        "confidence": e.confidence,
        "confidence_with_crime": e.confidence_with_crime,
        "scope": e.scope,
        "background": e.background,
    } | (({"conflicts": [{"field": c.field, "values": [
        {"value": v, "documents": list(ds)} for v, ds in c.values]} for c in e.conflicts]}
         if e.conflicts else {})   # only when reports disagree: single reports stay as they were
        | ({"targets": [{"kind": t.kind, "text": t.text, "span": list(t.span)}
                        for t in e.targets]} if e.targets else {})   # only when any
        | ({"reviewed": e.reviewed} if e.reviewed is not None else {}))  # only once reviewed


def event_from_record(j: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from its JSON record (inverse of :func:`event_to_record`)."""
    d = j.get("date")
    c = j.get("claim")
    return Event(
        id=j["event_id"],
        type=EventType(j["label"], j.get("event_type"), j.get("sub_event_type"),
                       j["plover"]["type"], j["plover"].get("mode")),
        evidence=Evidence(j["evidence"]["sentence"], _span(j["evidence"]["span"])),
        document=_doc_from(j["document"]),
        date=None if d is None else DateValue(_day(d.get("start")), _day(d.get("end")),
                                              d.get("precision"), d["text"], _span(d["span"])),
        actor1=_actor_from(j.get("actor1")),
        actor2=_actor_from(j.get("actor2")),
        location=_place_from(j.get("location")),
        fatalities=_count_from(j.get("fatalities")),
        injured=_count_from(j.get("injured")),
        arrested=_count_from(j.get("arrested")),
        civilian_targeting=bool(j.get("civilian_targeting", False)),
        claim=None if c is None else Claim(c["source"], c["kind"], c["text"], _span(c["span"])),
        mentions=tuple(Mention(_doc_from(m["document"]),
                               Evidence(m["evidence"]["sentence"], _span(m["evidence"]["span"])))
                       for m in j.get("mentions", ())),
        confidence=float(j.get("confidence", 0.0)),
        confidence_with_crime=float(j.get("confidence_with_crime", 0.0)),
        scope=j.get("scope") or "core",
        background=bool(j.get("background", False)),
        conflicts=tuple(Conflict(c["field"], tuple((v["value"], tuple(v["documents"]))
                                                   for v in c["values"]))
                        for c in j.get("conflicts", ())),
        reviewed=j.get("reviewed"),
        targets=_targets_from(j.get("targets")),
    )


def document_to_json(doc: Document) -> dict[str, Any]:
    """What ``eventwire read --json`` prints for a document."""
    return {"id": doc.id, "path": doc.source, "line": doc.line, "title": doc.title,
            "url": doc.url, "published": _iso(doc.published),
            "published_from": doc.published_from, "dateline": doc.dateline,
            "outlet": doc.outlet, "language": doc.language, "text": doc.text}
