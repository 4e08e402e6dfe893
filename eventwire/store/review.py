"""Analysts' reviews of stored events: accept, reject or correct, kept as an audit trail.

Every review is one row of the ``reviews`` table (migration ``0005_review``): who, when, the
action, the fields before and after, and a note. Rows are never updated or deleted, so the
table is the audit trail, and an event's current state is the fold of its rows in order.

Reviews live beside the extracted events, not inside them: a re-run (``ingest`` again, or a
newer eventwire) rewrites events but never touches reviews, and the review is applied again
when the event is read. A review is keyed by the event id *and* the ids of the reports the
event was made of: when merging changes an event's id (a newly ingested earlier report of
the same event becomes its first report, whose id the merged event takes), the review
follows the event through any of its reports. A review whose reports are all gone is kept
in the table (the trail is never lost) but applies to nothing.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from ..errors import EventwireError, ReviewError
from ..records import Actor, Count, DateValue, Event, Place, event_to_record

ACTIONS = ("accept", "reject", "correct")
STATES = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
#: The fields a correction may change, and what each takes.
FIELDS = ("label", "location", "date", "fatalities", "actor1", "actor2")
# The longest note and reviewer name kept: a note is a sentence or two, not a document.
MAX_NOTE = 2000
MAX_REVIEWER = 100


@dataclass(frozen=True, slots=True)
class Review:
    """One row of the audit trail."""

    seq: int
    event_id: str                   # the event's id when it was reviewed
    report_ids: tuple[str, ...]     # its reports then: the review follows them through merges
    action: str                     # accept, reject, correct
    changes: Mapping[str, Any]      # the corrected fields as given (correct only)
    before: Mapping[str, Any]       # those fields' values before, as in the record
    after: Mapping[str, Any]        # and after
    note: str
    reviewer: str
    at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "event_id": self.event_id, "action": self.action,
                "state": STATES[self.action], "before": dict(self.before),
                "after": dict(self.after), "note": self.note, "reviewer": self.reviewer,
                "at": self.at.isoformat()}


def has_reviews_table(con: Any) -> bool:
    """Whether the database has the reviews table (a store older than 0005_review has not)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
                            "AND table_name = 'reviews'").fetchone()[0])


def current_ids_sql() -> str:
    """SQL of (seq, event_id now) for every review: its own event if it is still stored, else
    the event that holds one of its reports now (merging changed the id), else none."""
    return ("SELECT r.seq, coalesce((SELECT e.event_id FROM events e WHERE e.event_id = "
            "r.event_id), (SELECT min(p.event_id) FROM reports p WHERE p.report_id IN "
            "(SELECT unnest(r.report_ids)))) AS event_id FROM reviews r")


def states_sql() -> str:
    """SQL of (event_id, state) for every reviewed stored event: its last review's state."""
    return ("SELECT c.event_id, CASE arg_max(r.action, r.seq) WHEN 'accept' THEN 'accepted' "
            "WHEN 'reject' THEN 'rejected' ELSE 'corrected' END AS state "
            f"FROM ({current_ids_sql()}) c JOIN reviews r ON r.seq = c.seq "
            "WHERE c.event_id IS NOT NULL GROUP BY c.event_id")


def refresh_states(con: Any) -> None:
    """Bring the events' ``review_state`` column (migration 0007) up to date with the reviews,
    after a write that rewrote events (merging gives rewritten events no state). Costs
    nothing on a store without reviews."""
    from .sources import has_column

    if not has_reviews_table(con) or not has_column(con, "events", "review_state"):
        return
    if not con.execute("SELECT count(*) FROM reviews").fetchone()[0]:
        return
    con.execute(f"UPDATE events SET review_state = s.state FROM ({states_sql()}) s WHERE "
                "events.event_id = s.event_id AND events.review_state IS DISTINCT FROM s.state")
    con.execute(f"UPDATE events SET review_state = NULL WHERE review_state IS NOT NULL AND "
                f"event_id NOT IN (SELECT event_id FROM ({states_sql()}))")


def corrected_ids(con: Any) -> list[str]:
    """The stored events a review corrected (by their current ids): filters on stored
    columns test the extracted values, so these are read and tested as corrected."""
    if not has_reviews_table(con):
        return []
    return [r[0] for r in con.execute(
        f"SELECT DISTINCT c.event_id FROM ({current_ids_sql()}) c JOIN reviews r ON "
        "r.seq = c.seq WHERE r.action = 'correct' AND c.event_id IS NOT NULL ORDER BY 1"
    ).fetchall()]


_COLUMNS = ("r.seq, r.event_id, r.report_ids, r.action, r.changes, r.before, r.after, r.note, "
            "r.reviewer, r.reviewed_at")


def reviews_by_event(con: Any, event_ids: Iterable[str] | None = None
                     ) -> dict[str, list[Review]]:
    """The reviews of stored events (of ``event_ids``, or all), oldest first, by current id."""
    if not has_reviews_table(con) or not con.execute(
            "SELECT count(*) FROM reviews").fetchone()[0]:
        return {}
    if event_ids is not None:
        return _reviews_of(con, list(event_ids))
    sql = (f"SELECT c.event_id, {_COLUMNS} FROM ({current_ids_sql()}) c "
           "JOIN reviews r ON r.seq = c.seq WHERE c.event_id IS NOT NULL")
    out: dict[str, list[Review]] = {}
    for row in con.execute(sql + " ORDER BY r.seq").fetchall():
        out.setdefault(row[0], []).append(_review(row[1:]))
    return out


def _reviews_of(con: Any, event_ids: list[str]) -> dict[str, list[Review]]:
    """:func:`reviews_by_event` for a few events (an event's page): the reviews naming them
    or one of their reports, each placed by :func:`current_ids_sql`'s rule with lookups by
    one value (indexed), instead of that query's scans of every event and report."""
    reports = [r for e in event_ids for (r,) in con.execute(
        "SELECT report_id FROM reports WHERE event_id = ?", [e]).fetchall()]
    rows = con.execute(f"SELECT {_COLUMNS} FROM reviews r WHERE r.event_id IN (SELECT "
                       "unnest(?)) OR len(list_intersect(r.report_ids, ?)) > 0 "
                       "ORDER BY r.seq", [event_ids, reports]).fetchall()
    out: dict[str, list[Review]] = {}
    wanted = set(event_ids)
    for row in rows:
        now = _current_id(con, row[1], row[2])
        if now in wanted:
            out.setdefault(now, []).append(_review(row))
    return out


def _current_id(con: Any, event_id: str, report_ids: Iterable[str]) -> str | None:
    """Where a review applies now (current_ids_sql's rule): its event, else the first event
    that holds one of its reports."""
    if con.execute("SELECT count(*) FROM events WHERE event_id = ?", [event_id]).fetchone()[0]:
        return event_id
    held = [e for r in report_ids or () for (e,) in con.execute(
        "SELECT event_id FROM reports WHERE report_id = ?", [r]).fetchall()]
    return min(held) if held else None


def _review(row: tuple[Any, ...]) -> Review:
    seq, eid, reports, action, changes, before, after, note, who, at = row
    return Review(seq, eid, tuple(reports or ()), action, json.loads(changes or "{}"),
                  json.loads(before or "{}"), json.loads(after or "{}"), note or "", who,
                  at.replace(tzinfo=UTC) if at.tzinfo is None else at)


def state(reviews: Iterable[Review]) -> str | None:
    """An event's review state: its last review's (accepted, rejected, corrected), or None."""
    last = None
    for r in reviews:
        last = r
    return STATES[last.action] if last is not None else None


def apply(event: Event, reviews: Iterable[Review]) -> Event:
    """The event as its reviewers left it: every correction in order, and its state."""
    reviews = list(reviews)
    for r in reviews:
        if r.action == "correct":
            event = correct(event, r.changes)
    return replace(event, reviewed=state(reviews)) if reviews else event


def reviewed_events(con: Any, events: Iterable[Event], *, include_rejected: bool = False
                    ) -> Iterator[Event]:
    """``events`` with their reviews applied; rejected ones left out unless asked for.

    Reviews are read once, up front (a store holds far fewer reviews than events)."""
    by_event = reviews_by_event(con)
    for e in events:
        mine = by_event.get(e.id)
        if not mine:
            yield e
            continue
        e = apply(e, mine)
        if include_rejected or e.reviewed != "rejected":
            yield e


# --------------------------------------------------------------------------- corrections


def correct(event: Event, changes: Mapping[str, Any]) -> Event:
    """The event with ``changes`` applied; raises :class:`ReviewError` for a bad value."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(unknown)}: the fields a review may "
                          f"correct are {', '.join(FIELDS)}")
    kw: dict[str, Any] = {}
    for name, value in changes.items():
        kw.update(_FIXERS[name](event, value))
    return replace(event, **kw)


def _label(event: Event, value: Any) -> dict[str, Any]:
    from ..taxonomy import LABELS, event_type

    if not isinstance(value, str) or value.upper() not in LABELS:
        raise ReviewError(f"unknown label {value!r}: use one of {', '.join(LABELS)}")
    try:
        return {"type": event_type(value.upper())}
    except EventwireError as exc:
        raise ReviewError(str(exc)) from None


def _text_span(old: Any, fallback: str) -> tuple[str, tuple[int, int]]:
    """A corrected value keeps the article's words it was read from, when there were any."""
    if old is not None:
        return old.text, old.span
    return fallback, (0, 0)


def _location(event: Event, value: Any) -> dict[str, Any]:
    if value is None:
        return {"location": None}
    if not isinstance(value, Mapping) or not _str(value.get("name")):
        raise ReviewError("a corrected place needs at least a name: "
                          '{"name": ..., "country": ..., "latitude": ..., "longitude": ...}')
    lat, lon = _coord(value.get("latitude"), 90, "latitude"), _coord(
        value.get("longitude"), 180, "longitude")
    if (lat is None) != (lon is None):
        raise ReviewError("give both latitude and longitude of a corrected place, or neither")
    text, span = _text_span(event.location, value["name"])
    iso2 = _str(value.get("iso2"))
    given = Place(
        name=value["name"].strip(), text=text, span=span, country=_str(value.get("country")),
        iso2=iso2.upper() if iso2 else None, admin1=_str(value.get("admin1")),
        latitude=lat, longitude=lon, geo_precision=_int(value.get("geo_precision"), 1, 3),
        confidence=1.0, admin2=_str(value.get("admin2")))
    place = given if lat is not None else _resolve(given)
    return {"location": place if place.admin2 else _with_admin2(place)}


def _with_admin2(place: Place) -> Place:
    """A corrected place with the second-level region the places stage would give it."""
    from ..places.admin import admin2_of

    return replace(place, admin2=admin2_of(place.name, place.feature, place.iso2,
                                           place.latitude, place.longitude,
                                           place.geo_precision))


def _resolve(place: Place) -> Place:
    """A corrected place given by name only, completed from the gazetteer: its best entry
    of that name (in the given country, when one is given). Raises when none is found."""
    from ..places import load_gazetteer

    gaz = load_gazetteer()
    country = (place.iso2 or "").upper()
    if not country and place.country:
        country = next((iso for iso in gaz.countries
                        if (gaz.country_name(iso) or "").lower() == place.country.lower()), "")
    found = [i for i in gaz.lookup(place.name) if not country or gaz.country[i] == country]
    if not found:
        where = f" in {place.country or country}" if country else ""
        raise ReviewError(f"no place named {place.name!r}{where} in the gazetteer: give its "
                          "latitude and longitude too")
    i = found[0]                       # the gazetteer's best static prior first
    iso = gaz.country[i] or None
    return replace(place, name=gaz.name[i], iso2=iso,
                   country=(gaz.country_name(iso) if iso else None) or place.country,
                   admin1=place.admin1 or (gaz.admin1_name(gaz.admin1[i]) if gaz.admin1[i]
                                           else None),
                   latitude=gaz.latitude[i], longitude=gaz.longitude[i],
                   geonameid=gaz.geonameid[i] or None, feature=gaz.feature[i],
                   geo_precision=place.geo_precision or (3 if gaz.is_area(i) else 1))


def _date(event: Event, value: Any) -> dict[str, Any]:
    if value is None:
        return {"date": None}
    if isinstance(value, str):
        value = {"start": value}
    if not isinstance(value, Mapping):
        raise ReviewError('a corrected date is "YYYY-MM-DD" or {"start": ..., "end": ..., '
                          '"precision": 1|2|3}')
    start = _day(value.get("start"), "start")
    end = _day(value.get("end"), "end") or start
    if start is None:
        raise ReviewError("a corrected date needs its start as YYYY-MM-DD")
    if end < start:
        raise ReviewError(f"the corrected date ends ({end}) before it starts ({start})")
    precision = _int(value.get("precision"), 1, 3) or (1 if start == end else 2)
    text, span = _text_span(event.date, start.isoformat())
    return {"date": DateValue(start, end, precision, text, span)}


def _fatalities(event: Event, value: Any) -> dict[str, Any]:
    if value is None:
        return {"fatalities": None}
    n = _int(value, 0, 10**9)
    if n is None:
        raise ReviewError(f"fatalities must be a whole number from 0, not {value!r}")
    text, span = _text_span(event.fatalities, str(n))
    return {"fatalities": Count(n, n, n, text, span)}


def _actor(slot: str) -> Any:
    def fix(event: Event, value: Any) -> dict[str, Any]:
        if value is None:
            return {slot: None}
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, Mapping) or not _str(value.get("name")):
            raise ReviewError(f'a corrected {slot} is a name or {{"name": ..., "inter": 1-8}}')
        old = getattr(event, slot)
        text, span = _text_span(old, value["name"])
        inter = _int(value.get("inter"), 1, 8)
        return {slot: Actor(value["name"].strip(), text, span, inter,
                            _str(value.get("country")))}
    return fix


_FIXERS = {"label": _label, "location": _location, "date": _date, "fatalities": _fatalities,
           "actor1": _actor("actor1"), "actor2": _actor("actor2")}


def _str(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def _int(v: Any, lo: int, hi: int) -> int | None:
    if v is None or v == "":
        return None
    try:
        n = int(v)
    except (TypeError, ValueError):
        raise ReviewError(f"{v!r} is not a whole number") from None
    if not lo <= n <= hi or (isinstance(v, float) and v != n):
        raise ReviewError(f"{v!r} is out of range: give a whole number from {lo} to {hi}")
    return n


def _coord(v: Any, limit: float, name: str) -> float | None:
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ReviewError(f"{name} {v!r} is not a number") from None
    if not -limit <= x <= limit:
        raise ReviewError(f"{name} {x} is out of range: give -{limit} to {limit}")
    return x


def _day(v: Any, name: str) -> date | None:
    if v is None or v == "":
        return None
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise ReviewError(f"the {name} date {v!r} is not a date: give YYYY-MM-DD") from None


# --------------------------------------------------------------------------- writing


def record_review(con: Any, event: Event, action: str, changes: Mapping[str, Any] | None = None,
                  note: str = "", reviewer: str | None = None) -> Review:
    """Append one review of a stored ``event`` (as currently reviewed) to the audit trail."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r}: use one of {', '.join(ACTIONS)}")
    changes = dict(changes or {})
    if action == "correct" and not changes:
        raise ReviewError("a correction needs at least one field to change: "
                          + ", ".join(FIELDS))
    if action != "correct" and changes:
        raise ReviewError(f"{action} takes no changes: use action 'correct' to change fields")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ReviewError(f"the note is {len(note)} characters long: keep it under {MAX_NOTE}")
    who = (reviewer or "").strip() or _default_reviewer()
    if len(who) > MAX_REVIEWER:
        raise ReviewError(f"the reviewer's name is too long: keep it under {MAX_REVIEWER}")
    fixed = correct(event, changes) if changes else event
    old, new = event_to_record(event), event_to_record(fixed)
    keys = list(changes)
    before, after = {k: old[k] for k in keys}, {k: new[k] for k in keys}
    reports = [r for (r,) in con.execute("SELECT report_id FROM reports WHERE event_id = ?",
                                         [event.id]).fetchall()] or [event.id]
    con.execute("BEGIN TRANSACTION")
    try:
        seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM reviews").fetchone()[0]
        at = datetime.now(UTC).replace(microsecond=0)
        con.execute("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [seq, event.id, reports, action, json.dumps(changes), json.dumps(before),
                     json.dumps(after), note, who, at.replace(tzinfo=None)])
        if _has_state_column(con):
            con.execute("UPDATE events SET review_state = ? WHERE event_id = ?",
                        [STATES[action], event.id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return Review(seq, event.id, tuple(reports), action, changes, before, after, note, who, at)


def _has_state_column(con: Any) -> bool:
    from .sources import has_column
    return has_column(con, "events", "review_state")


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def reviewed(store: Any, events: Iterable[Event], *, include_rejected: bool = False
             ) -> Iterator[Event]:
    """:func:`reviewed_events` over an open :class:`~eventwire.store.Store` (for exports)."""
    if not has_reviews_table(store._con):      # a store older than 0005_review: no reviews
        return iter(events)
    return reviewed_events(store._con, events, include_rejected=include_rejected)
